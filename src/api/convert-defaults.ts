// GET /services[/{id}]?insertDefaults=true: the spec with what was left unset filled in
// with the values in effect, as SwarmKit's api/defaults InterpolateService does (docker
// service inspect asks for it). Only the fields SwarmKit fills, with its values, so the
// answer reads as dockerd's; the stored spec is unchanged.
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
  tt.RestartPolicy = tt.RestartPolicy ? { ...tt.RestartPolicy, Delay: tt.RestartPolicy.Delay ?? 5 * SECOND } : { Condition: 'any', Delay: 5 * SECOND, MaxAttempts: 0 }
  tt.Placement ??= {}
  return { ...spec, TaskTemplate: tt, UpdateConfig: withUpdateDefaults(spec.UpdateConfig), RollbackConfig: withUpdateDefaults(spec.RollbackConfig) }
}
