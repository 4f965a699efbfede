// One compose service to the ServiceSpec docker's `stack deploy` would send for it
// (docker/cli cli/compose/convert/service.go): entrypoint is the ContainerSpec's Command
// and command its Args; `labels` label the containers and `deploy.labels` the service;
// every network attachment has the service's name as an alias. Everything is checked
// here, before anything is created.
//
// `x-shoal-runtime: process` runs the service under shoal's process runtime: `image` is
// the host executable, `entrypoint` and `command` its arguments, and the keys only a
// container can honour (user, hostname, working_dir, healthcheck, ...) are refused.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseDotenv } from 'dotenv'

import type { ConfigReference, ContainerMount, NetworkAttachmentConfig, PortConfig, SecretReference, ServiceMode, ServiceSpec, UpdateConfig } from '../api/client'
import { errorMessage } from '../cli/errors'
import { shellSplit } from '../cli/parse'
import { parsePlacementPref, parsePublish } from '../cli/placement'
import { IMAGE_LABEL, NAMESPACE_LABEL, type Dependency } from './plan'
import { defined, type Field } from './reader'
import { DEPLOY_KEYS, SERVICE_KEYS } from './service-keys'
import { locText } from './yaml'

// What the service's references resolve to: the stack's networks, secrets and configs by
// their key in the file, to the names they have in the swarm.
export interface ServiceContext {
  namespace: string
  dir: string
  lookup: (name: string) => string | undefined
  networks: ReadonlyMap<string, string>
  secrets: ReadonlyMap<string, string>
  configs: ReadonlyMap<string, string>
  volumes: ReadonlyMap<string, string> // named volumes declared at the top level
  defaultNetwork: string
}

const CONTAINER_ONLY = 'needs the container runtime (x-shoal-runtime: process runs host processes)'


// A list of strings, or one string split as a shell would (docker's shellwords).
function argv(f: Field): string[] | undefined {
  if (typeof f.value === 'string' || typeof f.value === 'number') {
    try {
      return shellSplit(String(f.value))
    } catch (err) {
      return f.error(errorMessage(err))
    }
  }
  return f.strings()
}

function environment(svc: Field, ctx: ServiceContext): string[] {
  const env = new Map<string, string>()
  const files = svc.get('env_file')
  const fileItems = typeof files.value === 'string' ? [files] : (files.items() ?? [])
  for (const item of fileItems) {
    const p = item.isMap() ? item.get('path').str() : item.str()
    const required = item.isMap() ? (item.get('required').bool() ?? true) : true
    if (p === undefined) continue
    const file = path.resolve(ctx.dir, p)
    if (!fs.existsSync(file)) {
      if (required) item.error(`env_file ${file} does not exist`)
      continue
    }
    for (const [k, v] of Object.entries(parseDotenv(fs.readFileSync(file)))) env.set(k, v)
  }
  for (const e of svc.get('environment').entries()) {
    if (e.value === null) {
      // "- NAME" alone: the value of NAME where the stack is deployed, if it is set there.
      const v = ctx.lookup(e.key)
      if (v !== undefined) env.set(e.key, v)
      continue
    }
    const v = e.isMap() || e.isList() ? e.error('must be a string') : e.str()
    if (v !== undefined) env.set(e.key, v)
  }
  return [...env].map(([k, v]) => `${k}=${v}`)
}

function ports(f: Field): PortConfig[] {
  const out: PortConfig[] = []
  for (const item of f.items() ?? []) {
    if (!item.isMap()) {
      const text = item.str()
      if (text === undefined) continue
      try {
        out.push(...parsePublish(text))
      } catch (err) {
        item.error(errorMessage(err))
      }
      continue
    }
    item.checkKeys({ target: 'ok', published: 'ok', protocol: 'ok', mode: 'ok', host_ip: 'swarm publishes on every address', name: '', app_protocol: '' })
    const target = item.get('target').uint()
    if (target === undefined || target < 1 || target > 65535) {
      if (target !== undefined || !item.has('target')) item.get('target').error('a port number from 1 to 65535 is required')
      continue
    }
    const published = item.get('published').uint() ?? 0
    if (published > 65535) item.get('published').error('must be a port number up to 65535')
    out.push({
      Protocol: item.get('protocol').oneOf(['tcp', 'udp', 'sctp'] as const) ?? 'tcp',
      TargetPort: target,
      PublishedPort: published,
      PublishMode: item.get('mode').oneOf(['ingress', 'host'] as const) ?? 'ingress',
    })
  }
  return out
}

