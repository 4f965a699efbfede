// The routing mesh of a node: a port a service publishes in ingress mode answers on every
// address of every node and is balanced over the service's tasks on any node, as docker
// does it:
//   - the node's namespace (the underlay's): table `ip shoal_mesh` DNATs a new connection
//     to a local address and published port to the mesh sandbox's link address (port
//     unchanged); connections the node itself makes leave with the link's address;
//   - the mesh sandbox, namespace `ingress-sbox`: a veth pair to the node's namespace
//     (`shoal-ingress` there, eth1 here; link 169.254.217.0/30, the sandbox's default route)
//     and a veth into the ingress network's bridge (eth0, with the node's own address on
//     ingress, which the allocator gives every node while a port is published). Its
//     Balancer (IPVS or nftables, as the node's) has one virtual service per published
//     port on the link address, over the service's tasks' ingress addresses and target
//     port; its table `ip shoal_mesh` masquerades what leaves into ingress, so a task on any
//     node answers this node's own ingress address across the overlay (every node has FDB
//     entries for the others' addresses: NetworkState.peers) and the reply finds its way
//     back through both NATs.
// The node's namespace gets no route to any overlay subnet (they may collide with the
// host's networks): only the /30 link. Each apply converges to the state: the links are
// made idempotently, both tables are replaced whole in one transaction (nftables, or
// iptables where the kernel has no nftables for IPv4: node-rules.ts) and the balancer
// syncs (conntrack keeps established connections across all three); with no ingress port
// left, everything goes.
import * as native from '../../native'
import type { Balancer, VirtualServiceJs } from '../../../native/index'
import { enableIn } from './kernel'
import type { NatRuleset, NodeRules } from './node-rules'
import { plugInto } from './plug'
import { vethName } from './link-names'
import type { NetworkState } from './types'

export const MESH_NS = 'ingress-sbox'
export const HOST_LINK = 'shoal-ingress'
export const MESH_TABLE = 'shoal_mesh'
const LINK_PREFIX = 30
const HOST_LINK_ADDR = '169.254.217.1'
export const MESH_LINK_ADDR = '169.254.217.2'

// The published ingress ports of the ingress network's services, as the mesh sandbox's
// balancer holds them: on the link address, over every task's ingress address (draining
// tasks at weight 0, so established connections end on their own).
export function meshServices(ingress: NetworkState): VirtualServiceJs[] {
  const out: VirtualServiceJs[] = []
  for (const s of ingress.services) {
    for (const p of s.ports) {
      if (p.publishMode !== 'ingress' || !p.publishedPort) continue
      out.push({
        protocol: p.protocol,
        address: MESH_LINK_ADDR,
        port: p.publishedPort,
        scheduler: 'rr',
        backends: s.tasks.filter((t) => t.address).map((t) => ({ address: t.address, port: p.targetPort, weight: t.active ? 1 : 0 })),
      })
    }
  }
  return out.sort((a, b) => `${a.protocol}/${a.port}`.localeCompare(`${b.protocol}/${b.port}`))
}

// A table replaced whole: creating it first makes the delete valid whether or not it
// existed; nftables applies the script as one transaction.
const replaceTable = (body: string[]): string => [`table ip ${MESH_TABLE} {}`, `delete table ip ${MESH_TABLE}`, `table ip ${MESH_TABLE} {`, ...body.map((l) => `  ${l}`), '}', ''].join('\n')

// The node's table: new connections to a local address and a published port go to the
// mesh sandbox; the node's own connections there leave with the link's address (so a
// loopback source works too: route_localnet is set on the link).
export function hostRuleset(services: readonly VirtualServiceJs[]): string {
  const elements = services.map((s) => `${s.protocol} . ${s.port}`).join(', ')
  const match = `fib daddr type local meta l4proto . th dport @ingress dnat ip to ${MESH_LINK_ADDR}`
  return replaceTable([
    `set ingress { type inet_proto . inet_service; elements = { ${elements} } }`,
    `chain prerouting { type nat hook prerouting priority dstnat; policy accept; ${match}; }`,
    `chain output { type nat hook output priority -100; policy accept; ${match}; }`,
    `chain postrouting { type nat hook postrouting priority srcnat; policy accept; oifname "${HOST_LINK}" fib saddr type local masquerade; }`,
  ])
}

