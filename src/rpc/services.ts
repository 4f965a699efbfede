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

const KiB = 1024
const MiB = 1024 * KiB

// A MsgSnapshot carries the whole store in one message (docs/ARCHITECTURE.md: ~100 MiB for
// 100k objects); the limit is the addon's own batch limit, so no message raft can
// produce is refused by gRPC. The listener's limit: the largest of MAX_REQUEST_BYTES.
export const RAFT_MAX_MESSAGE = (256 << 20) + (1 << 20)

// The largest request message each method takes (each message of a client stream), checked
// by the listener before the message is decoded (refuseOversized, src/rpc/server.ts): one
// past it is answered RESOURCE_EXHAUSTED naming the method and the limit, and the daemon
// goes on serving. Without these every method took the Raft snapshot's 257 MiB, the
// certificate requests of callers without a certificate included. Each number is far above
// what the method's callers send, and why is said beside it.
export const MAX_REQUEST_BYTES: Record<string, number> = {
  // Empty, or a CSR (~1 KiB), a token (~100 B), a hostname (≤ 255 B).
  'NodeCA.GetRootCACertificate': 1 * KiB,
  'NodeCA.IssueNodeCertificate': 64 * KiB,
  'NodeCA.RenewNodeCertificate': 64 * KiB,
  // A node's description: labels, plugins, runtimes (labels ≤ 64 KiB: bounds.ts).
  'Dispatcher.Session': 1 * MiB,
  'Dispatcher.Heartbeat': 1 * KiB,
  // Status reports are batched per node: 10,000 tasks' reports at ~200 B each.
  'Dispatcher.UpdateTaskStatus': 4 * MiB,
  'LogBroker.ListenSubscriptions': 1 * KiB,
  // A batch of log lines (lines ≤ 16 KiB: agent/exec/output.ts); agents send ≤ 1 MiB.
  'LogBroker.PublishLogs': 4 * MiB,
  // Raft messages: a snapshot is one message.
  'Raft.ProcessRaftMessage': RAFT_MAX_MESSAGE,
  'Raft.StreamRaftMessages': RAFT_MAX_MESSAGE,
  'Raft.Join': 4 * KiB,
  // A forwarded API request: its body is at most the API's 16 MiB (bounds.ts requestBody).
  'Raft.ControlProxy': 17 * MiB,
  'Raft.GetSecretsKey': 1 * KiB,
}

// A request message past its method's MAX_REQUEST_BYTES, in place of the decoded message.
export class OversizedRequest {
  constructor(
    readonly method: string,
    readonly bytes: number,
    readonly max: number,
  ) {}

  get message(): string {
    return `${this.method}: request message of ${this.bytes} bytes, at most ${this.max} bytes`
  }
}

export function method<Req, Res>(service: string, name: string, req: Codec<Req>, res: Codec<Res>, responseStream = false, requestStream = false): Method<Req, Res> {
  const max = MAX_REQUEST_BYTES[`${service}.${name}`]
  if (!max) throw new Error(`${service}.${name}: no request size limit in MAX_REQUEST_BYTES`)
  const described = `${service}.${name}`
  return {
    name,
    path: `/shoal.v1.${service}/${name}`,
    originalName: name,
    requestStream,
    responseStream,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    // Typed as the request: the listener's interceptor answers an OversizedRequest before
    // any handler sees it.
    requestDeserialize: (b: Buffer) => (b.length > max ? (new OversizedRequest(described, b.length, max) as Req) : req.decode(b)),
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
