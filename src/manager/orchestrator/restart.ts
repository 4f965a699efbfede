// The restart supervisor's decision for a live task whose process has ended: replace it
// now, later (restart delay), or never (condition or attempts exhausted). Stateless: it
// reads only the task, so a manager restart loses no pending restart.
import { TaskState } from '../../agent/types'
import type { Shared, Task } from '../store'
import { isTerminal } from './tasks'

// SwarmKit's defaults for a spec without a RestartPolicy (docker's nil, what docker's CLI
// sends without --restart-* flags): restart on any exit after 5 s, no limit; a job's task
// (docker's jobs) only on failure.
export const DEFAULT_RESTART_DELAY_NS = 5e9

export function restartConditionDefault(job: boolean): string {
  return job ? 'on-failure' : 'any'
}

export type RestartDecision = { kind: 'none' } | { kind: 'now' } | { kind: 'later'; inMs: number }

export function restartDecision(t: Shared<Task>, now = Date.now()): RestartDecision {
  const state = t.status?.state ?? TaskState.NEW
  if (!isTerminal(state)) return { kind: 'none' }
  const policy = t.spec?.restart
  const condition = policy?.condition || restartConditionDefault(Number(t.jobIteration) > 0)
  if (condition === 'none') return { kind: 'none' }
  if (condition === 'on-failure' && state === TaskState.COMPLETE) return { kind: 'none' }
  const max = Number(policy?.maxAttempts ?? 0)
  if (max > 0 && Number(t.restartAttempt) >= max) return { kind: 'none' }
  const delayMs = Number(policy ? policy.delayNs ?? 0 : DEFAULT_RESTART_DELAY_NS) / 1e6
  const due = Number(t.status?.timestamp ?? 0) + delayMs
  return due <= now ? { kind: 'now' } : { kind: 'later', inMs: due - now }
}
