// `-c compose.yml -c override.yml`: later files override earlier ones, as compose merges
// them. Mappings merge key by key; keys that compose writes either as a list or as a
// mapping (environment, labels, networks, depends_on) are first made mappings, so that
// "A=1" in one file and {A: 2} in the next meet; the lists of things a service gets more
// of (ports, secrets, configs, ...) are appended, an entry for the same thing replacing the
// earlier one; any other value (command, entrypoint, healthcheck test, ...) is replaced.
// Locations travel with the values (yaml.ts's side table), so errors keep their lines.
import { setWhere, whereOf, type Json, type Where } from './yaml'

type JsonMap = { [key: string]: Json }

const isMap = (v: Json | undefined): v is JsonMap => v !== null && typeof v === 'object' && !Array.isArray(v)

// "KEY=VALUE" items of a list as a mapping (KEY alone: `bare`).
function listToMap(list: Json[], bare: Json): JsonMap | null {
  if (!list.every((item) => typeof item === 'string' || typeof item === 'number')) return null
  const from = whereOf(list)
  const out: JsonMap = {}
  const where: Where = { self: from?.self ?? { file: '', line: 0 }, keys: new Map() }
  list.forEach((item, i) => {
    const text = String(item)
    const eq = text.indexOf('=')
    const key = eq === -1 ? text : text.slice(0, eq)
    out[key] = eq === -1 ? bare : text.slice(eq + 1)
    const loc = from?.keys.get(i)
    if (loc) where.keys.set(key, loc)
  })
  setWhere(out, where)
  return out
}

// Names alone as a mapping to null ("networks: [front]", "depends_on: [db]").
function namesToMap(list: Json[]): JsonMap | null {
  if (!list.every((item) => typeof item === 'string')) return null
  const from = whereOf(list)
  const out: JsonMap = {}
  const where: Where = { self: from?.self ?? { file: '', line: 0 }, keys: new Map() }
  list.forEach((item, i) => {
    out[item as string] = null
    const loc = from?.keys.get(i)
    if (loc) where.keys.set(item as string, loc)
  })
  setWhere(out, where)
  return out
}

function normalizeIn(obj: JsonMap, key: string, convert: (list: Json[]) => JsonMap | null): void {
  const v = obj[key]
  if (Array.isArray(v)) {
    const m = convert(v)
    if (m) obj[key] = m
  }
}

// Rewrites the list forms of one file's services in place (before merging).
export function normalizeCompose(root: Json): void {
  if (!isMap(root) || !isMap(root.services)) return
  for (const service of Object.values(root.services)) {
    if (!isMap(service)) continue
    normalizeIn(service, 'environment', (l) => listToMap(l, null))
    normalizeIn(service, 'labels', (l) => listToMap(l, ''))
    normalizeIn(service, 'networks', namesToMap)
    normalizeIn(service, 'depends_on', namesToMap)
    if (isMap(service.deploy)) normalizeIn(service.deploy, 'labels', (l) => listToMap(l, ''))
  }
}

// What makes two entries of an appended list the same thing.
const IDENTITY: Record<string, (item: Json) => string> = {
  ports: (p) => JSON.stringify(p),
  secrets: (s) => (isMap(s) ? String(s.source) : String(s)),
  configs: (c) => (isMap(c) ? String(c.source) : String(c)),
  env_file: (f) => JSON.stringify(f),
  volumes: (v) => JSON.stringify(v),
  cap_add: (c) => String(c),
  cap_drop: (c) => String(c),
  constraints: (c) => String(c),
  preferences: (p) => JSON.stringify(p),
}

// Service-relative paths of the appended lists.
function appendedList(path: readonly string[]): ((item: Json) => string) | undefined {
  if (path[0] !== 'services' || path.length < 3) return undefined
  const rel = path.slice(2).join('.')
  if (rel === 'deploy.placement.constraints' || rel === 'deploy.placement.preferences') return IDENTITY[path[path.length - 1]]
  return path.length === 3 ? IDENTITY[rel] : undefined
}

function mergeLists(base: Json[], over: Json[], identity: (item: Json) => string): Json[] {
  const bw = whereOf(base)
  const ow = whereOf(over)
  const overIds = new Set(over.map(identity))
  const out: Json[] = []
  const where: Where = { self: ow?.self ?? bw?.self ?? { file: '', line: 0 }, keys: new Map() }
  const push = (item: Json, loc: Where['self'] | undefined) => {
    if (loc) where.keys.set(out.length, loc)
    out.push(item)
  }
  base.forEach((item, i) => {
    if (!overIds.has(identity(item))) push(item, bw?.keys.get(i))
  })
  over.forEach((item, i) => push(item, ow?.keys.get(i)))
  setWhere(out, where)
  return out
}

export function mergeCompose(base: Json, over: Json, path: string[] = []): Json {
  if (isMap(base) && isMap(over)) {
    const bw = whereOf(base)
    const ow = whereOf(over)
    const out: JsonMap = {}
    const where: Where = { self: bw?.self ?? ow?.self ?? { file: '', line: 0 }, keys: new Map() }
    for (const [k, v] of Object.entries(base)) {
      out[k] = v
      const loc = bw?.keys.get(k)
      if (loc) where.keys.set(k, loc)
    }
    for (const [k, v] of Object.entries(over)) {
      out[k] = k in base ? mergeCompose(base[k], v, [...path, k]) : v
      const loc = ow?.keys.get(k)
      if (loc) where.keys.set(k, loc)
    }
    setWhere(out, where)
    return out
  }
  if (Array.isArray(base) && Array.isArray(over)) {
    const identity = appendedList(path)
    if (identity) return mergeLists(base, over, identity)
  }
  return over
}
