// The node's gateway bridge (docker's docker_gwbridge): the way out of a task's namespace
// to the node and beyond, and the way in for its host-mode published ports.
//   - the node's namespace: bridge `shoal_gwbridge` with the first address of its subnet,
//     chosen when the first task is plugged in as docker chooses docker_gwbridge's
//     (local-subnets.ts: 172.18.0.0/16 unless the host's routes or the swarm's address
//     pools and networks hold it, then the next free of docker's local pools), so a task
//     never has an overlay and the gateway on one route; a task whose network overlaps it
//     later is refused, naming both; a veth into it from each attached task on a
//     non-internal network (eth<n> there, the task's default route via the bridge); table
//     `ip shoal_gateway`: what tasks send beyond the bridge is masqueraded to the node's
//     address, and a new connection to a local address and a task's host-mode published
//     port is DNATed to that task's gateway address and target port (only this node
//     answers it: the scheduler keeps one such task per node and port);
//   - a task that runs in the node's own namespace (a process task without networks, a
//     container with --network host) has no veth: its host-mode ports are its own, and a
//     published port other than its target is redirected to the target (map `redirects`);
//   - addresses are handed out here, on the node (as docker's local IPAM), the lowest free,
//     and recorded beside the namespaces (`<netnsDir>.gateway.json`) with the subnet and
//     each task's host-mode ports, so a restarted agent keeps them for the tasks it adopts.
// The table is replaced whole in one transaction at each change (nftables, or iptables
// where the kernel has no nftables for IPv4: node-rules.ts; conntrack keeps established
// connections); the bridge and the table go with the last task using them.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import * as native from '../../native'
import { gatewayVethName as vethOf } from './link-names'
import { enableIn } from './kernel'
import type { NatRuleset, NodeRules } from './node-rules'
import { GATEWAY_CANDIDATES, chooseSubnet, readRoutes, routesInUse, type InUse } from './local-subnets'
import { formatCidr, ipToNumber, numberToIp, overlaps, parseSubnet, sizeOf, type Cidr } from '../../manager/allocator/ipam'
import { plugInto } from './plug'
import type { PublishedPort } from './types'

export const GATEWAY_BRIDGE = 'shoal_gwbridge'
export const GATEWAY_TABLE = 'shoal_gateway'
// The subnet of an earlier version's record, which had no other.
const FIRST_SUBNET = GATEWAY_CANDIDATES[0]
// Routes broader than this are catch-alls (a VPN's 0.0.0.0/1 and 128.0.0.0/1, like the
// default route): the bridge's more specific route takes only its own addresses from them.
const CATCH_ALL_PREFIX = 8

// One task's gateway: its address there ('' for a task in the node's own namespace) and
// its host-mode published ports.
export interface GatewayEntry {
  address: string
  hostPorts: PublishedPort[]
}

// The node's table for these tasks, whose gateway addresses are in `subnet` (null: no task
// is plugged into the bridge, so nothing of it to masquerade).
export function gatewayRuleset(entries: Iterable<GatewayEntry>, subnet: string | null): string {
  const elements: string[] = []
  const redirects: string[] = []
  for (const e of entries) {
    for (const p of e.hostPorts) {
      if (p.publishMode !== 'host' || !p.publishedPort) continue
      if (e.address) elements.push(`${p.protocol} . ${p.publishedPort} : ${e.address} . ${p.targetPort}`)
      else if (p.publishedPort !== p.targetPort) redirects.push(`${p.protocol} . ${p.publishedPort} : ${p.targetPort}`)
    }
  }
  const withElements = (items: string[]) => (items.length ? ` elements = { ${items.join(', ')} }` : '')
  const map = `map hostports { type inet_proto . inet_service : ipv4_addr . inet_service;${withElements(elements)} }`
  const redirectMap = `map redirects { type inet_proto . inet_service : inet_service;${withElements(redirects)} }`
  // A connection whose protocol and port are not in a map finds no element: the rule does
  // not match and the packet goes on untouched. The scheduler keeps a published port to one
  // task per node, so at most one of the two maps has it.
  const local = 'fib daddr type local meta l4proto { tcp, udp, sctp }'
  const dnat = `${local} dnat ip to meta l4proto . th dport map @hostports; ${local} redirect to meta l4proto . th dport map @redirects`
  return [
    `table ip ${GATEWAY_TABLE} {}`,
    `delete table ip ${GATEWAY_TABLE}`,
    `table ip ${GATEWAY_TABLE} {`,
    `  ${map}`,
    `  ${redirectMap}`,
    `  chain prerouting { type nat hook prerouting priority dstnat; policy accept; ${dnat}; }`,
    `  chain output { type nat hook output priority -100; policy accept; ${dnat}; }`,
    `  chain postrouting { type nat hook postrouting priority srcnat; policy accept;${subnet ? ` ip saddr ${subnet} oifname != "${GATEWAY_BRIDGE}" masquerade;` : ''} }`,
    '}',
    '',
  ].join('\n')
}