function networks(svc: Field, key: string, ctx: ServiceContext): NetworkAttachmentConfig[] {
  const f = svc.get('networks')
  if (!f.present) return [{ Target: ctx.defaultNetwork, Aliases: [key] }]
  const out: NetworkAttachmentConfig[] = []
  for (const n of f.entries()) {
    const name = n.key === 'default' && !ctx.networks.has('default') ? ctx.defaultNetwork : ctx.networks.get(n.key)
    if (name === undefined) {
      n.error(`network "${n.key}" is not declared in the top-level networks`)
      continue
    }
    // docker's order: the file's aliases, then the service's name.
    const aliases: string[] = []
    if (n.isMap()) {
      n.checkKeys({ aliases: 'ok', ipv4_address: 'addresses are allocated by the swarm', ipv6_address: '', link_local_ips: '', mac_address: '', driver_opts: '', priority: '', gw_priority: '', interface_name: '' })
      for (const a of n.get('aliases').strings() ?? []) if (!aliases.includes(a)) aliases.push(a)
    } else if (n.present) n.error('must be a mapping (aliases:) or empty')
    if (!aliases.includes(key)) aliases.push(key)
    out.push({ Target: name, Aliases: aliases })
  }
  return out
}

function fileRefs<R extends SecretReference | ConfigReference>(f: Field, noun: 'secret' | 'config', names: ReadonlyMap<string, string>): R[] {
  const out: R[] = []
  for (const item of f.items() ?? []) {
    let source: string | undefined
    const file = { Name: '', UID: '0', GID: '0', Mode: 0o444 }
    if (item.isMap()) {
      item.checkKeys({ source: 'ok', target: 'ok', uid: 'ok', gid: 'ok', mode: 'ok' })
      source = item.get('source').str()
      if (source === undefined) {
        item.error(`a ${noun} reference needs a source`)
        continue
      }
      file.Name = item.get('target').str() ?? source
      for (const k of ['uid', 'gid'] as const) {
        const id = item.get(k).str()
        if (id !== undefined && !/^\d{1,10}$/.test(id)) item.get(k).error('must be a numeric id')
        else if (id !== undefined) file[k === 'uid' ? 'UID' : 'GID'] = id
      }
      const mode = item.get('mode')
      const m = typeof mode.value === 'string' && /^0[0-7]*$/.test(mode.value) ? parseInt(mode.value, 8) : mode.uint()
      if (m !== undefined && m > 0o777) mode.error('permission bits only: 0 to 0777')
      else if (m !== undefined) file.Mode = m
    } else {
      source = item.str()
      if (source === undefined) continue
      file.Name = source
    }
    const name = names.get(source)
    if (name === undefined) {
      item.error(`${noun} "${source}" is not declared in the top-level ${noun}s`)
      continue
    }
    out.push((noun === 'secret' ? { SecretName: name, File: file } : { ConfigName: name, File: file }) as R)
  }
  return out
}

function healthcheck(f: Field): NonNullable<NonNullable<ServiceSpec['TaskTemplate']['ContainerSpec']>['Healthcheck']> | undefined {
  if (!f.checkKeys({ test: 'ok', interval: 'ok', timeout: 'ok', start_period: 'ok', retries: 'ok', disable: 'ok', start_interval: '' })) return undefined
  if (f.get('disable').bool()) return { Test: ['NONE'] }
  const t = f.get('test')
  let test: string[] | undefined
  if (typeof t.value === 'string') test = ['CMD-SHELL', t.value]
  else if (t.present) {
    test = t.strings()
    if (test && !['NONE', 'CMD', 'CMD-SHELL'].includes(test[0])) return t.error('a test list starts with NONE, CMD or CMD-SHELL')
  }
  return {
    ...(test ? { Test: test } : {}),
    ...defined({ Interval: f.get('interval').durationNs(), Timeout: f.get('timeout').durationNs(), StartPeriod: f.get('start_period').durationNs(), Retries: f.get('retries').uint() }),
  }
}

