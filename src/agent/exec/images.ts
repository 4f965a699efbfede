// A node's images in containerd: pulls and prepares (one at a time per image: a hundred
// replicas assigned at once look the image up and pull it once), archive loads, listing and removal. `shoal image
// ls|rm|pull|load` and the container executor's prepare both come here.
import { Containerd } from '../../native'
import type { ImageInfo } from '../../../native/index'
import { ExecError } from '../executor'
import type { UserFiles } from './oci-spec'

export type { ImageInfo }

export interface RegistryAuth {
  username: string
  password: string
}

const USER_FILES_CACHE = 256

// X-Registry-Auth as docker's CLI encodes it (base64url JSON {username, password}), also
// what a task carries for --with-registry-auth; undefined when it names nobody. Throws on
// anything else, without echoing the value (it is a credential).
export function decodeRegistryAuth(encoded: string | undefined): RegistryAuth | undefined {
  if (!encoded) return undefined
  let j: { username?: unknown; password?: unknown }
  try {
    j = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
  } catch {
    throw new Error('invalid registry credentials: expected base64url JSON')
  }
  if (typeof j !== 'object' || j === null) throw new Error('invalid registry credentials: expected a JSON object')
  const username = typeof j.username === 'string' ? j.username : ''
  const password = typeof j.password === 'string' ? j.password : ''
  return username || password ? { username, password } : undefined
}

export class ImageService {
  private readonly pulls = new Map<string, Promise<ImageInfo>>()
  private readonly userDbs = new Map<string, Promise<UserFiles>>()
  private readonly prepares = new Map<string, Promise<ImageInfo>>()

  constructor(private readonly client: Containerd) {}

  // docker's normalization ("nginx" → "docker.io/library/nginx:latest"); Rejected when
  // the reference cannot be parsed.
  normalize(ref: string): string {
    try {
      return Containerd.normalize(ref)
    } catch (err) {
      throw new ExecError('Rejected', (err as Error).message)
    }
  }

  // The image, from the node's store or else from its registry, unpacked: what a task
  // needs before its container is created. Rejected with the registry's reason.
  // Concurrent calls for one name share one answer: a hundred replicas starting at once
  // cost containerd one image lookup, not a hundred.
  ensure(ref: string, auth?: RegistryAuth): Promise<ImageInfo> {
    const name = this.normalize(ref)
    const key = `${name}\0${auth?.username ?? ''}` // a caller with other credentials pulls for itself
    const inFlight = this.prepares.get(key)
    if (inFlight) return inFlight
    const p = this.client.imagePrepare(name).catch((err: unknown) => {
      if ((err as { code?: string }).code !== 'NotFound') throw rejected(err)
      return this.pull(name, auth)
    })
    const done = () => this.prepares.delete(key)
    p.then(done, done)
    this.prepares.set(key, p)
    return p
  }

  pull(ref: string, auth?: RegistryAuth): Promise<ImageInfo> {
    const name = this.normalize(ref)
    const inFlight = this.pulls.get(name)
    if (inFlight) return inFlight
    const p = this.client.pull(name, auth).catch((err: unknown) => {
      throw rejected(err)
    })
    const done = () => this.pulls.delete(name)
    p.then(done, done)
    this.pulls.set(name, p)
    return p
  }

  resolveDigest(ref: string, auth?: RegistryAuth): Promise<string> {
    return this.client.resolveDigest(this.normalize(ref), auth)
  }

  // The image's /etc/passwd and /etc/group (by its top chain id, so an image's replicas
  // read them once), for --user NAME.
  userFiles(chainId: string): Promise<UserFiles> {
    let p = this.userDbs.get(chainId)
    if (!p) {
      p = this.client.rootfsRead(chainId, ['/etc/passwd', '/etc/group']).then(([passwd, group]) => ({ passwd, group }))
      p.catch(() => this.userDbs.delete(chainId))
      if (this.userDbs.size >= USER_FILES_CACHE) this.userDbs.delete(this.userDbs.keys().next().value!)
      this.userDbs.set(chainId, p)
    }
    return p
  }

  load(archive: string): Promise<ImageInfo[]> {
    return this.client.importArchive(archive)
  }

  list(): Promise<ImageInfo[]> {
    return this.client.imageList()
  }

  async remove(ref: string): Promise<void> {
    await this.client.imageRemove(this.normalize(ref))
  }
}

function rejected(err: unknown): ExecError {
  const e = new ExecError('Rejected', (err as Error).message, { cause: err })
  ;(e as { registryCode?: string }).registryCode = (err as { code?: string }).code
  return e
}
