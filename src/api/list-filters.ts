// docker's ?filters= for GET /services and GET /nodes: each key's values are alternatives
// (any may match), the keys all must match. An unknown key is a 400, as docker's.
import { invalid } from '../manager/errors'
import { idOf, type Node, type Service } from '../manager/store'

export const SERVICE_FILTERS = ['id', 'label', 'mode', 'name']
export const NODE_FILTERS = ['id', 'label', 'membership', 'name', 'node.label', 'role']

function checkKeys(filters: Record<string, string[]>, allowed: readonly string[]): void {
  for (const k of Object.keys(filters)) if (!allowed.includes(k)) throw invalid(`invalid filter '${k}': expected one of ${allowed.join(', ')}`)
}

// "key" (the label is there) or "key=value".
function labelMatches(labels: Record<string, string> | null | undefined, wanted: readonly string[]): boolean {
  return wanted.some((w) => {
    const eq = w.indexOf('=')
    const key = eq === -1 ? w : w.slice(0, eq)
    const have = labels?.[key]
    return have !== undefined && (eq === -1 || have === w.slice(eq + 1))
  })
}

export function filterServices<T extends Service>(services: T[], filters: Record<string, string[]>): T[] {
  checkKeys(filters, SERVICE_FILTERS)
  return services.filter((s) => {
    if (filters.id && !filters.id.some((p) => idOf(s).startsWith(p))) return false
    if (filters.name && !filters.name.some((n) => (s.spec?.annotations?.name ?? '').startsWith(n))) return false
    if (filters.mode && !filters.mode.includes(s.spec?.mode || 'replicated')) return false
    if (filters.label && !labelMatches(s.spec?.annotations?.labels, filters.label)) return false
    return true
  })
}

export function filterNodes<T extends Node>(nodes: T[], filters: Record<string, string[]>): T[] {
  checkKeys(filters, NODE_FILTERS)
  for (const m of filters.membership ?? []) if (m !== 'accepted' && m !== 'pending') throw invalid(`invalid filter 'membership=${m}': expected accepted or pending`)
  return nodes.filter((n) => {
    if (filters.id && !filters.id.some((p) => idOf(n).startsWith(p))) return false
    // docker matches the node's name or, when it has none, its hostname.
    if (filters.name && !filters.name.some((p) => (n.spec?.annotations?.name || n.description?.hostname || '').startsWith(p))) return false
    if (filters.role && !filters.role.includes(n.spec?.role ?? '')) return false
    // Every node of a shoal swarm is accepted (no manual acceptance).
    if (filters.membership && !filters.membership.includes('accepted')) return false
    if (filters.label && !labelMatches(n.description?.engineLabels, filters.label)) return false
    if (filters['node.label'] && !labelMatches(n.spec?.annotations?.labels, filters['node.label'])) return false
    return true
  })
}
