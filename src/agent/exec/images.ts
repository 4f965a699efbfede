// A node's images in containerd: pulls and prepares (one at a time per image: a hundred
// replicas assigned at once look the image up and pull it once), archive loads, listing and removal. `shoal image
// ls|rm|pull|load` and the container executor's prepare both come here.
import { Containerd } from '../../native'
import type { ImageInfo } from '../../../native/index'
import { ExecError } from '../executor'

export type { ImageInfo }

export interface RegistryAuth {
  username: string
  password: string
}

export class ImageService {
  private readonly pulls = new Map<string, Promise<ImageInfo>>()
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
