// The values fuzzing feeds the daemon (fast-check arbitraries): edge numbers and strings
// where converters and stores break (sign, size, precision, escapes, unicode), JSON edits
// of a valid request (replace, add or delete one field anywhere in it), and raw bodies
// that are not the JSON they claim to be.
import fc from 'fast-check'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

// Numbers a converter must bound or refuse: zero and sign, 32/53/64-bit edges, fractions,
// the largest doubles (JSON has no NaN or Infinity; 1e400 parses as Infinity).
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, -1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31), 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 63, -(2 ** 63), 1e21, 1e308, -1e308, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

// Strings: empty, blank, control characters, path escapes, %-escapes, very long, lone
// surrogates (not valid UTF-16: encode to U+FFFD), right-to-left marks, emoji, NUL.
export const edgeString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\n', '../../etc/passwd', '..', '%', '%zz', '%00', 'a/b', 'a\\b', '\ud800', '\u202eevil', '🦈🦈', 'ǅ', '{{.Task.Slot}}', 'x'.repeat(70_000), '-1', 'null', 'true'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

// Any JSON value, small, built from the edge values.
export const jsonValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    edgeNumber,
    edgeString,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(edgeString, fc.constantFrom('Name', 'Labels', 'Spec', 'Image')), tie('value'), { maxKeys: 4 }),
  ),
})).value

// Every path into a JSON value (object keys and array indexes), the root included.
export function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out)
  return out
}

export interface JsonEdit {
  op: 'replace' | 'add' | 'delete'
  at: number // which path (modulo the number of paths)
  key: string // the key an `add` creates
  value: Json
}

export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.record({
  op: fc.constantFrom('replace', 'add', 'delete'),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom('Labels', 'Name', 'Spec', 'Mode', 'Replicas', 'Image', 'TaskTemplate', 'Unknown'), edgeString),
  value: jsonValue,
})

// `doc` with the edits applied, in order, to a copy. A replace of the root replaces it all.
export function applyEdits(doc: unknown, edits: JsonEdit[]): unknown {
  let root = structuredClone(doc) as any
  for (const e of edits) {
    const paths = pathsOf(root)
    const path = paths[e.at % paths.length]
    if (path.length === 0) {
      if (e.op === 'replace') root = structuredClone(e.value)
      else if (e.op === 'add' && root && typeof root === 'object' && !Array.isArray(root)) root[e.key] = structuredClone(e.value)
      continue
    }
    const parent = path.slice(0, -1).reduce((o: any, k) => o[k], root)
    const last = path[path.length - 1]
    if (e.op === 'replace') parent[last] = structuredClone(e.value)
    else if (e.op === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last]
    else {
      const target = parent[last]
      if (Array.isArray(target)) target.push(structuredClone(e.value))
      else if (target && typeof target === 'object') target[e.key] = structuredClone(e.value)
      else parent[last] = structuredClone(e.value)
    }
  }
  return root
}

// A JSON text nested `depth` levels deep: parsers that recurse run out of stack.
export const deepNestText = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

// Raw request bodies that are not a JSON object: truncated, binary, deeply nested, a lone
// value, invalid UTF-8, duplicated keys, a BOM.
export const rawBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom('{', '{"Name":', '[]', '"x"', '1e400', 'null', '{"Name":"a","Name":1}', '\ufeff{}', deepNestText(100_000), '{"a":' + '['.repeat(5000)).map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s)),
  fc.constant(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])), // {"\xff\xfe":1}
)

// A path segment percent-encoded byte by byte as UTF-8 (what a client sends for an id it
// was given), so the daemon sees every character the string holds.
export function pct(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).padStart(2, '0')).join('')
}
