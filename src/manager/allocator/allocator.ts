// The network allocator (SwarmKit's manager/allocator): gives each service one virtual IP
// per network it is on and its ingress ports a published port when none was given, and
// each NEW task an address per network, then hands the task to the scheduler (PENDING).
// Networks get their subnet and VNI when they are created (network/control.ts).
//
// Stateless across passes: every pass rebuilds the address pools from the store (the
// networks, the services' VIPs, the addresses of tasks that have not ended), so after a
// restart or a leader change the new leader allocates from exactly what is stored and
// nothing is handed out twice; an address is free again once its task has ended or was
// deleted, a VIP once its service left the network or was removed. Passes run only on
// changes that can need one (a NEW task, a service on a network or publishing a port, a
// network change), so services and tasks on no network never wake the allocator.
import { TaskState } from '../../agent/types'
import type { ComponentHealth } from '../health'
import { ReconcileLoop } from '../loop'
import { copyOf, forEncoder, idOf, StreamedWrite, v1, type ClusterStore, type Copy, type Network, type Node, type Service, type Shared, type SharedView, type Task, type TypedChange } from '../store'
import { AddressPool, addressOf, formatCidr, parseSubnet } from './ipam'
import { attachmentsOf, hasIngressPorts, needsAddresses, networksOf } from './needs'
import { pendingStatus } from '../orchestrator/tasks'

// docker's dynamic range for ingress ports the user left out (SwarmKit's
// dynamicPortStart/End).
export const DYNAMIC_PORT_START = 30000
export const DYNAMIC_PORT_END = 32767

const isEnded = (t: Shared<Task>) => (t.status?.state ?? 0) >= TaskState.COMPLETE

// The pools of every network, and the published ports in use, as the store holds them.
export class AllocationState {
  readonly pools = new Map<string, AddressPool>()
  readonly names = new Map<string, string>()
  readonly usedPorts = new Set<string>()
  ingressId: string | undefined
  // Objects found holding an address another object holds too (never expected: reported).
  readonly duplicates: string[] = []

  constructor(networks: readonly Shared<Network>[]) {
    for (const n of networks) {
      const c = n.ipam?.configs?.[0]
      if (!c?.subnet) continue
      const subnet = parseSubnet(c.subnet)
      const gw = c.gateway ? addressOf(c.gateway) : null
      const range = c.ipRange ? parseSubnet(c.ipRange, 'IP range') : subnet
      this.pools.set(idOf(n), new AddressPool(subnet, gw ?? undefined, range))
      this.names.set(idOf(n), n.spec?.annotations?.name ?? idOf(n))
      if (n.spec?.ingress) this.ingressId = idOf(n)
    }
  }

  // Everything the store holds: VIPs of services, addresses of tasks that have not ended,
  // published ports. Builds from a view (restart, leader change, every pass).
  static of(view: SharedView): AllocationState {
    const s = new AllocationState(view.list('networks'))
    for (const svc of view.list('services')) {
      for (const vip of svc.endpoint?.virtualIps ?? []) s.claim(vip.networkId ?? '', vip.addr ?? '', `service ${idOf(svc)}`)
      for (const p of publishedPorts(svc)) s.usedPorts.add(portKey(p))
    }
    for (const n of view.list('nodes')) {
      for (const a of n.attachments ?? []) for (const addr of a.addresses ?? []) s.claim(a.networkId ?? '', addr, `node ${idOf(n)}`)
    }
    if (s.pools.size > 0) {
      const tasks = view.list('tasks')
      for (let i = 0; i < tasks.length; i++) {
        const t = tasks[i]
        const list = attachmentsOf(t)
        if (!list.length || isEnded(t)) continue
        for (const a of list) for (const addr of a.addresses ?? []) s.claim(a.networkId ?? '', addr, `task ${idOf(t)}`)
      }
    }
    return s
  }

  claim(networkId: string, addr: string, holder: string): boolean {
    const pool = this.pools.get(networkId)
    const n = addressOf(addr)
    if (!pool || n === null) return false
    if (pool.claim(n)) return true
    this.duplicates.push(`${holder}: ${addr} on network ${this.names.get(networkId)}`)
    return false
  }

  // A new address on the network (CIDR), or null when it has none left.
  allocate(networkId: string): string | null {
    const pool = this.pools.get(networkId)
    const a = pool?.allocate()
    return a == null ? null : pool!.cidrOf(a)
  }

  release(networkId: string, addr: string): void {
    const n = addressOf(addr)
    if (n !== null) this.pools.get(networkId)?.release(n)
  }

  // The lowest free port of the dynamic range for the protocol, taken; 0 when none is left.
  allocatePort(protocol: string): number {
    for (let p = DYNAMIC_PORT_START; p <= DYNAMIC_PORT_END; p++) {
      const k = `${protocol}/${p}`
      if (!this.usedPorts.has(k)) {
        this.usedPorts.add(k)
        return p
      }
    }
    return 0
  }
}

