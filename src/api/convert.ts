// The one mapping between shoal's stored objects and the Docker Engine API's JSON shapes
// (PascalCase, RFC 3339 times, durations in nanoseconds), both directions.
import { TaskState } from '../agent/types'
import { invalid } from '../manager/errors'
import { v1, type Node, type Service, type Task, type Cluster } from '../manager/store'
import { idOf } from '../manager/store'

type Json = Record<string, any>

const iso = (ms: number | Long | null | undefined) => new Date(Number(ms ?? 0)).toISOString()

export function taskStateName(state: number): string {
  return (TaskState[state] ?? 'unknown').toLowerCase()
}

export function taskStateFromName(name: string): number | undefined {
  const v = (TaskState as unknown as Record<string, number>)[name.toUpperCase()]
  return typeof v === 'number' ? v : undefined
}

// ---- service specs ----

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/
const ENV_RE = /^[^=\s]+=/s
const CONDITIONS = ['none', 'on-failure', 'any']
const RUNTIMES = ['process', 'container']

function nonNegativeInt(value: unknown, what: string): number {
  if (value === undefined || value === null) return 0
  const n = Number(value)
  if (typeof value === 'boolean' || !Number.isInteger(n) || n < 0)
    throw invalid(`invalid ${what} ${JSON.stringify(value)}: must be a non-negative integer`)
  return n
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw invalid(`invalid ${what}: must be a list of strings`)
  return value
}

function labelMap(value: unknown, what: string): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`invalid ${what}: must be an object of strings`)
  for (const [k, v] of Object.entries(value as Json)) {
    if (typeof v !== 'string' || k === '') throw invalid(`invalid ${what} ${JSON.stringify(k)}: values must be strings`)
  }
  return value as Record<string, string>
}

// Validates a Docker ServiceSpec and turns it into ours. Every problem is reported by
// name, and nothing is written when anything is wrong.
export function serviceSpecFromDocker(spec: Json | undefined): v1.ServiceSpec {
  if (!spec || typeof spec !== 'object') throw invalid('missing service spec')
  const name = spec.Name ?? ''
  if (typeof name !== 'string' || name === '') throw invalid('service name is required (--name)')
  if (name.length > 63 || !NAME_RE.test(name))
    throw invalid(`invalid service name "${name}": must be 1-63 characters of [a-zA-Z0-9_.-], starting with a letter or digit`)

  const tt: Json = spec.TaskTemplate ?? {}
  const cs: Json = tt.ContainerSpec ?? {}
  const image = cs.Image
  if (typeof image !== 'string' || image.trim() === '') throw invalid('an image (or, with --runtime process, an executable) is required')
  const args = [...stringList(cs.Command, 'command'), ...stringList(cs.Args, 'args')]
  const env = stringList(cs.Env, 'env')
  for (const e of env) if (!ENV_RE.test(e)) throw invalid(`invalid env "${e}": expected KEY=VALUE`)

  const runtime = tt.Runtime === undefined || tt.Runtime === '' ? 'container' : tt.Runtime
  if (!RUNTIMES.includes(runtime)) throw invalid(`invalid runtime "${runtime}": expected one of ${RUNTIMES.join(', ')}`)

  const rp: Json = tt.RestartPolicy ?? {}
  const condition = rp.Condition ?? 'any'
  if (!CONDITIONS.includes(condition))
    throw invalid(`invalid restart condition "${condition}": expected one of ${CONDITIONS.join(', ')}`)

  const mode: Json = spec.Mode ?? { Replicated: { Replicas: 1 } }
  let modeName: string
  let replicas = 0
  if (mode.Global !== undefined && mode.Replicated !== undefined) throw invalid('a service is either replicated or global, not both')
  if (mode.Global !== undefined) modeName = 'global'
  else if (mode.Replicated !== undefined) {
    modeName = 'replicated'
    replicas = mode.Replicated.Replicas === undefined ? 1 : nonNegativeInt(mode.Replicated.Replicas, 'replicas')
  } else throw invalid('unsupported service mode: expected Replicated or Global')

  return new v1.ServiceSpec({
    annotations: new v1.Annotations({ name, labels: labelMap(spec.Labels, 'label') }),
    mode: modeName,
    replicas,
    task: new v1.TaskSpec({
      runtime,
      forceUpdate: nonNegativeInt(tt.ForceUpdate, 'force update'),
      container: new v1.ProcessSpec({ image, args, env, labels: labelMap(cs.Labels, 'container label') }),
      restart: new v1.RestartPolicy({
        condition,
        delayNs: nonNegativeInt(rp.Delay ?? 5_000_000_000, 'restart delay'),
        maxAttempts: nonNegativeInt(rp.MaxAttempts, 'restart max attempts'),
        windowNs: nonNegativeInt(rp.Window, 'restart window'),
      }),
    }),
  })
}

