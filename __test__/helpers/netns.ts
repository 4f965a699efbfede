// Test networks made of Linux network namespaces: one namespace per "host", each with one
// veth link into a bridge that lives in a namespace of its own. Nothing is created in the
// namespace the tests run in, so addresses (10.x) and traffic stay inside the test's
// namespaces, and a run cannot collide with another run or with the machine's own network.
// Names carry a random tag (shoal-t-<tag>-N) so concurrent runs never share one.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

function ip(args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('ip', args, { encoding: 'utf8', timeout: 10_000 })
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim() }
}

function must(args: string[]): void {
  const r = ip(args)
  if (!r.ok) throw new Error(`ip ${args.join(' ')}: ${r.out}`)
}

// Why namespace tests cannot run here, or null when they can. Probes by creating and
// deleting one namespace: being root is not enough inside some containers.
export function netnsUnavailable(): string | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'network namespace tests need root (run as root to include them)'
  const v = spawnSync('ip', ['-V'], { encoding: 'utf8' })
  if (v.error || v.status !== 0) return 'network namespace tests need the "ip" command (iproute2), which is missing'
  const probe = `shoal-t-${randomBytes(3).toString('hex')}-probe`
  const add = ip(['netns', 'add', probe])
  if (!add.ok) return `cannot create network namespaces here: ${add.out}`
  ip(['netns', 'del', probe])
  return null
}

export interface Host {
  ns: string
  addr: string // its IPv4 address on the test network
  link: string // its veth end inside the bridge namespace (down = host cut off)
}

export class TestNetwork {
  readonly tag = randomBytes(3).toString('hex')
  readonly bridgeNs = `shoal-t-${this.tag}-br`
  readonly hosts: Host[] = []
  private readonly created: string[] = []

  // subnet: the first three octets, e.g. "10.213.0"; hosts get .10, .11, ...
  constructor(private readonly subnet = '10.213.0') {}

  // Creates the bridge and `count` hosts. On failure, whatever was made is removed.
  setup(count: number): this {
    try {
      this.addNs(this.bridgeNs)
      must(['-n', this.bridgeNs, 'link', 'set', 'lo', 'up'])
      must(['-n', this.bridgeNs, 'link', 'add', 'br0', 'type', 'bridge'])
      must(['-n', this.bridgeNs, 'link', 'set', 'br0', 'up'])
      for (let i = 0; i < count; i++) {
        const ns = `shoal-t-${this.tag}-${i}`
        const link = `h${i}`
        const addr = `${this.subnet}.${10 + i}`
        this.addNs(ns)
        must(['-n', ns, 'link', 'set', 'lo', 'up'])
        // Both ends are born where they belong: h<i> in the bridge namespace, eth0 in the host's.
        must(['-n', this.bridgeNs, 'link', 'add', link, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns])
        must(['-n', this.bridgeNs, 'link', 'set', link, 'master', 'br0'])
        must(['-n', this.bridgeNs, 'link', 'set', link, 'up'])
        must(['-n', ns, 'addr', 'add', `${addr}/24`, 'dev', 'eth0'])
        must(['-n', ns, 'link', 'set', 'eth0', 'up'])
        this.hosts.push({ ns, addr, link })
      }
      return this
    } catch (err) {
      this.teardown()
      throw err
    }
  }

  // Cuts a host off the network (its link into the bridge goes down) or reconnects it.
  setConnected(host: Host, up: boolean): void {
    must(['-n', this.bridgeNs, 'link', 'set', host.link, up ? 'up' : 'down'])
  }

  // Drops, inside `host`'s namespace, what it receives from (`inbound`) and/or sends to
  // (`outbound`) the given addresses: a partition when both, one-way loss when one. Rules
  // live in a table of their own (inet shoal_fault), replaced on each call; heal() removes
  // it. The namespace takes the table with it when it is deleted.
  block(host: Host, addrs: string[], dirs: { inbound: boolean; outbound: boolean }): void {
    const set = addrs.length ? `{ ${addrs.join(', ')} }` : null
    const rules = [
      'table inet shoal_fault {',
      `  chain input { type filter hook input priority 0;${dirs.inbound && set ? ` ip saddr ${set} drop;` : ''} }`,
      `  chain output { type filter hook output priority 0;${dirs.outbound && set ? ` ip daddr ${set} drop;` : ''} }`,
      '}',
    ].join('\n')
    this.heal(host)
    nft(host.ns, ['-f', '-'], rules)
  }

  // Removes what block() added in `host`'s namespace (nothing when there is none).
  heal(host: Host): void {
    if (nft(host.ns, ['list', 'tables'], undefined).includes('inet shoal_fault')) nft(host.ns, ['delete', 'table', 'inet', 'shoal_fault'], undefined)
  }

