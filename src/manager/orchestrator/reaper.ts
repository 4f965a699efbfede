// Deletes tasks nobody needs: those of removed services once they have stopped (or never
// reached a node), and, per slot, ended tasks beyond the cluster's history limit. Keeps
// the store (and `service ps`) from growing with every restart.
import { TaskState } from '../../agent/types'
import { ReconcileLoop } from '../loop'
import { WriteBatch, type ClusterStore, type Task } from '../store'
import { groupBySlot, isLive, isTerminal } from './tasks'
import { idOf } from '../store'

export const DEFAULT_HISTORY_LIMIT = 5

export class TaskReaper {
  private readonly loop = new ReconcileLoop('task reaper', () => this.pass(), 100, 1000)

  constructor(private readonly store: ClusterStore) {}

  start(): void {
    this.loop.follow(this.store, (c) => c.table === 'tasks' || (c.table === 'services' && c.kind === 'delete'))
  }

  stop(): void {
    this.loop.close()
  }

  private async pass(): Promise<void> {
    const view = this.store.view()
    const cluster = view.list('clusters')[0]
    const limit = Number(cluster?.spec?.taskHistoryLimit ?? DEFAULT_HISTORY_LIMIT)
    const services = new Set(view.list('services').map((s) => idOf(s)))
    const batch = new WriteBatch()
    const byService = new Map<string, Task[]>()
    for (const t of view.list('tasks')) {
      if (!services.has(t.serviceId)) {
        const state = t.status?.state ?? 0
        if (isTerminal(state) || state < TaskState.ASSIGNED) batch.delete('tasks', idOf(t), Number(t.meta!.version))
        continue
      }
      const list = byService.get(t.serviceId)
      if (list) list.push(t)
      else byService.set(t.serviceId, [t])
    }
    for (const tasks of byService.values()) {
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
