// The overlay data plane of a node (NetworkDataPlane of ./types.ts), programmed through the
// addon's netlink module, never by running `ip`: per network a sandbox namespace holding a
// bridge (with the network's gateway address) and a VXLAN device for the network's VNI; per
// task a namespace of its own with a veth into each of its networks' bridges (its address,
// a MAC derived from it, a default route via the first network's gateway); and for every
// task on other nodes an FDB + neighbour entry on the VXLAN device, so nothing floods and
// no gossip is needed. Service VIPs are balanced in each task's own namespace (as docker
// does): a Balancer there (IPVS when the kernel has it, else nftables) rewrites each new
// connection to a VIP, on its way out of the task, to one of the service's tasks; the VIP
// is routed like any address of the subnet (no address holds it), the source stays the
// task's own address, and replies come back through the same namespace's conntrack, so no
// source NAT is needed. Each attached task is also answered by the node's embedded DNS
// server (dns-server.ts) inside its namespace.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import * as native from '../../native'
import type { Balancer, RemoteEntry, VirtualServiceJs } from '../../../native/index'
import type { EmbeddedDns } from './dns-server'
import { plugInto } from './plug'
import { RoutingMesh } from './mesh'
import { GatewayBridge } from './gateway'
import { networkInUse, swarmInUse } from './local-subnets'
import { openNodeRules } from './node-rules'
import { BRIDGE, sandboxName, taskIfName, taskNsName, vethName, vxlanName } from './link-names'
import type { AttachRequest, AttachResult, LoadBalancerState, NetworkConfig, NetworkDataPlane, PublishedPort } from './types'

export interface OverlayOptions {
  nodeId: string
  // This node's underlay address: the VXLAN devices' local address, where other nodes'
  // entries for this node's tasks point.
  underlayAddr: string
  // Where shoal's named namespaces live (default /run/shoal/netns).
  netnsDir?: string
  // The namespace whose network carries the VXLAN packets (the devices' UDP sockets live
  // where they are created): null for the daemon's own.
  underlayNetns?: string | null
  // The embedded DNS server answering in task namespaces (null: none).
  dns?: EmbeddedDns | null
  // How the node's NAT rules are written, when not as the kernel decides (node-rules.ts).
  nodeRules?: 'nftables' | 'iptables'
}

// An Error with the code the agent reports a task REJECTED by.
function rejected(err: unknown, what: string): Error {
  const e = new Error(`${what}: ${err instanceof Error ? err.message : String(err)}`) as Error & { code: string }
  e.code = 'Rejected'
  return e
}

const prefixOf = (cidr: string): number => Number(cidr.split('/')[1])

// The virtual services a task's balancer holds: for every VIP service on the task's
// networks, one per target port, over the service's tasks (draining ones at weight 0).
// `withoutSelf`: the task's own id, left out while another task is active. IPVS cannot
// reach a real server that is its client's own address from the client's namespace: it
// keeps the packet's route out of the namespace (ip_vs_nat_xmit, "preserve old route"),
// where nothing sends it back; nftables' DNAT re-routes it locally and needs no exception.
export function vipServices(state: LoadBalancerState, networkIds: readonly string[], withoutSelf?: string): VirtualServiceJs[] {
  const out: VirtualServiceJs[] = []
  for (const { network, services } of state.networks) {
    if (!networkIds.includes(network.id)) continue
    for (const s of services) {
      if (s.endpointMode !== 'vip' || !s.vip) continue
      const others = withoutSelf !== undefined && s.tasks.some((t) => t.active && t.address && t.taskId !== withoutSelf)
      const tasks = s.tasks.filter((t) => t.address && !(others && t.taskId === withoutSelf))
      for (const p of s.ports) {
        out.push({
          protocol: p.protocol,
          address: s.vip,
          port: p.targetPort,
          scheduler: 'rr',
          backends: tasks.map((t) => ({ address: t.address, port: p.targetPort, weight: t.active ? 1 : 0 })),
        })
      }
    }
  }
  return out
}

