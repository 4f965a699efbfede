// The store's decoded mirror (src/manager/mirror.ts, ClusterStore.sharedView) against a real
// replicated store, and the incremental bookkeeping of the manager's loops: which changes
// mark which services, and that nothing marked is lost when a pass fails or a change
// arrives while it runs.
import { after, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { DirtySet, ReconcileLoop } from '../src/manager/loop'
import { servicesToReconcile } from '../src/manager/orchestrator/dirty'
import { UpdateState } from '../src/manager/orchestrator/update'
import { Writer } from 'protobufjs/minimal'
import { BatchEncoder, encodeBatch } from '../src/manager/batch'
import { Patch } from '../src/manager/patch'
import { ClusterStore, copyOf, forEncoder, idOf, patches, StreamedWrite, v1, WriteBatch, type Service, type Task, type TypedChange } from '../src/manager/store'
import { node, task } from './helpers/sched'
import { openTestStore } from './helpers/store'

describe('the shared mirror of the store', () => {
  const t = openTestStore('shoal-mirror-')
  after(t.close)

  test('a batch encoded as it is built holds each object as protobufjs encodes it, in the batch format', () => {
    const b = new WriteBatch()
    const created = task({ id: 'a', service: 's1', nodeId: 'n1' })
    // Non-ASCII and long strings take the longer length prefixes.
    const named = task({ id: 'ü'.repeat(200), service: 's'.repeat(300) })
    const updated = task({ id: 'b', service: 's1' })
    updated.meta!.version = 2 ** 40
    b.create('tasks', created)
    b.create('tasks', named)
    b.update('tasks', updated)
    b.delete('tasks', 'c', 7)
    b.delete('nodes', 'n2')
    const bytes = b.encoded()
    assert.deepEqual(bytes, encodeBatch(b.actions.map((a, i) => ({ ...a, data: b.dataOf(i) }))))
    for (const [i, obj] of [[0, created], [1, named], [2, updated]] as const) {
      assert.deepEqual(b.dataOf(i), Buffer.from(v1.Task.encode(obj).finish()))
      assert.deepEqual(v1.Task.toObject(v1.Task.decode(b.dataOf(i)!), { longs: Number, defaults: true }), v1.Task.toObject(obj, { longs: Number, defaults: true }))
    }
    assert.equal(b.dataOf(3), undefined)
    assert.equal(b.encoded(), bytes, 'encoded once')
    // The format itself (crates/shoal-store/src/action.rs): format 1, one action: delete (2),
    // "tasks", "c", flags 1 (expected version) 7, no index entries.
    const del = new WriteBatch()
    del.delete('tasks', 'c', 7)
    assert.deepEqual([...del.encoded()], [1, 1, 2, 5, ...Buffer.from('tasks'), 1, ...Buffer.from('c'), 1, 7, 0])
    // Tagged (format 2): the tag as a uvarint after the format byte, then the same.
    const tagged = new BatchEncoder(300)
    tagged.add({ kind: 'delete', table: 'tasks', id: 'c', expectedVersion: 7 })
    assert.deepEqual([...tagged.finish()], [2, 0xac, 0x02, 1, 2, 5, ...Buffer.from('tasks'), 1, ...Buffer.from('c'), 1, 7, 0])
    const big = new BatchEncoder(2 ** 53 - 1)
    big.add({ kind: 'delete', table: 'tasks', id: 'c' })
    assert.deepEqual([...big.finish().subarray(0, 10)], [2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 1])
    for (const bad of [0, -1, 1.5, 2 ** 53]) assert.throws(() => new BatchEncoder(bad), RangeError)
    // A handed-over batch is tagged, so its writer knows its commit event; others are not.
    assert.equal(new WriteBatch({ handOver: true }).tag! > 0, true)
    assert.equal(new WriteBatch().tag, undefined)
  })

  test("a batch's bytes are the format written field by field with protobufjs's own writer (cached table names and index entries, 64-bit varints)", () => {
    // Values around each varint length, 32 bits and past, the largest safe integer, and
    // negative ones (ten bytes).
    const values = [0, 1, 127, 128, 16383, 16384, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 35 + 3, 2 ** 40, 2 ** 49 + 1, 2 ** 53 - 1, -1, -(2 ** 40)]
    const b = new WriteBatch({ handOver: true })
    const svc = new v1.Service({ meta: new v1.Meta({ id: 'svc1', version: 3 }), spec: new v1.ServiceSpec({ annotations: new v1.Annotations({ name: 'ünique' }) }) })
    b.update('services', svc)
    values.forEach((v, i) => {
      // Tasks of one service and node share a frozen list of index entries (written from
      // its cached bytes after the first); two nodes, two lists.
      const t = task({ id: `t${i}`, service: 's1', nodeId: i % 2 ? 'n1' : 'n2' })
      t.status!.timestamp = v
      t.meta!.version = Math.max(v, 0)
      if (i % 3 === 0) b.create('tasks', t)
      else if (i % 3 === 1) b.update('tasks', t)
      else b.merge('tasks', t, patches.taskAssignment)
    })
    b.delete('nodes', 'n3', 2 ** 45)
    const bytes = b.encoded()
    const w = Writer.create().uint32(2).uint64(b.tag!).uint32(b.size)
    b.actions.forEach((a, i) => {
      const data = b.dataOf(i)
      const expected = a.expectedVersion !== undefined && a.expectedVersion !== null
      w.uint32({ create: 0, update: 1, delete: 2, merge: 3 }[a.kind]).string(a.table).string(a.id)
      w.uint32((expected ? 1 : 0) | (data ? 2 : 0))
      if (expected) w.uint64(a.expectedVersion!)
      if (data) w.bytes(data)
      w.uint32(a.indexes?.length ?? 0)
      for (const e of a.indexes ?? []) w.string(e.name).string(e.value).uint32(e.unique ? 1 : 0)
    })
    assert.deepEqual(bytes, Buffer.from(w.finish()))
    // And each object's bytes are what protobufjs's own writer makes of it (the tasks' status
    // timestamps, meta versions and times through the batch's 64-bit varints).
    const stamp = new Patch<Task>(v1.Task, [{ name: 'meta', no: 1, kind: new Patch<v1.IMeta>(v1.Meta, [{ name: 'updatedAt', no: 4, kind: 'int64' }]) as Patch<object> }])
    values.forEach((_, i) => {
      const a = b.actions[i + 1]
      const t = b.objects![i + 1] as Task
      const own = Writer.create()
      if (a.kind === 'merge') {
        stamp.encode(t, own)
        patches.taskAssignment.encode(t, own)
      } else v1.Task.encode(t, own)
      assert.deepEqual(b.dataOf(i + 1), Buffer.from(own.finish()), `action ${i + 1}`)
    })
  })

  test('follows creates, updates and deletes, with indexes, and reads its own writes at once', async () => {
    let b = new WriteBatch()
    b.create('nodes', node({ id: 'n1' }))
    b.create('tasks', task({ id: 'a', service: 's1', nodeId: 'n1' }))
    b.create('tasks', task({ id: 'b', service: 's1' }))
    await t.commit(b)
    // No wait between the commit and the read: sharedView waits for the commit's event.
    let view = await t.store.sharedView()
    assert.deepEqual(view.find('tasks', 'service', 's1').map(idOf).sort(), ['a', 'b'])
    assert.deepEqual(view.find('tasks', 'node', 'n1').map(idOf), ['a'])

    // Moving a task to another node moves it in the node index.
    const moved = copyOf(view.get('tasks', 'b')!)
    moved.nodeId = 'n1'
    b = new WriteBatch()
    b.update('tasks', moved)
    b.delete('tasks', 'a', Number(view.get('tasks', 'a')!.meta!.version))
    await t.commit(b)
    view = await t.store.sharedView()
    assert.deepEqual(view.find('tasks', 'node', 'n1').map(idOf), ['b'])
    assert.equal(view.get('tasks', 'a'), null)
    assert.deepEqual(view.find('tasks', 'node', ''), [])
    // The same objects, versions and contents as a fresh read of the Rust store.
    const fresh = t.store.view().list('tasks')
    assert.deepEqual(
      view.list('tasks').map((x) => v1.Task.toObject(forEncoder<v1.Task>(x))),
      fresh.map((x) => v1.Task.toObject(x)),
    )
  })

  test('shared objects are frozen (the tests\' stores, SHOAL_FREEZE_SHARED): a component that edits one in place fails loudly', async () => {
    const shared = (await t.store.sharedView()).get('tasks', 'b')!
    // What the types forbid, done anyway: the freeze stops the write the compiler missed.
    const unchecked = shared as unknown as Task
    assert.throws(() => (unchecked.desiredState = TaskState.SHUTDOWN), TypeError)
    assert.throws(() => (unchecked.status!.state = TaskState.FAILED), TypeError)
    // A copy is writable and leaves the shared object as it was.
    const c = copyOf(shared)
    c.desiredState = TaskState.SHUTDOWN
    assert.equal(shared.desiredState, TaskState.RUNNING)
    // A write of a copy never touches the shared object's meta either.
    const b = new WriteBatch()
    b.update('tasks', c)
    await t.commit(b)
    assert.equal(shared.desiredState, TaskState.RUNNING)
    assert.equal((await t.store.sharedView()).get('tasks', 'b')!.desiredState, TaskState.SHUTDOWN)
  })

  test('without the whole freeze (production), what writers rely on is frozen still, and a copy written leaves the shared task as it was', async () => {
    const prod = new ClusterStore(t.raft, { freezeShared: false })
    const b = new WriteBatch({ handOver: true })
    const spec = new v1.ServiceSpec({ annotations: new v1.Annotations({ name: 'prod' }), task: new v1.TaskSpec({ runtime: 'process' }) })
    b.create('services', new v1.Service({ meta: new v1.Meta({ id: 'ps' }), spec }))
    b.create('tasks', task({ id: 'p1', service: 'ps' }))
    await prod.commit(b)
    const view = await prod.sharedView()
    const shared = view.get('tasks', 'p1')!
    assert.ok(!Object.isFrozen(shared), 'tasks are not frozen whole')
    assert.ok(Object.isFrozen(shared.meta), "WriteBatch.put gives a copy's write a new Meta")
    assert.ok(Object.isFrozen(view.get('services', 'ps')!.spec!.task), "encodeTask reuses a frozen spec's bytes")
    const { version, updatedAt } = shared.meta!
    const c = copyOf(shared)
    c.desiredState = TaskState.SHUTDOWN
    const u = new WriteBatch({ handOver: true })
    u.update('tasks', c)
    await prod.commit(u)
    assert.deepEqual([shared.desiredState, shared.meta!.version, shared.meta!.updatedAt], [TaskState.RUNNING, version, updatedAt])
    const now = (await prod.sharedView()).get('tasks', 'p1')!
    assert.equal(now.desiredState, TaskState.SHUTDOWN)
    assert.ok(Number(now.meta!.version) > Number(version))
    // Gone again, so the tests below see the tasks they expect.
    const d = new WriteBatch()
    d.delete('tasks', 'p1')
    d.delete('services', 'ps')
    await prod.commit(d)
  })

  test('a handed-over object becomes the shared one once committed: frozen, at its new version', async () => {
    const b = new WriteBatch({ handOver: true })
    const mine = task({ id: 'h', service: 's3' })
    b.create('tasks', mine)
    const index = await t.commit(b)
    const shared = (await t.store.sharedView()).get('tasks', 'h')!
    assert.equal(shared, mine, 'not decoded again')
    assert.equal(Number(shared.meta!.version), index)
    assert.ok(Object.isFrozen(mine))
    // Without hand-over the writer keeps its object, and the mirror decodes its own.
    const other = copyOf(shared)
    other.desiredState = TaskState.SHUTDOWN
    const b2 = new WriteBatch()
    b2.update('tasks', other)
    await t.commit(b2)
    const again = (await t.store.sharedView()).get('tasks', 'h')!
    assert.notEqual(again, other)
    assert.equal(again.desiredState, TaskState.SHUTDOWN)
    assert.ok(!Object.isFrozen(other))
    // Gone again, so the tests below see the tasks they expect.
    const b3 = new WriteBatch()
    b3.delete('tasks', 'h', Number(again.meta!.version))
    await t.commit(b3)
  })

  test("another writer's batches interleaved with a store's own never put the wrong object in its mirror", async () => {
    // Two ClusterStores on one Raft store: each sees the other's commit events as a
    // foreign member's. Both write handed-over batches of the same shape (one create, same
    // table and count) at once, and an untagged one between them.
    const other = new ClusterStore(t.raft, { freezeShared: true })
    const mine = task({ id: 'i1', service: 'si' })
    const theirs = task({ id: 'i2', service: 'si' })
    const plain = task({ id: 'i3', service: 'si' })
    const a = new WriteBatch({ handOver: true })
    a.create('tasks', mine)
    const b = new WriteBatch({ handOver: true })
    b.create('tasks', theirs)
    const c = new WriteBatch()
    c.create('tasks', plain)
    await Promise.all([t.commit(a), other.commit(c), other.commit(b)])
    // A store's shared view waits for its own writes only; another store's commit events may
    // still be on their way (each store's events and each proposal's answer come from the
    // Raft thread separately). One more write through each covers the others' too, since a
    // store takes its events in commit order.
    for (const [store, id] of [[t.store, 'f1'], [other, 'f2']] as const) {
      const fence = new WriteBatch()
      fence.create('tasks', task({ id, service: 'fence' }))
      await store.commit(fence)
    }
    const here = await t.store.sharedView()
    const there = await other.sharedView()
    assert.equal(here.get('tasks', 'i1'), mine)
    assert.equal(there.get('tasks', 'i2'), theirs)
    for (const [view, foreign] of [[here, ['i2', 'i3']], [there, ['i1', 'i3']]] as const) {
      for (const id of foreign) {
        const o = view.get('tasks', id)!
        assert.ok(o !== mine && o !== theirs && o !== plain, `${id} decoded from its committed bytes`)
        assert.ok(Object.isFrozen(o))
      }
      // Every object as a fresh read of the Rust store has it, versions included.
      const fresh = t.store.view().find('tasks', 'service', 'si')
      assert.deepEqual(
        view.find('tasks', 'service', 'si').map((x) => v1.Task.toObject(forEncoder<v1.Task>(x), { longs: Number, defaults: true })).sort((x, y) => x.meta.id.localeCompare(y.meta.id)),
        fresh.map((x) => v1.Task.toObject(x, { longs: Number, defaults: true })).sort((x, y) => x.meta.id.localeCompare(y.meta.id)),
      )
    }
    // Gone again, so the tests below see the tasks they expect.
    const d = new WriteBatch()
    for (const id of ['i1', 'i2', 'i3', 'f1', 'f2']) d.delete('tasks', id)
    await t.commit(d)
  })

  test('a store opened on data written before it (a new leader) starts from all of it', async () => {
    const late = new ClusterStore(t.raft)
    const view = await late.sharedView()
    assert.deepEqual(view.list('tasks').map(idOf), ['b'])
    assert.deepEqual(view.list('nodes').map(idOf), ['n1'])
  })

  test('refresh brings a mirror that missed changes level with the store, deletions included', async () => {
    // The real store with its commit stream cut: a mirror that misses every event (as one
    // may miss those applied before its watch is registered in the Raft thread).
    const raft = t.raft
    const deaf = { watchEncoded: () => undefined, status: () => raft.status(), view: () => raft.view() } as unknown as typeof raft
    const late = new ClusterStore(deaf)
    const b = new WriteBatch()
    b.create('tasks', task({ id: 'c', service: 's2' }))
    b.delete('tasks', 'b', Number(t.store.view().get('tasks', 'b')!.meta!.version))
    await t.commit(b)
    assert.deepEqual((await late.sharedView()).list('tasks').map(idOf), ['b'], 'it missed both')
    late.refresh()
    const view = await late.sharedView()
    assert.deepEqual(view.list('tasks').map(idOf), ['c'])
    assert.deepEqual(view.find('tasks', 'service', 's1'), [])
    assert.deepEqual(view.find('tasks', 'service', 's2').map(idOf), ['c'])
  })
})

describe('batches cross into Rust encoded (src/manager/batch.ts)', () => {
  const t = openTestStore('shoal-batch-')
  after(t.close)

  test('long and non-ASCII strings and multi-byte versions arrive intact', async () => {
    const name = 'ü'.repeat(100) + 'x'.repeat(100) // 300 bytes: a two-byte length
    const s = new v1.Service({ meta: new v1.Meta({ id: 'svc-long' }), spec: new v1.ServiceSpec({ annotations: new v1.Annotations({ name }) }) })
    const short = new v1.Service({ meta: new v1.Meta({ id: 'svc-short' }), spec: new v1.ServiceSpec({ annotations: new v1.Annotations({ name: 'zürich' }) }) })
    let b = new WriteBatch()
    b.create('services', s)
    b.create('services', short)
    await t.commit(b)
    assert.deepEqual(t.store.view().find('services', 'name', name).map(idOf), ['svc-long'])
    assert.deepEqual(t.store.view().find('services', 'name', 'zürich').map(idOf), ['svc-short'])
    assert.equal(t.store.view().get('services', 'svc-long')!.spec!.annotations!.name, name)
    const stale = t.store.view().get('services', 'svc-long')!
    stale.meta!.version = 70_000 // three varint bytes
    b = new WriteBatch()
    b.update('services', stale)
    await assert.rejects(t.commit(b), (err: Error) => err.message.includes('70000'))
  })

  test('bytes that are not a batch are refused and change nothing', async () => {
    const before = t.raft.status().applied
    await assert.rejects(t.raft.proposeEncoded(Buffer.from([1, 1, 9])), { code: 'InvalidArgument' })
    assert.equal(t.raft.status().applied, before)
  })
})

describe('incremental passes', () => {
  test('a change marked while a pass runs waits for the next pass', () => {
    const d = new DirtySet()
    assert.equal(d.take().all, true, 'the first pass looks at everything')
    d.mark('s1')
    const first = d.take()
    assert.deepEqual([...first.ids], ['s1'])
    d.mark('s2') // arrives mid-pass
    const second = d.take()
    assert.deepEqual({ all: second.all, ids: [...second.ids] }, { all: false, ids: ['s2'] })
    assert.deepEqual([...d.take().ids], [])
  })

  test('a failed pass puts back what it took; a resync makes the next pass full', () => {
    const d = new DirtySet()
    d.take()
    d.mark('s1')
    const w = d.take()
    d.mark('s2')
    d.restore(w)
    assert.deepEqual([...d.take().ids].sort(), ['s1', 's2'])
    d.mark('s3')
    d.markAll()
    const full = d.take()
    assert.equal(full.all, true)
    d.restore(full)
    assert.equal(d.take().all, true, 'a failed full pass is redone in full')
  })

  test('a resync (snapshot from the leader) makes the next pass full, whatever changed', async () => {
    let emit!: (changes: TypedChange[], index: number, resync: boolean) => void
    const feed = { onChange: (l: typeof emit) => ((emit = l), () => undefined) }
    const d = new DirtySet()
    const passes: boolean[] = []
    const loop = new ReconcileLoop('test', async () => void passes.push(d.take().all), 1)
    loop.follow(feed, () => false, () => d.markAll())
    const settle = async (n: number) => {
      for (let i = 0; i < 200 && passes.length < n; i++) await new Promise((r) => setTimeout(r, 5))
    }
    await settle(1)
    emit([], 7, false) // nothing relevant: no pass
    emit([], 8, true)
    await settle(2)
    loop.close()
    assert.deepEqual(passes, [true, true])
  })

  const service = (id: string, state = ''): Service => new v1.Service({ meta: new v1.Meta({ id }), updateStatus: state ? new v1.UpdateStatus({ state }) : null })
  const change = (o: Partial<TypedChange>): TypedChange => ({ kind: 'update', table: 'tasks', id: 'x', version: 1, ...o })
  const taskIn = (serviceId: string, state: TaskState): Task => task({ service: serviceId, state })

  test('the orchestrator looks again at a service when a task ended, or during its rollout', () => {
    const services = new Map([
      ['steady', service('steady', UpdateState.COMPLETED)],
      ['rolling', service('rolling', UpdateState.UPDATING)],
    ])
    const of = (id: string) => services.get(id) ?? null
    assert.equal(servicesToReconcile(change({ object: taskIn('steady', TaskState.RUNNING) }), of), null, 'a status report on the way up')
    assert.equal(servicesToReconcile(change({ object: taskIn('steady', TaskState.FAILED) }), of), 'steady')
    assert.equal(servicesToReconcile(change({ object: taskIn('rolling', TaskState.RUNNING) }), of), 'rolling')
    assert.equal(servicesToReconcile(change({ kind: 'create', object: taskIn('steady', TaskState.PENDING) }), of), null, 'its own creates')
    assert.equal(servicesToReconcile(change({ table: 'services', id: 'steady' }), of), 'steady')
    assert.equal(servicesToReconcile(change({ table: 'nodes', id: 'n1' }), of), 'all')
    assert.equal(servicesToReconcile(change({ table: 'clusters', id: 'c' }), of), null)
  })
})

describe('a streamed write', () => {
  const s = openTestStore('shoal-stream-')
  after(s.close)

  test('a streamed write commits in pieces cut only at its boundaries', async () => {
    // The first commit waits out the election.
    const warm = new WriteBatch()
    warm.create('nodes', node({ id: 'stream-n' }))
    await s.commit(warm)
    const w = new StreamedWrite(s.store, { handOver: true, chunk: 2 })
    const ids = ['s-a', 's-b', 's-c', 's-d', 's-e']
    for (const [i, id] of ids.entries()) {
      w.create('tasks', task({ id, service: 'stream' }))
      // No boundary inside the pair c, d.
      if (i !== 2) w.boundary()
    }
    assert.equal(w.size, 5)
    await w.done()
    const view = await s.store.sharedView()
    const version = (id: string) => Number(view.get('tasks', id)!.meta!.version)
    assert.equal(version('s-a'), version('s-b'))
    assert.equal(version('s-c'), version('s-d'))
    assert.equal(new Set(ids.map(version)).size, 3)
    assert.ok(Object.isFrozen(view.get('tasks', 's-e')), 'handed over')
  })

  test('a shared read waits for the pieces still in flight, not only those answered', async () => {
    const w = new StreamedWrite(s.store, { handOver: true, chunk: 2 })
    const ids = ['f-a', 'f-b', 'f-c', 'f-d', 'f-e']
    for (const id of ids) {
      w.create('tasks', task({ id, service: 'in-flight' }))
      w.boundary()
    }
    const done = w.done()
    // No piece has been answered yet (the Raft thread answers later): all are in flight.
    const view = await s.store.sharedView()
    assert.deepEqual(view.find('tasks', 'service', 'in-flight').map(idOf).sort(), ids)
    await done
  })
})
