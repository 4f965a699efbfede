// Keeps every service's tasks at its desired state: fills empty slots, shuts down
// surplus ones, restarts ended tasks per restart policy, and rolls out new specs. It
// writes desired state; the scheduler assigns nodes (its planner places a new service's
// tasks before they are first written: scheduler/placer.ts) and agents report what happened.
//
// Passes are incremental: a change marks the services it concerns (orchestrator/dirty.ts
// says which changes matter), and a pass reconciles only those. Node changes, a resync and
// the first pass after start look at every service. Task status reports that change no
// decision (a task of a service not being updated reaching RUNNING) mark nothing, so
// 100,000 agents' reports cost no pass.
import { DirtySet, ReconcileLoop, type DirtyWork } from '../loop'
import type { ComponentHealth } from '../health'
import type { ClusterStore, Service, Shared, SharedView, Task, TypedChange } from '../store'
import { CreatePlacer } from '../scheduler/placer'
import { StreamedWrite } from '../store'
import { servicesToReconcile } from './dirty'
import { globalSlots } from './global'
import { downNodeIds, shutDownTasksOnDownNodes } from './nodes'
import { drainedNodeIds, removedNodeIds, shutDownTasksMissingConstraints, shutDownTasksOnDrainedNodes, type ConstraintCache } from './drain'
import { replicatedSlots } from './replicated'
import { reconcileSlots } from './slots'
import { groupByService } from './tasks'
import { idOf } from '../store'
import { CreateBudget, HELD_BACK_RETRY_MS, liveTaskCount, pendingCount, type Limit } from './budget'
import { swarmTaskLimit } from '../bounds'
import { planJob } from './jobs'
import { isGlobalMode, isJobMode } from '../modes'

export class Orchestrator {
  private readonly loop: ReconcileLoop
  // Services to reconcile on the next pass.
  private readonly dirty = new DirtySet()
  // Services held back by the pending bound or the swarm's limit, said once in the log.
  private readonly heldBack = new Set<string>()

  constructor(
    private readonly store: ClusterStore,
    health?: ComponentHealth,
  ) {
    this.loop = new ReconcileLoop('orchestrator', () => this.dirty.drain((work) => this.reconcile(work)), 5, 100, health)
  }

  start(): void {
    // A new leader's mirror may lag what the previous leader wrote.
    this.store.refresh()
    this.dirty.follow(this.loop, this.store, (c) => this.note(c))
  }

  stop(): void {
    this.loop.close()
  }

  // Marks what the change concerns; true when a pass is needed.
  private note(c: TypedChange): boolean {
    const mark = servicesToReconcile(c, (id) => this.store.peek('services', id))
    if (mark === 'all') this.dirty.markAll()
    else if (mark) this.dirty.mark(mark)
    return mark !== null
  }

