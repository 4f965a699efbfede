// Tasks of a removed service never run on. Removing a service tells its tasks to go in the
// same write (control.ts), but an orchestrator pass built on a view from before the
// removal can commit new tasks for it afterwards; found by the chaos runs (seed 43: two
// `sleep` tasks of a removed service, created as its removal committed,
// ran on for good; docs/RELIABILITY.md). The task reaper tells such tasks to go, and
// deletes them once their agent has stopped them. A real single-member store; the late
// pass is written as the orchestrator writes it: a create of a running slot's task.
import { test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { Control } from '../src/manager/control'
import { TaskReaper } from '../src/manager/orchestrator/reaper'
import { copyOf, v1, WriteBatch } from '../src/manager/store'
import { waitFor } from './helpers/daemon'
import { running } from './helpers/sched'
import { openTestStore } from './helpers/store'

const service = (id: string) =>
  new v1.Service({
    meta: new v1.Meta({ id }),
    specVersion: 1,
    spec: new v1.ServiceSpec({
      annotations: new v1.Annotations({ name: id }),
      mode: 'replicated',
      replicas: 1,
      task: new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image: 'sleep' }) }),
    }),
  })

// What the agent does with a task told to go: stops it and reports SHUTDOWN.
async function reportShutdown(ts: ReturnType<typeof openTestStore>, id: string): Promise<void> {
  await ts.store.write((batch, view) => {
    const t = copyOf(view.get('tasks', id)!)
    t.status = new v1.TaskStatus({ state: TaskState.SHUTDOWN, message: 'shutdown' })
    batch.update('tasks', t)
  })
}

test('a task created for a service after its removal is told to go, and deleted once stopped', async () => {
  const ts = openTestStore('shoal-removed-svc-')
  const reaper = new TaskReaper(ts.store)
  try {
    const b = new WriteBatch()
    b.create('services', service('svc'))
    b.create('tasks', running('n1', { id: 'old', service: 'svc', slot: 1 }))
    await ts.commit(b)
    reaper.start()
    await new Control(ts.store).removeService('svc')
    assert.equal(ts.store.view().get('tasks', 'old')!.desiredState, TaskState.REMOVE, 'the removal tells its tasks')
    // The late pass: a task for the removed service, placed and started on a node.
    const late = new WriteBatch()
    late.create('tasks', running('n2', { id: 'late', service: 'svc', slot: 1 }))
    await ts.commit(late)
    await waitFor('the late task told to go', () => ts.store.view().get('tasks', 'late')?.desiredState === TaskState.REMOVE, 10_000, 20)
    for (const id of ['old', 'late']) await reportShutdown(ts, id)
    await waitFor('both deleted once stopped', () => ts.store.view().list('tasks').length === 0, 10_000, 20)
  } finally {
    reaper.stop()
    await ts.close()
  }
})

test('a new leader finds a running task of a removed service and tells it to go', async () => {
  const ts = openTestStore('shoal-removed-svc-')
  const reaper = new TaskReaper(ts.store)
  try {
    // What the previous leader left: the service gone, a task of it still wanted.
    const b = new WriteBatch()
    b.create('tasks', running('n1', { id: 'stray', service: 'gone', slot: 2 }))
    b.create('services', service('kept'))
    b.create('tasks', running('n1', { id: 'kept-1', service: 'kept', slot: 1 }))
    await ts.commit(b)
    reaper.start()
    await waitFor('the stray task told to go', () => ts.store.view().get('tasks', 'stray')?.desiredState === TaskState.REMOVE, 10_000, 20)
    assert.equal(ts.store.view().get('tasks', 'kept-1')!.desiredState, TaskState.RUNNING, 'a task of a service that exists is left alone')
  } finally {
    reaper.stop()
    await ts.close()
  }
})
