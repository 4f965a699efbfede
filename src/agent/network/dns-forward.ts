// The host's resolvers, as the embedded DNS server asks them for names that are not the
// swarm's: read from a resolv.conf (the host's /etc/resolv.conf unless the daemon is told
// otherwise), asked from the daemon's own network namespace (a task's namespace has no
// route to them), one server after the other until one answers. The query is passed on as
// it came and the reply back as it was given: the client's id, flags and EDNS stay its own.
import { createSocket } from 'node:dgram'
import { connect, isIP } from 'node:net'
import { statSync } from 'node:fs'
import { frame, unframe } from './dns-wire'
import { HOST_RESOLV_CONF, readResolvConf, type ResolvConf } from './resolv-conf'

// How long one server has to answer before the next is asked (glibc's default is 5 s; a
// client gives up on us after its own timeout, so ours stays below it).
const TRY_MS = 2000

export class Forwarder {
  private conf: ResolvConf | null = null
  private mtimeMs = -1

  constructor(private readonly file: string = HOST_RESOLV_CONF) {}

  // The resolvers, re-read when the file changed (DHCP and resolvconf rewrite it).
  resolvers(): string[] {
    let mtime = 0
    try {
      mtime = statSync(this.file).mtimeMs
    } catch {}
    if (!this.conf || mtime !== this.mtimeMs) {
      this.conf = readResolvConf(this.file)
      this.mtimeMs = mtime
    }
    return this.conf.nameservers
  }

  // The first reply of the host's resolvers to `query`, over the transport it came by
  // (a TCP query is often a retry of a truncated UDP one). Throws when none answered.
  async forward(query: Buffer, transport: 'udp' | 'tcp'): Promise<Buffer> {
    const errors: string[] = []
    for (const server of this.resolvers()) {
      try {
        return transport === 'udp' ? await askUdp(server, query) : await askTcp(server, query)
      } catch (err) {
        errors.push(`${server}: ${(err as Error).message}`)
      }
    }
    throw new Error(`no resolver answered (${errors.join('; ')})`)
  }
}

// One query over UDP from a socket of its own (its random port, and the id check, keep
// replies to other queries out).
function askUdp(server: string, query: Buffer): Promise<Buffer> {
  const s = createSocket(isIP(server) === 6 ? 'udp6' : 'udp4')
  return attempt(
    () => s.close(),
    (done) => {
      s.on('error', (err) => done(err))
      s.on('message', (msg, rinfo) => {
        if (rinfo.address === server && msg.length >= 2 && msg.readUInt16BE(0) === query.readUInt16BE(0)) done(null, msg)
      })
      s.send(query, 53, server)
    },
  )
}

// One query over TCP, on a connection of its own.
function askTcp(server: string, query: Buffer): Promise<Buffer> {
  const c = connect({ host: server, port: 53 })
  let got: Buffer = Buffer.alloc(0)
  return attempt(
    () => c.destroy(),
    (done) => {
      c.on('error', (err) => done(err))
      c.on('connect', () => c.write(frame(query)))
      c.on('data', (chunk) => {
        got = Buffer.concat([got, chunk])
        const { messages } = unframe(got)
        if (messages.length > 0) done(null, messages[0])
      })
      c.on('end', () => done(new Error('closed before a whole reply')))
    },
  )
}

// Settles with what `run` reports first, or fails after TRY_MS; `close` runs once, either way.
function attempt(close: () => void, run: (done: (err: Error | null, reply?: Buffer) => void) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let settled = false
    const done = (err: Error | null, reply?: Buffer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      close()
      if (err) reject(err)
      else resolve(reply!)
    }
    const timer = setTimeout(() => done(new Error('timed out')), TRY_MS)
    run(done)
  })
}
