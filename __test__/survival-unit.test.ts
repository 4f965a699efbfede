// A manager survives its own store (issue 11): the orchestrator fills bounded pieces of a
// service whatever its replica count, a node's capacity bounds what is placed on it, and a
// component that throws is retried with backoff and reported, never ending the process.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { defaultMaxTasks, parseMaxTasks, MEMORY_PER_TASK } from '../src/agent/capacity'
import { ComponentHealth, backoffMs } from '../src/manager/health'
import { ReconcileLoop } from '../src/manager/loop'
import { CreateBudget, MAX_NEW_SLOTS_PER_PASS, MAX_NEW_SLOTS_PER_SERVICE, MAX_PENDING_PER_SERVICE } from '../src/manager/orchestrator/budget'
import { Orchestrator } from '../src/manager/orchestrator/orchestrator'
import { replicatedSlots } from '../src/manager/orchestrator/replicated'
import { planSchedule } from '../src/manager/scheduler/plan'
import { Supervisor } from '../src/manager/supervisor'
import { copyOf, v1, WriteBatch, type Task } from '../src/manager/store'
import { node, running, task, tasks } from './helpers/sched'
import { openTestStore } from './helpers/store'

const HUGE = 99_999_999_999

const service = (replicas: number) =>
  new v1.Service({
    meta: new v1.Meta({ id: 'huge' }),
    specVersion: 1,
    spec: new v1.ServiceSpec({
      annotations: new v1.Annotations({ name: 'huge' }),
      mode: 'replicated',
      replicas,
      task: new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image: 'sleep' }) }),
    }),
  })

describe('bounded orchestration', () => {
  test('the wanted slots of a huge service are those held plus the allowance, never the replica count', () => {
    const s = service(HUGE)
    const none = replicatedSlots(s, [], 10)
    assert.deepEqual(
      none.wanted.map((w) => w.slot),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    )
    assert.equal(none.added, 10)
    assert.equal(none.unfilled, HUGE - 10)
    // Slots 2, 4 and 9 held; 3 new allowed: the lowest free ones, between the held ones.
    const held = [2, 4, 9].map((slot) => task({ service: 'huge', slot }))
    const some = replicatedSlots(s, held, 3)
    assert.deepEqual(
      some.wanted.map((w) => w.slot),
      [1, 2, 3, 4, 5, 9],
    )
    assert.equal(some.unfilled, HUGE - 6)
    // A slot above the replica count is not wanted (scale-down).
    const down = replicatedSlots(service(3), [...held, task({ service: 'huge', slot: 1 })], 100)
    assert.deepEqual(
      down.wanted.map((w) => w.slot),
      [1, 2, 3],
    )
    assert.equal(down.unfilled, 0)
  })

  test('the budget bounds a pass, a service, the pending tasks and the swarm', () => {
    const b = new CreateBudget(() => 0, 1_000_000)
    assert.deepEqual(b.allowance(0), { slots: MAX_NEW_SLOTS_PER_SERVICE, limit: 'pass' })
    assert.deepEqual(b.allowance(MAX_PENDING_PER_SERVICE - 5), { slots: 5, limit: 'pending' })
    for (let spent = 0; spent < MAX_NEW_SLOTS_PER_PASS; spent += MAX_NEW_SLOTS_PER_SERVICE) b.spend(MAX_NEW_SLOTS_PER_SERVICE)
    assert.deepEqual(b.allowance(0), { slots: 0, limit: 'pass' })
    const full = new CreateBudget(() => 990, 1_000)
    assert.deepEqual(full.allowance(0), { slots: 10, limit: 'swarm' })
    assert.equal(new CreateBudget(() => 2_000, 1_000).allowance(0).slots, 0)
  })

  test('a store holding 99,999,999,999 replicas: the orchestrator makes a bounded number of tasks, and scaling down ends them', async () => {
    const ts = openTestStore('shoal-survival-')
    const orch = new Orchestrator(ts.store)
    try {
      // No node: every task stays pending, so the pending bound is what holds it.
      const b = new WriteBatch()
      b.create('services', service(HUGE))
      await ts.commit(b)
      const heapBefore = process.memoryUsage().heapUsed
      orch.start()
      const count = () => ts.store.view().list('tasks').length
      for (let i = 0; i < 400 && count() < MAX_PENDING_PER_SERVICE; i++) await new Promise((r) => setTimeout(r, 25))
      assert.equal(count(), MAX_PENDING_PER_SERVICE)
      // Passes go on (held back, looked at again later) without making more.
      await new Promise((r) => setTimeout(r, 500))
      assert.equal(count(), MAX_PENDING_PER_SERVICE)
      assert.ok(process.memoryUsage().heapUsed - heapBefore < 512 * 2 ** 20, 'heap stays bounded')

      // The operator scales it down: every task above slot 2 is told to shut down.
      await ts.store.write((batch, view) => {
        const s = copyOf(view.get('services', 'huge')!)
        s.spec = new v1.ServiceSpec({ ...s.spec!, replicas: 2 })
        batch.update('services', s)
      })
      const live = (l: Task[]) => l.filter((t) => t.desiredState <= TaskState.RUNNING)
      for (let i = 0; i < 400 && live(ts.store.view().list('tasks')).length !== 2; i++) await new Promise((r) => setTimeout(r, 25))
      assert.deepEqual(
        live(ts.store.view().list('tasks'))
          .map((t) => Number(t.slot))
          .sort(),
        [1, 2],
      )
    } finally {
      orch.stop()
      orch.stop() // idempotent
      await ts.close()
    }
  })
})