export class OverlayDataPlane implements NetworkDataPlane {
  readonly backend: string
  readonly nodeRules: string
  private readonly dir: string
  private readonly underlayNetns: string | null
  // Networks built on this node, by id (what was asked, to notice a changed VNI).
  private readonly built = new Map<string, NetworkConfig>()
  // Networks each attached task is on, to delete its veths on detach.
  private readonly attached = new Map<string, string[]>()
  // Each attached task's balancer.
  private readonly balancers = new Map<string, Balancer>()
  // Network builds in flight (ensureNetwork), by network id and VNI.
  private readonly building = new Map<string, Promise<string>>()
  // Tasks being attached, with their networks: apply leaves their balancer and DNS to the
  // attach, and prune keeps their networks.
  private readonly attaching = new Map<string, string[]>()
  // The applies in flight, one after the other.
  private applyChain: Promise<void> = Promise.resolve()
  private state: LoadBalancerState = { networks: [] }
  private readonly dns: EmbeddedDns | null
  private readonly mesh: RoutingMesh
  private readonly gateway: GatewayBridge

  // Which networks each attached task is on, beside the namespaces (so on the same tmpfs,
  // gone with them at a reboot): a restarted agent balances and keeps the networks of the
  // tasks it adopts without attaching them again.
  private readonly recordFile: string

  constructor(private readonly opts: OverlayOptions) {
    this.dir = opts.netnsDir ?? '/run/shoal/netns'
    this.underlayNetns = opts.underlayNetns ?? null
    this.dns = opts.dns ?? null
    this.recordFile = `${this.dir}.attachments.json`
    // The node's NAT rules: nftables, or iptables where the kernel has no nftables for IPv4.
    const rules = openNodeRules(this.underlayNetns, opts.nodeRules)
    this.nodeRules = rules.kind
    this.mesh = new RoutingMesh(this.dir, this.underlayNetns, rules)
    this.gateway = new GatewayBridge(this.dir, this.underlayNetns, rules)
    if (existsSync(this.recordFile)) {
      const record = JSON.parse(readFileSync(this.recordFile, 'utf8')) as Record<string, string[]>
      for (const [taskId, networks] of Object.entries(record)) this.attached.set(taskId, networks)
    }
    // The kernel decides: IPVS when it has the family, else nftables (opening changes
    // nothing). 'none' when neither is usable: overlays still work, VIPs are not balanced
    // (attaching a task whose networks have VIP services then fails as Rejected).
    try {
      this.backend = native.Balancer.open(this.underlayNetns, 'shoal', null).backend
    } catch {
      this.backend = 'none'
    }
  }

  sandboxPath(networkId: string): string {
    return `${this.dir}/${sandboxName(networkId)}`
  }

  // Builds the network's sandbox (idempotent): namespace, bridge with the gateway address,
  // VXLAN device made in the underlay namespace and moved in, both up. Attaches run while
  // a state is applied (the agent starts tasks without waiting for apply): a build in
  // flight is shared, never run twice at once.
  ensureNetwork(net: NetworkConfig): Promise<string> {
    const key = `${net.id} ${net.vni}`
    const inFlight = this.building.get(key)
    if (inFlight) return inFlight
    const build = this.buildNetwork(net).finally(() => this.building.delete(key))
    this.building.set(key, build)
    return build
  }

  private async buildNetwork(net: NetworkConfig): Promise<string> {
    const done = this.built.get(net.id)
    const sandbox = await native.netnsCreate(this.dir, sandboxName(net.id))
    if (done && done.vni === net.vni) return sandbox
    try {
      const vx = vxlanName(net.vni)
      const links = await native.linkList(sandbox)
      if (!links.some((l) => l.name === vx)) {
        await native.linkApply(this.underlayNetns, [
          { op: 'vxlan', name: vx, vni: net.vni, local: this.opts.underlayAddr },
          { op: 'moveTo', name: vx, netns: sandbox },
        ])
      }
      await native.linkApply(sandbox, [
        { op: 'bridge', name: BRIDGE },
        { op: 'address', name: BRIDGE, address: `${net.gateway}/${prefixOf(net.subnet)}` },
        { op: 'master', name: vx, bridge: BRIDGE },
        { op: 'up', name: BRIDGE },
        { op: 'up', name: vx },
      ])
    } catch (err) {
      // A network built for the first time leaves nothing half-built behind.
      if (!done) await native.netnsDelete(this.dir, sandboxName(net.id)).catch(() => undefined)
      throw err
    }
    this.built.set(net.id, net)
    return sandbox
  }

