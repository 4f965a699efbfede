// The scheduler's decisions, as a pure function of a store snapshot: which node each
// pending task goes to, or why it cannot go anywhere. No I/O here; scheduler.ts reads the
// store, calls planSchedule and writes the result.
//
// How (SwarmKit's algorithm, with its data structures made to scale):
//   1. Tasks already bound to a node (global services) are checked against that node.
//   2. The other pending tasks are grouped by service and spec version: tasks of a group
//      ask the same of a node, so the filters run once per group, not once per task.
//   3. Static filters (readiness, runtime, constraints, platform) depend on the node
//      alone; their answer is computed once per pass for all groups with the same
//      requirements (a "class") and kept as a candidate list.
//   4. Spreading: each task of a group goes to the candidate with the fewest tasks of the
//      service, then the fewest tasks overall (then the lowest node id, for determinism).
//      A heap yields those nodes in O(log n) per task. Placement preferences first split
//      the nodes into a tree by label value and fill its branches evenly (water-filling
//      on the service's task count per branch), descending to the nodes at the leaves.
//   5. A service with no task anywhere yet, the usual case, takes the least loaded
//      nodes of its class straight from a per-class heap, so even 100,000 one-replica
//      services cost O(log n) each rather than a scan of every node.
// Every decision updates the node picture at once, so later groups see earlier ones.
import { TaskState } from '../../agent/types'
import type { Node as StoredNode, Shared, Task as StoredTask } from '../store'
import { idOf } from '../store'
import { isSpreadDescriptor, spreadValue } from './constraint'
import { needsOf, type ConstraintCache, type TaskNeeds } from './filter'
import { IndexHeap } from './heap'
import { NodeSet, num, type NodeInfo } from './nodeinfo'
import { Pipeline } from './pipeline'

// The scheduler only reads the store's objects: the mirror's shared ones.
type Node = Shared<StoredNode>
type Task = Shared<StoredTask>

export interface Assignment {
  task: Task
  nodeId: string
  preassigned: boolean // the node was fixed in advance (global services); only confirmed
}

export interface Unplaced {
  task: Task
  reason: string
}

export interface Plan {
  assigned: Assignment[]
  unplaced: Unplaced[]
  // Schedulable tasks left for the next pass (beyond MAX_DECISIONS_PER_PASS).
  deferred: number
}

// A pass decides at most this many tasks, the oldest first, so its memory and time stay
// bounded whatever the store holds (the size of pass bench/RESULTS.md measures).
export const MAX_DECISIONS_PER_PASS = 100_000

// A task the scheduler must decide: not yet on a node and still wanted.
export function isSchedulable(t: Task): boolean {
  return (t.status?.state ?? TaskState.NEW) === TaskState.PENDING && t.desiredState <= TaskState.RUNNING
}

const createdAt = (t: Task) => num(t.meta?.createdAt)
const byCreation = (a: Task, b: Task) => createdAt(a) - createdAt(b) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0)

// Decides every schedulable task among `tasks` (which may be all tasks of the cluster:
// the others tell what already occupies each node).
export function planSchedule(nodes: readonly Node[], tasks: readonly Task[], max = MAX_DECISIONS_PER_PASS): Plan {
  const set = new NodeSet(nodes, tasks)
  let pending = tasks.filter(isSchedulable)
  let deferred = 0
  if (pending.length > max) {
    deferred = pending.length - max
    pending = pending.sort(byCreation).slice(0, max)
  }
  const plan = new Planner(set).plan(pending)
  plan.deferred = deferred
  return plan
}

// The candidates of one static class: nodes passing every static filter.
interface StaticClass {
  candidates: NodeInfo[]
  member: Uint8Array // by node index
  // The fast path's heap of all candidates by total active tasks, with the key each entry
  // was pushed with; an entry whose node has gained tasks since is re-pushed when met.
  lazy?: { heap: IndexHeap; key: Int32Array }
  // Why no node fits, when that depends on static filters alone (see explainFor).
  explanation?: string
}

interface Branch {
  key: string
  tasks: number // the service's active tasks on the branch's nodes
  children: Map<string, Branch> | null
  candidates: NodeInfo[]
}

