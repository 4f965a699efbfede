// The API logic of secrets and configs (docker's /secrets and /configs endpoints,
// SwarmKit's controlapi/secret.go and config.go), one class for both kinds (kinds.ts says
// what differs): validate, store, refuse removal while in use. A secret's data is sealed
// (kinds.ts) before the proposal and never leaves unsealed except on its way to a node
// (delivery.ts). Nothing here puts a secret's data into an error message.
import { ShoalError, invalid, notFound } from '../errors'
import { newId } from '../ids'
import { idOf, v1, type ClusterStore, type Service, type StoreView } from '../store'
import { BOUNDS } from '../bounds'
import { type FileKind, type FileObject } from './kinds'

const NAME_RE = /^[a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?$/

export interface FileFilters {
  name?: string[] // exact names
  names?: string[] // name prefixes
  id?: string[] // id prefixes
  label?: string[] // "key" or "key=value"
}

export class FileControl<T extends FileObject = FileObject> {
  constructor(
    private readonly store: ClusterStore,
    readonly kind: FileKind,
  ) {}

  // An id, a name or a unique id prefix, as docker resolves them.
  get(ref: string, view = this.store.view()): T {
    const table = this.kind.table
    const exact = view.get(table, ref) ?? view.find(table, 'name', ref)[0]
    if (exact) return exact as T
    const byPrefix = ref ? view.list(table).filter((s) => idOf(s).startsWith(ref)) : []
    if (byPrefix.length === 1) return byPrefix[0] as T
    if (byPrefix.length > 1) throw invalid(`${this.kind.noun} ${ref} is ambiguous (${byPrefix.length} matches found)`)
    throw notFound(`${this.kind.noun} ${ref} not found`)
  }

  list(filters: FileFilters = {}, view = this.store.view()): T[] {
    return (view.list(this.kind.table) as T[]).filter((s) => {
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

  async create(spec: v1.ISecretSpec | v1.IConfigSpec): Promise<T> {
    const noun = this.kind.noun
    const name = spec.annotations?.name ?? ''
    this.validateName(name)
    // docker's wording, with the bound from the table (BOUNDS.fileData).
    const size = spec.data?.length ?? 0
    const { min, max } = BOUNDS.fileData
    if (size < min || size > max) {
      throw invalid(`${noun} data must be larger than ${min - 1} and less than ${max + 1} bytes (${(max + 1) / 1024} KiB); got ${size} bytes`)
    }
    if (this.store.view().find(this.kind.table, 'name', name).length > 0) throw new ShoalError('AlreadyExists', `${noun} ${name} already exists`)
    const obj = this.kind.stored(newId(), spec)
    await this.store.write((b) => b.create(this.kind.table, obj as never)) // the unique name index refuses a racing twin
    return this.get(idOf(obj))
  }

  // docker's POST /{secrets,configs}/{id}/update: only the labels may change (SwarmKit's rule).
  async update(ref: string, version: number, spec: v1.ISecretSpec | v1.IConfigSpec): Promise<T> {
    const noun = this.kind.noun
    const view = this.store.view()
    const obj = this.get(ref, view)
    if (!Number.isInteger(version) || version <= 0) throw invalid(`update requires the version of the ${noun} being updated (?version=)`)
    if (Number(obj.meta!.version) !== version)
      throw new ShoalError('Conflict', `update out of sequence: ${noun} ${obj.spec!.annotations!.name} is at version ${obj.meta!.version}, not ${version}`)
    const name = spec.annotations?.name ?? ''
    const dataChanged = (spec.data?.length ?? 0) > 0 && !this.kind.data(obj).equals(Buffer.from(spec.data!))
    if (name !== obj.spec!.annotations!.name || dataChanged) throw invalid('only updates to Labels are allowed')
    obj.spec!.annotations!.labels = spec.annotations?.labels ?? {}
    await this.store.write((b) => b.update(this.kind.table, obj as never))
    return this.get(idOf(obj))
  }

  // Refused while a service refers to it (docker's wording).
  async remove(ref: string): Promise<void> {
    const view = this.store.view()
    const obj = this.get(ref, view)
    const users = servicesUsing(view, this.kind, idOf(obj))
      .map((s) => s.spec?.annotations?.name ?? idOf(s))
      .sort()
    if (users.length > 0) {
      throw invalid(`${this.kind.noun} '${obj.spec!.annotations!.name}' is in use by the following service${users.length > 1 ? 's' : ''}: ${users.join(', ')}`)
    }
    await this.store.write((b) => b.delete(this.kind.table, idOf(obj), Number(obj.meta!.version)))
  }

  private validateName(name: string): void {
    if (name === '') throw invalid(`a ${this.kind.noun} name is required`)
    if (name.length > 64 || !NAME_RE.test(name)) {
      throw invalid(`invalid ${this.kind.noun} name "${name}": only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]`)
    }
  }
}

// A service spec's references of one kind, checked against the store before it is
// written: each names an existing object (by id, or by name: the id is filled in),
// targets are valid for the kind, one file per target (uid, gid and mode are checked at
// the API, src/api/convert-files.ts).
// Throws, naming what is wrong; the spec is completed in place.
export function resolveReferences(kind: FileKind, spec: v1.IServiceSpec, view: StoreView): void {
  const refs = kind.refsOf(spec.task?.container)
  if (refs.length === 0) return
  const noun = kind.noun
  const missing: string[] = []
  const targets = new Map<string, string>()
  for (const r of refs) {
    const givenId = (r[kind.idField] as string | undefined) ?? ''
    const givenName = (r[kind.nameField] as string | undefined) ?? ''
    const obj = givenId ? view.get(kind.table, givenId) : view.find(kind.table, 'name', givenName)[0]
    // docker's CLI sends both: the id it looked up must still carry the name it gave.
    if (!obj || (givenName && obj.spec?.annotations?.name !== givenName)) {
      missing.push(givenName || givenId || '""')
      continue
    }
    const name = obj.spec!.annotations!.name as string
    r[kind.idField] = idOf(obj)
    r[kind.nameField] = name
    const t = kind.target(r.target ?? '', name)
    if ('error' in t) throw invalid(t.error)
    r.target = t.target
    const other = targets.get(t.key)
    if (other !== undefined) throw invalid(`${noun} references '${other}' and '${name}' have a conflicting target: '${t.target}'`)
    targets.set(t.key, name)
  }
  if (missing.length > 0) throw invalid(`${noun} not found: ${missing.join(', ')}`)
}

// Services whose current spec refers to the object.
export function servicesUsing(view: StoreView, kind: FileKind, id: string): Service[] {
  return view.list('services').filter((s) => kind.refsOf(s.spec?.task?.container).some((r) => r[kind.idField] === id))
}
