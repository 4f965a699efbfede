// The node's images over the Docker Engine API's image endpoints (GET /images/json,
// POST /images/create, POST /images/load, DELETE /images/{name}): node-local, like
// docker's, answered by this node's containerd whatever its swarm role.
import { createWriteStream, promises as fsp } from 'node:fs'
import type * as http from 'node:http'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import type { ImageInfo, ImageService, RegistryAuth } from '../agent/exec/images'
import { ExecError } from '../agent/executor'
import { ShoalError, invalid } from '../manager/errors'

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
    const j = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { username?: string; password?: string }
    if (!j.username && !j.password) return undefined
    return { username: j.username ?? '', password: j.password ?? '' }
  } catch {
    throw invalid('invalid X-Registry-Auth header: expected base64url JSON')
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

// The archive arrives as the request body; it is written to the data dir's tmp/ (it may
// be far larger than any JSON body) and imported from there.
export async function loadImages(images: ImageService, req: http.IncomingMessage, tmpDir: string): Promise<Json[]> {
  await fsp.mkdir(tmpDir, { recursive: true, mode: 0o700 })
  const file = path.join(tmpDir, `load-${randomBytes(6).toString('hex')}.tar`)
  try {
    await pipeline(req, createWriteStream(file, { mode: 0o600 }))
    const loaded = await images.load(file)
    return loaded.map((i) => ({ stream: `Loaded image: ${i.name}\n`, id: i.manifestDigest }))
  } catch (err) {
    throw imageError(err)
  } finally {
    await fsp.rm(file, { force: true })
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
