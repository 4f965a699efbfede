// The scheduling flags of `service create` and `service update`: --constraint,
// --placement-pref, --replicas-max-per-node, --reserve-*/--limit-* and --publish, their
// oclif definitions (one place, so both commands spell them alike), their parsing with
// docker's syntax and units, and how they change a ServiceSpec.
//
// Constraints themselves are checked by the daemon (one parser, the scheduler's), which
// names the bad one; everything else is checked here before anything is sent.

import { Flags } from '@oclif/core'

import type { PortConfig, ServiceSpec } from '../api/client'
import { UsageError } from './errors'
import { parseUint } from './parse'

// Repeatable and not greedy (see base.ts's repeatable()), with any short name.
function list(summary: string, helpValue: string, char?: 'p') {
  return Flags.string({ summary, helpValue, char, multiple: true, multipleNonGreedy: true })
}

const resourceFlags = {
  'reserve-cpu': Flags.string({ summary: 'Reserve CPUs (e.g. 0.5): the task is placed only where this much is unreserved', helpValue: 'decimal' }),
  'reserve-memory': Flags.string({ summary: 'Reserve memory (e.g. 512M, 1G)', helpValue: 'bytes' }),
  'limit-cpu': Flags.string({ summary: 'Limit CPUs (a cgroup limit with the container runtime; the process runtime does not enforce it)', helpValue: 'decimal' }),
  'limit-memory': Flags.string({ summary: 'Limit memory (a cgroup limit with the container runtime; the process runtime does not enforce it)', helpValue: 'bytes' }),
  'replicas-max-per-node': Flags.string({ summary: 'Maximum number of tasks per node (default 0 = unlimited)', helpValue: 'uint' }),
}

export const placementCreateFlags = {
  constraint: list('Placement constraints (e.g. node.labels.zone==eu, node.role!=manager)', 'expr'),
  'placement-pref': list('Add a placement preference (spread=node.labels.<name>)', 'pref'),
  publish: list('Publish a port as a node port (8080:80, or mode=host,target=80,published=8080[,protocol=udp])', 'port', 'p'),
  ...resourceFlags,
}

export const placementUpdateFlags = {
  'constraint-add': list('Add or update a placement constraint', 'expr'),
  'constraint-rm': list('Remove a constraint', 'expr'),
  'placement-pref-add': list('Add a placement preference', 'pref'),
  'placement-pref-rm': list('Remove a placement preference', 'pref'),
  'publish-add': list('Add or update a published port', 'port'),
  'publish-rm': list('Remove a published port by its target port', 'port'),
  ...resourceFlags,
}

// ---- values ----

// docker's opts.NanoCPUs: a decimal number of CPUs, exact to the nanoCPU.
export function parseCpus(text: string, flag: string): number {
  const t = text.trim()
  const m = /^(\d*)(?:\.(\d*))?$/.exec(t)
  if (!m || t === '' || t === '.') throw new UsageError(`invalid ${flag} value "${text}": expected a number of CPUs such as 0.5 or 2`)
  const frac = (m[2] ?? '').replace(/0+$/, '')
  if (frac.length > 9) throw new UsageError(`invalid ${flag} value "${text}": too precise (at most 9 decimals)`)
  const nano = Number(m[1] || '0') * 1e9 + Number(frac.padEnd(9, '0') || '0')
  if (!Number.isSafeInteger(nano)) throw new UsageError(`invalid ${flag} value "${text}": too large`)
  return nano
}

const BINARY_UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 }

// docker's units.RAMInBytes: a number with an optional binary unit (k, m, g, t, p;
// case-insensitive; "b" and "ib" suffixes optional): 512M = 512 MiB.
export function parseBytes(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(?:i?b)?$/i.exec(text.trim())
  if (!m) throw new UsageError(`invalid ${flag} value "${text}": expected a size such as 512M or 1G`)
  const bytes = Math.floor(Number(m[1]) * BINARY_UNITS[m[2].toLowerCase()])
  if (!Number.isSafeInteger(bytes)) throw new UsageError(`invalid ${flag} value "${text}": too large`)
  return bytes
}