export class Planner {
  private readonly pipeline = new Pipeline()
  private readonly classes = new Map<string, StaticClass>()
  private readonly constraints: ConstraintCache = new Map()
  // This group's task count per node index (valid for the nodes the group looks at).
  private readonly svc: Int32Array
  private readonly nodes: NodeInfo[]
  private readonly heap: IndexHeap

  constructor(readonly set: NodeSet) {
    this.nodes = set.nodes
    this.svc = new Int32Array(this.nodes.length)
    const svc = this.svc
    const nodes = this.nodes
    this.heap = new IndexHeap((a, b) => {
      if (svc[a] !== svc[b]) return svc[a] < svc[b]
      const ta = nodes[a].activeTasks
      const tb = nodes[b].activeTasks
      return ta !== tb ? ta < tb : a < b
    })
  }

  plan(pending: readonly Task[]): Plan {
    const out: Plan = { assigned: [], unplaced: [], deferred: 0 }
    const preassigned = pending.filter((t) => t.nodeId !== '').sort(byCreation)
    for (const t of preassigned) this.checkPreassigned(t, out)

    // Grouped by service, then by spec version (a service mid-update has two).
    const groups = new Map<string, Task[][]>()
    const ordered: Task[][] = []
    for (const t of pending) {
      if (t.nodeId !== '') continue
      let versions = groups.get(t.serviceId)
      if (!versions) groups.set(t.serviceId, (versions = []))
      // uint64 fields decode as Long objects: compare values, not identities.
      const version = num(t.specVersion)
      let g = versions.find((v) => num(v[0].specVersion) === version)
      if (!g) {
        versions.push((g = []))
        ordered.push(g)
      }
      g.push(t)
    }
    // Older work first, so a burst of new services cannot starve one waiting for room;
    // within a group, lower slots first, so whatever stays pending is the highest slots.
    for (const g of ordered) if (g.length > 1) g.sort((a, b) => num(a.slot) - num(b.slot) || byCreation(a, b))
    const first = ordered.map((g) => g.reduce((m, t) => (byCreation(t, m) < 0 ? t : m)))
    const order = ordered.map((_, i) => i).sort((a, b) => byCreation(first[a], first[b]))
    for (const i of order) this.scheduleGroup(ordered[i], out)
    return out
  }

  // A task bound to a node (global service): it runs there or nowhere.
  private checkPreassigned(t: Task, out: Plan): void {
    const n = this.set.byId.get(t.nodeId)
    // A node that left the swarm: the orchestrator is about to retire the task.
    if (!n) return
    const needs = needsOf(t, this.constraints)
    this.pipeline.setTask(needs)
    this.pipeline.resetFailures()
    if (this.pipeline.process(n)) {
      this.place(n, needs)
      out.assigned.push({ task: t, nodeId: n.id, preassigned: true })
    } else {
      // SwarmKit's words for a preassigned task: the explanation alone.
      out.unplaced.push({ task: t, reason: this.pipeline.explain() })
    }
  }

  private scheduleGroup(group: Task[], out: Plan): void {
    const needs = needsOf(group[0], this.constraints)
    this.pipeline.setTask(needs)
    const cls = this.classFor(needs)
    const chosen: NodeInfo[] = []
    const n = group.length
    // Descriptors are validated when a service is written; SwarmKit skips any other.
    const spread = needs.spread.filter(isSpreadDescriptor)
    if (spread.length > 0) this.placeOnTree(this.tree(needs, spread, cls), n, needs, chosen)
    else if (!this.placeFast(cls, n, needs, chosen)) this.placeOnNodes(cls.candidates, n, needs, chosen)
    for (let i = 0; i < chosen.length; i++) out.assigned.push({ task: group[i], nodeId: chosen[i].id, preassigned: false })
    if (chosen.length === n) return
    const explanation = this.explainFor(needs, cls)
    const reason = explanation ? `no suitable node (${explanation})` : 'no suitable node'
    for (let i = chosen.length; i < n; i++) out.unplaced.push({ task: group[i], reason })
  }