// Both forms of the node's table for these tasks (node-rules.ts), whose gateway addresses
// are in `subnet` (null: no task is plugged into the bridge).
export function gatewayRules(entries: readonly GatewayEntry[], subnet: string | null): NatRuleset {
  const dnat: string[] = []
  for (const e of entries) {
    for (const p of e.hostPorts) {
      if (p.publishMode !== 'host' || !p.publishedPort) continue
      const match = `-m addrtype --dst-type LOCAL -p ${p.protocol} --dport ${p.publishedPort}`
      if (e.address) dnat.push(`${match} -j DNAT --to-destination ${e.address}:${p.targetPort}`)
      else if (p.publishedPort !== p.targetPort) dnat.push(`${match} -j REDIRECT --to-ports ${p.targetPort}`)
    }
  }
  return {
    name: GATEWAY_TABLE,
    nft: gatewayRuleset(entries, subnet),
    iptables: { PREROUTING: dnat, OUTPUT: dnat, POSTROUTING: subnet ? [`-s ${subnet} ! -o ${GATEWAY_BRIDGE} -j MASQUERADE`] : [] },
  }
}

// What `<netnsDir>.gateway.json` holds.
interface GatewayRecord {
  subnet: string | null
  tasks: Record<string, GatewayEntry>
}

export class GatewayBridge {
  private readonly entries = new Map<string, GatewayEntry>()
  // The bridge's subnet while a task is plugged into it; null: chosen at the next plug.
  private subnet: Cidr | null = null
  private readonly recordFile: string
  // Changes to the kernel one at a time (tasks attach concurrently).
  private chain: Promise<void> = Promise.resolve()
  private script = ''

  constructor(
    dir: string,
    private readonly underlayNetns: string | null,
    private readonly rules: NodeRules,
  ) {
    this.recordFile = `${dir}.gateway.json`
    if (existsSync(this.recordFile)) {
      const read = JSON.parse(readFileSync(this.recordFile, 'utf8')) as GatewayRecord | Record<string, GatewayEntry>
      // An earlier version recorded the tasks alone, on the one subnet it had.
      const record: GatewayRecord = 'tasks' in read && 'subnet' in read ? (read as GatewayRecord) : { subnet: FIRST_SUBNET, tasks: read as Record<string, GatewayEntry> }
      for (const [taskId, e] of Object.entries(record.tasks)) this.entries.set(taskId, e)
      if (record.subnet && this.bridged()) this.subnet = parseSubnet(record.subnet)
    }
  }

  // Plugs task namespace `ns` into the bridge as interface `ifname` with a default route
  // through it, and publishes its host-mode ports (idempotent per task). `swarm`: the
  // swarm's address space the node knows (local-subnets.ts swarmInUse), which a subnet
  // chosen now keeps out of; `own`: the task's networks, which must not overlap it.
  attach(taskId: string, ns: string, ifname: string, hostPorts: PublishedPort[], swarm: readonly InUse[], own: readonly InUse[]): Promise<void> {
    return this.serially(async () => {
      let entry = this.entries.get(taskId)
      if (!entry?.address) {
        if (!this.subnet || !this.bridged()) await this.chooseSubnet([...swarm, ...own])
        entry = { address: this.freeAddress(), hostPorts }
      }
      const subnet = this.subnet!
      const clash = own.find((u) => overlaps(u.cidr, subnet))
      if (clash) throw new Error(`${clash.what} overlaps the node's gateway bridge ${GATEWAY_BRIDGE} (${formatCidr(subnet)}), chosen when its first task was plugged in: it stays while tasks use it`)
      entry.hostPorts = hostPorts
      this.entries.set(taskId, entry)
      this.save()
      const gateway = numberToIp(subnet.base + 1)
      await native.linkApply(this.underlayNetns, [
        { op: 'bridge', name: GATEWAY_BRIDGE },
        { op: 'address', name: GATEWAY_BRIDGE, address: `${gateway}/${subnet.prefix}` },
        { op: 'up', name: GATEWAY_BRIDGE },
      ])
      await plugInto(this.underlayNetns, vethOf(taskId), ns, ifname, `${entry.address}/${subnet.prefix}`, GATEWAY_BRIDGE)
      await native.linkApply(ns, [{ op: 'route', destination: '0.0.0.0/0', gateway }])
      await this.program()
    })
  }

