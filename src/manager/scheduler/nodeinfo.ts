// The scheduler's picture of the nodes during one pass: what each node has left, and what
// runs there. Built from a store snapshot, then updated in place as the pass places tasks,
// so later decisions of the same pass see earlier ones (SwarmKit's NodeInfo and nodeSet).
import { TaskState } from '../../agent/types'
import type { Node, Shared, Task, v1 } from '../store'
import { idOf } from '../store'

// 64-bit fields of decoded objects are Long instances (numbers only in objects built in
// JavaScript). Number(long) goes through Long#toString and parsing, about a microsecond
// each: too slow for 100,000 tasks a pass. toNumber() is exact below 2^53.
export function num(v: number | { toNumber(): number } | null | undefined): number {
  if (typeof v === 'number') return v
  return v ? v.toNumber() : 0
}

// ---- what a task takes from its node ----

const PROTOCOLS = ['tcp', 'udp', 'sctp']

// A (protocol, published port) pair as one number, for cheap Set lookups.
export function hostPortKey(protocol: string | null | undefined, port: number): number {
  const p = PROTOCOLS.indexOf(protocol || 'tcp')
  return (p < 0 ? 0 : p) * 65536 + port
}

// The host-mode ports a task holds on its node: only those with a published port (a
// host-mode port without one is chosen by the runtime and cannot conflict).
export function hostPortsOf(ports: readonly Shared<v1.IPortConfig>[] | null | undefined): number[] {
  const out: number[] = []
  for (const p of ports ?? []) {
    if (p.publishMode === 'host' && p.publishedPort) out.push(hostPortKey(p.protocol, p.publishedPort))
  }
  return out
}

export interface Reservation {
  nanoCpus: number
  memoryBytes: number
}

export function reservationOf(spec: Shared<v1.ITaskSpec> | null | undefined): Reservation {
  const r = spec?.resources?.reservations
  return { nanoCpus: num(r?.nanoCpus), memoryBytes: num(r?.memoryBytes) }
}

// A task occupies its node from the moment it is assigned until it has stopped: its
// observed state, not its desired state, decides, since a task told to shut down still
// runs until its agent says otherwise (SwarmKit counts the same way).
export function occupiesNode(t: Shared<Task>): boolean {
  const state = t.status?.state ?? TaskState.NEW
  return t.nodeId !== '' && state >= TaskState.ASSIGNED && state <= TaskState.RUNNING
}

// ---- nodes ----

export class NodeInfo {
  readonly id: string
  // ReadyFilter's question, answered once per pass: up, and open for new tasks.
  readonly ready: boolean
  availableNanoCpus: number
  availableMemoryBytes: number
  // Tasks the manager still wants running here (desired state RUNNING or lower): what
  // spreading and max-replicas count. Tasks being shut down still hold resources and
  // ports (above) but no longer count here.
  activeTasks = 0
  // Tasks on the node until they have stopped, wanted or not: what its capacity counts
  // (a task being shut down still runs there).
  occupying = 0
  // How many tasks the node will hold (NodeDescription.max_tasks); 0: no limit said.
  readonly maxTasks: number
  readonly activeByService = new Map<string, number>()
  readonly usedHostPorts = new Set<number>()

  constructor(
    readonly index: number,
    readonly node: Shared<Node>,
  ) {
    this.id = idOf(node)
    this.ready = node.status?.state === 'ready' && (node.spec?.availability || 'active') === 'active'
    this.availableNanoCpus = num(node.description?.nanoCpus)
    this.availableMemoryBytes = num(node.description?.memoryBytes)
    this.maxTasks = num(node.description?.maxTasks)
  }

  serviceCount(serviceId: string): number {
    return this.activeByService.get(serviceId) ?? 0
  }
}

export class NodeSet {
  readonly nodes: NodeInfo[]
  readonly byId = new Map<string, NodeInfo>()
  // Active tasks per service over all nodes: lets the scheduler see at once that a
  // service has no task anywhere yet (the common case of a new service).
  readonly serviceActive = new Map<string, number>()

  // `tasks` may hold every task of the cluster; only those occupying a node count.
  constructor(nodes: readonly Shared<Node>[], tasks: readonly Shared<Task>[]) {
    // Sorted by id: the last tie-break between equally loaded nodes, so that a decision
    // does not depend on the store's iteration order.
    const sorted = [...nodes].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0))
    this.nodes = sorted.map((n, i) => new NodeInfo(i, n))
    for (const n of this.nodes) this.byId.set(n.id, n)
    // An index loop: the for-of here made an iterator result per task (allocation sampling).
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]
      if (!occupiesNode(t)) continue
      const n = this.byId.get(t.nodeId)
      if (n) this.add(n, t.serviceId, reservationOf(t.spec), hostPortsOf(t.ports), t.desiredState <= TaskState.RUNNING)
    }
  }

  // Records a task on a node: at build time for what runs there, during the pass for
  // each decision.
  add(n: NodeInfo, serviceId: string, r: Reservation, ports: readonly number[], active: boolean): void {
    n.availableNanoCpus -= r.nanoCpus
    n.availableMemoryBytes -= r.memoryBytes
    for (const p of ports) n.usedHostPorts.add(p)
    n.occupying++
    if (!active) return
    n.activeTasks++
    n.activeByService.set(serviceId, (n.activeByService.get(serviceId) ?? 0) + 1)
    this.serviceActive.set(serviceId, (this.serviceActive.get(serviceId) ?? 0) + 1)
  }
}
