// IPv4 address management for overlay networks: parsing and checking subnets, carving a
// network's subnet out of the cluster's default address pools, and handing out addresses
// within a subnet. Pure functions and a small pool class; the allocator (allocator.ts)
// rebuilds the pools from the store on every pass, so nothing here is persisted.
//
// Written here rather than taken from a library: what shoal needs is 32-bit arithmetic on
// IPv4 prefixes (node's net.isIPv4 validates the dotted quad; ipaddr.js and the like parse
// and match but do not carve subnets or allocate, which is the part that matters). IPv6
// overlays are not supported (docker's need --ipv6; shoal's API refuses them).
import { isIPv4 } from 'node:net'
import { invalid } from '../errors'

export interface Cidr {
  base: number // the network address, as an unsigned 32-bit number
  prefix: number // 0..32
}

export function ipToNumber(ip: string): number {
  const p = ip.split('.')
  return ((+p[0] << 24) | (+p[1] << 16) | (+p[2] << 8) | +p[3]) >>> 0
}

export function numberToIp(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`
}

// The number of addresses in a prefix of this length.
export const sizeOf = (prefix: number): number => 2 ** (32 - prefix)

export function formatCidr(c: Cidr): string {
  return `${numberToIp(c.base)}/${c.prefix}`
}

// "10.0.1.0/24" → Cidr, or null when it is not an IPv4 CIDR. The address need not be the
// network address (see parseSubnet for the check that it is).
export function parseCidr(s: string): { addr: number; prefix: number } | null {
  const m = /^([0-9.]+)\/([0-9]{1,2})$/.exec(s.trim())
  if (!m || !isIPv4(m[1])) return null
  const prefix = Number(m[2])
  if (prefix > 32) return null
  return { addr: ipToNumber(m[1]), prefix }
}

const maskOf = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0)

// A subnet as a user gives it (--subnet, --default-addr-pool): an IPv4 network address and
// prefix length. `what` names the input in the error ("subnet", "default address pool").
// Overlay subnets need room for a gateway and at least one task: /30 at the smallest
// (/31 and /32 hold no usable address once network and broadcast are taken).
export function parseSubnet(s: string, what = 'subnet'): Cidr {
  const c = parseCidr(s)
  if (!c) throw invalid(`invalid ${what} ${JSON.stringify(s)}: not an IPv4 CIDR such as 10.0.1.0/24`)
  const base = (c.addr & maskOf(c.prefix)) >>> 0
  if (base !== c.addr) throw invalid(`invalid ${what} ${s}: it must be ${formatCidr({ base, prefix: c.prefix })} (host bits set)`)
  if (c.prefix > 30) throw invalid(`invalid ${what} ${s}: a /${c.prefix} has no room for a gateway and tasks (at most /30)`)
  return { base, prefix: c.prefix }
}

export function contains(c: Cidr, addr: number): boolean {
  return ((addr & maskOf(c.prefix)) >>> 0) === c.base
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  const p = Math.min(a.prefix, b.prefix)
  return ((a.base & maskOf(p)) >>> 0) === ((b.base & maskOf(p)) >>> 0)
}

// The first block of `/size` inside one of `pools` (in order) that overlaps none of
// `taken`; null when every pool is full. Deterministic: the same store gives the same
// answer on every manager, which is what lets two racing creates collide on the unique
// subnet index instead of both succeeding (network/control.ts).
export function carveSubnet(pools: readonly Cidr[], size: number, taken: readonly Cidr[]): Cidr | null {
  const sorted = [...taken].sort((a, b) => a.base - b.base)
  for (const pool of pools) {
    if (size < pool.prefix) continue
    const step = sizeOf(size)
    const end = pool.base + sizeOf(pool.prefix)
    let at = pool.base
    while (at + step <= end) {
      const candidate = { base: at, prefix: size }
      const hit = sorted.find((t) => overlaps(t, candidate))
      if (!hit) return candidate
      // Skip past the taken range, aligned to the block size.
      const past = Math.max(hit.base + sizeOf(hit.prefix), at + step)
      at = Math.ceil((past - pool.base) / step) * step + pool.base
    }
  }
  return null
}

// The addresses of one network's subnet: the network and broadcast addresses and the
// gateway are never handed out. Allocation is serial (the next free address after the
// last one handed out, wrapping), as docker's swarm IPAM does, so an address just freed is
// not at once given to another task while peers may still cache it (ARP, conntrack).
// Rebuilt from the store, the cursor starts after the highest address in use.
export class AddressPool {
  private readonly used = new Set<number>()
  private cursor: number
  private readonly first: number
  private readonly last: number
  readonly gateway: number

  constructor(
    readonly subnet: Cidr,
    gateway?: number,
    // Where tasks take addresses from (docker's --ip-range); default the whole subnet.
    range: Cidr = subnet,
  ) {
    this.first = range.base === subnet.base ? subnet.base + 1 : range.base
    const rangeEnd = range.base + sizeOf(range.prefix) - 1
    const subnetEnd = subnet.base + sizeOf(subnet.prefix) - 1
    this.last = rangeEnd === subnetEnd ? subnetEnd - 1 : rangeEnd
    this.gateway = gateway ?? subnet.base + 1
    this.cursor = this.first
  }

  get prefix(): number {
    return this.subnet.prefix
  }

  // How many addresses are held.
  get held(): number {
    return this.used.size
  }

  // Records an address found in the store as taken; false when it was taken already (two
  // objects claim it: the caller gives the later one a new address) or is not this subnet's.
  claim(addr: number): boolean {
    if (!contains(this.subnet, addr) || addr === this.gateway || this.used.has(addr)) return false
    this.used.add(addr)
    if (addr >= this.first && addr <= this.last && addr >= this.cursor) this.cursor = addr + 1 > this.last ? this.first : addr + 1
    return true
  }

  // The next free address, or null when the range is full.
  allocate(): number | null {
    const span = this.last - this.first + 1
    for (let i = 0, a = this.cursor; i < span; i++, a = a === this.last ? this.first : a + 1) {
      if (a === this.gateway || this.used.has(a)) continue
      this.used.add(a)
      this.cursor = a === this.last ? this.first : a + 1
      return a
    }
    return null
  }

  release(addr: number): void {
    this.used.delete(addr)
  }

  // CIDR notation for an address of this pool, as docker writes task addresses.
  cidrOf(addr: number): string {
    return `${numberToIp(addr)}/${this.subnet.prefix}`
  }
}

// An address written as docker writes them ("10.0.1.5/24") → the address as a number, or
// null when it is not one.
export function addressOf(s: string): number | null {
  const c = parseCidr(s)
  if (c) return c.addr
  return isIPv4(s) ? ipToNumber(s) : null
}