// The same as iptables rules (node-rules.ts): a rule per published port, as docker's.
export function hostRules(services: readonly VirtualServiceJs[]): NatRuleset {
  const dnat = services.map((s) => `-m addrtype --dst-type LOCAL -p ${s.protocol} --dport ${s.port} -j DNAT --to-destination ${MESH_LINK_ADDR}`)
  return {
    name: MESH_TABLE,
    nft: hostRuleset(services),
    iptables: { PREROUTING: dnat, OUTPUT: dnat, POSTROUTING: [`-o ${HOST_LINK} -m addrtype --src-type LOCAL -j MASQUERADE`] },
  }
}

// The mesh sandbox's table: what it forwards into ingress leaves with the node's address
// there (for IPVS too: net.ipv4.vs.conntrack lets netfilter NAT what IPVS forwarded).
export function meshRules(): NatRuleset {
  return {
    name: MESH_TABLE,
    nft: replaceTable([`chain postrouting { type nat hook postrouting priority srcnat; policy accept; oifname "eth0" masquerade; }`]),
    iptables: { POSTROUTING: ['-o eth0 -j MASQUERADE'] },
  }
}

export class RoutingMesh {
  // What the links were made for (`network id node address`): made again when it changes.
  private built: string | null = null
  private hostScript = ''
  private balancer: Balancer | null = null
  // Whether this process removed the mesh and made nothing since (the first removal looks
  // at the kernel, for what an earlier agent left; the next ones have nothing to do).
  private clean = false

  constructor(
    private readonly dir: string,
    private readonly underlayNetns: string | null,
    private readonly rules: NodeRules,
  ) {}

  // Converges to the ingress network's state (`ingress` absent, without this node's
  // address or without published ports: no mesh). `sandbox`: the ingress network's
  // sandbox namespace, already built.
  async apply(ingress: NetworkState | undefined, sandbox: string | null): Promise<void> {
    const services = ingress ? meshServices(ingress) : []
    if (!ingress || !sandbox || !ingress.network.nodeAddress || services.length === 0) return this.remove()
    const key = `${ingress.network.id} ${ingress.network.nodeAddress}`
    const mesh = `${this.dir}/${MESH_NS}`
    if (this.built !== key) {
      if (this.built !== null) await this.remove()
      this.clean = false
      await native.netnsCreate(this.dir, MESH_NS)
      await plugInto(sandbox, vethName(MESH_NS, ingress.network.id), mesh, 'eth0', ingress.network.nodeAddress)
      await native.linkApply(this.underlayNetns, [
        { op: 'veth', name: HOST_LINK, peer: 'eth1', peerNetns: mesh },
        { op: 'address', name: HOST_LINK, address: `${HOST_LINK_ADDR}/${LINK_PREFIX}` },
        { op: 'up', name: HOST_LINK },
      ])
      await native.linkApply(mesh, [
        { op: 'address', name: 'eth1', address: `${MESH_LINK_ADDR}/${LINK_PREFIX}` },
        { op: 'up', name: 'eth1' },
        { op: 'route', destination: '0.0.0.0/0', gateway: HOST_LINK_ADDR },
      ])
      await enableIn(this.underlayNetns, ['net/ipv4/ip_forward', `net/ipv4/conf/${HOST_LINK}/route_localnet`])
      await enableIn(mesh, ['net/ipv4/ip_forward', 'net/ipv4/vs/conntrack'])
      await this.rules.replace(mesh, meshRules())
      this.balancer = native.Balancer.open(mesh, 'shoal', null)
      this.hostScript = ''
      this.built = key
    }
    await this.balancer!.sync(services)
    // Both forms follow from the services: the same nftables text, the same rules.
    const rules = hostRules(services)
    if (rules.nft !== this.hostScript) {
      await this.rules.replace(this.underlayNetns, rules)
      this.hostScript = rules.nft
    }
  }

  // Everything the mesh made: the node's table and link (its peer goes with it) and the
  // mesh sandbox (its balancer, table and veth into ingress go with the namespace).
  // Looks at the kernel, not at memory: a restarted agent removes what an earlier one made.
  async remove(): Promise<void> {
    if (this.clean) return
    await this.rules.drop(this.underlayNetns, MESH_TABLE)
    await native.linkApply(this.underlayNetns, [{ op: 'delete', name: HOST_LINK }])
    await native.netnsDelete(this.dir, MESH_NS)
    this.built = null
    this.hostScript = ''
    this.balancer = null
    this.clean = true
  }
}
