// Swarm addresses as docker takes them: IP, IP:PORT, [IPv6]:PORT, or a network interface
// name (its first IPv4 address), with port 2377 when none is given.
import * as net from 'node:net'
import * as os from 'node:os'
import { invalid } from '../manager/errors'
import { BOUNDS, checkBytes } from '../manager/bounds'

export const DEFAULT_SWARM_PORT = 2377

export interface HostPort {
  host: string
  port: number
}

export const formatAddr = (a: HostPort) => (net.isIPv6(a.host) ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`)

export function parseAddr(raw: string, what: string, defaultPort = DEFAULT_SWARM_PORT): HostPort {
  if (typeof raw !== 'string') throw invalid(`invalid ${what} ${JSON.stringify(raw)}: must be a string`)
  checkBytes(raw, BOUNDS.address, what)
  const s = raw.trim()
  let host = s
  let port = defaultPort
  const v6 = /^\[([^\]]+)\](?::(.*))?$/.exec(s)
  if (v6) {
    host = v6[1]
    if (v6[2] !== undefined) port = parsePort(v6[2], raw, what)
  } else if (s.split(':').length === 2) {
    const [h, p] = s.split(':')
    host = h
    port = parsePort(p, raw, what)
  }
  if (host === '') throw invalid(`invalid ${what} "${raw}": missing host`)
  if (net.isIP(host)) return { host, port }
  const iface = os.networkInterfaces()[host]
  const v4 = iface?.find((a) => a.family === 'IPv4')
  if (v4) return { host: v4.address, port }
  throw invalid(`invalid ${what} "${raw}": must be an IP address or a network interface name, optionally with :PORT`)
}

function parsePort(p: string, raw: string, what: string): number {
  const port = Number(p)
  if (!/^\d+$/.test(p) || port < 1 || port > 65535) throw invalid(`invalid ${what} "${raw}": port must be 1-65535`)
  return port
}

// The address other nodes reach this one at, when none was given: the listen address if
// it is specific, else the machine's only non-loopback IPv4 address, else loopback.
export function defaultAdvertise(listen: HostPort): HostPort {
  if (listen.host !== '0.0.0.0' && listen.host !== '::') return listen
  const addrs = Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
  if (addrs.length > 1) {
    throw invalid(
      `could not choose an IP address to advertise since this system has multiple addresses (${addrs.map((a) => a.address).join(', ')}): use --advertise-addr`,
    )
  }
  return { host: addrs[0]?.address ?? '127.0.0.1', port: listen.port }
}
