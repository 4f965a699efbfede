// The scheduler's filters, in SwarmKit's filter.go shape: each one is told the task being
// placed (setTask answers whether it applies at all), then asked about nodes one by one
// (check), and can explain in docker's words how many nodes it turned down (explain).
//
// Filters are either static (the answer depends only on the node object: readiness,
// runtime, constraints, platform), which lets the scheduler compute it once per pass for
// every task with the same requirements, or dynamic (it depends on what was placed on the
// node so far: resources, host ports, replicas per node), checked at each decision.
import { type Constraint, ConstraintError, nodeMatches, parseConstraints } from './constraint'
import { hostPortsOf, num, reservationOf, type NodeInfo, type Reservation } from './nodeinfo'
import type { Shared, Task } from '../store'

// What one task asks of a node, derived once per group of identical tasks.
export interface TaskNeeds {
  serviceId: string
  runtime: string
  constraints: Constraint[]
  platforms: { os: string; architecture: string }[]
  reservation: Reservation
  hostPorts: number[]
  maxReplicas: number
  spread: string[] // spread descriptors, outermost first
  // Whether the tasks about to be placed could fill a node (planner: group size ≥ the
  // least room left, nodeinfo.ts); when not, the capacity filter has nothing to check.
  mayFill?: boolean
  // Identical for tasks whose static filters give identical answers.
  staticKey: string
}

// The executor a task needs on its node.
export function runtimeOf(t: Shared<Task>): string {
  return t.spec?.runtime || 'container'
}

// Parsing constraints is the costly part of deriving needs; tasks of many services often
// share the same list, so parses are kept for the scheduler pass.
export type ConstraintCache = Map<string, Constraint[]>

export function needsOf(t: Shared<Task>, cache: ConstraintCache = new Map()): TaskNeeds {
  const placement = t.spec?.placement
  const texts = placement?.constraints ?? []
  const constraintKey = texts.join('\n')
  let constraints = cache.get(constraintKey)
  if (!constraints) {
    try {
      constraints = parseConstraints(texts)
    } catch (err) {
      // Constraints are validated when a service is written; one that slips through
      // (written by an older version) must not stop the scheduler. As SwarmKit does, the
      // task is then placed as if it had none; the error is worth a log line.
      if (!(err instanceof ConstraintError)) throw err
      console.error(`scheduler: ignoring the constraints of task ${t.meta?.id}: ${err.message}`)
      constraints = []
    }
    cache.set(constraintKey, constraints)
  }
  const platforms = (placement?.platforms ?? []).map((p) => ({ os: p.os ?? '', architecture: p.architecture ?? '' }))
  const runtime = runtimeOf(t)
  return {
    serviceId: t.serviceId,
    runtime,
    constraints,
    platforms,
    reservation: reservationOf(t.spec),
    hostPorts: hostPortsOf(t.ports),
    maxReplicas: num(placement?.maxReplicas),
    spread: (placement?.preferences ?? []).map((p) => p.spreadDescriptor ?? '').filter((d) => d !== ''),
    staticKey: `${runtime}\0${constraintKey}\0${platforms.map((p) => `${p.os}/${p.architecture}`).join(',')}`,
  }
}

export interface Filter {
  readonly dynamic: boolean
  // Takes the task's needs; false when the filter has nothing to check for this task.
  setTask(needs: TaskNeeds): boolean
  check(n: NodeInfo): boolean
  explain(nodes: number): string
}

const nodes = (n: number) => (n === 1 ? '1 node' : `${n} nodes`)

// Up, and with availability "active": pause and drain take no new tasks.
export class ReadyFilter implements Filter {
  readonly dynamic = false
  setTask(): boolean {
    return true
  }
  check(n: NodeInfo): boolean {
    return n.ready
  }
  explain(count: number): string {
    return `${nodes(count)} not available for new tasks`
  }
}

// Reservations fit in what the node has left after the reservations of its tasks.
export class ResourceFilter implements Filter {
  readonly dynamic = true
  private r: Reservation = { nanoCpus: 0, memoryBytes: 0 }
  setTask(needs: TaskNeeds): boolean {
    this.r = needs.reservation
    return this.r.nanoCpus > 0 || this.r.memoryBytes > 0
  }
  check(n: NodeInfo): boolean {
    return this.r.nanoCpus <= n.availableNanoCpus && this.r.memoryBytes <= n.availableMemoryBytes
  }
  explain(count: number): string {
    return `insufficient resources on ${nodes(count)}`
  }
}

