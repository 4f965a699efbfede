// Reads of the store: a consistent snapshot of the Rust store decoded afresh (StoreView),
// or the mirror's shared, read-only objects (SharedView).
import type { ReadTxn } from '../../native/index'
import type { StoreMirror } from './mirror'
import { decode, type ObjOf, type SharedOf, type TableName } from './store-tables'

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
