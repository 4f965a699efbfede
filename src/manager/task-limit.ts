// The most tasks the swarm holds (task objects in the store, history included). The
// orchestrator fills no new slot past it (orchestrator/budget.ts), so no replica count, old
// or new, can make the store, the mirror and every pass over them grow without end.
//
// Seam: the cluster setting for this (ClusterSpec field 9, issue 11's API side) replaces
// the constant below; callers already pass the cluster object.
import type { Cluster, Shared } from './store'

// 2.5 times the largest scale measured (bench/RESULTS.md: 100,000 tasks on 1,000 nodes,
// about 1 GB of manager RSS), so the default leaves room and stays within one machine.
export const DEFAULT_SWARM_TASK_LIMIT = 250_000

export function swarmTaskLimit(_cluster: Shared<Cluster> | null | undefined): number {
  return DEFAULT_SWARM_TASK_LIMIT
}