  private classFor(needs: TaskNeeds): StaticClass {
    let cls = this.classes.get(needs.staticKey)
    if (cls) return cls
    const member = new Uint8Array(this.nodes.length)
    const candidates: NodeInfo[] = []
    for (const n of this.nodes) {
      if (this.pipeline.checkStatic(n)) {
        candidates.push(n)
        member[n.index] = 1
      }
    }
    cls = { candidates, member }
    this.classes.set(needs.staticKey, cls)
    return cls
  }

  private place(n: NodeInfo, needs: TaskNeeds): void {
    this.set.add(n, needs.serviceId, needs.reservation, needs.hostPorts, true)
  }

  // ---- spreading over nodes ----

  // Places up to `count` tasks on `candidates` (which passed the static filters), each on
  // the node that has the fewest of the service's tasks, then the fewest tasks; returns
  // how many it placed (fewer when the dynamic filters run out of nodes).
  private placeOnNodes(candidates: readonly NodeInfo[], count: number, needs: TaskNeeds, chosen: NodeInfo[]): number {
    const svc = this.svc
    const dynamic = this.pipeline.hasDynamic
    const anywhere = (this.set.serviceActive.get(needs.serviceId) ?? 0) > 0
    const open: number[] = []
    for (const c of candidates) {
      if (dynamic && !this.pipeline.checkDynamic(c)) continue
      svc[c.index] = anywhere ? c.serviceCount(needs.serviceId) : 0
      open.push(c.index)
    }
    if (open.length === 0 || count === 0) return 0
    const nodes = this.nodes
    if (count === 1) {
      // One task (a restart, one step of a rolling update): a scan beats building a heap.
      let best = open[0]
      for (let k = 1; k < open.length; k++) {
        const i = open[k]
        if (svc[i] < svc[best] || (svc[i] === svc[best] && (nodes[i].activeTasks < nodes[best].activeTasks || (nodes[i].activeTasks === nodes[best].activeTasks && i < best)))) best = i
      }
      this.place(nodes[best], needs)
      chosen.push(nodes[best])
      return 1
    }
    const heap = this.heap
    heap.reset(open)
    let placed = 0
    while (placed < count && heap.size > 0) {
      const i = heap.pop()!
      const n = nodes[i]
      this.place(n, needs)
      svc[i]++
      chosen.push(n)
      placed++
      if (!dynamic || this.pipeline.checkDynamic(n)) heap.push(i)
    }
    return placed
  }

  // The fast path, for a service with no task anywhere yet (a new service, the usual
  // case): every node then counts 0 of its tasks, so the best nodes are simply the `n`
  // candidates with the fewest tasks, one task each. They come from the class's heap of
  // candidates by total tasks, in O(log n) each, instead of a scan of every node. Nodes
  // that a dynamic filter turns down are set aside; when too many are (a nearly full
  // cluster), or fewer than `n` candidates fit, it gives up, changing nothing, and the
  // scan decides. Returns whether it placed the group.
  private placeFast(cls: StaticClass, n: number, needs: TaskNeeds, chosen: NodeInfo[]): boolean {
    if (n > cls.candidates.length || (this.set.serviceActive.get(needs.serviceId) ?? 0) !== 0) return false
    const nodes = this.nodes
    if (!cls.lazy) {
      const key = new Int32Array(nodes.length)
      const heap = new IndexHeap((a, b) => (key[a] !== key[b] ? key[a] < key[b] : a < b))
      heap.reset(cls.candidates.map((c) => ((key[c.index] = c.activeTasks), c.index)))
      cls.lazy = { heap, key }
    }
    const { heap, key } = cls.lazy
    const dynamic = this.pipeline.hasDynamic
    const taken: number[] = []
    const skipped: number[] = []
    const patience = n + 64
    while (taken.length < n && skipped.length <= patience) {
      const i = heap.pop()
      if (i === undefined) break
      // Totals only grow during a pass, so a stale entry sorts too early: push it back
      // with its real total and look again.
      if (key[i] !== nodes[i].activeTasks) {
        key[i] = nodes[i].activeTasks
        heap.push(i)
      } else if (dynamic && !this.pipeline.checkDynamic(nodes[i])) skipped.push(i)
      else taken.push(i)
    }
    for (const i of skipped) heap.push(i)
    if (taken.length < n) {
      for (const i of taken) heap.push(i)
      return false
    }
    for (const i of taken) {
      this.place(nodes[i], needs)
      chosen.push(nodes[i])
      key[i] = nodes[i].activeTasks
      heap.push(i)
    }
    return true
  }

