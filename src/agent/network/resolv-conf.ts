// resolv.conf(5) as the embedded DNS server needs it: the host's (its resolvers are the
// upstreams of names that are not the swarm's; process tasks read it too, sharing the
// host's file system) and the one a container on overlay networks is given.
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'

// Docker's address for the embedded server in every container.
export const EMBEDDED_DNS_ADDR = '127.0.0.11'

export const HOST_RESOLV_CONF = '/etc/resolv.conf'

export interface ResolvConf {
  nameservers: string[]
  search: string[]
  options: string[]
}

// The lines of resolv.conf(5) the embedded server needs. glibc: with no nameserver line,
// the resolver is the local host.
export function parseResolvConf(text: string): ResolvConf {
  const out: ResolvConf = { nameservers: [], search: [], options: [] }
  for (const raw of text.split('\n')) {
    const [key, ...values] = raw.replace(/[#;].*$/, '').trim().split(/\s+/)
    if (key === 'nameserver' && values[0] && isIP(values[0].split('%')[0])) out.nameservers.push(values[0].split('%')[0])
    else if (key === 'search' || key === 'domain') out.search = values
    else if (key === 'options') out.options.push(...values)
  }
  return out
}

export function readResolvConf(file: string): ResolvConf {
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    // No file: glibc's defaults (the local host).
  }
  const conf = parseResolvConf(text)
  if (conf.nameservers.length === 0) conf.nameservers.push('127.0.0.1')
  return conf
}

// The resolv.conf of a container on overlay networks (docker's for user-defined networks):
// the embedded server, the host's search domains and options, and ndots:0 so a service's
// bare name is asked as it is first.
export function containerResolvConf(host: ResolvConf): string {
  const lines = [`nameserver ${EMBEDDED_DNS_ADDR}`]
  if (host.search.length) lines.push(`search ${host.search.join(' ')}`)
  const options = host.options.filter((o) => !o.startsWith('ndots:'))
  lines.push(`options ${[...options, 'ndots:0'].join(' ')}`)
  return `${lines.join('\n')}\n`
}