function volumes(f: Field, ctx: ServiceContext): ContainerMount[] {
  const out: ContainerMount[] = []
  for (const item of f.items() ?? []) {
    if (item.isMap()) {
      item.checkKeys({ type: 'ok', source: 'ok', target: 'ok', read_only: 'ok', tmpfs: 'ok', bind: '', volume: '', consistency: '' })
      const type = item.get('type').oneOf(['bind', 'volume', 'tmpfs'] as const) ?? 'volume'
      const target = item.get('target').str()
      if (!target) {
        item.error('a volume needs a target')
        continue
      }
      const m: ContainerMount = { Type: type, Target: target }
      const source = item.get('source').str()
      if (source && type === 'volume') {
        const name = ctx.volumes.get(source)
        if (name === undefined) item.get('source').error(`volume "${source}" is not declared in the top-level volumes`)
        else m.Source = name
      } else if (source) m.Source = type === 'bind' ? path.resolve(ctx.dir, source) : source
      if (item.get('read_only').bool()) m.ReadOnly = true
      const size = item.get('tmpfs').get('size').bytes()
      if (size !== undefined) m.TmpfsOptions = { SizeBytes: size }
      out.push(m)
      continue
    }
    const text = item.str()
    if (text === undefined) continue
    const parts = text.split(':')
    if (parts.length === 1) {
      item.error('an anonymous volume is not supported: give SOURCE:TARGET')
      continue
    }
    const [source, target, mode = ''] = parts
    if (parts.length > 3 || !['', 'ro', 'rw'].includes(mode)) {
      item.error(`invalid volume "${text}": expected SOURCE:TARGET[:ro|rw]`)
      continue
    }
    const bind = source.startsWith('/') || source.startsWith('.')
    const name = bind ? path.resolve(ctx.dir, source) : ctx.volumes.get(source)
    if (name === undefined) {
      item.error(`volume "${source}" is not declared in the top-level volumes`)
      continue
    }
    out.push({ Type: bind ? 'bind' : 'volume', Source: name, Target: target, ...(mode === 'ro' ? { ReadOnly: true } : {}) })
  }
  return out
}

// As docker's convertUpdateConfig: the fields given, Parallelism 1 unless given; the
// daemon's defaults for the rest.
function rollout(f: Field, kind: 'update' | 'rollback'): UpdateConfig | undefined {
  if (!f.present || !f.checkKeys({ parallelism: 'ok', delay: 'ok', failure_action: 'ok', monitor: 'ok', max_failure_ratio: 'ok', order: 'ok' })) return undefined
  const ratio = f.get('max_failure_ratio').num()
  if (ratio !== undefined && (ratio < 0 || ratio > 1)) f.get('max_failure_ratio').error('must be between 0 and 1')
  return {
    Parallelism: f.get('parallelism').uint() ?? 1,
    ...defined({
      Delay: f.get('delay').durationNs(),
      FailureAction: f.get('failure_action').oneOf(kind === 'update' ? (['pause', 'continue', 'rollback'] as const) : (['pause', 'continue'] as const)),
      Monitor: f.get('monitor').durationNs(),
      MaxFailureRatio: ratio,
      Order: f.get('order').oneOf(['start-first', 'stop-first'] as const),
    }),
  }
}

function resources(f: Field, spec: ServiceSpec): void {
  if (!f.present || !f.checkKeys({ limits: 'ok', reservations: 'ok' })) return
  const out: NonNullable<ServiceSpec['TaskTemplate']['Resources']> = {}
  for (const kind of ['limits', 'reservations'] as const) {
    const r = f.get(kind)
    if (!r.present) continue
    r.checkKeys(kind === 'limits' ? { cpus: 'ok', memory: 'ok', pids: 'ok' } : { cpus: 'ok', memory: 'ok', generic_resources: '', devices: '' })
    const res = defined({ NanoCPUs: r.get('cpus').nanoCpus(), MemoryBytes: r.get('memory').bytes(), Pids: r.get('pids').uint() })
    out[kind === 'limits' ? 'Limits' : 'Reservations'] = res
  }
  spec.TaskTemplate.Resources = out
}

