// Merge patches (src/manager/patch.ts, WriteBatch.merge): a few fields of a stored object
// appended to its bytes by the store, which never parses them. What a merge leaves must
// decode to what rewriting the whole object would have, through the real store, its
// commit events, a restart and a snapshot.
import { after, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as protobuf from 'protobufjs'
import { TaskState } from '../src/agent/types'
import { RaftStore } from '../src/native'
import { Patch, type PatchField } from '../src/manager/patch'
import { ClusterStore, copyOf, forEncoder, idOf, patches, v1, WriteBatch, type Copy, type Shared, type Task } from '../src/manager/store'
import { task } from './helpers/sched'
import { commitOnceLeading, openTestStore } from './helpers/store'

// A task as the scheduler assigns it: a changed copy of the stored one.
function assigned(stored: Shared<Task>, nodeId: string): Copy<Shared<Task>> {
  const t = copyOf(stored)
  t.nodeId = nodeId
  t.pendingReason = ''
  const status = copyOf(stored.status!)
  Object.assign(status, { state: TaskState.ASSIGNED, message: 'scheduler assigned task to node', err: '', timestamp: 1234 })
  t.status = status
  return t
}

// Compared as plain objects with every default spelled out; the version lives beside the
// bytes (the store's), not in them.
function plain(t: Shared<Task>): object {
  const o = v1.Task.toObject(forEncoder<v1.Task>(t), { longs: Number, defaults: true }) as { meta: { version: number } }
  o.meta.version = 0
  return o
}

// A pending task with everything an assignment must reset or keep: a pending reason, an
// error, a container status, ports (repeated: must not double).
function pendingTask(id: string): Task {
  const t = task({ id, service: 's1', ports: [{ target: 80, published: 8080 }] })
  t.pendingReason = 'no suitable node (2 nodes not available for new tasks)'
  t.status = new v1.TaskStatus({ state: TaskState.PENDING, message: 'pending', err: 'earlier failure', timestamp: 99, container: new v1.ContainerStatus({ exitCode: 3, pid: 42 }) })
  return t
}

describe('merge patches', () => {
  test('a patch names only singular fields of its message: repeated, map and mistyped ones are refused', () => {
    assert.throws(() => new Patch(v1.Task, [{ name: 'ports', no: 12, kind: 'string' }]), /ports is repeated/)
    assert.throws(() => new Patch(v1.Annotations, [{ name: 'labels', no: 2, kind: 'string' }]), /labels is a map/)
    assert.throws(() => new Patch(v1.Task, [{ name: 'status', no: 9, kind: 'string' }]), /status is a message, not string/)
    assert.throws(() => new Patch(v1.Task, [{ name: 'nodeId', no: 5, kind: patches.taskAssignment as Patch<object> }]), /nodeId is .*not a message/)
    assert.throws(() => new Patch(v1.Task, [{ name: 'nodeID', no: 5, kind: 'string' }]), /no field nodeID/)
    const t = assigned(pendingTask('x'), 'n1')
    t.status = null
    assert.throws(() => patches.taskAssignment.encode(forEncoder<Task>(t), v1.Task.encode(new v1.Task())), /status is not set/)
  })

  test("the patches' field numbers and kinds are the .proto's", () => {
    const root = protobuf.loadSync(path.join(__dirname, '..', '..', 'proto', 'shoal', 'v1', 'objects.proto'))
    const check = (p: Patch<object>) => {
      const type = root.lookupType(`shoal.v1.${p.type.name}`)
      for (const f of p.fields as PatchField[]) {
        const field = type.fields[f.name]
        assert.ok(field, `${p.type.name}.${f.name}`)
        assert.equal(field.id, f.no, `${p.type.name}.${f.name}`)
        assert.equal(field.repeated || field.map, false)
        if (typeof f.kind === 'string') assert.equal(field.type, f.kind, `${p.type.name}.${f.name}`)
        else {
          assert.equal(field.resolve().resolvedType?.name, f.kind.type.name)
          check(f.kind)
        }
      }
    }
    for (const p of Object.values(patches)) check(p as Patch<object>)
    assert.equal(root.lookupType('shoal.v1.Meta').fields.updatedAt.id, 4)
    for (const name of ['Node', 'Service', 'Task', 'Cluster', 'Secret']) assert.equal(root.lookupType(`shoal.v1.${name}`).fields.meta.id, 1)
  })

  test('stored bytes with an assignment patch appended decode to the task rewritten whole', () => {
    const stored = pendingTask('t1')
    const bytes = Buffer.from(v1.Task.encode(stored).finish())
    const t = assigned(stored, 'n1')
    const b = new WriteBatch()
    b.merge('tasks', t, patches.taskAssignment)
    b.encoded()
    const patch = b.dataOf(0)!
    assert.equal(b.actions[0].kind, 'merge')
    assert.equal(b.actions[0].expectedVersion, 1)
    assert.ok(patch.length < 100, `a patch of ${patch.length} bytes`)
    const merged = v1.Task.decode(Buffer.concat([bytes, patch]))
    assert.deepEqual(plain(merged), plain(t))
    assert.equal(merged.ports.length, 1)
    assert.equal(merged.status!.err, '')
    assert.equal(merged.pendingReason, '')
    assert.deepEqual(merged.status!.container, stored.status!.container)
    assert.equal(Number(merged.meta!.updatedAt), Number(t.meta!.updatedAt))
    assert.equal(Number(merged.meta!.createdAt), Number(stored.meta!.createdAt))
  })

  test('a status report patch decodes to the task rewritten whole, with or without a container status', () => {
    const base = assigned(pendingTask('t2'), 'n1')
    base.status = Object.assign(copyOf(base.status!), { container: null })
    const withContainer = copyOf(base)
    withContainer.status = new v1.TaskStatus({ state: TaskState.STARTING, message: 'starting', timestamp: 5, container: new v1.ContainerStatus({ exitCode: 0, pid: 77 }) })
    // [stored, reported, patch]: every case the dispatcher writes as a merge.
    const cases: [Shared<Task>, v1.ITaskStatus, Patch<Task>][] = [
      [base, { state: TaskState.RUNNING, message: 'started', timestamp: 9 }, patches.taskStatus],
      [base, { state: TaskState.RUNNING, message: 'started', timestamp: 9, container: new v1.ContainerStatus({ pid: 12 }) }, patches.taskStatusWithContainer],
      [withContainer, { state: TaskState.FAILED, message: 'exited', err: 'exit 2', timestamp: 11, container: new v1.ContainerStatus({ exitCode: 2 }) }, patches.taskStatusWithContainer],
    ]
    for (const [stored, report, patch] of cases) {
      const t = copyOf(stored)
      t.status = new v1.TaskStatus(report)
      const b = new WriteBatch()
      b.merge('tasks', t, patch)
      b.encoded()
      const merged = v1.Task.decode(Buffer.concat([v1.Task.encode(forEncoder<Task>(stored)).finish(), b.dataOf(0)!]))
      assert.deepEqual(plain(merged), plain(t))
    }
  })
})

describe('merges through the replicated store', () => {
  const t = openTestStore('shoal-merge-')
  after(t.close)

  test('a merge commits as an update: the store, the mirror and another manager read the task rewritten whole', async () => {
    const create = new WriteBatch()
    for (const id of ['m1', 'm2']) create.create('tasks', pendingTask(id))
    await t.commit(create)
    const seen: string[] = []
    const off = t.store.onChange((changes) => {
      for (const c of changes) if (c.table === 'tasks') seen.push(`${c.kind} ${c.id}`)
    })
    const view = await t.store.sharedView()
    // m1 by a plain batch (its event decoded), m2 handed over (the writer's object kept).
    const a1 = assigned(view.get('tasks', 'm1')!, 'n1')
    const plainBatch = new WriteBatch()
    plainBatch.merge('tasks', a1, patches.taskAssignment)
    const a2 = assigned(view.get('tasks', 'm2')!, 'n2')
    const handed = new WriteBatch({ handOver: true })
    handed.merge('tasks', a2, patches.taskAssignment)
    const [i1, i2] = [await t.commit(plainBatch), await t.commit(handed)]
    off()
    assert.deepEqual(seen, ['update m1', 'update m2'])

    const after = await t.store.sharedView()
    const other = new ClusterStore(t.raft)
    const fresh = t.store.view()
    for (const [id, want, index, node] of [['m1', a1, i1, 'n1'], ['m2', a2, i2, 'n2']] as const) {
      for (const got of [after.get('tasks', id)!, (await other.sharedView()).get('tasks', id)!, fresh.get('tasks', id)!]) {
        assert.deepEqual(plain(got), plain(want))
        assert.equal(Number(got.meta!.version), index)
      }
      // The index entries are the merged task's: it is found on its node now.
      assert.deepEqual(after.find('tasks', 'node', node).map(idOf), [id])
      assert.deepEqual(fresh.find('tasks', 'node', node).map(idOf), [id])
    }
    assert.equal(Object.isFrozen(after.get('tasks', 'm2')), true)
  })

  test('a merge on a stale version is refused whole, and one of an unknown task too', async () => {
    const view = await t.store.sharedView()
    const current = view.get('tasks', 'm1')!
    const stale = copyOf(assigned(current, 'n3'))
    stale.meta = Object.assign(copyOf(current.meta!), { version: Number(current.meta!.version) - 1 })
    const b = new WriteBatch()
    b.merge('tasks', assigned(view.get('tasks', 'm2')!, 'n3'), patches.taskAssignment)
    b.merge('tasks', stale, patches.taskAssignment)
    await assert.rejects(t.commit(b), (err: Error & { code?: string }) => err.code === 'Conflict' && /m1/.test(err.message))
    const gone = assigned(current, 'n3')
    gone.meta = Object.assign(copyOf(current.meta!), { id: 'nope' })
    const c = new WriteBatch()
    c.merge('tasks', gone, patches.taskAssignment)
    await assert.rejects(t.commit(c), (err: Error & { code?: string }) => err.code === 'NotFound' && /nope/.test(err.message))
    const now = t.store.view()
    assert.equal(now.get('tasks', 'm1')!.nodeId, 'n1')
    assert.equal(now.get('tasks', 'm2')!.nodeId, 'n2')
  })
})

describe('merge actions through the addon', () => {
  const t = openTestStore('shoal-merge-raw-')
  after(t.close)

  test('propose takes a merge as an object too; one without a patch is refused and changes nothing', async () => {
    const create = new WriteBatch()
    create.create('tasks', pendingTask('p1'))
    const v = await t.commit(create)
    const patch = Buffer.from(v1.Task.encode(new v1.Task({ nodeId: 'n9' })).finish())
    const index = await t.raft.propose([{ kind: 'merge', table: 'tasks', id: 'p1', expectedVersion: v, data: patch, indexes: [{ name: 'node', value: 'n9' }] }])
    const got = t.raft.get('tasks', 'p1')!
    assert.equal(got.version, index)
    assert.equal(v1.Task.decode(got.data).nodeId, 'n9')
    assert.deepEqual(t.raft.find('tasks', 'node', 'n9').map((o) => o.id), ['p1'])
    await assert.rejects(t.raft.propose([{ kind: 'merge', table: 'tasks', id: 'p1' }]), (err: Error & { code?: string }) => err.code === 'InvalidArgument' && /merge without a patch/.test(err.message))
    assert.equal(t.raft.get('tasks', 'p1')!.version, index)
  })
})

describe('a restarted manager replays merges', () => {
  for (const [what, snapshotInterval] of [['from its log', 1_000_000], ['from a snapshot', 2]] as const) {
    test(what, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-merge-replay-'))
      const key = randomBytes(32)
      const open = () => RaftStore.open({ dataDir: dir, key, nodeId: 1, peers: [1], snapshotInterval })
      let raft = open()
      try {
        let store = new ClusterStore(raft)
        const create = new WriteBatch()
        create.create('tasks', pendingTask('r1'))
        await commitOnceLeading(store, create)
        const want = assigned((await store.sharedView()).get('tasks', 'r1')!, 'n1')
        const b = new WriteBatch()
        b.merge('tasks', want, patches.taskAssignment)
        const index = await commitOnceLeading(store, b)
        // More writes after it, so a snapshot (every 2 entries) covers the merge.
        for (let i = 0; i < 3; i++) {
          const more = new WriteBatch()
          more.create('tasks', task({ id: `extra${i}` }))
          await commitOnceLeading(store, more)
        }
        await raft.close()
        const snapshots = fs.readdirSync(dir).filter((f) => f.endsWith('.snap'))
        assert.equal(snapshots.length > 0, snapshotInterval === 2, `snapshots: ${snapshots.join(', ')}`)
        raft = open()
        store = new ClusterStore(raft)
        for (const got of [(await store.sharedView()).get('tasks', 'r1')!, store.view().get('tasks', 'r1')!]) {
          assert.deepEqual(plain(got), plain(want))
          assert.equal(Number(got.meta!.version), index)
        }
        assert.deepEqual((await store.sharedView()).find('tasks', 'node', 'n1').map(idOf), ['r1'])
      } finally {
        await raft.close()
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})
