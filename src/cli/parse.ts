// Parsing and validating what users type: flag values, KEY=VALUE lists, scale specifiers,
// and the argv split that gives `service create` docker's "flags stop at IMAGE" semantics.
// Everything here is pure and throws UsageError with a message that names the bad input,
// so a mistake is caught before anything reaches the daemon.

import type { RestartCondition, TaskRuntime } from '../api/client'
import { parseNonNegativeDuration } from './duration'
import { UsageError } from './errors'
import type { RestartOptions } from './service-spec'
import { logRotationOf, parseLogOptFlags } from '../agent/logopts'

// ---------------------------------------------------------------------------------------
// Numbers

// A non-negative integer in decimal. Number('') is 0 and Number('1e3') is 1000, so the
// shape is checked with a regex first rather than trusting Number().
export function parseUint(text: string, what: string): number {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) {
    throw new UsageError(`invalid ${what} "${text}": must be a non-negative integer`)
  }
  const value = Number(trimmed)
  if (!Number.isSafeInteger(value)) throw new UsageError(`invalid ${what} "${text}": too large`)
  return value
}

// A count where 0 would mean "unchanged" or "default" to the daemon (docker's zero):
// typed on a command line it is a mistake.
export function parsePositiveCount(text: string, what: string): number {
  const n = parseUint(text, what)
  if (n === 0) throw new UsageError(`invalid ${what} "${text}": must be at least 1`)
  return n
}

export function parseReplicas(text: string): number {
  return parseUint(text, '--replicas value')
}

// `--tail` takes a count or "all" (docker's default).
export function parseTail(text: string): string {
  if (text.trim().toLowerCase() === 'all') return 'all'
  return String(parseUint(text, '--tail value'))
}

// ---------------------------------------------------------------------------------------
// Enumerations

export type ServiceModeName = 'replicated' | 'global' | 'replicated-job' | 'global-job'

function oneOf<T extends string>(text: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T
  const list = allowed.map((a) => `"${a}"`).join(', ')
  throw new UsageError(`invalid ${flag} "${text}": must be one of ${list}`)
}

export function parseMode(text: string): ServiceModeName {
  return oneOf(text, ['replicated', 'global', 'replicated-job', 'global-job'] as const, '--mode')
}

export function parseRestartCondition(text: string): RestartCondition {
  return oneOf(text, ['none', 'on-failure', 'any'] as const, '--restart-condition')
}

// The restart policy flags `service create` and `service update` share (base.ts
// taskFlags), each value checked; what is not given stays unset.
export function restartOptions(flags: { 'restart-condition'?: string; 'restart-delay'?: string; 'restart-max-attempts'?: string }): RestartOptions {
  return {
    condition: flags['restart-condition'] === undefined ? undefined : parseRestartCondition(flags['restart-condition']),
    delayNs: flags['restart-delay'] === undefined ? undefined : parseNonNegativeDuration(flags['restart-delay'], '--restart-delay'),
    maxAttempts:
      flags['restart-max-attempts'] === undefined ? undefined : parseUint(flags['restart-max-attempts'], '--restart-max-attempts value'),
  }
}

export function parseRuntime(text: string): TaskRuntime {
  return oneOf(text, ['process', 'container'] as const, '--runtime')
}

// ---------------------------------------------------------------------------------------
// Environment variables and labels

// One -e/--env value. KEY=VALUE is taken as is (VALUE may be empty or contain '=').
// A bare KEY copies the variable from the CLI's own environment, as docker does; a bare
// KEY that isn't set here is an error rather than silently becoming an empty variable.
export function parseEnv(text: string, env: NodeJS.ProcessEnv = process.env): string {
  const eq = text.indexOf('=')
  const key = eq === -1 ? text : text.slice(0, eq)
  if (key === '') throw new UsageError(`invalid environment variable "${text}": expected KEY=VALUE with a non-empty KEY`)
  if (/[\s\0]/.test(key)) {
    throw new UsageError(`invalid environment variable "${text}": the name "${key}" contains whitespace`)
  }
  if (text.includes('\0')) throw new UsageError(`invalid environment variable "${key}": the value contains a NUL byte`)
  if (eq !== -1) return text
  const inherited = env[key]
  if (inherited === undefined) {
    throw new UsageError(`invalid environment variable "${text}": expected KEY=VALUE (and ${key} is not set in this shell to pass through)`)
  }
  return `${key}=${inherited}`
}