  async publishInNodeNamespace(taskId: string, hostPorts: PublishedPort[]): Promise<void> {
    await this.gateway.forwardToNode(taskId, hostPorts).catch(async (err: unknown) => {
      await this.gateway.detach(taskId).catch(() => undefined)
      throw rejected(err, `publishing the host-mode ports of task ${taskId}`)
    })
  }

  async attach(req: AttachRequest): Promise<AttachResult> {
    const configs = new Map(req.networks.map((n) => [n.id, n]))
    this.attaching.set(req.taskId, req.attachments.map((a) => a.networkId))
    try {
      const taskNs = await native.netnsCreate(this.dir, taskNsName(req.taskId))
      const on: string[] = []
      for (const [i, a] of req.attachments.entries()) {
        const net = configs.get(a.networkId)
        if (!net) throw new Error(`network ${a.networkId} has no configuration in the request`)
        const address = a.addresses[0]
        if (!address) throw new Error(`no address on network ${net.name}`)
        const sandbox = await this.ensureNetwork(net)
        const veth = vethName(req.taskId, net.id)
        const ifname = taskIfName(i)
        await plugInto(sandbox, veth, taskNs, ifname, address)
        on.push(net.id)
      }
      // The gateway, the task's balancer and its embedded DNS touch different links and
      // tables: made at once (the DNS redirect and a changed gateway table are each an `nft`
      // process, which costs tens of ms under load), all settled before anything is undone.
      const settled = await Promise.allSettled([
        // A task on a network that is not internal leaves through the node's gateway
        // bridge (its default route), which also publishes its host-mode ports; so does a
        // task on no network at all (a container publishing host-mode ports, as on docker's
        // bridge).
        hasExternalAccess(req.networks) ? this.gateway.attach(req.taskId, taskNs, taskIfName(req.attachments.length), req.hostPorts ?? [], swarmInUse(this.state), req.networks.map(networkInUse)) : undefined,
        (async () => {
          // A state applied meanwhile skipped this task (it is attaching): balance again
          // until the balancer has the state that is current when it is done.
          let state: LoadBalancerState
          do {
            state = this.state
            await this.balance(req.taskId, on)
          } while (state !== this.state)
        })(),
        this.dns?.serve(req.taskId, taskNs, on, hasExternalAccess(req.networks)),
      ])
      const failed = settled.find((r) => r.status === 'rejected')
      if (failed) throw (failed as PromiseRejectedResult).reason
      this.attached.set(req.taskId, on)
      this.saveRecord()
      return { netnsPath: taskNs }
    } catch (err) {
      // A task that was never attached leaves nothing behind (its veths go with its
      // namespace; its gateway address and host ports are given back).
      if (!this.attached.has(req.taskId)) {
        await this.dns?.stop(req.taskId).catch(() => undefined)
        this.balancers.delete(req.taskId)
        await this.gateway.detach(req.taskId).catch(() => undefined)
        await native.netnsDelete(this.dir, taskNsName(req.taskId)).catch(() => undefined)
      }
      throw rejected(err, `attaching task ${req.taskId} to its networks`)
    } finally {
      this.attaching.delete(req.taskId)
    }
  }

  // Programs the task's balancer with the VIP services of its networks.
  private async balance(taskId: string, networkIds: readonly string[]): Promise<void> {
    const services = vipServices(this.state, networkIds, this.backend === 'ipvs' ? taskId : undefined)
    let lb = this.balancers.get(taskId)
    if (!lb && services.length === 0) return
    if (!lb) {
      lb = native.Balancer.open(`${this.dir}/${taskNsName(taskId)}`, 'shoal', null)
      this.balancers.set(taskId, lb)
    }
    await lb.sync(services)
  }

