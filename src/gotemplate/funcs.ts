// The functions a template may call: Go's text/template builtins that docker's formats use,
// and docker's own (cli/templates: json, split, join, title, lower, upper, pad, truncate,
// println), with their semantics (truncate cuts to n bytes' worth of characters without an
// ellipsis; pad leaves an empty string empty).
import { closed, isTrue, show, Template, type TemplateFunc } from './exec'

const str = (v: unknown): string => (typeof v === 'string' ? v : show(v))

function compare(a: unknown, b: unknown, name: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  throw new Error(`incompatible types for comparison (${name})`)
}

// Go's fmt verbs %s %v %d %q %t %%, with width and "-".
function sprintf(format: unknown, ...args: unknown[]): string {
  let i = 0
  return str(format).replace(/%(-?)(\d*)([svdqt%])/g, (_m, left: string, width: string, verb: string) => {
    if (verb === '%') return '%'
    if (i >= args.length) return `%!${verb}(MISSING)`
    const a = args[i++]
    let s = verb === 'q' ? JSON.stringify(str(a)) : verb === 'd' && typeof a === 'number' ? String(Math.trunc(a)) : show(a)
    const w = Number(width || 0)
    if (s.length < w) s = left ? s + ' '.repeat(w - s.length) : ' '.repeat(w - s.length) + s
    return s
  })
}

export const BUILTINS: Readonly<Record<string, TemplateFunc>> = {
  and: (...a) => a.find((x) => !isTrue(x)) ?? a[a.length - 1],
  or: (...a) => a.find((x) => isTrue(x)) ?? a[a.length - 1],
  not: (a) => !isTrue(a),
  len: (a) => {
    if (typeof a === 'string' || Array.isArray(a)) return a.length
    if (a && typeof a === 'object') return Object.keys(a).length
    throw new Error(`len of ${show(a)}`)
  },
  index: (a, ...keys) => {
    let v = a
    for (const k of keys) {
      if (Array.isArray(v) && typeof k === 'number') {
        if (k < 0 || k >= v.length) throw new Error(`index out of range: ${k}`)
        v = v[k]
      } else if (v && typeof v === 'object') v = (v as Record<string, unknown>)[str(k)]
      else throw new Error(`can't index item of type ${typeof v}`)
    }
    return v
  },
  print: (...a) => a.map(show).join(''),
  printf: sprintf,
  eq: (a, ...b) => b.some((x) => x === a),
  ne: (a, b) => a !== b,
  lt: (a, b) => compare(a, b, 'lt') < 0,
  le: (a, b) => compare(a, b, 'le') <= 0,
  gt: (a, b) => compare(a, b, 'gt') > 0,
  ge: (a, b) => compare(a, b, 'ge') >= 0,
}

export const DOCKER_FUNCS: Readonly<Record<string, TemplateFunc>> = {
  ...BUILTINS,
  json: (v) => JSON.stringify(v === undefined ? null : v),
  split: (s, sep) => str(s).split(str(sep)),
  join: (list, sep) => {
    if (!Array.isArray(list)) throw new Error(`wrong type for value; expected []string; got ${typeof list}`)
    return list.map(str).join(str(sep))
  },
  title: (s) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase()),
  lower: (s) => str(s).toLowerCase(),
  upper: (s) => str(s).toUpperCase(),
  pad: (s, prefix, suffix) => (str(s) === '' ? '' : ' '.repeat(Number(prefix)) + str(s) + ' '.repeat(Number(suffix))),
  truncate: (s, n) => {
    const text = str(s)
    return text.length < Number(n) ? text : text.slice(0, Number(n))
  },
  println: (...a) => a.map(show).join(' ') + '\n',
}

// A template with docker's functions.
export function dockerTemplate(src: string): Template {
  return Template.parse(src, DOCKER_FUNCS)
}

export { closed, Template }
