// A decoded copy of the replicated store, kept in JavaScript and fed by the commit stream.
// Every object is decoded once per change (by ClusterStore, when its commit event arrives)
// and then shared by every manager component: a pass over 100,000 tasks reads these
// objects instead of asking the addon for 100,000 byte buffers and decoding each afresh
// (which made most of a busy manager's garbage). Objects are immutable: a component that
// writes one changes a copy (`copyOf`).
//
// What keeps them so is the compiler: readers get them typed `Shared` (readonly all the way
// down), so an edit in place does not build. Freezing them all as well (deepFreeze) made a
// write that slipped past the types throw, but cost ~0.2 s of the 1.5 s it takes to
// create and assign 100,000 tasks (a freeze of each of 200,000 objects and of everything
// they hold). So the whole freeze is a test-time assertion, as Immer's auto-freeze is a
// development-time one: it runs when SHOAL_FREEZE_SHARED is set (npm test sets it, and
// the daemons the tests start inherit it). ClusterStore says what is frozen regardless.
//
// The mirror knows nothing of protobuf; ClusterStore hands it decoded objects and their
// index entries (the same entries the Rust store keeps, so `find` answers alike).

// What the mirror shares: readonly all the way down, so the compiler refuses a component's
// write into a shared object (and a shared object passed where a writable one is wanted).
// Bytes, Longs and functions are left as they are.
export type Shared<T> = T extends Uint8Array | Long | ((...args: never[]) => unknown) | string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends ReadonlyArray<infer E>
    ? ReadonlyArray<Shared<E>>
    : { readonly [K in keyof T]: Shared<T[K]> }

// A shallow copy of a shared object (copyOf): its own fields writable, what it holds still
// shared (replace those, never edit them).
export type Copy<S> = { -readonly [K in keyof S]: S[K] }

// A shared object where protobufjs's generated typings ask for a writable one though the
// call only reads it (encode, toObject; a message built only to be encoded). A cast, made
// here once with its reason; nothing changes at run time.
export function forEncoder<T>(o: Shared<T>): T {
  return o as T
}

export interface MirrorEntry<T = object> {
  version: number
  obj: T
  keys: ReadonlyArray<{ name: string; value: string }>
}

type Key = MirrorEntry['keys'][number]

function has(keys: readonly Key[], k: Key): boolean {
  for (const o of keys) if (o.name === k.name && o.value === k.value) return true
  return false
}

class MirrorTable {
  readonly rows = new Map<string, MirrorEntry>()
  // index name → value → the one id holding it, or the ids when several do (a unique value,
  // e.g. a service's name, has one holder: no Set for each)
  private readonly byKey = new Map<string, Map<string, string | Set<string>>>()

  // `cur`: the row's entry now, if any, which an update changes in place (no new entry per
  // change, nor a second write into the map: 100,000 of each per scheduling pass).
  put(id: string, version: number, obj: object, keys: MirrorEntry['keys'], cur: MirrorEntry | undefined): void {
    if (!cur) {
      this.rows.set(id, { version, obj, keys })
      for (const k of keys) this.add(id, k)
      return
    }
    const was = cur.keys
    cur.version = version
    cur.obj = obj
    cur.keys = keys
    // An update moves only the keys that changed: most changes (status reports) move none,
    // an assignment one (the node) of a task's keys. Objects have a handful of keys; tasks
    // with the same service and node share one list (store.ts), which moves nothing.
    if (was === keys) return
    for (const k of was) if (!has(keys, k)) this.drop(id, k)
    for (const k of keys) if (!has(was, k)) this.add(id, k)
  }

  remove(id: string): void {
    const old = this.rows.get(id)
    if (!old) return
    this.unindex(id, old)
    this.rows.delete(id)
  }

  ids(index: string, value: string): Iterable<string> {
    const ids = this.byKey.get(index)?.get(value)
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids
  }

