// A protobuf writer for the store's write batches (batch.ts), byte for byte what
// protobufjs's Writer (protobufjs/minimal, its Node BufferWriter) writes, with the methods
// the generated encoders (src/generated/shoal.js) and our own code call; the generated
// encoders take it for protobufjs's. protobufjs 8's Writer already writes straight into
// one growing buffer (no object per call), so what this one adds is small:
// - a starting size per writer (protobufjs's is one global, 128 bytes): a batch of 4,000
//   tasks grew from there by doubling, each doubling a copy (StreamedWrite sizes its pieces);
// - no LongBits object per 64-bit value written from a number (timestamps, versions,
//   slots), and ASCII strings under 128 characters written length first in one pass:
//   ~5% of encoding 100,000 task creates and 100,000 assignment patches (bench/writer.ts).
// Unlike protobufjs's, finish() returns a view of the buffer, not a copy, and ldelim()
// without a fork() throws (protobufjs then prefixes everything written, for old generated
// code). __test__/writer.test.ts checks every method against protobufjs's Writer.
import { util } from 'protobufjs/minimal'

// A 64-bit value as protobufjs accepts it: a number, a Long, or a decimal string.
type Int64 = number | string | { low: number; high: number }

export class BufferWriter {
  buf: Buffer
  pos = 0
  // Positions of the length bytes fork() reserved, innermost last.
  private readonly states: number[] = []

  constructor(size = 1024) {
    this.buf = Buffer.allocUnsafe(size)
  }

