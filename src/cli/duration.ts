// Durations, both ways: parsing what users type in flags (Go's time.ParseDuration syntax,
// which docker's flags use: "5s", "1m30s", "100ms", "1.5h") and rendering elapsed time the
// way docker's tables do ("3 seconds", "About a minute").

import { UsageError } from './errors'

const NS_PER_UNIT: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5 micro sign
  'μs': 1e3, // U+03BC greek mu
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
}

const UNIT_HINT = 'use a number with a unit, e.g. 5s, 1m30s, 100ms (units: ns, us, ms, s, m, h)'

// Parses a Go-style duration into nanoseconds. Throws UsageError naming the input.
// A bare "0" is allowed without a unit, as in Go; any other bare number is an error
// because "5" is ambiguous (docker rejects it too).
export function parseDuration(text: string): number {
  const input = text.trim()
  const fail = (why: string): never => {
    throw new UsageError(`invalid duration "${text}": ${why}`)
  }
  if (input === '') fail(UNIT_HINT)

  let rest = input
  let sign = 1
  if (rest[0] === '-' || rest[0] === '+') {
    if (rest[0] === '-') sign = -1
    rest = rest.slice(1)
  }
  if (rest === '0') return 0
  if (rest === '') fail(UNIT_HINT)

  let total = 0
  while (rest !== '') {
    const number = /^(\d*)(?:\.(\d*))?/.exec(rest)
    const whole = number?.[1] ?? ''
    const frac = number?.[2] ?? ''
    if (whole === '' && frac === '') fail(UNIT_HINT)
    rest = rest.slice(number![0].length)

    const unitMatch = /^[^\d.]+/.exec(rest)
    if (!unitMatch) fail(`missing unit; ${UNIT_HINT}`)
    const unit = unitMatch![0]
    const scale = NS_PER_UNIT[unit]
    if (scale === undefined) fail(`unknown unit "${unit}"; ${UNIT_HINT}`)
    rest = rest.slice(unit.length)

    // Whole and fractional parts separately so "1.5h" is exact and "0.1s" doesn't drift.
    total += Number(whole || '0') * scale
    if (frac !== '') total += Math.round(Number(`0.${frac}`) * scale)
    if (!Number.isSafeInteger(total)) fail('too large')
  }
  return sign * total
}

// A duration for a flag that must not be negative (restart delay, monitor window).
export function parseNonNegativeDuration(text: string, flag: string): number {
  let ns: number
  try {
    ns = parseDuration(text)
  } catch (err) {
    throw new UsageError(`invalid ${flag} value: ${(err as Error).message}`)
  }
  if (ns < 0) throw new UsageError(`invalid ${flag} value "${text}": duration cannot be negative`)
  return ns
}

// docker's units.HumanDuration, which `service ps` lower-cases into "Running 3 seconds ago".
// Negative input (a clock ahead of ours) reads as "Less than a second" rather than nonsense.
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (seconds < 1) return 'Less than a second'
  if (seconds === 1) return '1 second'
  if (seconds < 60) return `${seconds} seconds`
  const minutes = Math.floor(ms / 60_000)
  if (minutes === 1) return 'About a minute'
  if (minutes < 60) return `${minutes} minutes`
  const hours = Math.floor(ms / 3_600_000 + 0.5)
  if (hours === 1) return 'About an hour'
  if (hours < 48) return `${hours} hours`
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`
}
