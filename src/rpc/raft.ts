// The Raft transport between managers: RaftStore.onMessages batches go to each member's
// swarm listener (Raft.ProcessRaftMessage), where the receiver steps them into its own
// RaftStore. Also the client side of Raft.Join and Raft.ControlProxy.
//
// Per peer, messages go out in the order raft produced them, one call in flight at a time
// (raft copes with loss and reordering, but in-order delivery avoids needless rejections
// and re-probing); everything that queued up meanwhile goes in the next call, so under
// load one call carries many Readys' messages and the per-call cost (TLS record, HTTP/2
// frames, a handler turn on the receiver) is paid per batch rather than per message.
// A snapshot travels in a call of its own (its outcome is reported per message). A peer
// that cannot be reached has its queue dropped and is reported unreachable: raft resends
// from its own state once the peer answers again, so nothing is lost by dropping, and a
// dead peer cannot make the queue grow without bound.
import * as grpc from '@grpc/grpc-js'
import { MANAGER_ROLE } from '../manager/ca/identity'
import type { RaftStore, OutboundMessage } from '../../native/index'
import { v1 } from '../manager/store'
import { Raft, unary } from './services'
import { channelOptions, clientCredentials, type TlsIdentity } from './tls'

// A MsgSnapshot carries the whole store in one message (docs/ARCHITECTURE.md: ~100 MiB for
// 100k objects); the limit is the addon's own batch limit, so no message raft can
// produce is refused by gRPC.
export const RAFT_MAX_MESSAGE = (256 << 20) + (1 << 20)

export function raftChannelOptions(): grpc.ChannelOptions {
  return {
    ...channelOptions(MANAGER_ROLE),
    'grpc.max_send_message_length': RAFT_MAX_MESSAGE,
    'grpc.max_receive_message_length': RAFT_MAX_MESSAGE,
  }
}

const APPEND_DEADLINE_MS = 2_000
const SNAPSHOT_DEADLINE_MS = 120_000
const MAX_QUEUE = 4096
// Appends carry at most 1 MiB of entries each (the addon's max_size_per_msg); a call
// carries up to 8 of those, so one slow call does not hold up the rest for long.
const MAX_BATCH_BYTES = 8 << 20

interface Peer {
  addr: string
  client: grpc.Client
  queue: OutboundMessage[]
  sending: boolean
}

export class RaftTransport {
  private readonly peers = new Map<number, Peer>()
  // Addresses senders gave with their messages: used for members the applied
  // configuration does not name yet (a joining member before it caught up).
  private readonly heard = new Map<number, string>()
  private closed = false

  constructor(
    private readonly raft: RaftStore,
    private readonly creds: () => { identity: TlsIdentity; rootPem: string },
    private readonly self: { id: number; addr: string },
  ) {
    raft.onMessages((err, msgs) => {
      if (err || !msgs || this.closed) return
      this.dispatch(msgs)
    })
  }

  // A client to a manager's swarm listener with our manager certificate (for Join and
  // ControlProxy calls to other managers). The caller closes it.
  client(addr: string): grpc.Client {
    const c = this.creds()
    return new grpc.Client(addr, clientCredentials(c.rootPem, c.identity), raftChannelOptions())
  }

  // A message arrived from member `from` at `addr` (ProcessRaftMessage).
  learn(from: number, addr: string): void {
    if (from > 0 && addr) this.heard.set(from, addr)
  }

  // The node's certificate was renewed: channels to the other managers are reopened with
  // it (queued messages are dropped; raft resends).
  reconnect(): void {
    for (const p of this.peers.values()) p.client.close()
    this.peers.clear()
  }

  close(): void {
    this.closed = true
    for (const p of this.peers.values()) p.client.close()
    this.peers.clear()
  }

  private dispatch(msgs: OutboundMessage[]): void {
    // Addresses come from the applied configuration: a member's context is its address.
    const addrs = new Map<number, string>(this.heard)
    for (const m of this.raft.members()) addrs.set(m.id, m.context.toString('utf8'))
    for (const msg of msgs) {
      const addr = addrs.get(msg.to)
      if (!addr) {
        // Not (or no longer) a member we know an address for: as good as unreachable.
        this.raft.reportUnreachable(msg.to)
        if (msg.snapshot) this.raft.reportSnapshot(msg.to, false)
        continue
      }
      const peer = this.peer(msg.to, addr)
      if (peer.queue.length >= MAX_QUEUE) peer.queue.shift()
      peer.queue.push(msg)
      if (!peer.sending) void this.drain(msg.to, peer)
    }
  }

  private peer(id: number, addr: string): Peer {
    let p = this.peers.get(id)
    if (p && p.addr !== addr) {
      // The member moved (its context was replaced): a new channel to the new address.
      p.client.close()
      p = undefined
    }
    if (!p) {
      p = { addr, client: this.client(addr), queue: [], sending: false }
      this.peers.set(id, p)
    }
    return p
  }

  private async drain(id: number, peer: Peer): Promise<void> {
    peer.sending = true
    try {
      while (peer.queue.length > 0 && !this.closed) {
        const batch = takeBatch(peer.queue)
        const snapshot = batch.length === 1 && batch[0].snapshot
        try {
          await unary(
            peer.client,
            Raft.ProcessRaftMessage,
            new v1.ProcessRaftMessageRequest({ messages: batch.map((m) => m.data), from: this.self.id, fromAddr: this.self.addr }),
            snapshot ? SNAPSHOT_DEADLINE_MS : APPEND_DEADLINE_MS,
          )
          if (snapshot) this.safe(() => this.raft.reportSnapshot(id, true))
        } catch {
          if (this.closed) return
          // Drop what is queued for this peer: raft resends once it hears from it again.
          const dropped = peer.queue.splice(0)
          this.safe(() => this.raft.reportUnreachable(id))
          for (const m of [...batch, ...dropped]) if (m.snapshot) this.safe(() => this.raft.reportSnapshot(id, false))
        }
      }
    } finally {
      peer.sending = false
    }
  }

  // The store may be closing under us (leave, shutdown): nothing to report to then.
  private safe(fn: () => void): void {
    try {
      fn()
    } catch {}
  }
}

// The next call's messages, taken off the front of the queue: a snapshot alone, else
// every message up to the next snapshot, within MAX_BATCH_BYTES (at least one).
function takeBatch(queue: OutboundMessage[]): OutboundMessage[] {
  if (queue[0].snapshot) return queue.splice(0, 1)
  let n = 0
  let bytes = 0
  while (n < queue.length && !queue[n].snapshot && (n === 0 || bytes + queue[n].data.length <= MAX_BATCH_BYTES)) bytes += queue[n++].data.length
  return queue.splice(0, n)
}

// Calls Raft.Join on `addr` (any manager: followers forward to the leader).
export async function raftJoin(client: grpc.Client, raftId: number, addr: string, deadlineMs = 30_000, nodeId = ''): Promise<v1.RaftJoinResponse> {
  return unary(client, Raft.Join, new v1.RaftJoinRequest({ raftId, addr, nodeId }), deadlineMs)
}
