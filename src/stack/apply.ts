// Deploying a StackPlan: compare it with what the daemon has, check everything that can be
// checked (external objects exist, secrets and configs unchanged, names not taken by
// others) before the first write, then create or update, in dependency order, and prune.
// If a write still fails, what this deploy created is removed and what it updated is
// rolled back: a failed deploy leaves the stack as it found it.
import type { Config, Secret, Service, ServiceSpec, ShoalClient } from '../api/client'
import { pinImageDigest } from '../cli/container-opts'
import { MultiError, errorMessage } from '../cli/errors'
import { namespaceOf, removeObjects, stackObjects, type Removal } from './objects'
import { creationOrder } from './order'
import { DIGEST_LABEL, IMAGE_LABEL, type Dependency, type PlannedService, type StackPlan } from './plan'

type Created = { [K in keyof Removal]-?: { ID: string; name: string }[] }

export type ResolveImage = 'always' | 'changed' | 'never'

export interface DeployOptions {
  prune: boolean
  resolveImage: ResolveImage
  dependencyTimeoutMs: number
  out: (line: string) => void
  warn: (line: string) => void
  pollMs?: number
}

interface Existing {
  services: Map<string, Service>
  networks: Set<string>
  secrets: Map<string, Secret>
  configs: Map<string, Config>
}

async function existing(client: ShoalClient): Promise<Existing> {
  const [services, networks, secrets, configs] = await Promise.all([client.serviceList(), client.networkList(), client.secretList(), client.configList()])
  return {
    services: new Map(services.map((s) => [s.Spec.Name ?? '', s])),
    networks: new Set(networks.flatMap((n) => [n.Name, n.Id])),
    secrets: new Map(secrets.map((s) => [s.Spec?.Name ?? '', s])),
    configs: new Map(configs.map((c) => [c.Spec?.Name ?? '', c])),
  }
}

// Everything the daemon's state can refuse, found before anything is written.
function conflicts(plan: StackPlan, have: Existing): string[] {
  const problems: string[] = []
  for (const n of plan.networks) {
    // "host" is docker's predefined network (a stack's way to the host's namespace); shoal's
    // daemon takes it as a service's network without listing it.
    if (n.external && n.name !== 'host' && !have.networks.has(n.name))
      problems.push(`${n.where}: network "${n.name}" is declared as external, but could not be found (create it with 'network create' first)`)
  }
  for (const [noun, list, map] of [
    ['secret', plan.secrets, have.secrets],
    ['config', plan.configs, have.configs],
  ] as const) {
    for (const f of list) {
      const current = map.get(f.name)
      if (f.external) {
        if (!current) problems.push(`${f.where}: ${noun} "${f.name}" is declared as external, but could not be found`)
      } else if (current && current.Spec?.Labels?.[DIGEST_LABEL] !== f.spec!.Labels[DIGEST_LABEL]) {
        problems.push(
          namespaceOf(current.Spec?.Labels) !== plan.namespace
            ? `${f.where}: ${noun} "${f.name}" already exists and is not this stack's`
            : current.Spec?.Labels?.[DIGEST_LABEL] === undefined
              ? `${f.where}: ${noun} "${f.name}" exists without shoal's ${DIGEST_LABEL} label (docker's stack deploy made it?), so whether its data is the file's cannot be told: remove it, or give this one another name (name: in the file)`
              : `${f.where}: ${noun} "${f.name}" has changed, and ${noun}s cannot change: give the new one another name (name: in the file)`,
        )
      }
    }
  }
  const mine = new Set(plan.services.map((s) => s.name))
  const held = new Map<string, string>() // "8080/tcp" -> the service outside the plan holding it
  for (const [name, s] of have.services) {
    if (mine.has(name)) continue
    // Ingress ports only: host-mode ones are per node, the scheduler's to place apart.
    for (const p of s.Endpoint?.Spec?.Ports ?? s.Spec.EndpointSpec?.Ports ?? []) if (p.PublishedPort && p.PublishMode !== 'host') held.set(`${p.PublishedPort}/${p.Protocol ?? 'tcp'}`, name)
  }
  for (const s of plan.services) {
    const current = have.services.get(s.name)
    if (current && namespaceOf(current.Spec.Labels) !== plan.namespace) problems.push(`service "${s.name}" already exists and is not part of stack ${plan.namespace}`)
    for (const p of s.spec.EndpointSpec?.Ports ?? []) {
      const holder = p.PublishMode === 'host' ? undefined : held.get(`${p.PublishedPort}/${p.Protocol ?? 'tcp'}`)
      if (p.PublishedPort && holder) problems.push(`service ${s.name}: port ${p.PublishedPort}/${p.Protocol ?? 'tcp'} is already published by service ${holder}`)
    }
  }
  return problems
}

