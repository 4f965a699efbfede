// How secrets are printed: docker's `secret ls` table and rows, and `secret inspect
// --pretty`. Built on format.ts's table, JSON and sorting helpers.
import type { Secret } from '../api/client'
import { humanDuration } from './duration'
import { naturalCompare, renderTable } from './format'

export const SECRET_LS_HEADER = ['ID', 'NAME', 'DRIVER', 'CREATED', 'UPDATED'] as const

export interface SecretRow {
  CreatedAt: string
  Driver: string
  ID: string
  Labels: string
  Name: string
  UpdatedAt: string
}

const ago = (time: string | undefined, now: number) => `${humanDuration(now - (Date.parse(time ?? '') || now))} ago`

// Keys in alphabetical order, as docker's --format '{{json .}}' prints them.
export function secretRow(s: Secret, now = Date.now()): SecretRow {
  return {
    CreatedAt: ago(s.CreatedAt, now),
    Driver: s.Spec?.Driver?.Name ?? '',
    ID: s.ID,
    Labels: Object.entries(s.Spec?.Labels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    Name: s.Spec?.Name ?? '',
    UpdatedAt: ago(s.UpdatedAt, now),
  }
}

export function sortSecrets(secrets: readonly Secret[]): Secret[] {
  return [...secrets].sort((a, b) => naturalCompare(a.Spec?.Name ?? '', b.Spec?.Name ?? ''))
}

export function secretTable(rows: readonly SecretRow[]): string {
  return renderTable(
    SECRET_LS_HEADER,
    rows.map((r) => [r.ID, r.Name, r.Driver, r.CreatedAt, r.UpdatedAt]),
  )
}

// docker's secret inspect --pretty.
export function prettySecret(s: Secret): string {
  const lines = [`ID:              ${s.ID}`, `Name:              ${s.Spec?.Name ?? ''}`]
  const labels = Object.entries(s.Spec?.Labels ?? {})
  if (labels.length > 0) {
    lines.push('Labels:')
    for (const [k, v] of labels) lines.push(` - ${k}${v ? `=${v}` : ''}`)
  }
  lines.push(`Driver:            ${s.Spec?.Driver?.Name ?? ''}`)
  lines.push(`Created at:        ${s.CreatedAt ?? ''}`)
  lines.push(`Updated at:        ${s.UpdatedAt ?? ''}`)
  return lines.join('\n') + '\n'
}