// docker's --placement-pref: "spread=<descriptor>", the only strategy there is.
export function parsePlacementPref(text: string): string {
  const fields = text.split('=')
  if (fields.length !== 2) throw new UsageError(`invalid placement preference "${text}": must be of the format "<strategy>=<arg>"`)
  if (fields[0] !== 'spread') throw new UsageError(`invalid placement preference "${text}": unsupported strategy "${fields[0]}" (only spread is supported)`)
  if (fields[1] === '') throw new UsageError(`invalid placement preference "${text}": missing what to spread over (e.g. spread=node.labels.zone)`)
  return fields[1]
}

function port(text: string, what: string, min: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`invalid ${what} "${text}": must be a number from ${min} to 65535`)
  const n = Number(text)
  if (n < min || n > 65535) throw new UsageError(`invalid ${what} "${text}": must be a number from ${min} to 65535`)
  return n
}

function range(text: string, what: string, min: number): [number, number] {
  const dash = text.indexOf('-')
  if (dash === -1) {
    const p = port(text, what, min)
    return [p, p]
  }
  const start = port(text.slice(0, dash), what, min)
  const end = port(text.slice(dash + 1), what, min)
  if (end < start) throw new UsageError(`invalid ${what} range "${text}": the end is before the start`)
  return [start, end]
}

// docker's --publish (opts.PortOpt). The long form is comma-separated key=value fields:
// mode (ingress|host), target, published, protocol (tcp|udp|sctp). The short form is
// [published:]target[/protocol], where either side may be a range of equal length;
// it publishes in ingress mode. (Docker ignores an IP address in the short form, with a
// warning; shoal refuses it, since it would not be honoured.)
export function parsePublish(text: string): PortConfig[] {
  if (/\w+=\w+(,\w+=\w+)*/.test(text)) {
    const out: PortConfig = {}
    for (const field of text.split(',')) {
      const eq = field.indexOf('=')
      const key = field.slice(0, eq).trim().toLowerCase()
      const value = field.slice(eq + 1).trim().toLowerCase()
      if (eq <= 0) throw new UsageError(`invalid publish value "${text}": invalid field "${field}"`)
      switch (key) {
        case 'mode':
          if (value !== 'ingress' && value !== 'host') throw new UsageError(`invalid publish mode value (${value}): must be either 'ingress' or 'host'`)
          out.PublishMode = value
          break
        case 'target':
          out.TargetPort = port(value, 'target port', 1)
          break
        case 'published':
          out.PublishedPort = port(value, 'published port', 0)
          break
        case 'protocol':
          if (!['tcp', 'udp', 'sctp'].includes(value)) throw new UsageError(`invalid protocol value '${value}': must be tcp, udp or sctp`)
          out.Protocol = value
          break
        default:
          throw new UsageError(`invalid publish value "${text}": invalid field key "${key}" (expected mode, target, published, protocol)`)
      }
    }
    if (!out.TargetPort) throw new UsageError(`invalid publish value "${text}": missing mandatory field 'target'`)
    return [{ Protocol: out.Protocol ?? 'tcp', TargetPort: out.TargetPort, PublishedPort: out.PublishedPort ?? 0, PublishMode: out.PublishMode ?? 'ingress' }]
  }
  const slash = text.indexOf('/')
  const spec = slash === -1 ? text : text.slice(0, slash)
  const protocol = slash === -1 ? 'tcp' : text.slice(slash + 1).toLowerCase()
  if (!['tcp', 'udp', 'sctp'].includes(protocol)) throw new UsageError(`invalid publish value "${text}": invalid protocol "${protocol}"`)
  const parts = spec.split(':')
  if (parts.length > 2) throw new UsageError(`invalid publish value "${text}": service ports take no IP address (expected [published:]target[/protocol])`)
  const [targetText, publishedText] = parts.length === 2 ? [parts[1], parts[0]] : [parts[0], '']
  const [t0, t1] = range(targetText, 'target port', 1)
  const [p0, p1] = publishedText === '' ? [0, 0] : range(publishedText, 'published port', 0)
  if (publishedText !== '' && p1 - p0 !== t1 - t0)
    throw new UsageError(`invalid publish value "${text}": the published and target ranges must be the same length`)
  const out: PortConfig[] = []
  for (let i = 0; i <= t1 - t0; i++) out.push({ Protocol: protocol, TargetPort: t0 + i, PublishedPort: publishedText === '' ? 0 : p0 + i, PublishMode: 'ingress' })
  return out
}

