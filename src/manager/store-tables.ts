// The tables of the replicated store. The Rust store keeps opaque bytes; this module owns
// the one mapping between API objects and those bytes: which table an object lives in, how
// it is encoded (and the merge patches written instead of whole objects), and which index
// entries the store keeps for it.
import type { Writer } from 'protobufjs/minimal'
import { shoal } from '../generated/shoal'
import type { StoreObject, IndexEntry } from '../../native/index'
import type { Copy, Shared } from './mirror'
import { Patch, type PatchField } from './patch'

export import v1 = shoal.v1

export type Node = v1.Node
export type Service = v1.Service
export type Task = v1.Task
export type Cluster = v1.Cluster
export type Secret = v1.Secret
export type Network = v1.Network
export type Config = v1.Config

export interface TableDef<T> {
  codec: { name: string; prototype: object; encode(m: T, w?: Writer): Writer; decode(b: Uint8Array): T }
  indexes(obj: T): IndexEntry[]
}

// A task's index entries depend only on its service and node: one frozen list per pair,
// shared by the tasks that have it, where each of 100,000 tasks (and each assignment) made
// a list and an entry or two that the mirror then kept (garbage the GC copied). Dropped
// whole when it grows past a bound (services and nodes come and go).
const taskKeyCache = new Map<string, Map<string, IndexEntry[]>>()
let taskKeyCount = 0
const TASK_KEY_CACHE_MAX = 100_000
function taskKeys(serviceId: string, nodeId: string): IndexEntry[] {
  let byNode = taskKeyCache.get(serviceId)
  const hit = byNode?.get(nodeId)
  if (hit) return hit
  if (taskKeyCount >= TASK_KEY_CACHE_MAX) {
    taskKeyCache.clear()
    taskKeyCount = 0
    byNode = undefined
  }
  if (!byNode) taskKeyCache.set(serviceId, (byNode = new Map()))
  const service = Object.freeze({ name: 'service', value: serviceId })
  const keys = Object.freeze(nodeId ? [service, Object.freeze({ name: 'node', value: nodeId })] : [service]) as IndexEntry[]
  byNode.set(nodeId, keys)
  taskKeyCount++
  return keys
}

export const tables = {
  nodes: {
    codec: v1.Node,
    indexes: (n: Node) => [{ name: 'role', value: n.spec?.role ?? '' }],
  } as TableDef<Node>,
  services: {
    codec: v1.Service,
    indexes: (s: Service) => [{ name: 'name', value: s.spec?.annotations?.name ?? '', unique: true }],
  } as TableDef<Service>,
  tasks: {
    codec: v1.Task,
    // What readers look tasks up by: their service, and their node once they have one
    // (100,000 pending tasks sharing one ("node", "") key made each assignment a removal
    // from a 100,000-holder set in the store). Nothing looked tasks up by slot, a key each
    // task held alone: 100,000 more entries in both indexes for nothing.
    indexes: (t: Task) => taskKeys(t.serviceId, t.nodeId),
  } as TableDef<Task>,
  clusters: {
    codec: v1.Cluster,
    indexes: () => [],
  } as TableDef<Cluster>,
  // Sealed: the data is encrypted before it is proposed (src/manager/secrets/).
  secrets: {
    codec: v1.Secret,
    indexes: (s: Secret) => [{ name: 'name', value: s.spec?.annotations?.name ?? '', unique: true }],
  } as TableDef<Secret>,
  // Subnets and VNIs are unique keys: two racing creates that picked the same free subnet
  // or VNI from the same store (network/control.ts) cannot both commit.
  networks: {
    codec: v1.Network,
    indexes: (n: Network) => [
      { name: 'name', value: n.spec?.annotations?.name ?? '', unique: true },
      ...(n.ipam?.configs ?? []).map((c) => ({ name: 'subnet', value: c.subnet ?? '', unique: true })),
      { name: 'vni', value: String(n.vni ?? 0), unique: true },
    ],
  } as TableDef<Network>,
  // In the clear: configs are not secret (src/manager/files/).
  configs: {
    codec: v1.Config,
    indexes: (c: Config) => [{ name: 'name', value: c.spec?.annotations?.name ?? '', unique: true }],
  } as TableDef<Config>,
  // Forwarded writes that committed, by request id (requests.ts).
  requests: {
    codec: v1.RequestRecord,
    indexes: () => [],
  } as TableDef<v1.RequestRecord>,
}