  // The first free of docker's local pools, as the host's routes and the swarm leave them.
  // A bridge left by an earlier process with no task on it goes first (it may carry
  // another subnet's address).
  private async chooseSubnet(swarm: readonly InUse[]): Promise<void> {
    await native.linkApply(this.underlayNetns, [{ op: 'delete', name: GATEWAY_BRIDGE }])
    const routes = routesInUse(await readRoutes(this.underlayNetns), [GATEWAY_BRIDGE], CATCH_ALL_PREFIX)
    this.subnet = parseSubnet(chooseSubnet(`the gateway bridge ${GATEWAY_BRIDGE}`, GATEWAY_CANDIDATES, [...routes, ...swarm]))
  }

  // Whether a task is plugged into the bridge (a task in the node's namespace is not).
  private bridged(): boolean {
    return [...this.entries.values()].some((e) => e.address)
  }

  // The bridge's subnet while it has tasks (tests, diagnostics).
  currentSubnet(): string | null {
    return this.subnet && formatCidr(this.subnet)
  }

  // A task in the node's own namespace: its published ports are forwarded to its target
  // ports (idempotent per task).
  forwardToNode(taskId: string, hostPorts: PublishedPort[]): Promise<void> {
    this.entries.set(taskId, { address: '', hostPorts })
    this.save()
    return this.serially(() => this.program())
  }

  // The task's veth (its namespace, going, takes the other end) and ports go; with the
  // last task, the bridge and the table.
  detach(taskId: string): Promise<void> {
    const entry = this.entries.get(taskId)
    if (!entry) return Promise.resolve()
    this.entries.delete(taskId)
    this.save()
    return this.serially(async () => {
      if (entry.address) await native.linkApply(this.underlayNetns, [{ op: 'delete', name: vethOf(taskId) }])
      await this.program()
    })
  }

  // Only the entries of these tasks stay (agent start: an earlier process's other tasks
  // are gone, and so are their veths and ports).
  async retain(taskIds: ReadonlySet<string>): Promise<void> {
    for (const taskId of [...this.entries.keys()]) if (!taskIds.has(taskId)) await this.detach(taskId)
  }

  // Everything, whatever this process knows (`swarm leave`).
  leave(): Promise<void> {
    const plugged = [...this.entries].filter(([, e]) => e.address).map(([taskId]) => taskId)
    this.entries.clear()
    rmSync(this.recordFile, { force: true })
    return this.serially(async () => {
      // Each task's veth too: its namespace, deleted, takes the other end only once the
      // kernel tears it down, later, and never while a process still runs in it.
      if (plugged.length > 0) await native.linkApply(this.underlayNetns, plugged.map((t) => ({ op: 'delete' as const, name: vethOf(t) })))
      this.script = ''
      await this.program()
    })
  }

  private async program(): Promise<void> {
    // The bridge goes with the last task plugged into it, the table with the last task.
    if (!this.bridged()) {
      await native.linkApply(this.underlayNetns, [{ op: 'delete', name: GATEWAY_BRIDGE }])
      this.subnet = null
    }
    if (this.entries.size === 0) {
      await this.rules.drop(this.underlayNetns, GATEWAY_TABLE)
      this.script = ''
      return
    }
    const rules = gatewayRules([...this.entries.values()], this.subnet && formatCidr(this.subnet))
    if (rules.nft === this.script) return
    // Tasks leave the node through it: forwarding on, as docker sets it.
    await enableIn(this.underlayNetns, ['net/ipv4/ip_forward'])
    await this.rules.replace(this.underlayNetns, rules)
    this.script = rules.nft
  }

  private serially(fn: () => Promise<void>): Promise<void> {
    const run = this.chain.then(fn)
    this.chain = run.catch(() => undefined)
    return run
  }

  // The lowest address of the subnet after the bridge's own, not the broadcast address.
  private freeAddress(): string {
    const subnet = this.subnet!
    const used = new Set([...this.entries.values()].map((e) => e.address).filter(Boolean).map(ipToNumber))
    for (let n = subnet.base + 2; n < subnet.base + sizeOf(subnet.prefix) - 1; n++) if (!used.has(n)) return numberToIp(n)
    throw new Error(`no free address left on the gateway bridge (${formatCidr(subnet)})`)
  }

  private save(): void {
    const tmp = `${this.recordFile}.tmp`
    const record: GatewayRecord = { subnet: this.subnet && formatCidr(this.subnet), tasks: Object.fromEntries(this.entries) }
    writeFileSync(tmp, JSON.stringify(record))
    renameSync(tmp, this.recordFile)
  }
}
