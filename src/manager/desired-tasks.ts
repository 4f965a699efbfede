// How many tasks the swarm's services ask for, and how many bytes of task spec those tasks
// store (each task holds its own copy of its service's task spec), kept current from the
// store's change stream, so that a service write is checked against the swarm's task limit
// and task spec budget (bounds.ts) without reading every service on every create.
//
// How it counts: a replicated service asks for its replicas; a global service for one
// task per node that is not drained (an estimate: constraints are not evaluated, so a
// global service counts as if it ran on every such node). Ended tasks kept as history
// are not counted: the limit is on what the services want running.
//
// A write that passed the check reserves its count until its commit reaches the stream,
// so that concurrent creates cannot together pass a limit each of them respects alone.
import { desiredTasksOf, swarmTaskLimit, type Demand } from './bounds'
import { v1, type Cluster, type ClusterStore, type Node, type Service, type Shared, type TypedChange } from './store'
import { isGlobalMode } from './modes'

type Spec = Shared<Service>['spec']

interface Asked {
  global: boolean
  replicas: number
  specBytes: number
}

// The bytes of a service's task spec as each of its tasks stores it.
export function taskSpecBytes(spec: Spec | v1.IServiceSpec | null | undefined): number {
  // Encoding reads the (possibly frozen, shared) spec without changing it.
  return v1.TaskSpec.encode((spec?.task ?? {}) as v1.ITaskSpec).len
}

function askedOf(spec: Spec | v1.IServiceSpec | null | undefined): Asked {
  const global = isGlobalMode(spec?.mode)
  return { global, replicas: global ? 0 : desiredTasksOf(spec, 0), specBytes: taskSpecBytes(spec) }
}

export class DesiredTaskCount {
  private readonly services = new Map<string, Asked>()
  // Replicated services: tasks and task spec bytes; global services: how many, and their
  // spec bytes per node.
  private replicated = 0
  private replicatedBytes = 0
  private globals = 0
  private globalBytes = 0
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
  othersThan(exceptId: string | undefined): Demand {
    const nodes = this.nodes.size
    const total = { tasks: this.replicated + this.globals * nodes, bytes: this.replicatedBytes + this.globalBytes * nodes }
    const add = (a: Asked | undefined, sign: number) => {
      const d = this.demandOf(a)
      total.tasks += sign * d.tasks
      total.bytes += sign * d.bytes
    }
    for (const [id, r] of this.reserved) {
      add(r, 1)
      add(this.services.get(id), -1)
    }
    if (exceptId !== undefined) add(this.reserved.get(exceptId) ?? this.services.get(exceptId), -1)
    return total
  }

  // What a spec asks for today (its tasks, and the task spec bytes they store).
  demand(spec: Spec | v1.IServiceSpec | null | undefined): Demand {
    return this.demandOf(askedOf(spec))
  }

  limit(): number {
    return this.taskLimit
  }

  eligibleNodes(): number {
    return this.nodes.size
  }

  // Holds `spec`'s demand for service `id` until its write is seen in the stream (or released).
  reserve(id: string, spec: Spec | v1.IServiceSpec): () => void {
    const asked = askedOf(spec)
    this.reserved.set(id, asked)
    return () => {
      if (this.reserved.get(id) === asked) this.reserved.delete(id)
    }
  }

  private demandOf(a: Asked | undefined): Demand {
    if (!a) return { tasks: 0, bytes: 0 }
    const tasks = a.global ? this.nodes.size : a.replicas
    return { tasks, bytes: tasks * a.specBytes }
  }

  private apply(changes: TypedChange[], resync: boolean): void {
    if (resync) {
      // Every object is announced again, deletions are not: start over from them.
      this.services.clear()
      this.nodes.clear()
      this.replicated = 0
      this.replicatedBytes = 0
      this.globals = 0
      this.globalBytes = 0
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

  private setService(id: string, s: { spec?: Spec } | undefined): void {
    const old = this.services.get(id)
    if (old) this.count(old, -1)
    this.services.delete(id)
    if (!s) return
    const asked = askedOf(s.spec)
    this.services.set(id, asked)
    this.count(asked, 1)
  }

  private count(a: Asked, sign: number): void {
    if (a.global) {
      this.globals += sign
      this.globalBytes += sign * a.specBytes
    } else {
      this.replicated += sign * a.replicas
      this.replicatedBytes += sign * a.replicas * a.specBytes
    }
  }

  private setNode(id: string, n: { spec?: Shared<Node>['spec'] } | undefined): void {
    if (n && n.spec?.availability !== 'drain') this.nodes.add(id)
    else this.nodes.delete(id)
  }
}
