// The only door between the manager and agents: registration, assignments and status
// reports. Today agents attach in-process (one node); the gRPC transport of the
// multi-node issue plugs in behind the same AgentSession without changing this logic.
import { TaskState, type AssignedTask, type TaskStatusUpdate } from '../agent/types'
import { ReconcileLoop } from './loop'
import { v1, WriteBatch, type ClusterStore, type Task } from './store'
import { idOf } from './store'

export interface AgentSession {
  // Replaces the complete set of tasks assigned to the agent's node.
  assign(tasks: AssignedTask[]): void
}

export interface NodeRegistration {
  hostname: string
  os: string
  architecture: string
  nanoCpus: number
  memoryBytes: number
  engineVersion: string
  runtimes: string[]
  addr: string
}

export function toAssigned(t: Task): AssignedTask {
  const c = t.spec?.container
  return {
    id: idOf(t),
    serviceId: t.serviceId,
    serviceName: t.serviceName,
    slot: Number(t.slot),
    nodeId: t.nodeId,
    desiredState: t.desiredState,
    spec: { runtime: t.spec?.runtime || 'container', image: c?.image ?? '', args: c?.args ?? [], env: c?.env ?? [] },
  }
}

export class Dispatcher {
  private readonly sessions = new Map<string, AgentSession>()
  private readonly dirty = new Set<string>()
  private readonly pending = new Map<string, { nodeId: string; update: TaskStatusUpdate }>()
  private readonly assignLoop = new ReconcileLoop('dispatcher assignments', async () => this.sendAssignments(), 10)
  private readonly statusLoop = new ReconcileLoop('dispatcher status', () => this.flushStatus(), 20)
  private unsubscribe: (() => void) | null = null

  constructor(private readonly store: ClusterStore) {}

  start(): void {
    this.unsubscribe = this.store.onChange((changes) => {
      for (const c of changes) {
        if (c.table !== 'tasks') continue
        const nodeId = (c.object as Task | undefined)?.nodeId
        if (nodeId && this.sessions.has(nodeId)) this.dirty.add(nodeId)
        // A deleted task carries no object: resend every node's set (rare: the reaper).
        if (c.kind === 'delete') for (const n of this.sessions.keys()) this.dirty.add(n)
      }
      if (this.dirty.size > 0) this.assignLoop.trigger()
    })
  }

  stop(): void {
    this.unsubscribe?.()
    this.assignLoop.close()
    this.statusLoop.close()
    this.sessions.clear()
  }

  // Records the node's description and marks it ready, then starts sending it work.
  async register(nodeId: string, reg: NodeRegistration, session: AgentSession): Promise<void> {
    for (;;) {
      const view = this.store.view()
      const node = view.get('nodes', nodeId)
      if (!node) throw new Error(`node ${nodeId} is not part of the swarm`)
      node.description = new v1.NodeDescription({
        hostname: reg.hostname,
        platform: new v1.Platform({ os: reg.os, architecture: reg.architecture }),
        nanoCpus: reg.nanoCpus,
        memoryBytes: reg.memoryBytes,
        engineVersion: reg.engineVersion,
        runtimes: reg.runtimes,
        engineLabels: node.description?.engineLabels ?? {},
      })
      node.status = new v1.NodeStatus({ state: 'ready', addr: reg.addr })
      const batch = new WriteBatch()
      batch.update('nodes', node)
      try {
        await this.store.commit(batch)
        break
      } catch (err) {
        if ((err as { code?: string }).code !== 'Conflict') throw err
      }
    }
    this.sessions.set(nodeId, session)
    this.dirty.add(nodeId)
    this.assignLoop.trigger()
  }

  unregister(nodeId: string): void {
    this.sessions.delete(nodeId)
  }

  // Status reports are queued and written in batches; only forward moves are kept.
  report(nodeId: string, updates: TaskStatusUpdate[]): void {
    for (const u of updates) {
      const prev = this.pending.get(u.taskId)
      if (!prev || u.state >= prev.update.state) this.pending.set(u.taskId, { nodeId, update: u })
    }
    this.statusLoop.trigger()
  }

  private sendAssignments(): void {
    const view = this.store.view()
    const nodes = [...this.dirty]
    this.dirty.clear()
    for (const nodeId of nodes) {
      const session = this.sessions.get(nodeId)
      if (!session) continue
      const tasks = view.find('tasks', 'node', nodeId).filter((t) => (t.status?.state ?? 0) >= TaskState.ASSIGNED)
      session.assign(tasks.map(toAssigned))
    }
  }

  private async flushStatus(): Promise<void> {
    if (this.pending.size === 0) return
    const items = [...this.pending.values()]
    this.pending.clear()
    const view = this.store.view()
    const batch = new WriteBatch()
    for (const { nodeId, update } of items) {
      const t = view.get('tasks', update.taskId)
      // Reports about tasks the manager no longer has, or that moved elsewhere, are stale.
      if (!t || t.nodeId !== nodeId) continue
      if (update.state <= (t.status?.state ?? 0)) continue
      t.status = new v1.TaskStatus({
        timestamp: update.timestamp,
        state: update.state,
        message: update.message,
        err: update.err ?? '',
        container:
          update.exitCode !== undefined || update.pid !== undefined
            ? new v1.ContainerStatus({ exitCode: update.exitCode ?? 0, pid: update.pid ?? 0 })
            : null,
      })
      batch.update('tasks', t)
    }
    try {
      await this.store.commit(batch)
    } catch (err) {
      // Someone wrote one of these tasks meanwhile: requeue what is still newer and retry.
      for (const it of items) {
        const cur = this.pending.get(it.update.taskId)
        if (!cur || it.update.state > cur.update.state) this.pending.set(it.update.taskId, it)
      }
      throw err
    }
  }
}
