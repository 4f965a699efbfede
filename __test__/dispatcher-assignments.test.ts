// The dispatcher's assignments to sessions over a real store: a session that takes changes
// (AgentSession.update) gets its complete set once, then exactly the tasks that are news to
// its node (new assignments, desired-state changes) and the ids of tasks that left it; a
// new session of the node gets the complete set again; a session without update gets
// complete sets only.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { Dispatcher, type AgentSession } from '../src/manager/dispatcher'
import { newId } from '../src/manager/ids'
import { copyOf, idOf, v1, WriteBatch, type Task } from '../src/manager/store'
import { openTestStore, type TestStore } from './helpers/store'

interface Call {
  kind: 'assign' | 'update'
  tasks: string[]
  removed: string[]
}

// Records what the dispatcher sends; `incremental: false` has no update method.
function recorder(incremental = true): { session: AgentSession; calls: Call[] } {
  const calls: Call[] = []
  const ids = (tasks: Task[]) => tasks.map((t) => idOf(t)).sort()
  const session: AgentSession = {
    assign: (tasks) => calls.push({ kind: 'assign', tasks: ids(tasks), removed: [] }),
    close: () => undefined,
  }
  if (incremental) session.update = (tasks, removed) => calls.push({ kind: 'update', tasks: ids(tasks), removed: [...removed].sort() })
  return { session, calls }
}

const reg = { hostname: 'h', os: 'linux', architecture: 'x86_64', nanoCpus: 1e9, memoryBytes: 2 ** 30, engineVersion: 't', runtimes: ['process'], addr: '127.0.0.1' }

function task(nodeId: string, state = TaskState.ASSIGNED): Task {
  return new v1.Task({
    meta: new v1.Meta({ id: newId() }),
    serviceId: 'svc',
    serviceName: 'svc',
    slot: 1,
    nodeId,
    spec: new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image: 'sleep', args: ['60'] }) }),
    desiredState: TaskState.RUNNING,
    status: new v1.TaskStatus({ state, message: 'assigned' }),
  })
}

// Waits (bounded) until `calls` has `n` entries, then a little longer so that a call that
// should not come has had its chance (the dispatcher's loop runs every 10 ms).
async function settle(calls: Call[], n: number): Promise<void> {
  for (let i = 0; i < 200 && calls.length < n; i++) await new Promise((r) => setTimeout(r, 10))
  await new Promise((r) => setTimeout(r, 100))
}

describe('dispatcher assignments', () => {
  let ts: TestStore
  let dispatcher: Dispatcher
  const nodeA = newId()
  const nodeB = newId()

  before(async () => {
    ts = openTestStore('shoal-dispatch-')
    const b = new WriteBatch()
    for (const id of [nodeA, nodeB]) b.create('nodes', new v1.Node({ meta: new v1.Meta({ id }), spec: new v1.NodeSpec({ role: 'worker' }) }))
    await ts.commit(b)
    dispatcher = new Dispatcher(ts.store)
    dispatcher.start()
  })

  after(async () => {
    dispatcher.stop()
    await ts.close()
  })

  test('a session that takes changes gets exactly the changes; a new session the complete set', async () => {
    const first = task(nodeA)
    const pending = task(nodeA, TaskState.PENDING)
    const b0 = new WriteBatch()
    b0.create('tasks', first)
    b0.create('tasks', pending)
    await ts.commit(b0)

    const a = recorder()
    await dispatcher.register(nodeA, reg, a.session)
    await settle(a.calls, 1)
    assert.deepEqual(a.calls, [{ kind: 'assign', tasks: [idOf(first)], removed: [] }], 'the complete set first (assigned tasks only)')

    // New assignments, one of them on another node: this node hears of its own only.
    const t1 = task(nodeA)
    const t2 = task(nodeA)
    const b1 = new WriteBatch()
    b1.create('tasks', t1)
    b1.create('tasks', t2)
    b1.create('tasks', task(nodeB))
    await ts.commit(b1)
    await settle(a.calls, 2)
    assert.deepEqual(a.calls.slice(1), [{ kind: 'update', tasks: [idOf(t1), idOf(t2)].sort(), removed: [] }])

    // A status report is no news to the node; a desired-state change is.
    const view = await ts.store.sharedView()
    const running = copyOf(view.get('tasks', idOf(t1))!)
    running.status = new v1.TaskStatus({ state: TaskState.RUNNING, message: 'started' })
    const stopping = copyOf(view.get('tasks', idOf(t2))!)
    stopping.desiredState = TaskState.SHUTDOWN
    const b2 = new WriteBatch()
    b2.update('tasks', running)
    b2.update('tasks', stopping)
    await ts.commit(b2)
    await settle(a.calls, 3)
    assert.deepEqual(a.calls.slice(2), [{ kind: 'update', tasks: [idOf(t2)], removed: [] }])

    // A task that was sent and is deleted leaves the node.
    const b3 = new WriteBatch()
    b3.delete('tasks', idOf(first))
    await ts.commit(b3)
    await settle(a.calls, 4)
    assert.deepEqual(a.calls.slice(3), [{ kind: 'update', tasks: [], removed: [idOf(first)] }])

    // The node reconnects: its new session gets the complete set as it stands.
    const again = recorder()
    await dispatcher.register(nodeA, reg, again.session)
    await settle(again.calls, 1)
    assert.deepEqual(again.calls, [{ kind: 'assign', tasks: [idOf(t1), idOf(t2)].sort(), removed: [] }])
    assert.equal(a.calls.length, 4, 'the replaced session hears nothing more')
  })

  test('a session without update gets complete sets', async () => {
    const b = recorder(false)
    await dispatcher.register(nodeB, reg, b.session)
    await settle(b.calls, 1)
    assert.equal(b.calls.length, 1)
    assert.equal(b.calls[0]!.kind, 'assign')
    const had = b.calls[0]!.tasks
    const t = task(nodeB)
    const batch = new WriteBatch()
    batch.create('tasks', t)
    await ts.commit(batch)
    await settle(b.calls, 2)
    assert.deepEqual(b.calls.slice(1), [{ kind: 'assign', tasks: [...had, idOf(t)].sort(), removed: [] }])
  })
})
