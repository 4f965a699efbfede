// GET /events: docker's event stream for the swarm's events (src/manager/events.ts), with
// its query: `since` and `until` (seconds[.nanoseconds] since the epoch, as docker's
// client sends them), `filters` (docker's keys; see matches). As dockerd: with `since`
// (or `until`) the kept events in range come first; then, unless `until` is already past,
// new events as they happen, until `until` or the client goes.
//
// A reader that does not keep up is not buffered for without end: once more than
// MAX_BEHIND_BYTES wait to be written to it, its connection is dropped (and the daemon
// says so in its log); dockerd drops events for a slow subscriber instead, silently.
import type * as http from 'node:http'
import { invalid } from '../manager/errors'
import { eventJson, type SwarmEvent } from '../manager/events'

export const MAX_BEHIND_BYTES = 1 << 20

export interface EventSource {
  recent(): SwarmEvent[]
  subscribe(fn: (e: SwarmEvent) => void, end: () => void): () => void
}

// Object-type keys: an event passes when its actor's id or name starts with a value
// (docker's FuzzyMatch, whatever the event's type). Then the rest of docker's keys, and
// `name` (shoal's: the actor's name, exact or prefix).
const OBJECT_KEYS = ['config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume']
const KEYS = new Set([...OBJECT_KEYS, 'event', 'label', 'name', 'scope', 'type'])

export function checkEventFilters(filters: Record<string, string[]>): void {
  for (const k of Object.keys(filters)) if (!KEYS.has(k)) throw invalid(`invalid filter '${k}'`)
}

const fuzzy = (values: string[] | undefined, ...sources: string[]) => !values?.length || values.some((v) => sources.some((s) => s.startsWith(v)))
const exact = (values: string[] | undefined, source: string) => !values?.length || values.includes(source)

export function matches(e: SwarmEvent, f: Record<string, string[]>): boolean {
  const name = e.Actor.Attributes.name ?? ''
  if (!exact(f.type, e.Type) || !exact(f.event, e.Action) || !exact(f.scope, 'swarm')) return false
  for (const k of OBJECT_KEYS) if (!fuzzy(f[k], e.Actor.ID, name)) return false
  if (!fuzzy(f.name, name)) return false
  // docker's MatchKVList: every label filter ("key" or "key=value") holds among the attributes.
  for (const l of f.label ?? []) {
    const eq = l.indexOf('=')
    const k = eq < 0 ? l : l.slice(0, eq)
    if (!(k in e.Actor.Attributes) || (eq >= 0 && e.Actor.Attributes[k] !== l.slice(eq + 1))) return false
  }
  return true
}

// docker's timestamp form ("1700000000", "1700000000.123456789") as nanoseconds; null
// when absent. (Its CLI turns durations and RFC 3339 times into this form.)
export function parseEventTime(raw: string | null, what: string): bigint | null {
  if (raw === null || raw === '') return null
  const m = /^(-?\d+)(?:\.(\d{1,9}))?$/.exec(raw)
  if (!m) throw invalid(`invalid ${what} "${raw}": expected seconds since the epoch, optionally with a fraction (1700000000.123456789)`)
  return BigInt(m[1]) * 1_000_000_000n + BigInt((m[2] ?? '').padEnd(9, '0') || '0')
}

const nanosOf = (e: SwarmEvent) => BigInt(e.timeMs) * 1_000_000n

export interface StreamOptions {
  since: bigint | null
  until: bigint | null
  filters: Record<string, string[]>
  maxBehindBytes?: number
  log?: (message: string) => void
}

// Writes the stream; resolves when it ends (until passed, the client left, or dropped).
export function streamEvents(source: EventSource, req: http.IncomingMessage, res: http.ServerResponse, o: StreamOptions): Promise<void> {
  const { since, until, filters } = o
  if (since !== null && until !== null && until < since) throw invalid('`since` time cannot be after `until` time')
  const nowNs = BigInt(Date.now()) * 1_000_000n
  const onlyPast = until !== null && until < nowNs
  const limit = o.maxBehindBytes ?? MAX_BEHIND_BYTES
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' })
  res.flushHeaders()
  return new Promise<void>((resolve) => {
    let done = false
    let unsubscribe = () => {}
    let timer: NodeJS.Timeout | undefined
    const finish = (err?: Error) => {
      if (done) return
      done = true
      unsubscribe()
      clearTimeout(timer)
      if (err) res.destroy(err)
      else res.end()
      resolve()
    }
    const send = (e: SwarmEvent) => {
      if (done || (until !== null && nanosOf(e) > until) || !matches(e, filters)) return
      res.write(eventJson(e) + '\n')
      if (res.writableLength > limit) {
        o.log?.(`events: dropping a client ${res.writableLength} bytes behind (limit ${limit})`)
        finish(new Error('event stream reader too slow'))
      }
    }
    req.on('close', () => finish())
    res.on('close', () => finish())
    // Kept events in range first (only when asked for a range, as dockerd).
    if (since !== null || until !== null) {
      for (const e of source.recent()) {
        const t = nanosOf(e)
        if ((since === null || t >= since) && (until === null || t <= until)) send(e)
      }
    }
    if (onlyPast) return finish()
    unsubscribe = source.subscribe(send, () => finish())
    if (until !== null) {
      // setTimeout's limit is ~24.8 days: a later `until` waits in steps.
      const wait = () => {
        const left = Number((until - BigInt(Date.now()) * 1_000_000n) / 1_000_000n)
        if (left <= 0) return finish()
        timer = setTimeout(wait, Math.min(left + 1, 2 ** 31 - 1))
      }
      wait()
    }
  })
}
