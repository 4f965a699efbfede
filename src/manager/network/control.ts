// The networks API's logic (docker's /networks endpoints for swarm-scoped networks,
// SwarmKit's controlapi/network.go): validate, decide the subnet and VNI, write through the
// store. A network's subnet and VNI are decided here, when it is created, so that an
// exhausted pool or an overlap is an error of the create itself; addresses of services and
// tasks are the allocator's (src/manager/allocator/).
import { ShoalError, invalid, notFound } from '../errors'
import { newId } from '../ids'
import { TaskState } from '../../agent/types'
import { carveSubnet, contains, formatCidr, numberToIp, overlaps, parseCidr, parseSubnet, sizeOf, type Cidr } from '../allocator/ipam'
import { idOf, v1, WriteBatch, type Cluster, type ClusterStore, type Network, type StoreReader, type Task } from '../store'
import type { Shared } from '../mirror'
import { attachmentsOf } from '../allocator/needs'

// docker's defaults: networks without a subnet take /24s from 10.0.0.0/8; the ingress
// network is 10.0.0.0/24; VXLAN ids start at 4096 (below are left to local VLAN-ish uses).
export const DEFAULT_ADDR_POOL = ['10.0.0.0/8']
export const DEFAULT_SUBNET_SIZE = 24
export const INGRESS_NAME = 'ingress'
export const INGRESS_SUBNET = '10.0.0.0/24'
export const OVERLAY = 'overlay'
export const FIRST_VNI = 4096
const MAX_VNI = 2 ** 24 - 1
// docker's option under which `network inspect` shows the VNI.
export const VNI_OPTION = 'com.docker.network.driver.overlay.vxlanid_list'
// docker's network name rule (libnetwork's config.ValidateName and the CLI's).
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/

export interface NetworkFilters {
  name?: string[] // substrings, as docker's name filter
  id?: string[] // id prefixes
  label?: string[] // "key" or "key=value"
  driver?: string[]
  scope?: string[]
  type?: string[] // "custom" | "builtin"
}

// The cluster's default address pools, checked (swarm init). Empty: docker's defaults.
export function checkAddrPools(pools: readonly string[], size: number): { pools: Cidr[]; size: number } {
  const list = pools.length > 0 ? pools : DEFAULT_ADDR_POOL
  const sz = size || DEFAULT_SUBNET_SIZE
  if (!Number.isInteger(sz) || sz < 1 || sz > 29) throw invalid(`invalid default address pool mask length ${size}: must be between 1 and 29`)
  const parsed: Cidr[] = []
  for (const p of list) {
    const c = parseSubnet(p, 'default address pool')
    if (c.prefix > sz) throw invalid(`invalid default address pool ${p}: it is smaller than the /${sz} subnets it should hold (--default-addr-pool-mask-length)`)
    const other = parsed.find((q) => overlaps(q, c))
    if (other) throw invalid(`invalid default address pool ${p}: it overlaps with ${formatCidr(other)}`)
    parsed.push(c)
  }
  return { pools: parsed, size: sz }
}

export function poolsOf(cluster: Shared<Cluster> | null | undefined): { pools: Cidr[]; size: number } {
  return checkAddrPools(cluster?.spec?.defaultAddrPool ?? [], cluster?.spec?.subnetSize ?? 0)
}

// The lowest VNI no network holds.
function freeVni(networks: readonly Shared<Network>[]): number {
  const used = new Set(networks.map((n) => n.vni))
  for (let v = FIRST_VNI; v <= MAX_VNI; v++) if (!used.has(v)) return v
  throw new ShoalError('FailedPrecondition', 'no free VXLAN network identifier (VNI) left')
}

const nameOf = (n: Shared<Network>) => n.spec?.annotations?.name ?? ''

// The subnets networks hold, with their network's name (for overlap errors).
function takenSubnets(networks: readonly Shared<Network>[]): { cidr: Cidr; name: string }[] {
  const out: { cidr: Cidr; name: string }[] = []
  for (const n of networks) {
    for (const c of n.ipam?.configs ?? []) {
      const p = parseCidr(c.subnet ?? '')
      if (p) out.push({ cidr: { base: p.addr, prefix: p.prefix }, name: nameOf(n) })
    }
  }
  return out
}

