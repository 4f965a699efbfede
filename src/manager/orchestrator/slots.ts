// Slot reconciliation shared by the replicated and global orchestrators. A slot is a
// replica number (replicated) or a node (global); each wanted slot keeps one live task of
// the current template. This is where the restart supervisor and the rolling updater
// (update.ts) act, because both replace the task of one slot.
//
// A slot may briefly hold two live tasks while it is being updated:
//   - stop-first: the old task is told to shut down and its replacement waits with
//     desired state READY; it is raised to RUNNING here once the old one has stopped (or
//     its node is down, or OLD_TASK_TIMEOUT_MS passed without word from it).
//   - start-first: both run; the old one is shut down here once the new one is RUNNING.
//     If the new one fails instead, the old one keeps the slot running.
import { TaskState } from '../../agent/types'
import type { BatchWriter, Copy, Service, Shared, Task } from '../store'
import { copyOf, idOf } from '../store'
import type { CreatePlacer } from '../scheduler/placer'
import { restartDecision } from './restart'
import { dirtyCheck, groupBySlot, isLive, isTerminal, keyOfSlot, newTask, withDesiredState } from './tasks'
import { OLD_TASK_TIMEOUT_MS, planUpdate, type SlotState, type UpdateDecision } from './update'

export interface WantedSlot {
  slot: number // 0 for a global service's, whose slot is its node
  nodeId: string
}

// Everything one pass decided for one service, before it is written.
export interface SlotPlan {
  creates: Copy<Shared<Task>>[]
  updates: Map<string, Copy<Shared<Task>>> // tasks whose desired state changed, by id
  service: Copy<Shared<Service>> | null // the service, when its UpdateStatus (or spec, on rollback) changed
  update: UpdateDecision
  retryInMs?: number
}

const byNewest = (a: Shared<Task>, b: Shared<Task>) => Number(b.meta!.createdAt) - Number(a.meta!.createdAt)
const stateOf = (t: Shared<Task>) => t.status?.state ?? TaskState.NEW

