// DNS for tests: queries made from inside a network namespace (as a task asks), and a small
// upstream resolver standing in for the host's (so nothing goes to the internet). Both speak
// DNS through dns-packet.
import { execFile } from 'node:child_process'
import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { createServer, type Server } from 'node:net'
import * as packet from 'dns-packet'
import * as native from '../../src/native'
import { frame, unframe } from '../../src/agent/network/dns-wire'

export interface QueryResult {
  rcode: string
  truncated: boolean
  authoritative: boolean
  addresses: string[] // the data of the A/AAAA answers, in order
  names?: string[] // PTR queries: the data of the PTR answers, in order
}

// Asks `server`:53 for `name` from inside the namespace `enter` selects (nsenter's options:
// ['--net=PATH'] or ['-t', PID, '-n']), over UDP or TCP. 'timeout' when nothing answered.
export async function queryFrom(enter: string[], server: string, name: string, opts: { type?: 'A' | 'AAAA' | 'TXT' | 'PTR'; tcp?: boolean } = {}): Promise<QueryResult | 'timeout'> {
  const q = packet.encode({ type: 'query', id: 4242, flags: packet.RECURSION_DESIRED, questions: [{ type: opts.type ?? 'A', class: 'IN', name }] })
  const code = `
    const q = Buffer.from(${JSON.stringify(q.toString('base64'))}, 'base64')
    const out = (b) => { process.stdout.write(b ? b.toString('base64') : 'timeout'); process.exit(0) }
    setTimeout(() => out(null), 4000)
    if (${Boolean(opts.tcp)}) {
      const c = require('net').connect({ host: ${JSON.stringify(server)}, port: 53 })
      let got = Buffer.alloc(0)
      c.on('connect', () => { const l = Buffer.alloc(2); l.writeUInt16BE(q.length); c.write(Buffer.concat([l, q])) })
      c.on('data', (d) => { got = Buffer.concat([got, d]); if (got.length >= 2 && got.length >= 2 + got.readUInt16BE(0)) out(got.subarray(2, 2 + got.readUInt16BE(0))) })
      c.on('error', () => out(null))
    } else {
      const s = require('dgram').createSocket('udp4')
      s.on('message', (m) => out(m))
      s.send(q, 53, ${JSON.stringify(server)})
    }`
  const stdout = await nsenter(enter, code)
  if (stdout === 'timeout') return 'timeout'
  const reply = decodeReply(Buffer.from(stdout, 'base64'))
  return {
    rcode: reply.rcode,
    truncated: reply.flag_tc,
    authoritative: reply.flag_aa,
    addresses: (reply.answers ?? []).filter((a) => a.type === 'A' || a.type === 'AAAA').map(dataOf),
    ...(opts.type === 'PTR' ? { names: (reply.answers ?? []).filter((a) => a.type === 'PTR').map(dataOf) } : {}),
  }
}

// A reply as dns-packet decodes it, with the fields its type declarations leave out.
export function decodeReply(buf: Buffer): packet.DecodedPacket & { rcode: string; opcode: string } {
  return packet.decode(buf) as packet.DecodedPacket & { rcode: string; opcode: string }
}

// An answer's data as text (an address for A and AAAA).
export const dataOf = (a: packet.Answer): string => String((a as { data?: unknown }).data)

// The result of a query that must have been answered.
export function answered(r: QueryResult | 'timeout'): QueryResult {
  if (r === 'timeout') throw new Error('the query was not answered')
  return r
}

// What getaddrinfo(3) (Node's dns.lookup: glibc, /etc/resolv.conf as the host has it)
// gives for `name` inside the namespace `enter` selects: the IPv4 addresses, or the error code.
export async function lookupFrom(enter: string[], name: string): Promise<string[] | string> {
  const code = `require('dns').lookup(${JSON.stringify(name)}, { all: true, family: 4 }, (err, a) => console.log(JSON.stringify(err ? err.code : a.map((x) => x.address))))`
  return JSON.parse((await nsenter(enter, code)).trim())
}

// What `node -e code` prints, run inside the namespace `enter` selects. Asynchronous: the
// server asked may live in this very process.
export function nsenter(enter: string[], code: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('nsenter', [...enter, process.execPath, '-e', code], { encoding: 'utf8', timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`nsenter ${enter.join(' ')}: ${stderr || err.message}`))
      else resolve(stdout)
    })
  })
}

// An upstream resolver for tests: answers A queries for its own names, NXDOMAIN for any
// other, on UDP and TCP port 53 of `address`, in the namespace at `netnsPath` (sockets made
// there by the addon) or in the test's own when null. Counts the queries it saw.
export class TestResolver {
  readonly seen: string[] = []
  private udp: UdpSocket | null = null
  private tcp: Server | null = null

  constructor(private readonly records: Record<string, string>) {}

  async start(address: string, netnsPath: string | null): Promise<void> {
    const udp = createSocket('udp4')
    udp.on('message', (m, from) => {
      const r = this.reply(m)
      if (r) udp.send(r, from.port, from.address)
    })
    udp.on('error', () => undefined)
    const tcp = createServer((c) => {
      let pending: Buffer = Buffer.alloc(0)
      c.on('error', () => undefined)
      c.on('data', (d) => {
        const { messages, rest } = unframe(Buffer.concat([pending, d]))
        pending = rest
        for (const m of messages) {
          const r = this.reply(m)
          if (r) c.write(frame(r))
        }
      })
    })
    this.udp = udp
    this.tcp = tcp
    if (netnsPath) {
      const [u, t] = [await native.netnsListen(netnsPath, 'udp', address, 53), await native.netnsListen(netnsPath, 'tcp', address, 53)]
      await new Promise<void>((resolve) => udp.bind({ fd: u }, resolve))
      await new Promise<void>((resolve) => tcp.listen({ fd: t }, resolve))
    } else {
      await new Promise<void>((resolve, reject) => udp.once('error', reject).bind(53, address, resolve))
      await new Promise<void>((resolve, reject) => tcp.once('error', reject).listen(53, address, resolve))
    }
  }

  private reply(query: Buffer): Buffer | null {
    let q: packet.DecodedPacket
    try {
      q = packet.decode(query)
    } catch {
      return null
    }
    const question = q.questions?.[0]
    if (!question) return null
    this.seen.push(question.name)
    const data = question.type === 'A' ? this.records[question.name.toLowerCase()] : undefined
    const known = question.name.toLowerCase() in this.records
    return packet.encode({
      type: 'response',
      id: q.id,
      flags: packet.RECURSION_AVAILABLE | (known ? 0 : 3), // 3: NXDOMAIN
      questions: [question],
      answers: data ? [{ type: 'A', class: 'IN', name: question.name, ttl: 60, data }] : [],
    })
  }

  async stop(): Promise<void> {
    this.udp?.close()
    await new Promise<void>((resolve) => (this.tcp ? this.tcp.close(() => resolve()) : resolve()))
    this.udp = null
    this.tcp = null
  }
}
