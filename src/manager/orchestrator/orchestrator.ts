// Keeps every service's tasks at its desired state: fills empty slots, shuts down
// surplus ones, restarts ended tasks per restart policy, and rolls out new specs. It only
// writes desired state; the scheduler assigns nodes and agents report what happened.
import { ReconcileLoop } from '../loop'
import type { ClusterStore, Task, TypedChange } from '../store'
import { WriteBatch } from '../store'
import { globalSlots } from './global'
import { replicatedSlots } from './replicated'
import { reconcileSlots } from './slots'
import { idOf } from '../store'

export class Orchestrator {
  private readonly loop = new ReconcileLoop('orchestrator', () => this.pass())
  private unsubscribe: (() => void) | null = null

  constructor(private readonly store: ClusterStore) {}

  start(): void {
    this.unsubscribe = this.store.onChange((changes) => {
      if (changes.some(relevant)) this.loop.trigger()
    })
    this.loop.trigger()
  }

  stop(): void {
    this.unsubscribe?.()
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
    for (const s of services) {
      const wanted = s.spec?.mode === 'global' ? globalSlots(s, nodes) : replicatedSlots(s)
      const r = reconcileSlots(s, byService.get(idOf(s)) ?? [], wanted, batch, now)
      if (r !== undefined) retryInMs = Math.min(retryInMs ?? r, r)
    }
    if (retryInMs !== undefined) this.loop.trigger(retryInMs + 1)
    await this.store.commit(batch)
  }
}

// Task status changes matter (a task ended: restart it); so do service and node changes.
function relevant(c: TypedChange): boolean {
  return c.table !== 'clusters'
}
