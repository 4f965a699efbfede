// The subnets a node's data plane takes for itself, chosen as docker chooses
// docker_gwbridge's: the gateway bridge's (gateway.ts) and the routing mesh's link to its
// sandbox (mesh.ts), each the first of its candidates that overlaps nothing in use, or an
// error naming what each candidate collided with. In use:
//   - the host's routes in the node's namespace (main table, as /proc/net/route lists it:
//     the kernel's own listing, read through nsenter as kernel.ts does /proc/sys; the
//     addon's netlink programs links and routes but has no route dump, and a dump would
//     need the addon rebuilt for what one file read gives), leaving out the default route
//     and shoal's own devices (a restarted agent keeps what it made);
//   - the swarm's address space: its default address pools (every overlay subnet not given
//     explicitly comes from them, now or later) and the subnets of the networks this node
//     is on (an explicit --subnet may lie outside the pools).
// Addresses and prefixes are the manager's IPv4 arithmetic (allocator/ipam.ts).
import { readFileSync } from 'node:fs'
import { endianness } from 'node:os'
import { formatCidr, overlaps, parseSubnet, type Cidr } from '../../manager/allocator/ipam'
import { runIn } from './kernel'
import type { LoadBalancerState, NetworkConfig } from './types'

// Something a subnet must not overlap, and how to name it in an error.
export interface InUse {
  cidr: Cidr
  what: string // e.g. "the host's route 172.18.0.0/16 dev eth1", "address pool 10.0.0.0/8"
}

// docker's local address pools after docker0's 172.17.0.0/16: the /16s of 172.18-31, then
// 192.168.0.0/16 in /20s.
export const GATEWAY_CANDIDATES: readonly string[] = [
  ...Array.from({ length: 14 }, (_, i) => `172.${18 + i}.0.0/16`),
  ...Array.from({ length: 16 }, (_, i) => `192.168.${i * 16}.0/20`),
]

// The mesh link: a /30 of 169.254.217.0/24 (link-local: never routed beyond a host).
export const MESH_LINK_CANDIDATES: readonly string[] = Array.from({ length: 64 }, (_, i) => `169.254.217.${i * 4}/30`)

// The first candidate overlapping nothing in `inUse`; else an error naming, for each thing
// in use that blocked candidates, the candidates it blocked.
export function chooseSubnet(purpose: string, candidates: readonly string[], inUse: readonly InUse[]): string {
  const blockedBy = new Map<string, string[]>()
  for (const candidate of candidates) {
    const c = parseSubnet(candidate)
    const hit = inUse.find((u) => overlaps(u.cidr, c))
    if (!hit) return candidate
    blockedBy.set(hit.what, [...(blockedBy.get(hit.what) ?? []), candidate])
  }
  const why = [...blockedBy].map(([what, cs]) => `${cs.length === 1 ? cs[0] : `${cs[0]} … ${cs[cs.length - 1]}`} overlap${cs.length === 1 ? 's' : ''} ${what}`)
  throw new Error(`no free subnet for ${purpose}: ${why.join('; ')}`)
}

// The swarm's address space as this node knows it from its network state.
export function swarmInUse(state: LoadBalancerState): InUse[] {
  const out: InUse[] = []
  for (const pool of state.addressPools ?? []) out.push({ cidr: parseSubnet(pool), what: `the swarm's address pool ${pool}` })
  for (const { network } of state.networks) if (network.subnet) out.push(networkInUse(network))
  return out
}

// A network's subnet, as what it is.
export const networkInUse = (n: Pick<NetworkConfig, 'name' | 'subnet'>): InUse => ({ cidr: parseSubnet(n.subnet), what: `network ${n.name} (${n.subnet})` })

// One /proc/net/route line's destination: host byte order, in hex.
const hexAddress = (hex: string): number => {
  const b = Buffer.from(hex.padStart(8, '0'), 'hex')
  return endianness() === 'LE' ? b.readUInt32LE(0) : b.readUInt32BE(0)
}
const prefixOfMask = (mask: number): number => {
  let n = 0
  for (let m = mask; m !== 0; m = (m << 1) >>> 0) n++
  return n
}

// A route of the node's main table (the default route left out).
export interface Route {
  cidr: Cidr
  dev: string
}

// The routes of a /proc/net/route listing.
export function parseRoutes(text: string): Route[] {
  const out: Route[] = []
  for (const line of text.split('\n').slice(1)) {
    const [dev, dest, , , , , , mask] = line.trim().split(/\s+/)
    if (!dev || !mask) continue
    const prefix = prefixOfMask(hexAddress(mask))
    if (prefix > 0) out.push({ cidr: { base: hexAddress(dest), prefix }, dev })
  }
  return out
}

// The routes in namespace `netns` (null: the daemon's own).
export async function readRoutes(netns: string | null): Promise<Route[]> {
  return parseRoutes(netns === null ? readFileSync('/proc/net/route', 'utf8') : await runIn(netns, 'cat', ['/proc/net/route'], ''))
}

// What the host's routes keep a subnet of ours from overlapping: all but those of our
// `own` devices and, with `broaderThan`, those with a shorter prefix (a catch-all such as
// zeroconf's 169.254.0.0/16 on an interface does not keep a more specific link from working).
export function routesInUse(routes: readonly Route[], own: readonly string[], broaderThan = 0): InUse[] {
  return routes.filter((r) => !own.includes(r.dev) && r.cidr.prefix >= broaderThan).map((r) => ({ cidr: r.cidr, what: `the host's route ${formatCidr(r.cidr)} dev ${r.dev}` }))
}
