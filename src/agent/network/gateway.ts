// The node's gateway bridge (docker's docker_gwbridge): the way out of a task's namespace
// to the node and beyond, and the way in for its host-mode published ports.
//   - the node's namespace: bridge `shoal_gwbridge` with 172.18.0.1/16 (docker's default
//     for its gateway bridge; outside shoal's default address pools, which overlays use,
//     so a task never has both on one route); a veth into it from each attached task on a
//     non-internal network (eth<n> there, the task's default route via 172.18.0.1); table
//     `ip shoal_gateway`: what tasks send beyond the bridge is masqueraded to the node's
//     address, and a new connection to a local address and a task's host-mode published
//     port is DNATed to that task's gateway address and target port (only this node
//     answers it: the scheduler keeps one such task per node and port);
//   - a task that runs in the node's own namespace (a process task without networks, a
//     container with --network host) has no veth: its host-mode ports are its own, and a
//     published port other than its target is redirected to the target (map `redirects`);
//   - addresses are handed out here, on the node (as docker's local IPAM), the lowest free,
//     and recorded beside the namespaces (`<netnsDir>.gateway.json`) with each task's
//     host-mode ports, so a restarted agent keeps both for the tasks it adopts.
// The table is replaced whole in one transaction at each change (nftables, or iptables
// where the kernel has no nftables for IPv4: node-rules.ts; conntrack keeps established
// connections); the bridge and the table go with the last task using them.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import * as native from '../../native'
import { gatewayVethName as vethOf } from './link-names'
import { enableIn } from './kernel'
import type { NatRuleset, NodeRules } from './node-rules'
import { plugInto } from './plug'
import type { PublishedPort } from './types'

export const GATEWAY_BRIDGE = 'shoal_gwbridge'
export const GATEWAY_TABLE = 'shoal_gateway'
const SUBNET = '172.18.0.0/16'
const GATEWAY = '172.18.0.1'
const PREFIX = 16

// One task's gateway: its address there ('' for a task in the node's own namespace) and
// its host-mode published ports.
export interface GatewayEntry {
  address: string
  hostPorts: PublishedPort[]
}

// The node's table for these tasks.
export function gatewayRuleset(entries: Iterable<GatewayEntry>): string {
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
    `  chain postrouting { type nat hook postrouting priority srcnat; policy accept; ip saddr ${SUBNET} oifname != "${GATEWAY_BRIDGE}" masquerade; }`,
    '}',
    '',
  ].join('\n')
}

// Both forms of the node's table for these tasks (node-rules.ts).
export function gatewayRules(entries: readonly GatewayEntry[]): NatRuleset {
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
    nft: gatewayRuleset(entries),
    iptables: { PREROUTING: dnat, OUTPUT: dnat, POSTROUTING: [`-s ${SUBNET} ! -o ${GATEWAY_BRIDGE} -j MASQUERADE`] },
  }
}

const toNumber = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0)
const toIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')

export class GatewayBridge {
  private readonly entries = new Map<string, GatewayEntry>()
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
      for (const [taskId, e] of Object.entries(JSON.parse(readFileSync(this.recordFile, 'utf8')) as Record<string, GatewayEntry>)) this.entries.set(taskId, e)
    }
  }

  // Plugs task namespace `ns` into the bridge as interface `ifname` with a default route
  // through it, and publishes its host-mode ports (idempotent per task).
  attach(taskId: string, ns: string, ifname: string, hostPorts: PublishedPort[]): Promise<void> {
    const entry = this.entries.get(taskId) ?? { address: this.freeAddress(), hostPorts }
    entry.hostPorts = hostPorts
    this.entries.set(taskId, entry)
    this.save()
    return this.serially(async () => {
      await native.linkApply(this.underlayNetns, [
        { op: 'bridge', name: GATEWAY_BRIDGE },
        { op: 'address', name: GATEWAY_BRIDGE, address: `${GATEWAY}/${PREFIX}` },
        { op: 'up', name: GATEWAY_BRIDGE },
      ])
      await plugInto(this.underlayNetns, vethOf(taskId), ns, ifname, `${entry.address}/${PREFIX}`, GATEWAY_BRIDGE)
      await native.linkApply(ns, [{ op: 'route', destination: '0.0.0.0/0', gateway: GATEWAY }])
      await this.program()
    })
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
    const tasks = [...this.entries.keys()]
    this.entries.clear()
    rmSync(this.recordFile, { force: true })
    return this.serially(async () => {
      // Each task's veth too: its namespace, deleted, takes the other end only once the
      // kernel tears it down, later, and never while a process still runs in it.
      if (tasks.length > 0) await native.linkApply(this.underlayNetns, tasks.map((t) => ({ op: 'delete' as const, name: vethOf(t) })))
      this.script = ''
      await this.program()
    })
  }

  private async program(): Promise<void> {
    // The bridge goes with the last task plugged into it, the table with the last task.
    if (![...this.entries.values()].some((e) => e.address)) await native.linkApply(this.underlayNetns, [{ op: 'delete', name: GATEWAY_BRIDGE }])
    if (this.entries.size === 0) {
      await this.rules.drop(this.underlayNetns, GATEWAY_TABLE)
      this.script = ''
      return
    }
    const rules = gatewayRules([...this.entries.values()])
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

  private freeAddress(): string {
    const used = new Set([...this.entries.values()].map((e) => e.address).filter(Boolean))
    const [first, last] = [toNumber(GATEWAY) + 1, toNumber(GATEWAY) + 2 ** (32 - PREFIX) - 3]
    for (let n = first; n <= last; n++) if (!used.has(toIp(n))) return toIp(n)
    throw new Error(`no free address left on the gateway bridge (${SUBNET})`)
  }

  private save(): void {
    const tmp = `${this.recordFile}.tmp`
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.entries)))
    renameSync(tmp, this.recordFile)
  }
}
