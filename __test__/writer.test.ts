// The batch writer (src/manager/writer.ts) must write exactly the bytes protobufjs's Writer
// writes: the store keeps them, and readers decode them with protobufjs. Every method over
// edge values, then every message type of proto/ with every field set.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import * as protobuf from 'protobufjs'
import { util, Writer } from 'protobufjs/minimal'
import { BufferWriter } from '../src/manager/writer'
import { shoal } from '../src/generated/shoal'
import { patches, v1 } from '../src/manager/store'

type W = Writer | BufferWriter
interface Generated {
  fromObject(o: object): object
  encode(m: object, w: W): W
}

// Writes the same with both writers; the bytes must be equal.
function same(write: (w: W) => void, what: string): void {
  const theirs = Writer.create()
  write(theirs)
  // A small start, so growth happens on the way.
  const ours = new BufferWriter(1)
  write(ours)
  const a = Buffer.from(ours.finish())
  const b = Buffer.from(theirs.finish())
  if (a.equals(b)) return
  let at = 0
  while (a[at] === b[at]) at++
  assert.fail(`${what}: ${a.length} bytes where protobufjs writes ${b.length}, first difference at ${at}: ${a.subarray(at, at + 8).toString('hex')} vs ${b.subarray(at, at + 8).toString('hex')}`)
}

const Long = util.Long as typeof import('long')
const int32s = [0, 1, -1, 127, 128, 16383, 16384, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 32, 2 ** 32 + 5, 1.5, -1.5, NaN]
const int64s = [0, 1, -1, 127, 128, 2 ** 31, 2 ** 32, 2 ** 32 - 1, 2 ** 53 - 1, -(2 ** 53 - 1), -(2 ** 31), -(2 ** 32), 2 ** 63, 2 ** 64, 1.5, -1.5, 1e300, NaN, Date.now()]
const longs = [
  Long.ZERO,
  Long.ONE,
  Long.NEG_ONE,
  Long.MAX_VALUE,
  Long.MIN_VALUE,
  Long.MAX_UNSIGNED_VALUE,
  Long.fromNumber(2 ** 53 - 1),
  Long.fromNumber(-(2 ** 40)),
  Long.fromBits(0, 1, true),
  { low: -1, high: 0 }, // a plain object, as from fromObject without Long
]
const int64Strings = ['0', '1', '-1', '9223372036854775807', '-9223372036854775808', '18446744073709551615', '4294967296']
const floats = [0, -0, 1, -1, 0.1, 1e38, 1e39, -1e-46, 3.4028234663852886e38, NaN, Infinity, -Infinity, 2 ** -149]

const ascii = (n: number) => 'abcdefghij'.repeat(Math.ceil(n / 10)).slice(0, n)
const strings = [
  '',
  'a',
  'tasks',
  ascii(39),
  ascii(40),
  ascii(127),
  ascii(128),
  ascii(16384),
  'é',
  'ünïcödé ' + ascii(30),
  'ünïcödé ' + ascii(32),
  'ünïcödé ' + ascii(200),
  '€'.repeat(43), // 129 bytes from 43 characters: the length takes two bytes
  '€'.repeat(5462), // 16386 bytes: three
  '😀',
  'a😀b',
  '😀'.repeat(20),
  '😀'.repeat(70),
  ascii(20) + '\u{10ffff}',
  // Lone surrogates: protobufjs writes them one way below 40 characters, another above.
  '\ud800',
  'a\udc00b',
  '\ud800' + ascii(38),
  '\ud800' + ascii(39),
  '\udfff' + ascii(200),
  ascii(30) + '\ud83d',
  '\u0000\u007f\u0080\u07ff\u0800\uffff',
]

