// Distributed Application Bundles (.dab, Version 0.1), the format docker's experimental
// `docker deploy` read and `docker-compose bundle` wrote (docker removed both in 20.10):
//   {"Version": "0.1", "Services": {"web": {"Image": "nginx@sha256:...", "Command": [...],
//    "Args": [...], "Env": ["A=1"], "Labels": {...}, "Ports": [{"Protocol": "tcp",
//    "Port": 80}], "WorkingDir": "/srv", "User": "1000", "Networks": ["front"]}}}
// Deployed as docker deployed them (cli/command/stack/deploy_bundlefile.go): services
// NS_name, one overlay network NS_net per network a service names (none by default), each
// attachment aliased by the service's name, ports published by the swarm.
//
// shoal's extension: "x-shoal-runtime": "process" in a service runs Image as a host
// executable (the process runtime); such an Image is a path, not pinned by a digest.
import * as fs from 'node:fs'
import * as path from 'node:path'

import type { NetworkAttachmentConfig, ServiceSpec } from '../api/client'
import { MultiError } from '../cli/errors'
import { IMAGE_LABEL, NAMESPACE_LABEL, scoped, sealService, validateNamespace, type PlannedNetwork, type StackPlan } from './plan'
import { Diagnostics, Field } from './reader'
import { parseYaml, type Json } from './yaml'

export interface BundlePort {
  Protocol: string
  Port: number
}

export interface BundleService {
  Image: string
  Command?: string[]
  Args?: string[]
  Env?: string[]
  Labels?: Record<string, string>
  Ports?: BundlePort[]
  WorkingDir?: string
  User?: string
  Networks?: string[]
  'x-shoal-runtime'?: 'process'
}

export interface Bundle {
  Version: '0.1'
  Services: Record<string, BundleService>
}

const SERVICE_KEYS = { Image: 'ok', Command: 'ok', Args: 'ok', Env: 'ok', Labels: 'ok', Ports: 'ok', WorkingDir: 'ok', User: 'ok', Networks: 'ok' }

// The file as JSON, with each value's line (JSON is YAML; yaml.ts keeps lines). A syntax
// error is found by JSON.parse first, so a file YAML would forgive (a trailing comma) is
// still refused as the JSON it must be.
function readBundleFile(file: string): { value: Json; display: string } {
  const display = file
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (err) {
    throw new Error((err as NodeJS.ErrnoException).code === 'ENOENT' ? `${display}: no such file` : `${display}: ${(err as Error).message}`)
  }
  try {
    JSON.parse(text)
  } catch (err) {
    const message = (err as Error).message
    const at = /position (\d+)/.exec(message)
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1
    throw new Error(`${display}:${line}: invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}`)
  }
  const parsed = parseYaml(display, text, (s) => s)
  if (parsed.errors.length > 0) throw new MultiError(parsed.errors)
  return { value: parsed.value, display }
}

