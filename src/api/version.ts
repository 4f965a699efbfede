// Engine API version negotiation, as dockerd does it (moby's VersionMiddleware): every
// response says the newest version spoken (Api-Version) and the OS (Ostype); a client
// pins a version by prefixing the path (/v1.45/services), and one outside
// [MIN_API_VERSION, API_VERSION] is refused with a 400 that names it. Clients learn the
// version from /_ping or /version and then pin it (docker's CLI negotiates down to it).
import { invalid } from '../manager/errors'

// Docker 28's API: the version its CLI speaks, so that it needs no downgrade.
export const API_VERSION = '1.50'
// The oldest version dockerd still answers (1.24: Docker 1.12, the first swarm mode).
export const MIN_API_VERSION = '1.24'

// Numeric, segment by segment ("1.9" < "1.24"), as moby's versions.compare.
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number(pa[i] ?? 0) || 0
    const y = Number(pb[i] ?? 0) || 0
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

// docker's route prefix: /v{version:[0-9.]+}.
const VERSIONED = /^\/v([0-9.]+)(?=\/)/

// The path without its /vX.Y prefix, and the version it asked for (the newest when none).
// A version outside the range is a 400 in docker's words.
export function versionedPath(pathname: string): { path: string; version: string } {
  const m = VERSIONED.exec(pathname)
  if (!m) return { path: pathname, version: API_VERSION }
  const version = m[1]
  if (compareVersions(version, MIN_API_VERSION) < 0)
    throw invalid(`client version ${version} is too old. Minimum supported API version is ${MIN_API_VERSION}, please upgrade your client to a newer version`)
  if (compareVersions(version, API_VERSION) > 0) throw invalid(`client version ${version} is too new. Maximum supported API version is ${API_VERSION}`)
  return { path: pathname.slice(m[0].length), version }
}

// The headers dockerd puts on every response (its version middleware).
export const VERSION_HEADERS = { 'Api-Version': API_VERSION, Ostype: 'linux' }
