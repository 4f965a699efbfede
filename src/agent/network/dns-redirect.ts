// Port 53 of the embedded DNS server's addresses, redirected inside a task's namespace to
// the ports its sockets were given (docker's DNAT of 127.0.0.11:53 to the resolver's random
// ports): the server holds no port 53 in the task's namespace, so a task may serve DNS
// itself on 0.0.0.0:53 (a DNS service in the swarm, as under docker). One nftables table of
// its own per namespace (`ip shoal_dns`), replaced whole in one transaction, so a restarted
// daemon's new ports take over at once; it goes with the namespace. Replies need no rule:
// conntrack undoes the DNAT on the way back, so the task sees them come from port 53.
import { execFile } from 'node:child_process'

export const DNS_TABLE = 'shoal_dns'

// Where the server listens for one of its addresses.
export interface Listening {
  address: string
  udpPort: number
  tcpPort: number
}

// The table, as `nft -f` takes it: created if absent, then deleted and made anew in the same
// transaction (nft's idiom for an atomic replace).
export function redirectScript(listening: readonly Listening[]): string {
  const rules = listening.flatMap((l) => [
    `    ip daddr ${l.address} udp dport 53 dnat to ${l.address}:${l.udpPort}`,
    `    ip daddr ${l.address} tcp dport 53 dnat to ${l.address}:${l.tcpPort}`,
  ])
  return [
    `table ip ${DNS_TABLE}`,
    `delete table ip ${DNS_TABLE}`,
    `table ip ${DNS_TABLE} {`,
    '  chain output {',
    '    type nat hook output priority -100; policy accept;',
    ...rules,
    '  }',
    '}',
    '',
  ].join('\n')
}

// `nft` runs here (checked once per process: without it the server takes port 53 itself).
let usable: Promise<boolean> | null = null
export function nftUsable(): Promise<boolean> {
  usable ??= new Promise((resolve) => execFile('nft', ['--version'], (err) => resolve(!err)))
  return usable
}

// Programs the redirect in the namespace at `netnsPath` (nsenter: nft runs inside it).
export function redirectPort53(netnsPath: string, listening: readonly Listening[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile('nsenter', [`--net=${netnsPath}`, '--', 'nft', '-f', '-'], { timeout: 10_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`redirecting port 53 to the embedded DNS: ${stderr.trim() || err.message}`))
      else resolve()
    })
    child.stdin!.end(redirectScript(listening))
  })
}
