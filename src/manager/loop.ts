// A reconcile loop: callers ask for a pass as often as they like; passes never overlap,
// requests made during a pass coalesce into one more pass after it. Every manager
// component that reacts to store changes runs on one of these, so a burst of 1,000
// changes costs a few passes, not 1,000.
export class ReconcileLoop {
  private running = false
  private again = false
  private timer: NodeJS.Timeout | null = null
  private closed = false

  constructor(
    private readonly name: string,
    private readonly pass: () => Promise<void>,
    private readonly debounceMs = 5,
  ) {}

  // Request a pass; `afterMs` defers it (e.g. a restart delay).
  trigger(afterMs?: number): void {
    if (this.closed) return
    if (afterMs !== undefined && afterMs > this.debounceMs) {
      setTimeout(() => this.trigger(), afterMs).unref()
      return
    }
    if (this.running) {
      this.again = true
      return
    }
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.run()
    }, this.debounceMs)
  }

  private async run(): Promise<void> {
    this.running = true
    try {
      do {
        this.again = false
        try {
          await this.pass()
        } catch (err) {
          const e = err as { code?: string; message?: string }
          // A conflict means someone else wrote first: the next pass sees their write.
          if (e.code === 'Conflict' || e.code === 'AlreadyExists') this.again = true
          else if (!this.closed) console.error(`${this.name}: ${e.message ?? err}`)
        }
      } while (this.again && !this.closed)
    } finally {
      this.running = false
    }
  }

  close(): void {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
