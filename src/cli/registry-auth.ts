// --with-registry-auth: the credentials docker's CLI would send for an image, read from
// docker's client configuration ($DOCKER_CONFIG/config.json, else ~/.docker/config.json),
// its `auths` entry for the image's registry ("auth": base64 "user:password", or
// "username"/"password"). Credential helpers (credsStore, credHelpers) are not run:
// an image whose registry only has a helper gets a clear refusal.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { UsageError } from './errors'

export interface RegistryCredentials {
  username: string
  password: string
}

const DOCKER_HUB = 'docker.io'
// docker's config keys for Docker Hub.
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']

// The registry host of an image reference, by docker's rule: the first path component
// is a registry when it has a "." or ":" or is "localhost"; otherwise Docker Hub.
export function registryOf(image: string): string {
  const slash = image.indexOf('/')
  if (slash < 0) return DOCKER_HUB
  const first = image.slice(0, slash)
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : DOCKER_HUB
}

function configFile(env: NodeJS.ProcessEnv): string {
  return path.join(env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json')
}

// A config key may be a bare host or a URL ("https://host/v1/").
function hostOfKey(key: string): string {
  return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '')
}

// The credentials for the image's registry; undefined when the config has none for it.
export function credentialsFor(image: string, env: NodeJS.ProcessEnv = process.env): RegistryCredentials | undefined {
  const file = configFile(env)
  let config: { auths?: Record<string, { auth?: string; username?: string; password?: string }>; credsStore?: string; credHelpers?: Record<string, string> }
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UsageError(`cannot read docker's client configuration ${file}: ${(err as Error).message}`)
  }
  const registry = registryOf(image)
  const wanted = registry === DOCKER_HUB ? HUB_KEYS : [registry]
  const entry = Object.entries(config.auths ?? {}).find(([key]) => wanted.includes(key) || wanted.includes(hostOfKey(key)))?.[1]
  if (entry?.auth) {
    const plain = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = plain.indexOf(':')
    if (colon < 0) throw new UsageError(`invalid auth for ${registry} in ${file}: expected base64 "user:password"`)
    return { username: plain.slice(0, colon), password: plain.slice(colon + 1) }
  }
  if (entry?.username || entry?.password) return { username: entry.username ?? '', password: entry.password ?? '' }
  const helper = config.credHelpers?.[registry] ?? config.credsStore
  if (helper) throw new UsageError(`the credentials for ${registry} are kept by the credential helper docker-credential-${helper}, which shoal does not run: log in with an auth entry in ${file}`)
  return undefined
}

// X-Registry-Auth's encoding of the credentials (docker's CLI: base64url JSON).
export function encodeRegistryAuth(c: RegistryCredentials): string {
  return Buffer.from(JSON.stringify({ username: c.username, password: c.password })).toString('base64url')
}

// What --with-registry-auth sends for the image: its registry's credentials, encoded;
// undefined (nothing sent) when docker's config has none for it.
export function registryAuthFor(image: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const c = credentialsFor(image, env)
  return c ? encodeRegistryAuth(c) : undefined
}
