// How networks are printed: docker's `network ls` table and rows.
import type { Network } from '../api/client'
import { naturalCompare, renderTable } from './format'

export const NETWORK_LS_HEADER = ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'] as const
// docker's column headers by field, for "table TEMPLATE" formats.
export const NETWORK_HEADERS = { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT' }

export interface NetworkRow {
  CreatedAt: string
  Driver: string
  ID: string
  IPv6: string
  Internal: string
  Labels: string
  Name: string
  Scope: string
}

// Keys in alphabetical order, as docker's --format '{{json .}}' prints them; the ID as
// docker's table shows it (12 characters) unless --no-trunc.
export function networkRow(n: Network, noTrunc = false): NetworkRow {
  return {
    CreatedAt: n.Created ?? '',
    Driver: n.Driver ?? '',
    ID: noTrunc ? n.Id : n.Id.slice(0, 12),
    IPv6: String(!!n.EnableIPv6),
    Internal: String(!!n.Internal),
    Labels: Object.entries(n.Labels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    Name: n.Name,
    Scope: n.Scope ?? 'swarm',
  }
}

export function sortNetworks(networks: readonly Network[]): Network[] {
  return [...networks].sort((a, b) => naturalCompare(a.Name, b.Name))
}

export function networkTable(rows: readonly NetworkRow[]): string {
  return renderTable(
    NETWORK_LS_HEADER,
    rows.map((r) => [r.ID, r.Name, r.Driver, r.Scope]),
  )
}
