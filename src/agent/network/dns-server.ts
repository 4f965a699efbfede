// The embedded DNS server of a node's tasks (docker's libnetwork resolver): it answers in
// each attached task's own network namespace, on UDP and TCP port 53 of 127.0.0.11 (what a
// container's generated resolv.conf names) and of the host's own resolvers' addresses
// (what a process task reads from the host's /etc/resolv.conf, which it shares), through a
// redirect of port 53 to ports of its own (dns-redirect.ts). The
// sockets are made inside the task's namespace by the addon (netnsListen: a thread that
// entered it binds them) and served here, on the daemon's event loop, so one server in the
// daemon answers every task and knows which task asks by the socket it asked on: names
// resolve against that task's networks only (names.ts), other names go to the host's
// resolvers from the daemon's namespace (dns-forward.ts), the wire format is dns-packet's
// (dns-wire.ts).
import { Socket as UdpSocket, createSocket } from 'node:dgram'
import { Server, Socket, createServer, type AddressInfo } from 'node:net'
import * as native from '../../native'
import { ServiceNames } from './names'
import { answer, errorReply, frame, questionsOf, unframe, UDP_LIMIT, type Lookup } from './dns-wire'
import { Forwarder } from './dns-forward'
import { nftUsable, redirectPort53, type Listening } from './dns-redirect'
import { EMBEDDED_DNS_ADDR, HOST_RESOLV_CONF, readResolvConf } from './resolv-conf'
import type { LoadBalancerState } from './types'
import { defaultLogger, type AgentLogger } from '../logger'

const PORT = 53
// A TCP client that says nothing for this long is let go.
const TCP_IDLE_MS = 30_000
// At most this many queries forwarded at once for the whole node.
export const MAX_FORWARDS = 256

export interface EmbeddedDnsOptions {
  // Where the host's resolvers (the upstreams for names that are not the swarm's) are read.
  upstreamResolvConf?: string
  // The resolv.conf process tasks read (they share the host's file system): the server
  // also answers on its resolvers' IPv4 addresses inside each task's namespace.
  taskResolvConf?: string
  logger?: AgentLogger
  // Redirect port 53 to ports of the kernel's choosing (default: where `nft` runs); false:
  // take port 53 itself, as where nftables cannot be used.
  redirect?: boolean
}

// One task's listeners and the networks its names come from.
interface Served {
  networks: string[]
  // Whether names outside the swarm are forwarded: not for a task whose networks are all
  // internal (docker's --internal, libnetwork's hasExternalAccess). The forwarder asks from
  // the daemon's namespace, which would be the task's way out.
  external: boolean
  udp: UdpSocket[]
  tcp: Server[]
  conns: Set<Socket> // open TCP connections, ended with the task's service
  stopped: boolean
}

export class EmbeddedDns {
  private names = new ServiceNames({ networks: [] })
  private readonly served = new Map<string, Served>()
  // Turns multi-address answers round, one step per query (as docker shuffles them).
  private rotation = 0
  // Queries forwarded and not answered yet, on all tasks' behalf.
  private forwarding = 0
  private readonly forwarder: Forwarder
  private readonly logger: AgentLogger

  constructor(private readonly opts: EmbeddedDnsOptions = {}) {
    this.forwarder = new Forwarder(opts.upstreamResolvConf ?? HOST_RESOLV_CONF)
    this.logger = opts.logger ?? defaultLogger
  }

  // The addresses served in each task's namespace: 127.0.0.11 and the IPv4 resolvers of the
  // file process tasks read.
  listenAddresses(): string[] {
    const conf = readResolvConf(this.opts.taskResolvConf ?? HOST_RESOLV_CONF)
    const v4 = conf.nameservers.filter((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a))
    return [...new Set([EMBEDDED_DNS_ADDR, ...v4])]
  }

  // Each new state of the node's networks: answers from now on follow it.
  update(state: LoadBalancerState): void {
    this.names = new ServiceNames(state)
  }

  // Answers in the task's namespace for names of `networks` (idempotent: a task served
  // already only has its networks updated), forwarding other names when `external`.
  // Throws when a socket cannot be made.
  async serve(taskId: string, netnsPath: string, networks: string[], external = true): Promise<void> {
    const known = this.served.get(taskId)
    if (known) {
      known.networks = networks
      known.external = external
      return
    }
    const served: Served = { networks, external, udp: [], tcp: [], conns: new Set(), stopped: false }
    this.served.set(taskId, served)
    try {
      // Ports of the kernel's choosing behind a redirect of port 53 where nft runs (the
      // task keeps port 53 for itself); port 53 itself where it does not, or where the
      // kernel will not NAT (nft present, nf_nat missing).
      const redirect = this.opts.redirect ?? (await nftUsable())
      try {
        await this.listen(served, netnsPath, redirect)
      } catch (err) {
        if (!redirect) throw err
        this.logger.warn('embedded DNS: serving port 53 itself', { task: taskId, err: (err as Error).message })
        await closeSockets(served)
        await this.listen(served, netnsPath, false)
      }
    } catch (err) {
      await this.stop(taskId)
      throw new Error(`embedded DNS in the namespace of task ${taskId}: ${(err as Error).message}`)
    }
  }

