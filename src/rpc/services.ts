// The node-to-node gRPC services (proto/shoal/v1/rpc.proto) as grpc-js service
// definitions, built on the protobufjs static code in src/generated. No proto-loader:
// the messages are already compiled, and one definition per method, with explicit
// serialize/deserialize, serves both server.addService() and the typed client calls in
// this directory (grpc.Client's makeUnaryRequest/makeServerStreamRequest take the same
// path and codecs; makeGenericClientConstructor would give untyped methods).
import type * as grpc from '@grpc/grpc-js'
import { v1 } from '../manager/store'

// A generated message class: encode takes the plain interface (which the class
// satisfies), decode returns the class.
interface Codec<T> {
  encode(m: any): { finish(): Uint8Array }
  decode(b: Uint8Array): T
}

export interface Method<Req, Res> extends grpc.MethodDefinition<Req, Res> {
  name: string
}

export function method<Req, Res>(service: string, name: string, req: Codec<Req>, res: Codec<Res>, responseStream = false, requestStream = false): Method<Req, Res> {
  return {
    name,
    path: `/shoal.v1.${service}/${name}`,
    originalName: name,
    requestStream,
    responseStream,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  }
}

export const NodeCA = {
  GetRootCACertificate: method('NodeCA', 'GetRootCACertificate', v1.GetRootCACertificateRequest, v1.GetRootCACertificateResponse),
  IssueNodeCertificate: method('NodeCA', 'IssueNodeCertificate', v1.IssueNodeCertificateRequest, v1.IssueNodeCertificateResponse),
  RenewNodeCertificate: method('NodeCA', 'RenewNodeCertificate', v1.RenewNodeCertificateRequest, v1.IssueNodeCertificateResponse),
}

export const Dispatcher = {
  Session: method('Dispatcher', 'Session', v1.SessionRequest, v1.SessionMessage, true),
  Heartbeat: method('Dispatcher', 'Heartbeat', v1.HeartbeatRequest, v1.HeartbeatResponse),
  UpdateTaskStatus: method('Dispatcher', 'UpdateTaskStatus', v1.UpdateTaskStatusRequest, v1.UpdateTaskStatusResponse),
}

// Log subscriptions and their answers (proto/shoal/v1/logbroker.proto, src/rpc/logs.ts).
export const LogBroker = {
  ListenSubscriptions: method('LogBroker', 'ListenSubscriptions', v1.ListenSubscriptionsRequest, v1.SubscriptionMessage, true),
  PublishLogs: method('LogBroker', 'PublishLogs', v1.PublishLogsMessage, v1.PublishLogsResponse, false, true),
}

// Calls one unary method; rejects with the grpc ServiceError (code, details).
export function unary<Req, Res>(client: grpc.Client, m: Method<Req, Res>, req: Req, deadlineMs: number): Promise<Res> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, req, { deadline: Date.now() + deadlineMs }, (err, res) =>
      err ? reject(err) : resolve(res as Res),
    )
  })
}

// The message of a grpc error without the "<code> <NAME>: " prefix grpc-js adds, so that
// what the manager said reaches the user as it said it.
export function grpcDetails(err: unknown): string {
  const e = err as { details?: string; message?: string }
  return e.details || e.message || String(err)
}

// The bytes as they came: the handler gets each ProcessRaftMessageRequest undecoded, and
// the addon decodes and steps it in one call (RaftStore.receiveRaftMessages) instead of
// protobufjs decoding it here and one addon call per message.
const RAW: Codec<Buffer> = {
  encode: (b: Buffer) => ({ finish: () => b }),
  decode: (b: Uint8Array) => b as Buffer,
}

// Raft messages are sent by the addon (crates/shoal-transport), not from JavaScript: only
// the listener's side of ProcessRaftMessage and StreamRaftMessages is used here.
export const Raft = {
  ProcessRaftMessage: method('Raft', 'ProcessRaftMessage', RAW, v1.ProcessRaftMessageResponse),
  StreamRaftMessages: method('Raft', 'StreamRaftMessages', RAW, v1.ProcessRaftMessageResponse, false, true),
  Join: method('Raft', 'Join', v1.RaftJoinRequest, v1.RaftJoinResponse),
  ControlProxy: method('Raft', 'ControlProxy', v1.ControlProxyRequest, v1.ControlProxyResponse),
  GetSecretsKey: method('Raft', 'GetSecretsKey', v1.GetSecretsKeyRequest, v1.GetSecretsKeyResponse),
}
