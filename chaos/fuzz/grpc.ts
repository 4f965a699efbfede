// Fuzzing the node-to-node gRPC services (issue 15): every method of NodeCA, Dispatcher,
// LogBroker and Raft, called on a real manager by callers of every standing — no client
// certificate, a certificate of another swarm, an expired one, one of a node since
// removed, a worker's, the manager's own — with random bytes, random well-typed messages
// (built from the .proto files by reflection) and oversized ones. Every call must end with
// a status the caller can act on (INTERNAL only for bytes that do not decode), never hang;
// nobody but a current member gets anything past NodeCA's join calls, no worker anything
// of Raft; a refused call changes no store table (nodes and tasks aside: a worker's
// session moves its node's status); the manager keeps answering.
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as grpc from '@grpc/grpc-js'
import fc from 'fast-check'
import * as protobuf from 'protobufjs'
import { TestDaemon, ROOT } from '../../__test__/helpers/daemon'
import { changedTables, settledStore, storeTables, type StoreState } from '../../__test__/helpers/state'
import { createRootCA, load as loadRootCA } from '../../src/manager/ca/rootca'
import { createCSR, generateNodeKey } from '../../src/manager/ca/node'
import { issueNodeCertificate } from '../../src/manager/ca/issuer'
import { MANAGER_ROLE, WORKER_ROLE } from '../../src/manager/ca/identity'
import { MIN_NODE_CERT_EXPIRY_MS } from '../../src/manager/ca/renewal'
import { joinSwarm } from '../../src/rpc/join'
import { channelOptions, unverifiedCredentials } from '../../src/rpc/tls'
import { edgeNumber, edgeString } from './values'
import { startFuzzSwarm } from './swarm'

type CallerName = 'none' | 'foreign' | 'expired' | 'removed' | 'worker' | 'manager'
export const CALLERS: CallerName[] = ['none', 'foreign', 'expired', 'removed', 'worker', 'manager']

interface Caller {
  name: CallerName
  client: grpc.Client
}

export interface RpcMethod {
  service: string
  name: string
  path: string
  request: protobuf.Type
  requestStream: boolean
  responseStream: boolean
}

// What a member may legitimately do that fuzzing must not: a manager's own certificate
// stepping random Raft messages (a higher term is a valid election), joining Raft as
// itself, or opening sessions as the manager's own agent.
const MANAGER_SKIPS = new Set(['Dispatcher/Session', 'Raft/ProcessRaftMessage', 'Raft/StreamRaftMessages', 'Raft/Join', 'Raft/GetSecretsKey'])
// Callable without a client certificate: the join calls.
const OPEN_METHODS = new Set(['NodeCA/GetRootCACertificate', 'NodeCA/IssueNodeCertificate'])

// Every method of the services, from the .proto files (reflection: the static code in
// src/generated has none).
export function rpcMethods(): RpcMethod[] {
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(ROOT, 'proto', target))
  root.loadSync(['shoal/v1/rpc.proto', 'shoal/v1/logbroker.proto'])
  root.resolveAll()
  const out: RpcMethod[] = []
  for (const service of ['NodeCA', 'Dispatcher', 'LogBroker', 'Raft']) {
    const s = root.lookupService(`shoal.v1.${service}`)
    for (const m of Object.values(s.methods)) {
      out.push({ service, name: m.name, path: `/shoal.v1.${service}/${m.name}`, request: m.resolvedRequestType!, requestStream: !!m.requestStream, responseStream: !!m.responseStream })
    }
  }
  return out
}

// A random message of `type`: every field optional, scalars from the edge values, nested
// messages a few levels deep.
export function messageOf(type: protobuf.Type, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  for (const f of type.fieldsArray) {
    const one = fieldValue(f, depth)
    if (!one) continue
    fields[f.name] = f.map ? fc.dictionary(edgeString.filter((k) => k.length < 100), one, { maxKeys: 3 }) : f.repeated ? fc.array(one, { maxLength: 3 }) : one
  }
  return fc.record(fields, { requiredKeys: [] })
}

