// Runs the leader's components in one shape: each is made by a factory, started, and
// stopped (stop must be idempotent: a component may be stopped after a failed start and
// again when leadership ends). A start that throws is recorded (health.ts) and tried again
// with a fresh instance after a backoff, never taking the process down; a failure inside a
// running component's pass is its loop's to retry (loop.ts).
import type { ComponentHealth } from './health'

export interface Component {
  start(): void
  stop(): void
}

export class Supervisor {
  private readonly running = new Map<string, Component>()
  private readonly retries = new Set<NodeJS.Timeout>()
  private stopped = false

  constructor(private readonly health: ComponentHealth) {}

  // `run` starts an instance (default: its start()).
  start<C extends Component>(name: string, make: () => C, run: (c: C) => void = (c) => c.start()): void {
    if (this.stopped) return
    let c: C | undefined
    try {
      c = make()
      this.running.set(name, c)
      run(c)
      this.health.ok(name)
    } catch (err) {
      this.running.delete(name)
      try {
        c?.stop()
      } catch (stopErr) {
        console.error(`manager: stopping ${name} after its failed start: ${(stopErr as Error).message}`)
      }
      const timer = setTimeout(() => {
        this.retries.delete(timer)
        this.start(name, make, run)
      }, this.health.failed(name, err))
      timer.unref()
      this.retries.add(timer)
    }
  }

  // The running instance, if its start went through.
  get<C extends Component>(name: string): C | undefined {
    return this.running.get(name) as C | undefined
  }

  // Stops everything, last started first. Idempotent.
  stop(): void {
    this.stopped = true
    for (const t of this.retries) clearTimeout(t)
    this.retries.clear()
    for (const [name, c] of [...this.running].reverse()) {
      try {
        c.stop()
      } catch (err) {
        console.error(`manager: stopping ${name}: ${(err as Error).message}`)
      }
    }
    this.running.clear()
  }
}
