// What went wrong with the manager's components, for `info` and the daemon log. A
// component whose pass (or start) throws is not allowed to take the process down: it is
// run again after a backoff that doubles with each consecutive failure (loop.ts for
// passes, supervisor.ts for starts), and its last failure stays listed here, with how
// often it failed and whether it has recovered since.

export interface ComponentFailure {
  component: string
  error: string // the last error's message
  at: number // when it last failed (ms since epoch)
  failures: number // failures so far (consecutive ones decide the backoff)
  failing: boolean // false once a later pass or start succeeded
}

export const BACKOFF_FIRST_MS = 500
export const BACKOFF_MAX_MS = 30_000

// The delay before the nth consecutive retry (n ≥ 1).
export function backoffMs(n: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(20, Math.max(0, n - 1)))
}

export class ComponentHealth {
  private readonly records = new Map<string, ComponentFailure & { consecutive: number }>()

  // Records a failure, logs it, and returns how long to wait before trying again.
  failed(component: string, err: unknown): number {
    const message = err instanceof Error ? err.message : String(err)
    let r = this.records.get(component)
    if (!r) this.records.set(component, (r = { component, error: message, at: 0, failures: 0, failing: true, consecutive: 0 }))
    r.error = message
    r.at = Date.now()
    r.failures++
    r.consecutive++
    r.failing = true
    const delay = backoffMs(r.consecutive)
    console.error(`manager: ${component} failed (${r.consecutive} in a row), retrying in ${delay} ms: ${message}`)
    return delay
  }

  // A pass or start went through: the next failure starts the backoff afresh.
  ok(component: string): void {
    const r = this.records.get(component)
    if (!r || !r.failing) return
    r.failing = false
    r.consecutive = 0
    console.error(`manager: ${component} recovered after ${r.failures} failures`)
  }

  list(): ComponentFailure[] {
    return [...this.records.values()].map(({ consecutive: _c, ...f }) => ({ ...f }))
  }
}
