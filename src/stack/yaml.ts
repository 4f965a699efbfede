// YAML to plain values that remember where each came from: every mapping and sequence
// built here has its source location and its keys' (or items') locations in a side table,
// so an error found much later (a missing secret, a cycle in depends_on, after override
// files were merged) still names file:line. The npm `yaml` package parses (it keeps node
// ranges and counts lines); this module only walks its tree, resolving aliases and
// `<<` merge keys as compose does, and runs each string scalar through `onString`
// (variable interpolation).
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml'

export interface Loc {
  file: string
  line: number
}

export interface Where {
  self: Loc
  keys: Map<string | number, Loc>
}

const WHERE = new WeakMap<object, Where>()

export function whereOf(value: unknown): Where | undefined {
  return value !== null && typeof value === 'object' ? WHERE.get(value) : undefined
}

export function setWhere(value: object, where: Where): void {
  WHERE.set(value, where)
}

export const locText = (loc: Loc | undefined): string => (loc ? `${loc.file}:${loc.line}` : '')

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export interface Parsed {
  value: Json
  errors: string[] // "file:line: message"
}

export function parseYaml(file: string, text: string, onString: (text: string, loc: Loc) => string): Parsed {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, merge: true, uniqueKeys: true, prettyErrors: false })
  const errors: string[] = []
  const at = (offset: number | undefined): Loc => ({ file, line: offset === undefined ? 1 : lines.linePos(offset).line })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push(`${locText(at(e.pos[0]))}: invalid YAML: ${e.message.split('\n')[0]}`)
    return { value: null, errors }
  }
  const seen = new Set<YamlNode>()
  const walk = (node: unknown): Json => {
    if (node === null || node === undefined) return null
    if (isAlias(node)) {
      const target = node.resolve(doc as Document)
      if (!target) {
        errors.push(`${locText(at(node.range?.[0]))}: unknown alias *${node.source}`)
        return null
      }
      // An alias inside its own anchor would recurse for ever ("a: &x [*x]").
      if (seen.has(target)) {
        errors.push(`${locText(at(node.range?.[0]))}: alias *${node.source} refers to itself`)
        return null
      }
      seen.add(target)
      try {
        return walk(target)
      } finally {
        seen.delete(target)
      }
    }
    const self = at((node as YamlNode).range?.[0])
    if (isScalar(node)) {
      const v = node.value
      if (typeof v === 'string') return onString(v, self)
      // `mode: 0440` is octal to compose (go-yaml), decimal 440 to YAML 1.2.
      if (typeof v === 'number' && /^[-+]?0[0-7]+$/.test(node.source ?? '')) return parseInt(node.source!, 8)
      if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v
      errors.push(`${locText(self)}: unsupported YAML value ${String(node.source ?? v)}`)
      return null
    }
    if (isSeq(node)) {
      const out: Json[] = []
      const where: Where = { self, keys: new Map() }
      node.items.forEach((item, i) => {
        where.keys.set(i, at((item as YamlNode | null)?.range?.[0] ?? (node.range?.[0])))
        out.push(walk(item))
      })
      WHERE.set(out, where)
      return out
    }
    if (isMap(node)) {
      const out: { [key: string]: Json } = {}
      const where: Where = { self, keys: new Map() }
      const merges: unknown[] = []
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null
        if (isScalar(key) && (typeof key.value === 'symbol' || key.source === '<<')) {
          merges.push(pair.value)
          continue
        }
        if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
          errors.push(`${locText(at(key?.range?.[0] ?? node.range?.[0]))}: a mapping key must be a plain value`)
          continue
        }
        const name = String(key.value)
        if (name === '__proto__') {
          errors.push(`${locText(at(key.range?.[0]))}: "__proto__" is not a valid key`)
          continue
        }
        where.keys.set(name, at(key.range?.[0]))
        out[name] = walk(pair.value)
      }
      // `<<: *base` (or a list of them): the anchors' keys, where this mapping does not
      // set them itself; earlier anchors in a list win, as YAML 1.1 says.
      for (const m of merges) {
        const sources = isSeq(m) ? m.items : [m]
        for (const source of sources) {
          const merged = walk(source)
          if (merged === null || typeof merged !== 'object' || Array.isArray(merged)) {
            errors.push(`${locText(at((source as YamlNode | null)?.range?.[0] ?? node.range?.[0]))}: "<<" merges only mappings`)
            continue
          }
          const from = WHERE.get(merged)
          for (const [k, v] of Object.entries(merged)) {
            if (k in out) continue
            out[k] = v
            where.keys.set(k, from?.keys.get(k) ?? self)
          }
        }
      }
      WHERE.set(out, where)
      return out
    }
    errors.push(`${locText(self)}: unsupported YAML node`)
    return null
  }
  const value = walk(doc.contents)
  return { value, errors }
}
