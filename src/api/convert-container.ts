// docker's ContainerSpec fields that only the container runtime uses (--entrypoint,
// --hostname, --workdir, --user, --mount, --stop-signal, --stop-grace-period,
// --read-only, --cap-add/--cap-drop, --limit-pids), both directions. A process-runtime
// service that sets one is refused by name: the process runtime could not honour it.
import { standIn } from '../gotemplate/task'
import { invalid } from '../manager/errors'
import { v1 } from '../manager/store'
import { nonNegativeInt } from './convert'

type Json = Record<string, any>

const MOUNT_TYPES = ['bind', 'volume', 'tmpfs']

function strings(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalid(`invalid ${what}: must be a list of strings`)
  return value
}

function str(value: unknown, what: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') throw invalid(`invalid ${what}: must be a string`)
  return value
}

function mountsFromDocker(value: unknown): v1.ContainerMount[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw invalid('invalid mounts: must be a list')
  return value.map((m: Json, i) => {
    const type = m?.Type ?? 'volume'
    if (!MOUNT_TYPES.includes(type)) throw invalid(`invalid mount ${i + 1}: type "${type}" (expected ${MOUNT_TYPES.join(', ')})`)
    // A templated source or target ({{.Task.Slot}}) is checked as a stand-in task would
    // expand it; the template itself is checked with the others (gotemplate/task.ts).
    const target = str(m.Target, `mount ${i + 1} target`)
    const source = str(m.Source, `mount ${i + 1} source`)
    checkMountPaths(type, standIn(source), standIn(target), i)
    return new v1.ContainerMount({
      type,
      source,
      target,
      readOnly: m.ReadOnly === true,
      tmpfsSizeBytes: nonNegativeInt(m.TmpfsOptions?.SizeBytes, `mount ${i + 1} tmpfs size`),
    })
  })
}

function checkMountPaths(type: string, source: string, target: string, i: number): void {
  if (!target.startsWith('/')) throw invalid(`invalid mount ${i + 1}: target "${target}" must be an absolute path`)
  if (type === 'bind' && !source.startsWith('/')) throw invalid(`invalid mount ${i + 1}: bind source "${source}" must be an absolute path`)
  if (type === 'volume' && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source))
    throw invalid(`invalid mount ${i + 1}: volume name "${source}" must be [A-Za-z0-9][A-Za-z0-9_.-]*`)
  if (type === 'tmpfs' && source !== '') throw invalid(`invalid mount ${i + 1}: a tmpfs mount has no source`)
}

// TaskTemplate.Networks [{ Target: "host" }] (docker's --network host): the container
// shares the host's network namespace. Other networks are the networking issue's.
export function networkModeFromDocker(networks: unknown): string {
  if (networks === undefined || networks === null) return ''
  if (!Array.isArray(networks)) throw invalid('invalid networks: must be a list')
  const host = networks.filter((n: Json) => n?.Target === 'host')
  if (host.length > 0 && networks.length > 1) throw invalid('network "host" cannot be combined with other networks')
  return host.length > 0 ? 'host' : ''
}

// docker's ContainerSpec.Healthcheck.
function healthFromDocker(value: unknown): v1.HealthConfig | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'object') throw invalid('invalid healthcheck: must be an object')
  const h = value as Json
  const test = strings(h.Test, 'healthcheck test')
  if (test.length > 0 && !['NONE', 'CMD', 'CMD-SHELL'].includes(test[0])) throw invalid(`invalid healthcheck test: starts with "${test[0]}" (NONE, CMD or CMD-SHELL)`)
  if ((test[0] === 'CMD' || test[0] === 'CMD-SHELL') && test.length < 2) throw invalid('invalid healthcheck test: no command')
  return new v1.HealthConfig({
    test,
    intervalNs: nonNegativeInt(h.Interval, 'health interval'),
    timeoutNs: nonNegativeInt(h.Timeout, 'health timeout'),
    startPeriodNs: nonNegativeInt(h.StartPeriod, 'health start period'),
    retries: nonNegativeInt(h.Retries, 'health retries'),
  })
}