function fieldValue(f: protobuf.Field, depth: number): fc.Arbitrary<unknown> | null {
  f.resolve()
  if (f.resolvedType instanceof protobuf.Type) return depth >= 3 ? null : messageOf(f.resolvedType, depth + 1)
  if (f.resolvedType instanceof protobuf.Enum) return fc.oneof(fc.constantFrom(...Object.values(f.resolvedType.values)), fc.integer({ min: -5, max: 1000 }))
  switch (f.type) {
    case 'string':
      return edgeString
    case 'bytes':
      return fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a))
    case 'bool':
      return fc.boolean()
    case 'double':
    case 'float':
      return edgeNumber
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return fc.integer()
    case 'uint32':
    case 'fixed32':
      return fc.nat({ max: 0xffffffff })
    default: // 64-bit integers: as protobufjs takes them from plain objects
      return fc.oneof(fc.constantFrom('0', '1', '18446744073709551615', '9223372036854775807', '-9223372036854775808'), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String))
  }
}

export type RpcCase = { method: number; caller: CallerName; payload: { kind: 'message'; value: Record<string, unknown> } | { kind: 'bytes'; value: Uint8Array } | { kind: 'oversized'; size: number } }

function rpcCase(methods: RpcMethod[]): fc.Arbitrary<RpcCase> {
  return fc.nat(methods.length - 1).chain((method) =>
    fc.record({
      method: fc.constant(method),
      caller: fc.constantFrom(...CALLERS),
      payload: fc.oneof(
        { arbitrary: messageOf(methods[method].request).map((value) => ({ kind: 'message' as const, value })), weight: 6 },
        { arbitrary: fc.uint8Array({ maxLength: 300 }).map((value) => ({ kind: 'bytes' as const, value })), weight: 3 },
        { arbitrary: fc.constantFrom(5 << 20, 70 << 20).map((size) => ({ kind: 'oversized' as const, size })), weight: 1 },
      ),
    }),
  )
}

function encode(m: RpcMethod, p: RpcCase['payload']): Buffer {
  if (p.kind === 'bytes') return Buffer.from(p.value)
  if (p.kind === 'oversized') {
    // A valid message of that size: one long string in its first string field, else junk.
    const field = m.request.fieldsArray.find((f) => f.type === 'string' && !f.repeated)
    if (!field) return Buffer.alloc(p.size, 0x41)
    return Buffer.from(m.request.encode(m.request.fromObject({ [field.name]: 'x'.repeat(p.size) })).finish())
  }
  try {
    return Buffer.from(m.request.encode(m.request.fromObject(p.value)).finish())
  } catch {
    return Buffer.from(JSON.stringify(p.value)) // a value fromObject cannot take: junk bytes then
  }
}

const RAW = (b: Buffer) => b
const CALL_MS = 8_000

export interface CallOutcome {
  code: grpc.status
  details: string
}

// One call of any shape with raw bytes, bounded: a server stream counts as answered at
// its first message (then cancelled), a client stream sends the bytes as two messages.
export function callRaw(client: grpc.Client, m: RpcMethod, body: Buffer): Promise<CallOutcome> {
  return new Promise((resolve) => {
    const deadline = Date.now() + CALL_MS
    let done = false
    const finish = (o: CallOutcome) => {
      if (!done) {
        done = true
        resolve(o)
      }
    }
    const onEnd = (err: grpc.ServiceError | null) => finish(err ? { code: err.code, details: err.details } : { code: grpc.status.OK, details: '' })
    if (m.responseStream) {
      const call = client.makeServerStreamRequest(m.path, RAW, RAW, body, { deadline })
      call.on('data', () => {
        finish({ code: grpc.status.OK, details: 'streaming' })
        call.cancel()
      })
      call.on('error', (err: grpc.ServiceError) => onEnd(err))
      call.on('status', (s: grpc.StatusObject) => finish({ code: s.code, details: s.details }))
    } else if (m.requestStream) {
      const call = client.makeClientStreamRequest(m.path, RAW, RAW, { deadline }, (err) => onEnd(err))
      call.on('error', () => undefined) // the callback has it
      call.write(body)
      call.write(body)
      call.end()
    } else {
      client.makeUnaryRequest(m.path, RAW, RAW, body, { deadline }, (err) => onEnd(err))
    }
  })
}

