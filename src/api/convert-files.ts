// Docker's secret and config shapes (POST /secrets/create and /configs/create, GET
// /secrets and /configs, ContainerSpec.Secrets and .Configs) to shoal's and back. One
// set of functions for both kinds: they differ in field names (SecretID / ConfigID) and
// in that a config's data is shown (Spec.Data), a secret's never.
import { invalid } from '../manager/errors'
import { DEFAULT_FILE_MODE } from '../manager/files/kinds'
import { v1, type Config, type Secret } from '../manager/store'
import { labelMap, metaToDocker } from './convert'
import { BOUNDS, checkBytes, checkCount } from '../manager/bounds'

type Json = Record<string, any>
type Noun = 'secret' | 'config'

// Go's encoding/json reads []byte as standard base64 (padded) and refuses anything else.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

// docker's SecretSpec / ConfigSpec: {Name, Labels, Data (base64), Driver (secrets),
// Templating}. External drivers and template drivers are refused by name.
export function fileSpecFromDocker(noun: Noun, body: unknown): { annotations: v1.Annotations; data: Buffer } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid(`missing ${noun} spec`)
  const s = body as Json
  if (s.Name !== undefined && typeof s.Name !== 'string') throw invalid(`invalid ${noun} name: must be a string`)
  checkBytes(s.Name ?? '', BOUNDS.fileName, `${noun} name`)
  if (s.Driver?.Name) throw invalid(`${noun} driver "${s.Driver.Name}" is not supported: ${noun}s are stored by the swarm`)
  if (s.Templating?.Name) throw invalid(`${noun} template driver "${s.Templating.Name}" is not supported: ${noun} data is used as it is`)
  const data = s.Data ?? ''
  if (typeof data !== 'string' || !BASE64.test(data)) throw invalid(`invalid ${noun} data: must be base64 (standard alphabet, padded)`)
  return { annotations: new v1.Annotations({ name: s.Name ?? '', labels: labelMap(s.Labels, `${noun} label`) }), data: Buffer.from(data, 'base64') }
}

export const secretSpecFromDocker = (body: unknown): v1.SecretSpec => new v1.SecretSpec(fileSpecFromDocker('secret', body))
export const configSpecFromDocker = (body: unknown): v1.ConfigSpec => new v1.ConfigSpec(fileSpecFromDocker('config', body))

export function secretToDocker(s: Secret): Json {
  return {
    ...metaToDocker(s),
    Spec: { Name: s.spec?.annotations?.name ?? '', Labels: { ...(s.spec?.annotations?.labels ?? {}) } },
  }
}

export function configToDocker(c: Config): Json {
  return {
    ...metaToDocker(c),
    Spec: { Name: c.spec?.annotations?.name ?? '', Labels: { ...(c.spec?.annotations?.labels ?? {}) }, Data: Buffer.from(c.spec?.data ?? []).toString('base64') },
  }
}

const FIELDS = {
  secret: { ID: 'SecretID', Name: 'SecretName', id: 'secretId', name: 'secretName' },
  config: { ID: 'ConfigID', Name: 'ConfigName', id: 'configId', name: 'configName' },
} as const

// ContainerSpec.Secrets / .Configs: [{File: {Name, UID, GID, Mode}, SecretID|ConfigID,
// SecretName|ConfigName}]. Names are resolved to ids (and checked) by the manager when
// the service is written. A config's Runtime target (docker's Windows credential specs)
// is refused.
export function fileReferencesFromDocker(noun: Noun, value: unknown): Json[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw invalid(`invalid ${noun}s: must be a list`)
  checkCount(value.length, BOUNDS.fileReferences, `${noun}s of a service`)
  const f = FIELDS[noun]
  return value.map((r: Json) => {
    if (!r || typeof r !== 'object') throw invalid(`invalid ${noun} reference: must be an object`)
    if (r.Runtime !== undefined && r.Runtime !== null) throw invalid(`invalid ${noun} reference: Runtime targets are not supported`)
    const file: Json = r.File ?? {}
    for (const k of [f.ID, f.Name]) if (r[k] !== undefined && typeof r[k] !== 'string') throw invalid(`invalid ${noun} reference: ${k} must be a string`)
    for (const k of ['Name', 'UID', 'GID']) if (file[k] !== undefined && typeof file[k] !== 'string') throw invalid(`invalid ${noun} reference: File.${k} must be a string`)
    if (!r[f.ID] && !r[f.Name]) throw invalid(`invalid ${noun} reference: ${f.Name} (or ${f.ID}) is required`)
    for (const k of [f.ID, f.Name]) checkBytes(r[k] ?? '', BOUNDS.fileTarget, `${noun} reference ${k}`)
    checkBytes(file.Name ?? '', BOUNDS.fileTarget, `${noun} target`)
    for (const k of ['UID', 'GID']) if (file[k] !== undefined && file[k] !== '' && !/^\d{1,10}$/.test(file[k])) throw invalid(`invalid ${noun} reference: File.${k} ${JSON.stringify(file[k])} must be a numeric id`)
    const mode = file.Mode ?? DEFAULT_FILE_MODE
    if (!Number.isInteger(mode) || mode < 0 || mode > 0o777) throw invalid(`invalid ${noun} mode ${JSON.stringify(mode)}: permission bits only, 0 to 0777 (511)`)
    return { [f.id]: r[f.ID] ?? '', [f.name]: r[f.Name] ?? '', target: file.Name ?? '', uid: file.UID ?? '', gid: file.GID ?? '', mode }
  })
}

export const secretReferencesFromDocker = (value: unknown): v1.SecretReference[] => fileReferencesFromDocker('secret', value).map((r) => new v1.SecretReference(r))
export const configReferencesFromDocker = (value: unknown): v1.ConfigReference[] => fileReferencesFromDocker('config', value).map((r) => new v1.ConfigReference(r))

export function fileReferencesToDocker(noun: Noun, refs: readonly Json[] | null | undefined): Json[] | undefined {
  if (!refs?.length) return undefined
  const f = FIELDS[noun]
  return refs.map((r) => ({ File: { Name: r.target ?? '', UID: r.uid || '0', GID: r.gid || '0', Mode: r.mode ?? DEFAULT_FILE_MODE }, [f.ID]: r[f.id] ?? '', [f.Name]: r[f.name] ?? '' }))
}