// Reads and checks a bundle; the stack it describes, named `namespace` (default: the
// file's name without .dab).
export function planFromBundle(file: string, namespace: string | undefined, strict = false): { plan: StackPlan; warnings: string[] } {
  const ns = namespace ?? path.basename(file).replace(/\.dab$/, '')
  validateNamespace(ns)
  const { value, display } = readBundleFile(file)
  const diag = new Diagnostics(strict)
  const root = Field.root(diag, value, { file: display, line: 1 })
  if (!root.isMap()) throw new Error(`${display}:1: a bundle is a JSON object {"Version": "0.1", "Services": {...}}`)
  root.checkKeys({ Version: 'ok', Services: 'ok' })
  const version = root.get('Version').str()
  if (version === undefined) root.error('"Version" is required ("0.1")')
  else if (version !== '0.1') root.get('Version').error(`version "${version}" is not supported (only "0.1")`)
  const services = root.get('Services').entries()
  if (services.length === 0 && root.get('Services').isMap()) root.get('Services').error('a bundle needs at least one service')
  const networks = new Map<string, PlannedNetwork>()
  const planned: StackPlan['services'] = []
  for (const s of services) {
    if (!s.isMap()) {
      s.error('a service must be an object')
      continue
    }
    s.checkKeys(SERVICE_KEYS)
    const runtime = s.get('x-shoal-runtime').oneOf(['process'] as const)
    const image = s.get('Image').str()
    if (!image) s.error('"Image" is required')
    else if (runtime !== 'process' && !image.includes('@')) diag.warnings.push(`${s.get('Image').where()}${s.get('Image').pathText}: image ${image} is not pinned by a digest: each node may run a different version`)
    const labels = s.get('Labels').stringMap()
    const spec: ServiceSpec = {
      Name: scoped(ns, s.key),
      Labels: { ...labels, [IMAGE_LABEL]: image ?? '', [NAMESPACE_LABEL]: ns },
      // As docker's: a bundle's Labels label the service; the containers get the stack's.
      TaskTemplate: { ContainerSpec: { Image: image ?? '', Labels: { [NAMESPACE_LABEL]: ns } } },
      Mode: { Replicated: { Replicas: 1 } },
    }
    const cs = spec.TaskTemplate.ContainerSpec!
    if (runtime === 'process') spec.TaskTemplate.Runtime = 'process'
    for (const [key, field] of [
      ['Command', 'Command'],
      ['Args', 'Args'],
      ['Env', 'Env'],
    ] as const) {
      const list = s.get(key).strings()
      if (list?.length) cs[field] = list
    }
    for (const e of cs.Env ?? []) if (!/^[^=\s]+=/.test(e)) s.get('Env').error(`"${e}" is not KEY=VALUE`)
    const dir = s.get('WorkingDir').str()
    if (dir) cs.Dir = dir
    const user = s.get('User').str()
    if (user) cs.User = user
    if (runtime === 'process') for (const k of ['WorkingDir', 'User']) if (s.get(k).present) s.get(k).error('needs the container runtime')
    const ports = (s.get('Ports').items() ?? []).flatMap((p) => {
      if (!p.checkKeys({ Protocol: 'ok', Port: 'ok' })) return []
      const port = p.get('Port').uint()
      if (port === undefined || port < 1 || port > 65535) return p.get('Port').error('a port number from 1 to 65535 is required') ?? []
      return [{ Protocol: p.get('Protocol').oneOf(['tcp', 'udp', 'sctp'] as const) ?? 'tcp', TargetPort: port }]
    })
    if (ports.length > 0) spec.EndpointSpec = { Ports: ports }
    const attachments: NetworkAttachmentConfig[] = []
    for (const n of s.get('Networks').strings() ?? []) {
      const name = scoped(ns, n)
      if (!networks.has(n)) networks.set(n, { key: n, name, external: false, where: s.get('Networks').where().replace(/: $/, ''), request: { Name: name, Driver: 'overlay', Scope: 'swarm', Labels: { [NAMESPACE_LABEL]: ns } } })
      attachments.push({ Target: name, Aliases: [s.key] })
    }
    if (attachments.length > 0) spec.TaskTemplate.Networks = attachments
    planned.push({ key: s.key, name: spec.Name!, spec, dependsOn: [] })
  }
  if (diag.errors.length > 0) throw new MultiError(diag.errors)
  for (const s of planned) sealService(s.spec, ns)
  return { plan: { namespace: ns, services: planned, networks: [...networks.values()], secrets: [], configs: [] }, warnings: diag.warnings }
}

// The compose keys a bundle can carry; others are named in a warning by `bundle`.
export const BUNDLE_COMPOSE_KEYS = new Set(['image', 'command', 'entrypoint', 'environment', 'env_file', 'labels', 'ports', 'working_dir', 'user', 'networks', 'x-shoal-runtime'])

// A bundle of a planned stack's services. `pin` gives each container image's digest
// reference (the daemon's registry resolution); process-runtime services keep their
// executable's path.
export async function bundleFromPlan(plan: StackPlan, pin: (image: string) => Promise<string>): Promise<Bundle> {
  const out: Bundle = { Version: '0.1', Services: {} }
  const networkKeys = new Map(plan.networks.map((n) => [n.name, n.key]))
  for (const s of plan.services) {
    const cs = s.spec.TaskTemplate.ContainerSpec!
    const process = s.spec.TaskTemplate.Runtime === 'process'
    const b: BundleService = { Image: process || cs.Image.includes('@') ? cs.Image : await pin(cs.Image) }
    if (cs.Command?.length) b.Command = cs.Command
    if (cs.Args?.length) b.Args = cs.Args
    if (cs.Env?.length) b.Env = cs.Env
    const labels = Object.fromEntries(Object.entries(cs.Labels ?? {}).filter(([k]) => k !== NAMESPACE_LABEL))
    if (Object.keys(labels).length > 0) b.Labels = labels
    const ports = s.spec.EndpointSpec?.Ports ?? []
    if (ports.length > 0) b.Ports = ports.map((p) => ({ Protocol: p.Protocol ?? 'tcp', Port: p.TargetPort ?? 0 }))
    if (cs.Dir) b.WorkingDir = cs.Dir
    if (cs.User) b.User = cs.User
    const nets = (s.spec.TaskTemplate.Networks ?? []).map((n) => networkKeys.get(n.Target) ?? n.Target)
    if (nets.length > 0) b.Networks = nets
    if (process) b['x-shoal-runtime'] = 'process'
    out.Services[s.key] = b
  }
  return out
}

// Sorted keys, two spaces: what docker-compose bundle wrote.
export function bundleText(bundle: Bundle): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v
  return JSON.stringify(sorted(bundle), null, 2) + '\n'
}
