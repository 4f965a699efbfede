// The store's wire formats on the JavaScript side. Batches of actions in shoal-store's
// batch format (crates/shoal-store/src/action.rs, Action::encode_batch), for
// RaftStore.proposeEncoded, and the changes of commit events from RaftStore.watchEncoded
// (below): 100,000 actions or changes cross between Rust and JavaScript as one buffer
// instead of 100,000 objects the addon reads or builds field by field.
//
//   batch  := u8 format(1) · uvarint count · action*
//           | u8 format(2) · uvarint tag · uvarint count · action*  (tagged: see BatchEncoder)
//   action := u8 kind(0 create, 1 update, 2 delete, 3 merge: data appended to the stored
//             bytes, src/manager/patch.ts) · str table · str id · u8 flags(1 expected
//             version, 2 data) · [uvarint expected] · [bytes data] · uvarint n · index*n
//   index  := str name · str value · u8 unique
//   str, bytes := uvarint length · the bytes (UTF-8 for str)
import type { IndexEntry, StoreAction } from '../../native/index'
import { BufferWriter, Writer } from 'protobufjs/minimal'

const BATCH_FORMAT = 1
const BATCH_FORMAT_TAGGED = 2
const HAS_EXPECTED = 1
const HAS_DATA = 2
const KIND: Record<StoreAction['kind'], number> = { create: 0, update: 1, delete: 2, merge: 3 }

// A protobufjs writer whose 64-bit varints (int64, uint64: a version, every meta's and
// status's timestamps, and the batch's expected versions) take a number that is a
// non-negative safe integer as it is, where protobufjs's split each into a LongBits object
// first (three per assignment, in a pass of 100,000). The bytes are the same; negative
// values (ten bytes, two's complement) and Longs go through protobufjs's.
class BatchWriter extends BufferWriter {
  // protobufjs's own (untyped): makes room for n more bytes.
  declare _reserve: (n: number) => void