const portKey = (p: Shared<v1.IPortConfig>) => `${p.protocol || 'tcp'}/${p.publishedPort}`

// The ports a service holds: what the allocator published for it, else what its spec asks.
function publishedPorts(s: Shared<Service>): readonly Shared<v1.IPortConfig>[] {
  const ports = s.endpoint?.ports?.length ? s.endpoint.ports : (s.spec?.endpoint?.ports ?? [])
  return ports.filter((p) => !!p.publishedPort && (p.publishMode || 'ingress') === 'ingress')
}

// The service's endpoint as it should be: ports resolved (an ingress port left at 0 keeps
// the port it was given before, or gets the lowest free one of the dynamic range) and one
// VIP per network it is on (none with dnsrr), kept where it already had one.
// `state` is updated with what is taken and freed. null: the service needs no endpoint.
export function planEndpoint(s: Shared<Service>, state: AllocationState): v1.Endpoint | null {
  const spec = s.spec?.endpoint
  const ports = spec?.ports ?? []
  const nets = networksOf(s.spec?.task, ports, state.ingressId).filter((id) => state.pools.has(id))
  if (nets.length === 0 && ports.length === 0 && !s.endpoint) return null
  const old = s.endpoint
  const resolved = ports.map((p) => {
    const c = new v1.PortConfig(forEncoder<v1.IPortConfig>(p))
    c.protocol ||= 'tcp'
    c.publishMode ||= 'ingress'
    if (c.publishMode === 'ingress' && !c.publishedPort) {
      const before = old?.ports?.find((q) => q.targetPort === c.targetPort && (q.protocol || 'tcp') === c.protocol && (q.publishMode || 'ingress') === 'ingress' && q.publishedPort)
      c.publishedPort = before ? before.publishedPort! : state.allocatePort(c.protocol)
    }
    return c
  })
  const vips: v1.VirtualIP[] = []
  const dnsrr = spec?.mode === 'dnsrr'
  for (const id of dnsrr ? [] : nets) {
    const kept = old?.virtualIps?.find((v) => v.networkId === id)
    const addr = kept?.addr || state.allocate(id)
    if (addr) vips.push(new v1.VirtualIP({ networkId: id, addr }))
  }
  // VIPs on networks the service left are free again.
  for (const v of old?.virtualIps ?? []) if (!vips.some((k) => k.networkId === v.networkId && k.addr === v.addr)) state.release(v.networkId ?? '', v.addr ?? '')
  return new v1.Endpoint({ spec: spec ? new v1.EndpointSpec(forEncoder<v1.IEndpointSpec>(spec)) : null, ports: resolved, virtualIps: vips })
}

// Whether a service has an endpoint to keep: it is on a network, publishes a port, or
// holds an endpoint from before (to be cleared).
const hasEndpointWork = (s: Shared<Service>) => !!s.endpoint || (s.spec?.endpoint?.ports?.length ?? 0) > 0 || needsAddresses(s.spec?.task, s.spec?.endpoint?.ports)

const endpointBytes = (e: Shared<v1.IEndpoint> | null | undefined) => (e ? Buffer.from(v1.Endpoint.encode(forEncoder<v1.IEndpoint>(e)).finish()) : Buffer.alloc(0))

// A NEW task's addresses, one per network it is on, or why it cannot have them. `state` is
// updated with what is taken.
export function planTaskAddresses(t: Shared<Task>, state: AllocationState): { networks: v1.NetworkAttachment[] } | { error: string } {
  const ids = networksOf(t.spec, t.ports, state.ingressId)
  if (ids.length === 0 && hasIngressPorts(t.ports)) return { error: 'no ingress network is present for its published ports' }
  const out: v1.NetworkAttachment[] = []
  for (const id of ids) {
    // Kept when the task already holds one there (a pass that wrote it and then failed).
    const held = attachmentsOf(t).find((a) => a.networkId === id && a.addresses?.length)
    const addr = held ? held.addresses![0] : state.allocate(id)
    if (!addr) {
      for (const a of out) if (!attachmentsOf(t).some((h) => h.networkId === a.networkId)) state.release(a.networkId, a.addresses[0])
      const pool = state.pools.get(id)
      return { error: pool ? `no free address left on network ${state.names.get(id)} (${formatCidr(pool.subnet)})` : `network ${id} not found` }
    }
    const aliases = t.spec?.networks?.find((a) => a.target === id)?.aliases ?? []
    out.push(new v1.NetworkAttachment({ networkId: id, addresses: [addr], aliases: [...aliases] }))
  }
  return { networks: out }
}

export class Allocator {
  private readonly loop: ReconcileLoop

  constructor(
    private readonly store: ClusterStore,
    health?: ComponentHealth,
  ) {
    this.loop = new ReconcileLoop('allocator', () => this.pass(), 5, 0, health)
  }

