// Replicated tasks on nodes that must not keep them (SwarmKit's InvalidNode: down,
// drained, or gone). Down nodes are nodes.ts's; this file adds the two an operator causes:
//   - drain (`node update --availability drain`): every replicated task still wanted and
//     not yet ended is told to shut down, and the slot reconciliation that follows in the
//     same pass creates its replacement, which the scheduler places on another node. The
//     node's agent stops the old task and reports so. (Global tasks leave a drained node
//     through global.ts: it is not eligible.) `--availability active` brings nothing back
//     by itself; the node is simply eligible again for whatever is placed next, as in
//     docker.
//   - removal (`node rm --force` of a node that still had tasks): its tasks can never
//     report again, so the node counts as down for everything that waits on a report.
//   - labels changed under a task (`node update --label-rm zone`): a replicated task
//     whose own placement constraints its node no longer meets is moved the same way
//     (SwarmKit's constraint enforcer; it checks the task's constraints, not the
//     service's, so a service update that changes constraints is left to the rolling
//     updater's pace). Global tasks follow the service's constraints in global.ts.
// Pause needs nothing here: the scheduler places no new task on a paused node, and what
// runs there stays.
import { TaskState } from '../../agent/types'
import { ConstraintError, nodeMatches, parseConstraints, type Constraint } from '../scheduler/constraint'
import type { BatchWriter, Node, Shared, Task } from '../store'
import { idOf } from '../store'
import { isLive, withDesiredState } from './tasks'

export function drainedNodeIds(nodes: readonly Shared<Node>[]): Set<string> {
  return new Set(nodes.filter((n) => n.spec?.availability === 'drain').map(idOf))
}

// Nodes that tasks (in lists, e.g. per service) still point at but that are no longer
// in the swarm.
export function removedNodeIds(nodes: readonly Shared<Node>[], taskLists: Iterable<readonly Shared<Task>[]>): Set<string> {
  const known = new Set(nodes.map(idOf))
  const gone = new Set<string>()
  for (const list of taskLists) for (const t of list) if (t.nodeId && !known.has(t.nodeId)) gone.add(t.nodeId)
  return gone
}

// Marks the service's replicated tasks on drained nodes for shutdown, in `batch` and in
// `tasks` (each replaced by its changed copy), so the slot reconciliation run on the same objects
// afterwards sees their slots empty. Tasks that already ended are left to the restart
// policy, whose replacement the scheduler then keeps off the drained node.
export function shutDownTasksOnDrainedNodes(tasks: Shared<Task>[], drained: ReadonlySet<string>, batch: BatchWriter): number {
  if (drained.size === 0) return 0
  let n = 0
  tasks.forEach((t, i) => {
    if (!t.nodeId || !drained.has(t.nodeId) || !isLive(t)) return
    if ((t.status?.state ?? TaskState.NEW) >= TaskState.COMPLETE) return
    batch.update('tasks', (tasks[i] = withDesiredState(t, TaskState.SHUTDOWN)))
    n++
  })
  return n
}

// Parsed constraint lists by their text, for one orchestrator pass: the tasks of one spec
// version share theirs.
export type ConstraintCache = Map<string, Constraint[]>

function constraintsOf(t: Shared<Task>, cache: ConstraintCache): Constraint[] {
  const texts = t.spec?.placement?.constraints ?? []
  if (texts.length === 0) return []
  const key = texts.join('\n')
  let parsed = cache.get(key)
  if (!parsed) {
    try {
      parsed = parseConstraints(texts)
    } catch (err) {
      // Validated when the service was written; as the scheduler, ignore one that is not.
      if (!(err instanceof ConstraintError)) throw err
      parsed = []
    }
    cache.set(key, parsed)
  }
  return parsed
}

// Marks the service's replicated tasks whose node no longer meets the task's own
// constraints for shutdown (in `batch` and in `tasks`, as above). Only tasks that
// are assigned and not yet ended, on nodes still in the swarm, are looked at.
export function shutDownTasksMissingConstraints(tasks: Shared<Task>[], nodes: ReadonlyMap<string, Shared<Node>>, batch: BatchWriter, cache: ConstraintCache): number {
  let n = 0
  tasks.forEach((t, i) => {
    if (!t.nodeId || !isLive(t)) return
    const state = t.status?.state ?? TaskState.NEW
    if (state < TaskState.ASSIGNED || state >= TaskState.COMPLETE) return
    const constraints = constraintsOf(t, cache)
    if (constraints.length === 0) return
    const node = nodes.get(t.nodeId)
    if (!node || nodeMatches(constraints, node)) return
    batch.update('tasks', (tasks[i] = withDesiredState(t, TaskState.SHUTDOWN)))
    n++
  })
  return n
}
