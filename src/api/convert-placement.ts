// Docker JSON <-> shoal objects for where tasks run and what they take: TaskTemplate.
// Placement, TaskTemplate.Resources and EndpointSpec (published ports). Validation is
// here, at the API's door, so the scheduler only ever meets specs it can act on; every
// message names the offending value.
import { isGlobalMode } from '../manager/modes'
import { TaskState } from '../agent/types'
import { invalid } from '../manager/errors'
import { checkSpreadDescriptor, ConstraintError, parseConstraints } from '../manager/scheduler/constraint'
import { num } from '../manager/scheduler/nodeinfo'
import { BOUNDS, boundedInt, checkBytes, checkCount } from '../manager/bounds'
import { v1 } from '../manager/store'

type Json = Record<string, any>

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function strings(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalid(`invalid ${what}: must be a list of strings`)
  return value
}

// ---- placement ----

export function placementFromDocker(value: unknown, mode: string): v1.Placement | null {
  if (value === undefined || value === null) return null
  if (!isObject(value)) throw invalid('invalid placement: must be an object')
  const constraints = strings(value.Constraints, 'placement constraints')
  checkCount(constraints.length, BOUNDS.constraints)
  for (const c of constraints) checkBytes(c, BOUNDS.constraintBytes)
  try {
    parseConstraints(constraints)
  } catch (err) {
    if (err instanceof ConstraintError) throw invalid(err.message)
    throw err
  }
  const preferences: v1.PlacementPreference[] = []
  if (value.Preferences !== undefined && value.Preferences !== null && !Array.isArray(value.Preferences)) throw invalid('invalid placement preferences: must be a list')
  checkCount(value.Preferences?.length ?? 0, BOUNDS.preferences)
  for (const p of (value.Preferences ?? []) as unknown[]) {
    const descriptor = isObject(p) && isObject(p.Spread) ? p.Spread.SpreadDescriptor : undefined
    if (typeof descriptor !== 'string' || descriptor === '') throw invalid(`invalid placement preference ${JSON.stringify(p)}: only {"Spread": {"SpreadDescriptor": "node.labels.<name>"}} is supported`)
    try {
      checkSpreadDescriptor(descriptor)
    } catch (err) {
      if (err instanceof ConstraintError) throw invalid(err.message)
      throw err
    }
    preferences.push(new v1.PlacementPreference({ spreadDescriptor: descriptor }))
  }
  const maxReplicas = boundedInt(value.MaxReplicas, BOUNDS.maxReplicasPerNode)
  if (maxReplicas > 0 && isGlobalMode(mode)) throw invalid('max replicas per node can only be used with replicated mode')
  const platforms: v1.Platform[] = []
  if (value.Platforms !== undefined && value.Platforms !== null && !Array.isArray(value.Platforms)) throw invalid('invalid placement platforms: must be a list')
  checkCount(value.Platforms?.length ?? 0, BOUNDS.platforms)
  for (const p of (value.Platforms ?? []) as unknown[]) {
    if (!isObject(p) || (p.OS !== undefined && typeof p.OS !== 'string') || (p.Architecture !== undefined && typeof p.Architecture !== 'string'))
      throw invalid(`invalid placement platform ${JSON.stringify(p)}: expected {"OS": "linux", "Architecture": "amd64"}`)
    platforms.push(new v1.Platform({ os: p.OS ?? '', architecture: p.Architecture ?? '' }))
  }
  // An empty placement is stored as none, so that a client sending back "Placement: {}"
  // does not look like a change of the task template (which would roll every task).
  if (constraints.length === 0 && preferences.length === 0 && maxReplicas === 0 && platforms.length === 0) return null
  return new v1.Placement({ constraints, preferences, maxReplicas, platforms })
}

export function placementToDocker(p: v1.IPlacement | null | undefined): Json | undefined {
  if (!p) return undefined
  const out: Json = {}
  if (p.constraints?.length) out.Constraints = [...p.constraints]
  if (p.preferences?.length) out.Preferences = p.preferences.map((x) => ({ Spread: { SpreadDescriptor: x.spreadDescriptor ?? '' } }))
  if (num(p.maxReplicas) > 0) out.MaxReplicas = num(p.maxReplicas)
  if (p.platforms?.length) out.Platforms = p.platforms.map((x) => ({ Architecture: x.architecture ?? '', OS: x.os ?? '' }))
  return out
}

// ---- resources ----

// SwarmKit's lower bounds: anything smaller is a unit mistake (512 instead of 512M).
const MIN_NANO_CPUS = 1e6
const MIN_MEMORY = 4 * 1024 * 1024

// Zero means "none", as in docker; an all-zero block is stored as none (see placement).
function resources(value: unknown, what: 'limit' | 'reservation'): v1.Resources | null {
  if (value === undefined || value === null) return null
  if (!isObject(value)) throw invalid(`invalid resource ${what}s: must be an object`)
  const nanoCpus = boundedInt(value.NanoCPUs, BOUNDS.counter, `cpu ${what} (NanoCPUs)`)
  const memoryBytes = boundedInt(value.MemoryBytes, BOUNDS.counter, `memory ${what} (MemoryBytes)`)
  if (nanoCpus !== 0 && nanoCpus < MIN_NANO_CPUS) throw invalid(`invalid cpu ${what} ${nanoCpus / 1e9}: must be at least 0.001`)
  if (memoryBytes !== 0 && memoryBytes < MIN_MEMORY) throw invalid(`invalid memory ${what} ${memoryBytes} bytes: must be at least 4MiB`)
  if (nanoCpus === 0 && memoryBytes === 0) return null
  return new v1.Resources({ nanoCpus, memoryBytes })
}

