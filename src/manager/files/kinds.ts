// Secrets and configs are one mechanism: named objects whose data tasks get as files,
// referenced from a task's ProcessSpec, delivered beside the assignments of the nodes
// whose tasks use them, and written into a per-task directory there. What differs is
// said here, once per kind: where the data is kept (a secret's sealed with the cluster's
// secrets key, a config's as it is), how a target path reads, and the words of messages.
import { ShoalError } from '../errors'
import { v1, type Shared } from '../store'
import type { SecretsKey } from '../secrets/key'
import { configContainerPath } from '../../agent/files'

export type FileTable = 'secrets' | 'configs'
export type FileObject = v1.Secret | v1.Config

// A reference as both kinds' proto messages hold it (SecretReference, ConfigReference),
// under the kind's own field names for the id and the name.
export interface RefFields {
  target?: string | null
  uid?: string | null
  gid?: string | null
  mode?: number | null
}

// docker's default file mode for both.
export const DEFAULT_FILE_MODE = 0o444

export interface FileKind {
  noun: 'secret' | 'config'
  table: FileTable
  idField: 'secretId' | 'configId'
  nameField: 'secretName' | 'configName'
  // The references a container spec holds.
  refsOf(c: Shared<v1.IProcessSpec> | null | undefined): (RefFields & Record<string, unknown>)[]
  // A target as stored (what the user gave, made canonical), or a message naming what is
  // wrong with it; and the key two references conflict on.
  target(given: string, name: string): { target: string; key: string } | { error: string }
  // The object to store for a new spec, and the data a stored object holds.
  stored(id: string, spec: v1.ISecretSpec | v1.IConfigSpec): FileObject
  data(obj: Shared<FileObject>): Buffer
  // The wire shape the node receives (data in spec.data).
  wire(id: string, name: string, data: Buffer): FileObject
}

// Where docker puts secrets in a container; a secret target under it means the same file.
const CONTAINER_SECRETS_DIR = '/run/secrets/'

function badPath(p: string): boolean {
  return p.includes('\0') || p.split('/').some((c) => c === '..' || c === '')
}

// `key` seals and opens the data; a kind without one serves references only.
export function secretKind(key?: SecretsKey): FileKind {
  const required = (): SecretsKey => {
    if (!key) throw new ShoalError('Unavailable', 'this manager holds no secrets key')
    return key
  }
  return {
    noun: 'secret',
    table: 'secrets',
    idField: 'secretId',
    nameField: 'secretName',
    refsOf: (c) => (c?.secrets ?? []) as (RefFields & Record<string, unknown>)[],
    target(given, name) {
      let target = given || name
      if (target.startsWith(CONTAINER_SECRETS_DIR)) target = target.slice(CONTAINER_SECRETS_DIR.length)
      if (target === '' || target.startsWith('/') || badPath(target)) {
        return { error: `invalid secret target "${given}" for secret ${name}: a file name or relative path without ".." (or a path under /run/secrets/)` }
      }
      return { target, key: target }
    },
    // Sealed before it is proposed: the store never holds a secret's data in the clear.
    stored: (id, spec) =>
      new v1.Secret({
        meta: new v1.Meta({ id }),
        spec: new v1.SecretSpec({ annotations: new v1.Annotations({ name: spec.annotations?.name ?? '', labels: spec.annotations?.labels ?? {} }) }),
        sealedData: required().seal(id, Buffer.from(spec.data ?? [])),
      }),
    data: (obj) => required().open(obj.meta?.id ?? '', (obj as Shared<v1.Secret>).sealedData),
    wire: (id, name, data) => new v1.Secret({ meta: new v1.Meta({ id }), spec: new v1.SecretSpec({ annotations: new v1.Annotations({ name }), data }) }),
  }
}

// A config's target is a path in the container: absolute, or relative to "/" (docker's
// getConfigTargetPath). It is stored as given; the absolute form is what conflicts.
export const configKind: FileKind = {
  noun: 'config',
  table: 'configs',
  idField: 'configId',
  nameField: 'configName',
  refsOf: (c) => (c?.configs ?? []) as (RefFields & Record<string, unknown>)[],
  target(given, name) {
    const target = given || name
    const abs = configContainerPath(target)
    if (abs === '/' || badPath(abs.slice(1))) {
      return { error: `invalid config target "${given}" for config ${name}: a path (absolute, or relative to /) without ".." or empty components` }
    }
    return { target, key: abs }
  },
  stored: (id, spec) =>
    new v1.Config({
      meta: new v1.Meta({ id }),
      spec: new v1.ConfigSpec({ annotations: new v1.Annotations({ name: spec.annotations?.name ?? '', labels: spec.annotations?.labels ?? {} }), data: spec.data ?? Buffer.alloc(0) }),
    }),
  data: (obj) => Buffer.from(obj.spec?.data ?? []),
  wire: (id, name, data) => new v1.Config({ meta: new v1.Meta({ id }), spec: new v1.ConfigSpec({ annotations: new v1.Annotations({ name }), data }) }),
}