  // The task's sockets, one UDP and one TCP per served address, and the redirect to them.
  private async listen(served: Served, netnsPath: string, redirect: boolean): Promise<void> {
    const listening: Listening[] = []
    for (const address of this.listenAddresses()) {
      // 127/8 is the loopback's already; another resolver address is given to the task's
      // loopback, so its queries stay in its namespace and reach this server.
      if (!address.startsWith('127.')) await native.linkApply(netnsPath, [{ op: 'address', name: 'lo', address: `${address}/32` }])
      const port = redirect ? 0 : PORT
      const udp = await this.udp(await native.netnsListen(netnsPath, 'udp', address, port), served)
      served.udp.push(udp)
      const tcp = await this.tcp(await native.netnsListen(netnsPath, 'tcp', address, port), served)
      served.tcp.push(tcp)
      listening.push({ address, udpPort: udp.address().port, tcpPort: (tcp.address() as AddressInfo).port })
    }
    if (redirect) await redirectPort53(netnsPath, listening)
  }

  // Stops answering for the task (before its namespace goes: an open socket keeps it alive).
  async stop(taskId: string): Promise<void> {
    const s = this.served.get(taskId)
    if (!s) return
    this.served.delete(taskId)
    s.stopped = true
    await closeSockets(s)
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.served.keys()].map((id) => this.stop(id)))
  }

  // Which tasks are served (tests, diagnostics).
  tasks(): string[] {
    return [...this.served.keys()]
  }

  private lookupFor(served: Served): Lookup {
    const rotate = this.rotation++
    return (name, type) => this.names.resolve(served.networks, name, type, rotate)
  }

  private udp(fd: number, served: Served): Promise<UdpSocket> {
    const sock = createSocket('udp4')
    sock.on('error', (err) => this.logger.warn('embedded DNS socket', { proto: 'udp', err: err.message }))
    sock.on('message', (msg, from) => {
      void this.reply(msg, served, 'udp').then((bytes) => {
        // A forwarded reply may come back after the task's service stopped.
        if (bytes && !served.stopped) sock.send(bytes, from.port, from.address)
      })
    })
    return new Promise((resolve) => sock.bind({ fd }, () => resolve(sock)))
  }

  private tcp(fd: number, served: Served): Promise<Server> {
    const server = createServer((conn: Socket) => {
      served.conns.add(conn)
      conn.on('close', () => served.conns.delete(conn))
      let pending: Buffer = Buffer.alloc(0)
      conn.setTimeout(TCP_IDLE_MS, () => conn.destroy())
      conn.on('error', () => undefined)
      conn.on('data', (chunk) => {
        const { messages, rest } = unframe(Buffer.concat([pending, chunk]))
        pending = rest
        for (const msg of messages) {
          void this.reply(msg, served, 'tcp').then((bytes) => {
            if (bytes && !conn.destroyed) conn.write(frame(bytes))
          })
        }
      })
    })
    server.on('error', (err) => this.logger.warn('embedded DNS socket', { proto: 'tcp', err: err.message }))
    return new Promise((resolve) => server.listen({ fd }, () => resolve(server)))
  }

  // The reply to one query (null: none is due), forwarding what is not the swarm's.
  private async reply(query: Buffer, served: Served, transport: 'udp' | 'tcp'): Promise<Buffer | null> {
    const r = answer(query, this.lookupFor(served), transport === 'udp' ? UDP_LIMIT : Infinity)
    if (r.kind === 'reply') return r.bytes
    if (r.kind === 'drop') return null
    // docker's answer when nothing may be asked upstream.
    if (!served.external) return this.servfail(query)
    // Each forwarded query holds a socket for up to a few seconds: a task asking faster than
    // the resolvers answer must not take every descriptor of the daemon (docker caps them too).
    if (this.forwarding >= MAX_FORWARDS) return this.servfail(query)
    this.forwarding++
    try {
      return await this.forwarder.forward(query, transport)
    } catch (err) {
      // Per query, so not louder than debug: a host without resolvers would flood the log.
      this.logger.debug('embedded DNS: forwarding', { err: (err as Error).message })
      return this.servfail(query)
    } finally {
      this.forwarding--
    }
  }

  private servfail(query: Buffer): Buffer | null {
    const failed = errorReply(query, 'SERVFAIL', questionsOf(query))
    return failed.kind === 'reply' ? failed.bytes : null
  }
}

async function closeSockets(s: Served): Promise<void> {
  for (const u of s.udp.splice(0)) u.close()
  // A listener's close waits for its connections: a client idling on one would hold the
  // task's detach for as long.
  for (const c of s.conns) c.destroy()
  await Promise.all(s.tcp.splice(0).map((t) => new Promise<void>((resolve) => t.close(() => resolve()))))
}
