// `service create` flags for the container runtime (docker's names and syntax): what goes
// into TaskTemplate.ContainerSpec beyond image, args and env, and --limit-pids.
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

type Flagged = { [K in keyof typeof containerCreateFlags]?: unknown }

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
  const str = (k: keyof Flagged) => (flags[k] === undefined ? undefined : String(flags[k]))
  const list = (k: keyof Flagged) => ((flags[k] as string[] | undefined) ?? []).flatMap((v) => v.split(',')).filter(Boolean)
  if (str('entrypoint') !== undefined) cs.Command = str('entrypoint')!.split(' ').filter(Boolean)
  if (str('hostname') !== undefined) cs.Hostname = str('hostname')
  if (str('workdir') !== undefined) cs.Dir = str('workdir')
  if (str('user') !== undefined) cs.User = str('user')
  const mounts = ((flags.mount as string[] | undefined) ?? []).map(parseMount)
  if (mounts.length > 0) cs.Mounts = mounts
  if (str('stop-signal') !== undefined) cs.StopSignal = str('stop-signal')
  if (str('stop-grace-period') !== undefined) cs.StopGracePeriod = parseNonNegativeDuration(str('stop-grace-period')!, '--stop-grace-period')
  if (flags['read-only']) cs.ReadOnly = true
  if (flags.init) cs.Init = true
  if (list('cap-add').length > 0) cs.CapabilityAdd = list('cap-add')
  if (list('cap-drop').length > 0) cs.CapabilityDrop = list('cap-drop')
  const health: NonNullable<ContainerSpec['Healthcheck']> = {}
  if (flags['no-healthcheck']) {
    for (const k of ['health-cmd', 'health-interval', 'health-timeout', 'health-retries', 'health-start-period'] as const) {
      if (flags[k] !== undefined) throw new UsageError(`--no-healthcheck conflicts with --${k}`)
    }
    health.Test = ['NONE']
  }
  if (str('health-cmd') !== undefined) health.Test = ['CMD-SHELL', str('health-cmd')!]
  if (str('health-interval') !== undefined) health.Interval = parseNonNegativeDuration(str('health-interval')!, '--health-interval')
  if (str('health-timeout') !== undefined) health.Timeout = parseNonNegativeDuration(str('health-timeout')!, '--health-timeout')
  if (str('health-retries') !== undefined) health.Retries = parseUint(str('health-retries')!, '--health-retries value')
  if (str('health-start-period') !== undefined) health.StartPeriod = parseNonNegativeDuration(str('health-start-period')!, '--health-start-period')
  if (Object.keys(health).length > 0) cs.Healthcheck = health
  if (str('limit-pids') !== undefined) {
    const pids = parseUint(str('limit-pids')!, '--limit-pids value')
    const res = (spec.TaskTemplate.Resources ??= {})
    res.Limits = { ...(res.Limits ?? {}), Pids: pids }
  }
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
