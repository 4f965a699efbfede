// The store's wire formats on the JavaScript side. Batches of actions in shoal-store's
// batch format (crates/shoal-store/src/action.rs, Action::encode_batch), for
// RaftStore.proposeEncoded, and the changes of commit events from RaftStore.watchEncoded
// (below): 100,000 actions or changes cross between Rust and JavaScript as one buffer
// instead of 100,000 objects the addon reads or builds field by field.
//
//   batch  := u8 format(1) · uvarint count · action*
//   action := u8 kind(0 create, 1 update, 2 delete) · str table · str id · u8 flags(1 expected
//             version, 2 data) · [uvarint expected] · [bytes data] · uvarint n · index*n
//   index  := str name · str value · u8 unique
//   str, bytes := uvarint length · the bytes (UTF-8 for str)
import type { IndexEntry, StoreAction } from '../../native/index'
import { Writer } from 'protobufjs/minimal'

const BATCH_FORMAT = 1
const HAS_EXPECTED = 1
const HAS_DATA = 2
const KIND: Record<StoreAction['kind'], number> = { create: 0, update: 1, delete: 2 }

export function encodeBatch(actions: readonly StoreAction[]): Buffer {
  // An upper bound (3 UTF-8 bytes per UTF-16 unit, 10 bytes per varint); the buffer is cut
  // to what was written.
  const str = (s: string) => 10 + 3 * s.length
  let size = 11
  for (const a of actions) {
    size += 12 + str(a.table) + str(a.id) + 10 + (a.data ? 10 + a.data.length : 0)
    for (const e of a.indexes ?? []) size += str(e.name) + str(e.value) + 1
  }
  const buf = Buffer.allocUnsafe(size)
  let pos = 0
  const uvarint = (v: number) => {
    while (v >= 0x80) {
      buf[pos++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    buf[pos++] = v
  }
  const putStr = (s: string) => {
    // Ids, table and index names are short and ASCII: copied by hand, which is several
    // times cheaper than a call into Buffer.write for each of ~8 strings per action.
    if (s.length < 0x80) {
      let i = 0
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i)
        if (c >= 0x80) break
        buf[pos + 1 + i] = c
      }
      if (i === s.length) {
        buf[pos] = i
        pos += 1 + i
        return
      }
    }
    // Written after a one-byte length, moved up when the length needs more.
    const n = buf.write(s, pos + 1, 'utf8')
    if (n < 0x80) {
      buf[pos] = n
      pos += 1 + n
      return
    }
    let lengthBytes = 1
    while (n >= 0x80 ** lengthBytes) lengthBytes++
    buf.copyWithin(pos + lengthBytes, pos + 1, pos + 1 + n)
    uvarint(n)
    pos += n
  }
  buf[pos++] = BATCH_FORMAT
  uvarint(actions.length)
  for (const a of actions) {
    buf[pos++] = KIND[a.kind]
    putStr(a.table)
    putStr(a.id)
    const expected = a.expectedVersion !== undefined && a.expectedVersion !== null
    buf[pos++] = (expected ? HAS_EXPECTED : 0) | (a.data ? HAS_DATA : 0)
    if (expected) {
      if (!(a.expectedVersion! >= 0)) throw new RangeError(`${a.table}/${a.id}: expectedVersion must not be negative`)
      uvarint(a.expectedVersion!)
    }
    if (a.data) {
      uvarint(a.data.length)
      pos += a.data.copy(buf, pos)
    }
    const indexes = a.indexes ?? []
    uvarint(indexes.length)
    for (const e of indexes) {
      putStr(e.name)
      putStr(e.value)
      buf[pos++] = e.unique ? 1 : 0
    }
  }
  return buf.subarray(0, pos)
}

// Encodes actions in the batch format as they are added, their objects' protobuf bytes
// written in place (protobufjs's fork/ldelim is exactly the format's `bytes`: a uvarint
// length and the bytes), so a batch of 10,000 tasks is one buffer built in one pass rather
// than 10,000 encoded buffers copied again into the batch by encodeBatch. Produces the same
// bytes as encodeBatch over the same actions.
export class BatchEncoder {
  private readonly w = Writer.create()
  // Per action with data: the end of its bytes in the writer's buffer and their length.
  private readonly spans: { action: StoreAction; end: number; length: number }[] = []
  private count = 0
  private done: Buffer | null = null

  constructor() {
    // Room for the header (format byte, count as a uvarint of up to 5 bytes), written last
    // when the count is known: right-aligned against the first action.
    this.w.fixed32(0).uint32(0).uint32(0)
  }

  // `encode` writes the action's object (nothing for a delete); the action's `data` is set
  // to its bytes by finish().
  add(a: StoreAction, encode?: (w: Writer) => void): void {
    if (this.done) throw new Error('batch already encoded')
    const w = this.w
    const expected = a.expectedVersion !== undefined && a.expectedVersion !== null
    if (expected && !(a.expectedVersion! >= 0)) throw new RangeError(`${a.table}/${a.id}: expectedVersion must not be negative`)
    w.uint32(KIND[a.kind]).string(a.table).string(a.id)
    w.uint32((expected ? HAS_EXPECTED : 0) | (encode ? HAS_DATA : 0))
    if (expected) w.uint64(a.expectedVersion!)
    if (encode) {
      // fork() reserves one byte for the length; ldelim() moves the bytes up if it needs more.
      const before = w.pos
      w.fork()
      encode(w)
      const length = w.pos - before - 1
      w.ldelim()
      this.spans.push({ action: a, end: w.pos, length })
    }
    const indexes: readonly IndexEntry[] = a.indexes ?? []
    w.uint32(indexes.length)
    for (const e of indexes) w.string(e.name).string(e.value).uint32(e.unique ? 1 : 0)
    this.count++
  }

  // The whole batch, header included (a view of the writer's buffer, which this encoder
  // owns: no copy); sets each action's `data` to a view of its bytes.
  finish(): Buffer {
    if (this.done) return this.done
    const buf = this.w.finish(true) as Buffer
    for (const s of this.spans) s.action.data = buf.subarray(s.end - s.length, s.end)
    const head = Writer.create().uint32(BATCH_FORMAT).uint32(this.count).finish(true)
    const start = HEADER_ROOM - head.length
    buf.set(head, start)
    this.done = buf.subarray(start)
    return this.done
  }
}

// fixed32 (4 bytes) and two one-byte uvarints: the most a header takes.
const HEADER_ROOM = 6

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
