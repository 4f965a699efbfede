// The rolling updater's decisions (orchestrator/update.ts through slots.ts), on real v1
// objects and a clock the test moves. A small simulation stands in for the store and the
// agent: a pass's plan is applied to an in-memory task list (creations get the pass's time
// as their creation time, as WriteBatch gives them Date.now()), and tests move tasks
// through the states an agent would report.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { planSlots, type SlotPlan, type WantedSlot } from '../src/manager/orchestrator/slots'
import { OLD_TASK_TIMEOUT_MS, endedEarly, planUpdate, updateSettings, type UpdateSettings } from '../src/manager/orchestrator/update'
import { dirtyCheck } from '../src/manager/orchestrator/tasks'
import { replicatedSlots } from '../src/manager/orchestrator/replicated'
import { copyOf, forEncoder, idOf, v1, type Copy, type Service, type Shared, type Task } from '../src/manager/store'
import { serviceSpecFromDocker, serviceSpecToDocker } from '../src/api/convert'
import { applyRolloutOptions, rolloutOptions } from '../src/cli/rollout'

const NODE = 'node-1'
const T0 = 1_700_000_000_000

function template(args: string[]): v1.TaskSpec {
  return new v1.TaskSpec({
    runtime: 'process',
    container: new v1.ProcessSpec({ image: '/bin/sleep', args }),
    restart: new v1.RestartPolicy({ condition: 'any', delayNs: 5e9 }),
  })
}

function makeService(replicas: number, update?: v1.IUpdateConfig, rollback?: v1.IUpdateConfig): Service {
  return new v1.Service({
    meta: new v1.Meta({ id: 'svc', version: 1 }),
    spec: new v1.ServiceSpec({
      annotations: new v1.Annotations({ name: 'web' }),
      mode: 'replicated',
      replicas,
      task: template(['v1']),
      update: update ? new v1.UpdateConfig(update) : null,
      rollback: rollback ? new v1.UpdateConfig(rollback) : null,
    }),
    specVersion: 1,
  })
}

let seq = 0
function makeTask(s: Shared<Service>, slot: number, at: number, state = TaskState.RUNNING): Copy<Shared<Task>> {
  const t: Copy<Shared<Task>> = new v1.Task({
    meta: new v1.Meta({ id: `t${++seq}`, createdAt: at }),
    serviceId: idOf(s),
    serviceName: 'web',
    slot,
    nodeId: NODE,
    specVersion: s.specVersion,
    desiredState: TaskState.RUNNING,
    status: new v1.TaskStatus({ state, timestamp: at, container: state >= TaskState.RUNNING ? new v1.ContainerStatus({ pid: 100 + seq }) : null }),
  })
  t.spec = s.spec!.task // the service's own, as newTask gives it
  return t
}

// What `service update` does to the stored service (control.updateService).
function updateSpec(s: Copy<Shared<Service>>, args: string[], update?: v1.IUpdateConfig): void {
  s.previousSpec = s.spec
  s.spec = Object.assign(copyOf(s.spec!), { task: template(args), update: update ? new v1.UpdateConfig(update) : s.spec!.update })
  s.specVersion = Number(s.specVersion) + 1
  s.updateStatus = null
}

class Sim {
  now = T0
  // The store's tasks: replaced or changed at the top level only, as a store would.
  tasks: Copy<Shared<Task>>[] = []
  last!: SlotPlan
  readonly down = new Set<string>()

  constructor(public service: Copy<Shared<Service>>) {
    for (let i = 1; i <= Number(service.spec!.replicas); i++) this.tasks.push(makeTask(service, i, T0 - 60_000))
  }

  get wanted(): WantedSlot[] {
    return replicatedSlots(this.service, this.tasks, Infinity).wanted
  }