export function resourcesFromDocker(value: unknown): v1.ResourceRequirements | null {
  if (value === undefined || value === null) return null
  if (!isObject(value)) throw invalid('invalid resources: must be an object')
  const limits = resources(value.Limits, 'limit')
  const reservations = resources(value.Reservations, 'reservation')
  const l = { cpu: num(limits?.nanoCpus), mem: num(limits?.memoryBytes) }
  const r = { cpu: num(reservations?.nanoCpus), mem: num(reservations?.memoryBytes) }
  // A reservation above its limit could never be used: the task is capped below it.
  if (l.cpu > 0 && r.cpu > l.cpu) throw invalid(`cpu reservation ${r.cpu / 1e9} is above the cpu limit ${l.cpu / 1e9}`)
  if (l.mem > 0 && r.mem > l.mem) throw invalid(`memory reservation ${r.mem} bytes is above the memory limit ${l.mem} bytes`)
  if (!limits && !reservations) return null
  return new v1.ResourceRequirements({ limits, reservations })
}

function resourcesOut(r: v1.IResources | null | undefined): Json | undefined {
  if (!r) return undefined
  const out: Json = {}
  if (num(r.nanoCpus) > 0) out.NanoCPUs = num(r.nanoCpus)
  if (num(r.memoryBytes) > 0) out.MemoryBytes = num(r.memoryBytes)
  return out
}

export function resourcesToDocker(r: v1.IResourceRequirements | null | undefined): Json | undefined {
  if (!r) return undefined
  const out: Json = {}
  const limits = resourcesOut(r.limits)
  const reservations = resourcesOut(r.reservations)
  if (limits) out.Limits = limits
  if (reservations) out.Reservations = reservations
  return out
}

// ---- published ports ----

const PROTOCOLS = ['tcp', 'udp', 'sctp']
const PUBLISH_MODES = ['ingress', 'host']
const ENDPOINT_MODES = ['vip', 'dnsrr']

export function endpointFromDocker(value: unknown): v1.EndpointSpec | null {
  if (value === undefined || value === null) return null
  if (!isObject(value)) throw invalid('invalid endpoint spec: must be an object')
  const mode = value.Mode ?? ''
  if (mode !== '' && !ENDPOINT_MODES.includes(mode)) throw invalid(`invalid endpoint mode "${mode}": expected vip or dnsrr`)
  if (value.Ports !== undefined && value.Ports !== null && !Array.isArray(value.Ports)) throw invalid('invalid endpoint ports: must be a list')
  checkCount(value.Ports?.length ?? 0, BOUNDS.ports)
  const ports: v1.PortConfig[] = []
  const published = new Set<string>()
  for (const p of (value.Ports ?? []) as unknown[]) {
    if (!isObject(p)) throw invalid(`invalid port ${JSON.stringify(p)}: must be an object`)
    const protocol = p.Protocol || 'tcp'
    if (!PROTOCOLS.includes(protocol)) throw invalid(`invalid port protocol "${protocol}": expected tcp, udp or sctp`)
    const publishMode = p.PublishMode || 'ingress'
    if (!PUBLISH_MODES.includes(publishMode)) throw invalid(`invalid publish mode "${publishMode}": expected ingress or host`)
    const target = boundedInt(p.TargetPort, BOUNDS.port, 'target port')
    if (target === 0) throw invalid(`invalid port ${JSON.stringify(p)}: a target port is required`)
    const pub = boundedInt(p.PublishedPort, BOUNDS.port, 'published port')
    if (mode === 'dnsrr' && publishMode === 'ingress') throw invalid(`port ${target}/${protocol}: ports published in ingress mode can't be used with endpoint mode dnsrr`)
    // A published port not chosen yet (0) conflicts with nothing; two that are chosen
    // must differ (per protocol), whatever their mode.
    if (pub !== 0) {
      const key = `${pub}/${protocol}`
      if (published.has(key)) throw invalid(`published port ${key} is given more than once`)
      published.add(key)
    }
    ports.push(new v1.PortConfig({ name: typeof p.Name === 'string' ? p.Name : '', protocol, targetPort: target, publishedPort: pub, publishMode }))
  }
  // Docker's CLI always sends {"Mode": "vip"}: with no ports that is the default, stored
  // as none.
  if (ports.length === 0 && mode !== 'dnsrr') return null
  return new v1.EndpointSpec({ ports, mode: mode || 'vip' })
}

export function portsToDocker(ports: readonly v1.IPortConfig[] | null | undefined): Json[] {
  return (ports ?? []).map((p) => {
    const out: Json = { Protocol: p.protocol || 'tcp', TargetPort: p.targetPort ?? 0, PublishedPort: p.publishedPort ?? 0, PublishMode: p.publishMode || 'ingress' }
    if (p.name) out.Name = p.name
    return out
  })
}

export function endpointToDocker(e: v1.IEndpointSpec | null | undefined): Json | undefined {
  if (!e) return undefined
  const out: Json = { Mode: e.mode || 'vip' }
  if (e.ports?.length) out.Ports = portsToDocker(e.ports)
  return out
}

// The ports a task holds on its node, as docker's task Status.PortStatus shows them once
// the task has a node: host-mode ports with a published port.
export function taskPortStatus(t: v1.ITask): Json | undefined {
  if (!t.nodeId || (t.status?.state ?? 0) < TaskState.ASSIGNED) return undefined
  const held = (t.ports ?? []).filter((p) => p.publishMode === 'host' && p.publishedPort)
  return held.length > 0 ? { Ports: portsToDocker(held) } : undefined
}
