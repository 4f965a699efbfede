// `shoal events`: docker's --since/--until forms and its line format for an event.
import type { EventMessage } from '../api/client'
import { parseDuration } from './duration'
import { UsageError } from './errors'

// docker's timetypes.GetTimestamp: a Unix timestamp ("1700000000", "1700000000.5") as it
// is, a duration ("10m", "1h30m": that long before now), or a date and time (RFC 3339,
// or a shorter ISO 8601 form; without a zone, local time). Returns "seconds.nanoseconds".
export function eventTimestamp(value: string, flag: string, nowMs = Date.now()): string {
  const text = value.trim()
  if (/^\d+(\.\d{1,9})?$/.test(text)) return text
  let ms: number | null = null
  try {
    ms = nowMs - parseDuration(text) / 1e6
  } catch {
    const parsed = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN
    if (!Number.isNaN(parsed)) ms = parsed
  }
  if (ms === null) throw new UsageError(`invalid value for --${flag}: "${value}": expected a duration (10m), a date and time (2026-12-07T03:50:00Z) or a Unix timestamp`)
  const whole = Math.floor(ms)
  const nanos = String(Math.round((ms - whole) * 1e6) + (whole % 1000) * 1e6).padStart(9, '0')
  return `${Math.floor(whole / 1000)}.${nanos}`
}

// The event's time as docker prints it (RFC3339NanoFixed, in UTC), from the digits of
// its timeNano as the daemon wrote them (a double would round them).
export function eventTime(timeNano: string): string {
  const digits = timeNano.padStart(10, '0')
  const seconds = Number(digits.slice(0, -9))
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, `.${digits.slice(-9)}Z`)
}

// docker's prettyPrintEvent: "TIME TYPE ACTION ID (key=value, ...)", keys sorted.
export function eventLine(e: EventMessage, timeNano: string): string {
  const attrs = Object.keys(e.Actor?.Attributes ?? {})
    .sort()
    .map((k) => `${k}=${e.Actor.Attributes[k]}`)
  return `${eventTime(timeNano)} ${e.Type} ${e.Action} ${e.Actor?.ID ?? ''}${attrs.length > 0 ? ` (${attrs.join(', ')})` : ''}\n`
}

// The exact digits of a message line's timeNano (JSON.parse would round them).
export function timeNanoOf(line: string, e: EventMessage): string {
  return /"timeNano":(\d+)/.exec(line)?.[1] ?? `${e.time ?? 0}000000000`
}
