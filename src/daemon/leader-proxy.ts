// Writes made on a follower manager go to the leader: the request is forwarded over the
// managers' mutual-TLS channel (Raft.ControlProxy) and the leader's own API answers it, so
// a client may talk to any manager.
import type * as grpc from '@grpc/grpc-js'
import { ShoalError, NOT_IN_SWARM } from '../manager/errors'
import type { ProxiedResponse } from '../rpc/server'
import { grpcDetails, Raft, unary } from '../rpc/services'
import { v1 } from '../manager/store'
import type { SwarmComponents } from './components'

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
    if (method === 'GET' || method === 'HEAD') return false
    if (/^\/swarm\/(init|join|leave|unlock)$/.test(urlPath)) return false
    // Images are this node's own (docker's are per engine too).
    if (urlPath.startsWith('/images/')) return false
    const mgr = this.components.mgr
    return !!mgr && !mgr.isLeader()
  }

  // Forwards an API request to the leader, whose API answers it; null when this manager
  // became the leader while waiting for one to be known (an election right after a
  // restart of another manager): the caller answers the request itself.
  async forward(method: string, urlPath: string, body: Buffer, headers: ForwardedHeaders = {}): Promise<ProxiedResponse | null> {
    const mgr = this.components.mgr
    if (!mgr) throw new ShoalError('FailedPrecondition', NOT_IN_SWARM)
    // During an election (or right after joining) no leader is known: wait for one a
    // bounded while (a few election timeouts) rather than fail the client at once.
    let addr = mgr.leaderAddr()
    for (const deadline = Date.now() + 5000; !addr && Date.now() < deadline && this.components.mgr === mgr; addr = mgr.leaderAddr()) {
      await new Promise((r) => setTimeout(r, 100))
    }
    if (mgr.isLeader()) return null
    const clients = this.components.clients
    if (!addr || !clients) throw new ShoalError('Unavailable', 'the swarm has no leader right now (an election is in progress, or quorum is lost): retry')
    if (this.channel?.addr !== addr) {
      this.channel?.client.close()
      this.channel = { addr, client: clients.client(addr) }
    }
    try {
      const r = await unary(this.channel.client, Raft.ControlProxy, new v1.ControlProxyRequest({ method, path: urlPath, body, headers }), 60_000)
      return { status: r.status, contentType: r.contentType, body: Buffer.from(r.body) }
    } catch (err) {
      throw new ShoalError('Unavailable', `forwarding to the leader at ${addr} failed: ${grpcDetails(err)}`)
    }
  }

  // Closes the channel (the node's certificate changed, or its components stopped).
  reset(): void {
    this.channel?.client.close()
    this.channel = null
  }
}