// Decides, without writing, what it takes to move the service's tasks toward `wanted`.
// `downNodes`: nodes marked down, whose tasks will not report stopping.
export function planSlots(service: Shared<Service>, tasks: readonly Shared<Task>[], wanted: WantedSlot[], now = Date.now(), downNodes: ReadonlySet<string> = new Set()): SlotPlan {
  const slots = groupBySlot(tasks)
  const isDirty = dirtyCheck(service)
  const creates: Copy<Shared<Task>>[] = []
  // Desired-state changes are collected and applied to the task objects only at the end:
  // decisions read the states as observed, and a pass that ends in a rollback changes
  // nothing of them.
  const desired = new Map<string, { task: Shared<Task>; state: TaskState }>()
  let retryInMs: number | undefined
  const later = (ms: number) => (retryInMs = retryInMs === undefined ? ms : Math.min(retryInMs, ms))
  const setDesired = (task: Shared<Task>, state: TaskState) => desired.set(idOf(task), { task, state })

  if (slots.size > 0) {
    const wantedKeys = new Set(wanted.map((w) => keyOfSlot(w.slot, w.nodeId)))
    for (const [key, list] of slots) {
      if (wantedKeys.has(key)) continue
      for (const t of list) if (isLive(t)) setDesired(t, TaskState.SHUTDOWN)
    }
  }

  // An older task of the slot that an agent may still be running: the reason a stop-first
  // replacement waits.
  const stillStopping = (list: readonly Shared<Task>[], except: Shared<Task>) =>
    list.some((t) => t !== except && !isLive(t) && !isTerminal(stateOf(t)) && stateOf(t) >= TaskState.ASSIGNED && !!t.nodeId && !downNodes.has(t.nodeId))

  const states: SlotState[] = []
  for (const w of wanted) {
    // A slot without any task (all of a new service's): a task to make, and nothing there
    // for the updater (a slot counts for it only through its tasks). No key, state or
    // arrays: a pass creating 100,000 tasks makes no more than it must per task.
    const key = slots.size > 0 ? keyOfSlot(w.slot, w.nodeId) : ''
    const all = slots.get(key)
    if (all === undefined) {
      creates.push(newTask(service, w.slot, w.nodeId))
      continue
    }
    const live = all.filter(isLive).sort(byNewest)
    const state: SlotState = { key, slot: w.slot, nodeId: w.nodeId, tasks: all, outdated: false }
    states.push(state)
    if (live.length === 0) {
      creates.push(newTask(service, w.slot, w.nodeId))
      continue
    }
    const fresh = live.filter((t) => !isDirty(t))
    const stale = live.filter(isDirty)
    let current: Shared<Task>
    if (fresh.length > 0) {
      current = fresh[0]
      for (const t of fresh.slice(1)) setDesired(t, TaskState.SHUTDOWN)
      // start-first: the old task goes once its replacement runs.
      if (stateOf(current) === TaskState.RUNNING) for (const t of stale) setDesired(t, TaskState.SHUTDOWN)
    } else {
      current = stale[0]
      for (const t of stale.slice(1)) setDesired(t, TaskState.SHUTDOWN)
    }
    state.current = current

    if (isTerminal(stateOf(current))) {
      // The restart supervisor: an ended task is replaced per its restart policy, with
      // the current template (an old task that dies mid-update comes back updated, as in
      // SwarmKit). A replacement for a stop-first task that never started waits like it.
      const d = restartDecision(current, now)
      if (d.kind === 'now') {
        setDesired(current, TaskState.SHUTDOWN)
        const start = current.desiredState === TaskState.READY && stillStopping(all, current) ? TaskState.READY : TaskState.RUNNING
        creates.push(newTask(service, w.slot, w.nodeId, Number(current.restartAttempt) + 1, start))
      } else {
        if (d.kind === 'later') later(d.inMs)
        // An ended old task is also the updater's to replace, without waiting out its
        // restart delay, or when its policy won't restart it at all (a finished one-shot:
        // `service update --force` runs it again, as in docker).
        if (fresh.length === 0) state.outdated = true
      }
      continue
    }
    if (fresh.length > 0 && current.desiredState === TaskState.READY) {
      const waitedMs = now - Number(current.meta!.createdAt)
      if (!stillStopping(all, current) || waitedMs >= OLD_TASK_TIMEOUT_MS) setDesired(current, TaskState.RUNNING)
      else later(OLD_TASK_TIMEOUT_MS - waitedMs)
      continue
    }
    if (fresh.length === 0) state.outdated = true
  }

  const update = planUpdate({ service, slots: states, isDirty, now })
  if (update.retryInMs !== undefined) later(update.retryInMs)

  // The service is shared (frozen): its changes go to a copy.
  let changed: Copy<Shared<Service>> | null = null
  if (update.status) {
    changed = copyOf(service)
    changed.updateStatus = update.status
  }
  if (update.rollback) {
    // Everything else decided this pass was for the template being abandoned; the write
    // of the service triggers a pass that plans against the restored one.
    const s = changed ?? copyOf(service)
    s.spec = s.previousSpec
    s.previousSpec = null // as SwarmKit: an automatic rollback can't itself be rolled back
    s.specVersion = Number(s.specVersion) + 1
    return { creates: [], updates: new Map(), service: s, update, retryInMs: undefined }
  }

  for (const s of update.replace) {
    const old = s.current!
    if (update.order === 'start-first') {
      creates.push(newTask(service, s.slot, s.nodeId))
      continue
    }
    setDesired(old, TaskState.SHUTDOWN)
    // A task that ended, that no agent has yet (never scheduled), or on a down node, won't
    // report stopping: nothing to wait for.
    const waits = !isTerminal(stateOf(old)) && stateOf(old) >= TaskState.ASSIGNED && !!old.nodeId && !downNodes.has(old.nodeId)
    creates.push(newTask(service, s.slot, s.nodeId, 0, waits ? TaskState.READY : TaskState.RUNNING))
    if (waits) later(OLD_TASK_TIMEOUT_MS)
  }
  const updates = new Map<string, Copy<Shared<Task>>>()
  for (const [id, { task, state }] of desired) updates.set(id, withDesiredState(task, state))
  return { creates, updates, service: changed, update, retryInMs }
}

// Writes into `batch` what it takes to move the service's tasks toward `wanted`. Returns
// the delay after which it wants another look (a restart delay, an update delay or
// monitor window running out), if any. With a `placer` (scheduler/placer.ts), new tasks are
// placed before they are written when nothing else of the service changes in the write (a
// new service, a scale-up): a replacement's predecessor would still occupy its node in the
// view placed on, where the scheduler, after this write, sees it stopping.
export function reconcileSlots(
  service: Shared<Service>,
  tasks: readonly Shared<Task>[],
  wanted: WantedSlot[],
  batch: BatchWriter,
  now = Date.now(),
  downNodes?: ReadonlySet<string>,
  placer?: CreatePlacer | null,
): number | undefined {
  const plan = planSlots(service, tasks, wanted, now, downNodes)
  if (placer && plan.creates.length > 0 && plan.updates.size === 0 && !plan.service) placer.place(plan.creates)
  for (const t of plan.updates.values()) batch.update('tasks', t)
  for (const t of plan.creates) batch.create('tasks', t)
  if (plan.service) batch.update('services', plan.service)
  return plan.retryInMs
}