// Decides a new network: its address plan (the subnet asked for, checked against every other
// network's, or one carved from the cluster's pools) and VNI. Throws, changing nothing, on
// any bad input. `networks`: every network in the store.
export function planNetwork(spec: v1.NetworkSpec, networks: readonly Shared<Network>[], cluster: Shared<Cluster> | null | undefined): Network {
  const name = spec.annotations?.name ?? ''
  if (!name) throw invalid('network name is required')
  if (!NAME_RE.test(name)) throw invalid(`invalid network name ${JSON.stringify(name)}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`)
  if (networks.some((n) => nameOf(n) === name)) throw new ShoalError('AlreadyExists', `network with name ${name} already exists`)
  const driver = spec.driver || OVERLAY
  if (driver !== OVERLAY) throw invalid(`network driver "${driver}" is not supported: swarm networks use the overlay driver`)
  if (spec.ingress) {
    // SwarmKit's order and words: the spec is checked before the ingress network's presence.
    if (spec.attachable) throw invalid('ingress network cannot be attachable')
    const other = networks.find((n) => n.spec?.ingress)
    if (other) throw new ShoalError('AlreadyExists', `ingress network ${nameOf(other)} (${idOf(other)}) is already present`)
  }
  const ipamDriver = spec.ipam?.driver || 'default'
  if (ipamDriver !== 'default') throw invalid(`IPAM driver "${ipamDriver}" is not supported: only "default"`)
  const asked = spec.ipam?.configs ?? []
  if (asked.length > 1) throw invalid('only one subnet per network is supported')
  const taken = takenSubnets(networks)
  let config: v1.IPAMConfig
  if (asked.length === 1 && asked[0].subnet) {
    const a = asked[0]
    const subnet = parseSubnet(a.subnet!)
    const clash = taken.find((t) => overlaps(t.cidr, subnet))
    if (clash) throw invalid(`invalid subnet ${a.subnet}: it overlaps with network ${clash.name} (${formatCidr(clash.cidr)})`)
    config = new v1.IPAMConfig({ subnet: formatCidr(subnet), ipRange: checkRange(a.ipRange ?? '', subnet), gateway: checkGateway(a.gateway ?? '', subnet) })
  } else {
    if (asked.length === 1 && (asked[0].gateway || asked[0].ipRange)) throw invalid('a gateway or IP range needs a subnet (--subnet)')
    const { pools, size } = poolsOf(cluster)
    const subnet = carveSubnet(
      pools,
      size,
      taken.map((t) => t.cidr),
    )
    if (!subnet) {
      throw new ShoalError('FailedPrecondition', `could not find an available subnet for network ${name}: the default address pools (${pools.map(formatCidr).join(', ')} in /${size}s) are exhausted; give one with --subnet`)
    }
    config = new v1.IPAMConfig({ subnet: formatCidr(subnet), ipRange: '', gateway: numberToIp(subnet.base + 1) })
  }
  return new v1.Network({
    meta: new v1.Meta({ id: newId() }),
    spec: new v1.NetworkSpec({ ...spec, driver }),
    ipam: new v1.IPAMOptions({ driver: 'default', configs: [config] }),
    vni: freeVni(networks),
  })
}

function checkGateway(gateway: string, subnet: Cidr): string {
  if (!gateway) return numberToIp(subnet.base + 1)
  const g = parseCidr(`${gateway}/32`)
  if (!g) throw invalid(`invalid gateway ${JSON.stringify(gateway)}: not an IPv4 address`)
  const last = subnet.base + sizeOf(subnet.prefix) - 1
  if (!contains(subnet, g.addr) || g.addr === subnet.base || g.addr === last) {
    throw invalid(`invalid gateway ${gateway}: not a usable address of subnet ${formatCidr(subnet)}`)
  }
  return gateway
}

function checkRange(range: string, subnet: Cidr): string {
  if (!range) return ''
  const r = parseSubnet(range, 'IP range')
  if (r.prefix < subnet.prefix || !contains(subnet, r.base)) throw invalid(`invalid IP range ${range}: not within subnet ${formatCidr(subnet)}`)
  return formatCidr(r)
}

// The ingress network `swarm init` creates (docker's: 10.0.0.0/24, Ingress: true), taken
// from the cluster's pools when 10.0.0.0/24 is not in them.
export function ingressNetwork(cluster: Shared<Cluster> | null | undefined): Network {
  const { pools } = poolsOf(cluster)
  const fixed = parseSubnet(INGRESS_SUBNET)
  const inPools = pools.some((p) => contains(p, fixed.base) && p.prefix <= fixed.prefix)
  const ipam = inPools ? new v1.IPAMOptions({ driver: 'default', configs: [new v1.IPAMConfig({ subnet: INGRESS_SUBNET })] }) : null
  return planNetwork(
    new v1.NetworkSpec({
      annotations: new v1.Annotations({ name: INGRESS_NAME, labels: {} }),
      driver: OVERLAY,
      ingress: true,
      ipam,
    }),
    [],
    cluster,
  )
}

// Resolves an id, a name or a unique id prefix, as docker does for networks.
export function findNetwork(view: Pick<StoreReader, 'get' | 'find' | 'list'>, ref: string): Shared<Network> {
  const exact = view.get('networks', ref) ?? view.find('networks', 'name', ref)[0]
  if (exact) return exact
  const byPrefix = ref ? view.list('networks').filter((n) => idOf(n).startsWith(ref)) : []
  if (byPrefix.length === 1) return byPrefix[0]
  if (byPrefix.length > 1) throw invalid(`network ${ref} is ambiguous (${byPrefix.length} matches found)`)
  throw notFound(`network ${ref} not found`)
}

// Whether a service's spec publishes a port through the routing mesh (and so is on the
// ingress network).
export function publishesIngress(spec: Shared<v1.IServiceSpec> | null | undefined): boolean {
  return (spec?.endpoint?.ports ?? []).some((p) => (p.publishMode || 'ingress') === 'ingress')
}

