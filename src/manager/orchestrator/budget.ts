// How many new slots one orchestrator pass may fill. A replica count is only a number in
// the store: filling 99,999,999,999 slots at once took the manager's heap past 4.5 GB and
// killed it, again at every restart (issue 11). A pass fills at most a bounded number of
// slots, in total and per service, and resumes on the next pass; a service waiting for
// room keeps at most a bounded number of tasks pending (more would only wait too); and the
// swarm never holds more live tasks than its task limit (../bounds.ts, the same limit the API
// checks desired tasks against, so nothing the API accepted is held back here). Replacements
// of existing slots (restarts, rolling updates) are not counted: they hold as many slots as
// before, and the reaper keeps the history they leave bounded.
import { TaskState } from '../../agent/types'
import type { Shared, Task } from '../store'

// A pass's work stays about what the scheduling bench measures (10 services of 10,000
// tasks in one pass, bench/RESULTS.md): the figures there are for passes this size.
export const MAX_NEW_SLOTS_PER_PASS = 100_000
export const MAX_NEW_SLOTS_PER_SERVICE = 10_000
// Tasks of one service waiting for a node (no room, no matching node): enough for a few
// thousand nodes joining at once to be filled in one scheduler pass.
export const MAX_PENDING_PER_SERVICE = 10_000
// When a service is held back by the pending bound or the swarm's limit, what lets it go
// on (tasks placed, tasks reaped) may not concern it: it is looked at again this often.
export const HELD_BACK_RETRY_MS = 5_000

// Why a service got fewer new slots than it wants.
export type Limit = 'pass' | 'pending' | 'swarm'

export class CreateBudget {
  private pass = MAX_NEW_SLOTS_PER_PASS
  private swarm: number | null = null

  // `held`: counts the live tasks the swarm holds now (asked once, and only when a service
  // wants new slots: it is a walk over every task); `limit`: the most it may hold.
  constructor(
    private readonly held: () => number,
    readonly limit: number,
  ) {}

  // How many new slots a service may fill now, and what bounds that.
  allowance(pending: number): { slots: number; limit: Limit } {
    this.swarm ??= Math.max(0, this.limit - this.held())
    const room = Math.max(0, MAX_PENDING_PER_SERVICE - pending)
    const pass = Math.min(this.pass, MAX_NEW_SLOTS_PER_SERVICE)
    const slots = Math.min(pass, room, this.swarm)
    // The pass's bound first: more can be made at once on the next pass.
    const limit: Limit = slots === pass ? 'pass' : slots === room ? 'pending' : 'swarm'
    return { slots, limit }
  }

  spend(slots: number): void {
    this.pass -= slots
    if (this.swarm !== null) this.swarm -= slots
  }
}

// The tasks that hold a slot: those meant to run (history and tasks being shut down aside).
export function liveTaskCount(tasks: readonly Shared<Task>[]): number {
  let n = 0
  for (const t of tasks) if (t.desiredState <= TaskState.RUNNING) n++
  return n
}

// A service's tasks waiting for a node.
export function pendingCount(tasks: readonly Shared<Task>[]): number {
  let n = 0
  for (const t of tasks) if ((t.status?.state ?? TaskState.NEW) === TaskState.PENDING && t.desiredState <= TaskState.RUNNING) n++
  return n
}
