// Swarm events, as dockerd derives them from SwarmKit's watch stream (moby's
// daemon/events.go, generateClusterEvent): every committed create, update or removal of a
// service, node, secret, config or network becomes one message of docker's shape, scope
// "swarm". Every manager derives them from its own replica's commit stream, so each one
// serves the same events (a removal's time is when this manager applied it: the store
// keeps no removal time). Tasks give none, as in docker (their status changes come by the
// hundred thousand).
//
// The most recent EVENT_HISTORY events are kept in memory for `since` (dockerd keeps 1024
// of its own); older ones, and everything before this manager last started, are gone.
import type { ClusterStore, Shared, TableName, TypedChange } from './store'
import { v1 } from './store'

// docker's events.Message (eventJson writes it), its time in ms: the store's timestamps
// are, and nanoseconds since the epoch do not fit a double exactly.
export interface SwarmEvent {
  Type: string
  Action: 'create' | 'update' | 'remove'
  Actor: { ID: string; Attributes: Record<string, string> }
  timeMs: number
}

// The message as docker's /events writes it: {"Type", "Action", "Actor", "scope", "time",
// "timeNano"}, timeNano written from the integer ms (exact).
export function eventJson(e: SwarmEvent): string {
  return `{"Type":${JSON.stringify(e.Type)},"Action":"${e.Action}","Actor":${JSON.stringify(e.Actor)},"scope":"swarm","time":${Math.floor(e.timeMs / 1000)},"timeNano":${e.timeMs}000000}`
}

export const EVENT_HISTORY = 1000

// The tables whose changes are events, and their docker type.
const EVENT_TYPES = new Map([
  ['services', 'service'],
  ['nodes', 'node'],
  ['secrets', 'secret'],
  ['configs', 'config'],
  ['networks', 'network'],
])

// What an update event compares: a few fields of the object as it was.
type Summary = Record<string, string>

type Obj = { meta?: Shared<v1.IMeta> | null; spec?: { annotations?: { name?: string | null } | null } | null }

function summaryOf(type: string, o: Obj): Summary {
  const s: Summary = { name: o.spec?.annotations?.name ?? '' }
  if (type === 'node') {
    const n = o as Shared<v1.Node>
    s.name ||= n.description?.hostname ?? ''
    s.availability = n.spec?.availability || 'active'
    s.role = n.spec?.role ?? ''
    s.state = n.status?.state || 'unknown'
    if (n.managerStatus) {
      s.leader = String(!!n.managerStatus.leader)
      s.reachability = n.managerStatus.reachability || 'unknown'
    }
  } else if (type === 'service') {
    const sv = o as Shared<v1.Service>
    s.image = sv.spec?.task?.container?.image ?? ''
    if ((sv.spec?.mode || 'replicated') === 'replicated') s.replicas = String(sv.spec?.replicas ?? 0)
    if (sv.updateStatus?.state) s.updatestate = sv.updateStatus.state
  }
  return s
}

// docker's attributes for an update: "<field>.old" and "<field>.new" for what changed
// (node: availability, role, state, leader, reachability; service: image, replicas,
// updatestate, whose old value is left out when there was none).
function changedAttributes(type: string, before: Summary | undefined, after: Summary): Record<string, string> {
  const attrs: Record<string, string> = { name: after.name }
  if (!before) return attrs
  const fields = type === 'node' ? ['availability', 'role', 'state', 'leader', 'reachability'] : type === 'service' ? ['image', 'replicas', 'updatestate'] : []
  for (const f of fields) {
    if (after[f] === undefined || before[f] === after[f]) continue
    if (f === 'updatestate' && before[f] === undefined) {
      attrs['updatestate.new'] = after[f]
      continue
    }
    if (before[f] === undefined) continue // docker compares these only when both exist
    attrs[`${f}.old`] = before[f]
    attrs[`${f}.new`] = after[f]
  }
  // In key order, as Go's encoding/json writes docker's map.
  return Object.fromEntries(Object.entries(attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export class SwarmEvents {
  // A ring: `next` is where the next event goes once it is full.
  private readonly history: SwarmEvent[] = []
  private next = 0
  private readonly summaries = new Map<string, Summary>() // "<table>/<id>"
  // Each subscriber's event callback, and what to call when no more will come.
  private readonly subscribers = new Map<(e: SwarmEvent) => void, () => void>()
  private readonly unsubscribe: () => void

  constructor(
    private readonly store: ClusterStore,
    private readonly capacity = EVENT_HISTORY,
  ) {
    this.load()
    this.unsubscribe = store.onChange((changes, _index, resync) => {
      if (resync) return this.load() // a snapshot replaced everything: nothing to compare with
      // An index loop, tasks skipped first: a 100,000-task commit passes through here (0.5 ms
      // once warm, 1-3 ms cold, on the 2-core VM under load).
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i]
        if (c.table === 'tasks') continue
        const type = EVENT_TYPES.get(c.table)
        if (type) this.take(type, c)
      }
    })
  }

  // This manager stops (leave, demotion, shutdown): every stream ends.
  close(): void {
    this.unsubscribe()
    const ends = [...this.subscribers.values()]
    this.subscribers.clear()
    for (const end of ends) end()
  }

  // The events kept, oldest first.
  recent(): SwarmEvent[] {
    return this.history.length < this.capacity ? [...this.history] : [...this.history.slice(this.next), ...this.history.slice(0, this.next)]
  }

  // Calls `fn` with every event from now on, until the returned function is called, or
  // `end` once this manager stops.
  subscribe(fn: (e: SwarmEvent) => void, end: () => void = () => {}): () => void {
    this.subscribers.set(fn, end)
    return () => this.subscribers.delete(fn)
  }

  private load(): void {
    this.summaries.clear()
    const view = this.store.view()
    for (const [table, type] of EVENT_TYPES) {
      for (const o of view.list(table as TableName) as Obj[]) this.summaries.set(`${table}/${o.meta?.id}`, summaryOf(type, o))
    }
  }

  private take(type: string, c: TypedChange): void {
    const key = `${c.table}/${c.id}`
    const before = this.summaries.get(key)
    let attrs: Record<string, string>
    let ms: number
    if (c.kind === 'delete') {
      this.summaries.delete(key)
      attrs = { name: before?.name ?? '' }
      ms = Date.now()
    } else {
      const obj = c.object as Obj | undefined
      if (!obj) return
      const after = summaryOf(type, obj)
      this.summaries.set(key, after)
      attrs = c.kind === 'create' ? { name: after.name } : changedAttributes(type, before, after)
      ms = Number((c.kind === 'create' ? obj.meta?.createdAt : obj.meta?.updatedAt) ?? 0) || Date.now()
    }
    const action = c.kind === 'delete' ? 'remove' : c.kind
    this.publish({ Type: type, Action: action, Actor: { ID: c.id, Attributes: attrs }, timeMs: ms })
  }

  private publish(e: SwarmEvent): void {
    if (this.history.length < this.capacity) this.history.push(e)
    else {
      this.history[this.next] = e
      this.next = (this.next + 1) % this.capacity
    }
    for (const s of this.subscribers.keys()) s(e)
  }
}
