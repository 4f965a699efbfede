// A reconcile loop: callers ask for a pass as often as they like; passes never overlap,
// requests made during a pass coalesce into one more pass after it. Every manager
// component that reacts to store changes runs on one of these, so a burst of 1,000
// changes costs a few passes, not 1,000.
//
// A pass that throws does not end the component: it is recorded (health.ts), and the pass
// runs again after a backoff, from a full look at the store (a component following a
// feed is told as after a resync, dropping what it derived incrementally): the component
// restarts from what the store holds, as a fresh instance would.
import { ComponentHealth } from './health'

// The store's change feed, as far as a loop needs it.
interface ChangeFeed<C> {
  onChange(listener: (changes: C[], index: number, resync: boolean) => void): () => void
}

export class ReconcileLoop {
  private unsubscribe: (() => void) | null = null
  private running = false
  private again = false
  private timer: NodeJS.Timeout | null = null
  private closed = false
  // On the monotonic clock (performance.now): a wall-clock step must not stretch a rest or
  // a backoff (a clock set back a minute held every loop of a manager for that minute,
  // found by the chaos runs' clock jumps).
  private lastEnd = -Infinity
  private lastDuration = 0
  private failing = false
  private holdUntil = -Infinity
  private resynced: (() => void) | undefined

  // `restMs` is the least time between the end of one pass and the start of the next,
  // and a resting loop also waits as long as its last pass took, so it takes at most
  // half of the event loop. A component whose pass reads the whole store (100,000 tasks)
  // would otherwise run back to back for as long as agents report, starving the
  // scheduler, the dispatcher and the GC.
  constructor(
    private readonly name: string,
    private readonly pass: () => Promise<void>,
    private readonly debounceMs = 5,
    private readonly restMs = 0,
    // Where failures are recorded; a loop of its own when the component was given none.
    private readonly health: ComponentHealth = new ComponentHealth(),
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
    const rest = this.restMs > 0 ? Math.max(this.restMs, this.lastDuration) : 0
    // After a failure, nothing runs before the backoff is out, however many changes come.
    const now = performance.now()
    const wait = Math.max(this.debounceMs, this.lastEnd + rest - now, this.holdUntil - now)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.run()
    }, wait)
  }

  private async run(): Promise<void> {
    this.running = true
    this.again = false
    const started = performance.now()
    try {
      await this.pass()
      if (this.failing) {
        this.failing = false
        this.health.ok(this.name)
      }
    } catch (err) {
      const e = err as { code?: string; message?: string }
      // A conflict means someone else wrote first: the next pass sees their write.
      if (e.code === 'Conflict' || e.code === 'AlreadyExists') this.again = true
      else if (!this.closed) {
        this.failing = true
        this.holdUntil = performance.now() + this.health.failed(this.name, err)
        this.again = true
        try {
          this.resynced?.()
        } catch (resetErr) {
          console.error(`${this.name}: resetting after a failure: ${(resetErr as Error).message}`)
        }
      }
    } finally {
      this.running = false
      this.lastEnd = performance.now()
      this.lastDuration = this.lastEnd - started
    }
    if (this.again) this.trigger()
  }

  // Runs a pass now and after every batch of changes in which `relevant` finds one.
  // `relevant` sees every change of the batch (a component may note which ones matter, for
  // an incremental pass); `resynced` is told when a snapshot replaced the whole state, and a
  // pass follows.
  follow<C>(feed: ChangeFeed<C>, relevant: (change: C) => boolean, resynced?: () => void): void {
    this.unsubscribe?.()
    this.resynced = resynced
    this.unsubscribe = feed.onChange((changes, _index, resync) => {
      let any = resync
      if (resync) resynced?.()
      for (const c of changes) if (relevant(c)) any = true
      if (any) this.trigger()
    })
    this.trigger()
  }

  close(): void {
    this.unsubscribe?.()
    this.unsubscribe = null
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}

// What an incremental pass must look at: the ids (of services, say) marked since the last
// pass took them, or everything (the first pass, after a resync, after a failed pass).
// Marks made while a pass runs wait for the next one, which the loop runs because the
// same change triggered it.
export interface DirtyWork {
  all: boolean
  ids: Set<string>
}

export class DirtySet {
  private all = true
  private ids = new Set<string>()

  mark(id: string): void {
    if (!this.all) this.ids.add(id)
  }

  markAll(): void {
    this.all = true
    this.ids.clear()
  }

  take(): DirtyWork {
    const work = { all: this.all, ids: this.ids }
    this.all = false
    this.ids = new Set()
    return work
  }

  // Puts back what a failed pass took, so nothing it should have looked at is forgotten.
  restore(work: DirtyWork): void {
    if (work.all) this.markAll()
    else for (const id of work.ids) this.mark(id)
  }

  // Runs `pass` over what is marked, taking it; a failed pass puts it back.
  async drain(pass: (work: DirtyWork) => Promise<void>): Promise<void> {
    const work = this.take()
    try {
      await pass(work)
    } catch (err) {
      this.restore(work)
      throw err
    }
  }

  // Has `loop` pass over everything first, then over what `note` marks of each change
  // (`note` says whether the change needs a pass); a resync marks everything.
  follow<C>(loop: ReconcileLoop, feed: ChangeFeed<C>, note: (change: C) => boolean): void {
    this.markAll()
    loop.follow(feed, note, () => this.markAll())
  }
}
