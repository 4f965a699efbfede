// The Raft transport between managers: RaftStore.onMessages batches go to each member's
// swarm listener (Raft.ProcessRaftMessage), where the receiver steps them into its own
// RaftStore. Also the client side of Raft.Join and Raft.ControlProxy.
//
// Per peer, messages go out in the order raft produced them on one long-lived client stream
// (Raft.StreamRaftMessages): each onMessages batch becomes one stream message per peer, so
// a message costs a protobuf frame on an open HTTP/2 stream rather than a call of its own
// (a unary call costs ~0.5 ms of CPU on each side: headers, deadline, authorisation).
// Snapshots go by unary ProcessRaftMessage, whose answer is the delivery report raft needs.
// When a stream fails (the peer went away, or stopped reading and its backlog passed
// MAX_BACKLOG) it is dropped and the peer reported unreachable; raft resends from its own
// state and the next batch opens a new stream, so nothing is lost by dropping, and a dead
// peer cannot make the backlog grow without bound.
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
    // A peer that vanished without a FIN (a cut link) breaks the stream within ~15 s, so the
    // next batch opens a new one; raft itself needs no transport error to carry on.
    'grpc.keepalive_time_ms': 10_000,
    'grpc.keepalive_timeout_ms': 5_000,
    // Raft resends what is lost; grpc's transparent retry would only keep a copy of every
    // message on the stream until the peer first answered (which a stream never does).
    'grpc.enable_retries': 0,
  }
}

const SNAPSHOT_DEADLINE_MS = 120_000
// Bytes a peer's stream may hold, not yet taken by the connection, before the peer counts as
// unreachable: a live peer reads as fast as the link carries, so only a stopped or cut-off
// one lets this much pile up, and the bound caps what it costs (raft alone would keep up to
// 256 appends of 1 MiB each in flight to it).
const MAX_BACKLOG = 64 << 20

interface Peer {
  addr: string
  client: grpc.Client
  stream: PeerStream | null
}

interface PeerStream {
  call: grpc.ClientWritableStream<v1.ProcessRaftMessageRequest>
  // Message bytes written but not yet handed to the connection (the stream counts
  // messages, not bytes).
  unsent: number
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
    for (const id of [...this.peers.keys()]) this.forget(id)
  }

  close(): void {
    this.closed = true
    this.reconnect()
  }

  private dispatch(msgs: OutboundMessage[]): void {
    // Addresses come from the applied configuration: a member's context is its address.
    const addrs = new Map<number, string>(this.heard)
    for (const m of this.raft.members()) {
      addrs.set(m.id, m.context.toString('utf8'))
      this.heard.delete(m.id) // the configuration has it now
    }
    // A member that left: its stream and channel go (they would stay open until it exits).
    for (const id of [...this.peers.keys()]) if (!addrs.has(id)) this.forget(id)
    const batches = new Map<number, Buffer[]>()
    for (const msg of msgs) {
      const addr = addrs.get(msg.to)
      if (!addr) {
        // Not (or no longer) a member we know an address for: as good as unreachable.
        this.raft.reportUnreachable(msg.to)
        if (msg.snapshot) this.raft.reportSnapshot(msg.to, false)
        continue
      }
      const peer = this.peer(msg.to, addr)
      if (msg.snapshot) void this.sendSnapshot(msg.to, peer, msg)
      else {
        const b = batches.get(msg.to)
        if (b) b.push(msg.data)
        else batches.set(msg.to, [msg.data])
      }
    }
    for (const [id, messages] of batches) this.send(id, this.peers.get(id)!, messages)
  }

  private peer(id: number, addr: string): Peer {
    let p = this.peers.get(id)
    if (p && p.addr !== addr) {
      // The member moved (its context was replaced): a new channel to the new address.
      this.forget(id)
      p = undefined
    }
    if (!p) {
      p = { addr, client: this.client(addr), stream: null }
      this.peers.set(id, p)
    }
    return p
  }

  private send(id: number, peer: Peer, messages: Buffer[]): void {
    if (peer.stream && peer.stream.unsent > MAX_BACKLOG) {
      // The peer stopped reading: give up on this stream (raft resends once it answers).
      this.drop(peer)
      this.safe(() => this.raft.reportUnreachable(id))
      return
    }
    const stream = peer.stream ?? (peer.stream = this.openStream(id, peer))
    const bytes = messages.reduce((n, m) => n + m.length, 0)
    stream.unsent += bytes
    stream.call.write(new v1.ProcessRaftMessageRequest({ messages, from: this.self.id, fromAddr: this.self.addr }), () => {
      stream.unsent -= bytes
    })
  }

  private openStream(id: number, peer: Peer): PeerStream {
    const m = Raft.StreamRaftMessages
    const stream: PeerStream = {
      unsent: 0,
      call: peer.client.makeClientStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, {}, (err) => {
        // The stream ended: the peer closed it (shutting down) or it failed.
        if (peer.stream === stream) peer.stream = null
        if (err && !this.closed && err.code !== grpc.status.CANCELLED) this.safe(() => this.raft.reportUnreachable(id))
      }),
    }
    stream.call.on('error', () => undefined) // reported through the callback above
    return stream
  }

  // Closes the peer's stream and channel.
  private forget(id: number): void {
    const p = this.peers.get(id)
    if (!p) return
    this.drop(p)
    p.client.close()
    this.peers.delete(id)
  }

  private drop(peer: Peer): void {
    const s = peer.stream
    peer.stream = null
    s?.call.cancel()
  }

  private async sendSnapshot(id: number, peer: Peer, msg: OutboundMessage): Promise<void> {
    try {
      await unary(
        peer.client,
        Raft.ProcessRaftMessage,
        new v1.ProcessRaftMessageRequest({ messages: [msg.data], from: this.self.id, fromAddr: this.self.addr }),
        SNAPSHOT_DEADLINE_MS,
      )
      this.safe(() => this.raft.reportSnapshot(id, true))
    } catch {
      if (this.closed) return
      this.safe(() => this.raft.reportUnreachable(id))
      this.safe(() => this.raft.reportSnapshot(id, false))
    }
  }

  // The store may be closing under us (leave, shutdown): nothing to report to then.
  private safe(fn: () => void): void {
    try {
      fn()
    } catch {}
  }
}

// Calls Raft.Join on `addr` (any manager: followers forward to the leader).
export async function raftJoin(client: grpc.Client, raftId: number, addr: string, deadlineMs = 30_000, nodeId = ''): Promise<v1.RaftJoinResponse> {
  return unary(client, Raft.Join, new v1.RaftJoinRequest({ raftId, addr, nodeId }), deadlineMs)
}

// Calls Raft.GetSecretsKey: the cluster's secrets key from a manager that holds it.
export async function fetchSecretsKey(client: grpc.Client, deadlineMs = 10_000): Promise<Buffer> {
  return Buffer.from((await unary(client, Raft.GetSecretsKey, new v1.GetSecretsKeyRequest(), deadlineMs)).secretsKey)
}
