// Node management rules against a real replicated store (the Rust RaftStore on a temp
// dir), with worker nodes written directly: what a one-node swarm cannot show (removing a
// worker that is up or down, demoting one of two managers), plus the orchestrator's side
// of drain, removal and pause as pure functions over real objects.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TaskState } from '../src/agent/types'
import { RaftStore } from '../src/native'
import { Control } from '../src/manager/control'
import { drainedNodeIds, removedNodeIds, shutDownTasksMissingConstraints, shutDownTasksOnDrainedNodes } from '../src/manager/orchestrator/drain'
import { globalSlots } from '../src/manager/orchestrator/global'
import { ClusterStore, WriteBatch, v1 } from '../src/manager/store'
import { node, running, task } from './helpers/sched'

describe('node update and removal rules', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-nodectl-'))
  const raft = RaftStore.open({ dataDir: dir, key: randomBytes(32), nodeId: 1, peers: [1] })
  const store = new ClusterStore(raft)
  const control = new Control(store)

  before(async () => {
    const batch = new WriteBatch()
    batch.create('nodes', node({ id: 'mgr1', role: 'manager' }))
    batch.create('nodes', node({ id: 'up1' }))
    batch.create('nodes', node({ id: 'down1', state: 'down' }))
    for (let attempt = 0; ; attempt++) {
      try {
        await store.commit(batch)
        break
      } catch (err) {
        // A fresh single-member cluster elects itself within a few ticks.
        if ((err as { code?: string }).code !== 'Unavailable' || attempt > 100) throw err
        await new Promise((r) => setTimeout(r, 50))
      }
    }
  })
  after(async () => {
    await raft.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const spec = (id: string, over: Partial<v1.INodeSpec> = {}) => {
    const n = control.getNode(id)
    const cur = n.spec!
    return { version: Number(n.meta!.version), spec: new v1.NodeSpec({ role: cur.role, availability: cur.availability, annotations: cur.annotations, ...over }) }
  }

  test('a worker that is up needs --force; a down one does not', async () => {
    await assert.rejects(control.removeNode('up1', false), { code: 'FailedPrecondition', message: "node up1 is not down and can't be removed" })
    await control.removeNode('down1', false)
    await control.removeNode('up1', true)
    assert.deepEqual(control.view().list('nodes').map((n) => n.meta!.id), ['mgr1'])
  })

  test('a manager is refused, with or without force', async () => {
    await assert.rejects(control.removeNode('mgr1', true), /node mgr1 is a cluster manager\. It must be demoted to worker before removal/)
  })

  test('the last manager cannot be demoted; one of two can', async () => {
    let { version, spec: s } = spec('mgr1', { role: 'worker' })
    await assert.rejects(control.updateNode('mgr1', version, s), { code: 'FailedPrecondition', message: 'attempting to demote the last manager of the swarm' })
    const batch = new WriteBatch()
    batch.create('nodes', node({ id: 'w2' }))
    await store.commit(batch)
    ;({ version, spec: s } = spec('w2', { role: 'manager' }))
    await control.updateNode('w2', version, s) // promote
    ;({ version, spec: s } = spec('mgr1', { role: 'worker' }))
    await control.updateNode('mgr1', version, s)
    assert.equal(control.getNode('mgr1').spec!.role, 'worker')
    assert.equal(control.view().find('nodes', 'role', 'manager').length, 1)
  })

  test('availability and labels are written; a stale version is refused', async () => {
    const { version, spec: s } = spec('w2', { availability: 'drain', annotations: new v1.Annotations({ labels: { zone: 'a' } }) })
    await control.updateNode('w2', version, s)
    const n = control.getNode('w2')
    assert.equal(n.spec!.availability, 'drain')
    assert.deepEqual(n.spec!.annotations!.labels, { zone: 'a' })
    await assert.rejects(control.updateNode('w2', version, s), { code: 'Conflict' })
    await assert.rejects(control.updateNode('w2', 0, s), /requires the version/)
  })
})

describe('the orchestrator side of drain, removal and pause', () => {
  test('replicated tasks on drained nodes are told to stop; ended ones are left to the restart policy', () => {
    const nodes = [node({ id: 'a', availability: 'drain' }), node({ id: 'b' })]
    const onA = running('a', { slot: 1 })
    const endedOnA = running('a', { slot: 2, state: TaskState.FAILED })
    const onB = running('b', { slot: 3 })
    const batch = new WriteBatch()
    // The list gets the changed copies; the tasks read (shared in the store's mirror) stay.
    const tasks = [onA, endedOnA, onB]
    const n = shutDownTasksOnDrainedNodes(tasks, drainedNodeIds(nodes), batch)
    assert.equal(n, 1)
    assert.deepEqual(tasks.map((t) => t.desiredState), [TaskState.SHUTDOWN, TaskState.RUNNING, TaskState.RUNNING])
    assert.equal(onA.desiredState, TaskState.RUNNING)
    assert.deepEqual(batch.actions.map((x) => x.id), [onA.meta!.id])
  })

  test('replicated tasks whose node no longer meets their own constraints are told to stop', () => {
    const nodes = new Map([
      ['a', node({ id: 'a', labels: { zone: 'x' } })],
      ['b', node({ id: 'b' })],
    ])
    const fits = running('a', { constraints: ['node.labels.zone==x'] })
    const misfit = running('b', { constraints: ['node.labels.zone==x'] })
    const free = running('b')
    const pending = task({ constraints: ['node.labels.zone==x'] })
    const batch = new WriteBatch()
    const tasks = [fits, misfit, free, pending]
    assert.equal(shutDownTasksMissingConstraints(tasks, nodes, batch, new Map()), 1)
    assert.deepEqual(tasks.map((t) => t.desiredState), [TaskState.RUNNING, TaskState.SHUTDOWN, TaskState.RUNNING, TaskState.RUNNING])
  })

  test('a node tasks point at but that is gone counts as removed', () => {
    const removed = removedNodeIds([node({ id: 'a' })], [[running('a'), running('gone'), task()]])
    assert.deepEqual([...removed], ['gone'])
  })

  test('global: constraints pick the nodes; pause keeps a running task but adds none; drain keeps none', () => {
    const service = new v1.Service({
      meta: new v1.Meta({ id: 'g' }),
      spec: new v1.ServiceSpec({ mode: 'global', task: new v1.TaskSpec({ placement: new v1.Placement({ constraints: ['node.labels.tier!=db'] }) }) }),
    })
    const nodes = [
      node({ id: 'active' }),
      node({ id: 'db', labels: { tier: 'db' } }),
      node({ id: 'paused-running', availability: 'pause' }),
      node({ id: 'paused-empty', availability: 'pause' }),
      node({ id: 'drained', availability: 'drain' }),
      node({ id: 'down', state: 'down' }),
    ]
    const tasks = [running('paused-running', { service: 'g', slot: 0 }), running('drained', { service: 'g', slot: 0 })]
    assert.deepEqual(globalSlots(service, nodes, tasks).map((w) => w.nodeId), ['active', 'paused-running'])
  })
})
