// The node's images over the Docker Engine API's image endpoints (GET /images/json,
// POST /images/create, POST /images/load, DELETE /images/{name}): node-local, like
// docker's, answered by this node's containerd whatever its swarm role.
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs'
import { createGunzip } from 'node:zlib'
import type * as http from 'node:http'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import { decodeRegistryAuth, type ImageInfo, type ImageService, type RegistryAuth } from '../agent/exec/images'
import { ExecError } from '../agent/executor'
import { ShoalError, invalid } from '../manager/errors'
import type { v1 } from '../manager/store'

type Json = Record<string, unknown>

// containerd/registry error codes as the API's.
export function imageError(err: unknown): Error {
  if (err instanceof ShoalError) return err
  const code = (err as { code?: string }).code ?? (err as { registryCode?: string }).registryCode
  const inner = err instanceof ExecError ? ((err.cause as { code?: string } | undefined)?.code ?? code) : code
  const message = (err as Error).message
  switch (inner) {
    case 'NotFound':
      return new ShoalError('NotFound', message)
    case 'Invalid':
    case 'Corrupt':
    case 'Rejected':
      return new ShoalError('InvalidArgument', message)
    case 'Unauthorized':
      return new ShoalError('FailedPrecondition', message)
    case 'Unavailable':
      return new ShoalError('Unavailable', message)
    default:
      return new ShoalError('Internal', message)
  }
}

export function imageToDocker(i: ImageInfo): Json {
  const repo = i.name.includes('@') ? i.name.slice(0, i.name.indexOf('@')) : i.name.replace(/:[^:/]+$/, '')
  return {
    Id: i.manifestDigest,
    RepoTags: i.name.includes('@') ? [] : [i.name],
    RepoDigests: i.digest ? [`${repo}@${i.digest}`] : [],
    Size: i.size,
    Created: Math.floor(i.createdAt / 1000),
  }
}

export async function listImages(images: ImageService): Promise<Json[]> {
  try {
    return (await images.list()).map(imageToDocker)
  } catch (err) {
    throw imageError(err)
  }
}

export async function removeImage(images: ImageService, name: string): Promise<Json[]> {
  try {
    const normalized = images.normalize(name)
    await images.remove(normalized)
    return [{ Untagged: normalized }]
  } catch (err) {
    throw imageError(err)
  }
}

// X-Registry-Auth: base64url JSON {username, password} as docker sends it.
export function registryAuthOf(header: string | string[] | undefined): RegistryAuth | undefined {
  if (typeof header !== 'string' || header === '') return undefined
  try {
    return decodeRegistryAuth(header)
  } catch {
    throw invalid('invalid X-Registry-Auth header: expected base64url JSON')
  }
}

// --with-registry-auth: service create/update carry the header into the spec (docker's
// PullOptions.RegistryAuth), checked first; an update without it keeps the credentials
// the service had, as docker does.
export function withRegistryAuth(spec: v1.IServiceSpec, header: string | string[] | undefined, current?: string | null): void {
  const c = spec.task?.container
  if (!c) return
  if (typeof header === 'string' && header !== '') {
    registryAuthOf(header)
    c.registryAuth = header
  } else if (current) {
    c.registryAuth = current
  }
}

export async function pullImage(images: ImageService, fromImage: string, tag: string, auth?: RegistryAuth): Promise<Json> {
  if (!fromImage) throw invalid('fromImage is required')
  const ref = tag && !fromImage.includes('@') ? `${fromImage}:${tag}` : fromImage
  try {
    const i = await images.pull(ref, auth)
    return { status: `Pulled ${i.name}`, id: i.manifestDigest, digest: i.digest }
  } catch (err) {
    throw imageError(err)
  }
}

// Compressed archives by their magic bytes: docker load takes `docker save | gzip` as it
// takes the tar itself. gzip is unpacked here (node's zlib); the others are named.
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b])
const OTHER_COMPRESSIONS: [string, Buffer][] = [
  ['bzip2', Buffer.from('BZh')],
  ['xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])],
  ['zstd', Buffer.from([0x28, 0xb5, 0x2f, 0xfd])],
]

async function head(file: string, n: number): Promise<Buffer> {
  const fh = await fsp.open(file, 'r')
  try {
    const buf = Buffer.alloc(n)
    const { bytesRead } = await fh.read(buf, 0, n, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

// The archive as a plain tar: the file itself, or its gunzipped copy beside it.
async function plainArchive(file: string): Promise<string> {
  const magic = await head(file, 6)
  for (const [name, m] of OTHER_COMPRESSIONS) {
    if (magic.subarray(0, m.length).equals(m)) throw invalid(`the archive is ${name}-compressed: only gzip-compressed or plain tar archives can be loaded`)
  }
  if (!magic.subarray(0, 2).equals(GZIP_MAGIC)) return file
  const tar = `${file}.tar`
  try {
    await pipeline(createReadStream(file), createGunzip(), createWriteStream(tar, { mode: 0o600 }))
  } catch (err) {
    await fsp.rm(tar, { force: true })
    throw invalid(`the archive is not valid gzip: ${(err as Error).message}`)
  }
  return tar
}

// The archive arrives as the request body; it is written to the data dir's tmp/ (it may
// be far larger than any JSON body) and imported from there.
export async function loadImages(images: ImageService, req: http.IncomingMessage, tmpDir: string): Promise<Json[]> {
  await fsp.mkdir(tmpDir, { recursive: true, mode: 0o700 })
  const file = path.join(tmpDir, `load-${randomBytes(6).toString('hex')}`)
  try {
    await pipeline(req, createWriteStream(file, { mode: 0o600 }))
    const loaded = await images.load(await plainArchive(file))
    return loaded.map((i) => ({ stream: `Loaded image: ${i.name}\n`, id: i.manifestDigest }))
  } catch (err) {
    throw imageError(err)
  } finally {
    await Promise.all([fsp.rm(file, { force: true }), fsp.rm(`${file}.tar`, { force: true })])
  }
}

// GET /distribution/{name}/json (docker's distribution inspect): the digest the registry
// serves for the reference now, which `service create` pins the service's image to.
export async function distributionInspect(images: ImageService, name: string, auth?: RegistryAuth): Promise<Json> {
  try {
    return { Descriptor: { digest: await images.resolveDigest(name, auth) } }
  } catch (err) {
    throw imageError(err)
  }
}