export function serviceSpecToDocker(spec: v1.IServiceSpec | null | undefined): Json {
  const s = spec ?? {}
  const c = s.task?.container ?? {}
  const r = s.task?.restart ?? {}
  return {
    Name: s.annotations?.name ?? '',
    Labels: { ...(s.annotations?.labels ?? {}) },
    TaskTemplate: {
      ContainerSpec: { Image: c.image ?? '', Args: c.args ?? [], Env: c.env ?? [], Labels: { ...(c.labels ?? {}) } },
      RestartPolicy: {
        Condition: r.condition ?? 'any',
        Delay: Number(r.delayNs ?? 0),
        MaxAttempts: Number(r.maxAttempts ?? 0),
        Window: Number(r.windowNs ?? 0),
      },
      Runtime: s.task?.runtime ?? 'container',
      ForceUpdate: Number(s.task?.forceUpdate ?? 0),
    },
    Mode: s.mode === 'global' ? { Global: {} } : { Replicated: { Replicas: Number(s.replicas ?? 0) } },
  }
}

export interface ServiceCounts {
  running: number
  desired: number
  completed: number
}

export function serviceToDocker(s: Service, counts?: ServiceCounts): Json {
  const out: Json = {
    ID: idOf(s),
    Version: { Index: Number(s.meta!.version) },
    CreatedAt: iso(s.meta!.createdAt),
    UpdatedAt: iso(s.meta!.updatedAt),
    Spec: serviceSpecToDocker(s.spec),
    Endpoint: { Spec: {} },
  }
  if (s.previousSpec?.annotations) out.PreviousSpec = serviceSpecToDocker(s.previousSpec)
  if (counts) out.ServiceStatus = { RunningTasks: counts.running, DesiredTasks: counts.desired, CompletedTasks: counts.completed }
  return out
}

export function taskToDocker(t: Task): Json {
  const st = t.status ?? new v1.TaskStatus()
  const state = Number(st.state ?? 0)
  const out: Json = {
    ID: idOf(t),
    Version: { Index: Number(t.meta!.version) },
    CreatedAt: iso(t.meta!.createdAt),
    UpdatedAt: iso(t.meta!.updatedAt),
    Labels: {},
    Spec: serviceSpecToDocker({ task: t.spec }).TaskTemplate,
    ServiceID: t.serviceId,
    Slot: Number(t.slot) || undefined,
    NodeID: t.nodeId || undefined,
    Status: {
      Timestamp: iso(st.timestamp),
      State: taskStateName(state),
      Message: st.message,
      Err: st.err || (t.pendingReason && state < TaskState.ASSIGNED ? t.pendingReason : undefined),
      ContainerStatus: st.container ? { ExitCode: st.container.exitCode, PID: st.container.pid } : undefined,
    },
    DesiredState: taskStateName(t.desiredState),
  }
  return out
}

export function nodeToDocker(n: Node): Json {
  const d = n.description ?? new v1.NodeDescription()
  const out: Json = {
    ID: idOf(n),
    Version: { Index: Number(n.meta!.version) },
    CreatedAt: iso(n.meta!.createdAt),
    UpdatedAt: iso(n.meta!.updatedAt),
    Spec: {
      Labels: { ...(n.spec?.annotations?.labels ?? {}) },
      Role: n.spec?.role ?? 'worker',
      Availability: n.spec?.availability ?? 'active',
    },
    Description: {
      Hostname: d.hostname,
      Platform: { Architecture: d.platform?.architecture ?? '', OS: d.platform?.os ?? '' },
      Resources: { NanoCPUs: Number(d.nanoCpus), MemoryBytes: Number(d.memoryBytes) },
      Engine: { EngineVersion: d.engineVersion, Labels: { ...(d.engineLabels ?? {}) }, Runtimes: d.runtimes ?? [] },
    },
    Status: { State: n.status?.state ?? 'unknown', Message: n.status?.message || undefined, Addr: n.status?.addr ?? '' },
  }
  if (n.managerStatus && n.spec?.role === 'manager') {
    out.ManagerStatus = {
      Leader: n.managerStatus.leader || undefined,
      Reachability: n.managerStatus.reachability,
      Addr: n.managerStatus.addr,
    }
  }
  return out
}

export function clusterToDocker(c: Cluster): Json {
  return {
    ID: idOf(c),
    Version: { Index: Number(c.meta!.version) },
    CreatedAt: iso(c.meta!.createdAt),
    UpdatedAt: iso(c.meta!.updatedAt),
    Spec: {
      Name: c.spec?.annotations?.name ?? 'default',
      Labels: { ...(c.spec?.annotations?.labels ?? {}) },
      Orchestration: { TaskHistoryRetentionLimit: Number(c.spec?.taskHistoryLimit ?? 5) },
      Dispatcher: { HeartbeatPeriod: Number(c.spec?.heartbeatPeriodMs ?? 5000) * 1e6 },
      CAConfig: { NodeCertExpiry: Number(c.spec?.nodeCertExpiryMs ?? 0) * 1e6 },
    },
    JoinTokens: { Worker: c.joinTokens?.worker ?? '', Manager: c.joinTokens?.manager ?? '' },
    TLSInfo: { TrustRoot: c.rootCaCertPem },
    RootRotationInProgress: false,
  }
}