  async detach(taskId: string): Promise<void> {
    await this.forget(taskId)
    // A network that left the state while this task still used it goes now.
    await this.prune()
  }

  // At agent start, the tasks its database knows (it adopts them, or detaches them once
  // they are removed): whatever an earlier process made for any other task goes, its
  // namespace, veths, gateway entry and record. A daemon killed by a signal and started
  // again on a fresh data dir (a new node, or a new swarm) left them, and with them
  // sandboxes holding the VNIs the new swarm hands out again. Sandboxes themselves wait for
  // the first apply (prune before building): only the state says which are still wanted,
  // and the routing mesh's connections go through the ingress sandbox.
  async retain(taskIds: ReadonlySet<string>): Promise<void> {
    for (const taskId of [...this.attached.keys()]) if (!taskIds.has(taskId)) await this.forget(taskId)
    await this.gateway.retain(taskIds)
    const known = new Set([...taskIds].map(taskNsName))
    for (const name of native.netnsList(this.dir, 'task-')) if (!known.has(name)) await native.netnsDelete(this.dir, name)
  }

  // Everything of one task but the sandboxes of its networks.
  private async forget(taskId: string): Promise<void> {
    // Its DNS sockets first: an open socket would keep the namespace alive.
    await this.dns?.stop(taskId)
    this.balancers.delete(taskId)
    for (const networkId of this.attached.get(taskId) ?? []) {
      await native.linkApply(this.sandboxPath(networkId), [{ op: 'delete', name: vethName(taskId, networkId) }]).catch(() => undefined)
    }
    this.attached.delete(taskId)
    this.saveRecord()
    await this.gateway.detach(taskId)
    // The task's end of every veth goes with its namespace, and the sandbox ends with them.
    await native.netnsDelete(this.dir, taskNsName(taskId))
  }

  // Follows the node's network state: builds each network, programs its remote tasks'
  // forwarding entries (tasks of other nodes, by their node's underlay address), and tears
  // down the networks that left the state. The state is taken at once (attaches and the
  // DNS use it from now on); converging to it waits for the applies before it, and is
  // skipped when a newer state came meanwhile (that one's converging does it all).
  apply(state: LoadBalancerState): Promise<void> {
    this.state = state
    this.dns?.update(state)
    const run = this.applyChain.then(() => (this.state === state ? this.converge(state) : undefined))
    this.applyChain = run.catch(() => undefined)
    return run
  }

  private async converge(state: LoadBalancerState): Promise<void> {
    // Sandboxes of networks gone first: one an earlier process left may hold the VNI a
    // network of this state has now (a network made again, a new swarm).
    await this.prune()
    for (const { network, services, peers } of state.networks) {
      const sandbox = await this.ensureNetwork(network)
      const remote = new Map<string, RemoteEntry>()
      const others = [...services.flatMap((s) => s.tasks), ...(peers ?? [])]
      for (const t of others) {
        if (t.nodeId === this.opts.nodeId || !t.address || !t.nodeAddr) continue
        remote.set(t.address, { ip: t.address, mac: native.macOf(t.address), vtep: t.nodeAddr })
      }
      await native.linkSyncForwarding(sandbox, vxlanName(network.vni), [...remote.values()])
    }
    // The routing mesh before any network goes: its veth into ingress goes with it.
    const ingress = state.networks.find((n) => n.network.ingress)
    // A mesh that cannot be programmed does not keep the rest from converging; the error
    // is the agent's to log, once the rest is done.
    const meshFailed = await this.mesh.apply(ingress, ingress ? this.sandboxPath(ingress.network.id) : null, swarmInUse(state)).then(
      () => null,
      (err: unknown) => err,
    )
    const dnsFailures: string[] = []
    const configs = new Map(state.networks.map((n) => [n.network.id, n.network]))
    for (const [taskId, networkIds] of [...this.attached]) {
      if (this.attaching.has(taskId)) continue
      await this.balance(taskId, networkIds)
      // Tasks adopted after a restart are answered again (their old sockets went with the
      // old daemon); for the others this only follows a change of their networks. One
      // task's failure does not keep the others unanswered.
      const external = hasExternalAccess(networkIds.map((id) => configs.get(id) ?? { internal: false }))
      await this.dns?.serve(taskId, `${this.dir}/${taskNsName(taskId)}`, networkIds, external).catch((err: Error) => dnsFailures.push(err.message))
    }
    if (meshFailed) throw new Error(`programming the routing mesh: ${meshFailed instanceof Error ? meshFailed.message : String(meshFailed)}`)
    if (dnsFailures.length) throw new Error(dnsFailures.join('; '))
  }

