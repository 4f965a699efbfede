// Task facts shared by the orchestrators, the restart supervisor and the reaper.
import { TaskState } from '../../agent/types'
import { newId } from '../ids'
import { v1, type Service, type Task } from '../store'
import { idOf } from '../store'

// A live task occupies its slot: the manager still wants it running (even if it died and
// the restart supervisor has not replaced it yet).
export const isLive = (t: Task) => t.desiredState <= TaskState.RUNNING

export const isTerminal = (state: number) => state >= TaskState.COMPLETE

export const slotKey = (t: Task) => (Number(t.slot) === 0 ? `node:${t.nodeId}` : `slot:${t.slot}`)

export function newTask(service: Service, slot: number, nodeId: string, restartAttempt = 0): Task {
  const now = Date.now()
  return new v1.Task({
    meta: new v1.Meta({ id: newId() }),
    serviceId: idOf(service),
    serviceName: service.spec!.annotations!.name,
    slot,
    nodeId,
    spec: service.spec!.task,
    specVersion: service.specVersion,
    desiredState: TaskState.RUNNING,
    status: new v1.TaskStatus({ timestamp: now, state: TaskState.PENDING, message: 'pending task scheduling' }),
    restartAttempt,
  })
}

// Objects read from a store view are decoded afresh for each read, so changing one in
// place before writing it back touches nobody else's copy.
export function withDesiredState(t: Task, state: TaskState): Task {
  t.desiredState = state
  return t
}

export function groupBySlot(tasks: Task[]): Map<string, Task[]> {
  const slots = new Map<string, Task[]>()
  for (const t of tasks) {
    const k = slotKey(t)
    const list = slots.get(k)
    if (list) list.push(t)
    else slots.set(k, [t])
  }
  return slots
}
