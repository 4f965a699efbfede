// Manager-to-manager gRPC clients: Raft.Join, Raft.ControlProxy and Raft.GetSecretsKey
// calls to other managers' swarm listeners, with this node's manager certificate.
//
// Raft's own messages do not pass through here: the addon sends them from its Raft thread
// (crates/shoal-transport, started with RaftStore.startTransport) and the listener hands
// what arrives straight to it (RaftStore.receiveRaftMessages, src/rpc/server.ts).
import * as grpc from '@grpc/grpc-js'
import { MANAGER_ROLE } from '../manager/ca/identity'
import { v1 } from '../manager/store'
import { Raft, RAFT_MAX_MESSAGE, unary } from './services'
import { channelOptions, clientCredentials, type TlsIdentity } from './tls'


function managerChannelOptions(): grpc.ChannelOptions {
  return {
    ...channelOptions(MANAGER_ROLE),
    'grpc.max_send_message_length': RAFT_MAX_MESSAGE,
    'grpc.max_receive_message_length': RAFT_MAX_MESSAGE,
  }
}

export class ManagerClients {
  constructor(private readonly creds: () => { identity: TlsIdentity; rootPem: string }) {}

  // A client to a manager's swarm listener with our manager certificate, as it is on
  // disk now (renewals and root rotations are picked up by the next client). The caller
  // closes it.
  client(addr: string): grpc.Client {
    const c = this.creds()
    return new grpc.Client(addr, clientCredentials(c.rootPem, c.identity), managerChannelOptions())
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
