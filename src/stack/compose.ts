// A compose file (version 3.x, or the Compose Specification without `version:`) to a
// StackPlan. Every problem in the file is collected (file:line: path: message) and, if
// there is any, nothing is planned; keys compose defines but shoal does not act on are
// warnings (errors with --strict).
import * as fs from 'node:fs'
import * as path from 'node:path'

import type { NetworkCreateRequest } from '../api/client'
import { MultiError } from '../cli/errors'
import { loadCompose, type LoadOptions } from './load'
import { dependencyProblems } from './order'
import { DIGEST_LABEL, NAMESPACE_LABEL, scoped, sealService, specDigest, validateNamespace, type PlannedFile, type PlannedNetwork, type PlannedService, type StackPlan } from './plan'
import { Diagnostics, Field } from './reader'
import { dependencies, serviceSpec, type ServiceContext } from './service'
import { locText } from './yaml'

const TOP_KEYS = {
  version: 'ok',
  name: 'ok',
  services: 'ok',
  networks: 'ok',
  volumes: 'ok',
  secrets: 'ok',
  configs: 'ok',
  include: 'merge the files with -c instead',
  models: '',
}

// SwarmKit's limit on secret and config data.
const MAX_FILE_BYTES = 500 * 1024 - 1
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/

export interface ComposeResult {
  plan: StackPlan
  warnings: string[]
  root: Field // the merged file, for callers that look at what it holds (bundle)
}

function checkVersion(f: Field): void {
  const v = f.str()
  if (v === undefined) return
  if (!/^3(\.\d+)?$/.test(v)) f.error(`version "${v}" is not supported: a stack file is version 3.x, or has no version (the Compose Specification)`)
}

function networks(root: Field, namespace: string, usesDefault: boolean): PlannedNetwork[] {
  const out: PlannedNetwork[] = []
  const declared = root.get('networks')
  const entries = declared.entries()
  if (usesDefault && !declared.has('default')) {
    out.push({ key: 'default', name: scoped(namespace, 'default'), external: false, where: locText(root.loc), request: { Name: scoped(namespace, 'default'), Driver: 'overlay', Scope: 'swarm', Labels: { [NAMESPACE_LABEL]: namespace } } })
  }
  for (const n of entries) {
    const where = locText(n.loc)
    if (n.present && !n.checkKeys({ driver: 'ok', driver_opts: 'ok', attachable: 'ok', internal: 'ok', labels: 'ok', ipam: 'ok', external: 'ok', name: 'ok', enable_ipv6: 'shoal networks are IPv4', enable_ipv4: '' })) continue
    const ext = n.get('external')
    // `external: {name: x}` is the 3.x spelling of `external: true` + `name: x`.
    const extName = ext.isMap() ? ext.get('name').str() : undefined
    const external = ext.isMap() ? true : (ext.bool() ?? false)
    const given = extName ?? n.get('name').str()
    if (external) {
      for (const k of ['driver', 'driver_opts', 'ipam', 'attachable', 'internal', 'labels']) if (n.has(k)) n.get(k).error('an external network is not created: remove this key or external')
      out.push({ key: n.key, name: given ?? n.key, external: true, where })
      continue
    }
    const name = given ?? scoped(namespace, n.key)
    const driver = n.get('driver').str() ?? 'overlay'
    if (driver !== 'overlay') n.get('driver').error(`driver "${driver}" is not supported: swarm networks are overlay networks`)
    const request: NetworkCreateRequest = { Name: name, Driver: 'overlay', Scope: 'swarm', Labels: { ...n.get('labels').stringMap(), [NAMESPACE_LABEL]: namespace } }
    const opts = n.get('driver_opts').stringMap()
    if (Object.keys(opts).length > 0) request.Options = opts
    if (n.get('attachable').bool()) request.Attachable = true
    if (n.get('internal').bool()) request.Internal = true
    const ipam = n.get('ipam')
    if (ipam.present && ipam.checkKeys({ driver: 'ok', config: 'ok', options: 'ok' })) {
      const configs = (ipam.get('config').items() ?? []).flatMap((c) => {
        if (!c.checkKeys({ subnet: 'ok', ip_range: 'ok', gateway: 'ok', aux_addresses: 'auxiliary addresses are not supported' })) return []
        const entry: { Subnet?: string; IPRange?: string; Gateway?: string } = {}
        const subnet = c.get('subnet').str()
        if (subnet) entry.Subnet = subnet
        const range = c.get('ip_range').str()
        if (range) entry.IPRange = range
        const gateway = c.get('gateway').str()
        if (gateway) entry.Gateway = gateway
        return [entry]
      })
      request.IPAM = { Driver: ipam.get('driver').str() ?? 'default', Config: configs }
      const options = ipam.get('options').stringMap()
      if (Object.keys(options).length > 0) request.IPAM.Options = options
    }
    out.push({ key: n.key, name, external: false, request, where })
  }
  return out
}