  // Makes room for `n` more bytes.
  private room(n: number): Buffer {
    const need = this.pos + n
    if (need <= this.buf.length) return this.buf
    const buf = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2))
    this.buf.copy(buf, 0, 0, this.pos)
    return (this.buf = buf)
  }

  uint32(value: number): this {
    let v = value >>> 0
    const buf = this.pos + 5 <= this.buf.length ? this.buf : this.room(5)
    let p = this.pos
    while (v > 127) {
      buf[p++] = (v & 127) | 128
      v >>>= 7
    }
    buf[p++] = v
    this.pos = p
    return this
  }

  int32(value: number): this {
    const v = value | 0
    // A negative int32 is sign-extended to 64 bits: always 10 bytes.
    return v < 0 ? this.varint64(v >>> 0, 0xffffffff) : this.uint32(v)
  }

  sint32(value: number): this {
    return this.uint32(((value << 1) ^ (value >> 31)) >>> 0)
  }

  uint64(value: Int64): this {
    if (typeof value !== 'number') {
      const bits = util.LongBits.from(value as never)
      return this.varint64(bits.lo, bits.hi)
    }
    // LongBits.fromNumber's arithmetic, without the object.
    let v = value
    const sign = v < 0
    if (sign) v = -v
    let lo = v >>> 0
    let hi = ((v - lo) / 4294967296) >>> 0
    if (sign) {
      hi = ~hi >>> 0
      lo = ~lo >>> 0
      if (++lo > 4294967295) {
        lo = 0
        if (++hi > 4294967295) hi = 0
      }
    }
    return this.varint64(lo, hi)
  }

  int64(value: Int64): this {
    return this.uint64(value)
  }

  sint64(value: Int64): this {
    const bits = util.LongBits.from(value as never).zzEncode()
    return this.varint64(bits.lo, bits.hi)
  }

  private varint64(lo: number, hi: number): this {
    const buf = this.pos + 10 <= this.buf.length ? this.buf : this.room(10)
    let p = this.pos
    while (hi) {
      buf[p++] = (lo & 127) | 128
      lo = ((lo >>> 7) | (hi << 25)) >>> 0
      hi >>>= 7
    }
    while (lo > 127) {
      buf[p++] = (lo & 127) | 128
      lo >>>= 7
    }
    buf[p++] = lo
    this.pos = p
    return this
  }

  bool(value: boolean): this {
    this.room(1)[this.pos++] = value ? 1 : 0
    return this
  }

  fixed32(value: number): this {
    this.room(4).writeUInt32LE(value >>> 0, this.pos)
    this.pos += 4
    return this
  }

  sfixed32(value: number): this {
    return this.fixed32(value)
  }

  fixed64(value: Int64): this {
    const bits = util.LongBits.from(value as never)
    const buf = this.room(8)
    buf.writeUInt32LE(bits.lo, this.pos)
    buf.writeUInt32LE(bits.hi, this.pos + 4)
    this.pos += 8
    return this
  }

  sfixed64(value: Int64): this {
    return this.fixed64(value)
  }

  float(value: number): this {
    this.room(4).writeFloatLE(value, this.pos)
    this.pos += 4
    return this
  }

  double(value: number): this {
    this.room(8).writeDoubleLE(value, this.pos)
    this.pos += 8
    return this
  }

  // Bytes, or a base64 string of them, with their length.
  bytes(value: Uint8Array | string): this {
    const b = typeof value === 'string' ? Buffer.from(value, 'base64') : value
    this.uint32(b.length)
    return this.raw(b)
  }

  // Bytes as they are (already encoded fields), without a length.
  raw(value: Uint8Array): this {
    const n = value.length
    if (n) {
      this.room(n).set(value, this.pos)
      this.pos += n
    }
    return this
  }

  string(value: string): this {
    const n = value.length
    if (n < 128) {
      const buf = this.pos + 1 + 3 * n <= this.buf.length ? this.buf : this.room(1 + 3 * n)
      const start = this.pos + 1
      let i = 0
      for (let c: number; i < n && (c = value.charCodeAt(i)) < 128; i++) buf[start + i] = c
      if (i === n) {
        // ASCII: as many bytes as characters, so the length (one byte) goes first.
        buf[start - 1] = n
        this.pos = start + n
        return this
      }
      // protobufjs writes strings shorter than 40 characters with its own UTF-8 encoder and
      // longer ones with Buffer's: they differ on lone surrogates (its encoder writes them as
      // three bytes of their own, Buffer's as U+FFFD), so this writer makes the same split.
      return this.delimit(start - 1, n < 40 ? util.utf8.write(value, buf, start) : utf8Write(buf, value, start))
    }
    const len = Buffer.byteLength(value)
    this.uint32(len)
    utf8Write(this.room(len), value, this.pos)
    this.pos += len
    return this
  }

  // Reserves a length byte for what follows, up to the matching ldelim().
  fork(): this {
    this.room(1)
    this.states.push(this.pos++)
    return this
  }

  // Writes the length of what was written since the matching fork() in its place.
  ldelim(): this {
    const at = this.states.pop()
    if (at === undefined) throw new Error('ldelim() without fork()')
    return this.delimit(at, this.pos - at - 1)
  }

  // Drops what was written since the last fork() (or everything, with none open).
  reset(): this {
    this.pos = this.states.pop() ?? 0
    return this
  }

  // The bytes written: a view of this writer's buffer, not a copy.
  finish(): Buffer {
    return this.buf.subarray(0, this.pos)
  }

  // `len` bytes written after the length byte at `at`: writes their length there, moving
  // them up when it takes more than one byte.
  private delimit(at: number, len: number): this {
    if (len < 128) {
      this.buf[at] = len
      this.pos = at + 1 + len
      return this
    }
    const extra = (len < 16384 ? 2 : len < 2097152 ? 3 : len < 268435456 ? 4 : 5) - 1
    this.pos = at + 1 + len
    const buf = this.room(extra)
    buf.copyWithin(at + 1 + extra, at + 1, at + 1 + len)
    this.pos = at
    this.uint32(len)
    this.pos += len
    return this
  }
}

// Buffer's UTF-8 writer without Buffer.write's argument handling (what protobufjs calls too).
const utf8Write = (buf: Buffer, s: string, at: number): number => (buf as Buffer & { utf8Write(s: string, at: number): number }).utf8Write(s, at)
