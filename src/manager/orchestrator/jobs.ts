// Jobs (docker's swarm jobs: SwarmKit's jobs/replicated and jobs/global reconcilers): a
// job's tasks run to completion and a task that completed is never run again. A
// replicated job wants `replicas` (TotalCompletions) completions, at most
// `max_concurrent` tasks at a time, each in a slot of its own (1..TotalCompletions); a
// global job wants one completion per eligible node. Every update of the service starts
// a new iteration (Service.job_status, set by the API): tasks of older iterations are shut
// down, and the job runs again from nothing.
//
// A job's tasks keep desired state RUNNING (so the allocator, scheduler and deliveries
// treat them as any other wanted task); the API shows it as "Complete", as docker's
// desired state for job tasks. A task that ended otherwise is replaced per its restart
// policy (the API refuses condition "any" for jobs, as SwarmKit: a completed task is
// done).
import { TaskState } from '../../agent/types'
import type { Copy, Node, Service, Shared, Task } from '../store'
import { globalSlots } from './global'
import { restartDecision } from './restart'
import { isLive, isTerminal, newTask, withDesiredState } from './tasks'


export interface JobPlan {
  creates: Copy<Shared<Task>>[]
  updates: Copy<Shared<Task>>[] // tasks whose desired state changed
  added: number // new slots started (against the orchestrator's create budget)
  retryInMs?: number // a restart delay runs out
}

export const jobIterationOf = (s: Shared<Service>) => Number(s.jobStatus?.jobIteration ?? 0) || 1

const stateOf = (t: Shared<Task>) => t.status?.state ?? TaskState.NEW

// What a slot of the current iteration holds.
interface SlotView {
  done: boolean // a task of it completed
  busy: boolean // a wanted task is on its way or running (or waits for its restart)
}

// Decides, without writing, what it takes to move a job's tasks on. `allowance` bounds the
// new slots a replicated job starts this pass (orchestrator/budget.ts).
export function planJob(service: Shared<Service>, tasks: readonly Shared<Task>[], nodes: readonly Shared<Node>[], allowance: number, now = Date.now()): JobPlan {
  const iteration = jobIterationOf(service)
  const plan: JobPlan = { creates: [], updates: [], added: 0 }
  const later = (ms: number) => (plan.retryInMs = plan.retryInMs === undefined ? ms : Math.min(plan.retryInMs, ms))
  const global = service.spec?.mode === 'global-job'
  const bySlot = new Map<string, Shared<Task>[]>()
  for (const t of tasks) {
    if (Number(t.jobIteration) !== iteration) {
      // An older iteration's task still wanted: the new iteration replaces it.
      if (isLive(t)) plan.updates.push(withDesiredState(t, TaskState.SHUTDOWN))
      continue
    }
    const key = global ? t.nodeId : String(t.slot)
    const list = bySlot.get(key)
    if (list) list.push(t)
    else bySlot.set(key, [t])
  }

  // The state of one slot; a live task that ended without completing is replaced here
  // when its restart policy says so.
  const look = (list: readonly Shared<Task>[] | undefined, slot: number, nodeId: string): SlotView => {
    if (!list) return { done: false, busy: false }
    if (list.some((t) => stateOf(t) === TaskState.COMPLETE)) return { done: true, busy: false }
    const live = list.filter(isLive).sort((a, b) => Number(b.meta!.createdAt) - Number(a.meta!.createdAt))
    if (live.length === 0) return { done: false, busy: false } // shut down (its node went down, drained): run it again
    const current = live[0]
    for (const t of live.slice(1)) plan.updates.push(withDesiredState(t, TaskState.SHUTDOWN))
    if (!isTerminal(stateOf(current))) return { done: false, busy: true }
    const d = restartDecision(current, now)
    if (d.kind === 'now') {
      plan.updates.push(withDesiredState(current, TaskState.SHUTDOWN))
      plan.creates.push(jobTask(service, slot, nodeId, iteration, Number(current.restartAttempt) + 1))
    } else if (d.kind === 'later') later(d.inMs)
    // Out of restarts: the slot stays failed and holds its place, as in SwarmKit.
    return { done: false, busy: true }
  }

  if (global) {
    const wanted = new Set<string>()
    for (const w of globalSlots(service, nodes, tasks)) {
      wanted.add(w.nodeId)
      const v = look(bySlot.get(w.nodeId), 0, w.nodeId)
      if (!v.done && !v.busy) plan.creates.push(jobTask(service, 0, w.nodeId, iteration))
    }
    // A node that no longer qualifies (drained, down, constraints) gives up its unfinished task.
    for (const [nodeId, list] of bySlot) {
      if (wanted.has(nodeId)) continue
      for (const t of list) if (isLive(t) && !isTerminal(stateOf(t))) plan.updates.push(withDesiredState(t, TaskState.SHUTDOWN))
    }
    return plan
  }

  const total = Number(service.spec?.replicas ?? 0)
  const maxConcurrent = Number(service.spec?.maxConcurrent ?? 0) || 1
  let completed = 0
  let busy = 0
  const free: number[] = [] // held slots with nothing running (their task was shut down)
  const held = new Set<number>()
  for (const [key, list] of bySlot) {
    const slot = Number(key)
    if (slot < 1 || slot > total) {
      for (const t of list) if (isLive(t) && !isTerminal(stateOf(t))) plan.updates.push(withDesiredState(t, TaskState.SHUTDOWN))
      continue
    }
    held.add(slot)
    const v = look(list, slot, '')
    if (v.done) completed++
    else if (v.busy) busy++
    else free.push(slot)
  }
  let want = Math.min(maxConcurrent - busy, total - completed - busy, allowance)
  free.sort((a, b) => a - b)
  for (const slot of free) {
    if (want <= 0) break
    plan.creates.push(jobTask(service, slot, '', iteration))
    want--
  }
  // New slots: the lowest numbers no task holds.
  for (let slot = 1; want > 0 && slot <= total; slot++) {
    if (held.has(slot)) continue
    plan.creates.push(jobTask(service, slot, '', iteration))
    plan.added++
    want--
  }
  return plan
}

function jobTask(service: Shared<Service>, slot: number, nodeId: string, iteration: number, restartAttempt = 0): Copy<Shared<Task>> {
  const t = newTask(service, slot, nodeId, restartAttempt)
  t.jobIteration = iteration
  return t
}

// docker's ServiceStatus for a job: completed counts the current iteration's tasks that
// completed; desired is what still has to run now (replicated: min(MaxConcurrent, the
// completions still missing); global: the iteration's tasks not completed yet).
export function jobCounts(service: Shared<Service>, tasks: readonly Shared<Task>[]): { running: number; desired: number; completed: number } {
  const iteration = jobIterationOf(service)
  let running = 0
  let completed = 0
  let pending = 0
  for (const t of tasks) {
    if (Number(t.jobIteration) !== iteration) continue
    const st = stateOf(t)
    if (st === TaskState.COMPLETE) completed++
    else if (isLive(t)) {
      pending++
      if (st === TaskState.RUNNING) running++
    }
  }
  if (service.spec?.mode === 'global-job') return { running, desired: pending, completed }
  const total = Number(service.spec?.replicas ?? 0)
  const maxConcurrent = Number(service.spec?.maxConcurrent ?? 0) || 1
  return { running, desired: Math.max(0, Math.min(maxConcurrent, total - completed)), completed }
}
