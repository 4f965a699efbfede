// Every bound the API puts on what a request carries, in one table, and the checks that
// apply them (issue 11: one request must never take the swarm down). A request past a
// bound is refused with InvalidArgument (HTTP 400) naming the field, the value and the
// bound, before anything is written. The converters (src/api/convert*.ts), Control and the
// daemon's membership verbs all check through these functions; none carries a limit of its
// own. docs/ARCHITECTURE.md ("Bounds") lists the table with the reasons.
import { invalid } from './errors'
import { isGlobalMode } from './modes'

export type BoundUnit = 'count' | 'bytes' | 'ns'

export interface Bound {
  // How messages name the field: the words a user knows it by (the CLI flag's, or docker's).
  readonly name: string
  readonly min: number
  readonly max: number
  readonly unit: BoundUnit
  // Why this number: what breaks, or what the cluster was measured to hold, past it.
  readonly why: string
}

const KiB = 1024
const DAY_NS = 24 * 3600 * 1e9

// The swarm's task limit (ClusterSpec.task_limit): the most tasks its services may ask for
// in total. The default is what one manager was measured to hold and schedule: 100,000
// tasks on 1,000 nodes are created and assigned in ~0.6 s at ~450-510 MB peak RSS
// (bench/RESULTS.md, 1,000 × 100,000). Memory grows with it (the 2,000,000 tasks
// took the daemon past 2 GB), so the setting tops out at ten times that.
export const DEFAULT_SWARM_TASK_LIMIT = 100_000
export const MAX_SWARM_TASK_LIMIT = 1_000_000

// The longest timer Node can arm is 2^31-1 ms (24.8 days); a longer one fires after 1 ms
// (Node's rule), which would turn a long restart delay into a restart loop. Durations that become timers
// (restart delay and window, update delay and monitor) stay under it.
const MAX_TIMER_NS = 24 * DAY_NS

// A task's spec is copied into every task of its service: at the default task limit each
// KiB of spec is ~100 MB in every manager's store. Exec takes at most 128 KiB in one
// argument or variable (Linux's MAX_ARG_STRLEN) and ARG_MAX (2 MiB by default) in all.
const MAX_ARGV_ENV_BYTES = 128 * KiB

function bound(name: string, max: number, why: string, unit: BoundUnit = 'count', min = 0): Bound {
  return { name, min, max, unit, why }
}