  start(): void {
    this.store.refresh()
    this.loop.follow(this.store, (c) => this.relevant(c))
  }

  stop(): void {
    this.loop.close()
  }

  // Changes that may need a pass: networks; services on a network, publishing a port or
  // holding an endpoint (and any service removal: its VIPs may be someone's now); NEW tasks.
  // Not task status reports, nor services and tasks on no network: the scheduling of
  // 100,000 tasks on no network never wakes the allocator.
  private relevant(c: TypedChange): boolean {
    if (c.table === 'networks') return true
    if (c.table === 'nodes') return c.kind === 'create' // a new node may need an ingress address
    if (c.table === 'services') {
      if (c.kind === 'delete') return false // its VIPs are free on the next pass's rebuild
      const s = c.object as Shared<Service> | undefined
      return !!s && hasEndpointWork(s)
    }
    if (c.table === 'tasks' && c.kind !== 'delete') {
      const t = c.object as Shared<Task> | undefined
      if (!t) return false
      const state = t.status?.state ?? 0
      if (state === TaskState.NEW) return t.desiredState <= TaskState.RUNNING
      // A task on a network placed on a node, or ended: the node's own addresses follow.
      return attachmentsOf(t).length > 0 && (state === TaskState.ASSIGNED || state >= TaskState.COMPLETE)
    }
    return false
  }

  private async pass(): Promise<void> {
    const view = await this.store.sharedView()
    const state = AllocationState.of(view)
    for (const d of state.duplicates) console.error(`allocator: address held twice: ${d}`)
    const batch = new StreamedWrite(this.store, { handOver: true })
    for (const s of view.list('services')) {
      if (!hasEndpointWork(s)) continue
      const endpoint = planEndpoint(s, state)
      if (endpointBytes(endpoint).equals(endpointBytes(s.endpoint))) continue
      const c = copyOf(s)
      c.endpoint = endpoint
      batch.update('services', c)
      batch.boundary()
    }
    const now = Date.now()
    const tasks = view.list('tasks')
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]
      if ((t.status?.state ?? 0) !== TaskState.NEW || t.desiredState > TaskState.RUNNING) continue
      const plan = planTaskAddresses(t, state)
      const c = copyOf(t)
      if ('error' in plan) {
        // Stays NEW with the reason (shown by `service ps`), written once per reason.
        if (t.status?.err === plan.error) continue
        c.status = new v1.TaskStatus({ timestamp: now, state: TaskState.NEW, message: t.status?.message || 'created', err: plan.error })
      } else {
        c.networks = new v1.TaskNetworks({ attachments: plan.networks })
        c.status = pendingStatus.at(now)
      }
      batch.update('tasks', c)
      batch.boundary()
    }
    for (const n of planNodeAttachments(view, state)) {
      batch.update('nodes', n)
      batch.boundary()
    }
    await batch.done()
  }
}

// Each node's own address on the networks it needs one on (docker's node load-balancer
// attachments: the source address its balancer masquerades to inside the overlay): every
// network it has tasks on that have not ended, and the ingress network on every node while
// any service publishes an ingress port. Kept where the node already has one; the nodes
// whose attachments change, as copies to write.
export function planNodeAttachments(view: SharedView, state: AllocationState): Copy<Shared<Node>>[] {
  const wanted = new Map<string, Set<string>>()
  if (state.pools.size === 0) return []
  for (const t of view.list('tasks')) {
    const list = attachmentsOf(t)
    if (!list.length || !t.nodeId || isEnded(t) || (t.status?.state ?? 0) < TaskState.ASSIGNED) continue
    let set = wanted.get(t.nodeId)
    if (!set) wanted.set(t.nodeId, (set = new Set()))
    for (const a of list) set.add(a.networkId ?? '')
  }
  const ingress = state.ingressId && view.list('services').some((s) => hasIngressPorts(s.spec?.endpoint?.ports)) ? state.ingressId : undefined
  const out: Copy<Shared<Node>>[] = []
  for (const n of view.list('nodes')) {
    const nets = new Set(wanted.get(idOf(n)) ?? [])
    if (ingress) nets.add(ingress)
    const old = n.attachments ?? []
    const next: v1.NetworkAttachment[] = []
    for (const id of [...nets].sort()) {
      if (!state.pools.has(id)) continue
      const kept = old.find((a) => a.networkId === id && a.addresses?.length)
      const addr = kept ? kept.addresses![0] : state.allocate(id)
      if (addr) next.push(new v1.NetworkAttachment({ networkId: id, addresses: [addr] }))
    }
    for (const a of old) if (!next.some((k) => k.networkId === a.networkId)) for (const addr of a.addresses ?? []) state.release(a.networkId ?? '', addr)
    const same = old.length === next.length && old.every((a, i) => a.networkId === next[i].networkId && a.addresses?.[0] === next[i].addresses[0])
    if (same) continue
    const c = copyOf(n)
    c.attachments = next
    out.push(c)
  }
  return out
}