  // Deletes every namespace this network made (their veth links and the bridge go with
  // them). Processes must have been stopped first: a namespace lives on while a process
  // is in it. Returns what could not be deleted.
  teardown(): string[] {
    const failed: string[] = []
    for (const ns of this.created.splice(0).reverse()) {
      const r = ip(['netns', 'del', ns])
      if (!r.ok) failed.push(`${ns}: ${r.out}`)
    }
    return failed
  }

  // Tears the network down with the daemons running in it: the daemons first, then any
  // process still in one of its namespaces (a namespace outlives its deletion while
  // anything runs in it), then the namespaces, which take their links and the bridge with
  // them. Returns what is left over: namespaces that could not be deleted or are still
  // listed (none when all went).
  async destroyWith(daemons: { destroy(): Promise<void> }[]): Promise<string[]> {
    await Promise.allSettled(daemons.map((d) => d.destroy()))
    for (const h of this.hosts) {
      for (const pid of pidsInNetns(h.ns)) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {}
      }
    }
    const failed = this.teardown()
    const left = ip(['netns', 'list']).out.split('\n').filter((l) => l.includes(`shoal-t-${this.tag}`))
    return [...failed, ...left]
  }

  private addNs(ns: string): void {
    must(['netns', 'add', ns])
    this.created.push(ns)
  }
}

// `nft ARGS` inside namespace `ns`, with `input` on stdin; its output, or an error.
function nft(ns: string, args: string[], input: string | undefined): string {
  const r = spawnSync('ip', ['netns', 'exec', ns, 'nft', ...args], { encoding: 'utf8', timeout: 10_000, input })
  if (r.status !== 0) throw new Error(`nft ${args.join(' ')} in ${ns}: ${r.stderr || r.error?.message}`)
  return r.stdout
}

// Every process whose network namespace is `ns` (found through /proc, as `ip netns pids`).
export function pidsInNetns(ns: string): number[] {
  const r = ip(['netns', 'pids', ns])
  if (!r.ok) return []
  return r.out
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
}

// What `n` TCP connections to addr:port read, made from inside a network namespace that
// `enter` selects (nsenter's options: ['--net=PATH'], or ['-t', PID, '-n'] for a
// process's), each with up to `tries` tries of 2 s, `retryMs` apart ('unreachable' when
// none connected). Bounded: at most n * tries attempts, the whole run at most 60 s.
export function tcpReadsFrom(enter: string[], addr: string, port: number, opts: { n?: number; tries?: number; retryMs?: number } = {}): string[] {
  const { n = 1, tries = 5, retryMs = 200 } = opts
  const code = `
    const net = require('net')
    const one = () => new Promise((resolve) => {
      let tries = 0
      const go = () => {
        const s = net.connect({ host: ${JSON.stringify(addr)}, port: ${port}, timeout: 2000 })
        let got = ''
        s.on('data', (d) => (got += d))
        s.on('end', () => resolve(got))
        const retry = () => { s.destroy(); if (++tries < ${tries}) setTimeout(go, ${retryMs}); else resolve('unreachable') }
        s.on('timeout', retry)
        s.on('error', retry)
      }
      go()
    })
    ;(async () => { const out = []; for (let i = 0; i < ${n}; i++) out.push(await one()); console.log(JSON.stringify(out)) })()`
  const r = spawnSync('nsenter', [...enter, process.execPath, '-e', code], { encoding: 'utf8', timeout: 60_000 })
  if (r.status !== 0) throw new Error(`connecting from nsenter ${enter.join(' ')}: ${r.stderr || r.error?.message || `exit ${r.status}`}`)
  return JSON.parse(r.stdout.trim())
}

// What shoal left in namespace `ns` (a test host's): its nftables tables and every link
// besides lo and the host's eth0, one line each ("table ip shoal_mesh", "link shoal-ingress").
export function shoalLeftovers(ns: string): string[] {
  const tables = nft(ns, ['list', 'tables'], undefined)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('table ') && l.includes('shoal') && !l.includes('shoal_fault'))
  // The node rules' iptables form (where the kernel has no nftables for IPv4): chains SHOAL-*.
  const chains = spawnSync('ip', ['netns', 'exec', ns, 'iptables-legacy-save', '-t', 'nat'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((l) => l.startsWith(':SHOAL-'))
    .map((l) => `iptables chain ${l.slice(1).split(' ')[0]}`)
  const links = ip(['-n', ns, '-o', 'link', 'show'])
    .out.split('\n')
    .map((l) => l.split(':')[1]?.trim().split('@')[0])
    .filter((n): n is string => !!n && n !== 'lo' && n !== 'eth0')
    .map((n) => `link ${n}`)
  return [...tables, ...chains, ...links]
}