function deploy(f: Field, spec: ServiceSpec, imageLabel: string, namespace: string): void {
  if (f.present) f.checkKeys(DEPLOY_KEYS)
  const mode = f.get('mode').oneOf(MODES) ?? 'replicated'
  const replicas = f.get('replicas').uint()
  if (mode.startsWith('global') && replicas !== undefined) f.get('replicas').error(`replicas cannot be used with ${mode} mode`)
  // Jobs as docker's convert: replicas are both the completions and how many run at once.
  const modes: Record<typeof mode, JobMode> = {
    replicated: { Replicated: { Replicas: replicas ?? 1 } },
    global: { Global: {} },
    'replicated-job': { ReplicatedJob: { MaxConcurrent: replicas ?? 1, TotalCompletions: replicas ?? 1 } },
    'global-job': { GlobalJob: {} },
  }
  spec.Mode = modes[mode]
  const job = mode.endsWith('-job')
  if (job && f.get('update_config').present) f.get('update_config').error('a job is not updated by rolling updates: remove update_config')
  spec.Labels = { ...f.get('labels').stringMap(), [IMAGE_LABEL]: imageLabel, [NAMESPACE_LABEL]: namespace }

  const p = f.get('placement')
  if (p.present && p.checkKeys({ constraints: 'ok', preferences: 'ok', max_replicas_per_node: 'ok' })) {
    const placement: NonNullable<ServiceSpec['TaskTemplate']['Placement']> = {}
    const constraints = p.get('constraints').strings()
    if (constraints?.length) placement.Constraints = constraints
    const prefs = p.get('preferences').items() ?? []
    for (const pref of prefs) {
      if (!pref.checkKeys({ spread: 'ok' })) continue
      const spread = pref.get('spread').str()
      if (spread === undefined) {
        pref.error('a placement preference is {spread: DESCRIPTOR}')
        continue
      }
      try {
        ;(placement.Preferences ??= []).push({ Spread: { SpreadDescriptor: parsePlacementPref(`spread=${spread}`) } })
      } catch (err) {
        pref.error(errorMessage(err))
      }
    }
    const max = p.get('max_replicas_per_node').uint()
    if (max !== undefined && mode.startsWith('global')) p.get('max_replicas_per_node').error(`cannot be used with ${mode} mode (one task per node already)`)
    else if (max !== undefined) placement.MaxReplicas = max
    spec.TaskTemplate.Placement = placement
  }
  resources(f.get('resources'), spec)
  const update = rollout(f.get('update_config'), 'update')
  if (update) spec.UpdateConfig = update
  const rollback = rollout(f.get('rollback_config'), 'rollback')
  if (rollback) spec.RollbackConfig = rollback

  const rp = f.get('restart_policy')
  if (rp.present && rp.checkKeys({ condition: 'ok', delay: 'ok', max_attempts: 'ok', window: 'ok' })) {
    const policy = defined({
      Condition: rp.get('condition').oneOf(['none', 'on-failure', 'any'] as const),
      Delay: rp.get('delay').durationNs(),
      MaxAttempts: rp.get('max_attempts').uint(),
      Window: rp.get('window').durationNs(),
    })
    spec.TaskTemplate.RestartPolicy = policy
  }
  // A job's task that succeeded must not be restarted: the daemon refuses "any" for jobs.
  if (job && !spec.TaskTemplate.RestartPolicy?.Condition) spec.TaskTemplate.RestartPolicy = { ...spec.TaskTemplate.RestartPolicy, Condition: 'on-failure' }
  const endpoint = f.get('endpoint_mode').oneOf(['vip', 'dnsrr'] as const)
  if (endpoint) spec.EndpointSpec = { ...(spec.EndpointSpec ?? {}), Mode: endpoint }
}

// docker's opts.CapabilitiesMap: upper case, "CAP_" prefixed (but ALL).
function capabilities(f: Field): string[] | undefined {
  return f.strings()?.map((c) => {
    const up = c.toUpperCase()
    return up === 'ALL' || up.startsWith('CAP_') ? up : `CAP_${up}`
  })
}

export const MODES = ['replicated', 'global', 'replicated-job', 'global-job'] as const

// ServiceMode with docker's job modes.
type JobMode = ServiceMode & { ReplicatedJob?: { MaxConcurrent?: number; TotalCompletions?: number }; GlobalJob?: Record<string, never> }

// jobs: the stack's services that are jobs (only they complete).
export function dependencies(svc: Field, jobs: ReadonlySet<string>): Dependency[] {
  const out: Dependency[] = []
  for (const d of svc.get('depends_on').entries()) {
    let condition: Dependency['condition'] = 'service_started'
    if (d.isMap()) {
      d.checkKeys({ condition: 'ok', restart: '', required: '' })
      const c = d.get('condition').oneOf(['service_started', 'service_healthy', 'service_completed_successfully'] as const)
      if (c === 'service_completed_successfully' && !jobs.has(d.key))
        d.diag.unsupported(d.get('condition'), `only a job completes, and ${d.key} is not one (deploy.mode: replicated-job or global-job)`, 'waited on as service_started')
      else if (c) condition = c
    } else if (d.present) d.error('must be a mapping (condition:) or a list of names')
    out.push({ service: d.key, condition, where: locText(d.loc) })
  }
  return out
}

