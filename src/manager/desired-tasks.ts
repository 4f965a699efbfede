// How many tasks the swarm's services ask for, kept current from the store's change
// stream, so that a service write is checked against the swarm's task limit (bounds.ts)
// without reading every service on every create.
//
// How it counts: a replicated service asks for its replicas; a global service for one
// task per node that is not drained (an estimate: constraints are not evaluated, so a
// global service counts as if it ran on every such node). Ended tasks kept as history
// are not counted: the limit is on what the services want running.
//
// A write that passed the check reserves its count until its commit reaches the stream,
// so that concurrent creates cannot together pass a limit each of them respects alone.
import { desiredTasksOf, swarmTaskLimit } from './bounds'
import type { Cluster, ClusterStore, Node, Service, Shared, TypedChange } from './store'

interface Asked {
  global: boolean
  replicas: number
}

export class DesiredTaskCount {
  private readonly services = new Map<string, Asked>()
  private replicated = 0
  private globals = 0
  private readonly nodes = new Set<string>() // not drained
  private readonly reserved = new Map<string, Asked>()
  // The swarm's task limit, as its cluster object last said.
  private taskLimit = swarmTaskLimit(null)

  constructor(store: ClusterStore) {
    const view = store.view()
    this.taskLimit = swarmTaskLimit(view.list('clusters')[0])
    for (const s of view.list('services')) this.setService(s.meta!.id!, s)
    for (const n of view.list('nodes')) this.setNode(n.meta!.id!, n)
    store.onChange((changes, _index, resync) => this.apply(changes, resync))
  }

  // What every service but `exceptId` asks for, reservations included.
  othersThan(exceptId: string | undefined): number {
    let total = this.replicated + this.globals * this.nodes.size
    for (const [id, r] of this.reserved) total += this.countOf(r) - this.countOf(this.services.get(id))
    if (exceptId !== undefined) total -= this.countOf(this.reserved.get(exceptId) ?? this.services.get(exceptId))
    return total
  }

  limit(): number {
    return this.taskLimit
  }

  eligibleNodes(): number {
    return this.nodes.size
  }

  // Holds `spec`'s count for service `id` until its write is seen in the stream (or released).
  reserve(id: string, spec: Shared<Service>['spec']): () => void {
    const asked = { global: spec?.mode === 'global', replicas: Number(spec?.replicas ?? 0) }
    this.reserved.set(id, asked)
    return () => {
      if (this.reserved.get(id) === asked) this.reserved.delete(id)
    }
  }

  private countOf(a: Asked | undefined): number {
    if (!a) return 0
    return a.global ? this.nodes.size : a.replicas
  }

  private apply(changes: TypedChange[], resync: boolean): void {
    if (resync) {
      // Every object is announced again, deletions are not: start over from them.
      this.services.clear()
      this.nodes.clear()
      this.replicated = 0
      this.globals = 0
    }
    for (const c of changes) {
      // A create or update always carries its object; one without is left as it was.
      if (c.kind !== 'delete' && !c.object) continue
      if (c.table === 'services') {
        this.setService(c.id, c.kind === 'delete' ? undefined : (c.object as Shared<Service>))
        this.reserved.delete(c.id)
      } else if (c.table === 'nodes') this.setNode(c.id, c.kind === 'delete' ? undefined : (c.object as Shared<Node>))
      else if (c.table === 'clusters' && c.kind !== 'delete') this.taskLimit = swarmTaskLimit(c.object as Shared<Cluster>)
    }
  }

  private setService(id: string, s: { spec?: Shared<Service>['spec'] } | undefined): void {
    const old = this.services.get(id)
    if (old) {
      if (old.global) this.globals--
      else this.replicated -= old.replicas
      this.services.delete(id)
    }
    if (!s) return
    const global = s.spec?.mode === 'global'
    const replicas = global ? 0 : desiredTasksOf(s.spec, 0)
    this.services.set(id, { global, replicas })
    if (global) this.globals++
    else this.replicated += replicas
  }

  private setNode(id: string, n: { spec?: Shared<Node>['spec'] } | undefined): void {
    if (n && n.spec?.availability !== 'drain') this.nodes.add(id)
    else this.nodes.delete(id)
  }
}