function files(root: Field, noun: 'secret' | 'config', namespace: string, dir: string, lookup: (n: string) => string | undefined): PlannedFile[] {
  const out: PlannedFile[] = []
  for (const f of root.get(`${noun}s`).entries()) {
    const where = locText(f.loc)
    const rules: Record<string, string> = { file: 'ok', external: 'ok', name: 'ok', labels: 'ok', environment: 'ok', driver: `${noun}s are stored by the swarm`, driver_opts: '', template_driver: `${noun} data is used as it is` }
    if (noun === 'config') rules.content = 'ok'
    if (!f.checkKeys(rules)) continue
    const ext = f.get('external')
    const extName = ext.isMap() ? ext.get('name').str() : undefined
    const external = ext.isMap() ? true : (ext.bool() ?? false)
    const given = extName ?? f.get('name').str()
    if (external) {
      out.push({ key: f.key, name: given ?? f.key, external: true, where })
      continue
    }
    const sources = ['file', 'environment', 'content'].filter((k) => f.has(k))
    if (sources.length !== 1) {
      f.error(sources.length === 0 ? `a ${noun} needs file:, environment:${noun === 'config' ? ', content:' : ''} or external: true` : `give only one of ${sources.join(', ')}`)
      continue
    }
    let data: Buffer | undefined
    const src = f.get(sources[0])
    const value = src.str()
    if (value === undefined) continue
    if (sources[0] === 'file') {
      const file = path.resolve(dir, value)
      try {
        data = fs.readFileSync(file)
      } catch (err) {
        src.error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`)
        continue
      }
    } else if (sources[0] === 'environment') {
      const v = lookup(value)
      if (v === undefined) {
        src.error(`variable ${value} is not set`)
        continue
      }
      data = Buffer.from(v)
    } else data = Buffer.from(value)
    if (data.length === 0 || data.length > MAX_FILE_BYTES) {
      src.error(`${noun} data must be 1 byte to 500 KiB, not ${data.length} bytes`)
      continue
    }
    const lbls: Record<string, string> = { ...f.get('labels').stringMap(), [NAMESPACE_LABEL]: namespace }
    // Secrets and configs cannot change: the digest tells a redeploy whether the file did.
    lbls[DIGEST_LABEL] = specDigest({ data: data.toString('base64'), labels: lbls })
    const name = given ?? scoped(namespace, f.key)
    out.push({ key: f.key, name, external: false, where, spec: { Name: name, Labels: lbls, Data: data.toString('base64') } })
  }
  return out
}

// Messages in the order of the files and lines they name (conversion finds them in its
// own order).
function byLocation(messages: readonly string[], files: readonly string[]): string[] {
  const key = (m: string): [number, number] => {
    const match = /^(.*?):(\d+): /.exec(m)
    if (!match) return [-1, 0]
    const file = files.indexOf(match[1] === 'stdin' ? '-' : match[1])
    return [file, Number(match[2])]
  }
  return [...messages].sort((a, b) => {
    const [fa, la] = key(a)
    const [fb, lb] = key(b)
    return fa - fb || la - lb
  })
}

// Reads, validates and plans. Throws a MultiError listing every problem; returns the plan
// and the warnings otherwise.
export function planFromCompose(composeFiles: readonly string[], namespace: string, options: LoadOptions & { strict?: boolean } = {}): ComposeResult {
  validateNamespace(namespace)
  const loaded = loadCompose(composeFiles, options)
  if (loaded.errors.length > 0) throw new MultiError(loaded.errors)
  const diag = new Diagnostics(options.strict ?? false)
  const root = Field.root(diag, loaded.value, loaded.loc)
  root.checkKeys(TOP_KEYS)
  checkVersion(root.get('version'))
  // Named volumes: NAMESPACE_key as docker's, unless external or given a name:.
  const volumes = new Map<string, string>()
  for (const v of root.get('volumes').entries()) {
    if (v.present) v.checkKeys({ driver: 'shoal volumes are local', driver_opts: '', external: 'ok', labels: '', name: 'ok' })
    const ext = v.get('external')
    const extName = ext.isMap() ? ext.get('name').str() : undefined
    const external = ext.isMap() ? true : (ext.bool() ?? false)
    const given = extName ?? v.get('name').str()
    volumes.set(v.key, given ?? (external ? v.key : scoped(namespace, v.key)))
  }

  const servicesField = root.get('services')
  const serviceFields = servicesField.entries()
  if (serviceFields.length === 0 && diag.errors.length === 0) servicesField.error('a stack needs at least one service')
  const usesDefault = serviceFields.some((s) => !s.get('networks').present || s.get('networks').has('default'))
  const nets = networks(root, namespace, usesDefault)
  const secrets = files(root, 'secret', namespace, loaded.dir, loaded.lookup)
  const configs = files(root, 'config', namespace, loaded.dir, loaded.lookup)
  const ctx: ServiceContext = {
    namespace,
    dir: loaded.dir,
    lookup: loaded.lookup,
    networks: new Map(nets.map((n) => [n.key, n.name])),
    secrets: new Map(secrets.map((s) => [s.key, s.name])),
    configs: new Map(configs.map((c) => [c.key, c.name])),
    volumes,
    defaultNetwork: nets.find((n) => n.key === 'default')?.name ?? scoped(namespace, 'default'),
  }
  const jobs = new Set(serviceFields.filter((s) => String(s.get('deploy').get('mode').value ?? '').endsWith('-job')).map((s) => s.key))
  const services: PlannedService[] = []
  for (const s of serviceFields) {
    const name = scoped(namespace, s.key)
    if (!NAME_RE.test(s.key) || name.length > 63) {
      s.error(`invalid service name "${s.key}": letters, digits, "_", "." and "-", starting with a letter or digit, and at most 63 characters with the stack's name`)
      continue
    }
    const spec = serviceSpec(s, ctx)
    if (spec) services.push({ key: s.key, name, spec, dependsOn: dependencies(s, jobs) })
  }
  diag.errors.push(...dependencyProblems(services))
  if (diag.errors.length > 0) throw new MultiError(byLocation(diag.errors, loaded.files))
  for (const s of services) sealService(s.spec, namespace)
  return { plan: { namespace, services, networks: nets, secrets, configs }, warnings: byLocation(diag.warnings, loaded.files), root }
}
