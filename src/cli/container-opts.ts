// `service create` and `service update` flags for the container runtime (docker's names
// and syntax): what goes into TaskTemplate.ContainerSpec beyond image, args and env, and
// --limit-pids. Update flags change only what they name (docker's service update).
import { Flags } from '@oclif/core'
import type { ContainerMount, ContainerSpec, ServiceSpec, ShoalClient } from '../api/client'
import { parseNonNegativeDuration } from './duration'
import { UsageError } from './errors'
import { parseUint } from './parse'
import { parseBytes } from './placement'

export const containerCreateFlags = {
  entrypoint: Flags.string({ summary: "Overwrite the image's default entrypoint (a command line, split at spaces)", helpValue: 'command' }),
  hostname: Flags.string({ summary: 'Container hostname (templates such as {{.Task.Slot}} allowed)', helpValue: 'string' }),
  workdir: Flags.string({ char: 'w', summary: 'Working directory inside the container', helpValue: 'string' }),
  user: Flags.string({ char: 'u', summary: 'Username or UID (format: <name|uid>[:<group|gid>])', helpValue: 'string' }),
  init: Flags.boolean({ summary: 'Use an init inside each service container to forward signals and reap processes' }),
  mount: Flags.string({ summary: 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly][,tmpfs-size=...]', helpValue: 'mount', multiple: true, multipleNonGreedy: true }),
  'stop-signal': Flags.string({ summary: 'Signal to stop the container', helpValue: 'string' }),
  'stop-grace-period': Flags.string({ summary: 'Time to wait before force killing a container (ns|us|ms|s|m|h)', helpValue: 'duration' }),
  'read-only': Flags.boolean({ summary: "Mount the container's root filesystem as read only" }),
  'cap-add': Flags.string({ summary: 'Add Linux capabilities', helpValue: 'list', multiple: true, multipleNonGreedy: true }),
  'cap-drop': Flags.string({ summary: 'Drop Linux capabilities', helpValue: 'list', multiple: true, multipleNonGreedy: true }),
  'health-cmd': Flags.string({ summary: 'Command to run to check health (run by the container\'s shell)', helpValue: 'string' }),
  'health-interval': Flags.string({ summary: 'Time between running the check (ms|s|m|h) (default 30s)', helpValue: 'duration' }),
  'health-timeout': Flags.string({ summary: 'Maximum time to allow one check to run (ms|s|m|h) (default 30s)', helpValue: 'duration' }),
  'health-retries': Flags.string({ summary: 'Consecutive failures needed to report unhealthy (default 3)', helpValue: 'int' }),
  'health-start-period': Flags.string({ summary: 'Start period for the container to initialize before failures count (ms|s|m|h)', helpValue: 'duration' }),
  'no-healthcheck': Flags.boolean({ summary: 'Disable any container-specified HEALTHCHECK' }),
  'limit-pids': Flags.string({ summary: 'Limit the number of processes in the container (0 = unlimited)', helpValue: 'int' }),
}

const HEALTH_FLAGS = ['health-cmd', 'health-interval', 'health-timeout', 'health-retries', 'health-start-period'] as const

// `service update`: the same fields, changed one by one; booleans take --no-X to unset.
const { mount: _mount, init: _init, 'read-only': _readOnly, ...sharedFlags } = containerCreateFlags
export const containerUpdateFlags = {
  ...sharedFlags,
  init: Flags.boolean({ summary: 'Use an init inside each service container to forward signals and reap processes (--no-init: none)', allowNo: true }),
  'read-only': Flags.boolean({ summary: "Mount the container's root filesystem as read only (--no-read-only: writable)", allowNo: true }),
  'mount-add': Flags.string({ summary: 'Add or update a mount on a service (replaces the mount at the same target)', helpValue: 'mount', multiple: true, multipleNonGreedy: true }),
  'mount-rm': Flags.string({ summary: 'Remove a mount by its target path', helpValue: 'list', multiple: true, multipleNonGreedy: true }),
  'with-registry-auth': Flags.boolean({ summary: "Send registry authentication details (docker's config.json) to swarm agents" }),
  'no-resolve-image': Flags.boolean({ summary: 'Do not query the registry to resolve the image digest' }),
}

type Flagged = { [K in keyof typeof containerCreateFlags | keyof typeof containerUpdateFlags]?: unknown }
type Health = NonNullable<ContainerSpec['Healthcheck']>

const str = (flags: Flagged, k: keyof Flagged) => (flags[k] === undefined ? undefined : String(flags[k]))
const list = (flags: Flagged, k: keyof Flagged) => ((flags[k] as string[] | undefined) ?? []).flatMap((v) => v.split(',')).filter(Boolean)

// The health flags given, over `base` (docker merges them field by field); undefined when
// none is given. --no-healthcheck stands alone.
function healthFlags(flags: Flagged, base: Health | undefined): Health | undefined {
  if (flags['no-healthcheck']) {
    for (const k of HEALTH_FLAGS) if (flags[k] !== undefined) throw new UsageError(`--no-healthcheck conflicts with --${k}`)
    return { Test: ['NONE'] }
  }
  if (HEALTH_FLAGS.every((k) => flags[k] === undefined)) return undefined
  const health: Health = { ...(base ?? {}) }
  // A check turned off before, with only its timings changed now, is on again (the image's).
  if (health.Test?.[0] === 'NONE') delete health.Test
  if (str(flags, 'health-cmd') !== undefined) {
    if (str(flags, 'health-cmd') === '') delete health.Test
    else health.Test = ['CMD-SHELL', str(flags, 'health-cmd')!]
  }
  if (str(flags, 'health-interval') !== undefined) health.Interval = parseNonNegativeDuration(str(flags, 'health-interval')!, '--health-interval')
  if (str(flags, 'health-timeout') !== undefined) health.Timeout = parseNonNegativeDuration(str(flags, 'health-timeout')!, '--health-timeout')
  if (str(flags, 'health-retries') !== undefined) health.Retries = parseUint(str(flags, 'health-retries')!, '--health-retries value')
  if (str(flags, 'health-start-period') !== undefined) health.StartPeriod = parseNonNegativeDuration(str(flags, 'health-start-period')!, '--health-start-period')
  return health
}

function setPidsLimit(spec: ServiceSpec, flags: Flagged): void {
  if (str(flags, 'limit-pids') === undefined) return
  const pids = parseUint(str(flags, 'limit-pids')!, '--limit-pids value')
  const res = (spec.TaskTemplate.Resources ??= {})
  res.Limits = { ...(res.Limits ?? {}), Pids: pids }
}

// docker's --mount syntax.
export function parseMount(text: string): ContainerMount {
  const m: ContainerMount = { Type: 'volume', Target: '' }
  for (const part of text.split(',')) {
    const eq = part.indexOf('=')
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase()
    const value = eq < 0 ? '' : part.slice(eq + 1)
    switch (key) {
      case 'type':
        if (!['bind', 'volume', 'tmpfs'].includes(value)) throw new UsageError(`invalid --mount "${text}": type must be bind, volume or tmpfs`)
        m.Type = value as ContainerMount['Type']
        break
      case 'source':
      case 'src':
        m.Source = value
        break
      case 'target':
      case 'destination':
      case 'dst':
        m.Target = value
        break
      case 'readonly':
      case 'ro':
        m.ReadOnly = eq < 0 || value === 'true' || value === '1'
        break
      case 'tmpfs-size':
        m.TmpfsOptions = { SizeBytes: parseBytes(value, '--mount tmpfs-size') }
        break
      default:
        throw new UsageError(`invalid --mount "${text}": unknown field "${key}"`)
    }
  }
  if (!m.Target) throw new UsageError(`invalid --mount "${text}": target is required`)
  return m
}

export function applyContainerCreate(spec: ServiceSpec, flags: Flagged): void {
  const cs = (spec.TaskTemplate.ContainerSpec ??= { Image: '' })
  if (str(flags, 'entrypoint') !== undefined) cs.Command = str(flags, 'entrypoint')!.split(' ').filter(Boolean)
  if (str(flags, 'hostname') !== undefined) cs.Hostname = str(flags, 'hostname')
  if (str(flags, 'workdir') !== undefined) cs.Dir = str(flags, 'workdir')
  if (str(flags, 'user') !== undefined) cs.User = str(flags, 'user')
  const mounts = ((flags.mount as string[] | undefined) ?? []).map(parseMount)
  if (mounts.length > 0) cs.Mounts = mounts
  if (str(flags, 'stop-signal') !== undefined) cs.StopSignal = str(flags, 'stop-signal')
  if (str(flags, 'stop-grace-period') !== undefined) cs.StopGracePeriod = parseNonNegativeDuration(str(flags, 'stop-grace-period')!, '--stop-grace-period')
  if (flags['read-only']) cs.ReadOnly = true
  if (flags.init) cs.Init = true
  if (list(flags, 'cap-add').length > 0) cs.CapabilityAdd = list(flags, 'cap-add')
  if (list(flags, 'cap-drop').length > 0) cs.CapabilityDrop = list(flags, 'cap-drop')
  const health = healthFlags(flags, undefined)
  if (health) cs.Healthcheck = health
  setPidsLimit(spec, flags)
}

// docker's service update of the container fields: a string flag given empty unsets its
// field; mounts are added (replacing one at the same target) and removed by target;
// --cap-add takes a capability out of the drop list and the other way round.
export function applyContainerUpdate(spec: ServiceSpec, flags: Flagged): void {
  const cs = (spec.TaskTemplate.ContainerSpec ??= { Image: '' })
  const set = <K extends 'Hostname' | 'Dir' | 'User' | 'StopSignal'>(key: K, flag: keyof Flagged) => {
    const v = str(flags, flag)
    if (v === undefined) return
    if (v === '') delete cs[key]
    else cs[key] = v
  }
  if (str(flags, 'entrypoint') !== undefined) {
    const command = str(flags, 'entrypoint')!.split(' ').filter(Boolean)
    if (command.length > 0) cs.Command = command
    else delete cs.Command
  }
  set('Hostname', 'hostname')
  set('Dir', 'workdir')
  set('User', 'user')
  set('StopSignal', 'stop-signal')
  if (str(flags, 'stop-grace-period') !== undefined) cs.StopGracePeriod = parseNonNegativeDuration(str(flags, 'stop-grace-period')!, '--stop-grace-period')
  for (const [flag, key] of [['read-only', 'ReadOnly'], ['init', 'Init']] as const) {
    if (flags[flag] === true) cs[key] = true
    else if (flags[flag] === false) delete cs[key]
  }
  const mountRm = list(flags, 'mount-rm')
  const mountAdd = ((flags['mount-add'] as string[] | undefined) ?? []).map(parseMount)
  if (mountRm.length > 0 || mountAdd.length > 0) {
    const targets = new Set(cs.Mounts?.map((m) => m.Target))
    for (const t of mountRm) if (!targets.has(t)) throw new UsageError(`--mount-rm ${t}: the service has no mount at that target`)
    const drop = new Set([...mountRm, ...mountAdd.map((m) => m.Target)])
    cs.Mounts = [...(cs.Mounts ?? []).filter((m) => !drop.has(m.Target)), ...mountAdd]
    if (cs.Mounts.length === 0) delete cs.Mounts
  }
  const capAdd = list(flags, 'cap-add').map((c) => c.toUpperCase())
  const capDrop = list(flags, 'cap-drop').map((c) => c.toUpperCase())
  if (capAdd.length > 0 || capDrop.length > 0) {
    const add = [...new Set([...(cs.CapabilityAdd ?? []).filter((c) => !capDrop.includes(c.toUpperCase())), ...capAdd])]
    const drop = [...new Set([...(cs.CapabilityDrop ?? []).filter((c) => !capAdd.includes(c.toUpperCase())), ...capDrop])]
    if (add.length > 0) cs.CapabilityAdd = add
    else delete cs.CapabilityAdd
    if (drop.length > 0) cs.CapabilityDrop = drop
    else delete cs.CapabilityDrop
  }
  const health = healthFlags(flags, cs.Healthcheck)
  if (health) {
    if (Object.keys(health).length > 0) cs.Healthcheck = health
    else delete cs.Healthcheck
  }
  setPidsLimit(spec, flags)
}

// docker's image pinning at service create: the registry's current digest for the tag goes
// into the spec (name:tag@digest), so every node runs the same bytes. An image the
// registry cannot tell about (a locally loaded one, an unreachable registry) stays as
// given, with docker's warning.
export async function pinImageDigest(client: Pick<ShoalClient, 'distributionInspect'>, spec: ServiceSpec, warn: (line: string) => void, registryAuth?: string): Promise<void> {
  const cs = spec.TaskTemplate.ContainerSpec
  if (!cs || cs.Image.includes('@')) return
  try {
    const { Descriptor } = await client.distributionInspect(cs.Image, registryAuth)
    cs.Image = `${cs.Image}@${Descriptor.digest}`
  } catch {
    warn(`image ${cs.Image} could not be accessed on a registry to record its digest. Each node will access ${cs.Image} independently, possibly leading to different nodes running different versions of the image.`)
  }
}