describe('BufferWriter writes what protobufjs Writer writes', () => {
  test('32-bit varints', () => {
    for (const v of int32s) {
      same((w) => w.uint32(v), `uint32 ${v}`)
      same((w) => w.int32(v), `int32 ${v}`)
      same((w) => w.sint32(v), `sint32 ${v}`)
    }
  })

  test('64-bit varints from numbers, Longs and strings', () => {
    for (const v of [...int64s, ...longs, ...int64Strings]) {
      same((w) => w.uint64(v as number), `uint64 ${v}`)
      same((w) => w.int64(v as number), `int64 ${v}`)
      same((w) => w.sint64(v as number), `sint64 ${v}`)
    }
  })

  test('fixed-width numbers, floats and bools', () => {
    for (const v of int32s) {
      same((w) => w.fixed32(v), `fixed32 ${v}`)
      same((w) => w.sfixed32(v), `sfixed32 ${v}`)
    }
    for (const v of [...int64s, ...longs, ...int64Strings]) {
      same((w) => w.fixed64(v as number), `fixed64 ${v}`)
      same((w) => w.sfixed64(v as number), `sfixed64 ${v}`)
    }
    for (const v of floats) {
      same((w) => w.float(v), `float ${v}`)
      same((w) => w.double(v), `double ${v}`)
    }
    same((w) => w.bool(true).bool(false), 'bool')
  })

  test('strings', () => {
    for (const s of strings) same((w) => w.string(s), `string of ${s.length} characters`)
    // After other bytes, so a string does not start at a buffer's start.
    same((w) => {
      for (const s of strings) w.uint32(300).string(s)
    }, 'strings in a row')
  })

  test('bytes, base64 strings and raw bytes', () => {
    for (const n of [0, 1, 127, 128, 16384, 70000]) {
      const b = Buffer.alloc(n, 7)
      same((w) => w.bytes(b), `bytes of ${n}`)
      same((w) => w.bytes(new Uint8Array(b)), `Uint8Array of ${n}`)
      same((w) => w.bytes(b.toString('base64')), `base64 of ${n}`)
      same((w) => w.uint32(1).raw(b), `raw ${n}`)
    }
  })

  test('nested forks whose lengths cross 127, 16383 and 2097151', () => {
    for (const n of [0, 1, 126, 127, 128, 16382, 16383, 16384, 2097151, 2097152]) {
      same((w) => {
        w.uint32(10).fork().uint32(18).fork().uint32(26).fork()
        w.raw(Buffer.alloc(n, 1))
        w.ldelim().string('x').ldelim().string(ascii(n % 300)).ldelim().uint32(5)
      }, `forks around ${n} bytes`)
    }
  })

  test('reset drops what the last fork began', () => {
    same((w) => {
      w.uint32(1).fork().string('dropped').reset().uint32(2)
      w.fork().fork().string('kept').ldelim().string('dropped').reset().uint32(3)
    }, 'reset')
    same((w) => w.string('all dropped').reset().uint32(4), 'reset without a fork')
    // protobufjs prefixes everything written there (for old generated code); ours refuses.
    assert.throws(() => new BufferWriter().uint32(1).ldelim(), /without fork/)
  })

  test('a large batch forcing many growths', () => {
    same((w) => {
      for (let i = 0; i < 20000; i++) w.uint32(i * 7919).string(`id-${i}-${'é'.repeat(i % 50)}`).fork().int64(1764000000000 - i).bytes(Buffer.alloc(i % 200, i)).ldelim()
    }, 'large')
  })

  test('every message type with every field set', () => {
    const root = loadProto('objects.proto', 'rpc.proto', 'logbroker.proto')
    const types: protobuf.Type[] = []
    const walk = (ns: protobuf.NamespaceBase) => {
      for (const o of ns.nestedArray) {
        if (o instanceof protobuf.Type) types.push(o)
        if (o instanceof protobuf.Namespace || o instanceof protobuf.Type) walk(o)
      }
    }
    walk(root)
    assert.ok(types.length > 50, `${types.length} message types`)
    for (const type of types) {
      // '.shoal.v1.Outer.Inner' → shoal.v1.Outer.Inner
      const generated = type.fullName
        .split('.')
        .slice(2)
        .reduce((ns: Record<string, unknown>, name) => ns[name] as Record<string, unknown>, shoal as unknown as Record<string, unknown>) as unknown as Generated
      assert.ok(generated, `generated ${type.name}`)
      const msg = generated.fromObject(full(type, 0))
      same((w) => generated.encode(msg, w), type.fullName)
    }
  })

  test('merge patches', () => {
    const t = v1.Task.fromObject(full(loadProto('objects.proto').lookupType('shoal.v1.Task'), 0))
    for (const [name, p] of Object.entries(patches)) same((w) => p.encode(t, w as Writer), name)
  })
})

// proto/shoal/v1's files, which import each other as "shoal/v1/<file>".
function loadProto(...files: string[]): protobuf.Root {
  const dir = path.join(__dirname, '..', '..', 'proto')
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(dir, target))
  return root.loadSync(files.map((f) => path.join(dir, 'shoal', 'v1', f)))
}

// An object with every field of `type` set to a value that is not its default, nested
// messages two levels deep.
function full(type: protobuf.Type, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  let i = 0
  for (const f of type.fieldsArray) {
    f.resolve()
    i++
    const value = (): unknown => {
      if (f.resolvedType instanceof protobuf.Type) return depth < 2 ? full(f.resolvedType, depth + 1) : {}
      if (f.resolvedType instanceof protobuf.Enum) return Object.values(f.resolvedType.values).at(-1)
      switch (f.type) {
        case 'string':
          return `${f.name}-${i}-ü😀`
        case 'bytes':
          return Buffer.from(`${f.name} bytes`)
        case 'bool':
          return true
        case 'double':
        case 'float':
          return 0.25 + i
        case 'int64':
        case 'sint64':
        case 'sfixed64':
          return -(2 ** 40) - i
        case 'uint64':
        case 'fixed64':
          return 2 ** 52 + i
        case 'int32':
        case 'sint32':
        case 'sfixed32':
          return -i
        default:
          return 300 + i
      }
    }
    if (f.map) o[f.name] = { k1: value(), k2: value() }
    else if (f.repeated) o[f.name] = [value(), value()]
    else o[f.name] = value()
  }
  return o
}