// SwarmKit's PluginFilter checks volume, network and log plugins; shoal's equivalent is
// the executor ("process", "container") the task needs, which nodes report when they
// register.
export class RuntimeFilter implements Filter {
  readonly dynamic = false
  private runtime = ''
  setTask(needs: TaskNeeds): boolean {
    this.runtime = needs.runtime
    return true
  }
  check(n: NodeInfo): boolean {
    return (n.node.description?.runtimes ?? []).includes(this.runtime)
  }
  explain(count: number): string {
    // A node advertises "container" only while its containerd answers.
    const why = this.runtime === 'container' ? ' (no reachable containerd)' : ''
    return `runtime "${this.runtime}" not available on ${nodes(count)}${why}`
  }
}

export class ConstraintFilter implements Filter {
  readonly dynamic = false
  private constraints: Constraint[] = []
  setTask(needs: TaskNeeds): boolean {
    this.constraints = needs.constraints
    return this.constraints.length > 0
  }
  check(n: NodeInfo): boolean {
    return nodeMatches(this.constraints, n.node)
  }
  explain(count: number): string {
    return `scheduling constraints not satisfied on ${nodes(count)}`
  }
}

// SwarmKit's architecture aliases: images say amd64/arm64, kernels say x86_64/aarch64.
function normalizeArch(arch: string): string {
  if (arch === 'x86_64') return 'amd64'
  if (arch === 'aarch64') return 'arm64'
  return arch
}

export class PlatformFilter implements Filter {
  readonly dynamic = false
  private platforms: TaskNeeds['platforms'] = []
  setTask(needs: TaskNeeds): boolean {
    this.platforms = needs.platforms
    return this.platforms.length > 0
  }
  check(n: NodeInfo): boolean {
    const p = n.node.description?.platform
    if (!p) return false
    const arch = normalizeArch(p.architecture ?? '')
    return this.platforms.some((want) => (want.architecture === '' || normalizeArch(want.architecture) === arch) && (want.os === '' || want.os === p.os))
  }
  explain(count: number): string {
    return `unsupported platform on ${nodes(count)}`
  }
}

// The node holds no more tasks than it said it will (NodeDescription.max_tasks, `shoal
// daemon --max-tasks`): past it a service waits pending rather than fork-bombing the host.
// SwarmKit has no such filter; its words follow docker's for the others.
export class CapacityFilter implements Filter {
  readonly dynamic = true
  setTask(needs: TaskNeeds): boolean {
    return needs.mayFill !== false
  }
  check(n: NodeInfo): boolean {
    return n.maxTasks <= 0 || n.occupying < n.maxTasks
  }
  explain(count: number): string {
    return `max tasks per node reached on ${nodes(count)}`
  }
}

// Two tasks cannot publish the same protocol/port in host mode on one node.
export class HostPortFilter implements Filter {
  readonly dynamic = true
  private ports: number[] = []
  setTask(needs: TaskNeeds): boolean {
    this.ports = needs.hostPorts
    return this.ports.length > 0
  }
  check(n: NodeInfo): boolean {
    for (const p of this.ports) if (n.usedHostPorts.has(p)) return false
    return true
  }
  explain(count: number): string {
    return `host-mode port already in use on ${nodes(count)}`
  }
}

// --replicas-max-per-node.
export class MaxReplicasFilter implements Filter {
  readonly dynamic = true
  private serviceId = ''
  private max = 0
  setTask(needs: TaskNeeds): boolean {
    this.serviceId = needs.serviceId
    this.max = needs.maxReplicas
    return this.max > 0
  }
  check(n: NodeInfo): boolean {
    return n.serviceCount(this.serviceId) < this.max
  }
  explain(_nodes: number): string {
    // docker's words exactly, count-less as there.
    return 'max replicas per node limit exceed'
  }
}

// SwarmKit's order: a node is counted against the first filter it fails, so readiness
// comes first (a drained node is "not available", whatever else is true of it). Capacity
// comes after the static filters: a node that could never run the task says so, not
// that it is full (and plan.ts's cached explanations rely on no other dynamic filter
// preceding the static ones than the resource filter).
export function defaultFilters(): Filter[] {
  return [
    new ReadyFilter(),
    new ResourceFilter(),
    new RuntimeFilter(),
    new ConstraintFilter(),
    new PlatformFilter(),
    new CapacityFilter(),
    new HostPortFilter(),
    new MaxReplicasFilter(),
  ]
}
