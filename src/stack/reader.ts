// Reading a parsed compose (or bundle) file with every problem reported, not just the
// first: a Field is one value at a path, with its file:line; its typed getters record a
// problem in Diagnostics and return undefined, so conversion carries on and the user gets
// the whole list at once. Nothing here talks to a daemon.
import { parseDuration } from '../cli/duration'
import { parseBytes, parseCpus } from '../cli/placement'
import { errorMessage } from '../cli/errors'
import { locText, whereOf, type Json, type Loc } from './yaml'

export class Diagnostics {
  readonly errors: string[] = []
  readonly warnings: string[] = []
  constructor(readonly strict = false) {}

  error(at: Field, message: string): void {
    this.errors.push(`${at.where()}${at.pathText}: ${message}`)
  }

  // A key the file format has and shoal does not act on: a warning, or with --strict an
  // error, either way naming the key and its line.
  unsupported(at: Field, why = '', instead = 'ignored'): void {
    const message = `${at.where()}${at.pathText}: not supported by shoal${why ? ` (${why})` : ''}`
    if (this.strict) this.errors.push(message)
    else this.warnings.push(`${message}, ${instead}`)
  }
}

// What a mapping may hold: 'ok' for keys the caller reads, or the reason a key the format
// defines is not supported. Keys starting with "x-" are extensions, always allowed.
export type KeyRules = Record<string, 'ok' | string>

export type Path = readonly (string | number)[]

export class Field {
  constructor(
    readonly diag: Diagnostics,
    readonly path: Path,
    readonly value: Json | undefined,
    readonly loc: Loc | undefined,
  ) {}

  static root(diag: Diagnostics, value: Json, loc: Loc): Field {
    return new Field(diag, [], value, whereOf(value)?.self ?? loc)
  }

  get pathText(): string {
    return this.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '')
  }

  where(): string {
    const text = locText(this.loc)
    return text ? `${text}: ` : ''
  }

  get present(): boolean {
    return this.value !== undefined && this.value !== null
  }

  isMap(): boolean {
    return this.present && typeof this.value === 'object' && !Array.isArray(this.value)
  }

  isList(): boolean {
    return Array.isArray(this.value)
  }

  get(key: string | number): Field {
    const v = this.value as Record<string | number, Json> | null | undefined
    const child = v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined
    return new Field(this.diag, [...this.path, key], child, whereOf(v)?.keys.get(key) ?? this.loc)
  }

  has(key: string): boolean {
    return this.get(key).value !== undefined
  }

  error(message: string): undefined {
    this.diag.error(this, message)
    return undefined
  }

  // The keys of a mapping (undefined, reported, when this is not one).
  keys(): string[] | undefined {
    if (!this.present) return []
    if (!this.isMap()) return this.error('must be a mapping')
    return Object.keys(this.value as object)
  }

  entries(): Field[] {
    return (this.keys() ?? []).map((k) => this.get(k))
  }

  items(): Field[] | undefined {
    if (!this.present) return []
    if (!this.isList()) return this.error('must be a list')
    return (this.value as Json[]).map((_, i) => this.get(i))
  }

  // Checks a mapping's keys against rules: unknown keys are errors (a typo must not be
  // silently ignored), known but unsupported ones warnings (errors with --strict).
  checkKeys(rules: KeyRules): boolean {
    const keys = this.keys()
    if (keys === undefined) return false
    for (const key of keys) {
      if (key.startsWith('x-')) continue
      const rule = rules[key]
      if (rule === undefined) this.get(key).error(`unknown key "${key}"${suggest(key, Object.keys(rules))}`)
      else if (rule !== 'ok') this.diag.unsupported(this.get(key), rule)
    }
    return true
  }

  get key(): string {
    return String(this.path[this.path.length - 1] ?? '')
  }

  // A string; numbers and booleans are taken as their text (YAML reads `tag: 1.10` as a
  // number, compose means the string).
  str(): string | undefined {
    const v = this.value
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    return this.error('must be a string')
  }

  oneOf<T extends string>(allowed: readonly T[]): T | undefined {
    const s = this.str()
    if (s === undefined) return undefined
    if (!(allowed as readonly string[]).includes(s)) return this.error(`"${s}" is not one of ${allowed.join(', ')}`)
    return s as T
  }

  // A number (interpolation leaves "3" as a string: it is read as the number it spells).
  num(what = 'a number'): number | undefined {
    const v = this.value
    if (v === undefined || v === null) return undefined
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
    if (!Number.isFinite(n)) return this.error(`must be ${what}, not ${JSON.stringify(v)}`)
    return n
  }

  uint(): number | undefined {
    const n = this.num('a whole number ≥ 0')
    if (n === undefined) return undefined
    if (!Number.isSafeInteger(n) || n < 0) return this.error(`must be a whole number ≥ 0, not ${JSON.stringify(this.value)}`)
    return n
  }

  bool(): boolean | undefined {
    const v = this.value
    if (v === undefined || v === null) return undefined
    if (typeof v === 'boolean') return v
    if (v === 'true' || v === 'false') return v === 'true'
    return this.error(`must be true or false, not ${JSON.stringify(v)}`)
  }

  // A list of strings (numbers taken as text).
  strings(): string[] | undefined {
    const items = this.items()
    if (items === undefined) return undefined
    const out: string[] = []
    for (const item of items) {
      const s = item.isMap() || item.isList() ? item.error('must be a string') : item.str()
      if (s !== undefined) out.push(s)
    }
    return out
  }

  // Labels and the like: a mapping (a key without a value is "") or a list of KEY=VALUE.
  stringMap(): Record<string, string> {
    const out: Record<string, string> = {}
    if (this.isList()) {
      for (const text of this.strings() ?? []) {
        const eq = text.indexOf('=')
        out[eq === -1 ? text : text.slice(0, eq)] = eq === -1 ? '' : text.slice(eq + 1)
      }
      return out
    }
    for (const e of this.entries()) {
      const v = e.value === null ? '' : e.isMap() || e.isList() ? e.error('must be a string') : e.str()
      if (v !== undefined) out[e.key] = v
    }
    return out
  }

  // A value in one of the unit syntaxes docker shares with compose files.
  private parsed<T>(parse: (text: string) => T): T | undefined {
    const s = this.str()
    if (s === undefined) return undefined
    try {
      return parse(s)
    } catch (err) {
      return this.error(errorMessage(err).replace(/^invalid (\S+ )?value:? ?/, 'invalid value '))
    }
  }

  durationNs(): number | undefined {
    const ns = this.parsed(parseDuration)
    if (ns !== undefined && ns < 0) return this.error('a duration cannot be negative')
    return ns
  }

  bytes(): number | undefined {
    return typeof this.value === 'number' ? this.uint() : this.parsed((t) => parseBytes(t, this.key))
  }

  nanoCpus(): number | undefined {
    return this.parsed((t) => parseCpus(t, this.key))
  }
}

// The entries of `o` that have a value: what a file left out stays out of the spec, so the
// daemon's defaults apply.
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> }
}

// ' (did you mean "x"?)' for a key one or two edits from a known one.
function suggest(key: string, known: readonly string[]): string {
  let best = ''
  let bestDistance = 3
  for (const k of known) {
    const d = distance(key, k)
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return best ? ` (did you mean "${best}"?)` : ''
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}
