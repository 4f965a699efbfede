// The rolling updater: replaces the tasks of an older template, docker's way. It runs
// inside every orchestrator pass (slots.ts hands it the service's slots) and keeps no state
// of its own: what it needs is read from the store each time, so a manager killed in the
// middle of an update picks it up where it stood.
//
//   - The rollout is identified by Service.UpdateStatus (state and started_at). The API
//     clears the status on every update (rollback: sets rollback_started); the updater sets
//     "updating" when it finds outdated slots and no rollout in progress.
//   - Its tasks are the current-template tasks created at or after started_at. Those with
//     restart_attempt 0 were created by the updater (or by filling an empty slot); the
//     restart supervisor's replacements have restart_attempt > 0 and, as in SwarmKit, are
//     not the updater's: their failures don't count and they don't hold a wave back.
//   - Waves: at most `parallelism` slots are replaced together; the next wave starts when
//     every slot of the last one has settled (its new task reached RUNNING, or failed) and
//     `delay` has passed since the last one settled. (SwarmKit runs `parallelism` workers
//     that each wait `delay` after their own slot; with even start times the two agree, and
//     waves can be derived from the store where per-worker timers cannot.)
//   - Orders: stop-first creates the replacement with desired state READY (scheduled and
//     prepared, not started) and shuts the old task down in the same write; slots.ts raises
//     the new one to RUNNING once the old one has stopped, as SwarmKit's DelayStart does.
//     start-first creates the replacement RUNNING and shuts the old one down once the new
//     one runs (slots.ts).
//   - Failure: a task of the rollout ended (failed, rejected or even completed) before it
//     ran for `monitor`. When failures / slots in the rollout > max_failure_ratio the
//     failure action applies: pause, continue, or rollback (to PreviousSpec, rolled out
//     with RollbackConfig; a failing rollback pauses, it is never rolled back itself).
//   - Completion: no outdated slot, nothing in flight, and `monitor` has passed since the
//     last slot settled: "completed" (or "rollback_completed").
//
// A paused rollout stays paused until the next update or rollback; the restart supervisor
// keeps applying restart policies meanwhile, as in docker.
import { TaskState } from '../../agent/types'
import { v1, type Service, type Shared, type Task } from '../store'
import { idOf } from '../store'
import { isLive, isTerminal } from './tasks'

export type UpdateOrder = 'stop-first' | 'start-first'
export type FailureAction = 'pause' | 'continue' | 'rollback'

export const UPDATE_ORDERS: readonly UpdateOrder[] = ['stop-first', 'start-first']
export const FAILURE_ACTIONS: readonly FailureAction[] = ['pause', 'continue', 'rollback']

export const UpdateState = {
  UPDATING: 'updating',
  PAUSED: 'paused',
  COMPLETED: 'completed',
  ROLLBACK_STARTED: 'rollback_started',
  ROLLBACK_PAUSED: 'rollback_paused',
  ROLLBACK_COMPLETED: 'rollback_completed',
} as const

// docker's defaults (SwarmKit's defaults.Service.Update / .Rollback).
export const DEFAULT_PARALLELISM = 1
export const DEFAULT_MONITOR_MS = 5000
// How long a stop-first replacement waits for the task it replaces to report that it
// stopped before starting anyway (SwarmKit's defaultOldTaskTimeout): a task whose agent
// never answers must not hold its slot down forever.
export const OLD_TASK_TIMEOUT_MS = 60_000

export interface UpdateSettings {
  parallelism: number // 0 = every outdated slot in one wave
  delayMs: number
  failureAction: FailureAction
  monitorMs: number
  maxFailureRatio: number
  order: UpdateOrder
}

// The config as the updater applies it: absent config or fields take docker's defaults
// (an empty failure action or order, a zero monitor). Parallelism is taken as given only
// when a config is present, because 0 there means "all at once".
export function updateSettings(c: Shared<v1.IUpdateConfig> | null | undefined): UpdateSettings {
  if (!c) return { parallelism: DEFAULT_PARALLELISM, delayMs: 0, failureAction: 'pause', monitorMs: DEFAULT_MONITOR_MS, maxFailureRatio: 0, order: 'stop-first' }
  const monitorMs = Number(c.monitorNs ?? 0) / 1e6
  return {
    parallelism: Number(c.parallelism ?? 0),
    delayMs: Math.max(0, Number(c.delayNs ?? 0) / 1e6),
    failureAction: (FAILURE_ACTIONS as readonly string[]).includes(c.failureAction ?? '') ? (c.failureAction as FailureAction) : 'pause',
    monitorMs: monitorMs > 0 ? monitorMs : DEFAULT_MONITOR_MS,
    maxFailureRatio: Number(c.maxFailureRatio ?? 0),
    order: c.order === 'start-first' ? 'start-first' : 'stop-first',
  }
}