const RUNNING_STATES: Record<Exclude<Dependency['condition'], 'service_completed_successfully'>, readonly string[]> = {
  // RUNNING waits for a health check's first pass (the agent reports it only then).
  service_healthy: ['running'],
  service_started: ['starting', 'running'],
}

const WORDS: Record<Dependency['condition'], string> = { service_healthy: 'healthy', service_started: 'started', service_completed_successfully: 'completed' }

async function conditionMet(client: ShoalClient, id: string, condition: Dependency['condition']): Promise<boolean> {
  const status = (await client.serviceInspect(id)).ServiceStatus ?? {}
  const desired = status.DesiredTasks ?? 0
  // A job is done when nothing is left to run and its tasks completed (docker's counts).
  if (condition === 'service_completed_successfully') return desired === 0 && (status.CompletedTasks ?? 0) > 0
  const tasks = await client.taskList({ service: [id], 'desired-state': ['running'] })
  return desired > 0 && tasks.filter((t) => RUNNING_STATES[condition].includes(t.Status?.State ?? '')).length >= desired
}

async function waitForDependency(client: ShoalClient, id: string, name: string, d: Dependency, dependent: string, opts: DeployOptions): Promise<void> {
  const word = WORDS[d.condition]
  opts.out(`Waiting for service ${name} to be ${word} (depends_on of ${dependent})`)
  const deadline = Date.now() + opts.dependencyTimeoutMs
  for (;;) {
    if (await conditionMet(client, id, d.condition)) return
    if (Date.now() > deadline) break
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 250))
  }
  const last = [...(await client.taskList({ service: [id] }))].sort((a, b) => String(b.UpdatedAt ?? '').localeCompare(String(a.UpdatedAt ?? '')))[0]
  const why = last ? `; its latest task is ${last.Status?.State ?? 'unknown'}${last.Status?.Err ? `: ${last.Status.Err}` : ''}` : '; it has no tasks'
  throw new Error(`service ${name} did not become ${word} within ${Math.round(opts.dependencyTimeoutMs / 1000)}s (depends_on of ${dependent}, ${d.where})${why}`)
}

async function resolveImage(client: ShoalClient, spec: ServiceSpec, current: Service | undefined, opts: DeployOptions): Promise<void> {
  if ((spec.TaskTemplate.Runtime ?? 'container') !== 'container' || opts.resolveImage === 'never') return
  if (opts.resolveImage === 'changed' && current && current.Spec.Labels?.[IMAGE_LABEL] === spec.Labels?.[IMAGE_LABEL]) {
    spec.TaskTemplate.ContainerSpec!.Image = current.Spec.TaskTemplate.ContainerSpec?.Image ?? spec.TaskTemplate.ContainerSpec!.Image
    return
  }
  await pinImageDigest(client, spec, opts.warn)
}

// Resolves the (unchanged) image again; true, with the spec pinned to the new digest, when
// the registry serves the tag at another digest than the service runs.
async function imageMoved(client: ShoalClient, spec: ServiceSpec, current: Service, opts: DeployOptions): Promise<boolean> {
  const running = current.Spec.TaskTemplate.ContainerSpec?.Image ?? ''
  if (opts.resolveImage !== 'always' || (spec.TaskTemplate.Runtime ?? 'container') !== 'container' || !running.includes('@')) return false
  if (spec.TaskTemplate.ContainerSpec!.Image.includes('@')) return false // pinned in the file
  await pinImageDigest(client, spec, opts.warn)
  const pinned = spec.TaskTemplate.ContainerSpec!.Image
  return pinned.includes('@') && pinned !== running
}

// What a deploy changed: the services created or updated, for callers that wait on them.
export interface DeployResult {
  changed: { id: string; name: string }[]
}

