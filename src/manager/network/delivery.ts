// What a node's data plane is told about networks (the agent's side of it is
// src/agent/network/types.ts): for each network the node has tasks on, and for the ingress
// network on every node while any service publishes an ingress port, the network itself and
// every service on it with its VIP, endpoint mode, published ports and the addresses of its
// tasks on all nodes. Sent whole with the node's assignments; as secrets go only to nodes
// whose tasks use them, a node hears only of the networks it is on.
import { TaskState } from '../../agent/types'
import { attachmentsOf, hasIngressPorts, networksOf } from '../allocator/needs'
import { idOf, v1, type Network, type Node, type Service, type Shared, type StoreReader, type Task } from '../store'
import { forEncoder } from '../store'
import type { LoadBalancerState, NetworkAttachment, PublishedPort } from '../../agent/network/types'

const isEnded = (t: Shared<Task>) => (t.status?.state ?? 0) >= TaskState.COMPLETE

// A node's underlay address as its status holds it, without a port.
function hostOf(addr: string): string {
  if (addr.startsWith('[')) return addr.slice(1, addr.indexOf(']'))
  const parts = addr.split(':')
  return parts.length === 2 ? parts[0] : addr
}

// Whether the node must hear of a change to this task: a task on a network that started
// running, ended, or is told to stop changes what every node on the network balances to.
export function changesEndpoints(t: Shared<Task>): boolean {
  if (!attachmentsOf(t).length) return false
  const state = t.status?.state ?? 0
  return state === TaskState.RUNNING || state >= TaskState.COMPLETE || t.desiredState > TaskState.RUNNING
}

// The per-network views of one store state, built once per dispatcher pass and shared by
// the nodes it sends to (each network's services computed on first use).
export class NetworkViews {
  private readonly networks = new Map<string, Shared<Network>>()
  private readonly byNetwork = new Map<string, v1.ServiceEndpoints[]>()
  private readonly peers = new Map<string, v1.NetworkPeer[]>()
  private nodes: Map<string, Shared<Node>> | undefined
  private services: readonly Shared<Service>[] | undefined
  private ingressNeeded: boolean | undefined
  private readonly ingressId: string | undefined

  constructor(private readonly view: Pick<StoreReader, 'list' | 'find' | 'get'>) {
    for (const n of view.list('networks')) {
      this.networks.set(idOf(n), n)
      if (n.spec?.ingress) this.ingressId = idOf(n)
    }
  }

  // The complete network state of a node whose assignment set is `tasks`.
  stateFor(nodeId: string, tasks: readonly Shared<Task>[]): v1.NodeNetworkState {
    const ids = new Set<string>()
    for (const t of tasks) {
      const list = attachmentsOf(t)
      if (!list.length || isEnded(t)) continue
      for (const a of list) ids.add(a.networkId ?? '')
    }
    if (this.networks.size > 0 && this.ingressId && this.ingress()) ids.add(this.ingressId)
    const node = this.nodeMap().get(nodeId)
    const out: v1.NetworkState[] = []
    for (const id of [...ids].sort()) {
      const network = this.networks.get(id)
      if (!network) continue
      const own = node?.attachments?.find((a) => a.networkId === id)?.addresses?.[0] ?? ''
      out.push(new v1.NetworkState({ network: new v1.Network(forEncoder<v1.INetwork>(network)), nodeAddress: own, services: this.servicesOn(id), peers: this.peersOn(id) }))
    }
    return new v1.NodeNetworkState({ networks: out })
  }

  // Whether any service publishes an ingress port (then every node has the ingress network).
  private ingress(): boolean {
    if (this.ingressNeeded === undefined) this.ingressNeeded = this.allServices().some((s) => hasIngressPorts(s.spec?.endpoint?.ports))
    return this.ingressNeeded
  }

  private allServices(): readonly Shared<Service>[] {
    return (this.services ??= this.networks.size > 0 ? this.view.list('services') : [])
  }

  private nodeMap(): Map<string, Shared<Node>> {
    return (this.nodes ??= new Map(this.view.list('nodes').map((n) => [idOf(n), n])))
  }

