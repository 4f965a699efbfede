// Keeps every service's tasks at its desired state: fills empty slots, shuts down
// surplus ones, restarts ended tasks per restart policy, and rolls out new specs. It only
// writes desired state; the scheduler assigns nodes and agents report what happened.
import { TaskState } from '../../agent/types'
import { ReconcileLoop } from '../loop'
import type { ClusterStore, Task, TypedChange } from '../store'
import { WriteBatch } from '../store'
import { globalSlots } from './global'
import { downNodeIds, shutDownTasksOnDownNodes } from './nodes'
import { drainedNodeIds, removedNodeIds, shutDownTasksMissingConstraints, shutDownTasksOnDrainedNodes, type ConstraintCache } from './drain'
import { replicatedSlots } from './replicated'
import { reconcileSlots } from './slots'
import { idOf } from '../store'

export class Orchestrator {
  private readonly loop = new ReconcileLoop('orchestrator', () => this.pass(), 5, 100)

  constructor(private readonly store: ClusterStore) {}

  start(): void {
    this.loop.follow(this.store, relevant)
  }

  stop(): void {
    this.loop.close()
  }

  private async pass(): Promise<void> {
    const view = this.store.view()
    const services = view.list('services')
    const nodes = view.list('nodes')
    const batch = new WriteBatch()
    const now = Date.now()
    let retryInMs: number | undefined
    const byService = new Map<string, Task[]>()
    for (const t of view.list('tasks')) {
      const list = byService.get(t.serviceId)
      if (list) list.push(t)
      else byService.set(t.serviceId, [t])
    }
    const down = downNodeIds(nodes)
    // A node removed from the swarm will never report on its tasks again: as down. Drained
    // nodes hand their replicated tasks over (drain.ts).
    for (const id of removedNodeIds(nodes, byService.values())) down.add(id)
    const drained = drainedNodeIds(nodes)
    const nodesById = new Map(nodes.map((n) => [idOf(n), n]))
    const constraints: ConstraintCache = new Map()
    for (const s of services) {
      const tasks = byService.get(idOf(s)) ?? []
      // Replicated tasks on down nodes give up their slots first (nodes.ts).
      if (s.spec?.mode !== 'global') shutDownTasksOnDownNodes(tasks, down, batch)
      if (s.spec?.mode !== 'global') shutDownTasksOnDrainedNodes(tasks, drained, batch)
      if (s.spec?.mode !== 'global') shutDownTasksMissingConstraints(tasks, nodesById, batch, constraints)
      const wanted = s.spec?.mode === 'global' ? globalSlots(s, nodes, tasks) : replicatedSlots(s)
      const r = reconcileSlots(s, tasks, wanted, batch, now, down)
      if (r !== undefined) retryInMs = Math.min(retryInMs ?? r, r)
    }
    if (retryInMs !== undefined) this.loop.trigger(retryInMs + 1)
    await this.store.commit(batch)
  }
}

// Task status changes matter (a task ended: restart it); so do service and node changes.
function relevant(c: TypedChange): boolean {
  if (c.table === 'clusters') return false
  if (c.table !== 'tasks' || c.kind !== 'update') return true
  // A task on its way to running (assigned, accepted, preparing, starting) changes no
  // decision here; skipping those keeps a 1,000-task start from costing 5,000 passes.
  const state = (c.object as Task | undefined)?.status?.state ?? 0
  return state < TaskState.ASSIGNED || state >= TaskState.RUNNING
}
