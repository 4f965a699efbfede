// Writes to the store: one atomic batch of actions (WriteBatch), or a write too big to wait
// for whole, proposed in pieces while it is built (StreamedWrite).
import { randomInt } from 'node:crypto'
import type { StoreAction } from '../../native/index'
import { BatchEncoder } from './batch'
import { ShoalError } from './errors'
import type { Patch } from './patch'
import type { ClusterStore } from './store'
import { encodeTask, stampOf, tables, v1, type ObjOf, type TableDef, type TableName, type Task, type WritableOf } from './store-tables'

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
