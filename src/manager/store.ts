// The typed face of the replicated store. The Rust store keeps opaque bytes; this module
// owns the one mapping between API objects and those bytes: which table an object lives
// in, how it is encoded, and which index entries the store keeps for it.
import { randomInt } from 'node:crypto'
import type { Writer } from 'protobufjs/minimal'
import { shoal } from '../generated/shoal'
import type { RaftStore, StoreAction, StoreObject, IndexEntry, ReadTxn } from '../../native/index'
import { BatchEncoder, decodeChanges } from './batch'
import { NotLeaderError, ShoalError } from './errors'
import { deepFreeze, FREEZE_SHARED, StoreMirror, type Copy, type Shared } from './mirror'
import { Patch, type PatchField } from './patch'
import { recordInto } from './requests'

export { copyOf, forEncoder, type Copy, type Shared } from './mirror'

export import v1 = shoal.v1

export type Node = v1.Node
export type Service = v1.Service
export type Task = v1.Task
export type Cluster = v1.Cluster
export type Secret = v1.Secret
export type Network = v1.Network
export type Config = v1.Config

interface TableDef<T> {
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

const tables = {
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
function stampOf(table: TableName): Patch<object> {
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
type ObjOf<N extends TableName> = Objects[N]
// Each table's objects as the mirror shares them (an indexed type, as ObjOf, so that the
// compiler sees a StoreView's own objects, ObjOf<N>, are readable as SharedOf<N>).
type SharedObjects = { [N in TableName]: Shared<Objects[N]> }
export type SharedOf<N extends TableName> = SharedObjects[N]
// What a writer hands a batch: an object of its own (made new, or a copyOf a shared one)
// whose nested objects may be shared. The batch sets its meta; nothing nested is changed.
export type WritableOf<N extends TableName> = Copy<SharedOf<N>>

function decode<N extends TableName>(table: N, o: StoreObject): ObjOf<N> {
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
function encodeTask(t: Task, w: Writer): void {
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

// What a reader needs of a view: StoreView (fresh copies from the Rust store) and
// SharedView (the mirror's shared, read-only objects) both answer it.
export interface StoreReader {
  get<N extends TableName>(table: N, id: string): SharedOf<N> | null
  list<N extends TableName>(table: N): SharedOf<N>[]
  find<N extends TableName>(table: N, index: string, value: string): SharedOf<N>[]
}

// Reads against one consistent snapshot of the store. Every read decodes afresh, so the
// caller owns the objects and may change them before writing them back.
export class StoreView implements StoreReader {
  constructor(private readonly txn: Pick<ReadTxn, 'get' | 'list' | 'find'>) {}

  get<N extends TableName>(table: N, id: string): ObjOf<N> | null {
    const o = this.txn.get(table, id)
    return o ? decode(table, o) : null
  }

  list<N extends TableName>(table: N): ObjOf<N>[] {
    return this.txn.list(table).map((o) => decode(table, o))
  }

  find<N extends TableName>(table: N, index: string, value: string): ObjOf<N>[] {
    return this.txn.find(table, index, value).map((o) => decode(table, o))
  }
}

// Reads from the mirror (mirror.ts): objects decoded once per change and shared by every
// reader, so they are read-only (`Shared`); write a changed copy (`copyOf`). The mirror
// only moves when a commit event is handled, so reads made without an `await` in between
// are one consistent state of the store.
export class SharedView implements StoreReader {
  constructor(private readonly mirror: StoreMirror) {}

  get<N extends TableName>(table: N, id: string): SharedOf<N> | null {
    return this.mirror.get(table, id) as SharedOf<N> | null
  }

  list<N extends TableName>(table: N): SharedOf<N>[] {
    return this.mirror.list(table) as SharedOf<N>[]
  }

  find<N extends TableName>(table: N, index: string, value: string): SharedOf<N>[] {
    return this.mirror.find(table, index, value) as SharedOf<N>[]
  }

  // How many objects the table holds, without listing them.
  count(table: TableName): number {
    return this.mirror.count(table)
  }
}

// Collects the actions of one atomic write. Updates and deletes carry the version the
// caller read, so a write based on stale reads is refused (Conflict) instead of
// silently overwriting someone else's change.
export class WriteBatch {
  readonly actions: StoreAction[] = []
  // With `handOver`, the objects written (by action) go to the store's mirror as they are
  // once committed, instead of being decoded again from the committed bytes: the writer
  // must not touch them once added (they are shared after the commit). The manager's
  // components write copies made for the purpose, tens of thousands at a time.
  readonly objects: (object | undefined)[] | null
  // A handed-over batch is proposed tagged with this random number, which its commit event
  // echoes: how ClusterStore tells this batch's event from any other member's without
  // decoding it (48 random bits: another member's batch carrying the tag of one of the few
  // batches in flight here is out of the question).
  readonly tag: number | undefined
  // The batch as proposed, built as actions are added (the actions get no `data`: see dataOf).
  private readonly encoder: BatchEncoder

  // `capacity`: the encoded size expected, if known (BatchEncoder's).
  constructor(opts: { handOver?: boolean; capacity?: number } = {}) {
    this.objects = opts.handOver ? [] : null
    this.tag = opts.handOver ? randomInt(1, 2 ** 48) : undefined
    this.encoder = new BatchEncoder(this.tag, opts.capacity)
  }

  create<N extends TableName>(table: N, obj: WritableOf<N>): void {
    this.put('create', table, obj)
  }

  update<N extends TableName>(table: N, obj: WritableOf<N>): void {
    this.put('update', table, obj)
  }

  // An update written as a merge patch (patch.ts): `obj` is the whole changed object (its
  // index entries, and what a handed-over batch gives the mirror), `patch` the fields that
  // changed from the stored one it was copied from, which is all the store gets. The
  // expected version makes sure the patch lands on that stored object.
  merge<N extends TableName>(table: N, obj: WritableOf<N>, patch: Patch<ObjOf<N>>): void {
    this.put('merge', table, obj, patch)
  }

  delete(table: TableName, id: string, expectedVersion?: number): void {
    const a: StoreAction = { kind: 'delete', table, id, expectedVersion }
    this.encoder.add(a)
    this.actions.push(a)
  }

  get size(): number {
    return this.actions.length
  }

  // The batch in shoal-store's batch format (batch.ts), for RaftStore.proposeEncoded.
  encoded(): Buffer {
    return this.encoder.finish()
  }

  // What the batch holds for the `i`th action's object (a view of it), once encoded():
  // undefined for a delete.
  dataOf(i: number): Buffer | undefined {
    return this.encoder.dataOf(i)
  }

  private put<N extends TableName>(kind: 'create' | 'update' | 'merge', table: N, written: WritableOf<N>, patch?: Patch<ObjOf<N>>): void {
    // Typed as the generated class for the encoders, which only read it (their typings ask
    // for writable arrays); the batch itself sets only the meta.
    const obj = written as ObjOf<N>
    const def = tables[table] as unknown as TableDef<ObjOf<N>>
    const o = obj as { meta?: v1.IMeta | null }
    if (!o.meta?.id) throw new ShoalError('Internal', `${table} object without an id`)
    const expectedVersion = kind === 'create' ? undefined : Number(o.meta.version)
    const now = Date.now()
    // A new Meta, not an edit of the one read, when that one may be a shared view's (frozen);
    // a writer's own new Meta (an orchestrator's 100,000 new tasks) is stamped in place.
    const meta = o.meta instanceof v1.Meta && !Object.isFrozen(o.meta) ? o.meta : new v1.Meta(o.meta)
    if (kind === 'create') meta.createdAt = now
    meta.updatedAt = now
    o.meta = meta
    if (this.objects) this.objects[this.actions.length] = obj
    const a: StoreAction = { kind, table, id: meta.id, expectedVersion, indexes: def.indexes(obj) }
    // Encoded now, into the batch: what is committed is the object as it is at this call.
    const stamp = patch && stampOf(table)
    this.encoder.add(
      a,
      patch
        ? (w) => {
            stamp!.encode(obj, w)
            patch.encode(obj, w)
          }
        : table === 'tasks'
          ? (w) => encodeTask(obj as Task, w)
          : (w) => def.codec.encode(obj, w),
    )
    this.actions.push(a)
  }
}

// What a writer of objects needs of a WriteBatch or a StreamedWrite.
export type BatchWriter = Pick<WriteBatch, 'create' | 'update' | 'merge' | 'delete'>

// Actions per Raft entry for a StreamedWrite: big enough that 100,000 tasks take a few
// dozen entries (each a Raft turn and an fsync), small enough that the Raft thread starts on
// the first piece early and the last piece, which the writer waits for, is short (4,000
// assigned 100,000 tasks in 1.5 s where 10,000 took 1.7-2.3 s: bench/RESULTS.md, round 4).
export const STREAM_CHUNK = 4_000

// A write too big to wait for whole (a pass assigning 100,000 tasks), proposed in pieces of
// about `chunk` actions while the caller is still adding to it: the Raft thread logs and
// applies one piece while this thread builds the next. The caller marks with boundary()
// where its actions may commit apart (between independent decisions); actions between two
// boundaries stay in one atomic entry. Each piece stands alone: a conflict in one leaves
// the others committed, and the next pass of the writer sees what is missing.
// The orchestrator (a boundary after each service) and the scheduler (after each decision)
// write this way: while one piece is logged and applied, the next is built, and the
// scheduler starts on the first services' tasks (bench/RESULTS.md, round 4; in round 2,
// before assignments were patches, the scheduler's extra passes made it slower).
export class StreamedWrite {
  private current: WriteBatch
  private readonly commits: Promise<number>[] = []
  private total = 0

  constructor(
    private readonly store: ClusterStore,
    private readonly opts: { handOver?: boolean; chunk?: number } = {},
  ) {
    this.current = new WriteBatch(opts)
  }

  create<N extends TableName>(table: N, obj: WritableOf<N>): void {
    this.current.create(table, obj)
    this.total++
  }

  update<N extends TableName>(table: N, obj: WritableOf<N>): void {
    this.current.update(table, obj)
    this.total++
  }

  merge<N extends TableName>(table: N, obj: WritableOf<N>, patch: Patch<ObjOf<N>>): void {
    this.current.merge(table, obj, patch)
    this.total++
  }

  delete(table: TableName, id: string, expectedVersion?: number): void {
    this.current.delete(table, id, expectedVersion)
    this.total++
  }

  get size(): number {
    return this.total
  }

  // The actions so far may commit apart from the ones that follow: proposes them now when
  // they make a full piece.
  boundary(): void {
    if (this.current.size >= (this.opts.chunk ?? STREAM_CHUNK)) this.propose()
  }

  // Proposes the rest and waits for every piece; throws the first piece's failure.
  async done(): Promise<void> {
    this.propose()
    const results = await Promise.allSettled(this.commits)
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }

  private propose(): void {
    if (this.current.size === 0) return
    const p = this.store.commit(this.current)
    // Handled by done(); a piece failing before done() is reached must not count as an
    // unhandled rejection meanwhile.
    p.catch(() => undefined)
    this.commits.push(p)
    // The next piece is about as big: its buffer starts at this one's size and a little
    // more, where growing from the default by doubling copied each piece's bytes about
    // once more (~25-30 ms of copying in a 1000x100000 scheduling bench run).
    const bytes = this.current.encoded().length
    this.current = new WriteBatch({ handOver: this.opts.handOver, capacity: bytes + (bytes >> 3) })
  }
}

export interface TypedChange {
  kind: 'create' | 'update' | 'delete'
  table: TableName
  id: string
  version: number
  object?: Shared<Node | Service | Task | Cluster | Secret | Network | Config>
}

// `resync`: a snapshot from the leader replaced the whole state (every object is announced
// as updated; deletions are not announced): drop whatever was derived from earlier changes.
export type ChangeListener = (changes: TypedChange[], index: number, resync: boolean) => void

// How long a shared read waits for the commit events of this manager's own writes before
// it re-reads the Rust store instead (the event stream stopped: a closing store).
const MIRROR_WAIT_MS = 2000

// Maps store errors (a plain Error with a code from the addon) to the manager's error type.
function mapStoreError(err: unknown): ShoalError {
  const e = err as Error & { code?: string }
  switch (e.code) {
    case 'Conflict':
      return new ShoalError('Conflict', `update out of sequence: ${e.message}`)
    case 'NotFound':
      return new ShoalError('NotFound', e.message)
    case 'Exists':
    case 'NameConflict':
      return new ShoalError('AlreadyExists', e.message)
    case 'NotLeader':
      return new NotLeaderError(e.message)
    default:
      return new ShoalError('Internal', e.message ?? String(err))
  }
}

export class ClusterStore {
  private readonly listeners = new Set<ChangeListener>()
  private readonly mirror = new StoreMirror()
  private readonly shared = new SharedView(this.mirror)
  // The index of the last commit event the mirror took in, and the highest index a write
  // through this store resolved with: a shared read waits until the first reaches the
  // second, so a component always reads its own writes.
  private mirrorIndex = 0
  private lastWrite = 0
  // Writes through this store proposed and not yet answered.
  private readonly inFlight = new Set<Promise<number>>()
  // Commit events at or below this index are already in the mirror (taken from a full
  // read of the store made after they were applied).
  private loadedThrough = 0
  private waiters: { index: number; resolve: () => void }[] = []
  private refreshedAtApplied = -1
  // Batches in flight whose writers handed their objects over (WriteBatch's handOver), by tag.
  private readonly handedOver = new Map<number, WriteBatch>()

  // freezeShared: every shared object frozen whole (mirror.ts; SHOAL_FREEZE_SHARED's default).
  constructor(
    readonly raft: RaftStore,
    private readonly opts: { freezeShared?: boolean } = {},
  ) {
    raft.watchEncoded((err, event) => {
      if (err || !event) return
      if (event.resync) this.refresh(true)
      const changes: TypedChange[] = event.resync ? this.everything() : []
      if (!event.resync && event.index > this.loadedThrough) {
        const own = event.tag == null ? undefined : this.handedOver.get(event.tag)
        if (own && own.size === event.count) this.takeOwn(own, event.index, changes)
        else for (const c of decodeChanges(event.changes, event.count)) changes.push(this.take(c))
      }
      this.mirrorIndex = Math.max(this.mirrorIndex, event.index)
      this.wake()
      for (const l of this.listeners) {
        try {
          l(changes, event.index, !!event.resync)
        } catch (e) {
          console.error('store listener failed:', e)
        }
      }
    })
    this.refresh()
  }

  // Applies one committed change to the mirror and returns it typed. An update or create
  // older than what the mirror holds (a change replayed after a full read) is ignored.
  private take(c: { kind: string; table: string; id: string; version: number; data?: Buffer | null }): TypedChange {
    const table = c.table as TableName
    const change: TypedChange = { kind: c.kind as TypedChange['kind'], table, id: c.id, version: c.version }
    if (c.kind === 'delete') this.mirror.remove(table, c.id)
    else if (c.data) change.object = this.remember(table, { table, id: c.id, version: c.version, data: c.data }) as TypedChange['object']
    return change
  }

  // The commit event of a handed-over batch of this store (its tag echoed): the entry is
  // that batch's bytes, and the store reports one change per action, in order, each at the
  // entry's index, so the changes are the batch's actions and the writer's objects are
  // exactly what was committed; the event's bytes are not read.
  private takeOwn(batch: WriteBatch, index: number, out: TypedChange[]): void {
    const objects = batch.objects!
    const actions = batch.actions
    // An index loop, not a forEach: its callback was a closure call per action.
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]
      const table = a.table as TableName
      // A merge is an update to watchers, as the store reports it.
      const change: TypedChange = { kind: a.kind === 'merge' ? 'update' : a.kind, table, id: a.id, version: index }
      if (a.kind === 'delete') this.mirror.remove(table, a.id)
      else change.object = this.adopt(table, a.id, index, objects[i]!, a.indexes ?? []) as TypedChange['object']
      out.push(change)
    }
  }

  // Keeps a writer's object, at its committed version, as the mirror's.
  private adopt(table: TableName, id: string, version: number, obj: object, keys: IndexEntry[]): object {
    ;(obj as { meta: v1.IMeta }).meta.version = version
    return this.mirror.put(table, id, version, this.share(table, obj), keys)
  }

  // Decodes (once per version) and keeps an object in the mirror; returns the shared copy.
  private remember<N extends TableName>(table: N, o: StoreObject): ObjOf<N> {
    const have = this.mirror.entry(table, o.id)
    if (have && have.version >= o.version) return have.obj as ObjOf<N>
    const obj = decode(table, o)
    const keys = (tables[table] as unknown as TableDef<ObjOf<N>>).indexes(obj)
    return this.mirror.put(table, o.id, o.version, this.share(table, obj), keys) as ObjOf<N>
  }

  // Freezes what must never change of an object the mirror takes in (mirror.ts says why the
  // rest is frozen only under SHOAL_FREEZE_SHARED). Two writers' shortcuts take frozen for
  // shared, so these freezes are not checks but what they rely on:
  //   - every object's meta: WriteBatch.put stamps a writer's own Meta in place but gives
  //     a copy of a shared object a new one (else the stamp, and the version adopt() sets,
  //     would land on the shared object);
  //   - services whole: encodeTask reuses the bytes of a task spec that is frozen, and the
  //     tasks an orchestrator makes share their service's spec.
  // Only tasks come by the hundred thousand: the other tables' objects are frozen whole
  // always, for the price of nothing.
  private share(table: TableName, obj: object): object {
    if ((this.opts.freezeShared ?? FREEZE_SHARED) || table !== 'tasks') return deepFreeze(obj)
    Object.freeze((obj as { meta: v1.IMeta }).meta)
    return obj
  }

  // Brings the mirror level with the Rust store by a full read: objects whose version
  // changed are decoded, ones gone are dropped. Run when the mirror may have missed events
  // (at open, when the watch is not yet registered in the Raft thread; after a snapshot;
  // when components start on a new leader). Cheap when nothing was applied since the last.
  refresh(force = false): void {
    const applied = this.raft.status().applied
    if (applied === this.refreshedAtApplied && !force) return
    // Read before the list, so every event at or below it is in the list and skipped.
    this.refreshedAtApplied = applied
    const txn = this.raft.view()
    for (const table of Object.keys(tables) as TableName[]) {
      const present = new Set<string>()
      for (const o of txn.list(table)) {
        present.add(o.id)
        this.remember(table, o)
      }
      for (const id of [...this.mirror.ids(table)]) if (!present.has(id)) this.mirror.remove(table, id)
    }
    this.loadedThrough = Math.max(this.loadedThrough, applied)
    this.mirrorIndex = Math.max(this.mirrorIndex, applied)
    this.wake()
  }

  private everything(): TypedChange[] {
    const out: TypedChange[] = []
    for (const table of Object.keys(tables) as TableName[]) {
      for (const o of this.mirror.list(table)) {
        const meta = (o as { meta?: v1.IMeta | null }).meta!
        out.push({ kind: 'update', table, id: meta.id!, version: Number(meta.version), object: o as TypedChange['object'] })
      }
    }
    return out
  }

  private wake(): void {
    if (this.waiters.length === 0) return
    const ready = this.waiters.filter((w) => w.index <= this.mirrorIndex)
    this.waiters = this.waiters.filter((w) => w.index > this.mirrorIndex)
    for (const w of ready) w.resolve()
  }

  // One object of the mirror as it stands, without waiting for this store's own writes to
  // arrive (for deciding what a change concerns). Shared: read-only.
  peek<N extends TableName>(table: N, id: string): SharedOf<N> | null {
    return this.shared.get(table, id)
  }

  // Whether a write through this store is proposed and not yet answered.
  get writing(): boolean {
    return this.inFlight.size > 0
  }

  // The mirror's objects, once it holds every write made through this store so far, those
  // still in flight included: a scheduler pass that starts while the orchestrator's 100,000
  // creates are still being logged (in pieces, StreamedWrite) would otherwise plan the
  // pieces committed so far, and then pass again over every task for the rest.
  // Shared, read-only: see SharedView. Manager components read through this; API handlers,
  // which change what they read, use view().
  async sharedView(): Promise<SharedView> {
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, MIRROR_WAIT_MS)).unref())
      await Promise.race([Promise.allSettled(this.inFlight), late])
      clearTimeout(timer)
    }
    const want = this.lastWrite
    if (this.mirrorIndex < want) {
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>((resolve) => {
        this.waiters.push({ index: want, resolve })
        timer = setTimeout(() => {
          try {
            this.refresh(true)
          } catch {
            // closed meanwhile: the caller's next write fails with Closed
          }
          resolve()
        }, MIRROR_WAIT_MS)
        timer.unref()
      })
      clearTimeout(timer)
    }
    return this.shared
  }

  view(): StoreView {
    return new StoreView(this.raft.view())
  }

  // Commits the batch through Raft; resolves once it is durable and applied.
  async commit(batch: WriteBatch): Promise<number> {
    if (batch.size === 0) return this.raft.status().applied
    // A forwarded write's first batch carries its idempotency record (requests.ts).
    const recorded = recordInto(batch)
    if (batch.tag !== undefined) this.handedOver.set(batch.tag, batch)
    let proposed: Promise<number> | undefined
    try {
      proposed = this.raft.proposeEncoded(batch.encoded())
      this.inFlight.add(proposed)
      const index = await proposed
      this.lastWrite = Math.max(this.lastWrite, index)
      recorded?.(true)
      return index
    } catch (err) {
      recorded?.(false)
      throw mapStoreError(err)
    } finally {
      if (proposed) this.inFlight.delete(proposed)
      // Its event has come (or the batch failed, or the event comes late and is decoded).
      if (batch.tag !== undefined) this.handedOver.delete(batch.tag)
    }
  }

  async write(fn: (batch: WriteBatch, view: StoreView) => void): Promise<number> {
    const batch = new WriteBatch()
    fn(batch, this.view())
    return this.commit(batch)
  }

  // A write the caller did not base on a version it read (a DELETE, say), built afresh
  // from the current view and retried when another writer (the allocator, the dispatcher)
  // moved one of its objects meanwhile: the client asked for an outcome, not for a race
  // with the manager's own components. `fn` may throw (not found) to end it.
  async writeFresh(fn: (batch: WriteBatch, view: StoreView) => void, attempts = 10): Promise<number> {
    for (let i = 1; ; i++) {
      try {
        return await this.write(fn)
      } catch (err) {
        if (i >= attempts || !(err instanceof ShoalError && err.code === 'Conflict')) throw err
      }
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

// Every stored object has an id; the generated typings can't say so.
export const idOf = (o: { readonly meta?: Shared<v1.IMeta> | null }): string => o.meta!.id as string
