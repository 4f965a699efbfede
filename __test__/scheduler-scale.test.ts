// The scheduler at scale: 100,000 pending tasks over 1,000 nodes, in-process. Timings
// are printed, not asserted (machines differ, CI machines are shared); what is asserted
// is that every task is placed, evenly.
//
//   1. planSchedule alone (the decisions), for several shapes of the same 100k tasks;
//   2. one full scheduler pass over a real replicated store (the Rust RaftStore on a temp
//      dir): read and decode the snapshot, decide, encode, commit through Raft.
import { after, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { planSchedule } from '../src/manager/scheduler/plan'
import { Scheduler } from '../src/manager/scheduler/scheduler'
import { WriteBatch, type Node, type Task } from '../src/manager/store'
import { GiB, node, perNode, task, type TaskOptions } from './helpers/sched'
import { openTestStore } from './helpers/store'

const NODES = 1000
const TASKS = 100_000

function cluster(): Node[] {
  return Array.from({ length: NODES }, (_, i) =>
    node({ id: `node${String(i).padStart(5, '0')}`, labels: { zone: `z${i % 3}` }, nanoCpus: 64e9, memoryBytes: 256 * GiB }),
  )
}

function workload(services: number, o: TaskOptions = {}): Task[] {
  const per = TASKS / services
  const out: Task[] = []
  for (let s = 0; s < services; s++) for (let i = 1; i <= per; i++) out.push(task({ ...o, service: `svc${s}`, slot: i, createdAt: s }))
  return out
}

function best(fn: () => void, runs = 3): number {
  let min = Infinity
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    fn()
    min = Math.min(min, performance.now() - t0)
  }
  return min
}

describe(`planSchedule: ${TASKS} tasks over ${NODES} nodes`, () => {
  const nodes = cluster()
  const shapes: [string, number, TaskOptions][] = [
    ['10 services x 10,000', 10, {}],
    ['1,000 services x 100', 1000, {}],
    ['100,000 services x 1', 100_000, {}],
    ['10 services x 10,000, reservations', 10, { reserveCpu: 1e8, reserveMemory: 64 * 2 ** 20 }],
    ['10,000 services x 10, reservations', 10_000, { reserveMemory: 64 * 2 ** 20 }],
    ['10 services x 10,000, spread over zone', 10, { spread: ['node.labels.zone'] }],
    ['10 services x 10,000, constraint + max per node', 10, { constraints: ['node.labels.zone!=z1'], maxReplicas: 20 }],
  ]
  for (const [name, services, o] of shapes) {
    test(name, () => {
      const tasks = workload(services, o)
      let plan = planSchedule(nodes, tasks)
      const ms = best(() => (plan = planSchedule(nodes, tasks)))
      console.log(`# plan ${name}: ${ms.toFixed(1)} ms (best of 3)`)
      assert.equal(plan.assigned.length, TASKS)
      const counts = Object.values(perNode(plan.assigned))
      const eligible = o.constraints ? Math.ceil((NODES * 2) / 3) : NODES
      assert.equal(counts.length, eligible)
      // Spreading over zones evens zones first, so nodes may differ by a little more.
      assert.ok(Math.max(...counts) - Math.min(...counts) <= (o.spread ? 2 : 1), `${Math.min(...counts)}..${Math.max(...counts)}`)
    })
  }
})

describe('a full scheduler pass over a real store', () => {
  const { store, commit, close } = openTestStore('shoal-sched-scale-')
  after(close)

  test(`${TASKS} tasks of 10 services over ${NODES} nodes`, async () => {
    let batch = new WriteBatch()
    for (const n of cluster()) batch.create('nodes', n)
    await commit(batch)
    const tasks = workload(10)
    for (let i = 0; i < tasks.length; i += 10_000) {
      batch = new WriteBatch()
      for (const t of tasks.slice(i, i + 10_000)) batch.create('tasks', t)
      await commit(batch)
    }

    let t0 = performance.now()
    const view = store.view()
    const listed = view.list('tasks')
    const readMs = performance.now() - t0
    t0 = performance.now()
    planSchedule(view.list('nodes'), listed)
    const planMs = performance.now() - t0

    const scheduler = new Scheduler(store)
    t0 = performance.now()
    await scheduler['pass']()
    const passMs = performance.now() - t0
    console.log(`# store pass: ${passMs.toFixed(0)} ms in all (read+decode ${readMs.toFixed(0)} ms, decide ${planMs.toFixed(0)} ms, the rest encode + commit of ${TASKS} updates in ${Math.ceil(TASKS / 10_000)} proposals)`)

    const after = store.view().list('tasks')
    assert.equal(after.filter((t) => t.status?.state === TaskState.ASSIGNED && t.nodeId !== '').length, TASKS)
    const counts = Object.values(perNode(after))
    assert.equal(counts.length, NODES)
    assert.ok(Math.max(...counts) - Math.min(...counts) <= 1)
  })
})