// ---- options ----

export interface ResourceOptions {
  reserveCpu?: number
  reserveMemory?: number
  limitCpu?: number
  limitMemory?: number
  maxReplicas?: number
}

export interface PlacementCreateOptions extends ResourceOptions {
  constraints: string[]
  preferences: string[] // spread descriptors
  ports: PortConfig[]
}

export interface PlacementUpdateOptions extends ResourceOptions {
  constraintAdd: string[]
  constraintRm: string[]
  preferenceAdd: string[]
  preferenceRm: string[]
  publishAdd: PortConfig[]
  publishRm: PortConfig[]
}

type FlagValues = Record<string, unknown>

function resourceOptions(flags: FlagValues): ResourceOptions {
  const get = (name: string) => flags[name] as string | undefined
  const out: ResourceOptions = {}
  if (get('reserve-cpu') !== undefined) out.reserveCpu = parseCpus(get('reserve-cpu')!, '--reserve-cpu')
  if (get('reserve-memory') !== undefined) out.reserveMemory = parseBytes(get('reserve-memory')!, '--reserve-memory')
  if (get('limit-cpu') !== undefined) out.limitCpu = parseCpus(get('limit-cpu')!, '--limit-cpu')
  if (get('limit-memory') !== undefined) out.limitMemory = parseBytes(get('limit-memory')!, '--limit-memory')
  if (get('replicas-max-per-node') !== undefined) out.maxReplicas = parseUint(get('replicas-max-per-node')!, '--replicas-max-per-node value')
  return out
}

const strings = (v: unknown) => (v as string[] | undefined) ?? []

export function placementCreateOptions(flags: FlagValues): PlacementCreateOptions {
  return {
    ...resourceOptions(flags),
    constraints: strings(flags.constraint),
    preferences: strings(flags['placement-pref']).map(parsePlacementPref),
    ports: strings(flags.publish).flatMap(parsePublish),
  }
}

export function placementUpdateOptions(flags: FlagValues): PlacementUpdateOptions {
  return {
    ...resourceOptions(flags),
    constraintAdd: strings(flags['constraint-add']),
    constraintRm: strings(flags['constraint-rm']),
    preferenceAdd: strings(flags['placement-pref-add']).map(parsePlacementPref),
    preferenceRm: strings(flags['placement-pref-rm']).map(parsePlacementPref),
    publishAdd: strings(flags['publish-add']).flatMap(parsePublish),
    publishRm: strings(flags['publish-rm']).flatMap(parsePublish),
  }
}

// ---- applying them to a spec ----

