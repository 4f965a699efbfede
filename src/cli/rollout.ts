// The --update-* and --rollback-* flags of `service create` and `service update`: their
// oclif definitions (one place, so both commands spell them alike), their validation, and
// how they become a docker UpdateConfig / RollbackConfig.
//
// As docker's CLI: a config is sent only when one of its flags is given, and then whole,
// with docker's defaults for the fields not given (a daemon reads a missing Parallelism as
// 0, "all at once", so leaving it out would not mean "the default").

import { Flags } from '@oclif/core'

import type { Service, ServiceSpec, ServiceUpdateResponse, UpdateConfig, UpdateFailureAction, UpdateOrder } from '../api/client'
import { parseNonNegativeDuration } from './duration'
import { UsageError } from './errors'
import { parseUint } from './parse'

export type RolloutKind = 'update' | 'rollback'

export interface RolloutOptions {
  parallelism?: number
  delayNs?: number
  failureAction?: UpdateFailureAction
  monitorNs?: number
  maxFailureRatio?: number
  order?: UpdateOrder
}

// docker's defaults (SwarmKit's defaults.Service.Update and .Rollback are the same).
export const DEFAULT_ROLLOUT_CONFIG: Readonly<Required<UpdateConfig>> = {
  Parallelism: 1,
  Delay: 0,
  FailureAction: 'pause',
  Monitor: 5e9,
  MaxFailureRatio: 0,
  Order: 'stop-first',
}

function flagsFor(kind: RolloutKind) {
  const update = kind === 'update'
  const Kind = update ? 'Update' : 'Rollback'
  return {
    [`${kind}-parallelism`]: Flags.string({
      summary: `Maximum number of tasks ${update ? 'updated' : 'rolled back'} simultaneously (0 to ${update ? 'update' : 'roll back'} all at once)`,
      helpValue: 'uint',
    }),
    [`${kind}-delay`]: Flags.string({ summary: `Delay between ${update ? 'updates' : 'task rollbacks'} (ns|us|ms|s|m|h)`, helpValue: 'duration' }),
    [`${kind}-failure-action`]: Flags.string({
      summary: `Action on ${kind} failure (${update ? '"pause", "continue", "rollback"' : '"pause", "continue"'})`,
      helpValue: 'string',
    }),
    [`${kind}-monitor`]: Flags.string({ summary: `Duration after each task ${kind} to monitor for failure (ns|us|ms|s|m|h)`, helpValue: 'duration' }),
    [`${kind}-max-failure-ratio`]: Flags.string({ summary: `Failure rate to tolerate during ${update ? 'an update' : 'a rollback'}`, helpValue: 'float' }),
    [`${kind}-order`]: Flags.string({ summary: `${Kind} order ("start-first", "stop-first")`, helpValue: 'string' }),
  }
}

export const rolloutFlags = { ...flagsFor('update'), ...flagsFor('rollback') }

function ratio(text: string, flag: string): number {
  const trimmed = text.trim()
  const value = Number(trimmed)
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(trimmed) || value > 1)
    throw new UsageError(`invalid ${flag} value "${text}": must be a number between 0 and 1`)
  return value
}

function oneOf<T extends string>(text: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T
  throw new UsageError(`invalid ${flag} value "${text}": must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`)
}

// Validates the flags of one kind; every value is checked before anything is sent.
export function rolloutOptions(flags: Record<string, unknown>, kind: RolloutKind): RolloutOptions {
  const get = (name: string) => flags[`${kind}-${name}`] as string | undefined
  const flag = (name: string) => `--${kind}-${name}`
  const out: RolloutOptions = {}
  const p = get('parallelism')
  if (p !== undefined) out.parallelism = parseUint(p, `${flag('parallelism')} value`)
  const delay = get('delay')
  if (delay !== undefined) out.delayNs = parseNonNegativeDuration(delay, flag('delay'))
  const action = get('failure-action')
  if (action !== undefined) {
    const allowed: UpdateFailureAction[] = kind === 'update' ? ['pause', 'continue', 'rollback'] : ['pause', 'continue']
    out.failureAction = oneOf(action, allowed, flag('failure-action'))
  }
  const monitor = get('monitor')
  if (monitor !== undefined) out.monitorNs = parseNonNegativeDuration(monitor, flag('monitor'))
  const r = get('max-failure-ratio')
  if (r !== undefined) out.maxFailureRatio = ratio(r, flag('max-failure-ratio'))
  const order = get('order')
  if (order !== undefined) out.order = oneOf(order, ['start-first', 'stop-first'] as const, flag('order'))
  return out
}

export function hasRolloutOptions(o: RolloutOptions): boolean {
  return Object.values(o).some((v) => v !== undefined)
}

// The config to send: `base` (the service's current one, or docker's defaults when it has
// none) with the given options applied; undefined when no option was given and there is
// no base, so the daemon's defaults apply.
export function applyRolloutOptions(options: RolloutOptions, base: UpdateConfig | undefined): UpdateConfig | undefined {
  if (!hasRolloutOptions(options)) return base
  const c: UpdateConfig = { ...(base ?? DEFAULT_ROLLOUT_CONFIG) }
  if (options.parallelism !== undefined) c.Parallelism = options.parallelism
  if (options.delayNs !== undefined) c.Delay = options.delayNs
  if (options.failureAction !== undefined) c.FailureAction = options.failureAction
  if (options.monitorNs !== undefined) c.Monitor = options.monitorNs
  if (options.maxFailureRatio !== undefined) c.MaxFailureRatio = options.maxFailureRatio
  if (options.order !== undefined) c.Order = options.order
  return c
}

// docker's rollback request: POST /services/{id}/update?rollback=previous with the current
// spec and version (the daemon restores the previous spec). Resolves with the service id.
export async function requestRollback(
  client: { serviceInspect(ref: string): Promise<Service>; serviceUpdate(id: string, version: number, spec: ServiceSpec, options: { rollback?: boolean }): Promise<ServiceUpdateResponse> },
  ref: string,
): Promise<{ id: string; warnings: readonly string[] }> {
  const service = await client.serviceInspect(ref)
  const result = await client.serviceUpdate(service.ID, service.Version?.Index ?? 0, service.Spec, { rollback: true })
  return { id: service.ID, warnings: result.Warnings ?? [] }
}
