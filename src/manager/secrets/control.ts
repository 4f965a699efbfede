// The secrets API's logic (docker's /secrets endpoints, SwarmKit's controlapi/secret.go):
// validate, seal, write through the store. Secret data is sealed here, on the leader,
// before the proposal, and never leaves this module unsealed except on its way to a node
// (delivery.ts). Nothing here puts secret data into an error message.
import { ShoalError, invalid, notFound } from '../errors'
import { newId } from '../ids'
import { idOf, v1, type ClusterStore, type Secret, type Service, type StoreView } from '../store'
import type { SecretsKey } from './key'

// SwarmKit's MaxSecretSize: data must be shorter than this.
export const MAX_SECRET_SIZE = 500 * 1024
const NAME_RE = /^[a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?$/
export const DEFAULT_SECRET_MODE = 0o444
// Where docker puts secrets in a container; a target under it means the same file here.
const CONTAINER_SECRETS_DIR = '/run/secrets/'

export interface SecretFilters {
  name?: string[] // exact names
  names?: string[] // name prefixes
  id?: string[] // id prefixes
  label?: string[] // "key" or "key=value"
}

export class SecretControl {
  constructor(
    private readonly store: ClusterStore,
    private readonly key: SecretsKey,
  ) {}

  // An id, a name or a unique id prefix, as docker resolves them.
  get(ref: string, view = this.store.view()): Secret {
    const exact = view.get('secrets', ref) ?? view.find('secrets', 'name', ref)[0]
    if (exact) return exact
    const byPrefix = ref ? view.list('secrets').filter((s) => idOf(s).startsWith(ref)) : []
    if (byPrefix.length === 1) return byPrefix[0]
    if (byPrefix.length > 1) throw invalid(`secret ${ref} is ambiguous (${byPrefix.length} matches found)`)
    throw notFound(`secret ${ref} not found`)
  }

  list(filters: SecretFilters = {}, view = this.store.view()): Secret[] {
    return view.list('secrets').filter((s) => {
      const name = s.spec?.annotations?.name ?? ''
      const labels = s.spec?.annotations?.labels ?? {}
      if (filters.name?.length && !filters.name.includes(name)) return false
      if (filters.names?.length && !filters.names.some((p) => name.startsWith(p))) return false
      if (filters.id?.length && !filters.id.some((p) => idOf(s).startsWith(p))) return false
      for (const l of filters.label ?? []) {
        const eq = l.indexOf('=')
        const k = eq === -1 ? l : l.slice(0, eq)
        if (!(k in labels) || (eq !== -1 && labels[k] !== l.slice(eq + 1))) return false
      }
      return true
    })
  }

  async create(spec: v1.SecretSpec): Promise<Secret> {
    const name = spec.annotations?.name ?? ''
    validateName(name)
    const size = spec.data?.length ?? 0
    if (size < 1 || size >= MAX_SECRET_SIZE) {
      throw invalid(`secret data must be larger than 0 and less than ${MAX_SECRET_SIZE} bytes (500 KiB); got ${size} bytes`)
    }
    if (this.store.view().find('secrets', 'name', name).length > 0) throw new ShoalError('AlreadyExists', `secret ${name} already exists`)
    const id = newId()
    const secret = new v1.Secret({
      meta: new v1.Meta({ id }),
      spec: new v1.SecretSpec({ annotations: new v1.Annotations({ name, labels: spec.annotations?.labels ?? {} }) }),
      sealedData: this.key.seal(id, spec.data),
    })
    await this.store.write((b) => b.create('secrets', secret)) // the unique name index refuses a racing twin
    return this.get(id)
  }

  // docker's POST /secrets/{id}/update: only the labels may change (SwarmKit's rule).
  async update(ref: string, version: number, spec: v1.SecretSpec): Promise<Secret> {
    const view = this.store.view()
    const secret = this.get(ref, view)
    if (!Number.isInteger(version) || version <= 0) throw invalid('update requires the version of the secret being updated (?version=)')
    if (Number(secret.meta!.version) !== version)
      throw new ShoalError('Conflict', `update out of sequence: secret ${secret.spec!.annotations!.name} is at version ${secret.meta!.version}, not ${version}`)
    const name = spec.annotations?.name ?? ''
    const dataChanged = (spec.data?.length ?? 0) > 0 && !this.key.open(idOf(secret), secret.sealedData).equals(Buffer.from(spec.data))
    if (name !== secret.spec!.annotations!.name || dataChanged) throw invalid('only updates to Labels are allowed')
    secret.spec!.annotations!.labels = spec.annotations?.labels ?? {}
    await this.store.write((b) => b.update('secrets', secret))
    return this.get(idOf(secret))
  }

  // Refused while a service refers to the secret (docker's wording).
  async remove(ref: string): Promise<void> {
    const view = this.store.view()
    const secret = this.get(ref, view)
    const users = servicesUsing(view, idOf(secret))
      .map((s) => s.spec?.annotations?.name ?? idOf(s))
      .sort()
    if (users.length > 0) {
      throw invalid(`secret '${secret.spec!.annotations!.name}' is in use by the following service${users.length > 1 ? 's' : ''}: ${users.join(', ')}`)
    }
    await this.store.write((b) => b.delete('secrets', idOf(secret), Number(secret.meta!.version)))
  }
}

function validateName(name: string): void {
  if (name === '') throw invalid('a secret name is required')
  if (name.length > 64 || !NAME_RE.test(name)) {
    throw invalid(`invalid secret name "${name}": only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]`)
  }
}

export function referencesOf(spec: v1.IServiceSpec | null | undefined): v1.ISecretReference[] {
  return spec?.task?.container?.secrets ?? []
}

// A service spec's secret references, checked against the store before it is written:
// each names an existing secret (by id, or by name: the id is filled in), targets are
// relative paths without "..", one file per target. Throws, naming what is wrong; the
// spec is completed in place.
export function resolveSecretReferences(spec: v1.IServiceSpec, view: StoreView): void {
  const refs = referencesOf(spec)
  const missing: string[] = []
  const targets = new Map<string, string>()
  for (const r of refs) {
    const byId = r.secretId ? view.get('secrets', r.secretId) : null
    const secret = r.secretId ? byId : view.find('secrets', 'name', r.secretName ?? '')[0]
    // docker's CLI sends both: the id it looked up must still carry the name it gave.
    if (!secret || (r.secretName && secret.spec?.annotations?.name !== r.secretName)) {
      missing.push(r.secretName || r.secretId || '""')
      continue
    }
    const name = secret.spec!.annotations!.name as string
    r.secretId = idOf(secret)
    r.secretName = name
    let target = r.target || name
    if (target.startsWith(CONTAINER_SECRETS_DIR)) target = target.slice(CONTAINER_SECRETS_DIR.length)
    if (target === '' || target.startsWith('/') || target.split('/').some((p) => p === '..' || p === '') || target.includes('\0')) {
      throw invalid(`invalid secret target "${r.target}" for secret ${r.secretName}: a file name or relative path without ".." (or a path under /run/secrets/)`)
    }
    r.target = target
    const other = targets.get(target)
    if (other !== undefined) throw invalid(`secret references '${other}' and '${name}' have a conflicting target: '${target}'`)
    targets.set(target, name)
  }
  if (missing.length > 0) throw invalid(`secret not found: ${missing.join(', ')}`)
}

// Services whose current spec refers to the secret.
export function servicesUsing(view: StoreView, secretId: string): Service[] {
  return view.list('services').filter((s) => referencesOf(s.spec).some((r) => r.secretId === secretId))
}
