// The one mapping between shoal's stored objects and the Docker Engine API's JSON shapes
// (PascalCase, RFC 3339 times, durations in nanoseconds), both directions.
import { logDriverFromDocker, logDriverToDocker } from './convert-logdriver'
import { templateProblem, usesServiceLabels } from '../gotemplate/task'
import { jobRestartCondition, jobStatusToDocker, modeFromDocker, modeToDocker } from './convert-mode'
import { TaskState } from '../agent/types'
import { invalid } from '../manager/errors'
import { v1, type Node, type Service, type Task, type Cluster } from '../manager/store'
import { idOf } from '../manager/store'
import { endpointFromDocker, endpointToDocker, placementFromDocker, placementToDocker, portsToDocker, resourcesFromDocker, resourcesToDocker, taskPortStatus } from './convert-placement'
import { FAILURE_ACTIONS, UPDATE_ORDERS } from '../manager/orchestrator/update'
import { DEFAULT_RESTART_DELAY_NS } from '../manager/orchestrator/restart'
import { configReferencesFromDocker, fileReferencesToDocker, secretReferencesFromDocker } from './convert-files'
import { containerFieldsFromDocker, containerFieldsToDocker, networksToDocker } from './convert-container'
import { raftSettingsOf, type RaftUpdate } from '../manager/raft-config'
import { raftToDocker, raftUpdateFromDocker } from './convert-raft'
import { networkAttachmentsFromDocker, networkAttachmentsToDocker, serviceEndpointToDocker, taskNetworksToDocker } from './convert-network'
import { DEFAULT_ADDR_POOL, DEFAULT_SUBNET_SIZE } from '../manager/network/control'
import { caConfigUpdateFromDocker, clusterTLSInfoToDocker, externalCAsToDocker, nodeTLSInfoToDocker, type CAConfigUpdate } from './convert-ca'
import { SERVICE_SPEC, SWARM_SPEC, checkSupportedFields } from './spec-fields'
import { enginePluginsToDocker } from './convert-node'
import { BOUNDS, boundedDuration, boundedInt, checkArgvEnv, checkBytes, checkLabels, describeBound, swarmTaskLimit } from '../manager/bounds'

type Json = Record<string, any>

export const iso = (ms: number | Long | null | undefined) => new Date(Number(ms ?? 0)).toISOString()

// Every stored object's ID, Version, CreatedAt and UpdatedAt, as docker shows them.
export function metaToDocker(o: { meta?: v1.IMeta | null }): Json {
  return { ID: idOf(o), Version: { Index: Number(o.meta!.version) }, CreatedAt: iso(o.meta!.createdAt), UpdatedAt: iso(o.meta!.updatedAt) }
}

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

// A count or counter with no bound of its own but exactness (bounds.ts's `counter`).
export function nonNegativeInt(value: unknown, what: string): number {
  return boundedInt(value, BOUNDS.counter, what)
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw invalid(`invalid ${what}: must be a list of strings`)
  return value
}

export function labelMap(value: unknown, what: string): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`invalid ${what}: must be an object of strings`)
  for (const [k, v] of Object.entries(value as Json)) {
    if (typeof v !== 'string' || k === '') throw invalid(`invalid ${what} ${JSON.stringify(k)}: values must be strings`)
  }
  checkLabels(value as Record<string, string>, `${what}s`)
  return value as Record<string, string>
}