  // ---- placement preferences ----

  // SwarmKit's decision tree: one level per spread descriptor, one branch per label
  // value (nodes without the label share the "" branch). Every node counts towards its
  // branches' task counts; only candidates can receive tasks.
  private tree(needs: TaskNeeds, spread: readonly string[], cls: StaticClass): Branch {
    const root: Branch = { key: '', tasks: 0, children: null, candidates: [] }
    for (const n of this.nodes) {
      const count = n.serviceCount(needs.serviceId)
      let b = root
      for (const d of spread) {
        b.tasks += count
        const value = spreadValue(d, n.node) ?? ''
        b.children ??= new Map()
        let next = b.children.get(value)
        if (!next) {
          next = { key: value, tasks: 0, children: null, candidates: [] }
          b.children.set(value, next)
        }
        b = next
      }
      b.tasks += count
      if (cls.member[n.index]) b.candidates.push(n)
    }
    return root
  }

  private placeOnTree(b: Branch, count: number, needs: TaskNeeds, chosen: NodeInfo[]): number {
    if (!b.children) return this.placeOnNodes(b.candidates, count, needs, chosen)
    const full = new Set<Branch>()
    let placed = 0
    // Each round either places everything or finds at least one more branch full, so
    // there are at most as many rounds as branches.
    while (placed < count) {
      const open = [...b.children.values()].filter((c) => !full.has(c))
      if (open.length === 0) break
      open.sort((x, y) => x.tasks - y.tasks || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      const share = waterFill(
        open.map((c) => c.tasks),
        count - placed,
      )
      for (let i = 0; i < open.length; i++) {
        if (share[i] === 0) continue
        const got = this.placeOnTree(open[i], share[i], needs, chosen)
        open[i].tasks += got
        placed += got
        if (got < share[i]) full.add(open[i])
      }
    }
    return placed
  }

  // ---- explanations ----

  // Why the group's remaining tasks fit nowhere: the full pipeline over every node, as
  // things stand after this pass's earlier decisions. When no node passes the static
  // filters and the task reserves nothing, the answer depends on static filters alone
  // (the only dynamic filter that precedes them is the resource filter), so it is kept
  // for the class: a thousand services waiting for a runtime no node has cost one scan.
  private explainFor(needs: TaskNeeds, cls: StaticClass): string {
    const cacheable = cls.candidates.length === 0 && needs.reservation.nanoCpus <= 0 && needs.reservation.memoryBytes <= 0
    if (cacheable && cls.explanation !== undefined) return cls.explanation
    const text = this.pipeline.explainOver(this.nodes)
    if (cacheable) cls.explanation = text
    return text
  }
}

// Splits `count` new tasks over branches holding `counts` tasks (sorted ascending) so
// that the totals end as even as possible: the emptiest branches are raised to a common
// level first; what does not divide evenly goes to the first branches in order.
export function waterFill(counts: readonly number[], count: number): number[] {
  const share = counts.map(() => 0)
  if (count <= 0 || counts.length === 0) return share
  const prefix = [0]
  for (const c of counts) prefix.push(prefix[prefix.length - 1] + c)
  // The largest m such that the m emptiest branches can all be raised to at least the
  // fullest of them.
  let m = counts.length
  while (m > 1 && Math.floor((prefix[m] + count) / m) < counts[m - 1]) m--
  const total = prefix[m] + count
  const level = Math.floor(total / m)
  let extra = total - level * m
  for (let i = 0; i < m; i++) {
    share[i] = level - counts[i]
    if (extra > 0) {
      share[i]++
      extra--
    }
  }
  return share
}
