// Task facts shared by the orchestrators, the restart supervisor and the reaper.
import { TaskState } from '../../agent/types'
import { newId } from '../ids'
import { copyOf, forEncoder, v1, type Copy, type Service, type Shared, type Task } from '../store'
import { idOf } from '../store'
import { needsAddresses } from '../allocator/needs'

// A live task occupies its slot: the manager still wants it running (even if it died and
// the restart supervisor has not replaced it yet).
export const isLive = (t: Shared<Task>) => t.desiredState <= TaskState.RUNNING

export const isTerminal = (state: number) => state >= TaskState.COMPLETE

// A slot's key: 'slot:3' (replicated) or 'node:<id>' (global, slot 0).
export const keyOfSlot = (slot: number, nodeId: string) => (slot === 0 ? `node:${nodeId}` : `slot:${slot}`)

export const slotKey = (t: Shared<Task>) => keyOfSlot(Number(t.slot), t.nodeId)

// desiredState READY creates a task that is scheduled and prepared but not started: the
// stop-first updater's replacement, raised to RUNNING once the task it replaces stopped.
// Fields are set one by one rather than through the generated constructors' property
// objects (a key walk per object; an orchestrator pass makes 100,000 tasks): the same
// fields, so the same bytes. An empty node id is left to the default (as a decoded task
// has it): ten fields fit in the object itself, an eleventh takes a separate store.
export function newTask(service: Shared<Service>, slot: number, nodeId: string, restartAttempt = 0, desiredState: TaskState = TaskState.RUNNING): Copy<Shared<Task>> {
  const meta = new v1.Meta()
  meta.id = newId()
  const t: Copy<Shared<Task>> = new v1.Task()
  t.meta = meta
  t.serviceId = idOf(service)
  t.serviceName = service.spec!.annotations!.name!
  t.slot = slot
  if (nodeId !== '') t.nodeId = nodeId
  if (service.spec!.task) t.spec = service.spec!.task
  if (service.specVersion != null) t.specVersion = service.specVersion
  t.desiredState = desiredState
  // A task on a network waits NEW for its addresses (allocator/), then PENDING for a node,
  // as in SwarmKit; one on none goes straight to PENDING (or is placed at once).
  t.status = (needsAddresses(service.spec!.task, service.spec!.endpoint?.ports) ? newStatus : pendingStatus).at(Date.now())
  t.restartAttempt = restartAttempt
  // The task keeps the ports it was made with (host-mode ones are held on its node).
  t.ports = service.spec!.endpoint?.ports ?? NO_PORTS
  return t
}

// A new task's status and ports are shared, frozen, by the tasks made in the same
// millisecond (every task without ports, for the ports): the store writes them into each
// task all the same, and the mirror finds them frozen already, where a pass creating
// 100,000 tasks made and then froze 100,000 of each.
const NO_PORTS: v1.IPortConfig[] = Object.freeze([]) as unknown as v1.IPortConfig[]
// One status (state and message) per millisecond, frozen and shared by every task given it
// then.
export class SharedStatus {
  private current: v1.TaskStatus | undefined

  constructor(
    private readonly state: TaskState,
    private readonly message: string,
  ) {}

  at(now: number): v1.TaskStatus {
    if (this.current?.timestamp === now) return this.current
    const status = new v1.TaskStatus()
    status.timestamp = now
    status.state = this.state
    status.message = this.message
    return (this.current = Object.freeze(status))
  }
}

// What the scheduler waits for, and (SwarmKit's) what a task on a network waits NEW with
// until the allocator has given it its addresses.
export const pendingStatus = new SharedStatus(TaskState.PENDING, 'pending task scheduling')
const newStatus = new SharedStatus(TaskState.NEW, 'created')

// Tasks read through a shared view are shared by every component (read-only): the new
// desired state goes to a copy, which the caller writes and uses in the task's place.
export function withDesiredState(t: Shared<Task>, state: TaskState): Copy<Shared<Task>> {
  const c = copyOf(t)
  c.desiredState = state
  return c
}

export function groupByService(tasks: Iterable<Shared<Task>>): Map<string, Shared<Task>[]> {
  const byService = new Map<string, Shared<Task>[]>()
  for (const t of tasks) {
    const list = byService.get(t.serviceId)
    if (list) list.push(t)
    else byService.set(t.serviceId, [t])
  }
  return byService
}

export function groupBySlot(tasks: readonly Shared<Task>[]): Map<string, Shared<Task>[]> {
  const slots = new Map<string, Shared<Task>[]>()
  for (const t of tasks) {
    const k = slotKey(t)
    const list = slots.get(k)
    if (list) list.push(t)
    else slots.set(k, [t])
  }
  return slots
}

export function taskSpecEqual(a: Shared<v1.ITaskSpec> | null | undefined, b: Shared<v1.ITaskSpec> | null | undefined): boolean {
  const enc = (t: Shared<v1.ITaskSpec> | null | undefined) => Buffer.from(v1.TaskSpec.encode(new v1.TaskSpec(forEncoder<v1.ITaskSpec>(t ?? {}))).finish())
  return enc(a).equals(enc(b))
}

// Published ports are part of what a task was made with (SwarmKit's IsTaskDirty compares
// the endpoint too): a task publishing other ports than the service must be replaced.
export function portsEqual(a: readonly Shared<v1.IPortConfig>[] | null | undefined, b: readonly Shared<v1.IPortConfig>[] | null | undefined): boolean {
  const enc = (p: readonly Shared<v1.IPortConfig>[] | null | undefined) => Buffer.from(v1.EndpointSpec.encode(new v1.EndpointSpec({ ports: forEncoder<v1.IPortConfig[]>(p ?? []) })).finish())
  return enc(a).equals(enc(b))
}

// Whether a task was made from a template other than the service's current one, and so
// must be replaced by a rolling update. As SwarmKit's IsTaskDirty this compares the specs,
// not just the versions: after a rollback the tasks that never left the restored template
// are current again and stay. Tasks of one spec version share one spec, so each version
// is compared once per pass, however many tasks carry it.
export function dirtyCheck(service: Shared<Service>): (t: Shared<Task>) => boolean {
  const current = Number(service.specVersion)
  const byVersion = new Map<number, boolean>()
  return (t) => {
    const v = Number(t.specVersion)
    if (v === current) return false
    let dirty = byVersion.get(v)
    if (dirty === undefined) {
      dirty = !taskSpecEqual(t.spec, service.spec?.task) || !portsEqual(t.ports, service.spec?.endpoint?.ports)
      byVersion.set(v, dirty)
    }
    return dirty
  }
}
