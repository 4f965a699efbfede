// Runs a parsed template (parse.ts) over a value, with Go's rules for what prints how
// (fmt's %v: "<no value>", "<nil>", "[a b]", "map[k:v]") and what is true (not false, 0,
// nil, or empty). Objects made with `closed()` behave as Go structs: a field they do not
// have is an error, as docker's contexts are (`{{.Nmae}}` fails rather than printing
// nothing); other objects behave as maps (a missing key is "<no value>").
import { TemplateError, parse, type Arg, type Node, type Pipe } from './parse'

export type TemplateFunc = (...args: unknown[]) => unknown

const TYPE = Symbol('gotemplate.type')

// Marks `obj` as a struct named `type` (for error messages) and returns it.
export function closed<T extends object>(obj: T, type: string): T {
  Object.defineProperty(obj, TYPE, { value: type, enumerable: false })
  return obj
}

const typeOf = (v: unknown): string => (v && typeof v === 'object' && TYPE in v ? String((v as Record<symbol, unknown>)[TYPE]) : Array.isArray(v) ? 'slice' : v === null || v === undefined ? 'nil' : typeof v === 'object' ? 'map' : typeof v)

export function isTrue(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false
  if (Array.isArray(v)) return v.length > 0
  if (v instanceof Map) return v.size > 0
  if (typeof v === 'object' && !(TYPE in v)) return Object.keys(v).length > 0
  return true
}

// fmt's %v.
export function show(v: unknown): string {
  if (v === undefined) return '<no value>'
  if (v === null) return '<nil>'
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
    if (TYPE in v) return `{${entries.map(([, x]) => show(x)).join(' ')}}`
    return `map[${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${k}:${show(x)}`)
      .join(' ')}]`
  }
  return String(v)
}

export class Template {
  private constructor(
    private readonly nodes: Node[],
    private readonly funcs: Readonly<Record<string, TemplateFunc>>,
  ) {}

  // Throws TemplateError naming what is wrong with the source.
  static parse(src: string, funcs: Readonly<Record<string, TemplateFunc>>): Template {
    return new Template(parse(src, { functions: new Set(Object.keys(funcs)) }), funcs)
  }

  // Throws TemplateError when a field is missing from a struct or a function fails.
  execute(data: unknown): string {
    let out = ''
    const run = (nodes: Node[], dot: unknown) => {
      for (const n of nodes) {
        if (n.kind === 'text') out += n.text
        else if (n.kind === 'action') out += show(this.pipe(n.pipe, dot, data))
        else if (n.kind === 'if' || n.kind === 'with') {
          const v = this.pipe(n.pipe, dot, data)
          if (isTrue(v)) run(n.list, n.kind === 'with' ? v : dot)
          else if (n.elseList) run(n.elseList, dot)
        } else {
          const v = this.pipe(n.pipe, dot, data)
          const items = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => (v as Record<string, unknown>)[k]) : typeof v === 'number' ? [...Array(v).keys()] : []
          if (v !== undefined && v !== null && typeof v !== 'object' && typeof v !== 'number') throw this.fail(n.pipe, `range can't iterate over ${show(v)}`)
          if (items.length === 0 && n.elseList) run(n.elseList, dot)
          for (const item of items) run(n.list, item)
        }
      }
    }
    run(this.nodes, data)
    return out
  }

  private fail(p: Pipe, what: string): TemplateError {
    return new TemplateError(`template: :${p.pos.line}:${p.pos.col}: executing at <${p.text}>: ${what}`)
  }

  private pipe(p: Pipe, dot: unknown, root: unknown): unknown {
    let value: unknown
    let first = true
    for (const cmd of p.cmds) {
      const args = cmd.args
      const head = args[0]
      if (head.kind === 'ident') {
        const params = args.slice(1).map((a) => this.arg(a, p, dot, root))
        if (!first) params.push(value)
        try {
          value = this.funcs[head.name](...params)
        } catch (err) {
          throw this.fail(p, `error calling ${head.name}: ${err instanceof Error ? err.message : String(err)}`)
        }
      } else if (head.kind === 'field' && (args.length > 1 || !first)) {
        // A method with arguments ({{.Label "env"}}): a function-valued field of a context.
        const owner = head.path.length > 1 || head.base !== 'dot' ? this.arg({ ...head, path: head.path.slice(0, -1) }, p, dot, root) : dot
        const name = head.path[head.path.length - 1]
        const method = owner && typeof owner === 'object' ? (owner as Record<string, unknown>)[name] : undefined
        if (typeof method !== 'function') throw this.fail(p, `can't give argument to non-function ${argText(head)}`)
        const params = args.slice(1).map((a) => this.arg(a, p, dot, root))
        if (!first) params.push(value)
        value = (method as TemplateFunc).apply(owner, params)
      } else {
        if (args.length > 1 || !first) throw this.fail(p, `can't give argument to non-function ${argText(head)}`)
        value = this.arg(head, p, dot, root)
      }
      first = false
    }
    return value
  }

  private arg(a: Arg, p: Pipe, dot: unknown, root: unknown): unknown {
    switch (a.kind) {
      case 'dot':
        return dot
      case 'root':
        return root
      case 'string':
      case 'number':
      case 'bool':
        return a.value
      case 'nil':
        return null
      case 'pipe':
        return this.pipe(a.pipe, dot, root)
      case 'ident':
        return this.funcs[a.name]()
      case 'field': {
        let v = a.base === 'dot' ? dot : a.base === 'root' ? root : this.arg(a.base, p, dot, root)
        for (const name of a.path) v = this.field(v, name, p)
        return v
      }
    }
  }

  private field(v: unknown, name: string, p: Pipe): unknown {
    if (v === undefined || v === null) throw this.fail(p, `nil pointer evaluating ${typeOf(v)}.${name}`)
    if (v instanceof Map) return v.get(name)
    if (typeof v !== 'object' || Array.isArray(v)) throw this.fail(p, `can't evaluate field ${name} in type ${typeOf(v)}`)
    const o = v as Record<string, unknown>
    if (TYPE in o && !Object.prototype.hasOwnProperty.call(o, name)) throw this.fail(p, `can't evaluate field ${name} in type ${typeOf(v)}`)
    const x = o[name]
    return typeof x === 'function' ? (x as () => unknown).call(o) : x
  }
}

function argText(a: Arg): string {
  if (a.kind === 'field') return `.${a.path.join('.')}`
  if (a.kind === 'string') return JSON.stringify(a.value)
  if (a.kind === 'number' || a.kind === 'bool') return String(a.value)
  return a.kind
}

export { TemplateError }