export const BOUNDS = {
  // ---- counts the cluster acts on ----
  taskLimit: bound('task limit', MAX_SWARM_TASK_LIMIT, 'a manager was measured at ~4-5 KB per task: 1,000,000 tasks is ~5 GB', 'count', 1),
  updateParallelism: bound('update parallelism', MAX_SWARM_TASK_LIMIT, 'no service can have more tasks than the largest task limit'),
  maxReplicasPerNode: bound('max replicas per node', MAX_SWARM_TASK_LIMIT, 'no service can have more tasks than the largest task limit'),
  taskSpecBytes: bound('task specs stored', 512 * 1024 * KiB, "every task stores its own copy of its service's task spec: tasks × spec bytes stay within what a manager holds beside its tasks", 'bytes'),
  taskHistoryLimit: bound('task history limit', 100, 'every slot keeps this many ended tasks: at 100,000 tasks, 100 is 10 million stored tasks'),
  // Counters compared for equality or against counts: any integer JSON and JavaScript hold exactly.
  counter: bound('counter', Number.MAX_SAFE_INTEGER, 'integers above 2^53-1 are not exact in JSON numbers'),
  // ---- durations (nanoseconds, as docker's) ----
  timerDuration: bound('duration', MAX_TIMER_NS, 'the longest timer Node can arm is 24.8 days; a longer one fires at once', 'ns'),
  nodeCertExpiry: bound('node certificate expiry', 3650 * DAY_NS, 'ten years: past that a certificate is a key kept for good', 'ns', 30 * 60e9),
  heartbeatPeriod: bound('dispatcher heartbeat period', 24 * 3600e9, 'a node is marked down after missing 3: a day covers any outage worth waiting out', 'ns', 100e6),
  // ---- sizes of what a service carries ----
  image: bound('image', 4 * KiB, "PATH_MAX: the process runtime's executable is a path", 'bytes'),
  argvEnvBytes: bound('command, args and env', MAX_ARGV_ENV_BYTES, "Linux's MAX_ARG_STRLEN; the spec is copied into every task of the service", 'bytes'),
  argvEnvEntries: bound('command, args and env entries', 4096, 'one exec; the spec is copied into every task', 'count'),
  labels: bound('labels', 1000, 'labels are copied with every object that carries them', 'count'),
  labelBytes: bound('labels size', 64 * KiB, 'labels are copied with every object that carries them', 'bytes'),
  // Secrets and configs (one mechanism, src/manager/files/): messages name the kind.
  fileReferences: bound('secrets of a service', 256, 'each is a file written for every task on its node', 'count'),
  fileTarget: bound('secret target', 4 * KiB, "PATH_MAX: a file path in the task's secrets or configs directory", 'bytes'),
  fileData: bound('secret data', 500 * KiB - 1, "SwarmKit's MaxSecretSize (and MaxConfigSize before SwarmKit raised it to 1000 KiB); stored in the replicated log and copied to every node whose tasks use it", 'bytes', 1),
  constraints: bound('placement constraints', 100, 'every constraint is evaluated against every node for every task', 'count'),
  constraintBytes: bound('placement constraint', 1 * KiB, 'a label name and value fit comfortably', 'bytes'),
  preferences: bound('placement preferences', 10, "each preference splits the nodes again: the scheduler's tree grows with their product", 'count'),
  platforms: bound('placement platforms', 100, 'evaluated against every node for every task', 'count'),
  ports: bound('published ports', 1024, 'each ingress port becomes a virtual service on every node', 'count'),
  port: bound('port', 65535, 'a TCP, UDP or SCTP port number', 'count'),
  // For the spec fields other issues add (issue 13's networks, mounts): the same check,
  // one number each.
  networks: bound('networks', 100, 'each is an interface in every task and a peer set on every node', 'count'),
  mounts: bound('mounts', 100, 'each is a mount made for every task', 'count'),
  // ---- names ----
  serviceName: bound('service name', 63, 'a DNS label: services are resolved by name', 'bytes', 1),
  fileName: bound('secret name', 64, "SwarmKit's limit for secret and config names", 'bytes', 1),
  nodeName: bound('node name', 255, "a hostname's length", 'bytes'),
  // ---- the swarm's membership and CA settings ----
  externalCAs: bound('external CAs', 16, 'tried in order for every certificate', 'count'),
  url: bound('URL', 4 * KiB, 'far beyond any signer address', 'bytes'),
  remoteAddrs: bound('manager addresses', 64, 'tried in turn when joining', 'count'),
  address: bound('address', 1 * KiB, 'a host (or interface) and port', 'bytes'),
  token: bound('token', 1 * KiB, 'join tokens and unlock keys are under 100 bytes', 'bytes'),
  // ---- the request itself ----
  requestBody: bound('request body', 16 * 1024 * KiB, 'read into memory whole before it is parsed', 'bytes'),
} as const satisfies Record<string, Bound>

// How a bound reads in a message: "100000", "131072 bytes", "24 days", "30m".
export function describeBound(b: Bound, value = b.max): string {
  if (b.unit === 'bytes') return `${value} bytes`
  if (b.unit !== 'ns') return String(value)
  if (value % DAY_NS === 0 && value > DAY_NS) return `${value / DAY_NS} days`
  for (const [unit, ns] of [['h', 3600e9], ['m', 60e9]] as const) if (value % ns === 0) return `${value / ns}${unit}`
  return `${value / 1e9}s`
}

function refuse(b: Bound, value: unknown, name: string, why = b.why): never {
  const shown = typeof value === 'number' && b.unit === 'ns' ? `${value}ns` : JSON.stringify(value)
  throw invalid(`invalid ${name} ${shown}: must be at most ${describeBound(b)} (${why})`)
}

// An integer within `b`: absent or null reads as 0 (docker's "unset", which the caller
// turns into its default). A negative, fractional or non-number value is refused as such;
// one past the bound is refused naming the bound.
export function boundedInt(value: unknown, b: Bound, name = b.name): number {
  if (value === undefined || value === null) return 0
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  if (!Number.isInteger(n) || n < 0) throw invalid(`invalid ${name} ${JSON.stringify(value)}: must be a non-negative integer`)
  if (n > b.max) refuse(b, n, name)
  if (n !== 0 && n < b.min) throw invalid(`invalid ${name}: must be at least ${describeBound(b, b.min)}`)
  return n
}

// A duration in nanoseconds (docker's JSON), as boundedInt.
export const boundedDuration = (value: unknown, name: string, b: Bound = BOUNDS.timerDuration): number => boundedInt(value, b, name)

