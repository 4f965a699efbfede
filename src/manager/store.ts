// The typed face of the replicated store. The Rust store keeps opaque bytes; this module
// owns the one mapping between API objects and those bytes: which table an object lives
// in, how it is encoded, and which index entries the store keeps for it.
import { shoal } from '../generated/shoal'
import type { RaftStore, StoreAction, StoreObject, IndexEntry, ReadTxn } from '../../native/index'
import { ShoalError } from './errors'

export import v1 = shoal.v1

export type Node = v1.Node
export type Service = v1.Service
export type Task = v1.Task
export type Cluster = v1.Cluster
export type Secret = v1.Secret

interface TableDef<T> {
  codec: { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T }
  indexes(obj: T): IndexEntry[]
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
    indexes: (t: Task) => [
      { name: 'service', value: t.serviceId },
      { name: 'node', value: t.nodeId },
      { name: 'slot', value: `${t.serviceId}/${t.slot === 0 ? t.nodeId : t.slot}` },
    ],
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
}

export type TableName = keyof typeof tables
type ObjOf<N extends TableName> = N extends 'nodes'
  ? Node
  : N extends 'services'
    ? Service
    : N extends 'tasks'
      ? Task
      : N extends 'secrets'
        ? Secret
        : Cluster

function decode<N extends TableName>(table: N, o: StoreObject): ObjOf<N> {
  const obj = (tables[table] as unknown as TableDef<ObjOf<N>>).codec.decode(o.data) as ObjOf<N> & { meta?: v1.IMeta | null }
  // The version lives beside the bytes (it is the Raft index of the write), not in them.
  if (!obj.meta) obj.meta = new v1.Meta({ id: o.id })
  obj.meta.version = o.version
  return obj
}

// Reads against one consistent snapshot of the store.
export class StoreView {
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

// Collects the actions of one atomic write. Updates and deletes carry the version the
// caller read, so a write based on stale reads is refused (Conflict) instead of
// silently overwriting someone else's change.
export class WriteBatch {
  readonly actions: StoreAction[] = []

  create<N extends TableName>(table: N, obj: ObjOf<N>): void {
    this.put('create', table, obj)
  }

  update<N extends TableName>(table: N, obj: ObjOf<N>): void {
    this.put('update', table, obj)
  }

  delete(table: TableName, id: string, expectedVersion?: number): void {
    this.actions.push({ kind: 'delete', table, id, expectedVersion })
  }

  get size(): number {
    return this.actions.length
  }

  private put<N extends TableName>(kind: 'create' | 'update', table: N, obj: ObjOf<N>): void {
    const def = tables[table] as unknown as TableDef<ObjOf<N>>
    const meta = (obj as { meta?: v1.IMeta | null }).meta
    if (!meta?.id) throw new ShoalError('Internal', `${table} object without an id`)
    const expectedVersion = kind === 'update' ? Number(meta.version) : undefined
    const now = Date.now()
    if (kind === 'create') meta.createdAt = now
    meta.updatedAt = now
    const data = Buffer.from(def.codec.encode(obj).finish())
    this.actions.push({ kind, table, id: meta.id, expectedVersion, data, indexes: def.indexes(obj) })
  }
}

export interface TypedChange {
  kind: 'create' | 'update' | 'delete'
  table: TableName
  id: string
  version: number
  object?: Node | Service | Task | Cluster | Secret
}

export type ChangeListener = (changes: TypedChange[], index: number) => void

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
      return new ShoalError('Unavailable', e.message)
    default:
      return new ShoalError('Internal', e.message ?? String(err))
  }
}

export class ClusterStore {
  private readonly listeners = new Set<ChangeListener>()

  constructor(readonly raft: RaftStore) {
    raft.watch((err, event) => {
      if (err || !event) return
      // A snapshot from the leader replaced the whole state: there is no list of what
      // changed, so every object is announced as updated. Components already treat a
      // change as "trigger a pass over the store", which is the full refresh needed;
      // deletions are not announced, but every pass reads the store, not the feed.
      const changes: TypedChange[] = event.resync ? this.everything() : event.changes.map((c) => ({
        kind: c.kind as TypedChange['kind'],
        table: c.table as TableName,
        id: c.id,
        version: c.version,
        object: c.data ? decode(c.table as TableName, { table: c.table, id: c.id, version: c.version, data: c.data }) : undefined,
      }))
      for (const l of this.listeners) {
        try {
          l(changes, event.index)
        } catch (e) {
          console.error('store listener failed:', e)
        }
      }
    })
  }

  private everything(): TypedChange[] {
    const view = this.raft.view()
    const out: TypedChange[] = []
    for (const table of Object.keys(tables) as TableName[]) {
      for (const o of view.list(table)) {
        out.push({ kind: 'update', table, id: o.id, version: o.version, object: decode(table, o) })
      }
    }
    return out
  }

  view(): StoreView {
    return new StoreView(this.raft.view())
  }

  // Commits the batch through Raft; resolves once it is durable and applied.
  async commit(batch: WriteBatch): Promise<number> {
    if (batch.size === 0) return this.raft.status().applied
    try {
      return await this.raft.propose(batch.actions)
    } catch (err) {
      throw mapStoreError(err)
    }
  }

  async write(fn: (batch: WriteBatch, view: StoreView) => void): Promise<number> {
    const batch = new WriteBatch()
    fn(batch, this.view())
    return this.commit(batch)
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

// Every stored object has an id; the generated typings can't say so.
export const idOf = (o: { meta?: v1.IMeta | null }): string => o.meta!.id as string