// Docker's UpdateConfig / RollbackConfig. Absent: null, and the updater applies docker's
// defaults. Present: fields left out take docker's daemon defaults too (failure action
// pause, order stop-first; monitor 0 means 5 s), except Parallelism, where 0 means all at
// once.
function updateConfigFromDocker(value: unknown, what: 'update' | 'rollback'): v1.UpdateConfig | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`invalid ${what} config: must be an object`)
  const c = value as Json
  const actions = what === 'update' ? FAILURE_ACTIONS : FAILURE_ACTIONS.filter((a) => a !== 'rollback')
  const failureAction = c.FailureAction ?? ''
  if (failureAction !== '' && !actions.includes(failureAction))
    throw invalid(`invalid ${what} failure action "${failureAction}": expected one of ${actions.join(', ')}`)
  const order = c.Order ?? ''
  if (order !== '' && !UPDATE_ORDERS.includes(order)) throw invalid(`invalid ${what} order "${order}": expected one of ${UPDATE_ORDERS.join(', ')}`)
  const ratio = c.MaxFailureRatio ?? 0
  if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio < 0 || ratio > 1)
    throw invalid(`invalid ${what} max failure ratio ${JSON.stringify(ratio)}: must be between 0 and 1`)
  return new v1.UpdateConfig({
    parallelism: boundedInt(c.Parallelism, BOUNDS.updateParallelism, `${what} parallelism`),
    delayNs: boundedDuration(c.Delay, `${what} delay`),
    failureAction: failureAction || 'pause',
    monitorNs: boundedDuration(c.Monitor, `${what} monitor`), // 0: the default (5 s), shown as absent as docker does
    maxFailureRatio: ratio,
    order: order || 'stop-first',
  })
}

function updateConfigToDocker(c: v1.IUpdateConfig | null | undefined): Json | undefined {
  if (!c) return undefined
  const out: Json = { Parallelism: Number(c.parallelism ?? 0) }
  if (Number(c.delayNs ?? 0) > 0) out.Delay = Number(c.delayNs)
  if (c.failureAction) out.FailureAction = c.failureAction
  if (Number(c.monitorNs ?? 0) > 0) out.Monitor = Number(c.monitorNs)
  out.MaxFailureRatio = Number(c.maxFailureRatio ?? 0)
  if (c.order) out.Order = c.order
  return out
}

// Validates a Docker ServiceSpec and turns it into ours. Every problem is reported by
// name, and nothing is written when anything is wrong.
export function serviceSpecFromDocker(spec: Json | undefined): v1.ServiceSpec {
  if (!spec || typeof spec !== 'object') throw invalid('missing service spec')
  checkSupportedFields(spec, SERVICE_SPEC, 'ServiceSpec')
  const name = spec.Name ?? ''
  if (typeof name !== 'string' || name === '') throw invalid('service name is required (--name)')
  if (name.length > BOUNDS.serviceName.max || !NAME_RE.test(name))
    throw invalid(`invalid service name "${name}": must be 1-${BOUNDS.serviceName.max} characters of [a-zA-Z0-9_.-], starting with a letter or digit`)

  const tt: Json = spec.TaskTemplate ?? {}
  const cs: Json = tt.ContainerSpec ?? {}
  const image = cs.Image
  if (typeof image !== 'string' || image.trim() === '') throw invalid('an image (or, with --runtime process, an executable) is required')
  checkBytes(image, BOUNDS.image)
  const runtime = tt.Runtime === undefined || tt.Runtime === '' ? 'container' : tt.Runtime
  if (!RUNTIMES.includes(runtime)) throw invalid(`invalid runtime "${runtime}": expected one of ${RUNTIMES.join(', ')}`)
  // A container's Command replaces its image's Entrypoint (kept apart, in
  // containerFieldsFromDocker); a host process has no entrypoint, so it is the argv's head.
  const args = [...(runtime === 'process' ? stringList(cs.Command, 'command') : []), ...stringList(cs.Args, 'args')]
  const env = stringList(cs.Env, 'env')
  checkArgvEnv(args, env)
  for (const e of env) if (!ENV_RE.test(e)) throw invalid(`invalid env "${e}": expected KEY=VALUE`)
  const containerFields = containerFieldsFromDocker(cs, tt.Resources, runtime, tt.Networks ?? spec.Networks)

  const { mode: modeName, replicas, maxConcurrent } = modeFromDocker(spec.Mode)
  // Absent stays absent (docker's nil: SwarmKit's defaults apply, orchestrator/restart.ts),
  // so the spec reads back as it was written, in Spec and PreviousSpec alike.
  const rp: Json | null = tt.RestartPolicy ?? null
  const condition = jobRestartCondition(modeName, rp?.Condition, spec)
  if (!CONDITIONS.includes(condition))
    throw invalid(`invalid restart condition "${condition}": expected one of ${CONDITIONS.join(', ')}`)

  const update = updateConfigFromDocker(spec.UpdateConfig, 'update')
  const rollback = updateConfigFromDocker(spec.RollbackConfig, 'rollback')
  const templated = { env, hostname: containerFields.hostname ?? '', mounts: (containerFields.mounts ?? []).map((m) => ({ source: m.source ?? '', target: m.target ?? '' })) }
  const problem = templateProblem(templated)
  if (problem) throw invalid(problem)
  const labels = labelMap(spec.Labels, 'label')
  return new v1.ServiceSpec({
    update,
    rollback,
    annotations: new v1.Annotations({ name, labels }),
    mode: modeName,
    replicas,
    maxConcurrent,
    endpoint: endpointFromDocker(spec.EndpointSpec),
    task: new v1.TaskSpec({
      runtime,
      forceUpdate: nonNegativeInt(tt.ForceUpdate, 'force update'),
      placement: placementFromDocker(tt.Placement, modeName),
      resources: resourcesFromDocker(tt.Resources),
      logDriver: logDriverFromDocker(tt.LogDriver),
      container: new v1.ProcessSpec({ image, args, env, labels: labelMap(cs.Labels, 'container label'), secrets: secretReferencesFromDocker(cs.Secrets), configs: configReferencesFromDocker(cs.Configs), ...containerFields }),
      // docker's TaskTemplate.Networks (older clients: the deprecated ServiceSpec.Networks);
      // "host" is no attachment but the host's namespace (containerFields.networkMode).
      networks: networkAttachmentsFromDocker(withoutHost(tt.Networks ?? spec.Networks)),
      serviceLabels: usesServiceLabels(templated) ? labels : {},
      restart: rp
        ? new v1.RestartPolicy({
            condition,
            delayNs: boundedDuration(rp.Delay ?? DEFAULT_RESTART_DELAY_NS, 'restart delay'),
            maxAttempts: nonNegativeInt(rp.MaxAttempts, 'restart max attempts'),
            windowNs: boundedDuration(rp.Window, 'restart window'),
          })
        : null,
    }),
  })
}