  private async reconcile(work: DirtyWork): Promise<void> {
    const view = await this.store.sharedView()
    const { services, byService } = servicesAndTasks(view, work)
    if (services.length === 0) return
    const nodes = view.list('nodes')
    // Proposed in pieces of whole services as they are made (StreamedWrite), so the Raft
    // thread logs and applies one while the next is built.
    const batch = new StreamedWrite(this.store, { handOver: true })
    const now = Date.now()
    let retryInMs: number | undefined
    const retry: string[] = []
    const down = downNodeIds(nodes)
    // A node removed from the swarm will never report on its tasks again: as down. Drained
    // nodes hand their replicated tasks over (drain.ts).
    for (const id of removedNodeIds(nodes, byService.values())) down.add(id)
    const drained = drainedNodeIds(nodes)
    const nodesById = new Map(nodes.map((n) => [idOf(n), n]))
    const constraints: ConstraintCache = new Map()
    // New tasks go out already placed (scheduler/placer.ts) when no write of this manager is
    // in flight: this view then holds every decision made here, the scheduler's included,
    // so nothing is placed twice on the same room. Otherwise the scheduler places them.
    const placer = this.store.writing ? null : new CreatePlacer(nodes, () => view.list('tasks'), now)
    const budget = new CreateBudget(() => liveTaskCount(view.list('tasks')), swarmTaskLimit(view.list('clusters')[0]))
    const resumeNow: string[] = []
    const resumeLater: string[] = []
    for (const s of services) {
      const tasks = byService.get(idOf(s)) ?? []
      // Replicated tasks on down nodes give up their slots first (nodes.ts).
      if (!isGlobalMode(s.spec?.mode)) {
        shutDownTasksOnDownNodes(tasks, down, batch)
        shutDownTasksOnDrainedNodes(tasks, drained, batch)
        shutDownTasksMissingConstraints(tasks, nodesById, batch, constraints)
      }
      if (isJobMode(s.spec?.mode)) {
        // Jobs (jobs.ts): the tasks shut down above are seen as such through the mirror on
        // the next pass, which their own writes trigger.
        const allowance = budget.allowance(pendingCount(tasks))
        const plan = planJob(s, tasks, nodes, allowance.slots, now)
        budget.spend(plan.added)
        for (const t of plan.updates) batch.update('tasks', t)
        if (placer && plan.creates.length > 0 && plan.updates.length === 0) placer.place(plan.creates)
        for (const t of plan.creates) batch.create('tasks', t)
        if (plan.retryInMs !== undefined) {
          retry.push(idOf(s))
          retryInMs = Math.min(retryInMs ?? plan.retryInMs, plan.retryInMs)
        }
        batch.boundary()
        continue
      }
      let wanted
      if (isGlobalMode(s.spec?.mode)) {
        // One slot per node: bounded by the nodes.
        wanted = globalSlots(s, nodes, tasks)
      } else {
        const allowance = budget.allowance(pendingCount(tasks))
        const r = replicatedSlots(s, tasks, allowance.slots)
        budget.spend(r.added)
        wanted = r.wanted
        if (r.unfilled > 0) this.holdBack(s, r.unfilled, allowance.limit, budget.limit, allowance.limit === 'pass' ? resumeNow : resumeLater)
        else this.heldBack.delete(idOf(s))
      }
      const r = reconcileSlots(s, tasks, wanted, batch, now, down, placer)
      if (r !== undefined) {
        retry.push(idOf(s))
        retryInMs = Math.min(retryInMs ?? r, r)
      }
      batch.boundary()
    }
    if (retryInMs !== undefined) this.later(retry, retryInMs + 1)
    await batch.done()
    // Passes over the rest: the next one as soon as the loop allows, or a later look.
    if (resumeNow.length > 0) this.later(resumeNow, 0)
    if (resumeLater.length > 0) this.later(resumeLater, HELD_BACK_RETRY_MS)
  }

  // A service got fewer new slots than it wants: note it for another pass, and say why once.
  private holdBack(s: Shared<Service>, unfilled: number, limit: Limit, swarmLimit: number, resume: string[]): void {
    resume.push(idOf(s))
    if (limit === 'pass' || this.heldBack.has(idOf(s))) return
    this.heldBack.add(idOf(s))
    const name = s.spec?.annotations?.name ?? idOf(s)
    const why = limit === 'swarm' ? `the swarm holds its limit of ${swarmLimit} tasks` : 'its tasks already waiting for a node are at the bound'
    console.error(`orchestrator: service ${name}: ${unfilled} slots left unfilled for now: ${why}`)
  }

  // Another look at these services once a restart delay or update window runs out.
  private later(services: string[], ms: number): void {
    setTimeout(() => {
      for (const id of services) this.dirty.mark(id)
      this.loop.trigger()
    }, ms).unref()
  }
}

// The services a pass reconciles, and their tasks (arrays the pass may edit).
function servicesAndTasks(view: SharedView, work: DirtyWork): { services: Shared<Service>[]; byService: Map<string, Shared<Task>[]> } {
  if (work.all) return { services: view.list('services'), byService: groupByService(view.list('tasks')) }
  const byService = new Map<string, Shared<Task>[]>()
  const services: Shared<Service>[] = []
  for (const id of work.ids) {
    const s = view.get('services', id)
    if (!s) continue
    services.push(s)
    byService.set(id, view.find('tasks', 'service', id))
  }
  return { services, byService }
}
