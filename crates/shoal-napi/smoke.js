// Smoke check of the built addon (native/shoal.node) through the JavaScript contract:
// open, propose, read, watch, error codes, close, reopen; then 100,000 task objects.
// Run: node crates/shoal-napi/smoke.js
'use strict'
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { RaftStore } = require(path.resolve(__dirname, '..', '..', 'native', 'shoal.node'))

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-smoke-'))
  try {
    let store = RaftStore.open({ dataDir: dir, nodeId: 1 })
    assert.equal(store.status().role, 'leader')

    const events = []
    store.watch((err, ev) => {
      assert.equal(err, null)
      events.push(ev)
    })

    const idx = await store.propose([
      { kind: 'create', table: 'services', id: 's1', data: Buffer.from('web'), indexes: [{ name: 'name', value: 'web', unique: true }] },
      { kind: 'create', table: 'tasks', id: 't1', data: Buffer.from('task-1'), indexes: [{ name: 'service', value: 's1' }] },
    ])
    assert.equal(typeof idx, 'number')
    const s1 = store.get('services', 's1')
    assert.equal(s1.version, idx)
    assert.equal(s1.data.toString(), 'web')
    assert.equal(store.find('tasks', 'service', 's1').length, 1)
    assert.equal(store.get('services', 'nope'), null)

    // A create without data stores empty bytes.
    await store.propose([{ kind: 'create', table: 'configs', id: 'empty' }])
    assert.equal(store.get('configs', 'empty').data.length, 0)

    const txn = store.view()
    const idx2 = await store.propose([{ kind: 'update', table: 'services', id: 's1', expectedVersion: idx, data: Buffer.from('web2'), indexes: [{ name: 'name', value: 'web', unique: true }] }])
    assert.equal(txn.get('services', 's1').data.toString(), 'web', 'a view does not see later writes')
    assert.equal(store.get('services', 's1').data.toString(), 'web2')

    for (const [actions, code] of [
      [[{ kind: 'update', table: 'services', id: 's1', expectedVersion: idx, data: Buffer.from('x') }], 'Conflict'],
      [[{ kind: 'delete', table: 'services', id: 'missing' }], 'NotFound'],
      [[{ kind: 'create', table: 'services', id: 's1', data: Buffer.from('x') }], 'Exists'],
      [[{ kind: 'create', table: 'services', id: 's2', data: Buffer.from('x'), indexes: [{ name: 'name', value: 'web', unique: true }] }], 'NameConflict'],
    ]) {
      await assert.rejects(store.propose(actions), (e) => e instanceof Error && e.code === code && e.message.length > 0)
    }
    // All-or-nothing: the valid first action of a failing batch is not applied either.
    await assert.rejects(store.propose([
      { kind: 'create', table: 'tasks', id: 't2', data: Buffer.from('x') },
      { kind: 'delete', table: 'tasks', id: 'missing' },
    ]), { code: 'NotFound' })
    assert.equal(store.get('tasks', 't2'), null)

    await new Promise((r) => setTimeout(r, 50))
    assert.equal(events.length, 3)
    assert.equal(events[0].index, idx)
    assert.equal(events[2].index, idx2)
    assert.equal(events[0].changes[0].kind, 'create')
    assert.equal(events[2].changes[0].data.toString(), 'web2')

    const st = store.status()
    assert.ok(st.commit >= idx2 && st.applied >= idx2 && st.leader === 1 && st.id === 1)
    await store.close()
    await assert.rejects(store.propose([{ kind: 'delete', table: 'tasks', id: 't1' }]), { code: 'Closed' })

    store = RaftStore.open({ dataDir: dir, nodeId: 1 })
    assert.equal(store.get('services', 's1').data.toString(), 'web2')
    assert.equal(store.get('services', 's1').version, idx2)
    assert.equal(store.list('tasks').length, 1)
    assert.equal(store.get('configs', 'empty').data.length, 0)
    assert.throws(() => RaftStore.open({ dataDir: dir, nodeId: 1 }), { code: 'Locked' })
    console.log('smoke: ok')

    // Throughput: 100,000 task objects in batches of 1000, each awaited before the next.
    const total = 100_000
    const batch = 1000
    const payload = Buffer.alloc(300, 'x')
    const t0 = process.hrtime.bigint()
    for (let b = 0; b < total / batch; b++) {
      const actions = []
      for (let i = b * batch; i < (b + 1) * batch; i++) {
        const service = `svc${i % 500}`
        actions.push({
          kind: 'create', table: 'tasks', id: `task${i}`, data: payload,
          indexes: [
            { name: 'name', value: `${service}.${Math.floor(i / 500)}`, unique: true },
            { name: 'service', value: service },
            { name: 'node', value: `node${i % 100}` },
            { name: 'desiredstate', value: 'running' },
          ],
        })
      }
      await store.propose(actions)
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9
    assert.equal(store.list('tasks').length, total + 1)
    console.log(`throughput: ${total} tasks in batches of ${batch}: ${secs.toFixed(3)}s (${Math.round(total / secs)} objects/s)`)

    // The same, with every batch in flight at once (group commit takes what is queued).
    const t1 = process.hrtime.bigint()
    const inflight = []
    for (let b = 0; b < total / batch; b++) {
      const actions = []
      for (let i = b * batch; i < (b + 1) * batch; i++) {
        actions.push({ kind: 'update', table: 'tasks', id: `task${i}`, data: payload, indexes: [{ name: 'desiredstate', value: 'shutdown' }] })
      }
      inflight.push(store.propose(actions))
    }
    await Promise.all(inflight)
    const secs2 = Number(process.hrtime.bigint() - t1) / 1e9
    assert.equal(store.find('tasks', 'desiredstate', 'shutdown').length, total)
    console.log(`throughput: ${total} updates in batches of ${batch}, all in flight: ${secs2.toFixed(3)}s (${Math.round(total / secs2)} objects/s)`)
    await store.close()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
