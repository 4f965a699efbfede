import { TaskState } from '../../agent/types'
import { ConstraintError, nodeMatches, parseConstraints, type Constraint } from '../scheduler/constraint'
import type { Node, Service, Shared, Task } from '../store'
import type { WantedSlot } from './slots'
import { idOf } from '../store'
import { isLive } from './tasks'

// A node takes new global tasks while it is up and its availability is active.
export function eligibleForGlobal(node: Shared<Node>): boolean {
  return node.status?.state === 'ready' && (node.spec?.availability ?? 'active') === 'active'
}

function constraintsOf(service: Shared<Service>): Constraint[] {
  try {
    return parseConstraints(service.spec?.task?.placement?.constraints ?? [])
  } catch (err) {
    // Validated when the service was written; as SwarmKit, an unparsable list is ignored.
    if (err instanceof ConstraintError) return []
    throw err
  }
}

// A global service wants one slot per eligible node that meets its placement
// constraints; the node is fixed in advance. As in docker (SwarmKit's global
// orchestrator), a paused node keeps the slot of a task of the service still running
// there but gets no new one, and a drained or down node keeps none. `tasks` are the
// service's tasks (only needed to know what runs on paused nodes).
export function globalSlots(service: Shared<Service>, nodes: readonly Shared<Node>[], tasks: readonly Shared<Task>[] = []): WantedSlot[] {
  const constraints = constraintsOf(service)
  let runningOn: Set<string> | null = null
  const keepsPaused = (n: Shared<Node>) => {
    if (n.status?.state !== 'ready' || n.spec?.availability !== 'pause') return false
    runningOn ??= new Set(tasks.filter((t) => isLive(t) && (t.status?.state ?? 0) <= TaskState.RUNNING && (t.status?.state ?? 0) >= TaskState.ASSIGNED).map((t) => t.nodeId))
    return runningOn.has(idOf(n))
  }
  return nodes
    .filter((n) => (eligibleForGlobal(n) || keepsPaused(n)) && nodeMatches(constraints, n))
    .map((n) => ({ slot: 0, nodeId: idOf(n) }))
}
