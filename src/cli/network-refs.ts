// The network flags of `service create` (--network, --endpoint-mode) and `service update`
// (--network-add, --network-rm, --endpoint-mode): docker's syntax (opts.NetworkOpt) and how
// they change a ServiceSpec. The CLI sends names; the daemon resolves them to ids and
// refuses unknown ones.
import { Flags } from '@oclif/core'

import type { NetworkAttachmentConfig, ServiceSpec } from '../api/client'
import { UsageError } from './errors'

function list(summary: string, helpValue: string) {
  return Flags.string({ summary, helpValue, multiple: true, multipleNonGreedy: true })
}

const endpointMode = Flags.string({ summary: 'Endpoint mode (vip or dnsrr)', helpValue: 'string' })

export const networkCreateFlags = {
  network: list('Network attachments (NAME, or name=NAME,alias=ALIAS)', 'network'),
  'endpoint-mode': endpointMode,
}

export const networkUpdateFlags = {
  'network-add': list('Add a network', 'network'),
  'network-rm': list('Remove a network', 'network'),
  'endpoint-mode': endpointMode,
}

// "backend" or "name=backend,alias=db,alias=primary" (docker's long syntax; driver-opt is
// not supported).
export function parseNetworkRef(text: string): NetworkAttachmentConfig {
  if (!text.includes('=')) {
    if (text.trim() === '') throw new UsageError('invalid network "": a network name is required')
    return { Target: text.trim() }
  }
  const ref: NetworkAttachmentConfig = { Target: '' }
  for (const field of text.split(',')) {
    const eq = field.indexOf('=')
    const key = field.slice(0, eq).trim().toLowerCase()
    const value = field.slice(eq + 1).trim()
    switch (eq === -1 ? '' : key) {
      case 'name':
        ref.Target = value
        break
      case 'alias':
        if (value === '') throw new UsageError(`invalid network "${text}": an alias must not be empty`)
        ;(ref.Aliases ??= []).push(value)
        break
      default:
        throw new UsageError(`invalid network "${text}": invalid field ${field} (expected name= or alias=)`)
    }
  }
  if (ref.Target === '') throw new UsageError(`invalid network "${text}": name is required`)
  return ref
}

export function parseEndpointMode(value: string): 'vip' | 'dnsrr' {
  const v = value.toLowerCase()
  if (v !== 'vip' && v !== 'dnsrr') throw new UsageError(`invalid endpoint mode "${value}": expected vip or dnsrr`)
  return v
}

export function applyNetworksCreate(spec: ServiceSpec, refs: readonly NetworkAttachmentConfig[], mode: 'vip' | 'dnsrr' | undefined): void {
  if (refs.length > 0) spec.TaskTemplate.Networks = [...refs]
  if (mode) spec.EndpointSpec = { ...(spec.EndpointSpec ?? {}), Mode: mode }
}

// docker's updateNetworks: removals first (by name or id as given, or as stored: the daemon
// stores ids, so a name given to --network-rm is matched against the ids `resolve` gives),
// then additions; adding a network already there is refused.
export function applyNetworksUpdate(
  spec: ServiceSpec,
  add: readonly NetworkAttachmentConfig[],
  remove: readonly string[],
  mode: 'vip' | 'dnsrr' | undefined,
  ids: ReadonlyMap<string, string>,
): void {
  if (add.length > 0 || remove.length > 0) {
    const idOf = (ref: string) => ids.get(ref) ?? ref
    const gone = new Set(remove.map(idOf))
    const kept = (spec.TaskTemplate.Networks ?? []).filter((n) => !gone.has(idOf(n.Target)))
    for (const a of add) {
      if (kept.some((n) => idOf(n.Target) === idOf(a.Target))) throw new UsageError(`service is already attached to network ${a.Target}`)
      kept.push(a)
    }
    spec.TaskTemplate.Networks = kept
  }
  if (mode) spec.EndpointSpec = { ...(spec.EndpointSpec ?? {}), Mode: mode }
}