export function serviceSpecToDocker(spec: v1.IServiceSpec | null | undefined): Json {
  const s = spec ?? {}
  const c = s.task?.container ?? {}
  const r = s.task?.restart
  return {
    Name: s.annotations?.name ?? '',
    Labels: { ...(s.annotations?.labels ?? {}) },
    TaskTemplate: {
      ContainerSpec: { Image: c.image ?? '', Args: c.args ?? [], Env: c.env ?? [], Labels: { ...(c.labels ?? {}) }, Secrets: fileReferencesToDocker('secret', c.secrets), Configs: fileReferencesToDocker('config', c.configs), ...containerFieldsToDocker(c), ...isolationOf(s.task?.runtime) },
      RestartPolicy: r
        ? {
            Condition: r.condition ?? 'any',
            Delay: Number(r.delayNs ?? 0),
            MaxAttempts: Number(r.maxAttempts ?? 0),
            // Absent when unset, as docker's (a nil duration).
            Window: Number(r.windowNs ?? 0) || undefined,
          }
        : undefined,
      Runtime: s.task?.runtime ?? 'container',
      ForceUpdate: Number(s.task?.forceUpdate ?? 0),
      Placement: placementToDocker(s.task?.placement),
      Resources: withPids(resourcesToDocker(s.task?.resources), Number(c.pidsLimit ?? 0)),
      LogDriver: logDriverToDocker(s.task?.logDriver),
      Networks: [...(networksToDocker(c) ?? []), ...(networkAttachmentsToDocker(s.task?.networks) ?? [])].length
        ? [...(networksToDocker(c) ?? []), ...(networkAttachmentsToDocker(s.task?.networks) ?? [])]
        : undefined,
    },
    // docker's CLI sends {"Mode": "vip"} with every service, and dockerd shows it back;
    // shoal stores that default as none (convert-placement.ts).
    EndpointSpec: endpointToDocker(s.endpoint) ?? { Mode: 'vip' },
    Mode: modeToDocker(s),
    UpdateConfig: updateConfigToDocker(s.update),
    RollbackConfig: updateConfigToDocker(s.rollback),
  }
}

