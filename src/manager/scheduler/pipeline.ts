// The filters applied in order to one task (SwarmKit's Pipeline): which nodes can take it,
// and, when none can, why, as docker prints it in `service ps`:
//   "no suitable node (scheduling constraints not satisfied on 3 nodes; insufficient
//   resources on 1 node)"
// Each rejected node counts against the first filter it fails; explanations are listed
// from the most failures to the fewest.
import { defaultFilters, type Filter, type TaskNeeds } from './filter'
import type { NodeInfo } from './nodeinfo'

export class Pipeline {
  private readonly filters: Filter[]
  private readonly enabled: Filter[] = []
  private readonly failures: number[] = []
  private readonly staticEnabled: Filter[] = []
  private readonly dynamicEnabled: Filter[] = []

  constructor(filters: Filter[] = defaultFilters()) {
    this.filters = filters
  }

  // Called once per group of tasks, so up to once per task: reuses its arrays.
  setTask(needs: TaskNeeds): void {
    this.enabled.length = 0
    this.staticEnabled.length = 0
    this.dynamicEnabled.length = 0
    for (const f of this.filters) {
      if (!f.setTask(needs)) continue
      this.enabled.push(f)
      ;(f.dynamic ? this.dynamicEnabled : this.staticEnabled).push(f)
    }
    this.failures.length = this.enabled.length
    this.failures.fill(0)
  }

  // Whether any filter depending on earlier placements applies to the task.
  get hasDynamic(): boolean {
    return this.dynamicEnabled.length > 0
  }

  // The full check, counting a failure against the first filter that fails.
  process(n: NodeInfo): boolean {
    const enabled = this.enabled
    for (let i = 0; i < enabled.length; i++) {
      if (!enabled[i].check(n)) {
        this.failures[i]++
        return false
      }
    }
    return true
  }

  // The two halves of process(), uncounted: static filters are evaluated once per pass for
  // all tasks with the same static needs, dynamic ones at each decision.
  checkStatic(n: NodeInfo): boolean {
    for (const f of this.staticEnabled) if (!f.check(n)) return false
    return true
  }

  checkDynamic(n: NodeInfo): boolean {
    for (const f of this.dynamicEnabled) if (!f.check(n)) return false
    return true
  }

  resetFailures(): void {
    this.failures.fill(0)
  }

  explain(): string {
    const order = this.enabled.map((_, i) => i).filter((i) => this.failures[i] > 0)
    // Most failures first; equal counts keep the pipeline's order (stable sort).
    order.sort((a, b) => this.failures[b] - this.failures[a])
    return order.map((i) => this.enabled[i].explain(this.failures[i])).join('; ')
  }

  // Runs the full check over `nodes` from scratch and explains the failures.
  explainOver(nodes: readonly NodeInfo[]): string {
    this.resetFailures()
    for (const n of nodes) this.process(n)
    return this.explain()
  }
}