// Checks a service spec's networks and endpoint against the store, and resolves network
// names to ids in place (the spec is the caller's own, about to be written): unknown
// networks, the ingress network named explicitly, a network twice, published ingress ports
// without an ingress network or with dnsrr.
export function resolveServiceNetworks(spec: v1.IServiceSpec, view: Pick<StoreReader, 'get' | 'find' | 'list'>): void {
  const mode = spec.endpoint?.mode || 'vip'
  if (mode !== 'vip' && mode !== 'dnsrr') throw invalid(`invalid endpoint mode "${mode}": expected vip or dnsrr`)
  const attachments = spec.task?.networks ?? []
  const seen = new Set<string>()
  for (const a of attachments) {
    const n = findNetwork(view, a.target ?? '')
    if (n.spec?.ingress) throw invalid(`service cannot be explicitly attached to the ingress network "${nameOf(n)}"`)
    if (seen.has(idOf(n))) throw invalid(`network ${nameOf(n)} is given more than once`)
    seen.add(idOf(n))
    a.target = idOf(n)
  }
  if (publishesIngress(spec)) {
    if (mode === 'dnsrr') throw invalid('port published with ingress mode can\'t be used with dnsrr mode')
    if (!view.list('networks').some((n) => n.spec?.ingress)) throw new ShoalError('FailedPrecondition', 'service needs ingress network, but no ingress network is present')
  }
}

export class NetworkControl {
  constructor(private readonly store: ClusterStore) {}

  get(ref: string, view = this.store.view()): Network {
    return findNetwork(view, ref) as Network
  }

  list(filters: NetworkFilters = {}, view = this.store.view()): Network[] {
    return view.list('networks').filter((n) => {
      const name = nameOf(n)
      const labels = n.spec?.annotations?.labels ?? {}
      if (filters.name?.length && !filters.name.some((p) => name.includes(p))) return false
      if (filters.id?.length && !filters.id.some((p) => idOf(n).startsWith(p))) return false
      if (filters.driver?.length && !filters.driver.includes(n.spec?.driver || OVERLAY)) return false
      if (filters.scope?.length && !filters.scope.includes('swarm')) return false
      // docker calls the ingress network "builtin", those users create "custom".
      if (filters.type?.length && !filters.type.includes(n.spec?.ingress ? 'builtin' : 'custom')) return false
      for (const l of filters.label ?? []) {
        const eq = l.indexOf('=')
        const k = eq === -1 ? l : l.slice(0, eq)
        if (!(k in labels) || (eq !== -1 && labels[k] !== l.slice(eq + 1))) return false
      }
      return true
    })
  }

  async create(spec: v1.NetworkSpec): Promise<Network> {
    const view = this.store.view()
    const network = planNetwork(spec, view.list('networks'), view.list('clusters')[0])
    // A racing create that picked the same name, subnet or VNI is refused by the unique
    // indexes (store.ts): no two networks ever share one.
    try {
      await this.store.write((b) => b.create('networks', network))
    } catch (err) {
      if ((err as ShoalError).code === 'AlreadyExists') throw new ShoalError('Conflict', `network ${nameOf(network)} was not created: another network was created at the same time with the same name, subnet or VNI; try again`)
      throw err
    }
    return network
  }

  // Refused while a service is on the network (its spec names it; for the ingress network,
  // while a service publishes an ingress port) or a task still holds an address on it.
  async remove(ref: string): Promise<void> {
    const view = this.store.view()
    const network = findNetwork(view, ref)
    const id = idOf(network)
    const users = view
      .list('services')
      .filter((s) => (network.spec?.ingress ? publishesIngress(s.spec) : (s.spec?.task?.networks ?? []).some((a) => a.target === id)))
      .map((s) => s.spec?.annotations?.name ?? idOf(s))
    if (users.length > 0) {
      throw new ShoalError('Conflict', `network ${nameOf(network)} is in use by service${users.length > 1 ? 's' : ''} ${users.sort().join(', ')}`)
    }
    // A task of a removed service that never reached a node will never run (the reaper
    // deletes it): it holds nothing, so `docker stack rm`, which removes the networks right
    // after the services, is not refused for it.
    const gone = (t: Shared<Task>) => (t.status?.state ?? 0) < TaskState.ASSIGNED && !view.get('services', t.serviceId)
    const tasks = view.list('tasks').filter((t) => (t.status?.state ?? 0) < TaskState.COMPLETE && !gone(t) && attachmentsOf(t).some((a) => a.networkId === id))
    if (tasks.length > 0) throw new ShoalError('Conflict', `network ${nameOf(network)} is in use by task${tasks.length > 1 ? 's' : ''} ${tasks.slice(0, 5).map(idOf).join(', ')}${tasks.length > 5 ? ', ...' : ''}`)
    await this.store.write((b) => b.delete('networks', id, Number(network.meta!.version)))
  }
}

// Adds the ingress network to a bootstrap write when the store has none (swarm init).
export function addIngress(batch: WriteBatch, view: Pick<StoreReader, 'list'>, cluster: Shared<Cluster>): void {
  if (view.list('networks').some((n) => n.spec?.ingress)) return
  batch.create('networks', ingressNetwork(cluster))
}