  // One orchestrator pass at the current time, applied.
  pass(): SlotPlan {
    const plan = planSlots(this.service, this.tasks, this.wanted, this.now, this.down)
    // The store takes the writes: a changed task (a copy) replaces the stored one, here in
    // place, so the tests' references to tasks stay current.
    for (const t of plan.updates.values()) Object.assign(this.tasks.find((x) => idOf(x) === idOf(t))!, t)
    for (const t of plan.creates) {
      t.meta = new v1.Meta({ id: `t${++seq}`, createdAt: this.now })
      this.tasks.push(t)
    }
    if (plan.service) this.service = plan.service
    this.last = plan
    return plan
  }

  at(ms: number): this {
    this.now = T0 + ms
    return this
  }

  live(): Copy<Shared<Task>>[] {
    return this.tasks.filter((t) => t.desiredState <= TaskState.RUNNING)
  }

  slotTasks(slot: number): Copy<Shared<Task>>[] {
    return this.tasks.filter((t) => Number(t.slot) === slot)
  }

  isNew(t: Shared<Task>): boolean {
    return !dirtyCheck(this.service)(t)
  }

  // The agent's side: what it would report.
  report(t: Copy<Shared<Task>>, state: TaskState, opts: { pid?: number } = {}): void {
    const pid = opts.pid ?? (state >= TaskState.RUNNING && state !== TaskState.REJECTED ? 4242 : 0)
    t.status = new v1.TaskStatus({ state, timestamp: this.now, container: pid ? new v1.ContainerStatus({ pid }) : null })
  }

  // Every task told to stop, stops; every task allowed to run (desired RUNNING), runs.
  settle(): void {
    for (const t of this.tasks) {
      const st = t.status!.state ?? TaskState.NEW
      if (t.desiredState >= TaskState.SHUTDOWN && st < TaskState.COMPLETE) this.report(t, TaskState.SHUTDOWN)
      else if (t.desiredState === TaskState.RUNNING && st < TaskState.RUNNING) this.report(t, TaskState.RUNNING)
      else if (t.desiredState === TaskState.READY && st < TaskState.READY) this.report(t, TaskState.READY)
    }
  }

  // Passes and settling until nothing changes (no time passes).
  converge(max = 20): void {
    for (let i = 0; i < max; i++) {
      const plan = this.pass()
      const before = JSON.stringify(this.tasks.map((t) => [t.desiredState, t.status!.state]))
      this.settle()
      const after = JSON.stringify(this.tasks.map((t) => [t.desiredState, t.status!.state]))
      if (plan.creates.length === 0 && plan.updates.size === 0 && !plan.service && before === after) return
    }
  }

  newRunning(): number {
    return this.live().filter((t) => this.isNew(t) && t.status!.state === TaskState.RUNNING).length
  }
}

describe('update settings', () => {
  test('absent config: docker defaults', () => {
    assert.deepEqual(updateSettings(null), { parallelism: 1, delayMs: 0, failureAction: 'pause', monitorMs: 5000, maxFailureRatio: 0, order: 'stop-first' })
  })
  test('present config: parallelism 0 means all, empty fields default', () => {
    const s = updateSettings(new v1.UpdateConfig({ parallelism: 0, delayNs: 2e9 }))
    assert.equal(s.parallelism, 0)
    assert.equal(s.delayMs, 2000)
    assert.equal(s.failureAction, 'pause')
    assert.equal(s.monitorMs, 5000)
    assert.equal(s.order, 'stop-first')
  })
})

