// The REST API under fuzzed input (issue 15): a fixed-seed slice of chaos/fuzz/api.ts
// against a real daemon (`npm run fuzz` runs long ones), the edits it builds requests
// from, and regressions for what fuzzing found.
import { test, describe, before, after } from 'node:test'
import * as assert from 'node:assert/strict'
import type { TestDaemon } from './helpers/daemon'
import { applyEdits, pathsOf, pct } from '../chaos/fuzz/values'
import { fuzzApi, rawRequest } from '../chaos/fuzz/api'
import { startFuzzSwarm } from '../chaos/fuzz/swarm'
import { storeState } from './helpers/state'

describe('JSON edits', () => {
  test('reach every field: replace, add and delete anywhere', () => {
    const doc = { a: { b: [1, { c: 2 }] } }
    assert.deepEqual(pathsOf(doc), [[], ['a'], ['a', 'b'], ['a', 'b', 0], ['a', 'b', 1], ['a', 'b', 1, 'c']])
    assert.deepEqual(applyEdits(doc, [{ op: 'replace', at: 5, key: '', value: 'x' }]), { a: { b: [1, { c: 'x' }] } })
    assert.deepEqual(applyEdits(doc, [{ op: 'delete', at: 3, key: '', value: null }]), { a: { b: [{ c: 2 }] } })
    assert.deepEqual(applyEdits(doc, [{ op: 'add', at: 1, key: 'k', value: true }]), { a: { b: [1, { c: 2 }], k: true } })
    assert.deepEqual(applyEdits(doc, [{ op: 'add', at: 2, key: 'k', value: 7 }]), { a: { b: [1, { c: 2 }, 7] } })
    assert.deepEqual(applyEdits(doc, [{ op: 'replace', at: 0, key: '', value: [] }]), [])
    assert.deepEqual(doc, { a: { b: [1, { c: 2 }] } }, 'the seed is not touched')
  })
  test('pct encodes every byte of UTF-8', () => {
    assert.equal(pct('a/%'), '%61%2f%25')
    assert.equal(decodeURIComponent(pct('🦈 ǅ')), '🦈 ǅ')
  })
})

describe('the API under fuzzed requests', () => {
  let d: TestDaemon
  before(async () => {
    d = await startFuzzSwarm('shoal-fuzz-api')
  })
  after(() => d?.destroy())

  test('regressions: what fuzzing found answers with a clear 4xx and changes nothing', async () => {
    const before = await storeState(d)
    // A bare "%" in an id: decodeURIComponent threw, a 500.
    for (const path of ['/services/%', '/services/%zz/update?version=1', '/nodes/a%', '/secrets/%E0%A4%A']) {
      const r = await rawRequest(d.socket, path.includes('update') ? 'POST' : 'GET', path, path.includes('update') ? Buffer.from('{}') : undefined)
      assert.equal(r.status, 400, `${path}: ${r.text}`)
      assert.match(r.body.message, /malformed %-escape/)
    }
    // A request line past Node's 16 KiB header limit: an empty 431 and a closed socket.
    const long = await rawRequest(d.socket, 'GET', `/services/${'x'.repeat(70_000)}`)
    assert.equal(long.status, 431, long.text)
    assert.match(long.body.message, /too large: at most 16 KiB/)
    assert.equal(await storeState(d), before)
  })

  test('a fixed-seed slice: no 500, a JSON message on every error, nothing changed by a refusal', async () => {
    const stats = await fuzzApi({ socket: d.socket, seed: 15, runs: 300, log: (l) => console.log(l) })
    assert.equal(stats.cases, 300)
    assert.ok(stats.accepted > 0, 'some fuzzed requests were valid and undone')
    assert.equal((await d.api('GET', '/_ping')).status, 200)
  })
})