export function parseEnvList(values: readonly string[] | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  return (values ?? []).map((v) => parseEnv(v, env))
}

// The name part of a KEY=VALUE entry (what --env-rm matches on).
export function envKey(entry: string): string {
  const eq = entry.indexOf('=')
  return eq === -1 ? entry : entry.slice(0, eq)
}

// One -l/--label value: KEY=VALUE, or KEY alone for an empty value (docker's rule).
export function parseLabel(text: string): [string, string] {
  const eq = text.indexOf('=')
  const key = (eq === -1 ? text : text.slice(0, eq)).trim()
  const value = eq === -1 ? '' : text.slice(eq + 1)
  if (key === '') throw new UsageError(`invalid label "${text}": empty name`)
  if (/\s/.test(key)) throw new UsageError(`invalid label "${text}": the name "${key}" contains whitespace`)
  return [key, value]
}

// --filter KEY=VALUE flags as docker's JSON filters ({"key": ["value", ...]}). With
// `allowed`, any other key is refused naming them; without, the daemon judges the keys.
export function parseFilterFlags(values: readonly string[] | undefined, allowed?: readonly string[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {}
  for (const f of values ?? []) {
    const eq = f.indexOf('=')
    const key = f.slice(0, eq)
    if (allowed && (eq <= 0 || !allowed.includes(key))) throw new UsageError(`invalid filter "${f}": expected one of ${allowed.map((k) => `${k}=`).join(', ')}`)
    if (eq <= 0) throw new UsageError(`bad format of filter (expected name=value): ${f}`)
    ;(filters[key] ??= []).push(f.slice(eq + 1))
  }
  return filters
}

export function parseLabels(values: readonly string[] | undefined): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const v of values ?? []) {
    const [key, value] = parseLabel(v)
    labels[key] = value
  }
  return labels
}

// ---------------------------------------------------------------------------------------
// `service scale NAME=N [NAME=N...]`

export interface ScaleTarget {
  service: string
  replicas: number
}

// Validates every specifier before any is applied, so a typo in the third argument
// doesn't leave the first two services scaled and the rest not.
export function parseScaleArgs(args: readonly string[]): ScaleTarget[] {
  if (args.length === 0) throw new UsageError('requires at least one SERVICE=REPLICAS argument')
  const targets: ScaleTarget[] = []
  const seen = new Set<string>()
  for (const arg of args) {
    const eq = arg.indexOf('=')
    const service = eq === -1 ? '' : arg.slice(0, eq)
    const count = eq === -1 ? '' : arg.slice(eq + 1)
    if (service === '' || count === '') {
      throw new UsageError(`invalid scale specifier '${arg}': expected SERVICE=REPLICAS`)
    }
    if (!/^\d+$/.test(count)) {
      throw new UsageError(`${service}: invalid replicas value ${count}: must be a non-negative integer`)
    }
    if (seen.has(service)) throw new UsageError(`${service}: given more than once`)
    seen.add(service)
    targets.push({ service, replicas: parseUint(count, 'replicas value') })
  }
  return targets
}

// ---------------------------------------------------------------------------------------
// `--args "a b 'c d'"`: shell-style word splitting (docker's --args uses shlex).