export function serviceSpec(svc: Field, ctx: ServiceContext): ServiceSpec | undefined {
  const key = svc.key
  if (!svc.isMap()) return svc.error('a service must be a mapping')
  svc.checkKeys(SERVICE_KEYS)
  const runtime = svc.get('x-shoal-runtime').oneOf(['container', 'process'] as const) ?? 'container'
  const image = svc.get('image').str()
  if (!image) svc.error(runtime === 'process' ? 'image (the executable to run) is required' : 'image is required')
  const spec: ServiceSpec = {
    Name: `${ctx.namespace}_${key}`,
    TaskTemplate: { ContainerSpec: { Image: image ?? '' } },
  }
  const cs = spec.TaskTemplate.ContainerSpec!
  if (runtime === 'process') {
    spec.TaskTemplate.Runtime = 'process'
    for (const k of ['user', 'hostname', 'working_dir', 'healthcheck', 'volumes', 'tmpfs', 'stop_signal', 'read_only', 'cap_add', 'cap_drop'])
      if (svc.get(k).present) svc.get(k).error(CONTAINER_ONLY)
    if (svc.get('deploy').get('resources').get('limits').get('pids').present) svc.get('deploy').get('resources').get('limits').get('pids').error(CONTAINER_ONLY)
  }
  const entrypoint = svc.get('entrypoint')
  if (entrypoint.present) cs.Command = argv(entrypoint)
  const command = svc.get('command')
  if (command.present) cs.Args = argv(command)
  const env = environment(svc, ctx)
  if (env.length > 0) cs.Env = env
  cs.Labels = { ...svc.get('labels').stringMap(), [NAMESPACE_LABEL]: ctx.namespace }
  Object.assign(
    cs,
    defined({
      User: svc.get('user').str(),
      Dir: svc.get('working_dir').str(),
      Hostname: svc.get('hostname').str(),
      StopSignal: svc.get('stop_signal').str(),
      StopGracePeriod: svc.get('stop_grace_period').durationNs(),
      ReadOnly: svc.get('read_only').bool() || undefined,
    }),
  )
  const capAdd = capabilities(svc.get('cap_add'))
  if (capAdd?.length) cs.CapabilityAdd = capAdd
  const capDrop = capabilities(svc.get('cap_drop'))
  if (capDrop?.length) cs.CapabilityDrop = capDrop
  const hc = svc.get('healthcheck')
  if (hc.present && runtime === 'container') {
    const h = healthcheck(hc)
    if (h) cs.Healthcheck = h
  }
  if (runtime === 'container') {
    // `tmpfs: /run` or a list of paths: tmpfs mounts (docker's convert does the same).
    const tmpfs = svc.get('tmpfs')
    const paths = typeof tmpfs.value === 'string' ? [tmpfs.value] : (tmpfs.strings() ?? [])
    const mounts = [...volumes(svc.get('volumes'), ctx), ...paths.map((p): ContainerMount => ({ Type: 'tmpfs', Target: p }))]
    if (mounts.length > 0) cs.Mounts = mounts
  }
  const secrets = fileRefs<SecretReference>(svc.get('secrets'), 'secret', ctx.secrets)
  if (secrets.length > 0) cs.Secrets = secrets
  const configs = fileRefs<ConfigReference>(svc.get('configs'), 'config', ctx.configs)
  if (configs.length > 0) cs.Configs = configs

  const logging = svc.get('logging')
  if (logging.present && logging.checkKeys({ driver: 'ok', options: 'ok' })) {
    const driver = logging.get('driver').oneOf(['local', 'json-file'] as const)
    spec.TaskTemplate.LogDriver = { Name: driver ?? 'local', Options: logging.get('options').stringMap() }
  }
  deploy(svc.get('deploy'), spec, image ?? '', ctx.namespace)
  spec.TaskTemplate.Networks = networks(svc, key, ctx)
  const published = ports(svc.get('ports'))
  if (published.length > 0) spec.EndpointSpec = { ...(spec.EndpointSpec ?? {}), Ports: published }
  return spec
}