describe('the rolling updater', () => {
  test('nothing outdated: no rollout, nothing written', () => {
    const sim = new Sim(makeService(3))
    const plan = sim.pass()
    assert.equal(plan.update.phase, 'idle')
    assert.equal(plan.creates.length, 0)
    assert.equal(plan.updates.size, 0)
    assert.equal(plan.service, null)
  })

  test('stop-first: a wave of `parallelism` slots; replacements wait READY until the old task stopped', () => {
    const sim = new Sim(makeService(4, { parallelism: 2 }))
    updateSpec(sim.service, ['v2'])
    const plan = sim.at(0).pass()
    assert.equal(plan.update.phase, 'wave')
    assert.equal(sim.service.updateStatus?.state, 'updating')
    assert.equal(Number(sim.service.updateStatus?.startedAt), T0)
    assert.equal(plan.creates.length, 2)
    assert.deepEqual(plan.creates.map((t) => Number(t.slot)).sort(), [1, 2])
    assert.ok(plan.creates.every((t) => t.desiredState === TaskState.READY))
    const shut = [...plan.updates.values()]
    assert.deepEqual(shut.map((t) => [Number(t.slot), t.desiredState]).sort(), [[1, TaskState.SHUTDOWN], [2, TaskState.SHUTDOWN]])

    // The agent prepared the new ones; the old ones are still stopping: nothing starts.
    for (const t of plan.creates) sim.report(t, TaskState.READY)
    let p = sim.at(100).pass()
    assert.equal(p.update.phase, 'in-flight')
    assert.equal(p.updates.size, 0)
    assert.ok(p.retryInMs! <= OLD_TASK_TIMEOUT_MS)

    // Slot 1's old task stopped: its replacement is raised; slot 2's still waits.
    sim.report(sim.slotTasks(1).find((t) => !sim.isNew(t))!, TaskState.SHUTDOWN)
    p = sim.at(200).pass()
    assert.deepEqual([...p.updates.values()].map((t) => [Number(t.slot), t.desiredState]), [[1, TaskState.RUNNING]])
  })

  test('stop-first: an old task that never reports stopping holds its slot at most OLD_TASK_TIMEOUT_MS', () => {
    const sim = new Sim(makeService(1))
    updateSpec(sim.service, ['v2'])
    sim.at(0).pass()
    const fresh = sim.tasks.find((t) => sim.isNew(t))!
    assert.equal(fresh.desiredState, TaskState.READY)
    sim.at(OLD_TASK_TIMEOUT_MS - 1).pass()
    assert.equal(fresh.desiredState, TaskState.READY)
    sim.at(OLD_TASK_TIMEOUT_MS).pass()
    assert.equal(fresh.desiredState, TaskState.RUNNING)
  })

  test('stop-first: a replacement that fails before starting is restarted waiting too', () => {
    const sim = new Sim(makeService(1, { failureAction: 'continue' }))
    updateSpec(sim.service, ['v2'])
    const first = sim.at(0).pass().creates[0]
    assert.equal(first.desiredState, TaskState.READY)
    sim.report(first, TaskState.REJECTED) // e.g. its executable is missing; the old one still stops
    const p = sim.at(6_000).pass() // the restart delay (5 s) has passed
    assert.equal(p.creates.length, 1)
    assert.equal(Number(p.creates[0].restartAttempt), 1)
    assert.equal(p.creates[0].desiredState, TaskState.READY, 'the old task has still not stopped')
    assert.equal(first.desiredState, TaskState.SHUTDOWN)
  })

  test('stop-first: an old task on a down node is not waited for', () => {
    const sim = new Sim(makeService(1))
    updateSpec(sim.service, ['v2'])
    sim.down.add(NODE)
    const plan = sim.at(0).pass()
    assert.equal(plan.creates[0].desiredState, TaskState.RUNNING)
  })

  test('waves: the next starts only when the last settled and `delay` passed', () => {
    const sim = new Sim(makeService(5, { parallelism: 2, delayNs: 10e9, monitorNs: 1e9 }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    assert.equal(sim.newRunning(), 2, 'first wave running')
    let p = sim.at(5_000).pass()
    assert.equal(p.update.phase, 'delay')
    assert.equal(p.retryInMs, 5_000)
    assert.equal(p.creates.length, 0)
    sim.at(10_000).converge()
    assert.equal(sim.newRunning(), 4, 'second wave running')
    sim.at(20_000).converge()
    assert.equal(sim.newRunning(), 5, 'last wave: the one slot left')
    assert.equal(sim.live().length, 5, 'old tasks all shut down')
    // Waves are visible in creation times, as `service ps` shows them.
    const created = sim.tasks.filter((t) => sim.isNew(t)).map((t) => Number(t.meta!.createdAt) - T0)
    assert.deepEqual(created.sort((a, b) => a - b), [0, 0, 10_000, 10_000, 20_000])
    p = sim.at(20_500).pass()
    assert.equal(p.update.phase, 'monitoring')
    assert.equal(p.retryInMs, 500)
    sim.at(21_000).pass()
    assert.equal(sim.service.updateStatus?.state, 'completed')
    assert.equal(sim.service.updateStatus?.message, 'update completed')
    assert.equal(Number(sim.service.updateStatus?.completedAt), T0 + 21_000)
    assert.equal(sim.at(30_000).pass().update.phase, 'idle')
  })

  test('parallelism 0 replaces every outdated slot at once', () => {
    const sim = new Sim(makeService(6, { parallelism: 0 }))
    updateSpec(sim.service, ['v2'])
    assert.equal(sim.at(0).pass().creates.length, 6)
  })

  test('start-first: the new task starts beside the old, which goes once the new one runs', () => {
    const sim = new Sim(makeService(2, { parallelism: 1, order: 'start-first' }))
    updateSpec(sim.service, ['v2'])
    const plan = sim.at(0).pass()
    assert.equal(plan.creates.length, 1)
    assert.equal(plan.creates[0].desiredState, TaskState.RUNNING)
    assert.equal(plan.updates.size, 0, 'the old task keeps running')
    const fresh = plan.creates[0]
    sim.report(fresh, TaskState.STARTING)
    assert.equal(sim.at(100).pass().updates.size, 0)
    assert.equal(sim.live().filter((t) => t.status!.state === TaskState.RUNNING).length, 2)
    sim.report(fresh, TaskState.RUNNING)
    const p = sim.at(200).pass()
    const old = sim.slotTasks(Number(fresh.slot)).find((t) => t !== fresh)!
    assert.equal(old.desiredState, TaskState.SHUTDOWN)
    assert.ok(p.updates.has(idOf(old)))
  })

  test('start-first: a new task that fails leaves the old one running', () => {
    const sim = new Sim(makeService(2, { parallelism: 1, order: 'start-first', failureAction: 'pause' }))
    updateSpec(sim.service, ['v2'])
    const fresh = sim.at(0).pass().creates[0]
    sim.report(fresh, TaskState.FAILED, { pid: 0 })
    sim.at(100).pass()
    assert.equal(sim.service.updateStatus?.state, 'paused')
    const old = sim.slotTasks(Number(fresh.slot)).find((t) => t !== fresh)!
    assert.equal(old.desiredState, TaskState.RUNNING)
  })

  test('failure action pause: the message names the task; a paused rollout replaces nothing more', () => {
    // A long delay holds the rollout after its first wave.
    const sim = new Sim(makeService(3, { parallelism: 1, delayNs: 100e9, monitorNs: 5e9 }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    const fresh = sim.tasks.find((t) => sim.isNew(t))!
    sim.at(300).report(fresh, TaskState.FAILED) // ran 300 ms < monitor
    const p = sim.pass()
    assert.equal(p.update.phase, 'failed')
    assert.equal(sim.service.updateStatus?.state, 'paused')
    assert.equal(sim.service.updateStatus?.message, `update paused due to failure or early termination of task ${idOf(fresh)}`)
    for (let ms = 1000; ms < 60_000; ms += 7_000) {
      sim.at(ms).converge()
      assert.equal(sim.service.updateStatus?.state, 'paused')
      // Slots 2 and 3 keep their old tasks; slot 1 is the restart supervisor's.
      const old = sim.live().filter((t) => !sim.isNew(t))
      assert.deepEqual(old.map((t) => Number(t.slot)).sort(), [2, 3])
      assert.ok(old.every((t) => t.status!.state === TaskState.RUNNING))
    }
    assert.ok(sim.slotTasks(1).some((t) => sim.isNew(t) && Number(t.restartAttempt) > 0), 'the failed slot is restarted per policy')
    // A new update (the API clears the status) resumes the rollout.
    updateSpec(sim.service, ['v3'])
    assert.equal(sim.at(70_000).pass().update.phase, 'wave')
  })

  test('monitor: a task that ran longer than `monitor` before ending is not a failure', () => {
    const settings: UpdateSettings = updateSettings(new v1.UpdateConfig({ parallelism: 1, monitorNs: 5e9 }))
    const s = makeService(1)
    const t = makeTask(s, 1, T0)
    const never = makeTask(s, 1, T0, TaskState.PENDING)
    never.status = new v1.TaskStatus({ state: TaskState.REJECTED, timestamp: T0 + 60_000 })
    const dirty = () => false
    t.status = new v1.TaskStatus({ state: TaskState.FAILED, timestamp: T0 + 4_000, container: new v1.ContainerStatus({ pid: 7 }) })
    assert.equal(endedEarly(t, [t], dirty, settings), true)
    t.status = new v1.TaskStatus({ state: TaskState.COMPLETE, timestamp: T0 + 4_000, container: new v1.ContainerStatus({ pid: 7 }) })
    assert.equal(endedEarly(t, [t], dirty, settings), true, 'an early exit 0 counts too')
    t.status = new v1.TaskStatus({ state: TaskState.FAILED, timestamp: T0 + 6_000, container: new v1.ContainerStatus({ pid: 7 }) })
    assert.equal(endedEarly(t, [t], dirty, settings), false)
    t.status = new v1.TaskStatus({ state: TaskState.SHUTDOWN, timestamp: T0 + 100, container: new v1.ContainerStatus({ pid: 7 }) })
    assert.equal(endedEarly(t, [t], dirty, settings), false, 'stopped on request')
    assert.equal(endedEarly(never, [never], dirty, settings), true, 'never ran, however long it took')
  })

  test('monitor, stop-first: time spent waiting for the old task to stop is not running time', () => {
    const settings = updateSettings(new v1.UpdateConfig({ parallelism: 1, monitorNs: 5e9 }))
    const s = makeService(1)
    const old = makeTask(s, 1, T0 - 60_000)
    old.specVersion = 0
    old.status = new v1.TaskStatus({ state: TaskState.SHUTDOWN, timestamp: T0 + 9_000 })
    const t = makeTask(s, 1, T0)
    t.status = new v1.TaskStatus({ state: TaskState.FAILED, timestamp: T0 + 10_000, container: new v1.ContainerStatus({ pid: 7 }) })
    const dirty = (x: Shared<Task>) => x === old
    assert.equal(endedEarly(t, [old, t], dirty, settings), true)
  })

  test('monitor: a container that turns unhealthy within the window after it became healthy counts, however slow its start', () => {
    const settings = updateSettings(new v1.UpdateConfig({ parallelism: 1, monitorNs: 5e9 }))
    const s = makeService(1)
    const t = makeTask(s, 1, T0)
    const dirty = () => false
    // Healthy (RUNNING) 30 s after creation, unhealthy 2 s later.
    t.status = new v1.TaskStatus({ state: TaskState.FAILED, timestamp: T0 + 32_000, err: 'task: unhealthy container', container: new v1.ContainerStatus({ pid: 7, startedAt: T0 + 30_000 }) })
    assert.equal(endedEarly(t, [t], dirty, settings), true)
    t.status = new v1.TaskStatus({ state: TaskState.FAILED, timestamp: T0 + 36_000, container: new v1.ContainerStatus({ pid: 7, startedAt: T0 + 30_000 }) })
    assert.equal(endedEarly(t, [t], dirty, settings), false, 'past the window after it became RUNNING')
  })

  test('max failure ratio: failures / slots in the rollout must exceed it', () => {
    const sim = new Sim(makeService(4, { parallelism: 0, maxFailureRatio: 0.5, monitorNs: 5e9 }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    const fresh = sim.live().filter((t) => sim.isNew(t))
    assert.equal(fresh.length, 4)
    sim.at(100)
    sim.report(fresh[0], TaskState.FAILED)
    sim.report(fresh[1], TaskState.FAILED)
    sim.pass()
    assert.equal(sim.service.updateStatus?.state, 'updating', '2/4 is not more than 0.5')
    sim.at(200).report(fresh[2], TaskState.FAILED)
    sim.pass()
    assert.equal(sim.service.updateStatus?.state, 'paused')
    assert.match(sim.service.updateStatus!.message!, new RegExp(idOf(fresh[2])), 'the failure that tipped the ratio')
  })

  test('failure action continue: failures do not stop the rollout', () => {
    const sim = new Sim(makeService(3, { parallelism: 1, failureAction: 'continue', monitorNs: 1e9 }))
    updateSpec(sim.service, ['v2'])
    for (let ms = 0; ms < 30_000; ms += 500) {
      sim.at(ms).pass()
      for (const t of sim.live()) {
        if (sim.isNew(t) && (t.status!.state ?? 0) < TaskState.RUNNING && t.desiredState === TaskState.RUNNING) sim.report(t, TaskState.FAILED, { pid: 0 })
      }
      sim.settle()
    }
    assert.equal(sim.live().filter((t) => !sim.isNew(t)).length, 0, 'every slot was updated')
    assert.equal(sim.service.updateStatus?.state, 'completed')
  })

  test('failure action rollback: the previous spec comes back and is rolled out with the rollback config', () => {
    const sim = new Sim(makeService(3, { parallelism: 1, delayNs: 100e9, failureAction: 'rollback', monitorNs: 5e9 }, { parallelism: 0, monitorNs: 1e9 }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    const fresh = sim.tasks.find((t) => sim.isNew(t))!
    sim.at(500).report(fresh, TaskState.FAILED, { pid: 0 })
    const p = sim.pass()
    assert.equal(p.update.phase, 'failed')
    assert.equal(p.creates.length + p.updates.size, 0, 'nothing else is planned against the abandoned spec')
    assert.equal(sim.service.updateStatus?.state, 'rollback_started')
    assert.equal(sim.service.updateStatus?.message, `update rolled back due to failure or early termination of task ${idOf(fresh)}`)
    assert.deepEqual(sim.service.spec!.task!.container!.args, ['v1'])
    assert.equal(sim.service.previousSpec, null)
    assert.equal(Number(sim.service.specVersion), 3)
    // Slots 2 and 3 never left v1: they are current again and stay.
    const untouched = sim.live().filter((t) => Number(t.slot) !== 1)
    sim.at(1_000).converge()
    assert.ok(untouched.every((t) => t.desiredState === TaskState.RUNNING))
    assert.equal(sim.live().length, 3)
    assert.ok(sim.live().every((t) => sim.isNew(t) && t.status!.state === TaskState.RUNNING))
    sim.at(3_000).pass()
    assert.equal(sim.service.updateStatus?.state, 'rollback_completed')
    assert.equal(sim.service.updateStatus?.message, 'rollback completed')
  })

  test('a failing rollback pauses; it is never rolled back itself', () => {
    const sim = new Sim(makeService(2, { parallelism: 1, failureAction: 'rollback' }, { parallelism: 1, failureAction: 'pause' }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    // A manual rollback, as control.updateService writes it.
    const s = sim.service
    const current = s.spec
    s.spec = s.previousSpec
    s.previousSpec = current
    s.specVersion = Number(s.specVersion) + 1
    s.updateStatus = new v1.UpdateStatus({ state: 'rollback_started', startedAt: T0 + 1_000, message: 'manually requested rollback' })
    const p = sim.at(1_000).pass()
    assert.equal(p.creates.length, 1)
    sim.at(1_100).report(p.creates[0], TaskState.REJECTED)
    sim.pass()
    assert.equal(sim.service.updateStatus?.state, 'rollback_paused')
    assert.match(sim.service.updateStatus!.message!, /^rollback paused due to failure or early termination of task /)
  })

  test('the restart supervisor keeps going during a rollout, and its tasks are not counted', () => {
    const sim = new Sim(makeService(2, { parallelism: 1, delayNs: 100e9, monitorNs: 1e9 }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    const fresh = sim.live().find((t) => sim.isNew(t))!
    sim.at(2_000).report(fresh, TaskState.FAILED) // after its monitor window: not a failure
    sim.at(7_000).pass() // restart delay (5 s) passed: replaced
    assert.equal(sim.service.updateStatus?.state, 'updating')
    const restarted = sim.live().find((t) => Number(t.slot) === Number(fresh.slot) && t !== fresh)!
    assert.equal(Number(restarted.restartAttempt), 1)
    sim.report(restarted, TaskState.FAILED, { pid: 0 })
    sim.at(7_100).pass()
    assert.equal(sim.service.updateStatus?.state, 'updating', 'a restart failing is the restart policy\'s business')
  })

  test('stateless: a fresh pass over a mid-rollout store continues where it stood', () => {
    const sim = new Sim(makeService(4, { parallelism: 2, delayNs: 4e9, monitorNs: 1e9 }))
    updateSpec(sim.service, ['v2'])
    sim.at(0).converge()
    // Everything the updater knows is in the service and the tasks: copy them through
    // protobuf, as a restarted manager would read them, and plan from the copies.
    const service = v1.Service.decode(v1.Service.encode(forEncoder<Service>(sim.service)).finish())
    const tasks = sim.tasks.map((t) => v1.Task.decode(v1.Task.encode(forEncoder<Task>(t)).finish()))
    const early = planSlots(service, tasks, replicatedSlots(service, tasks, Infinity).wanted, T0 + 1_000)
    assert.equal(early.update.phase, 'delay')
    assert.equal(early.retryInMs, 3_000)
    const due = planSlots(service, tasks, replicatedSlots(service, tasks, Infinity).wanted, T0 + 4_000)
    assert.equal(due.update.phase, 'wave')
    assert.deepEqual(due.creates.map((t) => Number(t.slot)).sort(), [3, 4])
  })

  test('--force: the same spec with ForceUpdate bumped replaces every task', () => {
    const sim = new Sim(makeService(2, { parallelism: 0 }))
    const s = sim.service
    s.previousSpec = s.spec
    s.spec = Object.assign(copyOf(s.spec!), { task: Object.assign(copyOf(s.spec!.task!), { forceUpdate: 1 }) })
    s.specVersion = 2
    assert.equal(sim.at(0).pass().creates.length, 2)
  })

  test('an ended one-shot task its policy will not restart is still replaced by an update', () => {
    const s = makeService(1)
    s.spec!.task!.restart = new v1.RestartPolicy({ condition: 'none' })
    const sim = new Sim(s)
    sim.report(sim.tasks[0], TaskState.COMPLETE)
    sim.tasks[0].spec = s.spec!.task
    updateSpec(sim.service, ['v2'])
    const p = sim.at(0).pass()
    assert.equal(p.creates.length, 1)
    assert.equal(p.creates[0].desiredState, TaskState.RUNNING, 'nothing to wait for')
  })

  test('planUpdate on its own: a global service is updated node by node', () => {
    const s = makeService(0)
    s.spec!.mode = 'global'
    const nodes = ['n1', 'n2', 'n3']
    const tasks = nodes.map((n) => Object.assign(makeTask(s, 0, T0 - 1000), { nodeId: n }))
    updateSpec(s, ['v2'])
    const isDirty = dirtyCheck(s)
    const slots = nodes.map((n, i) => ({ key: `node:${n}`, slot: 0, nodeId: n, tasks: [tasks[i]], current: tasks[i], outdated: true }))
    const d = planUpdate({ service: s, slots, isDirty, now: T0 })
    assert.equal(d.phase, 'wave')
    assert.deepEqual(d.replace.map((x) => x.nodeId), ['n1'])
  })
})

describe('rollout config: flags and API', () => {
  test('a flag sends the whole config, docker defaults for the rest; no flag sends none', () => {
    assert.equal(applyRolloutOptions(rolloutOptions({}, 'update'), undefined), undefined)
    const opts = rolloutOptions({ 'update-parallelism': '3', 'update-delay': '1m', 'update-max-failure-ratio': '.25' }, 'update')
    assert.deepEqual(applyRolloutOptions(opts, undefined), { Parallelism: 3, Delay: 60e9, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0.25, Order: 'stop-first' })
    // On update, the service's current config is the base.
    const base = { Parallelism: 0, Order: 'start-first' }
    assert.deepEqual(applyRolloutOptions(rolloutOptions({ 'update-monitor': '2s' }, 'update'), base), { Parallelism: 0, Order: 'start-first', Monitor: 2e9 })
    assert.throws(() => rolloutOptions({ 'rollback-failure-action': 'rollback' }, 'rollback'), /invalid --rollback-failure-action value "rollback"/)
    assert.throws(() => rolloutOptions({ 'update-max-failure-ratio': '2' }, 'update'), /between 0 and 1/)
    assert.throws(() => rolloutOptions({ 'update-max-failure-ratio': '-0.1' }, 'update'), /between 0 and 1/)
  })

  test('the API keeps what it is given, fills docker\'s enum defaults, and shows it back', () => {
    const spec = serviceSpecFromDocker({
      Name: 'web',
      TaskTemplate: { ContainerSpec: { Image: 'sleep' }, Runtime: 'process' },
      UpdateConfig: { Parallelism: 0, Delay: 1e9, MaxFailureRatio: 0.3 },
      RollbackConfig: { Parallelism: 2, FailureAction: 'continue', Order: 'start-first', Monitor: 3e9 },
    })
    assert.deepEqual(serviceSpecToDocker(spec).UpdateConfig, { Parallelism: 0, Delay: 1e9, FailureAction: 'pause', MaxFailureRatio: 0.3, Order: 'stop-first' })
    assert.deepEqual(serviceSpecToDocker(spec).RollbackConfig, { Parallelism: 2, FailureAction: 'continue', Monitor: 3e9, MaxFailureRatio: 0, Order: 'start-first' })
    assert.equal(updateSettings(spec.update).monitorMs, 5000, 'monitor 0 is the default')
    assert.equal(serviceSpecToDocker(serviceSpecFromDocker({ Name: 'x', TaskTemplate: { ContainerSpec: { Image: 'sleep' } } })).UpdateConfig, undefined)
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ UpdateConfig: { FailureAction: 'explode' } }, /invalid update failure action "explode"/],
      [{ RollbackConfig: { FailureAction: 'rollback' } }, /invalid rollback failure action "rollback"/],
      [{ UpdateConfig: { Order: 'sideways' } }, /invalid update order "sideways"/],
      [{ UpdateConfig: { MaxFailureRatio: 1.5 } }, /between 0 and 1/],
      [{ UpdateConfig: { Delay: -1 } }, /invalid update delay -1/],
      [{ UpdateConfig: { Parallelism: 1.5 } }, /invalid update parallelism 1.5/],
    ]
    for (const [over, re] of bad) {
      assert.throws(() => serviceSpecFromDocker({ Name: 'x', TaskTemplate: { ContainerSpec: { Image: 'sleep' } }, ...over }), re)
    }
  })
})