function applyResources(spec: ServiceSpec, o: ResourceOptions): void {
  const tt = spec.TaskTemplate
  const set = (kind: 'Limits' | 'Reservations', field: 'NanoCPUs' | 'MemoryBytes', value: number | undefined) => {
    if (value === undefined) return
    tt.Resources ??= {}
    const block = (tt.Resources[kind] ??= {})
    // 0 clears, as in docker.
    if (value === 0) delete block[field]
    else block[field] = value
  }
  set('Reservations', 'NanoCPUs', o.reserveCpu)
  set('Reservations', 'MemoryBytes', o.reserveMemory)
  set('Limits', 'NanoCPUs', o.limitCpu)
  set('Limits', 'MemoryBytes', o.limitMemory)
  if (o.maxReplicas !== undefined) {
    if (spec.Mode?.Global) throw new UsageError('--replicas-max-per-node can only be used with replicated mode')
    tt.Placement ??= {}
    if (o.maxReplicas === 0) delete tt.Placement.MaxReplicas
    else tt.Placement.MaxReplicas = o.maxReplicas
  }
}

export function applyPlacementCreate(spec: ServiceSpec, o: PlacementCreateOptions | undefined): void {
  if (!o) return
  applyResources(spec, o)
  if (o.constraints.length > 0) (spec.TaskTemplate.Placement ??= {}).Constraints = o.constraints
  if (o.preferences.length > 0) (spec.TaskTemplate.Placement ??= {}).Preferences = o.preferences.map((d) => ({ Spread: { SpreadDescriptor: d } }))
  if (o.ports.length > 0) spec.EndpointSpec = { ...(spec.EndpointSpec ?? {}), Ports: o.ports }
}

// docker's portConfigToString: what identifies a port when adding (an existing identical
// one is not added twice) and how the result is sorted.
const portKey = (p: PortConfig) => `${p.PublishedPort ?? 0}:${p.TargetPort ?? 0}/${p.Protocol || 'tcp'}/${p.PublishMode || 'ingress'}`

export function applyPlacementUpdate(spec: ServiceSpec, o: PlacementUpdateOptions | undefined): void {
  if (!o) return
  applyResources(spec, o)
  const tt = spec.TaskTemplate
  // docker's order for constraints: additions, then removals, then sorted.
  if (o.constraintAdd.length > 0 || o.constraintRm.length > 0) {
    const remove = new Set(o.constraintRm)
    const all = [...(tt.Placement?.Constraints ?? []), ...o.constraintAdd.filter((c) => !(tt.Placement?.Constraints ?? []).includes(c))]
    tt.Placement ??= {}
    tt.Placement.Constraints = all.filter((c) => !remove.has(c)).sort()
  }
  // Preferences keep their order (the first is the outermost level): removals, then
  // additions at the end.
  if (o.preferenceAdd.length > 0 || o.preferenceRm.length > 0) {
    const remove = new Set(o.preferenceRm)
    const kept = (tt.Placement?.Preferences ?? []).filter((p) => !remove.has(p.Spread?.SpreadDescriptor ?? ''))
    tt.Placement ??= {}
    tt.Placement.Preferences = [...kept, ...o.preferenceAdd.map((d) => ({ Spread: { SpreadDescriptor: d } }))]
  }
  // docker's updatePorts: a removal matches target port, protocol and mode; additions
  // already present are skipped; the result is sorted.
  if (o.publishAdd.length > 0 || o.publishRm.length > 0) {
    const current = spec.EndpointSpec?.Ports ?? []
    const seen = new Set<string>()
    const ports: PortConfig[] = []
    for (const p of current) {
      if (seen.has(portKey(p))) continue
      seen.add(portKey(p))
      const removed = o.publishRm.some((r) => r.TargetPort === p.TargetPort && (r.Protocol || 'tcp') === (p.Protocol || 'tcp') && (r.PublishMode || 'ingress') === (p.PublishMode || 'ingress'))
      if (!removed) ports.push(p)
    }
    for (const p of o.publishAdd) {
      if (seen.has(portKey(p))) continue
      seen.add(portKey(p))
      ports.push(p)
    }
    ports.sort((a, b) => (portKey(a) < portKey(b) ? -1 : portKey(a) > portKey(b) ? 1 : 0))
    spec.EndpointSpec = { ...(spec.EndpointSpec ?? {}), Ports: ports }
  }
}