export async function deployStack(client: ShoalClient, plan: StackPlan, opts: DeployOptions): Promise<DeployResult> {
  const have = await existing(client)
  const problems = conflicts(plan, have)
  if (problems.length > 0) throw new MultiError(problems)

  const created: Created = { services: [], secrets: [], configs: [], networks: [] }
  const updated: { id: string; name: string }[] = []
  try {
    for (const n of plan.networks) {
      if (n.external || have.networks.has(n.name)) continue
      opts.out(`Creating network ${n.name}`)
      const { Id } = await client.networkCreate(n.request!)
      created.networks.push({ ID: Id, name: n.name })
    }
    for (const [noun, list, map, create] of [
      ['secret', plan.secrets, have.secrets, (spec: object) => client.secretCreate(spec)],
      ['config', plan.configs, have.configs, (spec: object) => client.configCreate(spec)],
    ] as const) {
      for (const f of list) {
        if (f.external || map.has(f.name)) continue
        opts.out(`Creating ${noun} ${f.name}`)
        const { ID } = await create(f.spec!)
        ;(noun === 'secret' ? created.secrets : created.configs).push({ ID, name: f.name })
      }
    }
    const ids = new Map<string, string>() // key -> service id
    const byKey = new Map(plan.services.map((s) => [s.key, s]))
    const satisfied = new Set<string>()
    for (const s of creationOrder(plan.services)) {
      const current = have.services.get(s.name)
      if (current) {
        ids.set(s.key, current.ID)
        const spec = structuredClone(s.spec)
        if (current.Spec.Labels?.[DIGEST_LABEL] === s.spec.Labels?.[DIGEST_LABEL]) {
          // The file asks for the same; with --resolve-image always (docker's default) a tag
          // the registry now serves at another digest still updates the service.
          if (!(await imageMoved(client, spec, current, opts))) {
            opts.out(`Service ${s.name} is up to date`)
            continue
          }
        } else await resolveImage(client, spec, current, opts)
        opts.out(`Updating service ${s.name} (id: ${current.ID})`)
        const res = await client.serviceUpdate(current.ID, current.Version?.Index ?? 0, spec)
        for (const w of res.Warnings ?? []) opts.warn(w)
        updated.push({ id: current.ID, name: s.name })
        continue
      }
      // A new service starts once what it depends on is started (or healthy).
      for (const d of s.dependsOn) {
        const key = `${d.service}/${d.condition}`
        if (satisfied.has(key)) continue
        await waitForDependency(client, ids.get(d.service)!, byKey.get(d.service)!.name, d, s.name, opts)
        satisfied.add(key)
      }
      const spec = structuredClone(s.spec)
      await resolveImage(client, spec, undefined, opts)
      opts.out(`Creating service ${s.name}`)
      const res = await client.serviceCreate(spec)
      for (const w of res.Warnings ?? []) opts.warn(w)
      ids.set(s.key, res.ID)
      created.services.push({ ID: res.ID, name: s.name })
    }
    if (opts.prune) await prune(client, plan, opts)
    return { changed: [...created.services.map((c) => ({ id: c.ID, name: c.name })), ...updated] }
  } catch (err) {
    await undo(client, created, updated, opts)
    throw err
  }
}

// Removes the stack's objects the plan no longer has.
async function prune(client: ShoalClient, plan: StackPlan, opts: DeployOptions): Promise<void> {
  const objects = await stackObjects(client, plan.namespace)
  const keep = (names: { name: string }[]) => new Set(names.map((n) => n.name))
  const services = keep(plan.services)
  const secrets = keep(plan.secrets)
  const configs = keep(plan.configs)
  const networks = keep(plan.networks)
  const errors = await removeObjects(
    client,
    {
      services: objects.services.filter((s) => !services.has(s.Spec.Name ?? '')).map((s) => ({ ID: s.ID, name: s.Spec.Name ?? s.ID })),
      secrets: objects.secrets.filter((s) => !secrets.has(s.Spec?.Name ?? '')).map((s) => ({ ID: s.ID, name: s.Spec?.Name ?? s.ID })),
      configs: objects.configs.filter((c) => !configs.has(c.Spec?.Name ?? '')).map((c) => ({ ID: c.ID, name: c.Spec?.Name ?? c.ID })),
      networks: objects.networks.filter((n) => !networks.has(n.Name)).map((n) => ({ ID: n.Id, name: n.Name })),
    },
    opts.out,
  )
  for (const e of errors) opts.warn(e)
}

async function undo(client: ShoalClient, created: Created, updated: { id: string; name: string }[], opts: DeployOptions): Promise<void> {
  if (created.services.length + created.secrets.length + created.configs.length + created.networks.length + updated.length === 0) return
  opts.warn('Deploy failed: undoing what it changed')
  for (const u of updated.reverse()) {
    try {
      const s = await client.serviceInspect(u.id)
      opts.out(`Rolling back service ${u.name}`)
      await client.serviceUpdate(u.id, s.Version?.Index ?? 0, s.Spec, { rollback: true })
    } catch (err) {
      opts.warn(`failed to roll back service ${u.name}: ${errorMessage(err)}`)
    }
  }
  const errors = await removeObjects(client, { ...created, services: [...created.services].reverse() }, opts.out)
  for (const e of errors) opts.warn(e)
}