  // Deletes the sandbox of every network neither in the state nor used by an attached
  // task, found by name in the namespace dir, not in memory: a restarted agent removes what
  // an earlier one built. The namespace takes its bridge, VXLAN device and entries with it.
  // A sandbox kept only for a task still attached to a network gone from the state goes
  // too when a network of the state has its VNI (made again while this node was away):
  // both cannot exist at once, and that task is being stopped anyway.
  private async prune(): Promise<void> {
    const inState = new Set(this.state.networks.map((n) => sandboxName(n.network.id)))
    const wantedVnis = new Set(this.state.networks.map((n) => vxlanName(n.network.vni)))
    const keep = new Set(inState)
    for (const nets of [...this.attached.values(), ...this.attaching.values()]) for (const id of nets) keep.add(sandboxName(id))
    for (const name of native.netnsList(this.dir, 'sb-')) {
      if (!keep.has(name)) await this.deleteSandbox(name)
      else if (!inState.has(name)) {
        const links = await native.linkList(`${this.dir}/${name}`).catch(() => [])
        if (links.some((l) => l.kind === 'vxlan' && wantedVnis.has(l.name))) await this.deleteSandbox(name)
      }
    }
    for (const id of [...this.built.keys()]) if (!keep.has(sandboxName(id)) || !existsSync(this.sandboxPath(id))) this.built.delete(id)
  }

  // A sandbox's VXLAN devices are deleted before its namespace: a namespace unmounted is
  // dismantled later, by the kernel's cleanup work, and until then its device keeps its
  // VNI (a network built right after with that VNI would be refused).
  private async deleteSandbox(name: string): Promise<void> {
    const path = `${this.dir}/${name}`
    const links = await native.linkList(path).catch(() => [])
    const vxlans = links.filter((l) => l.kind === 'vxlan').map((l) => ({ op: 'delete' as const, name: l.name }))
    if (vxlans.length) await native.linkApply(path, vxlans)
    await native.netnsDelete(this.dir, name)
  }

  // `swarm leave`: every namespace this data plane made (sandboxes and tasks) goes.
  async leave(): Promise<void> {
    await this.dns?.stopAll()
    const meshFailed = await Promise.all([this.mesh.remove(), this.gateway.leave()]).then(
      () => null,
      (err: unknown) => err,
    )
    const names = native.netnsList(this.dir, '')
    for (const n of names) {
      if (n.startsWith('task-')) await native.netnsDelete(this.dir, n)
      else if (n.startsWith('sb-')) await this.deleteSandbox(n)
    }
    this.built.clear()
    this.attached.clear()
    this.balancers.clear()
    rmSync(this.recordFile, { force: true })
    if (meshFailed) throw meshFailed
  }

  private saveRecord(): void {
    const tmp = `${this.recordFile}.tmp`
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.attached)))
    renameSync(tmp, this.recordFile)
  }

  async close(): Promise<void> {
    // The kernel keeps what was programmed; only the DNS sockets are the daemon's.
    await this.dns?.stopAll()
  }

  // The state last applied (for `info` and tests).
  current(): LoadBalancerState {
    return this.state
  }
}

// docker's hasExternalAccess: a task on no network or on one that is not internal
// (--internal) has a way out, the gateway bridge (its default route), and its names outside
// the swarm are forwarded; a task only on internal networks has neither.
function hasExternalAccess(networks: readonly { internal: boolean }[]): boolean {
  return networks.length === 0 || networks.some((n) => !n.internal)
}
