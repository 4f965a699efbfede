// Deletes tasks nobody needs: those of removed services once they have stopped (or never
// reached a node), and, per slot, ended tasks beyond the cluster's history limit. Keeps
// the store (and `service ps`) from growing with every restart.
//
// A task of a removed service that is still wanted is told to go (desired REMOVE), as
// SwarmKit's orchestrator does at start and its reaper on every tick. Removing a service
// tells its tasks in the same write (control.ts), but a task can still be created for it
// afterwards: an orchestrator pass built on a view from before the removal commits its new
// tasks after it (nothing in a create is checked against the service). Found by the chaos
// runs (seed 43: two `sleep` tasks of a removed service ran on for good after an update
// and a removal a moment apart; docs/RELIABILITY.md).
//
// Incremental, as the orchestrator: only a task that ended or is no longer wanted can
// become deletable, so such a change marks its service, as does a service's removal; a
// pass looks at the marked services' tasks. The first pass, a resync and a change of the
// cluster's history limit look at every task.
import { TaskState } from '../../agent/types'
import { DirtySet, ReconcileLoop, type DirtyWork } from '../loop'
import type { ComponentHealth } from '../health'
import { WriteBatch, type ClusterStore, type Shared, type SharedView, type Task, type TypedChange } from '../store'
import { groupByService, groupBySlot, isLive, isTerminal, withDesiredState } from './tasks'
import { idOf } from '../store'

export const DEFAULT_HISTORY_LIMIT = 5

export class TaskReaper {
  private readonly loop: ReconcileLoop
  // Services whose tasks to look at on the next pass.
  private readonly dirty = new DirtySet()

  constructor(
    private readonly store: ClusterStore,
    health?: ComponentHealth,
  ) {
    this.loop = new ReconcileLoop('task reaper', () => this.dirty.drain((work) => this.reap(work)), 100, 1000, health)
  }

  start(): void {
    this.store.refresh()
    this.dirty.follow(this.loop, this.store, (c) => this.note(c))
  }

  stop(): void {
    this.loop.close()
  }

  private note(c: TypedChange): boolean {
    if (c.table === 'clusters') {
      this.dirty.markAll()
      return true
    }
    if (c.table === 'services') {
      if (c.kind !== 'delete') return false
      this.dirty.mark(c.id)
      return true
    }
    if (c.table !== 'tasks' || !c.object) return false
    const t = c.object as Shared<Task>
    if (isLive(t) && !isTerminal(t.status?.state ?? 0) && this.store.peek('services', t.serviceId)) return false
    this.dirty.mark(t.serviceId)
    return true
  }

  private async reap(work: DirtyWork): Promise<void> {
    const view = await this.store.sharedView()
    const cluster = view.list('clusters')[0]
    const limit = Number(cluster?.spec?.taskHistoryLimit ?? DEFAULT_HISTORY_LIMIT)
    const batch = new WriteBatch()
    for (const [serviceId, tasks] of tasksToLookAt(view, work)) {
      if (!view.get('services', serviceId)) {
        for (const t of tasks) {
          const state = t.status?.state ?? 0
          if (isTerminal(state) || state < TaskState.ASSIGNED) batch.delete('tasks', idOf(t), Number(t.meta!.version))
          else if (t.desiredState < TaskState.REMOVE) batch.update('tasks', withDesiredState(t, TaskState.REMOVE))
        }
        continue
      }
      // A task no longer wanted that never reached a node (it was pending: scaled away,
      // replaced by an update, moved off a drained node) holds nothing and has no history
      // worth keeping: it goes at once, as SwarmKit's reaper does.
      for (const t of tasks) if (!isLive(t) && (t.status?.state ?? 0) < TaskState.ASSIGNED) batch.delete('tasks', idOf(t), Number(t.meta!.version))
      for (const slot of groupBySlot(tasks).values()) {
        const ended = slot.filter((t) => !isLive(t) && isTerminal(t.status?.state ?? 0))
        if (ended.length <= limit) continue
        ended.sort((a, b) => Number(a.meta!.createdAt) - Number(b.meta!.createdAt))
        for (const t of ended.slice(0, ended.length - limit)) batch.delete('tasks', idOf(t), Number(t.meta!.version))
      }
    }
    await this.store.commit(batch)
  }
}

// The tasks of the services to look at, by service id (all tasks, on a full pass).
function tasksToLookAt(view: SharedView, work: DirtyWork): Map<string, Shared<Task>[]> {
  if (work.all) return groupByService(view.list('tasks'))
  return new Map([...work.ids].map((id) => [id, view.find('tasks', 'service', id)]))
}
