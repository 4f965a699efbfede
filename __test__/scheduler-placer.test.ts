// Placement of new tasks before they are first written (scheduler/placer.ts): the planner's
// decisions, made for the orchestrator's new tasks, are the scheduler's; and through a real
// store, an orchestrator alone (no scheduler running) writes a new service's tasks already
// assigned, but leaves a rolling update's replacements for the scheduler.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { Orchestrator } from '../src/manager/orchestrator/orchestrator'
import { CreatePlacer, ASSIGNED_MESSAGE, CONFIRMED_MESSAGE } from '../src/manager/scheduler/placer'
import { planSchedule } from '../src/manager/scheduler/plan'
import { copyOf, idOf, v1, WriteBatch, type Task } from '../src/manager/store'
import { node, perNode, running, task, tasks } from './helpers/sched'
import { openTestStore } from './helpers/store'

const three = () => [node({ id: 'a' }), node({ id: 'b' }), node({ id: 'c' })]
const nodesOf = (ts: Task[]) => ts.map((t) => t.nodeId)

describe('placing new tasks', () => {
  test('decides as the scheduler would, and sets what the scheduler writes', () => {
    const existing = [running('a', { service: 'o' }), running('a', { service: 'o' }), running('b', { service: 'o' })]
    const fresh = tasks(5, { service: 'n' })
    const expected = planSchedule(three(), [...existing, ...tasks(5, { service: 'n' })])
    new CreatePlacer(three(), () => existing, 1234).place(fresh)
    assert.deepEqual(nodesOf(fresh), expected.assigned.map((a) => a.nodeId))
    for (const t of fresh) {
      assert.equal(t.status?.state, TaskState.ASSIGNED)
      assert.equal(t.status?.message, ASSIGNED_MESSAGE)
      assert.equal(Number(t.status?.timestamp), 1234)
      assert.equal(t.pendingReason, '')
    }
  })

  test('later calls see what earlier ones placed', () => {
    const placer = new CreatePlacer(three(), () => [], 1)
    const s1 = tasks(2, { service: 's1' })
    const s2 = tasks(1, { service: 's2' })
    placer.place(s1)
    placer.place(s2)
    assert.deepEqual(nodesOf(s1), ['a', 'b'])
    assert.deepEqual(nodesOf(s2), ['c'])
  })

  test('a task that fits nowhere stays pending with the reason; a bound one is confirmed', () => {
    const misfit = task({ service: 'm', constraints: ['node.labels.zone==x'] })
    const bound = task({ service: 'g', slot: 0, nodeId: 'b' })
    new CreatePlacer(three(), () => [], 1).place([misfit, bound])
    assert.equal(misfit.status?.state, TaskState.PENDING)
    assert.equal(misfit.nodeId, '')
    assert.match(misfit.pendingReason, /no suitable node/)
    assert.equal(bound.status?.state, TaskState.ASSIGNED)
    assert.equal(bound.nodeId, 'b')
    assert.equal(bound.status?.message, CONFIRMED_MESSAGE)
  })

  test('tasks not wanted running are left alone', () => {
    const stopped = task({ desired: TaskState.SHUTDOWN })
    new CreatePlacer(three(), () => [], 1).place([stopped])
    assert.equal(stopped.status?.state, TaskState.PENDING)
    assert.equal(stopped.nodeId, '')
  })
})

describe('the orchestrator places what it creates', () => {
  const service = (replicas: number, image: string) =>
    new v1.Service({
      meta: new v1.Meta({ id: 'svc1' }),
      specVersion: 1,
      spec: new v1.ServiceSpec({
        annotations: new v1.Annotations({ name: 'web' }),
        mode: 'replicated',
        replicas,
        task: new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image }), restart: new v1.RestartPolicy({ condition: 'none' }) }),
      }),
    })

  // Polls the store (bounded) until `done` holds for the service's tasks.
  async function settle(ts: ReturnType<typeof openTestStore>, done: (tasks: Task[]) => boolean): Promise<Task[]> {
    for (let i = 0; i < 200; i++) {
      const list = ts.store.view().list('tasks')
      if (done(list)) return list
      await new Promise((r) => setTimeout(r, 25))
    }
    throw new Error(`tasks never settled: ${JSON.stringify(ts.store.view().list('tasks').map((t) => [t.slot, t.nodeId, t.status?.state, t.desiredState]))}`)
  }

  test('a new service and a scale-up are written assigned; update replacements pending', async () => {
    const ts = openTestStore('shoal-placer-')
    const orch = new Orchestrator(ts.store)
    try {
      const b = new WriteBatch()
      for (const n of three()) b.create('nodes', n)
      b.create('services', service(4, 'sleep'))
      await ts.commit(b)
      orch.start()
      const live = (list: Task[]) => list.filter((t) => t.desiredState === TaskState.RUNNING)
      let list = await settle(ts, (l) => live(l).length === 4)
      assert.ok(list.every((t) => t.status?.state === TaskState.ASSIGNED && t.nodeId !== ''), 'created assigned')
      assert.deepEqual(Object.values(perNode(list)).sort(), [1, 1, 2])

      // Scale-up: the new slots' tasks are placed around the ones there.
      await ts.store.write((batch, view) => {
        const s = copyOf(view.get('services', 'svc1')!)
        s.spec = new v1.ServiceSpec({ ...s.spec!, replicas: 6 })
        batch.update('services', s)
      })
      list = await settle(ts, (l) => live(l).length === 6)
      assert.ok(list.every((t) => t.status?.state === TaskState.ASSIGNED))
      assert.deepEqual(Object.values(perNode(list)).sort(), [2, 2, 2])

      // A new template: replacements go with the old tasks' shutdown, for the scheduler.
      await ts.store.write((batch, view) => {
        const s = copyOf(view.get('services', 'svc1')!)
        s.spec = new v1.ServiceSpec({ ...s.spec!, task: new v1.TaskSpec({ ...s.spec!.task!, container: new v1.ProcessSpec({ image: 'other' }) }) })
        s.specVersion = 2
        batch.update('services', s)
      })
      list = await settle(ts, (l) => l.some((t) => t.spec?.container?.image === 'other'))
      const replacements = list.filter((t) => t.spec?.container?.image === 'other')
      assert.ok(replacements.length > 0)
      for (const t of replacements) assert.equal(t.status?.state, TaskState.PENDING, `replacement ${idOf(t)} left to the scheduler`)
    } finally {
      orch.stop()
      await ts.close()
    }
  })
})
