// The cluster API's node management and published-port rules: what Control delegates
// for POST /nodes/{id}/update, DELETE /nodes/{id}, and the port checks of service writes.
// As everything in Control, it validates and writes desired state only; the orchestrator
// and scheduler react to the store (drain moves tasks away, pause stops new ones).
import { ShoalError, invalid } from './errors'
import { v1, WriteBatch, type ClusterStore, type Node, type StoreView } from './store'
import { idOf } from './store'

// `version` is the node version the client read (docker's ?version=), as for services.
export async function updateNode(store: ClusterStore, node: Node, version: number, spec: v1.NodeSpec, view: StoreView): Promise<void> {
  if (!Number.isInteger(version) || version <= 0) throw invalid('update requires the version of the node being updated (?version=)')
  if (Number(node.meta!.version) !== version)
    throw new ShoalError('Conflict', `update out of sequence: node ${idOf(node)} is at version ${node.meta!.version}, not ${version}`)
  const current = node.spec ?? new v1.NodeSpec()
  if ((current.role || 'worker') === 'manager' && spec.role === 'worker') {
    // Raft membership changes belong to the multi-manager issue; what can be said here is
    // that a swarm cannot be left without a manager (docker's words).
    const managers = view.find('nodes', 'role', 'manager')
    if (managers.length <= 1) throw new ShoalError('FailedPrecondition', 'attempting to demote the last manager of the swarm')
    checkDemotion(store, node, view)
  }
  // The name is docker's NodeSpec.Name, rarely sent back: an absent one keeps the current.
  const name = spec.annotations?.name || current.annotations?.name || ''
  node.spec = new v1.NodeSpec({ role: spec.role, availability: spec.availability, annotations: new v1.Annotations({ name, labels: spec.annotations?.labels ?? {} }) })
  const batch = new WriteBatch()
  batch.update('nodes', node)
  await store.commit(batch)
}

// A demotion takes the node out of the Raft group (the leader's membership reconciler,
// manager.ts, does the removeMember once the role is written). Refused when the managers
// the leader still hears from would not be a majority of the remaining group, and while
// another demotion is still leaving the group (one membership change at a time).
function checkDemotion(store: ClusterStore, node: Node, view: StoreView): void {
  const raft = store.raft
  const raftId = Number(node.managerStatus?.raftId ?? 0)
  const members = raft.members()
  if (!raftId || !members.some((m) => m.id === raftId)) return
  const leaving = view.find('nodes', 'role', 'worker').filter((n) => members.some((m) => m.id === Number(n.managerStatus?.raftId ?? 0)))
  if (leaving.length > 0) throw new ShoalError('FailedPrecondition', `node ${idOf(leaving[0])} is still leaving the managers' Raft group: retry in a moment`)
  const status = raft.status()
  if (status.role !== 'leader') throw new ShoalError('Unavailable', 'only the leader can change the managers: retry')
  const progress = new Map(raft.progress().map((p) => [p.id, p]))
  const remaining = members.filter((m) => m.id !== raftId)
  const active = remaining.filter((m) => m.id === status.id || progress.get(m.id)?.recentActive)
  if (active.length * 2 <= remaining.length) {
    throw new ShoalError('FailedPrecondition', "can't remove member from the raft: this would result in a loss of quorum")
  }
}

// docker's rules: a manager must be demoted first, whatever --force says; a node that
// is up needs --force (its agent is cut off; its replicated tasks are placed elsewhere).
export async function removeNode(store: ClusterStore, node: Node, force: boolean): Promise<void> {
  const id = idOf(node)
  // SwarmKit's words for a Raft member (one with a ManagerStatus).
  if ((node.spec?.role || 'worker') === 'manager')
    throw new ShoalError('FailedPrecondition', `node ${id} is a cluster manager${node.managerStatus ? ' and is a member of the raft cluster' : ''}. It must be demoted to worker before removal`)
  if (!force && node.status?.state === 'ready') throw new ShoalError('FailedPrecondition', `node ${id} is not down and can't be removed`)
  const batch = new WriteBatch()
  batch.delete('nodes', id, Number(node.meta!.version))
  await store.commit(batch)
}

// Published ports two services cannot both have (SwarmKit's checkPortConflicts): an
// ingress port belongs to the whole swarm, so it conflicts with any other service's port
// of the same number and protocol; host-mode ports of different services may coincide
// (the scheduler keeps such tasks on different nodes), but not with an ingress port.
// `selfId`: the service being updated, which does not conflict with itself.
// `services` is asked for only when the spec publishes ports: most creates publish none,
// and listing every service on each create made writes slower as the store grew.
export function checkPortConflicts(spec: v1.IServiceSpec, services: () => readonly v1.IService[], selfId?: string): void {
  const mine = (spec.endpoint?.ports ?? []).filter((p) => p.publishedPort)
  if (mine.length === 0) return
  for (const other of services()) {
    const otherId = other.meta?.id ?? ''
    if (otherId === selfId) continue
    // What the allocator published for it (an ingress port it chose), else its spec's.
    const published = other.endpoint?.ports?.length ? other.endpoint.ports : (other.spec?.endpoint?.ports ?? [])
    for (const theirs of published) {
      if (!theirs.publishedPort) continue
      for (const p of mine) {
        if (p.publishedPort !== theirs.publishedPort || (p.protocol || 'tcp') !== (theirs.protocol || 'tcp')) continue
        const name = other.spec?.annotations?.name ?? otherId
        if ((theirs.publishMode || 'ingress') === 'ingress')
          throw invalid(`port '${p.publishedPort}' is already in use by service '${name}' (${otherId}) as an ingress port`)
        if ((p.publishMode || 'ingress') === 'ingress')
          throw invalid(`port '${p.publishedPort}' is already in use by service '${name}' (${otherId}) as a host-published port`)
      }
    }
  }
}
