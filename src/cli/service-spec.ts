// From validated command-line options to the ServiceSpec the daemon takes, for
// `service create` (a new spec) and `service update` / `service scale` (a changed copy of
// the current one). Like docker's service opts, only what the user set is sent: defaults
// (restart policy, runtime) are the daemon's to choose.

import type { ConfigReference, NetworkAttachmentConfig, RestartCondition, RestartPolicy, SecretReference, Service, ServiceSpec, TaskRuntime } from '../api/client'
import { UsageError } from './errors'
import { envKey, type ServiceModeName } from './parse'
import { applyRolloutOptions, type RolloutOptions } from './rollout'
import { applyPlacementCreate, applyPlacementUpdate, type PlacementCreateOptions, type PlacementUpdateOptions } from './placement'
import { applyFilesCreate, applyFilesUpdate } from './file-refs'
import { applyNetworksCreate, applyNetworksUpdate } from './network-refs'

export interface RestartOptions {
  condition?: RestartCondition
  delayNs?: number
  maxAttempts?: number
}

export interface CreateOptions {
  image: string
  args: string[]
  name?: string
  mode: ServiceModeName
  replicas?: number
  maxConcurrent?: number // --max-concurrent (replicated-job)
  env: string[]
  labels: Record<string, string>
  restart: RestartOptions
  runtime?: TaskRuntime
  update?: RolloutOptions // --update-*
  rollback?: RolloutOptions // --rollback-*
  placement?: PlacementCreateOptions // --constraint, --placement-pref, --reserve-*, --limit-*, --publish...
  secrets?: SecretReference[] // --secret
  configs?: ConfigReference[] // --config
  networks?: NetworkAttachmentConfig[] // --network
  endpointMode?: 'vip' | 'dnsrr' // --endpoint-mode
  log?: LogOptions // --log-driver, --log-opt
}

export interface LogOptions {
  driver?: string
  options: Record<string, string>
}

// --log-driver and --log-opt: the options merge into what the service has (docker's
// update ignores --log-opt without --log-driver; here it changes what it names).
function applyLog(spec: ServiceSpec, log: LogOptions | undefined): void {
  if (!log || (log.driver === undefined && Object.keys(log.options).length === 0)) return
  const current = spec.TaskTemplate.LogDriver
  spec.TaskTemplate.LogDriver = { Name: log.driver ?? current?.Name ?? '', Options: { ...(current?.Options ?? {}), ...log.options } }
}

function restartPolicy(options: RestartOptions, base: RestartPolicy = {}): RestartPolicy | undefined {
  const policy: RestartPolicy = { ...base }
  if (options.condition !== undefined) policy.Condition = options.condition
  if (options.delayNs !== undefined) policy.Delay = options.delayNs
  if (options.maxAttempts !== undefined) policy.MaxAttempts = options.maxAttempts
  return Object.keys(policy).length > 0 ? policy : undefined
}

const REPLICAS_NEED_REPLICATED = 'replicas can only be used with replicated mode'

export function buildServiceSpec(options: CreateOptions): ServiceSpec {
  if (options.image === '') throw new UsageError('IMAGE must not be empty')
  if ((options.mode === 'global' || options.mode === 'global-job') && options.replicas !== undefined) throw new UsageError(REPLICAS_NEED_REPLICATED)
  if (options.mode !== 'replicated-job' && options.maxConcurrent !== undefined) throw new UsageError('max-concurrent can only be used with replicated-job mode')
  const spec: ServiceSpec = {
    Labels: options.labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: options.image,
        ...(options.args.length > 0 ? { Args: options.args } : {}),
        ...(options.env.length > 0 ? { Env: options.env } : {}),
      },
    },
    // Replicated defaults to one replica, as docker's daemon does; sent explicitly so the
    // spec reads the same whether or not the daemon fills defaults in.
    Mode: modeSpec(options),
  }
  if (options.name !== undefined) spec.Name = options.name
  const policy = restartPolicy(options.restart)
  if (policy) spec.TaskTemplate.RestartPolicy = policy
  if (options.runtime !== undefined) spec.TaskTemplate.Runtime = options.runtime
  applyPlacementCreate(spec, options.placement)
  applyFilesCreate(spec, 'secret', options.secrets ?? [])
  applyFilesCreate(spec, 'config', options.configs ?? [])
  applyLog(spec, options.log)
  applyNetworksCreate(spec, options.networks ?? [], options.endpointMode)
  const update = applyRolloutOptions(options.update ?? {}, undefined)
  if (update) spec.UpdateConfig = update
  const rollback = applyRolloutOptions(options.rollback ?? {}, undefined)
  if (rollback) spec.RollbackConfig = rollback
  return spec
}

// docker's CLI: a replicated job runs --replicas tasks at a time unless --max-concurrent
// says otherwise (and the daemon's defaults fill what neither gives).
function modeSpec(options: CreateOptions): ServiceSpec['Mode'] {
  switch (options.mode) {
    case 'global':
      return { Global: {} }
    case 'global-job':
      return { GlobalJob: {} }
    case 'replicated-job': {
      const job: { MaxConcurrent?: number; TotalCompletions?: number } = {}
      const concurrent = options.maxConcurrent ?? options.replicas
      if (concurrent !== undefined) job.MaxConcurrent = concurrent
      if (options.replicas !== undefined) job.TotalCompletions = options.replicas
      return { ReplicatedJob: job }
    }
    default:
      return { Replicated: { Replicas: options.replicas ?? 1 } }
  }
}