export interface ServiceCounts {
  running: number
  desired: number
  completed: number
}

export function serviceToDocker(s: Service, counts?: ServiceCounts): Json {
  const out: Json = {
    ...metaToDocker(s),
    Spec: serviceSpecToDocker(s.spec),
    // No allocator yet: the ports are the spec's (an ingress port without a published
    // number stays 0 rather than getting one from 30000-32767).
    Endpoint: serviceEndpointToDocker(s),
  }
  if (s.previousSpec?.annotations) out.PreviousSpec = serviceSpecToDocker(s.previousSpec)
  if (s.updateStatus?.state) {
    const u = s.updateStatus
    out.UpdateStatus = { State: u.state, StartedAt: iso(u.startedAt), CompletedAt: Number(u.completedAt) > 0 ? iso(u.completedAt) : undefined, Message: u.message || undefined }
  }
  const job = jobStatusToDocker(s)
  if (job) out.JobStatus = job
  if (counts) out.ServiceStatus = { RunningTasks: counts.running, DesiredTasks: counts.desired, CompletedTasks: counts.completed }
  return out
}

export function taskToDocker(t: Task): Json {
  const st = t.status ?? new v1.TaskStatus()
  const state = Number(st.state ?? 0)
  const out: Json = {
    ...metaToDocker(t),
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
      PortStatus: taskPortStatus(t),
    },
    // A job's task is wanted until it completes: docker shows its desired state as such.
    DesiredState: taskStateName(Number(t.jobIteration) > 0 && t.desiredState <= TaskState.RUNNING ? TaskState.COMPLETE : t.desiredState),
    JobIteration: Number(t.jobIteration) > 0 ? { Index: Number(t.jobIteration) } : undefined,
    NetworksAttachments: taskNetworksToDocker(t),
  }
  return out
}

