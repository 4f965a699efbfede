// Writes made on a follower manager go to the leader: the request is forwarded over the
// managers' mutual-TLS channel (Raft.ControlProxy) and the leader's own API answers it, so
// a client may talk to any manager.
//
// A write rides through a leader change: when the leader is lost (its connection refused
// or reset, leadership moving while the call is in flight, the leader stepping down while
// it answers) the forward is retried, for at most two election timeouts from the first
// failure, at whichever leader is elected, or answered here if this manager is elected.
// Every attempt carries the same request id, which the leader that commits the write
// records in the same Raft entry (src/manager/requests.ts): a write that committed before
// its answer was lost is answered from that record by the next leader, never applied twice.
import type * as grpc from '@grpc/grpc-js'
import { status as grpcStatus } from '@grpc/grpc-js'
import { ShoalError, NOT_IN_SWARM, NO_LEADER } from '../manager/errors'
import type { Manager } from '../manager/manager'
import type { ProxiedResponse } from '../rpc/server'
import { grpcDetails, Raft } from '../rpc/services'
import { v1 } from '../manager/store'
import type { SwarmComponents } from './components'


// How often a forward in flight checks that the leader it went to still leads, and how
// long to wait between attempts while no leader takes the write.
const WATCH_MS = 50
const RETRY_MS = 100
// A write's own deadline at the leader (a service create of many tasks takes seconds).
const FORWARD_DEADLINE_MS = 60_000

// The gRPC outcomes that mean the leader did not take the write, or may have and its
// answer was lost: retried with the same request id. Anything else (a refused certificate)
// is answered at once.
const RETRYABLE = new Set([grpcStatus.UNAVAILABLE, grpcStatus.CANCELLED, grpcStatus.DEADLINE_EXCEEDED, grpcStatus.INTERNAL])

// A write to the swarm's replicated state: what a follower forwards and what a request id
// makes idempotent. Reads are answered by the manager asked; swarm membership verbs act on
// this node itself; images are this node's own (docker's are per engine too).
export function isSwarmWrite(method: string, urlPath: string): boolean {
  if (method === 'GET' || method === 'HEAD') return false
  if (/^\/swarm\/(init|join|leave|unlock)$/.test(urlPath)) return false
  return !urlPath.startsWith('/images/')
}

// Client headers a forwarded request keeps: the leader's API reads them (X-Registry-Auth:
// a service's registry credentials, --with-registry-auth).
export const FORWARDED_HEADERS = ['x-registry-auth']

export type ForwardedHeaders = Record<string, string>

export function forwardedHeaders(headers: Record<string, string | string[] | undefined>): ForwardedHeaders {
  const out: ForwardedHeaders = {}
  for (const name of FORWARDED_HEADERS) {
    const v = headers[name]
    if (typeof v === 'string') out[name] = v
  }
  return out
}

export class LeaderProxy {
  // One channel to the leader, reopened when the leader (or this node's certificate) changes.
  private channel: { addr: string; client: grpc.Client } | null = null

  constructor(private readonly components: Pick<SwarmComponents, 'mgr' | 'clients'>) {}

  // Whether an API request must be answered by the leader: writes made on a follower
  // manager. Reads are answered from the local replica; swarm membership verbs act on this
  // node itself.
  shouldProxy(method: string, urlPath: string): boolean {
    const mgr = this.components.mgr
    return isSwarmWrite(method, urlPath) && !!mgr && !mgr.isLeader()
  }

  // Forwards an API request to the leader, whose API answers it; null when this manager
  // became the leader meanwhile: the caller answers the request itself, under the same
  // request id.
  async forward(method: string, urlPath: string, body: Buffer, requestId: string, headers: ForwardedHeaders = {}): Promise<ProxiedResponse | null> {
    const mgr = this.components.mgr
    if (!mgr) throw new ShoalError('FailedPrecondition', NOT_IN_SWARM)
    // Set at the first moment no leader could take the write (none known, or the known
    // one failed): the bound on waiting for a new one.
    let deadline = 0
    let failure = ''
    for (;;) {
      if (this.components.mgr !== mgr) throw new ShoalError('Unavailable', 'this manager left the swarm while forwarding the write')
      if (mgr.isLeader()) return null
      const addr = mgr.leaderAddr()
      if (addr) {
        try {
          return await this.forwardOnce(mgr, addr, { method, path: urlPath, body, requestId, headers })
        } catch (err) {
          const code = (err as { code?: number }).code
          if (code === undefined || !RETRYABLE.has(code)) throw new ShoalError('Unavailable', `forwarding to the leader at ${addr} failed: ${grpcDetails(err)}`)
          failure = `forwarding to the leader at ${addr} failed: ${grpcDetails(err)}`
          // A fresh channel for the next attempt: grpc-js backs a failed channel off for
          // up to two minutes, and the leader may come back at the same address.
          this.reset()
        }
      }
      const now = Date.now()
      if (!deadline) deadline = now + 2 * mgr.electionTimeoutMs()
      if (now >= deadline) {
        // A leader known and failing throughout says more than docker's words.
        throw new ShoalError('Unavailable', mgr.leaderAddr() && failure ? `${failure} (retried for ${2 * mgr.electionTimeoutMs()} ms)` : NO_LEADER)
      }
      await new Promise((r) => setTimeout(r, RETRY_MS))
    }
  }

  // One attempt at the leader at `addr`, cancelled when leadership moves while it is in
  // flight (a partitioned or paused leader never answers; the new one will).
  private forwardOnce(mgr: Manager, addr: string, req: { method: string; path: string; body: Buffer; requestId: string; headers: ForwardedHeaders }): Promise<ProxiedResponse> {
    const clients = this.components.clients
    if (!clients) throw new ShoalError('Unavailable', 'the managers\' channels are closed')
    if (this.channel?.addr !== addr) {
      this.channel?.client.close()
      this.channel = { addr, client: clients.client(addr) }
    }
    const client = this.channel.client
    const term = mgr.raft.status().term
    const m = Raft.ControlProxy
    return new Promise((resolve, reject) => {
      const call = client.makeUnaryRequest(
        m.path,
        m.requestSerialize,
        m.responseDeserialize,
        new v1.ControlProxyRequest({ method: req.method, path: req.path, body: req.body, requestId: req.requestId, headers: req.headers }),
        { deadline: Date.now() + FORWARD_DEADLINE_MS },
        (err, r) => {
          clearInterval(watch)
          if (err || !r) reject(err)
          else resolve({ status: r.status, contentType: r.contentType, body: Buffer.from(r.body) })
        },
      )
      const watch = setInterval(() => {
        const s = mgr.raft.status()
        if (s.term !== term || mgr.leaderAddr() !== addr || this.components.mgr !== mgr) call.cancel()
      }, WATCH_MS)
    })
  }

  // Closes the channel (the node's certificate changed, or its components stopped).
  reset(): void {
    this.channel?.client.close()
    this.channel = null
  }
}
