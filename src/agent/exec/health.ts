// Container health checks, as docker runs them: the check command runs inside the
// container every interval; it passes with exit status 0 within the timeout. Failures
// during the start period do not count (a pass there makes the container healthy);
// `retries` consecutive failures after it make the container unhealthy. The task is
// RUNNING only once healthy, and an unhealthy container is stopped: its task fails with
// "unhealthy container".
import type { HealthCheck } from '../types'

// docker's defaults (moby container/health.go).
const DEFAULT_INTERVAL_MS = 30_000
const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_RETRIES = 3

export interface HealthSettings {
  argv: string[]
  intervalMs: number
  timeoutMs: number
  startPeriodMs: number
  retries: number
}

// The image config's Healthcheck (durations in ns).
export interface ImageHealthcheck {
  Test?: string[] | null
  Interval?: number
  Timeout?: number
  StartPeriod?: number
  Retries?: number
}

const ms = (ns: number | undefined) => (ns ? Math.round(ns / 1e6) : undefined)

// The check to run: the service's fields over the image's HEALTHCHECK (docker merges
// them field by field); null when there is none or it is turned off (NONE).
export function healthSettings(spec: HealthCheck | undefined, image: ImageHealthcheck | undefined): HealthSettings | null {
  const test = spec?.test?.length ? spec.test : (image?.Test ?? [])
  if (test.length === 0 || test[0] === 'NONE') return null
  let argv: string[]
  if (test[0] === 'CMD-SHELL') argv = ['/bin/sh', '-c', test.slice(1).join(' ')]
  else if (test[0] === 'CMD') argv = test.slice(1)
  else argv = test // an image's legacy form: the command itself
  if (argv.length === 0) return null
  return {
    argv,
    intervalMs: spec?.intervalMs ?? ms(image?.Interval) ?? DEFAULT_INTERVAL_MS,
    timeoutMs: spec?.timeoutMs ?? ms(image?.Timeout) ?? DEFAULT_TIMEOUT_MS,
    startPeriodMs: spec?.startPeriodMs ?? ms(image?.StartPeriod) ?? 0,
    retries: spec?.retries ?? image?.Retries ?? DEFAULT_RETRIES,
  }
}

export type HealthState = 'starting' | 'healthy' | 'unhealthy'

// Runs the checks of one container. `check` runs the command once: true when it passed.
export class HealthMonitor {
  state: HealthState = 'starting'
  private failures = 0
  private timer: NodeJS.Timeout | null = null
  private stopped = false
  private readonly startedAt = Date.now()
  private readonly settled: Promise<boolean>
  private settle!: (healthy: boolean) => void

  constructor(
    private readonly settings: HealthSettings,
    private readonly check: () => Promise<boolean>,
    private readonly onUnhealthy: () => void,
  ) {
    this.settled = new Promise((resolve) => (this.settle = resolve))
  }

  start(): void {
    this.schedule()
  }

  // Resolves true once healthy, false if it became unhealthy (or stopped) first.
  firstVerdict(): Promise<boolean> {
    return this.settled
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.settle(this.state === 'healthy')
  }

  private schedule(): void {
    if (this.stopped) return
    this.timer = setTimeout(() => void this.run(), this.settings.intervalMs)
  }

  private async run(): Promise<void> {
    let passed = false
    try {
      passed = await this.check()
    } catch {
      passed = false
    }
    if (this.stopped) return
    if (passed) {
      this.failures = 0
      this.state = 'healthy'
      this.settle(true)
    } else if (Date.now() - this.startedAt >= this.settings.startPeriodMs || this.state === 'healthy') {
      this.failures++
      if (this.failures >= this.settings.retries) {
        this.state = 'unhealthy'
        this.settle(false)
        this.stopped = true
        this.onUnhealthy()
        return
      }
    }
    this.schedule()
  }
}
