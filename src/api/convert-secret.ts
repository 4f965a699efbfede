// Docker's secret shapes (POST /secrets/create, GET /secrets, ContainerSpec.Secrets) to
// shoal's and back. Data only ever comes in: no response carries it.
import { invalid } from '../manager/errors'
import { DEFAULT_SECRET_MODE } from '../manager/secrets/control'
import { v1, type Secret } from '../manager/store'
import { labelMap, metaToDocker } from './convert'
import { BOUNDS, checkBytes, checkCount } from '../manager/bounds'

type Json = Record<string, any>

// Go's encoding/json reads []byte as standard base64 (padded) and refuses anything else.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function secretSpecFromDocker(body: unknown): v1.SecretSpec {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('missing secret spec')
  const s = body as Json
  if (s.Name !== undefined && typeof s.Name !== 'string') throw invalid('invalid secret name: must be a string')
  checkBytes(s.Name ?? '', BOUNDS.secretName)
  if (s.Driver?.Name) throw invalid(`secret driver "${s.Driver.Name}" is not supported: secrets are stored by the swarm`)
  if (s.Templating?.Name) throw invalid('secret templating is not supported')
  const data = s.Data ?? ''
  if (typeof data !== 'string' || !BASE64.test(data)) throw invalid('invalid secret data: must be base64 (standard alphabet, padded)')
  return new v1.SecretSpec({
    annotations: new v1.Annotations({ name: s.Name ?? '', labels: labelMap(s.Labels, 'secret label') }),
    data: Buffer.from(data, 'base64'),
  })
}

export function secretToDocker(s: Secret): Json {
  return {
    ...metaToDocker(s),
    Spec: { Name: s.spec?.annotations?.name ?? '', Labels: { ...(s.spec?.annotations?.labels ?? {}) } },
  }
}

// ContainerSpec.Secrets: [{File: {Name, UID, GID, Mode}, SecretID, SecretName}]. Names
// are resolved to ids (and checked) by the manager when the service is written.
export function secretReferencesFromDocker(value: unknown): v1.SecretReference[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw invalid('invalid secrets: must be a list')
  checkCount(value.length, BOUNDS.secretReferences)
  return value.map((r: Json) => {
    if (!r || typeof r !== 'object') throw invalid('invalid secret reference: must be an object')
    const f: Json = r.File ?? {}
    for (const k of ['SecretID', 'SecretName']) if (r[k] !== undefined && typeof r[k] !== 'string') throw invalid(`invalid secret reference: ${k} must be a string`)
    for (const k of ['Name', 'UID', 'GID']) if (f[k] !== undefined && typeof f[k] !== 'string') throw invalid(`invalid secret reference: File.${k} must be a string`)
    if (!r.SecretID && !r.SecretName) throw invalid('invalid secret reference: SecretName (or SecretID) is required')
    for (const k of ['SecretID', 'SecretName']) checkBytes(r[k] ?? '', BOUNDS.secretTarget, `secret reference ${k}`)
    checkBytes(f.Name ?? '', BOUNDS.secretTarget)
    for (const k of ['UID', 'GID']) if (f[k] !== undefined && f[k] !== '' && !/^\d{1,10}$/.test(f[k])) throw invalid(`invalid secret reference: File.${k} ${JSON.stringify(f[k])} must be a numeric id`)
    const mode = f.Mode ?? DEFAULT_SECRET_MODE
    if (!Number.isInteger(mode) || mode < 0 || mode > 0o777) throw invalid(`invalid secret mode ${JSON.stringify(mode)}: permission bits only, 0 to 0777 (511)`)
    return new v1.SecretReference({ secretId: r.SecretID ?? '', secretName: r.SecretName ?? '', target: f.Name ?? '', uid: f.UID ?? '', gid: f.GID ?? '', mode })
  })
}

export function secretReferencesToDocker(refs: v1.ISecretReference[] | null | undefined): Json[] | undefined {
  if (!refs?.length) return undefined
  return refs.map((r) => ({ File: { Name: r.target ?? '', UID: r.uid || '0', GID: r.gid || '0', Mode: r.mode ?? DEFAULT_SECRET_MODE }, SecretID: r.secretId ?? '', SecretName: r.secretName ?? '' }))
}