  override uint64(value: number | Long | string): this {
    if (typeof value !== 'number' || !(value >= 0 && value <= Number.MAX_SAFE_INTEGER) || !Number.isInteger(value)) return super.uint64(value) as this
    this._reserve(10)
    const buf = this.buf
    let pos = this.pos
    let v = value
    while (v > 0x7fffffff) {
      buf[pos++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    while (v > 0x7f) {
      buf[pos++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    buf[pos++] = v
    this.pos = pos
    return this
  }
}
// The same varint (protobufjs's int64 is its uint64 too), without a call more per value.
BatchWriter.prototype.int64 = BatchWriter.prototype.uint64

// The bytes a string takes in the format (`str`).
function strBytes(s: string): Uint8Array {
  return Writer.create().string(s).finish()
}

// The tables' names, as they are written in each action: the store has a handful.
const tableBytes = new Map<string, Uint8Array>()

// The index entries (`uvarint n · index*n`) of a frozen list of frozen entries, encoded once:
// a task's list is shared by the tasks of its service and node (store.ts, taskKeys), which
// wrote the same two names and values again for each of 100,000 tasks.
const indexBytes = new WeakMap<readonly IndexEntry[], Uint8Array>()

function writeIndexes(w: Writer, indexes: readonly IndexEntry[]): void {
  w.uint32(indexes.length)
  // An index loop: a for-of over the (frozen, shared) entry lists made an iterator result
  // per entry, ~13 MB per 100,000-task assignment pass (allocation sampling).
  for (let i = 0; i < indexes.length; i++) {
    const e = indexes[i]
    w.string(e.name).string(e.value).uint32(e.unique ? 1 : 0)
  }
}

// A list of actions whose objects are already encoded (`data`), as one batch.
export function encodeBatch(actions: readonly StoreAction[]): Buffer {
  const enc = new BatchEncoder()
  for (const a of actions) enc.add(a, a.data ? (w) => w.raw(a.data!) : undefined)
  return enc.finish()
}

// Encodes actions in the batch format as they are added, their objects' protobuf bytes
// written in place (protobufjs's fork/ldelim is exactly the format's `bytes`: a uvarint
// length and the bytes), so a batch of 10,000 tasks is one buffer built in one pass rather
// than 10,000 encoded buffers copied again into a batch (twice as fast for 100,000 tasks).
export class BatchEncoder {
  private readonly w: Writer = new BatchWriter()
  // Per action, where its object's bytes start and end in the writer's buffer (0, 0 for
  // none): numbers, where a view of the batch per action (and the object pointing to it)
  // made a third of what a 100,000-task scheduling run's scavenges promoted, for no reader
  // but tests (dataOf).
  private readonly spans: number[] = []
  private count = 0
  private done: Buffer | null = null

  // With a `tag` (a positive safe integer), the batch is written tagged (format 2): the
  // store ignores the tag, and the commit event of the entry echoes it
  // (EncodedCommitEvent.tag), so the proposer knows its own batch's event without reading it.
  // `capacity`: the bytes to start with (the buffer doubles when they run out), where
  // protobufjs's writers all start at one global size (Writer.initialBufferSize, 128). The
  // default holds an API write's one object (a few hundred bytes) and comes from Node's
  // buffer pool; a StreamedWrite sizes its pieces from the one before.
  constructor(
    private readonly tag?: number,
    capacity = 1024,
  ) {
    this.w.buf = Buffer.allocUnsafe(capacity)
    if (tag !== undefined && !(Number.isSafeInteger(tag) && tag > 0)) throw new RangeError(`batch tag ${tag}: not a positive safe integer`)
    // Room for the header (format byte, tag as a uvarint of up to 8 bytes, count as one of
    // up to 5), written last when the count is known: right-aligned against the first action.
    this.w.fixed64(0).fixed32(0).uint32(0).uint32(0)
  }

  // `encode` writes the action's object (nothing for a delete); `a` is left as it is.
  add(a: StoreAction, encode?: (w: Writer) => void): void {
    if (this.done) throw new Error('batch already encoded')
    const w = this.w
    const expected = a.expectedVersion !== undefined && a.expectedVersion !== null
    if (expected && !(a.expectedVersion! >= 0)) throw new RangeError(`${a.table}/${a.id}: expectedVersion must not be negative`)
    let table = tableBytes.get(a.table)
    if (!table) tableBytes.set(a.table, (table = strBytes(a.table)))
    w.uint32(KIND[a.kind]).raw(table).string(a.id)
    w.uint32((expected ? HAS_EXPECTED : 0) | (encode ? HAS_DATA : 0))
    if (expected) w.uint64(a.expectedVersion!)
    if (encode) {
      // fork() reserves one byte for the length; ldelim() moves the bytes up if it needs more.
      const before = w.pos
      w.fork()
      encode(w)
      const length = w.pos - before - 1
      w.ldelim()
      this.spans.push(w.pos - length, w.pos)
    } else {
      this.spans.push(0, 0)
    }
    const indexes: readonly IndexEntry[] = a.indexes ?? []
    if (indexes.length > 0 && Object.isFrozen(indexes)) {
      let bytes = indexBytes.get(indexes)
      if (!bytes) {
        const lw = Writer.create()
        writeIndexes(lw, indexes)
        bytes = lw.finish()
        // Cached only when no entry can change (entries of a frozen list may not be frozen).
        if (indexes.every((e) => Object.isFrozen(e))) indexBytes.set(indexes, bytes)
      }
      w.raw(bytes)
    } else {
      writeIndexes(w, indexes)
    }
    this.count++
  }

  // The whole batch, header included (a view of the writer's buffer, which this encoder
  // owns: no copy).
  finish(): Buffer {
    if (this.done) return this.done
    const buf = this.w.finish(true) as Buffer
    const head = (this.tag === undefined ? Writer.create().uint32(BATCH_FORMAT) : Writer.create().uint32(BATCH_FORMAT_TAGGED).uint64(this.tag)).uint32(this.count).finish(true)
    const start = HEADER_ROOM - head.length
    buf.set(head, start)
    this.done = buf.subarray(start)
    return this.done
  }

  // The bytes of the `n`th action's object as the batch holds them (a view of the batch),
  // once finished; undefined for an action without.
  dataOf(n: number): Buffer | undefined {
    if (!this.done) throw new Error('batch not yet encoded')
    const end = this.spans[2 * n + 1]
    return end ? (this.w.buf as Buffer).subarray(this.spans[2 * n], end) : undefined
  }
}

// fixed64 and fixed32 (12 bytes) and two one-byte uvarints: the most a header takes (1 + 8
// + 5).
const HEADER_ROOM = 14

// One change of a commit event, as RaftStore.watchEncoded delivers them (shoal-store's
// Change::encode_all): per change, u8 kind · str table · str id · uvarint version ·
// u8 has-data · [bytes data]. `data` is a view into the event's buffer, not a copy.
export interface EncodedChange {
  kind: 'create' | 'update' | 'delete'
  table: string
  id: string
  version: number
  data?: Buffer
}

const KIND_NAME: readonly EncodedChange['kind'][] = ['create', 'update', 'delete']

export function decodeChanges(buf: Buffer, count: number): EncodedChange[] {
  const out: EncodedChange[] = new Array(count)
  let pos = 0
  const uvarint = () => {
    let v = 0
    let scale = 1
    for (;;) {
      const b = buf[pos++]
      v += (b & 0x7f) * scale
      if (b < 0x80) return v
      scale *= 0x80
    }
  }
  const str = () => {
    const n = uvarint()
    pos += n
    return buf.toString('utf8', pos - n, pos)
  }
  for (let i = 0; i < count; i++) {
    const kind = KIND_NAME[buf[pos++]]
    const table = str()
    const id = str()
    const version = uvarint()
    let data: Buffer | undefined
    if (buf[pos++] === 1) {
      const n = uvarint()
      data = buf.subarray(pos, pos + n)
      pos += n
    }
    out[i] = { kind, table, id, version, data }
  }
  if (pos !== buf.length) throw new Error(`commit event: ${buf.length - pos} bytes left after ${count} changes`)
  return out
}