// The fields of v1.ProcessSpec beyond image/args/env/labels/secrets.
export function containerFieldsFromDocker(cs: Json, resources: Json | undefined, runtime: string, networks?: unknown): Partial<v1.IProcessSpec> {
  const fields: Partial<v1.IProcessSpec> = {
    command: runtime === 'container' ? strings(cs.Command, 'command') : [],
    hostname: str(cs.Hostname, 'hostname'),
    dir: str(cs.Dir, 'working directory'),
    user: str(cs.User, 'user'),
    mounts: mountsFromDocker(cs.Mounts),
    stopSignal: str(cs.StopSignal, 'stop signal'),
    readOnly: cs.ReadOnly === true,
    capabilityAdd: strings(cs.CapabilityAdd, 'capability add'),
    capabilityDrop: strings(cs.CapabilityDrop, 'capability drop'),
    stopGracePeriodNs: nonNegativeInt(cs.StopGracePeriod, 'stop grace period'),
    pidsLimit: nonNegativeInt(resources?.Limits?.Pids, 'pids limit'),
    networkMode: networkModeFromDocker(networks),
    healthcheck: healthFromDocker(cs.Healthcheck),
  }
  if (fields.user !== '' && !/^[^:\s]+(:[^:\s]+)?$/.test(fields.user!)) throw invalid(`invalid user "${fields.user}": expected NAME|UID[:GROUP|GID]`)
  if (cs.Init !== undefined && cs.Init !== null && typeof cs.Init !== 'boolean') throw invalid('invalid init: must be a boolean')
  // docker's *bool: absent stays absent, an explicit false is kept and shown back.
  fields.init = typeof cs.Init === 'boolean' ? cs.Init : null
  if (runtime === 'process') {
    const set = Object.entries({
      hostname: fields.hostname,
      workdir: fields.dir,
      user: fields.user,
      mount: fields.mounts!.length,
      'stop-signal': fields.stopSignal,
      'read-only': fields.readOnly,
      'cap-add': fields.capabilityAdd!.length,
      'cap-drop': fields.capabilityDrop!.length,
      'limit-pids': fields.pidsLimit,
      network: fields.networkMode,
      'health-cmd': fields.healthcheck,
      init: fields.init,
    }).filter(([, v]) => v)
    if (set.length > 0) throw invalid(`--${set[0][0]} needs the container runtime (the process runtime runs host processes)`)
  }
  return fields
}

export function containerFieldsToDocker(c: v1.IProcessSpec): Json {
  const out: Json = {}
  if (c.command?.length) out.Command = c.command
  if (c.hostname) out.Hostname = c.hostname
  if (c.dir) out.Dir = c.dir
  if (c.user) out.User = c.user
  if (c.mounts?.length)
    out.Mounts = c.mounts.map((m) => ({
      Type: m.type,
      Source: m.source,
      Target: m.target,
      ReadOnly: m.readOnly === true,
      ...(Number(m.tmpfsSizeBytes ?? 0) > 0 ? { TmpfsOptions: { SizeBytes: Number(m.tmpfsSizeBytes) } } : {}),
    }))
  if (c.stopSignal) out.StopSignal = c.stopSignal
  if (c.readOnly) out.ReadOnly = true
  if (typeof c.init === 'boolean') out.Init = c.init
  if (c.capabilityAdd?.length) out.CapabilityAdd = c.capabilityAdd
  if (c.capabilityDrop?.length) out.CapabilityDrop = c.capabilityDrop
  if (Number(c.stopGracePeriodNs ?? 0) > 0) out.StopGracePeriod = Number(c.stopGracePeriodNs)
  const h = c.healthcheck
  if (h?.test?.length) {
    out.Healthcheck = { Test: h.test }
    if (Number(h.intervalNs ?? 0) > 0) out.Healthcheck.Interval = Number(h.intervalNs)
    if (Number(h.timeoutNs ?? 0) > 0) out.Healthcheck.Timeout = Number(h.timeoutNs)
    if (Number(h.startPeriodNs ?? 0) > 0) out.Healthcheck.StartPeriod = Number(h.startPeriodNs)
    if (Number(h.retries ?? 0) > 0) out.Healthcheck.Retries = Number(h.retries)
  }
  return out
}

export function networksToDocker(c: v1.IProcessSpec): Json[] | undefined {
  return c.networkMode === 'host' ? [{ Target: 'host' }] : undefined
}
