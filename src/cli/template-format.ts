// docker's --format for lists and inspect: "table" (the default table), "json" (one
// object per line), "table TEMPLATE" (a header made from the template, then a row per item,
// aligned as docker's tabwriter aligns them) or a bare Go template (one line per item).
// `\t` and `\n` in the format stand for a tab and a newline, as docker's.
import { closed } from '../gotemplate/exec'
import { dockerTemplate } from '../gotemplate/funcs'
import { TemplateError } from '../gotemplate/parse'
import { UsageError } from './errors'
import { jsonLines, tabwrite } from './format'

export type ListFormatSpec = { kind: 'table' } | { kind: 'json' } | { kind: 'template'; template: string; table: boolean }

export function parseFormat(value: string | undefined): ListFormatSpec {
  if (value === undefined || value === '' || value === 'table') return { kind: 'table' }
  if (value === 'json' || value.replace(/\s+/g, '') === '{{json.}}') return { kind: 'json' }
  const table = value.startsWith('table')
  const template = (table ? value.slice('table'.length) : value).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n')
  try {
    dockerTemplate(template)
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(`invalid --format "${value}": ${err.message}`)
    throw err
  }
  return { kind: 'template', template, table }
}

// A row as a template sees it: a Go struct of its fields (a misspelt field is an error,
// as in docker), with any methods (`{{.Label "env"}}`) beside them.
export function rowContext<T extends object>(row: T, type: string, methods: Record<string, (...args: unknown[]) => unknown> = {}): T {
  const ctx = { ...row }
  for (const [name, fn] of Object.entries(methods)) Object.defineProperty(ctx, name, { value: fn, enumerable: false })
  return closed(ctx, type)
}

export interface ListRender<T> {
  rows: readonly T[]
  type: string // the context's name in error messages ("serviceContext")
  // Field name -> column header, for "table TEMPLATE" headers ({{.Name}} -> NAME).
  headers: Record<string, string>
  table: () => string // the default table
  methods?: (row: T) => Record<string, (...args: unknown[]) => unknown>
}

export function renderList<T extends object>(format: ListFormatSpec, r: ListRender<T>): string {
  if (format.kind === 'table') return r.table()
  if (format.kind === 'json') return jsonLines(r.rows)
  const tpl = dockerTemplate(format.template)
  const run = (data: unknown) => {
    try {
      return tpl.execute(data)
    } catch (err) {
      if (err instanceof TemplateError) throw new UsageError(err.message)
      throw err
    }
  }
  const lines = r.rows.map((row) => run(rowContext(row, r.type, r.methods?.(row) ?? {})))
  if (!format.table) return lines.map((l) => `${l}\n`).join('')
  // The header: the template run over the headers, as docker's (a field without a header
  // reads as ""; methods read as their name upper-cased).
  const headerCtx: Record<string, unknown> = { ...r.headers }
  for (const name of Object.keys(r.methods?.(r.rows[0] ?? ({} as T)) ?? {})) headerCtx[name] = () => name.toUpperCase()
  let header = ''
  try {
    header = tpl.execute(new Proxy(headerCtx, { get: (o, k) => (typeof k === 'string' && !(k in o) ? '' : o[k as string]) }))
  } catch {
    header = ''
  }
  return tabwrite([header, ...lines])
}


// Commands that print whole objects (inspect, info, version): their human default
// (inspect: a pretty JSON array), "json" (one compact object per line), or a Go template
// over each object as docker's inspect --format.
export type ObjectFormatSpec = { kind: 'default' } | { kind: 'json' } | { kind: 'template'; template: string }

export function parseObjectFormat(value: string | undefined): ObjectFormatSpec {
  if (value === undefined || value === '') return { kind: 'default' }
  if (value === 'json' || value.replace(/\s+/g, '') === '{{json.}}') return { kind: 'json' }
  try {
    dockerTemplate(value)
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(`invalid --format "${value}": ${err.message}`)
    throw err
  }
  return { kind: 'template', template: value }
}

export function renderObjectsAs(format: ObjectFormatSpec, objects: readonly unknown[], byDefault: () => string): string {
  if (format.kind === 'json') return jsonLines(objects)
  if (format.kind === 'template') return renderObjects(format.template, objects)
  return byDefault()
}

// docker inspect --format: the template over each object as JSON (maps: a missing key
// prints "<no value>"), one result per line.
export function renderObjects(template: string, objects: readonly unknown[]): string {
  const tpl = dockerTemplate(template.replace(/\\t/g, '\t').replace(/\\n/g, '\n'))
  try {
    return objects.map((o) => `${tpl.execute(o)}\n`).join('')
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(err.message)
    throw err
  }
}
