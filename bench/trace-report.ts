// Reads the start-up trace (src/trace.ts: daemons run with SHOAL_TRACE=1) back from the
// daemons' logs and says when each step of a `service create` was done, in ms after the
// CLI started: for steps of a task, when the first of the service's tasks got there (a
// published port answers on a node as soon as its balancer has one running task); for the
// balancers, when the last node had its first task.
import { parseTrace, type TraceLine } from '../src/trace'

export interface TracedDaemon {
  name: string
  log: string
}

// The steps in the order a task takes them; `who` says whose lines count: the manager's
// (the first daemon), the task's node's, or every node's.
const STEPS: { key: string; step: string; detail?: string; who: 'manager' | 'node' | 'all' }[] = [
  { key: 'API: create received', step: 'api.create', who: 'manager' },
  { key: 'API: service committed', step: 'api.created', who: 'manager' },
  { key: 'store: task NEW (orchestrator)', step: 'store.task', detail: 'NEW', who: 'manager' },
  { key: 'store: task PENDING (allocator)', step: 'store.task', detail: 'PENDING', who: 'manager' },
  { key: 'store: task ASSIGNED (scheduler)', step: 'store.task', detail: 'ASSIGNED', who: 'manager' },
  { key: 'dispatcher: sent to the node', step: 'dispatcher.sent', who: 'manager' },
  { key: 'agent: ACCEPTED', step: 'agent.state', detail: 'ACCEPTED', who: 'node' },
  { key: 'agent: attached to networks', step: 'agent.attached', who: 'node' },
  { key: 'agent: READY (prepared)', step: 'agent.state', detail: 'READY', who: 'node' },
  { key: 'agent: start recorded on disk', step: 'agent.persisted', who: 'node' },
  { key: 'agent: RUNNING (process started)', step: 'agent.state', detail: 'RUNNING', who: 'node' },
  { key: 'agent: RUNNING reported', step: 'agent.report', detail: 'RUNNING', who: 'node' },
  { key: 'dispatcher: RUNNING received', step: 'dispatcher.report', detail: 'RUNNING', who: 'manager' },
  { key: 'store: task RUNNING', step: 'store.task', detail: 'RUNNING', who: 'manager' },
  { key: 'every node: balancer has the task', step: 'agent.balanced', who: 'all' },
]

const earliest = (xs: (number | undefined)[]): number | undefined => {
  const known = xs.filter((x): x is number => x !== undefined)
  return known.length ? Math.min(...known) : undefined
}

// One round: the ms after t0 of each step (absent steps left out).
export function traceRound(daemons: TracedDaemon[], t0: number, serviceName: string, taskIds: string[], nodeOf: Map<string, string>): Map<string, number> {
  const lines = new Map(daemons.map((d) => [d.name, parseTrace(d.log).filter((l) => l.at >= t0)]))
  const manager = lines.get(daemons[0].name)!
  const out = new Map<string, number>()
  const first = (ls: TraceLine[], step: string, id: string | null, detail?: string) =>
    ls.find((l) => l.step === step && (id === null || l.id === id) && (detail === undefined || l.detail.split(' ')[0] === detail))?.at
  for (const s of STEPS) {
    const times: (number | undefined)[] = []
    if (s.step === 'api.create') times.push(manager.find((l) => l.step === 'api.create' && l.id === serviceName)?.at)
    else if (s.step === 'api.created') times.push(manager.find((l) => l.step === 'api.created' && l.detail === serviceName)?.at)
    else if (s.who === 'manager') times.push(earliest(taskIds.map((id) => first(manager, s.step, id, s.detail))))
    else if (s.who === 'node') times.push(earliest(taskIds.map((id) => first(lines.get(nodeOf.get(id) ?? '') ?? [], s.step, id, s.detail))))
    else for (const ls of lines.values()) times.push(earliest(taskIds.map((id) => first(ls, s.step, id, s.detail))))
    if (times.length && times.every((t) => t !== undefined)) out.set(s.key, Math.max(...(times as number[])) - t0)
  }
  return out
}

// A markdown table: one row per step, one column per round and the median.
export function traceTable(rounds: Map<string, number>[], answered: number[]): string {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const rows = ['| step (ms after the CLI started) | ' + rounds.map((_, i) => `round ${i + 1}`).join(' | ') + ' | median |', '|---|' + rounds.map(() => '---:|').join('') + '---:|']
  for (const s of STEPS) {
    const xs = rounds.map((r) => r.get(s.key))
    if (xs.every((x) => x === undefined)) continue
    const known = xs.filter((x): x is number => x !== undefined)
    rows.push(`| ${s.key} | ${xs.map((x) => (x === undefined ? '—' : x.toFixed(0))).join(' | ')} | ${median(known).toFixed(0)} |`)
  }
  rows.push(`| every node: the port answers | ${answered.map((x) => x.toFixed(0)).join(' | ')} | ${median(answered).toFixed(0)} |`)
  return rows.join('\n')
}
