// Batches task status updates to the manager. 1,000 tasks can change state at once: the
// reporter coalesces what is pushed into one report() call and keeps only the latest
// status per task (as SwarmKit's agent does; states only move forward, so the latest says
// everything the earlier ones did). A report goes out on the next turn of the event loop
// (everything pushed in the same turn goes with it), but no sooner than `intervalMs` after
// the previous one: a lone change (a task RUNNING, which every node's balancer waits for)
// is not held back, and a burst makes one call per interval. Calls are serialized; a failed
// call is retried with backoff, merged with whatever arrived meanwhile.
import { TaskState, type TaskStatusUpdate } from './types'
import { TRACING, trace } from '../trace'
import { defaultLogger, errorMessage, type AgentLogger } from './logger'

export type ReportFn = (updates: TaskStatusUpdate[]) => void | Promise<void>

const MAX_BACKOFF_MS = 30_000

export class StatusReporter {
  private pending = new Map<string, TaskStatusUpdate>()
  private timer: NodeJS.Timeout | null = null
  private inflight: Promise<void> | null = null
  private backoffMs = 0
  private closed = false
  private lastSent = -Infinity // performance.now() of the last call

  constructor(
    private readonly report: ReportFn,
    private readonly intervalMs = 50,
    private readonly logger: AgentLogger = defaultLogger,
  ) {}

  push(update: TaskStatusUpdate): void {
    if (this.closed) return
    const prev = this.pending.get(update.taskId)
    if (prev && prev.state > update.state) return
    this.pending.set(update.taskId, update)
    this.schedule(this.sinceLast())
  }

  // Sends what is pending now and waits for it (and any call in flight), giving up after
  // timeoutMs; returns whether everything was delivered.
  async flush(timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (this.inflight) {
        await raceTimeout(this.inflight, deadline - Date.now())
      } else if (this.pending.size === 0) {
        return true
      } else {
        // Send now, even inside a backoff: the caller is about to go away.
        if (this.timer) clearTimeout(this.timer)
        this.timer = null
        await this.send()
        if (this.backoffMs > 0 && this.pending.size > 0) await raceTimeout(null, Math.min(this.backoffMs, deadline - Date.now()))
      }
      if (Date.now() >= deadline) return this.pending.size === 0 && !this.inflight
    }
  }

  // Stops reporting; what is still pending is dropped (the next agent re-reports every
  // task's state when it starts).
  close(): void {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.pending.clear()
  }

  // How long until the next call may go.
  private sinceLast(): number {
    return Math.max(0, this.lastSent + this.intervalMs - performance.now())
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.inflight || this.closed) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.send()
    }, delayMs)
  }

  private send(): Promise<void> {
    if (this.inflight) return this.inflight
    if (this.pending.size === 0) return Promise.resolve()
    const batch = [...this.pending.values()]
    this.pending = new Map()
    this.lastSent = performance.now()
    if (TRACING) for (const u of batch) trace('agent.report', u.taskId, TaskState[u.state])
    const run = (async () => {
      try {
        await this.report(batch)
        this.backoffMs = 0
      } catch (err) {
        this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(500, this.backoffMs * 2))
        this.logger.warn('reporting task status failed; will retry', {
          updates: batch.length,
          retryInMs: this.backoffMs,
          err: errorMessage(err),
        })
        for (const u of batch) {
          const newer = this.pending.get(u.taskId)
          if (!newer || newer.state < u.state) this.pending.set(u.taskId, u)
        }
      }
    })()
    this.inflight = run.finally(() => {
      this.inflight = null
      if (this.pending.size > 0) this.schedule(this.backoffMs || this.sinceLast())
    })
    return this.inflight
  }
}

// Waits for p (if any) but at most ms, leaving no timer behind.
async function raceTimeout(p: Promise<unknown> | null, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([p ?? new Promise(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, ms))))])
  } finally {
    clearTimeout(timer)
  }
}
