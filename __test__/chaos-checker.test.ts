// The linearizability checker of the chaos runs (chaos/checker: Porcupine over shoal's
// register model) on hand-written histories: it must reject what a linearizable store
// could never answer (a stale read after an acknowledged write, a lost write, a write
// applied twice, an unacknowledged write undone) and accept what one may answer
// (concurrent operations in either order, operations of unknown outcome taking effect
// late or never). Skipped (with the reason) where Go is missing.
import { after, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { checkHistory, goUnavailable } from '../chaos/checker'
import type { OpRecord } from '../chaos/history'
import { staleReads } from '../chaos/stale'

const skip = goUnavailable()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-checker-test-'))

type Op = Partial<OpRecord> & Pick<OpRecord, 'op' | 'call' | 'return'>
let n = 0
function check(ops: Op[], key = 'service:web') {
  const file = path.join(dir, `h${n++}.jsonl`)
  const full = ops.map((o, i) => ({ client: i, key, outcome: 'ok', status: 'ok', server: 'm0', ...o }))
  fs.writeFileSync(file, full.map((o) => JSON.stringify(o)).join('\n') + '\n')
  return checkHistory(file, { htmlDir: dir })
}
const create = (value: string, call: number, ret: number, more: Partial<OpRecord> = {}): Op => ({ op: 'create', value, call, return: ret, ...more })
const update = (value: string, expect: string, call: number, ret: number, more: Partial<OpRecord> = {}): Op => ({ op: 'update', value, expect, call, return: ret, ...more })
const read = (out: string | null, call: number, ret: number, prev = ''): Op =>
  out === null ? { op: 'read', status: 'notfound', call, return: ret } : { op: 'read', out, prev, call, return: ret }

describe('linearizability checker (Porcupine)', { skip: skip ?? false }, () => {
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  test('accepts a sequential history that reads every write', () => {
    const r = check([create('a', 0, 10), read('a', 20, 30), update('b', 'a', 40, 50), read('b', 60, 70, 'a'), { op: 'remove', call: 80, return: 90 }, read(null, 100, 110)])
    assert.equal(r.result, 'ok', JSON.stringify(r))
    assert.equal(r.operations, 6)
  })

  test('rejects a stale read after an acknowledged write', () => {
    const r = check([create('a', 0, 10), update('b', 'a', 20, 30), read('a', 40, 50)])
    assert.equal(r.result, 'illegal')
    assert.deepEqual(r.illegal.map((i) => i.key), ['service:web'])
    assert.ok(fs.existsSync(r.illegal[0].visualization!), 'a visualization of the bad history is written')
  })

  test('rejects an acknowledged create that is lost, and one applied twice', () => {
    assert.equal(check([create('a', 0, 10), read(null, 20, 30)]).result, 'illegal')
    // Applied twice: the previous spec is the value itself.
    assert.equal(check([create('a', 0, 10), update('b', 'a', 20, 30), read('b', 40, 50, 'b')]).result, 'illegal')
    // A second acknowledged create of the same name.
    assert.equal(check([create('a', 0, 10), create('b', 20, 30)]).result, 'illegal')
  })

  test('accepts concurrent operations in either order', () => {
    // The read overlaps the update: it may see the value before or after it.
    for (const seen of ['a', 'b']) {
      const r = check([create('a', 0, 10), update('b', 'a', 20, 60), read(seen, 30, 40, seen === 'b' ? 'a' : '')])
      assert.equal(r.result, 'ok', `read of ${seen}: ${JSON.stringify(r)}`)
    }
    // Two concurrent creates: one wins, the other is told the name exists.
    assert.equal(check([create('a', 0, 50), create('b', 10, 40, { status: 'exists' }), read('a', 60, 70)]).result, 'ok')
    // Two clients updating from the same read: at most one may succeed.
    assert.equal(check([create('a', 0, 10), update('b', 'a', 20, 40), update('c', 'a', 20, 40, { status: 'conflict' }), read('b', 50, 60, 'a')]).result, 'ok')
    assert.equal(check([create('a', 0, 10), update('b', 'a', 20, 40), update('c', 'a', 20, 40), read('c', 50, 60, 'b')]).result, 'illegal')
  })

  test('an operation of unknown outcome may take effect late, or never, but not be undone', () => {
    const lost = { outcome: 'unknown' as const, status: undefined }
    // Never seen: it may not have happened.
    assert.equal(check([create('a', 0, 10), update('b', 'a', 20, 30, lost), read('a', 40, 50), read('a', 60, 70)]).result, 'ok')
    // Seen long after the client gave up: it committed late.
    assert.equal(check([create('a', 0, 10), update('b', 'a', 20, 30, lost), read('a', 40, 50), read('b', 900, 910, 'a')]).result, 'ok')
    // Seen, then gone again: nothing else wrote, so that read was stale.
    assert.equal(check([create('a', 0, 10), update('b', 'a', 20, 30, lost), read('b', 40, 50, 'a'), read('a', 60, 70)]).result, 'illegal')
    // A create of unknown outcome that did happen makes a later create fail with exists.
    assert.equal(check([create('a', 0, 10, lost), create('b', 20, 30, { status: 'exists' })]).result, 'ok')
    // Operations that surely had no effect are left out of the check.
    const r = check([create('a', 0, 10), update('b', 'a', 20, 30, { outcome: 'fail', status: undefined }), read('a', 40, 50)])
    assert.equal(r.result, 'ok')
    assert.equal(r.skipped, 1)
  })

  test('rollback swaps the spec with the previous one, and needs one', () => {
    const rollback = (expect: string, call: number, ret: number, status: OpRecord['status'] = 'ok'): Op => ({ op: 'rollback', expect, call, return: ret, status })
    assert.equal(check([create('a', 0, 10), rollback('a', 20, 30, 'noprev'), update('b', 'a', 40, 50), rollback('b', 60, 70), read('a', 80, 90, 'b')]).result, 'ok')
    assert.equal(check([create('a', 0, 10), update('b', 'a', 40, 50), rollback('b', 60, 70), read('b', 80, 90, 'a')]).result, 'illegal')
  })

  test('nodes exist from the start; secrets are created and removed', () => {
    assert.equal(check([read('', 0, 10), update('x', '', 20, 30), read('x', 40, 50)], 'node:n1').result, 'ok')
    assert.equal(check([update('x', '', 20, 30), read('', 40, 50)], 'node:n1').result, 'illegal')
    assert.equal(check([read(null, 0, 10), create('s', 20, 30), read('s', 40, 50), { op: 'remove', call: 60, return: 70 }, read(null, 80, 90)], 'secret:s1').result, 'ok')
  })

  test('a malformed history is refused with the line that is wrong', () => {
    const file = path.join(dir, 'bad.jsonl')
    fs.writeFileSync(file, JSON.stringify({ client: 0, key: 'service:a', op: 'create', call: 0, return: 1, outcome: 'ok', status: 'ok' }) + '\n{"key": "volume:x"}\n')
    assert.throws(() => checkHistory(file), /bad\.jsonl:2: key "volume:x"/)
  })
})

test('staleReads names the reads that were certainly stale, not those a rollback explains', () => {
  const op = (o: Partial<OpRecord> & Pick<OpRecord, 'op' | 'call' | 'return'>): OpRecord => ({ client: 0, key: 'service:web', outcome: 'ok', status: 'ok', server: 'm0', ...o })
  const history = [
    op({ op: 'create', value: 'a', call: 0, return: 10 }),
    op({ op: 'update', value: 'b', expect: 'a', call: 20, return: 30 }),
    op({ op: 'read', out: 'a', call: 1_000_040, return: 1_000_050, server: 'm2' }),
  ]
  const found = staleReads(history)
  assert.equal(found.length, 1)
  assert.equal(found[0].read.server, 'm2')
  assert.equal(found[0].newer.value, 'b')
  assert.equal(Math.round(found[0].staleMs), 1)
  // A rollback between the update and the read brings "a" back: not stale.
  assert.deepEqual(staleReads([...history.slice(0, 2), op({ op: 'rollback', expect: 'b', call: 35, return: 40 }), history[2]]), [])
})
