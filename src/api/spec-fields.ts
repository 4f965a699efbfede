// Which fields of docker's ServiceSpec, NodeSpec and SwarmSpec shoal acts on: the one
// table (docs/ARCHITECTURE.md shows it). A spec that sets a field shoal does not support
// is refused with a 400 naming the field, rather than stored without it: a client must
// never believe shoal does something it does not. A field left at its zero value (false,
// 0, "", [], {} or null, as docker's CLI sends every flag it was not given) asks for
// nothing and passes. Names are docker's wire names (Go's JSON tags; the swagger spells
// ContainerSpec.Healthcheck "HealthCheck", the daemon and CLI do not).
//
// A field becomes supported by turning its entry into `ok` (or a nested table) here, in
// the same change that teaches the converters (src/api/convert*.ts) to read it.
import { invalid } from '../manager/errors'

// ok: the converters read it (and check its value); a string: not supported, what it is
// (read after "shoal does not support").
type Entry = typeof ok | string | Fields | ListOf
interface Fields {
  [name: string]: Entry
}
class ListOf {
  constructor(readonly item: Fields) {}
}
const ok = true
const listOf = (item: Fields) => new ListOf(item)

const update: Fields = { Parallelism: ok, Delay: ok, FailureAction: ok, Monitor: ok, MaxFailureRatio: ok, Order: ok }
const fileRef = (idKey: string, nameKey: string): Fields => ({
  File: { Name: ok, UID: ok, GID: ok, Mode: ok },
  [idKey]: ok,
  [nameKey]: ok,
})
const attachment: Fields = { Target: ok, Aliases: ok, DriverOpts: 'network driver options per attachment' }

export const SERVICE_SPEC: Fields = {
  Name: ok,
  Labels: ok,
  TaskTemplate: {
    PluginSpec: 'plugin services (shoal runs containers and host processes)',
    NetworkAttachmentSpec: 'attachment tasks (docker-internal)',
    ContainerSpec: {
      Image: ok,
      Labels: ok,
      Command: ok,
      Args: ok,
      Hostname: ok,
      Env: ok,
      Dir: ok,
      User: ok,
      Groups: 'supplementary groups (--group)',
      Privileges: {
        CredentialSpec: 'Windows credential specs',
        SELinuxContext: 'SELinux labels',
        Seccomp: 'custom seccomp profiles (containers get the runtime default)',
        AppArmor: 'AppArmor profiles',
        NoNewPrivileges: 'no-new-privileges',
      },
      TTY: 'a TTY (--tty)',
      OpenStdin: 'an open stdin',
      ReadOnly: ok,
      Mounts: listOf({
        Target: ok,
        Source: ok,
        Type: ok,
        ReadOnly: ok,
        // No effect on Linux, in docker as here.
        Consistency: ok,
        BindOptions: 'bind propagation and recursion options',
        VolumeOptions: {
          // docker stack deploy labels every volume with its stack; shoal's local volumes
          // keep no labels, and a label asks for no behaviour.
          Labels: ok,
          NoCopy: 'volume nocopy (a new volume is not filled from the image)',
          DriverConfig: 'volume drivers (shoal volumes are local directories)',
          Subpath: 'volume subpaths',
        },
        ImageOptions: 'image mounts',
        TmpfsOptions: { SizeBytes: ok, Mode: 'a tmpfs mode', Options: 'tmpfs mount options' },
      }),
      StopSignal: ok,
      StopGracePeriod: ok,
      Healthcheck: { Test: ok, Interval: ok, Timeout: ok, Retries: ok, StartPeriod: ok, StartInterval: 'a health start interval' },
      Hosts: 'extra /etc/hosts entries (--host)',
      DNSConfig: 'per-service DNS servers, search domains and options (--dns*)',
      Secrets: listOf(fileRef('SecretID', 'SecretName')),
      Configs: listOf({ ...fileRef('ConfigID', 'ConfigName'), Runtime: 'runtime config targets (Windows credential specs)' }),
      Isolation: 'isolation modes (Windows)',
      // The converter answers for these (refused until the container executor has them).
      Init: ok,
      Sysctls: 'namespaced sysctls (--sysctl)',
      CapabilityAdd: ok,
      CapabilityDrop: ok,
      Ulimits: 'ulimits (--ulimit)',
      OomScoreAdj: 'an OOM score adjustment',
    },
    Resources: {
      Limits: { NanoCPUs: ok, MemoryBytes: ok, Pids: ok },
      Reservations: { NanoCPUs: ok, MemoryBytes: ok, GenericResources: 'generic resources (--generic-resource)' },
      SwapBytes: 'swap limits',
      MemorySwappiness: 'memory swappiness',
    },
    RestartPolicy: { Condition: ok, Delay: ok, MaxAttempts: ok, Window: ok },
    Placement: { Constraints: ok, Preferences: listOf({ Spread: { SpreadDescriptor: ok } }), MaxReplicas: ok, Platforms: listOf({ Architecture: ok, OS: ok }) },
    ForceUpdate: ok,
    Runtime: ok,
    Networks: listOf(attachment),
    LogDriver: { Name: ok, Options: ok },
  },
  // The converter answers for the job modes (with the jobs' support).
  Mode: { Replicated: { Replicas: ok }, Global: ok, ReplicatedJob: ok, GlobalJob: ok },
  UpdateConfig: update,
  RollbackConfig: update,
  Networks: listOf(attachment),
  EndpointSpec: { Mode: ok, Ports: listOf({ Name: ok, Protocol: ok, TargetPort: ok, PublishedPort: ok, PublishMode: ok }) },
}