export function nodeToDocker(n: Node): Json {
  const d = n.description ?? new v1.NodeDescription()
  const out: Json = {
    ...metaToDocker(n),
    Spec: {
      Labels: { ...(n.spec?.annotations?.labels ?? {}) },
      Role: n.spec?.role ?? 'worker',
      Availability: n.spec?.availability ?? 'active',
    },
    Description: {
      Hostname: d.hostname,
      Platform: { Architecture: d.platform?.architecture ?? '', OS: d.platform?.os ?? '' },
      // MaxTasks (shoal): how many tasks the node will hold (0: not said).
      Resources: { NanoCPUs: Number(d.nanoCpus), MemoryBytes: Number(d.memoryBytes), MaxTasks: Number(d.maxTasks ?? 0) },
      Engine: { EngineVersion: d.engineVersion, Labels: { ...(d.engineLabels ?? {}) }, Plugins: enginePluginsToDocker(), Runtimes: d.runtimes ?? [] },
      TLSInfo: nodeTLSInfoToDocker(d.tlsInfo),
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

export interface ClusterSpecUpdate extends CAConfigUpdate {
  labels?: Record<string, string>
  heartbeatPeriodMs?: number
  nodeCertExpiryMs?: number
  taskHistoryLimit?: number
  taskLimit?: number
  raft?: RaftUpdate
  autoLockManagers?: boolean
}

// The parts of a Docker SwarmSpec (POST /swarm/update) shoal acts on. A field that is
// absent or zero keeps its current value: clients send back the spec they read, and an
// unset duration means "no change" rather than "no heartbeat".
export function clusterSpecUpdateFromDocker(spec: Json | undefined): ClusterSpecUpdate {
  const s: Json = spec && typeof spec === 'object' ? spec : {}
  checkSupportedFields(s, SWARM_SPEC, 'SwarmSpec')
  if (s.Name !== undefined && s.Name !== '' && s.Name !== 'default') throw invalid(`invalid swarm name "${s.Name}": the swarm is named "default"`)
  const out: ClusterSpecUpdate = {}
  if (s.Labels !== undefined) out.labels = labelMap(s.Labels, 'swarm label')
  const hb = nonNegativeInt(s.Dispatcher?.HeartbeatPeriod, 'dispatcher heartbeat period')
  if (hb > 0) {
    const b = BOUNDS.heartbeatPeriod
    if (hb < b.min || hb > b.max) throw invalid(`invalid dispatcher heartbeat period ${hb / 1e6}ms: must be between ${b.min / 1e6}ms and ${describeBound(b)}`)
    out.heartbeatPeriodMs = Math.round(hb / 1e6)
  }
  const expiry = boundedDuration(s.CAConfig?.NodeCertExpiry, 'node certificate expiry', BOUNDS.nodeCertExpiry)
  if (expiry > 0) out.nodeCertExpiryMs = Math.round(expiry / 1e6)
  const o = s.Orchestration
  if (o?.TaskHistoryRetentionLimit !== undefined && o.TaskHistoryRetentionLimit !== null)
    out.taskHistoryLimit = boundedInt(o.TaskHistoryRetentionLimit, BOUNDS.taskHistoryLimit)
  // shoal's own field (docker's CLI sends it back absent): 0 or absent keeps the limit.
  const taskLimit = boundedInt(o?.TaskLimit, BOUNDS.taskLimit)
  if (taskLimit > 0) out.taskLimit = taskLimit
  if (s.Raft !== undefined && s.Raft !== null) out.raft = raftUpdateFromDocker(s.Raft)
  Object.assign(out, caConfigUpdateFromDocker(s.CAConfig))
  const autolock = s.EncryptionConfig?.AutoLockManagers
  if (autolock !== undefined && autolock !== null) {
    if (typeof autolock !== 'boolean') throw invalid(`invalid EncryptionConfig.AutoLockManagers ${JSON.stringify(autolock)}: expected true or false`)
    out.autoLockManagers = autolock
  }
  return out
}

export function clusterToDocker(c: Cluster): Json {
  return {
    ...metaToDocker(c),
    Spec: {
      Name: c.spec?.annotations?.name ?? 'default',
      Labels: { ...(c.spec?.annotations?.labels ?? {}) },
      Orchestration: { TaskHistoryRetentionLimit: Number(c.spec?.taskHistoryLimit ?? 5), TaskLimit: swarmTaskLimit(c) },
      Dispatcher: { HeartbeatPeriod: Number(c.spec?.heartbeatPeriodMs ?? 5000) * 1e6 },
      CAConfig: { NodeCertExpiry: Number(c.spec?.nodeCertExpiryMs ?? 0) * 1e6, ExternalCAs: externalCAsToDocker(c), ForceRotate: Number(c.spec?.caForceRotate ?? 0) },
      Raft: raftToDocker(raftSettingsOf(c.spec)),
      EncryptionConfig: { AutoLockManagers: !!c.spec?.encryptionConfig?.autoLockManagers },
    },
    JoinTokens: { Worker: c.joinTokens?.worker ?? '', Manager: c.joinTokens?.manager ?? '' },
    TLSInfo: clusterTLSInfoToDocker(c),
    RootRotationInProgress: !!c.rootRotation?.caCertPem,
    DefaultAddrPool: c.spec?.defaultAddrPool?.length ? [...c.spec.defaultAddrPool] : DEFAULT_ADDR_POOL,
    SubnetSize: c.spec?.subnetSize || DEFAULT_SUBNET_SIZE,
    DataPathPort: 4789,
  }
}

// Pids is docker's Resources.Limits.Pids; shoal keeps it on the container spec.
function withPids(resources: Json | undefined, pids: number): Json | undefined {
  if (pids <= 0) return resources
  return { ...resources, Limits: { ...(resources?.Limits ?? {}), Pids: pids } }
}

function withoutHost(networks: unknown): unknown {
  return Array.isArray(networks) ? networks.filter((n: Json) => n?.Target !== 'host') : networks
}

// docker shows every container's isolation, "default" on Linux; a host process has none.
function isolationOf(runtime: string | null | undefined): Json {
  return runtime === 'process' ? {} : { Isolation: 'default' }
}
