// Bounds how many containerd operations of one kind run at once, with two priorities.
// containerd serializes its metadata writes and every task create starts a shim and runc
// on the node's few cores: with a hundred creates at once every one of them finishes late
// (all near the end). With a bound, containers come up in turn, and starts go before
// creates still queued, so each container prepared is soon running: measured (bench/
// RESULTS.md), 8 per core halved the median task's wait against no bound, for about the
// same total; 1 per core cost a third more in total. Hand-written: async-sema has no priorities
// and p-queue is ESM-only since v7 (this package is CommonJS).
export type Priority = 'high' | 'low'

export class Limiter {
  private active = 0
  private readonly high: Array<() => void> = []
  private readonly low: Array<() => void> = []

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a positive integer, got ${limit}`)
  }

  async run<T>(priority: Priority, fn: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++
    else await new Promise<void>((resolve) => (priority === 'high' ? this.high : this.low).push(resolve))
    try {
      return await fn()
    } finally {
      // The slot passes straight to the next waiter, or frees up.
      const next = this.high.shift() ?? this.low.shift()
      if (next) next()
      else this.active--
    }
  }

  get queued(): number {
    return this.high.length + this.low.length
  }
}