export interface GrpcFuzzStats {
  cases: number
  byCode: Record<string, number>
  byCaller: Record<string, number>
}

export interface GrpcFuzzOptions {
  seed: number
  runs: number
  log?: (line: string) => void
}

// The callers, each with a channel of its own to the manager at `addr`.
async function makeCallers(d: TestDaemon, addr: string): Promise<Caller[]> {
  const certDir = path.join(d.dir, 'data', 'certificates')
  const rootPem = fs.readFileSync(path.join(certDir, 'swarm-root-ca.crt'), 'utf8')
  const swarm = (await d.api('GET', '/swarm')).body
  const clusterId: string = swarm.ID
  const channel = (key: string | null, cert: string | null) =>
    new grpc.Client(addr, key && cert ? grpc.credentials.createSsl(Buffer.from(rootPem), Buffer.from(key), Buffer.from(cert)) : unverifiedCredentials(), { ...channelOptions(MANAGER_ROLE), 'grpc.max_send_message_length': 128 << 20 })
  const issueFrom = async (root: { certPem: string; keyPem: string }, nodeId: string, role: typeof WORKER_ROLE | typeof MANAGER_ROLE, now?: number) => {
    const key = await generateNodeKey()
    const cert = await issueNodeCertificate(await loadRootCA(root.certPem, root.keyPem), await createCSR(key), { nodeId, role, clusterId, now, expiryMs: MIN_NODE_CERT_EXPIRY_MS })
    return channel(key.keyPem, cert)
  }
  const join = async () => {
    const token = swarm.JoinTokens.Worker as string
    return joinSwarm({ token, managers: [addr], hostname: 'fuzz-worker' })
  }
  const worker = await join()
  const removed = await join()
  const rm = await d.api('DELETE', `/nodes/${removed.nodeId}?force=1`)
  if (rm.status !== 200) throw new Error(`could not remove the node fuzzing joined: ${rm.status} ${rm.text}`)
  const realRoot = { certPem: rootPem, keyPem: fs.readFileSync(path.join(certDir, 'swarm-root-ca.key'), 'utf8') }
  const manager = { key: fs.readFileSync(path.join(certDir, 'swarm-node.key'), 'utf8'), cert: fs.readFileSync(path.join(certDir, 'swarm-node.crt'), 'utf8') }
  return [
    { name: 'none', client: channel(null, null) },
    { name: 'foreign', client: await issueFrom(await createRootCA({ clusterId: 'another-swarm' }), 'foreigner1', MANAGER_ROLE) },
    // Valid from two hours ago for half an hour: expired an hour and a half ago.
    { name: 'expired', client: await issueFrom(realRoot, 'expired1', MANAGER_ROLE, Date.now() - 2 * 3600_000) },
    { name: 'removed', client: channel(removed.keyPem, removed.certPem) },
    { name: 'worker', client: channel(worker.keyPem, worker.certPem) },
    { name: 'manager', client: channel(manager.key, manager.cert) },
  ]
}

// The store minus what a legitimate caller's call moves by itself: nodes (status,
// sessions) and tasks.
const STABLE = (s: StoreState): StoreState => ({ ...s, '/nodes': null, '/tasks': null })

export interface GrpcTarget {
  daemon: TestDaemon
  callers: Caller[]
  methods: RpcMethod[]
  close(): Promise<void>
}

