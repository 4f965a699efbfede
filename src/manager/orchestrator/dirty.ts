// Which services a committed change asks the orchestrator to look at again. Most task
// writes are agents' status reports on the way to RUNNING; none of them changes a decision
// unless the task ended (the restart supervisor's cue) or its service is mid-rollout (the
// updater counts tasks in flight, settled and failed). Tasks created or deleted by the
// manager's own components need no pass: the orchestrator made the first, and the reaper
// deletes only tasks that hold no slot.
import { TaskState } from '../../agent/types'
import type { Service, Shared, Task, TypedChange } from '../store'
import { UpdateState } from './update'

const rollingOut: readonly string[] = [UpdateState.UPDATING, UpdateState.ROLLBACK_STARTED]

// 'all': every service (a node changed: down, drain, labels, global eligibility); a
// service id; or null when the change matters to no decision.
export function servicesToReconcile(c: TypedChange, serviceOf: (id: string) => Shared<Service> | null): 'all' | string | null {
  switch (c.table) {
    case 'nodes':
      return 'all'
    case 'services':
      return c.id
    case 'tasks': {
      if (c.kind !== 'update') return null
      const t = c.object as Shared<Task>
      if ((t.status?.state ?? 0) >= TaskState.COMPLETE) return t.serviceId
      const state = serviceOf(t.serviceId)?.updateStatus?.state ?? ''
      return rollingOut.includes(state) ? t.serviceId : null
    }
    default:
      return null
  }
}