export function shellSplit(text: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote === "'") {
      if (c === "'") quote = null
      else word += c
      continue
    }
    if (quote === '"') {
      if (c === '"') quote = null
      else if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) word += text[++i]
      else word += c
      continue
    }
    if (c === "'" || c === '"') {
      quote = c
      inWord = true
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new UsageError(`invalid arguments ${JSON.stringify(text)}: trailing backslash`)
      word += text[++i]
      inWord = true
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += c
      inWord = true
    }
  }
  if (quote) throw new UsageError(`invalid arguments ${JSON.stringify(text)}: unterminated ${quote} quote`)
  if (inWord) words.push(word)
  return words
}

// ---------------------------------------------------------------------------------------
// argv splitting at IMAGE

// What the splitter needs to know about each flag: whether it consumes a value.
export interface FlagShape {
  type: 'boolean' | 'option'
  char?: string
  aliases?: string[]
  charAliases?: string[]
  allowNo?: boolean
}

export interface SplitArgv {
  flags: string[] // the tokens before IMAGE, for the flag parser
  positional: string[] // IMAGE followed by the task's args, verbatim
}

// Docker parses `service create` flags only up to IMAGE; everything after it is the
// task's command line even when it looks like a flag (`shoal service create alpine ls -l`).
// oclif parses flags anywhere, so the command splits argv itself and hands only the head
// to oclif. Unknown flags are treated as booleans here and left for oclif to reject.
export function splitArgvAtImage(argv: readonly string[], shapes: Record<string, FlagShape>): SplitArgv {
  const byLong = new Map<string, FlagShape>()
  const byChar = new Map<string, FlagShape>()
  for (const [name, shape] of Object.entries(shapes)) {
    byLong.set(name, shape)
    for (const alias of shape.aliases ?? []) byLong.set(alias, shape)
    if (shape.type === 'boolean' && shape.allowNo) byLong.set(`no-${name}`, shape)
    if (shape.char) byChar.set(shape.char, shape)
    for (const c of shape.charAliases ?? []) byChar.set(c, shape)
  }

  const flags: string[] = []
  let i = 0
  while (i < argv.length) {
    const token = argv[i]
    if (token === '--') {
      // End of flags: the next token is IMAGE whatever it looks like.
      return { flags, positional: argv.slice(i + 1) }
    }
    if (token.startsWith('--')) {
      flags.push(token)
      i++
      const shape = byLong.get(token.slice(2))
      if (!token.includes('=') && shape?.type === 'option' && i < argv.length) flags.push(argv[i++])
      continue
    }
    if (token.startsWith('-') && token.length > 1) {
      flags.push(token)
      i++
      // A cluster of short flags (-dq) ends at the first one that takes a value; that
      // value is the rest of the token (-eFOO=1) or, if nothing is left, the next token.
      for (let j = 1; j < token.length; j++) {
        const shape = byChar.get(token[j])
        if (shape?.type === 'option') {
          if (j === token.length - 1 && i < argv.length) flags.push(argv[i++])
          break
        }
      }
      continue
    }
    return { flags, positional: argv.slice(i) }
  }
  return { flags, positional: [] }
}

// Turns oclif flag definitions into FlagShapes for splitArgvAtImage.
export function flagShapes(definitions: Record<string, { type: string; char?: string; aliases?: string[]; charAliases?: string[]; allowNo?: boolean }>): Record<string, FlagShape> {
  const shapes: Record<string, FlagShape> = {}
  for (const [name, def] of Object.entries(definitions)) {
    shapes[name] = {
      type: def.type === 'boolean' ? 'boolean' : 'option',
      char: def.char,
      aliases: def.aliases,
      charAliases: def.charAliases,
      allowNo: def.allowNo,
    }
  }
  return shapes
}

// --log-driver and --log-opt key=value flags, checked as the daemon will check them.
export function parseLogFlags(driver: string | undefined, opts: readonly string[] | undefined): { driver?: string; options: Record<string, string> } {
  try {
    const options = parseLogOptFlags(opts ?? [])
    logRotationOf(options)
    return { driver, options }
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}
