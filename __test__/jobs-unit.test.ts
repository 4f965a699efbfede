// The job reconciler's decisions (orchestrator/jobs.ts) on real v1 objects: which slots a
// replicated job starts, that completed slots are never run again, that an older
// iteration's tasks are shut down, and docker's ServiceStatus counts for jobs.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { jobCounts, planJob } from '../src/manager/orchestrator/jobs'
import { v1, type Service, type Task } from '../src/manager/store'

function job(mode: string, replicas: number, maxConcurrent: number, iteration = 1): Service {
  return new v1.Service({
    meta: new v1.Meta({ id: 'svc', version: 1 }),
    spec: new v1.ServiceSpec({
      annotations: new v1.Annotations({ name: 'batch' }),
      mode,
      replicas,
      maxConcurrent,
      task: new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image: 'true' }), restart: new v1.RestartPolicy({ condition: 'on-failure' }) }),
    }),
    specVersion: 1,
    jobStatus: new v1.JobStatus({ jobIteration: iteration }),
  })
}

let seq = 0
function task(slot: number, state: TaskState, iteration = 1, nodeId = 'n1'): Task {
  return new v1.Task({
    meta: new v1.Meta({ id: `t${++seq}`, createdAt: seq }),
    serviceId: 'svc',
    slot,
    nodeId,
    desiredState: TaskState.RUNNING,
    jobIteration: iteration,
    status: new v1.TaskStatus({ state, timestamp: 0 }),
  })
}

const node = (id: string) => new v1.Node({ meta: new v1.Meta({ id }), spec: new v1.NodeSpec({ availability: 'active' }), status: new v1.NodeStatus({ state: 'ready' }) })

describe('replicated job', () => {
  test('a new job starts max-concurrent tasks in slots 1..n of its iteration', () => {
    const plan = planJob(job('replicated-job', 5, 2), [], [], 1000)
    assert.deepEqual(plan.creates.map((t) => Number(t.slot)), [1, 2])
    assert.ok(plan.creates.every((t) => Number(t.jobIteration) === 1 && t.desiredState === TaskState.RUNNING))
    assert.equal(plan.added, 2)
  })

  test('completed slots are done: the next free slots start, never more than the total', () => {
    const s = job('replicated-job', 3, 2)
    const plan = planJob(s, [task(1, TaskState.COMPLETE), task(2, TaskState.RUNNING)], [], 1000)
    assert.deepEqual(plan.creates.map((t) => Number(t.slot)), [3])
    const done = planJob(s, [task(1, TaskState.COMPLETE), task(2, TaskState.COMPLETE), task(3, TaskState.COMPLETE)], [], 1000)
    assert.equal(done.creates.length + done.updates.length, 0)
  })

  test('the allowance bounds the slots a pass starts', () => {
    const plan = planJob(job('replicated-job', 1_000_000, 1_000_000), [], [], 10)
    assert.equal(plan.creates.length, 10)
  })

  test('a failed task is replaced in its slot under on-failure; a new iteration shuts the old one down', () => {
    const failed = task(1, TaskState.FAILED)
    const plan = planJob(job('replicated-job', 1, 1), [failed], [], 1000)
    assert.deepEqual(plan.updates.map((t) => [t.meta!.id, t.desiredState]), [[failed.meta!.id, TaskState.SHUTDOWN]])
    assert.equal(Number(plan.creates[0].slot), 1)
    assert.equal(Number(plan.creates[0].restartAttempt), 1)

    const running = task(1, TaskState.RUNNING, 1)
    const next = planJob(job('replicated-job', 1, 1, 2), [running, task(2, TaskState.COMPLETE, 1)], [], 1000)
    assert.deepEqual(next.updates.map((t) => t.desiredState), [TaskState.SHUTDOWN, TaskState.SHUTDOWN])
    assert.deepEqual(next.creates.map((t) => [Number(t.slot), Number(t.jobIteration)]), [[1, 2]])
  })

  test('counts: desired is min(max-concurrent, completions missing)', () => {
    const s = job('replicated-job', 5, 2)
    assert.deepEqual(jobCounts(s, [task(1, TaskState.COMPLETE), task(2, TaskState.COMPLETE), task(3, TaskState.COMPLETE), task(4, TaskState.RUNNING), task(1, TaskState.COMPLETE, 0)]), { running: 1, desired: 2, completed: 3 })
    assert.deepEqual(jobCounts(s, [1, 2, 3, 4, 5].map((i) => task(i, TaskState.COMPLETE))), { running: 0, desired: 0, completed: 5 })
  })
})

describe('global job', () => {
  test('one task per eligible node; a node whose task completed gets none', () => {
    const s = job('global-job', 0, 0)
    const plan = planJob(s, [task(0, TaskState.COMPLETE, 1, 'a')], [node('a'), node('b')], 1000)
    assert.deepEqual(plan.creates.map((t) => t.nodeId), ['b'])
    assert.deepEqual(jobCounts(s, [task(0, TaskState.COMPLETE, 1, 'a'), task(0, TaskState.RUNNING, 1, 'b')]), { running: 1, desired: 1, completed: 1 })
  })
})