// UTF-8 bytes of a string within `b`.
export function checkBytes(text: string, b: Bound, name = b.name): void {
  const bytes = Buffer.byteLength(text)
  if (bytes > b.max) throw invalid(`invalid ${name}: ${bytes} bytes, must be at most ${describeBound(b)} (${b.why})`)
  if (bytes < b.min) throw invalid(`invalid ${name}: must not be empty`)
}

// How many entries a list (or map) has, within `b`.
export function checkCount(count: number, b: Bound, name = b.name): void {
  if (count > b.max) throw invalid(`invalid ${name}: ${count} given, must be at most ${describeBound(b)} (${b.why})`)
}

// A label map (service, container, node, secret or swarm labels): entries and total bytes.
export function checkLabels(labels: Record<string, string>, name: string): void {
  const keys = Object.keys(labels)
  checkCount(keys.length, BOUNDS.labels, name)
  let bytes = 0
  for (const k of keys) bytes += Buffer.byteLength(k) + Buffer.byteLength(labels[k])
  if (bytes > BOUNDS.labelBytes.max) throw invalid(`invalid ${name}: ${bytes} bytes, must be at most ${describeBound(BOUNDS.labelBytes)} (${BOUNDS.labelBytes.why})`)
}

// A command line and environment: entries and total bytes, as exec takes them.
export function checkArgvEnv(args: readonly string[], env: readonly string[]): void {
  checkCount(args.length + env.length, BOUNDS.argvEnvEntries)
  let bytes = 0
  for (const s of args) bytes += Buffer.byteLength(s) + 1
  for (const s of env) bytes += Buffer.byteLength(s) + 1
  if (bytes > BOUNDS.argvEnvBytes.max) throw invalid(`invalid command, args and env: ${bytes} bytes, must be at most ${describeBound(BOUNDS.argvEnvBytes)} (${BOUNDS.argvEnvBytes.why})`)
}

// ---- the swarm's task limit ----

// The swarm's task limit as its cluster object sets it (0 or absent: the default). The
// orchestrator may use this to refuse to create tasks past it, whatever the store holds.
export function swarmTaskLimit(cluster: { readonly spec?: { readonly taskLimit?: number | Long | null } | null } | null | undefined): number {
  const n = Number(cluster?.spec?.taskLimit ?? 0)
  return n > 0 ? Math.min(n, MAX_SWARM_TASK_LIMIT) : DEFAULT_SWARM_TASK_LIMIT
}

// How many tasks a service asks for: its replicas, or for a global service one per node
// that may run it. `eligibleNodes` is an estimate the caller gives (nodes not drained):
// constraints are not evaluated, so a global service counts as if it ran everywhere.
export function desiredTasksOf(spec: { readonly mode?: string | null; readonly replicas?: number | Long | null } | null | undefined, eligibleNodes: number): number {
  if (!spec) return 0
  return isGlobalMode(spec.mode) ? eligibleNodes : Number(spec.replicas ?? 0)
}

// What services ask the swarm to hold: tasks, and the bytes of task spec those store.
export interface Demand {
  tasks: number
  bytes: number
}

// Refuses a service write that would take the swarm past its task limit (the service
// alone, then the swarm's total with it) or past its task spec budget. `others`: what the
// other services ask for.
export function checkTaskLimit(name: string, wanted: Demand, others: Demand, limit: number, global: boolean): void {
  const why = "the swarm's task limit: shoal swarm update --task-limit"
  const tasks = wanted.tasks
  if (!global && tasks > limit) refuse({ ...BOUNDS.taskLimit, max: limit }, tasks, 'replicas', why)
  const what = global ? `global service ${name} (one task on each of ${tasks} nodes)` : `replicas ${tasks}`
  if (others.tasks + tasks > limit) {
    throw invalid(`invalid ${what}: the swarm would hold ${others.tasks + tasks} tasks, over its task limit of ${limit} (other services ask for ${others.tasks}; ${why})`)
  }
  const b = BOUNDS.taskSpecBytes
  if (others.bytes + wanted.bytes > b.max) {
    const per = tasks > 0 ? Math.round(wanted.bytes / tasks) : 0
    throw invalid(`invalid ${what}: ${tasks} tasks of a ${per}-byte task spec would bring the task specs the swarm stores to ${others.bytes + wanted.bytes} bytes, over ${describeBound(b)} (${b.why})`)
  }
}
