// The idempotency record of forwarded writes (src/manager/requests.ts): written with the
// write's first batch and only then, found until it expires, pruned by age and by count.
import { after, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { openTestStore } from './helpers/store'
import { v1, WriteBatch } from '../src/manager/store'
import { findRecord, MAX_REQUEST_RECORDS, recordRefusal, recordsToPrune, refusalOf, REQUEST_RECORD_TTL_MS, RequestRecordPruner, withRequestId, checkRequestId } from '../src/manager/requests'
import { ShoalError } from '../src/manager/errors'

const secret = (id: string, name: string) => new v1.Secret({ meta: new v1.Meta({ id }), spec: new v1.SecretSpec({ annotations: new v1.Annotations({ name }) }) })
const record = (id: string, createdAt: number) => new v1.RequestRecord({ meta: new v1.Meta({ id, createdAt }), method: 'POST', path: '/x' })

describe('request records', () => {
  const ts = openTestStore('shoal-requests-')
  after(() => ts.close())

  test('the first batch of a write in scope carries its record; later batches and other writes do not', async () => {
    await withRequestId('req-1', 'POST', '/secrets/create', async () => {
      const first = new WriteBatch()
      first.create('secrets', secret('s1', 'one'))
      await ts.commit(first)
      const second = new WriteBatch()
      second.create('secrets', secret('s2', 'two'))
      await ts.commit(second)
    })
    const rec = findRecord(ts.store.view(), 'req-1')
    assert.ok(rec, 'recorded')
    assert.equal(rec.createdId, 's1')
    assert.equal(rec.path, '/secrets/create')
    assert.equal(ts.store.view().list('requests').length, 1)
    // Outside any scope nothing is recorded.
    const plain = new WriteBatch()
    plain.create('secrets', secret('s3', 'three'))
    await ts.commit(plain)
    assert.equal(ts.store.view().list('requests').length, 1)
  })

  test('a second write under a committed request id is refused whole', async () => {
    await assert.rejects(
      withRequestId('req-1', 'POST', '/secrets/create', async () => {
        const again = new WriteBatch()
        again.create('secrets', secret('s4', 'four'))
        await ts.commit(again)
      }),
      (err: Error & { code?: string }) => err.code === 'AlreadyExists',
    )
    assert.equal(ts.store.view().get('secrets', 's4'), null, 'nothing of the refused batch applied')
  })

  test('a scope closed once its request is answered records nothing', async () => {
    let late: Promise<unknown> | undefined
    await withRequestId('req-late', 'POST', '/x', async () => {
      // Started by the handler, committed after it answered (inherits the scope).
      late = new Promise((r) => setTimeout(r, 20)).then(() => {
        const b = new WriteBatch()
        b.create('secrets', secret('s5', 'five'))
        return ts.commit(b)
      })
    })
    await late
    assert.ok(ts.store.view().get('secrets', 's5'))
    assert.equal(findRecord(ts.store.view(), 'req-late'), null)
  })

  test('a final refusal is recorded with its code and message; an undecided one is not', async () => {
    const exists = new ShoalError('AlreadyExists', 'service "web" already exists')
    assert.equal(await recordRefusal(ts.store, 'req-refused', 'POST', '/services/create', exists), true)
    const rec = findRecord(ts.store.view(), 'req-refused')
    assert.ok(rec)
    assert.deepEqual(refusalOf(rec), exists)
    assert.equal(refusalOf(rec)!.code, 'AlreadyExists')
    // No leader, an internal failure, a stranger: the write may still take effect.
    for (const err of [new ShoalError('Unavailable', 'no leader'), new ShoalError('Internal', 'x'), new Error('socket hang up')]) {
      assert.equal(await recordRefusal(ts.store, 'req-open', 'POST', '/services/create', err), false)
    }
    assert.equal(findRecord(ts.store.view(), 'req-open'), null)
    // A committed write's record is no refusal.
    assert.equal(refusalOf(findRecord(ts.store.view(), 'req-1')!), null)
  })

  test('a record expires after its TTL', () => {
    const view = ts.store.view()
    const at = Number(view.get('requests', 'req-1')!.meta!.createdAt)
    assert.ok(findRecord(view, 'req-1', at + REQUEST_RECORD_TTL_MS))
    assert.equal(findRecord(view, 'req-1', at + REQUEST_RECORD_TTL_MS + 1), null)
  })

  test('pruning takes the expired records and the oldest past the bound', () => {
    const now = 1_000_000_000
    const recs = [record('old', now - REQUEST_RECORD_TTL_MS - 1), record('a', now - 3), record('b', now - 2), record('c', now - 1)]
    assert.deepEqual(recordsToPrune(recs, now, 10), ['old'])
    assert.deepEqual(recordsToPrune(recs, now, 2).sort(), ['a', 'old'])
    assert.deepEqual(recordsToPrune(recs, now, 0).sort(), ['a', 'b', 'c', 'old'])
    assert.ok(MAX_REQUEST_RECORDS >= 1000)
  })

  test('the pruner deletes expired records from the store', async () => {
    const pruner = new RequestRecordPruner(ts.store)
    assert.equal(await pruner.prune(), 0)
    // req-1 and req-refused (the tests above).
    assert.equal(await pruner.prune(Date.now() + REQUEST_RECORD_TTL_MS + 1000), 2)
    assert.equal(ts.store.view().list('requests').length, 0)
  })

  test('request ids are short printable text', () => {
    assert.equal(checkRequestId('0b7e-uuid'), '0b7e-uuid')
    assert.throws(() => checkRequestId('a b'), /invalid request id/)
    assert.throws(() => checkRequestId('x'.repeat(129)), /at most 128/)
  })
})
