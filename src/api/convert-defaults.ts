// GET /services[/{id}]?insertDefaults=true: the spec with what was left unset filled in
// with the values in effect, as SwarmKit's api/defaults InterpolateService does (docker
// service inspect asks for it). Only the fields SwarmKit fills, with its values, so the
// answer reads as dockerd's; the stored spec is unchanged.
import { DEFAULT_RESTART_DELAY_NS, restartConditionDefault } from '../manager/orchestrator/restart'

type Json = Record<string, any>

const SECOND = 1e9

// SwarmKit's defaults.Service.Update (and .Rollback).
const DEFAULT_UPDATE = { Parallelism: 1, FailureAction: 'pause', Monitor: 5 * SECOND, MaxFailureRatio: 0, Order: 'stop-first' }

function withUpdateDefaults(c: Json | undefined): Json {
  if (!c) return { ...DEFAULT_UPDATE }
  return { ...c, Monitor: c.Monitor ?? DEFAULT_UPDATE.Monitor }
}

export function insertServiceDefaults(spec: Json): Json {
  const tt: Json = { ...(spec.TaskTemplate ?? {}) }
  tt.ContainerSpec = { ...(tt.ContainerSpec ?? {}) }
  tt.ContainerSpec.StopGracePeriod ??= 10 * SECOND
  tt.ContainerSpec.DNSConfig ??= {}
  tt.Resources ??= {}
  // A job's tasks restart on failure only (orchestrator/restart.ts), whatever SwarmKit shows.
  const job = Boolean(spec.Mode?.ReplicatedJob || spec.Mode?.GlobalJob)
  tt.RestartPolicy = tt.RestartPolicy
    ? { ...tt.RestartPolicy, Delay: tt.RestartPolicy.Delay ?? DEFAULT_RESTART_DELAY_NS }
    : { Condition: restartConditionDefault(job), Delay: DEFAULT_RESTART_DELAY_NS, MaxAttempts: 0 }
  tt.Placement ??= {}
  return { ...spec, TaskTemplate: tt, UpdateConfig: withUpdateDefaults(spec.UpdateConfig), RollbackConfig: withUpdateDefaults(spec.RollbackConfig) }
}
