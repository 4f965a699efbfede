// docker's ServiceSpec.Mode <-> ServiceSpec.mode/replicas/max_concurrent, and the job
// fields of services and tasks (docker's swarm jobs: src/manager/orchestrator/jobs.ts).
import { invalid } from '../manager/errors'
import { isJobMode } from '../manager/modes'
import { restartConditionDefault } from '../manager/orchestrator/restart'
import type { v1 } from '../manager/store'
import { nonNegativeInt } from './convert'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ModeFields {
  mode: string
  replicas: number
  maxConcurrent: number
}

const KINDS = ['Replicated', 'Global', 'ReplicatedJob', 'GlobalJob'] as const

export function modeFromDocker(value: unknown): ModeFields {
  const mode: Json = value === undefined || value === null ? { Replicated: { Replicas: 1 } } : (value as Json)
  if (typeof mode !== 'object' || Array.isArray(mode)) throw invalid('invalid Mode: must be an object')
  const given = KINDS.filter((k) => mode[k] !== undefined && mode[k] !== null)
  if (given.length > 1) throw invalid(`a service has one mode, not ${given.join(' and ')}`)
  const unknown = Object.keys(mode).filter((k) => !(KINDS as readonly string[]).includes(k))
  if (unknown.length > 0) throw invalid(`unsupported service mode ${unknown.join(', ')}: expected Replicated, Global, ReplicatedJob or GlobalJob`)
  switch (given[0]) {
    case 'Global':
      return { mode: 'global', replicas: 0, maxConcurrent: 0 }
    case 'GlobalJob':
      return { mode: 'global-job', replicas: 0, maxConcurrent: 0 }
    case 'Replicated':
      // Bounded by the swarm's task limit when the service is written (Control).
      return { mode: 'replicated', replicas: mode.Replicated.Replicas === undefined ? 1 : nonNegativeInt(mode.Replicated.Replicas, 'replicas'), maxConcurrent: 0 }
    case 'ReplicatedJob': {
      // docker's defaults: MaxConcurrent 1, TotalCompletions MaxConcurrent.
      const job: Json = mode.ReplicatedJob
      const maxConcurrent = job.MaxConcurrent === undefined ? 1 : nonNegativeInt(job.MaxConcurrent, 'MaxConcurrent')
      const replicas = job.TotalCompletions === undefined ? maxConcurrent : nonNegativeInt(job.TotalCompletions, 'TotalCompletions')
      return { mode: 'replicated-job', replicas, maxConcurrent }
    }
    default:
      throw invalid('unsupported service mode: expected Replicated, Global, ReplicatedJob or GlobalJob')
  }
}

export function modeToDocker(s: v1.IServiceSpec): Json {
  switch (s.mode) {
    case 'global':
      return { Global: {} }
    case 'global-job':
      return { GlobalJob: {} }
    case 'replicated-job':
      return { ReplicatedJob: { MaxConcurrent: Number(s.maxConcurrent ?? 0), TotalCompletions: Number(s.replicas ?? 0) } }
    default:
      return { Replicated: { Replicas: Number(s.replicas ?? 0) } }
  }
}

// What jobs refuse, as SwarmKit's validateJob: a restart policy of "any" (a completed
// task would run again) and a rolling update config (every update runs the job anew).
// A job's restart condition defaults to on-failure. Returns the condition to store.
export function jobRestartCondition(mode: string, condition: string | undefined, spec: Json): string {
  if (!isJobMode(mode)) return condition ?? restartConditionDefault(false)
  if (condition === 'any') throw invalid(`restart condition "any" cannot be used with a job (${mode}): a completed task is never run again; use on-failure or none`)
  if (spec.UpdateConfig !== undefined && spec.UpdateConfig !== null) throw invalid(`UpdateConfig cannot be used with a job (${mode}): every update runs the job again`)
  if (spec.RollbackConfig !== undefined && spec.RollbackConfig !== null) throw invalid(`RollbackConfig cannot be used with a job (${mode})`)
  return condition ?? restartConditionDefault(true)
}

export function jobStatusToDocker(s: v1.IService): Json | undefined {
  if (!isJobMode(s.spec?.mode) || !s.jobStatus) return undefined
  return { JobIteration: { Index: Number(s.jobStatus.jobIteration ?? 0) }, LastExecution: new Date(Number(s.jobStatus.lastExecution ?? 0)).toISOString() }
}
