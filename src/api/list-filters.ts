// docker's ?filters= on GET /services and /nodes, with its semantics (moby's
// daemon/cluster/filters.go and SwarmKit's list filters): a key docker does not accept is
// a 400 ("invalid filter 'x'"); several values of one key match any of them, except
// labels, which must all match (a "k" value asks for the label, "k=v" for its value);
// names and ids match by prefix.
import { invalid } from '../manager/errors'
import { idOf, type Node, type Service, type Shared, type Task } from '../manager/store'

type Filters = Record<string, string[]>

// The keys dockerd accepts (moby's daemon/cluster/filters.go, services.go).
export const SERVICE_FILTERS = ['id', 'label', 'mode', 'name', 'runtime']
export const NODE_FILTERS = ['id', 'label', 'membership', 'name', 'node.label', 'role']
export const TASK_FILTERS = ['_up-to-date', 'desired-state', 'id', 'label', 'name', 'node', 'runtime', 'service']

export function checkFilterKeys(filters: Filters, accepted: readonly string[]): void {
  for (const key of Object.keys(filters)) if (!accepted.includes(key)) throw invalid(`invalid filter '${key}'`)
}

export function labelsMatch(labels: Record<string, string> | null | undefined, wanted: string[] | undefined): boolean {
  if (!wanted?.length) return true
  return wanted.every((w) => {
    const eq = w.indexOf('=')
    const key = eq < 0 ? w : w.slice(0, eq)
    if (!labels || !(key in labels)) return false
    return eq < 0 || labels[key] === w.slice(eq + 1)
  })
}

const anyPrefix = (values: string[] | undefined, s: string) => !values?.length || values.some((p) => s.startsWith(p))
const anyOf = (values: string[] | undefined, s: string) => !values?.length || values.includes(s)

// docker's: name, id, label, mode (replicated, global, replicated-job, global-job), runtime.
export function filterServices(services: Service[], f: Filters): Service[] {
  checkFilterKeys(f, SERVICE_FILTERS)
  return services.filter(
    (s) =>
      anyPrefix(f.name, s.spec?.annotations?.name ?? '') &&
      anyPrefix(f.id, idOf(s)) &&
      labelsMatch(s.spec?.annotations?.labels, f.label) &&
      anyOf(f.mode, s.spec?.mode || 'replicated') &&
      anyOf(f.runtime, s.spec?.task?.runtime || 'container'),
  )
}

// docker's: name (hostname prefix), id, label (engine labels), node.label, role,
// membership (a shoal node is accepted once it exists: there is no pending state).
export function filterNodes(nodes: Node[], f: Filters): Node[] {
  checkFilterKeys(f, NODE_FILTERS)
  for (const r of f.role ?? []) if (r !== '' && !['worker', 'manager'].includes(r.toLowerCase())) throw invalid(`Invalid role filter: '${r}'`)
  for (const m of f.membership ?? []) if (m !== '' && !['accepted', 'pending'].includes(m.toLowerCase())) throw invalid(`Invalid membership filter: '${m}'`)
  return nodes.filter(
    (n) =>
      anyPrefix(f.name, n.description?.hostname ?? '') &&
      anyPrefix(f.id, idOf(n)) &&
      labelsMatch(n.description?.engineLabels, f.label) &&
      labelsMatch(n.spec?.annotations?.labels, f['node.label']) &&
      anyOf(f.role?.filter(Boolean).map((r) => r.toLowerCase()), n.spec?.role ?? 'worker') &&
      anyOf(f.membership?.filter(Boolean).map((m) => m.toLowerCase()), 'accepted'),
  )
}

// The task filters Control does not apply: name (a prefix of SwarmKit's task name,
// service.slot.id, or service.node.id for a global service's), label (as SwarmKit's: the
// labels of the task's service, which docker's `stack ps` filters by its namespace label)
// and runtime. `service`: the task's service, if it still exists.
export function filterTasks(tasks: Task[], f: Filters, service: (id: string) => Shared<Service> | null | undefined): Task[] {
  if (!f.name?.length && !f.label?.length && !f.runtime?.length) return tasks
  return tasks.filter((t) => {
    const s = service(t.serviceId)
    return (
      anyPrefix(f.name, `${s?.spec?.annotations?.name ?? ''}.${Number(t.slot) || t.nodeId}.${idOf(t)}`) &&
      labelsMatch(s?.spec?.annotations?.labels, f.label) &&
      anyOf(f.runtime, t.spec?.runtime || 'container')
    )
  })
}