  // Every node's own address on the network (its routing-mesh source address on ingress).
  private peersOn(networkId: string): v1.NetworkPeer[] {
    const cached = this.peers.get(networkId)
    if (cached) return cached
    const out: v1.NetworkPeer[] = []
    for (const [id, n] of this.nodeMap()) {
      const addr = n.attachments?.find((a) => a.networkId === networkId)?.addresses?.[0]
      if (addr) out.push(new v1.NetworkPeer({ nodeId: id, address: addr.split('/')[0], nodeAddr: hostOf(n.status?.addr ?? '') }))
    }
    out.sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0))
    this.peers.set(networkId, out)
    return out
  }

  private servicesOn(networkId: string): v1.ServiceEndpoints[] {
    const cached = this.byNetwork.get(networkId)
    if (cached) return cached
    const out: v1.ServiceEndpoints[] = []
    for (const s of this.allServices()) {
      if (!networksOf(s.spec?.task, s.spec?.endpoint?.ports, this.ingressId).includes(networkId)) continue
      const mode = s.spec?.endpoint?.mode === 'dnsrr' ? 'dnsrr' : 'vip'
      const vip = s.endpoint?.virtualIps?.find((v) => v.networkId === networkId)?.addr ?? ''
      const tasks: v1.EndpointTask[] = []
      for (const t of this.view.find('tasks', 'service', idOf(s))) {
        if (isEnded(t) || !t.nodeId || (t.status?.state ?? 0) < TaskState.ASSIGNED) continue
        const a = attachmentsOf(t).find((x) => x.networkId === networkId)
        const addr = a?.addresses?.[0]
        if (!addr) continue
        tasks.push(
          new v1.EndpointTask({
            taskId: idOf(t),
            nodeId: t.nodeId,
            nodeAddr: hostOf(this.nodeMap().get(t.nodeId)?.status?.addr ?? ''),
            address: addr.split('/')[0],
            active: t.status?.state === TaskState.RUNNING && t.desiredState <= TaskState.RUNNING,
            slot: Number(t.slot) || 0,
          }),
        )
      }
      tasks.sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0))
      const aliases = s.spec?.task?.networks?.find((a) => a.target === networkId)?.aliases ?? []
      out.push(
        new v1.ServiceEndpoints({
          serviceId: idOf(s),
          serviceName: s.spec?.annotations?.name ?? '',
          aliases: [...aliases],
          endpointMode: mode,
          vip: vip.split('/')[0],
          ports: (s.endpoint?.ports ?? s.spec?.endpoint?.ports ?? []).map((p) => new v1.PortConfig(forEncoder<v1.IPortConfig>(p))),
          tasks,
        }),
      )
    }
    out.sort((a, b) => (a.serviceName < b.serviceName ? -1 : a.serviceName > b.serviceName ? 1 : 0))
    this.byNetwork.set(networkId, out)
    return out
  }
}

// The wire shape, as the agent's data plane takes it (src/agent/network/types.ts).
export function toLoadBalancerState(s: v1.INodeNetworkState): LoadBalancerState {
  return {
    networks: (s.networks ?? []).map((n) => {
      const net = n.network ?? {}
      const ipam = net.ipam?.configs?.[0]
      return {
        network: {
          id: net.meta?.id ?? '',
          name: net.spec?.annotations?.name ?? '',
          driver: net.spec?.driver || 'overlay',
          vni: net.vni ?? 0,
          subnet: ipam?.subnet ?? '',
          gateway: ipam?.gateway ?? '',
          ingress: !!net.spec?.ingress,
          internal: !!net.spec?.internal,
          nodeAddress: n.nodeAddress ?? '',
        },
        peers: (n.peers ?? []).map((p) => ({ nodeId: p.nodeId ?? '', address: p.address ?? '', nodeAddr: p.nodeAddr ?? '' })),
        services: (n.services ?? []).map((e) => ({
          serviceId: e.serviceId ?? '',
          serviceName: e.serviceName ?? '',
          aliases: [...(e.aliases ?? [])],
          endpointMode: e.endpointMode === 'dnsrr' ? 'dnsrr' : 'vip',
          vip: e.vip ?? '',
          ports: (e.ports ?? []).map((p) => ({
            protocol: (p.protocol || 'tcp') as PublishedPort['protocol'],
            targetPort: p.targetPort ?? 0,
            publishedPort: p.publishedPort ?? 0,
            publishMode: p.publishMode === 'host' ? 'host' : 'ingress',
          })),
          tasks: (e.tasks ?? []).map((t) => ({ taskId: t.taskId ?? '', nodeId: t.nodeId ?? '', nodeAddr: t.nodeAddr ?? '', address: t.address ?? '', active: !!t.active, slot: Number(t.slot) || 0 })),
        })),
      }
    }),
  }
}

// A task's network attachments as the agent takes them.
export function toAttachments(list: readonly Shared<v1.INetworkAttachment>[] | null | undefined): NetworkAttachment[] | undefined {
  if (!list?.length) return undefined
  return list.map((a) => ({ networkId: a.networkId ?? '', addresses: [...(a.addresses ?? [])], aliases: [...(a.aliases ?? [])] }))
}