export interface UpdateOptions {
  image?: string
  args?: string[]
  envAdd: string[]
  envRemove: string[] // keys
  labelAdd: Record<string, string>
  labelRemove: string[] // keys
  replicas?: number
  maxConcurrent?: number // --max-concurrent (replicated-job)
  restart: RestartOptions
  runtime?: TaskRuntime
  update?: RolloutOptions // --update-*
  rollback?: RolloutOptions // --rollback-*
  // --force: bump ForceUpdate so every task is replaced even though nothing else changed.
  force?: boolean
  placement?: PlacementUpdateOptions // --constraint-add/-rm, --placement-pref-add/-rm, --publish-add/-rm...
  secretAdd?: SecretReference[] // --secret-add
  secretRemove?: string[] // --secret-rm (names)
  configAdd?: ConfigReference[] // --config-add
  configRemove?: string[] // --config-rm (names)
  log?: LogOptions // --log-driver, --log-opt
  networkAdd?: NetworkAttachmentConfig[] // --network-add
  networkRemove?: string[] // --network-rm (names or ids)
  endpointMode?: 'vip' | 'dnsrr' // --endpoint-mode
  // Network names and id prefixes the user gave, to the ids the service stores.
  networkIds?: ReadonlyMap<string, string>
}

// Applies an update to a copy of the service's current spec (the daemon replaces the
// whole spec, so everything not mentioned must be carried over).
export function applyServiceUpdate(service: Service, options: UpdateOptions): ServiceSpec {
  const spec = structuredClone(service.Spec)
  spec.TaskTemplate ??= {}
  const container = (spec.TaskTemplate.ContainerSpec ??= { Image: '' })

  if (options.image !== undefined) {
    if (options.image === '') throw new UsageError('--image must not be empty')
    container.Image = options.image
  }
  if (options.args !== undefined) container.Args = options.args

  if (options.envAdd.length > 0 || options.envRemove.length > 0) {
    container.Env = updateEnv(container.Env ?? [], options.envAdd, options.envRemove)
  }

  if (Object.keys(options.labelAdd).length > 0 || options.labelRemove.length > 0) {
    const labels = { ...(spec.Labels ?? {}) }
    for (const key of options.labelRemove) delete labels[key]
    Object.assign(labels, options.labelAdd)
    spec.Labels = labels
  }

  if (options.replicas !== undefined) setReplicas(spec, options.replicas)
  if (options.maxConcurrent !== undefined) {
    if (!spec.Mode?.ReplicatedJob) throw new UsageError('max-concurrent can only be used with replicated-job mode')
    spec.Mode = { ReplicatedJob: { ...spec.Mode.ReplicatedJob, MaxConcurrent: options.maxConcurrent } }
  }

  const policy = restartPolicy(options.restart, spec.TaskTemplate.RestartPolicy)
  if (policy) spec.TaskTemplate.RestartPolicy = policy
  if (options.runtime !== undefined) spec.TaskTemplate.Runtime = options.runtime
  if (options.force) spec.TaskTemplate.ForceUpdate = (spec.TaskTemplate.ForceUpdate ?? 0) + 1
  applyPlacementUpdate(spec, options.placement)
  applyFilesUpdate(spec, 'secret', options.secretAdd ?? [], options.secretRemove ?? [])
  applyFilesUpdate(spec, 'config', options.configAdd ?? [], options.configRemove ?? [])
  applyLog(spec, options.log)
  applyNetworksUpdate(spec, options.networkAdd ?? [], options.networkRemove ?? [], options.endpointMode, options.networkIds ?? new Map())
  const update = applyRolloutOptions(options.update ?? {}, spec.UpdateConfig)
  if (update) spec.UpdateConfig = update
  const rollback = applyRolloutOptions(options.rollback ?? {}, spec.RollbackConfig)
  if (rollback) spec.RollbackConfig = rollback
  return spec
}

// docker's order: removals first, then additions, so `--env-rm A --env-add A=2` sets A.
// Existing variables keep their position; an added key that already exists is replaced
// in place; new keys go at the end.
export function updateEnv(current: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  const removeKeys = new Set(remove.map(envKey))
  const env = current.filter((entry) => !removeKeys.has(envKey(entry)))
  for (const entry of add) {
    const key = envKey(entry)
    const at = env.findIndex((e) => envKey(e) === key)
    if (at === -1) env.push(entry)
    else env[at] = entry
  }
  return env
}

export function setReplicas(spec: ServiceSpec, replicas: number): void {
  // A replicated job's replicas are its total completions (docker's scale of a job).
  if (spec.Mode?.ReplicatedJob) {
    spec.Mode = { ReplicatedJob: { ...spec.Mode.ReplicatedJob, TotalCompletions: replicas } }
    return
  }
  // Not a UsageError: the invocation is fine, the service just isn't replicated.
  if (spec.Mode?.Global || (spec.Mode && !spec.Mode.Replicated)) throw new Error(REPLICAS_NEED_REPLICATED)
  spec.Mode = { ...spec.Mode, Replicated: { ...(spec.Mode?.Replicated ?? {}), Replicas: replicas } }
}
