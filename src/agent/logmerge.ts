// Merges several tasks' logs into one stream ordered by time.
//
// Each source is ordered by time already. Without follow this is a plain k-way merge. With
// follow a source never ends while its task runs, so a merge that waited for a line from
// every source would stall on the quietest; instead a source that has caught up with its
// backlog (it says so through onCaughtUp) stops holding the others back, and its live
// lines go out as they arrive: they are newer than any backlog line anyway.
import type { LogReadOptions, LogRecord } from './tasklog'
import type { TaskLogEntry } from './types'

export type LogOpener = (opts: LogReadOptions) => AsyncIterable<LogRecord>

interface Head {
  taskId: string
  it: AsyncIterator<LogRecord>
  value: LogRecord | null
  pending: Promise<void> | null
  done: boolean
  error: unknown
  caughtUp: boolean
}

export async function* mergeLogs(
  sources: { taskId: string; open: LogOpener }[],
  opts: LogReadOptions,
): AsyncGenerator<TaskLogEntry> {
  const ac = new AbortController()
  const outer = opts.signal
  const onAbort = () => ac.abort()
  if (outer?.aborted) return
  outer?.addEventListener('abort', onAbort, { once: true })

  let wake: (() => void) | null = null
  const poke = () => {
    const w = wake
    wake = null
    w?.()
  }
  const heads: Head[] = sources.map((s) => {
    const h: Head = { taskId: s.taskId, it: null!, value: null, pending: null, done: false, error: undefined, caughtUp: false }
    const iterable = s.open({
      follow: opts.follow,
      tail: opts.tail,
      since: opts.since,
      signal: ac.signal,
      onCaughtUp: () => {
        h.caughtUp = true
        poke()
      },
    })
    h.it = iterable[Symbol.asyncIterator]()
    return h
  })
  const pull = (h: Head) => {
    h.pending = h.it.next().then(
      (r) => {
        h.pending = null
        if (r.done) h.done = true
        else h.value = r.value
        poke()
      },
      (err) => {
        h.pending = null
        h.done = true
        h.error = err
        poke()
      },
    )
  }
  const waitAny = () => new Promise<void>((resolve) => (wake = resolve))

  try {
    for (const h of heads) pull(h)
    for (;;) {
      if (ac.signal.aborted) return
      const failed = heads.find((h) => h.error !== undefined)
      if (failed) throw failed.error
      // Sources still reading their backlog hold the merge until they produce a line.
      if (heads.some((h) => !h.done && h.value === null && !h.caughtUp)) {
        await waitAny()
        continue
      }
      let best: Head | null = null
      for (const h of heads) if (h.value && (!best || h.value.time < best.value!.time)) best = h
      if (!best) {
        if (heads.every((h) => h.done)) return
        await waitAny()
        continue
      }
      const rec = best.value!
      best.value = null
      pull(best)
      yield { taskId: best.taskId, stream: rec.stream, time: rec.time, line: rec.line }
    }
  } finally {
    ac.abort()
    outer?.removeEventListener('abort', onAbort)
    // Aborting unblocks sources waiting for new lines; sources parked on a value they
    // already produced need return() to run their cleanup (close their files).
    await Promise.allSettled(heads.map((h) => (h.pending ? h.pending : h.done ? undefined : h.it.return?.())))
  }
}
