// Assigns pending tasks to nodes. Each pass takes every pending task at once, filters the
// nodes each can run on, spreads a service's tasks over the fitting nodes (fewest tasks of
// that service first, then fewest tasks overall), and commits all decisions in a few
// large Raft proposals rather than one per task.
import { TaskState } from '../../agent/types'
import { ReconcileLoop } from '../loop'
import type { ClusterStore, Node, Task } from '../store'
import { WriteBatch } from '../store'
import { isLive } from '../orchestrator/tasks'
import { idOf } from '../store'

// Decisions per proposal: big enough that 100,000 tasks take a handful of entries, small
// enough that one entry stays a few MB.
const BATCH = 10_000

interface Candidate {
  node: Node
  total: number
  perService: Map<string, number>
}

// The executor a task needs on its node.
export function runtimeOf(t: Task): string {
  return t.spec?.runtime || 'container'
}

// Why a node can't take a task, or null when it can.
export function nodeRejects(node: Node, t: Task): string | null {
  if (node.status?.state !== 'ready') return 'node is not ready'
  if ((node.spec?.availability ?? 'active') !== 'active') return `node availability is ${node.spec?.availability}`
  const runtime = runtimeOf(t)
  if (!(node.description?.runtimes ?? []).includes(runtime)) return `runtime "${runtime}" not available`
  return null
}

export class Scheduler {
  private readonly loop = new ReconcileLoop('scheduler', () => this.pass())
  private unsubscribe: (() => void) | null = null

  constructor(private readonly store: ClusterStore) {}

  start(): void {
    this.unsubscribe = this.store.onChange((changes) => {
      // New pending tasks, and node changes that may let a pending task fit.
      if (changes.some((c) => c.table === 'nodes' || (c.table === 'tasks' && c.kind === 'create'))) this.loop.trigger()
    })
    this.loop.trigger()
  }

  stop(): void {
    this.unsubscribe?.()
    this.loop.close()
  }

  private async pass(): Promise<void> {
    const view = this.store.view()
    const tasks = view.list('tasks')
    const pending = tasks.filter((t) => t.status?.state === TaskState.PENDING && isLive(t))
    if (pending.length === 0) return

    const candidates = new Map<string, Candidate>()
    for (const node of view.list('nodes')) candidates.set(idOf(node), { node, total: 0, perService: new Map() })
    for (const t of tasks) {
      if (!isLive(t) || !t.nodeId || (t.status?.state ?? 0) < TaskState.ASSIGNED) continue
      const c = candidates.get(t.nodeId)
      if (!c) continue
      c.total++
      c.perService.set(t.serviceId, (c.perService.get(t.serviceId) ?? 0) + 1)
    }

    let batch = new WriteBatch()
    const flush = async () => {
      if (batch.size > 0) await this.store.commit(batch)
      batch = new WriteBatch()
    }
    const all = [...candidates.values()]
    for (const t of pending) {
      const choice = t.nodeId ? this.checkPreassigned(candidates.get(t.nodeId), t) : this.pick(all, t)
      if (typeof choice === 'string') {
        // Write the reason only when it changed, so an unschedulable task costs nothing
        // on later passes.
        if (t.pendingReason !== choice) {
          t.pendingReason = choice
          batch.update('tasks', t)
        }
      } else {
        t.nodeId = idOf(choice.node)
        t.pendingReason = ''
        t.status!.state = TaskState.ASSIGNED
        t.status!.message = 'scheduler assigned task to node'
        t.status!.timestamp = Date.now()
        batch.update('tasks', t)
        choice.total++
        choice.perService.set(t.serviceId, (choice.perService.get(t.serviceId) ?? 0) + 1)
      }
      if (batch.size >= BATCH) await flush()
    }
    await flush()
  }

  private checkPreassigned(c: Candidate | undefined, t: Task): Candidate | string {
    if (!c) return `no suitable node (node ${t.nodeId} is gone)`
    const why = nodeRejects(c.node, t)
    return why ? `no suitable node (${why})` : c
  }

  private pick(all: Candidate[], t: Task): Candidate | string {
    let best: Candidate | null = null
    const reasons = new Map<string, number>()
    for (const c of all) {
      const why = nodeRejects(c.node, t)
      if (why) {
        reasons.set(why, (reasons.get(why) ?? 0) + 1)
        continue
      }
      if (!best) {
        best = c
        continue
      }
      const a = c.perService.get(t.serviceId) ?? 0
      const b = best.perService.get(t.serviceId) ?? 0
      if (a < b || (a === b && c.total < best.total)) best = c
    }
    if (best) return best
    if (all.length === 0) return 'no suitable node (no nodes in the swarm)'
    const detail = [...reasons].map(([why, n]) => `${why} on ${n} node${n === 1 ? '' : 's'}`).join('; ')
    return `no suitable node (${detail})`
  }
}