  private unindex(id: string, e: MirrorEntry): void {
    for (const k of e.keys) this.drop(id, k)
  }

  private add(id: string, k: MirrorEntry['keys'][number]): void {
    let values = this.byKey.get(k.name)
    if (!values) this.byKey.set(k.name, (values = new Map()))
    const ids = values.get(k.value)
    if (ids === undefined) values.set(k.value, id)
    else if (typeof ids !== 'string') ids.add(id)
    else if (ids !== id) values.set(k.value, new Set([ids, id]))
  }

  private drop(id: string, k: MirrorEntry['keys'][number]): void {
    const values = this.byKey.get(k.name)
    const ids = values?.get(k.value)
    if (ids === undefined) return
    if (typeof ids === 'string') {
      if (ids === id) values!.delete(k.value)
      return
    }
    ids.delete(id)
    if (ids.size === 1) values!.set(k.value, ids.values().next().value!)
  }
}

export class StoreMirror {
  private readonly tables = new Map<string, MirrorTable>()

  private table(name: string): MirrorTable {
    let t = this.tables.get(name)
    if (!t) this.tables.set(name, (t = new MirrorTable()))
    return t
  }

  entry(table: string, id: string): MirrorEntry | undefined {
    return this.tables.get(table)?.rows.get(id)
  }

  // Keeps the newer of what it has and `obj` at `version` (a replayed older change never
  // wins); returns the object kept.
  put(table: string, id: string, version: number, obj: object, keys: MirrorEntry['keys']): object {
    const t = this.table(table)
    const cur = t.rows.get(id)
    if (cur && cur.version >= version) return cur.obj
    t.put(id, version, obj, keys, cur)
    return obj
  }

  remove(table: string, id: string): void {
    this.tables.get(table)?.remove(id)
  }

  get(table: string, id: string): object | null {
    return this.tables.get(table)?.rows.get(id)?.obj ?? null
  }

  count(table: string): number {
    return this.tables.get(table)?.rows.size ?? 0
  }

  list(table: string): object[] {
    const t = this.tables.get(table)
    if (!t) return []
    const out: object[] = new Array(t.rows.size)
    let i = 0
    for (const e of t.rows.values()) out[i++] = e.obj
    return out
  }

  find(table: string, index: string, value: string): object[] {
    const t = this.tables.get(table)
    const ids = t?.ids(index, value)
    if (!ids) return []
    const out: object[] = []
    for (const id of ids) out.push(t!.rows.get(id)!.obj)
    return out
  }

  ids(table: string): IterableIterator<string> {
    return this.table(table).rows.keys()
  }
}

// Whether shared objects are frozen whole (deepFreeze) as the mirror takes them in: read
// once, at load.
export const FREEZE_SHARED = !!process.env.SHOAL_FREEZE_SHARED

// Freezes an object and everything it holds, so a component that changes a shared object
// in place fails loudly (strict mode) instead of corrupting every other component's view.
export function deepFreeze<T>(o: T): T {
  if (o === null || typeof o !== 'object' || Object.isFrozen(o) || ArrayBuffer.isView(o)) return o
  // Most fields are strings and numbers: tested here rather than in a call each.
  for (const v of Object.values(o as object)) if (v !== null && typeof v === 'object') deepFreeze(v)
  return Object.freeze(o)
}

// A shallow, writable copy of a shared object, of the same class: set its fields,
// and replace (never edit) the nested objects it shares with the original. Made through
// the class's constructor (the generated ones take no required argument): V8 then lays the
// fields out in the object itself, as in a decoded one, where a copy built on a bare
// prototype grew a separate property store field by field (~200 bytes of garbage per copy,
// 100,000 copies in a scheduling pass).
export function copyOf<S extends object>(o: S): Copy<S> {
  const make = (Object.getPrototypeOf(o) as { constructor: new () => object }).constructor
  return Object.assign(new make(), o) as Copy<S>
}
