// The typed face of the replicated store: ClusterStore commits batches through Raft and
// keeps the mirror, the objects every component reads, level with what is applied. Beside
// it, by concern: the tables and how objects map to bytes (store-tables.ts), reads
// (store-views.ts), writes (store-write.ts); their names are re-exported here, the one
// import for the rest of the manager.
import type { RaftStore, StoreObject, IndexEntry } from '../../native/index'
import { decodeChanges } from './batch'
import { NotLeaderError, ShoalError } from './errors'
import { deepFreeze, FREEZE_SHARED, StoreMirror, type Shared } from './mirror'
import { recordInto } from './requests'
import { decode, tables, v1, type Cluster, type Config, type Network, type Node, type ObjOf, type Secret, type Service, type SharedOf, type TableDef, type TableName, type Task } from './store-tables'
import { SharedView, StoreView } from './store-views'
import { WriteBatch } from './store-write'

export { copyOf, forEncoder, type Copy, type Shared } from './mirror'
export { v1, patches, type Cluster, type Config, type Network, type Node, type Secret, type Service, type SharedOf, type TableName, type Task, type WritableOf } from './store-tables'
export { SharedView, StoreView, type StoreReader } from './store-views'
export { STREAM_CHUNK, StreamedWrite, WriteBatch, type BatchWriter } from './store-write'

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
