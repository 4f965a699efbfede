// How secrets and configs are printed: docker's `secret ls` / `config ls` tables and rows,
// and `inspect --pretty`. Built on format.ts's table, JSON and sorting helpers.
import type { Config, Secret } from '../api/client'
import { humanDuration } from './duration'
import { naturalCompare, renderTable } from './format'
import { renderList, type ListFormatSpec } from './template-format'

export const SECRET_LS_HEADER = ['ID', 'NAME', 'DRIVER', 'CREATED', 'UPDATED'] as const
export const CONFIG_LS_HEADER = ['ID', 'NAME', 'CREATED', 'UPDATED'] as const
// docker's column headers by field, for "table TEMPLATE" formats.
export const CONFIG_HEADERS = { ID: 'ID', Name: 'NAME', CreatedAt: 'CREATED', UpdatedAt: 'UPDATED', Labels: 'LABELS' }
export const SECRET_HEADERS = { ...CONFIG_HEADERS, Driver: 'DRIVER' }

// docker's {{.Label "key"}} over a row's "k=v,k2=v2" labels.
export function labelMethod(labels: string): { Label: (name: unknown) => string } {
  const map = new Map(labels.split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=') === -1 ? kv.length : kv.indexOf('=')), kv.includes('=') ? kv.slice(kv.indexOf('=') + 1) : '']))
  return { Label: (name) => map.get(String(name)) ?? '' }
}

export interface FileRow {
  CreatedAt: string
  Driver?: string // secrets only
  ID: string
  Labels: string
  Name: string
  UpdatedAt: string
}

const ago = (time: string | undefined, now: number) => `${humanDuration(now - (Date.parse(time ?? '') || now))} ago`

// Keys in alphabetical order, as docker's --format '{{json .}}' prints them.
function fileRow(o: Secret | Config, now: number): FileRow {
  return {
    CreatedAt: ago(o.CreatedAt, now),
    ID: o.ID,
    Labels: Object.entries(o.Spec?.Labels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    Name: o.Spec?.Name ?? '',
    UpdatedAt: ago(o.UpdatedAt, now),
  }
}

export function secretRow(s: Secret, now = Date.now()): FileRow {
  const { CreatedAt, ...rest } = fileRow(s, now)
  return { CreatedAt, Driver: s.Spec?.Driver?.Name ?? '', ...rest }
}

export const configRow = (c: Config, now = Date.now()): FileRow => fileRow(c, now)

export function sortByName<T extends Secret | Config>(objects: readonly T[]): T[] {
  return [...objects].sort((a, b) => naturalCompare(a.Spec?.Name ?? '', b.Spec?.Name ?? ''))
}

// What `secret ls` and `config ls` print: the IDs (--quiet), or a row per object, sorted by
// name, in the format asked (docker's table, JSON, or a Go template).
export function fileListing(kind: 'secret' | 'config', objects: readonly (Secret | Config)[], format: ListFormatSpec, quiet: boolean): string {
  const sorted = sortByName(objects)
  if (quiet) return sorted.map((o) => `${o.ID}\n`).join('')
  const secrets = kind === 'secret'
  const rows = sorted.map((o) => (secrets ? secretRow(o) : configRow(o)))
  return renderList(format, {
    rows,
    type: `${kind}Context`,
    headers: secrets ? SECRET_HEADERS : CONFIG_HEADERS,
    table: () => (secrets ? secretTable(rows) : configTable(rows)),
    methods: (r) => labelMethod(r.Labels),
  })
}

export function secretTable(rows: readonly FileRow[]): string {
  return renderTable(
    SECRET_LS_HEADER,
    rows.map((r) => [r.ID, r.Name, r.Driver ?? '', r.CreatedAt, r.UpdatedAt]),
  )
}

export function configTable(rows: readonly FileRow[]): string {
  return renderTable(
    CONFIG_LS_HEADER,
    rows.map((r) => [r.ID, r.Name, r.CreatedAt, r.UpdatedAt]),
  )
}

function prettyHead(o: Secret | Config): string[] {
  const lines = [`ID:              ${o.ID}`, `Name:              ${o.Spec?.Name ?? ''}`]
  const labels = Object.entries(o.Spec?.Labels ?? {})
  if (labels.length > 0) {
    lines.push('Labels:')
    for (const [k, v] of labels) lines.push(` - ${k}${v ? `=${v}` : ''}`)
  }
  return lines
}

// docker's secret inspect --pretty.
export function prettySecret(s: Secret): string {
  const lines = prettyHead(s)
  lines.push(`Driver:            ${s.Spec?.Driver?.Name ?? ''}`)
  lines.push(`Created at:        ${s.CreatedAt ?? ''}`)
  lines.push(`Updated at:        ${s.UpdatedAt ?? ''}`)
  return lines.join('\n') + '\n'
}

// docker's config inspect --pretty: the data last, as text.
export function prettyConfig(c: Config): string {
  const lines = prettyHead(c)
  lines.push(`Created at:            ${c.CreatedAt ?? ''}`)
  lines.push(`Updated at:            ${c.UpdatedAt ?? ''}`)
  lines.push('Data:')
  lines.push(Buffer.from(c.Spec?.Data ?? '', 'base64').toString('utf8'))
  return lines.join('\n') + '\n'
}