// Merge patches (patch.ts) the manager writes: the fields a write changes, appended to the
// stored object instead of the whole object rewritten. Each stored object's meta (field 1 of
// every table's message) gets its updatedAt from WriteBatch.merge. Stored bytes grow by each
// patch until the object is next written whole: a task by one assignment and by one status
// patch per forward state change (a handful in its life), each a few dozen bytes.
const statusFields: PatchField[] = [
  { name: 'timestamp', no: 1, kind: 'int64' },
  { name: 'state', no: 2, kind: 'int32' },
  { name: 'message', no: 3, kind: 'string' },
  { name: 'err', no: 4, kind: 'string' },
]
// A task's status without its container status (which stays as stored).
const taskStatus = new Patch<v1.ITaskStatus>(v1.TaskStatus, statusFields)
const containerStatus = new Patch<v1.IContainerStatus>(v1.ContainerStatus, [
  { name: 'exitCode', no: 1, kind: 'int32' },
  { name: 'pid', no: 2, kind: 'int32' },
  { name: 'startedAt', no: 7, kind: 'int64' },
])
export const patches = {
  // The scheduler's decision: node, status (state, message, err, timestamp; the container
  // status stays) and pending reason.
  taskAssignment: new Patch<Task>(v1.Task, [
    { name: 'nodeId', no: 5, kind: 'string' },
    { name: 'status', no: 9, kind: taskStatus },
    { name: 'pendingReason', no: 10, kind: 'string' },
  ]),
  // A status report that keeps the stored container status (none reported, none stored).
  taskStatus: new Patch<Task>(v1.Task, [{ name: 'status', no: 9, kind: taskStatus }]),
  // A status report with its container status, which replaces the stored one (both fields).
  taskStatusWithContainer: new Patch<Task>(v1.Task, [
    { name: 'status', no: 9, kind: new Patch<v1.ITaskStatus>(v1.TaskStatus, [...statusFields, { name: 'container', no: 5, kind: containerStatus as Patch<object> }]) },
  ]),
}

const metaStamp = new Patch<v1.IMeta>(v1.Meta, [{ name: 'updatedAt', no: 4, kind: 'int64' }])
const stamps = new Map<TableName, Patch<object>>()
// The patch that sets an object's meta.updatedAt, for the table's message type.
export function stampOf(table: TableName): Patch<object> {
  let p = stamps.get(table)
  if (!p) stamps.set(table, (p = new Patch<object>(tables[table].codec, [{ name: 'meta', no: 1, kind: metaStamp as Patch<object> }])))
  return p
}

export type TableName = keyof typeof tables
interface Objects {
  nodes: Node
  services: Service
  tasks: Task
  clusters: Cluster
  secrets: Secret
  networks: Network
  configs: Config
  requests: v1.RequestRecord
}
export type ObjOf<N extends TableName> = Objects[N]
// Each table's objects as the mirror shares them (an indexed type, as ObjOf, so that the
// compiler sees a StoreView's own objects, ObjOf<N>, are readable as SharedOf<N>).
type SharedObjects = { [N in TableName]: Shared<Objects[N]> }
export type SharedOf<N extends TableName> = SharedObjects[N]
// What a writer hands a batch: an object of its own (made new, or a copyOf a shared one)
// whose nested objects may be shared. The batch sets its meta; nothing nested is changed.
export type WritableOf<N extends TableName> = Copy<SharedOf<N>>

export function decode<N extends TableName>(table: N, o: StoreObject): ObjOf<N> {
  const obj = (tables[table] as unknown as TableDef<ObjOf<N>>).codec.decode(o.data) as ObjOf<N> & { meta?: v1.IMeta | null }
  // The version lives beside the bytes (it is the Raft index of the write), not in them.
  if (!obj.meta) obj.meta = new v1.Meta({ id: o.id })
  obj.meta.version = o.version
  return obj
}

// A task's spec is its service's (shared and frozen, orchestrator/tasks.ts): encoded once
// per spec object, and its bytes written into each task that shares it, where 100,000 tasks
// of 10 services encoded 10 specs 10,000 times each. Field order does not matter to a
// protobuf decoder, so the spec goes last; the decoded task is the same.
const specBytes = new WeakMap<object, Uint8Array>()
const TASK_SPEC_TAG = (6 << 3) | 2 // Task.spec: field 6, length-delimited
export function encodeTask(t: Task, w: Writer): void {
  const spec = t.spec
  if (!spec || !Object.isFrozen(spec) || !Object.prototype.hasOwnProperty.call(t, 'spec')) {
    v1.Task.encode(t, w)
    return
  }
  let bytes = specBytes.get(spec)
  if (!bytes) specBytes.set(spec, (bytes = v1.TaskSpec.encode(spec).finish()))
  // The writer's own object (never a shared one: put() has just set its meta).
  t.spec = null
  try {
    v1.Task.encode(t, w)
  } finally {
    t.spec = spec
  }
  w.uint32(TASK_SPEC_TAG).bytes(bytes)
}
