// How much of a task's output the node keeps: its log is rotated by size and file count,
// as docker's `local` log driver does by default (5 files of 20 MB; docker's json-file
// keeps everything unless told, shoal never does). Set per daemon (`shoal daemon --log-opt
// max-size=10m --log-opt max-file=3`, docker's daemon.json log-opts) and per service
// (`service create --log-opt ...`, docker's TaskTemplate.LogDriver.Options), the service's
// options over the daemon's.

export interface LogRotation {
  maxSize: number // bytes per file before it is rotated
  maxFile: number // files kept, the current one included
}

export const DEFAULT_LOG_ROTATION: Readonly<LogRotation> = Object.freeze({ maxSize: 20 * 1024 * 1024, maxFile: 5 })

// Log drivers a service may name: shoal keeps task output itself, rotated, whichever of
// docker's file drivers is asked for ("" is the daemon's default).
export const LOG_DRIVERS = ['', 'local', 'json-file']

// Bounds that keep a task's log a log: a file holds at least a few records, and the total
// stays well inside a node's disk.
export const MIN_LOG_SIZE = 4 * 1024
export const MAX_LOG_SIZE = 1024 ** 3
export const MAX_LOG_FILES = 100

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

// "20m", "512k", "1g", "4096": binary units, as docker's RAMInBytes reads max-size.
export function parseLogSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined
  const n = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN
  if (!Number.isSafeInteger(n) || n < MIN_LOG_SIZE || n > MAX_LOG_SIZE) {
    throw new Error(`invalid log option max-size "${text}": expected a size from 4k to 1g (a number with k, m or g)`)
  }
  return n
}

export function parseLogFiles(text: string): number {
  const n = Number(text)
  if (!/^\s*\d+\s*$/.test(text) || n < 1 || n > MAX_LOG_FILES) throw new Error(`invalid log option max-file "${text}": expected a whole number from 1 to ${MAX_LOG_FILES}`)
  return n
}

// Options as docker spells them (max-size, max-file) over `base`. Throws, naming the
// option, on an unknown key or a bad value.
export function logRotationOf(options: Readonly<Record<string, string>> | null | undefined, base: Readonly<LogRotation> = DEFAULT_LOG_ROTATION): LogRotation {
  const out = { ...base }
  for (const [key, value] of Object.entries(options ?? {})) {
    if (key === 'max-size') out.maxSize = parseLogSize(value)
    else if (key === 'max-file') out.maxFile = parseLogFiles(value)
    else throw new Error(`unknown log option "${key}": shoal keeps max-size and max-file`)
  }
  return out
}

// "--log-opt key=value" flags into options; throws on a flag without "=".
export function parseLogOptFlags(flags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of flags) {
    const eq = f.indexOf('=')
    if (eq <= 0) throw new Error(`invalid --log-opt "${f}": expected key=value (max-size=20m, max-file=5)`)
    out[f.slice(0, eq)] = f.slice(eq + 1)
  }
  return out
}