// One wanted slot as slots.ts classified it.
export interface SlotState {
  key: string
  slot: number
  nodeId: string
  tasks: readonly Shared<Task>[] // every task of the slot, ended ones included
  current?: Shared<Task> // the live task that stands for the slot
  // The slot's task is of an older template and neither ended nor being replaced: the
  // updater's to replace.
  outdated: boolean
}

export interface UpdateInput {
  service: Shared<Service>
  slots: SlotState[]
  isDirty: (t: Shared<Task>) => boolean
  now: number
}

export type UpdatePhase = 'idle' | 'paused' | 'failed' | 'in-flight' | 'delay' | 'wave' | 'monitoring' | 'completed'

export interface UpdateDecision {
  phase: UpdatePhase
  // The service's new UpdateStatus, when it changes (written with the service).
  status?: v1.UpdateStatus
  // Swap PreviousSpec in (automatic rollback); comes with a rollback_started status.
  rollback?: boolean
  // Outdated slots to replace now, and how.
  replace: SlotState[]
  order: UpdateOrder
  // Another look is due after this long (delay or monitor running out).
  retryInMs?: number
  // The task whose failure stopped the rollout, when phase is 'failed'.
  failedTask?: string
}

const rolloutStates: readonly string[] = [UpdateState.UPDATING, UpdateState.ROLLBACK_STARTED]
const isRollback = (state: string) => state.startsWith('rollback_')

// Whether an updater task ended before proving itself: it never ran (rejected, failed to
// start, no pid), or it ended within `monitor` of when it could first have run. Only one
// timestamp survives per task (its current status), so "could first have run" is bounded
// from below: its creation, or for stop-first, the moment the task it replaced stopped
// (the new one waited for it), and above all the moment it became RUNNING when its node
// reported that (ContainerStatus.startedAt: for a container with a health check, when it
// first passed, so a container that turns unhealthy within `monitor` of becoming healthy
// counts, however long it took to get there, as docker's updater counts it).
export function endedEarly(t: Shared<Task>, slotTasks: readonly Shared<Task>[], isDirty: (t: Shared<Task>) => boolean, settings: UpdateSettings): boolean {
  const state = t.status?.state ?? TaskState.NEW
  if (state !== TaskState.FAILED && state !== TaskState.REJECTED && state !== TaskState.COMPLETE) return false
  if (state === TaskState.REJECTED || !t.status?.container?.pid) return true
  const created = Number(t.meta?.createdAt ?? 0)
  let anchor = created
  if (settings.order === 'stop-first') {
    for (const o of slotTasks) {
      if (o === t || !isDirty(o) || Number(o.meta?.createdAt ?? 0) > created) continue
      if (o.status?.state === TaskState.SHUTDOWN) anchor = Math.max(anchor, Number(o.status.timestamp ?? 0))
    }
  }
  anchor = Math.max(anchor, Number(t.status?.container?.startedAt ?? 0))
  return Number(t.status?.timestamp ?? 0) - anchor < settings.monitorMs
}

const slotOrder = (a: SlotState, b: SlotState) => {
  // Slots whose old task isn't even running go first: replacing them costs no capacity.
  const ar = a.current?.status?.state === TaskState.RUNNING ? 1 : 0
  const br = b.current?.status?.state === TaskState.RUNNING ? 1 : 0
  return ar - br || a.slot - b.slot || (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0)
}

