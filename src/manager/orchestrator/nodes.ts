// Tasks lost with their node. When the dispatcher marks a node down (its heartbeats
// stopped), the replicated tasks it was running must run elsewhere: as SwarmKit's
// restartTasksByNodeID, each one still wanted and not yet ended is told to shut down, and
// its slot is refilled by the slot reconciliation that follows in the same pass (a new
// task, which the scheduler places on a node that is up). The old task keeps its last
// observed state until its node returns and its agent, handed the task with desired state
// SHUTDOWN, stops it and reports so.
//
// Tasks that had already ended are left to the restart policy, as on a healthy node: the
// node going down did not end them. Global services need nothing here: a down node is not
// eligible for global tasks (global.ts), so the slot reconciliation shuts its task down
// and a new one is created when the node is back (SwarmKit's global orchestrator does the
// same).
import { TaskState } from '../../agent/types'
import type { BatchWriter, Node, Shared, Task } from '../store'
import { idOf } from '../store'
import { isLive, withDesiredState } from './tasks'

export function downNodeIds(nodes: readonly Shared<Node>[]): Set<string> {
  return new Set(nodes.filter((n) => n.status?.state === 'down').map(idOf))
}

// Marks the service's tasks on down nodes for shutdown, in `batch` and in `tasks` (each
// replaced by its changed copy), so the slot reconciliation run on the same list
// afterwards sees their slots empty. Returns how many it marked.
export function shutDownTasksOnDownNodes(tasks: Shared<Task>[], down: Set<string>, batch: BatchWriter): number {
  if (down.size === 0) return 0
  let n = 0
  tasks.forEach((t, i) => {
    if (!t.nodeId || !down.has(t.nodeId) || !isLive(t)) return
    if ((t.status?.state ?? TaskState.NEW) >= TaskState.COMPLETE) return
    batch.update('tasks', (tasks[i] = withDesiredState(t, TaskState.SHUTDOWN)))
    n++
  })
  return n
}
