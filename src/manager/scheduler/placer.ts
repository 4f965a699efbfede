// Placement of tasks about to be created, by the scheduler's own planner (plan.ts), so that
// the orchestrator writes a new service's tasks once, already on their nodes, instead of
// creating them pending and the scheduler then rewriting every one (100,000 tasks were two
// writes, two commits and two mirror adoptions each; bench/RESULTS.md, round 6). The
// scheduler still decides whatever this leaves pending, and everything else: tasks that fit
// nowhere yet, replacements, tasks written by others.
import { TaskState } from '../../agent/types'
import type { Copy, Node, Shared, Task } from '../store'
import { v1 } from '../store'
import { NodeSet } from './nodeinfo'
import { isSchedulable, Planner } from './plan'

export const ASSIGNED_MESSAGE = 'scheduler assigned task to node'
export const CONFIRMED_MESSAGE = 'scheduler confirmed task can run on preassigned node'

// Writes a pass's decisions into tasks: node, ASSIGNED status, no pending reason, as the
// scheduler's pass and the orchestrator's placement both write them. A task whose stored
// status has no container status (every task not yet run: in practice all of a pass's)
// holds nothing but what the decision sets, so those tasks share one frozen status per
// message: the store writes it into each all the same, where a pass made 100,000.
export class Assigner {
  private readonly shared = new Map<string, v1.TaskStatus>()

  constructor(private readonly now: number) {}

  // `t` is the writer's own object (a new task or a copy of a shared one).
  assign(t: Copy<Shared<Task>>, nodeId: string, preassigned: boolean): void {
    t.nodeId = nodeId
    t.status = this.statusOf(t.status, preassigned ? CONFIRMED_MESSAGE : ASSIGNED_MESSAGE)
    // Cleared only where set: a field the copy does not have yet would cost it a larger
    // property store (~8% of the scheduler's pass). The patch writes the field either way.
    if (t.pendingReason !== '') t.pendingReason = ''
  }

  private statusOf(stored: Shared<v1.ITaskStatus> | null | undefined, message: string): v1.TaskStatus {
    if (stored?.container) return this.make(stored, message)
    let s = this.shared.get(message)
    if (!s) this.shared.set(message, (s = Object.freeze(this.make(null, message))))
    return s
  }

  // The stored status with the decision's fields (a copy of its fields rather than a spread
  // into the generated constructor's property walk).
  private make(stored: Shared<v1.ITaskStatus> | null, message: string): v1.TaskStatus {
    const status = Object.assign(new v1.TaskStatus(), stored)
    status.timestamp = this.now
    status.state = TaskState.ASSIGNED
    status.message = message
    status.err = ''
    return status
  }
}

// Places a writer's new tasks (its own objects, not yet written) on the nodes of one
// consistent view: `tasks` is every task of that view, what occupies the nodes. The node
// picture is built on first use and kept across calls, so tasks placed by one call occupy
// their nodes for the next.
export class CreatePlacer {
  private planner: Planner | null = null
  private readonly assigner: Assigner

  constructor(
    private readonly nodes: readonly Shared<Node>[],
    private readonly tasks: () => readonly Shared<Task>[],
    now: number,
  ) {
    this.assigner = new Assigner(now)
  }

  // Sets node, status and pending reason on those of `creates` the planner decides, as the
  // scheduler would write them.
  place(creates: readonly Copy<Shared<Task>>[]): void {
    const todo = creates.filter(isSchedulable)
    if (todo.length === 0) return
    this.planner ??= new Planner(new NodeSet(this.nodes, this.tasks()))
    const plan = this.planner.plan(todo)
    // The plan hands back the objects it was given: these are the writer's own.
    for (let i = 0; i < plan.assigned.length; i++) {
      const { task, nodeId, preassigned } = plan.assigned[i]
      this.assigner.assign(task as Copy<Shared<Task>>, nodeId, preassigned)
    }
    for (const { task, reason } of plan.unplaced) (task as Copy<Shared<Task>>).pendingReason = reason
  }
}