export const NODE_SPEC: Fields = { Name: ok, Labels: ok, Role: ok, Availability: ok }

export const SWARM_SPEC: Fields = {
  Name: ok,
  Labels: ok,
  // TaskLimit: shoal's own (the swarm's bound on live tasks).
  Orchestration: { TaskHistoryRetentionLimit: ok, TaskLimit: ok },
  // TickPeriod: shoal's own (docker's is fixed at 1 s).
  Raft: { SnapshotInterval: ok, KeepOldSnapshots: ok, LogEntriesForSlowFollowers: ok, ElectionTick: ok, HeartbeatTick: ok, TickPeriod: ok },
  Dispatcher: { HeartbeatPeriod: ok },
  CAConfig: {
    NodeCertExpiry: ok,
    ExternalCAs: listOf({ Protocol: ok, URL: ok, Options: 'external CA options', CACert: "an external CA's own certificate (it signs with the swarm's root)" }),
    SigningCACert: ok,
    SigningCAKey: ok,
    ForceRotate: ok,
  },
  EncryptionConfig: { AutoLockManagers: ok },
  TaskDefaults: { LogDriver: 'a swarm-wide default log driver (set it per service)' },
}

// Values of unsupported fields that ask for what shoal does anyway (docker shows them so).
const DEFAULTS: Record<string, unknown> = { 'ServiceSpec.TaskTemplate.ContainerSpec.Isolation': 'default' }

// Nothing asked for: the zero value of every type, and objects and lists of nothing.
function isZero(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return true
  if (Array.isArray(v)) return v.length === 0
  if (typeof v === 'object') return Object.values(v as object).every(isZero)
  return false
}

// Refuses the first field of `value` (at `path`) that shoal does not support, unless it is
// zero. Shapes and values are the converters' to check:
// a value of the wrong type is left for them to name.
export function checkSupportedFields(value: unknown, fields: Fields, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return
  for (const [key, v] of Object.entries(value)) {
    const entry = fields[key]
    const at = `${path}.${key}`
    if (entry === undefined) {
      // Go's decoder matches names regardless of case, so dockerd would take "labels" for
      // Labels; the converters read docker's spelling only: say so rather than drop it.
      const spelled = Object.keys(fields).find((k) => k.toLowerCase() === key.toLowerCase())
      if (spelled && !isZero(v)) throw invalid(`${at}: docker's field is spelled ${spelled}`)
      // Other names are no field of docker's: ignored, as dockerd ignores them (dockerode
      // sends an update's ?version= in the body too).
      continue
    }
    if (typeof entry === 'string') {
      if (!isZero(v) && DEFAULTS[at.replace(/\[\d+\]/g, '')] !== v) throw invalid(`${at}: shoal does not support ${entry}`)
      continue
    }
    if (entry === ok) continue
    if (entry instanceof ListOf) {
      if (Array.isArray(v)) v.forEach((item, i) => checkSupportedFields(item, entry.item, `${at}[${i}]`))
      continue
    }
    checkSupportedFields(v, entry, at)
  }
}

// The table as docs/ARCHITECTURE.md shows it (a test keeps the two the same): one row per
// object, its supported fields, and the refused ones with why.
export function supportTable(): string[] {
  const rows = ['| Object | Supported | Refused with a 400 |', '| --- | --- | --- |']
  const walk = (fields: Fields, path: string) => {
    const yes: string[] = []
    const no: string[] = []
    const nested: [Fields, string][] = []
    for (const [key, entry] of Object.entries(fields)) {
      if (entry === ok) yes.push(key)
      else if (typeof entry === 'string') no.push(`${key}: ${entry}`)
      else if (entry instanceof ListOf) nested.push([entry.item, `${path}.${key}[]`])
      else nested.push([entry, `${path}.${key}`])
    }
    if (yes.length + no.length > 0) rows.push(`| ${path} | ${yes.join(', ') || '-'} | ${no.join('; ') || '-'} |`)
    for (const [f, p] of nested) walk(f, p)
  }
  walk(SERVICE_SPEC, 'ServiceSpec')
  walk(NODE_SPEC, 'NodeSpec')
  walk(SWARM_SPEC, 'SwarmSpec')
  return rows
}

// Every field path with its entry's verdict: true (supported) or why not.
export function fieldPaths(fields: Fields, path: string): [string, true | string][] {
  const out: [string, true | string][] = []
  for (const [key, entry] of Object.entries(fields)) {
    const at = `${path}.${key}`
    if (entry === ok || typeof entry === 'string') out.push([at, entry])
    else if (entry instanceof ListOf) out.push(...fieldPaths(entry.item, `${at}[]`))
    else out.push(...fieldPaths(entry, at))
  }
  return out
}