export function planUpdate({ service, slots, isDirty, now }: UpdateInput): UpdateDecision {
  const status = service.updateStatus
  const state = status?.state ?? ''
  const settings = updateSettings(isRollback(state) ? service.spec?.rollback : service.spec?.update)
  const decision = (phase: UpdatePhase, extra: Partial<UpdateDecision> = {}): UpdateDecision => ({ phase, replace: [], order: settings.order, ...extra })
  const outdated = slots.filter((s) => s.outdated)

  if (state === UpdateState.PAUSED || state === UpdateState.ROLLBACK_PAUSED) return decision('paused')

  let startedAt: number
  let newStatus: v1.UpdateStatus | undefined
  if (rolloutStates.includes(state)) startedAt = Number(status!.startedAt ?? 0)
  else {
    // No rollout in progress (none yet, or the last one finished): outdated slots start one.
    if (outdated.length === 0) return decision('idle')
    startedAt = now
    newStatus = new v1.UpdateStatus({ state: UpdateState.UPDATING, startedAt: now, message: 'update in progress' })
  }

  // What this rollout has done so far, slot by slot.
  let total = 0
  let inFlight = 0
  let lastSettled: number | undefined
  const failures: Shared<Task>[] = []
  for (const s of slots) {
    const ours = s.tasks.filter((t) => !isDirty(t) && Number(t.meta?.createdAt ?? 0) >= startedAt)
    if (s.outdated || ours.length > 0) total++
    let settledAt: number | undefined
    for (const t of ours) {
      if (Number(t.restartAttempt ?? 0) !== 0) continue // the restart supervisor's
      const st = t.status?.state ?? TaskState.NEW
      if (st < TaskState.RUNNING) {
        if (isLive(t)) inFlight++
        continue
      }
      const at = Number(t.status?.timestamp ?? 0)
      settledAt = settledAt === undefined ? at : Math.min(settledAt, at)
      if (endedEarly(t, s.tasks, isDirty, settings)) failures.push(t)
    }
    if (settledAt !== undefined) lastSettled = Math.max(lastSettled ?? settledAt, settledAt)
  }

  if (failures.length > 0 && settings.failureAction !== 'continue' && total > 0 && failures.length / total > settings.maxFailureRatio) {
    // The failure that tipped the ratio, in the order they happened: the same task
    // whichever pass (or manager) notices.
    failures.sort((a, b) => Number(a.status?.timestamp ?? 0) - Number(b.status?.timestamp ?? 0) || (idOf(a) < idOf(b) ? -1 : 1))
    // (The same division as the test above, so the two agree to the last bit.)
    let n = 0
    while (n < failures.length - 1 && (n + 1) / total <= settings.maxFailureRatio) n++
    const culprit = idOf(failures[n])
    const base = { startedAt, completedAt: 0 }
    if (isRollback(state))
      return decision('failed', {
        failedTask: culprit,
        status: new v1.UpdateStatus({ ...base, state: UpdateState.ROLLBACK_PAUSED, message: `rollback paused due to failure or early termination of task ${culprit}` }),
      })
    if (settings.failureAction === 'rollback' && service.previousSpec)
      return decision('failed', {
        failedTask: culprit,
        rollback: true,
        status: new v1.UpdateStatus({ ...base, state: UpdateState.ROLLBACK_STARTED, message: `update rolled back due to failure or early termination of task ${culprit}` }),
      })
    const why = settings.failureAction === 'rollback' ? ' (no previous spec to roll back to)' : ''
    return decision('failed', {
      failedTask: culprit,
      status: new v1.UpdateStatus({ ...base, state: UpdateState.PAUSED, message: `update paused due to failure or early termination of task ${culprit}${why}` }),
    })
  }

  if (outdated.length === 0) {
    if (inFlight > 0) return decision('in-flight', { status: newStatus })
    const doneAt = lastSettled === undefined ? now : lastSettled + settings.monitorMs
    if (now < doneAt) return decision('monitoring', { status: newStatus, retryInMs: doneAt - now })
    const rollback = isRollback(state)
    return decision('completed', {
      status: new v1.UpdateStatus({
        state: rollback ? UpdateState.ROLLBACK_COMPLETED : UpdateState.COMPLETED,
        startedAt,
        completedAt: now,
        message: rollback ? 'rollback completed' : 'update completed',
      }),
    })
  }

  if (inFlight > 0) return decision('in-flight', { status: newStatus })
  if (lastSettled !== undefined && now < lastSettled + settings.delayMs) {
    return decision('delay', { status: newStatus, retryInMs: lastSettled + settings.delayMs - now })
  }
  const size = settings.parallelism > 0 ? settings.parallelism : outdated.length
  return decision('wave', { status: newStatus, replace: [...outdated].sort(slotOrder).slice(0, size) })
}