// A fuzzed manager with its callers.
export async function startGrpcTarget(): Promise<GrpcTarget> {
  const d = await startFuzzSwarm('shoal-fuzz-grpc')
  let callers: Caller[] = []
  const close = async () => {
    for (const c of callers) c.client.close()
    await d.destroy()
  }
  try {
    callers = await makeCallers(d, await swarmAddr(d))
    return { daemon: d, callers, methods: rpcMethods(), close }
  } catch (err) {
    await close()
    throw err
  }
}

export async function callAs(t: GrpcTarget, caller: CallerName, methodPath: string, payload: RpcCase['payload']): Promise<CallOutcome> {
  const m = t.methods.find((x) => x.path === methodPath)
  if (!m) throw new Error(`no method ${methodPath}`)
  return callRaw(t.callers.find((x) => x.name === caller)!.client, m, encode(m, payload))
}

export async function fuzzGrpc(opts: GrpcFuzzOptions, target?: GrpcTarget): Promise<GrpcFuzzStats> {
  const t = target ?? (await startGrpcTarget())
  const { daemon: d, callers, methods } = t
  try {
    const stats: GrpcFuzzStats = { cases: 0, byCode: {}, byCaller: {} }
    const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1)
    let baseline = STABLE(await settledStore(d))
    const property = fc.asyncProperty(rpcCase(methods), async (c) => {
      const m = methods[c.method]
      const key = `${m.service}/${m.name}`
      if (c.caller === 'manager' && MANAGER_SKIPS.has(key)) return
      stats.cases++
      count(stats.byCaller, c.caller)
      const caller = callers.find((x) => x.name === c.caller)!
      const out = await callRaw(caller.client, m, encode(m, c.payload))
      const code = grpc.status[out.code] ?? String(out.code)
      count(stats.byCode, code)
      const what = `${key} as ${c.caller} with ${c.payload.kind}: ${code} ${out.details.slice(0, 200)}`
      checkAnswer(key, c.caller, out, what)
      if ((await d.api('GET', '/_ping')).status !== 200) throw new Error(`the manager stopped answering after: ${what}`)
      const after = STABLE(await storeTables(d))
      if (out.code !== grpc.status.OK) {
        const changed = changedTables(baseline, after)
        if (changed.length > 0) throw new Error(`a refused call changed ${changed.join(', ')}: ${what}`)
      } else {
        baseline = STABLE(await settledStore(d, { readings: 2, everyMs: 200 }))
      }
    })
    await fc.assert(property, { seed: opts.seed, numRuns: opts.runs, endOnFailure: true })
    opts.log?.(`grpc fuzz: ${stats.cases} calls; by caller ${JSON.stringify(stats.byCaller)}; by answer ${JSON.stringify(stats.byCode)}`)
    return stats
  } finally {
    if (!target) await t.close()
  }
}

// What every answer must be, whatever was sent (throws saying what was wrong).
export function checkAnswer(method: string, caller: CallerName, out: CallOutcome, what: string): void {
  if (out.code === grpc.status.DEADLINE_EXCEEDED) throw new Error(`no answer within ${CALL_MS} ms: ${what}`)
  if ((out.code === grpc.status.INTERNAL || out.code === grpc.status.UNKNOWN) && !/deserializ|parse|decode|invalid wire type|index out of range/i.test(out.details)) throw new Error(`an internal error: ${what}`)
  const outsider = caller === 'none' || caller === 'foreign' || caller === 'expired' || caller === 'removed'
  if (out.code === grpc.status.OK && outsider && !OPEN_METHODS.has(method)) throw new Error(`an outsider was served: ${what}`)
  if (out.code === grpc.status.OK && caller === 'worker' && method.startsWith('Raft/')) throw new Error(`a worker was served by Raft: ${what}`)
}

// The swarm listen address the fuzzed manager was initialised with.
async function swarmAddr(d: TestDaemon): Promise<string> {
  const nodes = (await d.api('GET', '/nodes')).body
  const addr = nodes[0]?.ManagerStatus?.Addr
  if (typeof addr !== 'string') throw new Error('the fuzzed manager does not say its swarm address')
  return addr
}
