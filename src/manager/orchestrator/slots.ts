// Slot reconciliation shared by the replicated and global orchestrators. A slot is a
// replica number (replicated) or a node (global); each wanted slot keeps exactly one live
// task. This is where the restart supervisor and the rolling updater act, because both
// replace the task of one slot.
import { TaskState } from '../../agent/types'
import type { Service, Task, WriteBatch } from '../store'
import { restartDecision } from './restart'
import { groupBySlot, isLive, isTerminal, newTask, withDesiredState } from './tasks'

export interface WantedSlot {
  key: string // as slotKey(): 'slot:3' or 'node:<id>'
  slot: number
  nodeId: string
}

const byNewest = (a: Task, b: Task) => Number(b.meta!.createdAt) - Number(a.meta!.createdAt)

// Writes into `batch` what it takes to move the service's tasks toward `wanted`. Returns
// the delay after which it wants another look (a restart delay running out), if any.
export function reconcileSlots(service: Service, tasks: Task[], wanted: WantedSlot[], batch: WriteBatch, now = Date.now()): number | undefined {
  const slots = groupBySlot(tasks)
  const wantedKeys = new Set(wanted.map((w) => w.key))
  let retryInMs: number | undefined
  const later = (ms: number) => (retryInMs = retryInMs === undefined ? ms : Math.min(retryInMs, ms))

  for (const [key, list] of slots) {
    if (wantedKeys.has(key)) continue
    for (const t of list) if (isLive(t)) batch.update('tasks', withDesiredState(t, TaskState.SHUTDOWN))
  }

  const specVersion = Number(service.specVersion)
  const outdated: Task[] = []
  let updating = 0
  for (const w of wanted) {
    const live = (slots.get(w.key) ?? []).filter(isLive).sort(byNewest)
    if (live.length === 0) {
      batch.create('tasks', newTask(service, w.slot, w.nodeId))
      continue
    }
    const [current, ...extra] = live
    for (const t of extra) batch.update('tasks', withDesiredState(t, TaskState.SHUTDOWN))
    const state = current.status?.state ?? TaskState.NEW
    if (isTerminal(state)) {
      const d = restartDecision(current, now)
      if (d.kind === 'now') {
        batch.update('tasks', withDesiredState(current, TaskState.SHUTDOWN))
        batch.create('tasks', newTask(service, w.slot, w.nodeId, Number(current.restartAttempt) + 1))
      } else if (d.kind === 'later') later(d.inMs)
    } else if (Number(current.specVersion) < specVersion) outdated.push(current)
    else if (state < TaskState.RUNNING) updating++
  }

  // Rolling update, one slot at a time (docker's default parallelism): the next outdated
  // task is replaced only when no newer task is still on its way to running.
  if (updating === 0 && outdated.length > 0) {
    const old = outdated.sort((a, b) => Number(a.slot) - Number(b.slot))[0]
    batch.update('tasks', withDesiredState(old, TaskState.SHUTDOWN))
    batch.create('tasks', newTask(service, Number(old.slot), Number(old.slot) === 0 ? old.nodeId : ''))
  }
  return retryInMs
}