describe('node capacity', () => {
  test('a node takes no more tasks than it holds; the rest wait with the reason', () => {
    const nodes = [node({ id: 'a', maxTasks: 20 })]
    const plan = planSchedule(nodes, tasks(50, { service: 's' }))
    assert.equal(plan.assigned.length, 20)
    assert.equal(plan.unplaced.length, 30)
    assert.equal(plan.unplaced[0].reason, 'no suitable node (max tasks per node reached on 1 node)')
  })

  test('tasks still stopping count; a node without a limit takes everything; a second node takes the rest', () => {
    const stopping = running('a', { service: 'old', desired: TaskState.SHUTDOWN })
    const plan = planSchedule([node({ id: 'a', maxTasks: 3 }), node({ id: 'b' })], [stopping, ...tasks(10, { service: 's' })])
    const on = (id: string) => plan.assigned.filter((x) => x.nodeId === id).length
    assert.equal(on('a'), 2)
    assert.equal(on('b'), 8)
    assert.equal(plan.unplaced.length, 0)
  })

  test('the default follows the smallest pid limit and the memory, and --max-tasks is checked', () => {
    const GiB = 2 ** 30
    const limits = { pidMax: 32768, threadsMax: 192735, cgroupPids: null, memoryBytes: 24 * GiB, cgroupMemoryBytes: null }
    assert.equal(defaultMaxTasks(limits), 2048) // 32768 / 2 / 8
    assert.equal(defaultMaxTasks({ ...limits, cgroupPids: 1000 }), 62)
    assert.equal(defaultMaxTasks({ ...limits, cgroupMemoryBytes: 100 * MEMORY_PER_TASK }), 100)
    assert.equal(defaultMaxTasks({ ...limits, memoryBytes: 1 }), 1)
    assert.equal(parseMaxTasks('20'), 20)
    for (const bad of ['0', '-1', '1.5', 'ten', '99999999999', '']) assert.throws(() => parseMaxTasks(bad), /invalid --max-tasks/)
  })
})

describe('component supervision', () => {
  test('a pass that throws is retried after a backoff and reported until it recovers', async () => {
    const health = new ComponentHealth()
    let calls = 0
    const loop = new ReconcileLoop(
      'flaky',
      async () => {
        calls++
        if (calls <= 2) throw new Error(`boom ${calls}`)
      },
      1,
      0,
      health,
    )
    try {
      loop.trigger()
      for (let i = 0; i < 200 && calls < 2; i++) await new Promise((r) => setTimeout(r, 10))
      const [f] = health.list()
      assert.equal(f.component, 'flaky')
      assert.equal(f.failing, true)
      assert.match(f.error, /boom/)
      // No change triggers it: the backoff alone brings the retries (0.5 s, then 1 s).
      for (let i = 0; i < 400 && calls < 3; i++) await new Promise((r) => setTimeout(r, 10))
      assert.equal(calls, 3)
      const [after] = health.list()
      assert.equal(after.failing, false)
      assert.equal(after.failures, 2)
      assert.equal(after.error, 'boom 2')
    } finally {
      loop.close()
    }
    assert.equal(backoffMs(1), 500)
    assert.equal(backoffMs(2), 1000)
    assert.equal(backoffMs(100), 30_000)
  })

  test('a start that throws is retried with a fresh instance; stop is idempotent', async () => {
    const health = new ComponentHealth()
    const s = new Supervisor(health)
    let made = 0
    let stopped = 0
    s.start('fragile', () => {
      const n = ++made
      return {
        start() {
          if (n === 1) throw new Error('cannot start')
        },
        stop() {
          stopped++
        },
      }
    })
    assert.equal(s.get('fragile'), undefined)
    assert.equal(stopped, 1, 'the failed instance was stopped')
    assert.equal(health.list()[0].failing, true)
    for (let i = 0; i < 200 && made < 2; i++) await new Promise((r) => setTimeout(r, 10))
    assert.ok(s.get('fragile'))
    assert.equal(health.list()[0].failing, false)
    s.stop()
    s.stop()
    assert.equal(stopped, 2)
  })
})
