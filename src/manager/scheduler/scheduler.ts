// Assigns pending tasks to nodes. A pass reads the store's shared mirror (one consistent
// state), lets planSchedule (plan.ts) decide every pending task at once, and commits the
// decisions in a few large Raft proposals rather than one per task. The decisions
// themselves live in plan.ts and the filters in filter.ts; this file is only the loop
// around them and its triggers.
import { TaskState } from '../../agent/types'
import { ReconcileLoop } from '../loop'
import type { ComponentHealth } from '../health'
import type { ClusterStore, Shared, Task, TypedChange } from '../store'
import { copyOf, patches, StreamedWrite } from '../store'
import { planSchedule } from './plan'
import { Assigner } from './placer'

export { runtimeOf } from './filter'
export { planSchedule, isSchedulable, type Plan } from './plan'

export class Scheduler {
  private readonly loop: ReconcileLoop
  // Whether the last pass left tasks waiting for room. Only then can a task stopping
  // (its resources, ports and per-node count freed) let something new be placed.
  private waiting = false

  constructor(
    private readonly store: ClusterStore,
    health?: ComponentHealth,
  ) {
    this.loop = new ReconcileLoop('scheduler', () => this.pass(), 5, 0, health)
  }

  start(): void {
    this.store.refresh()
    this.loop.follow(this.store, (c) => this.mayUnblock(c))
  }

  stop(): void {
    this.loop.close()
  }

  // Which changes can give the scheduler something to do. Its own writes (assignments,
  // pending reasons) match none of these, so a pass does not trigger another.
  private mayUnblock(c: TypedChange): boolean {
    if (c.table === 'nodes') return true // up/down, availability, labels, resources
    if (c.table !== 'tasks') return false
    if (c.kind === 'create') return true // new pending tasks
    const t = c.object as Shared<Task> | undefined
    // A task on a network becomes PENDING once the allocator gave it its addresses (an
    // update: it was created NEW); tasks on no network never take this path.
    if (t?.networks?.attachments?.length && t.status?.state === TaskState.PENDING && !t.pendingReason) return true
    if (!this.waiting) return false
    if (c.kind === 'delete') return true
    // A task that stopped frees its node's resources and host ports; one told to stop no
    // longer counts towards its service's tasks on the node (--replicas-max-per-node).
    return !!t && ((t.status?.state ?? 0) > TaskState.RUNNING || t.desiredState > TaskState.RUNNING)
  }

  private async pass(): Promise<void> {
    const view = await this.store.sharedView()
    const plan = planSchedule(view.list('nodes'), view.list('tasks'))
    this.waiting = plan.unplaced.length > 0
    // The rest of a pass too large to decide at once: the next pass, as soon as this one's
    // writes are done.
    if (plan.deferred > 0) this.loop.trigger()

    // The tasks are the shared ones: each decision is written as a changed copy.
    // Decisions are independent: they go to Raft in pieces (STREAM_CHUNK) as they are made, so
    // the first piece is logged and applied while the next is encoded. A conflict in one
    // piece (a task changed meanwhile) leaves its tasks pending for the next pass and the
    // other pieces' decisions stand.
    const batch = new StreamedWrite(this.store, { handOver: true })
    const assigner = new Assigner(Date.now())
    // An index loop: the for-of here made an iterator result per task (allocation sampling).
    for (let i = 0; i < plan.assigned.length; i++) {
      const { task, nodeId, preassigned } = plan.assigned[i]
      // Its own Meta too: the write stamps a writer's own Meta in place, where a shared one
      // would be rebuilt through the generated constructor's key walk.
      const t = copyOf(task)
      t.meta = copyOf(task.meta!)
      assigner.assign(t, nodeId, preassigned)
      // Only what changed goes to the store: node, status, pending reason (patches in store.ts).
      batch.merge('tasks', t, patches.taskAssignment)
      batch.boundary()
    }
    for (const { task, reason } of plan.unplaced) {
      // Written only when it changed, so a task that cannot be placed costs nothing on
      // later passes.
      if (task.pendingReason === reason) continue
      const t = copyOf(task)
      t.pendingReason = reason
      batch.update('tasks', t)
      batch.boundary()
    }
    await batch.done()
  }
}
