// Swarm join tokens, byte-compatible with SwarmKit (ca.GenerateJoinToken /
// ca.ParseJoinToken):
//
//   v1: SWMTKN-1-<root digest>-<secret>
//   v2: SWMTKN-2-<0|1 fips>-<root digest>-<secret>   (parsed; generated only on request)
//
// <root digest>: SHA-256 of the root CA certificate DER as a base-36 number,
// zero-padded to 50 chars (ceil(log36(2^256))). <secret>: 128 random bits in
// base 36, zero-padded to 25 chars (ceil(log36(2^128))). The digest lets a
// joining node pin the root CA it downloads from a manager before trusting
// it; the secret is what authorises the join (one per role).

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { digest as rootDigest } from './rootca'

export const JOIN_TOKEN_PREFIX = 'SWMTKN'
const BASE = 36
const DIGEST_LEN = 50
const SECRET_LEN = 25
const SECRET_BYTES = 16
const BASE36_RE = /^[0-9a-z]+$/
const MAX_DIGEST = 1n << 256n
const MAX_SECRET = 1n << 128n

/** A malformed join token. The message always starts "invalid join token". */
export class JoinTokenError extends Error {
  constructor(detail?: string) {
    super(detail ? `invalid join token: ${detail}` : 'invalid join token')
    this.name = 'JoinTokenError'
  }
}

export interface ParsedJoinToken {
  version: 1 | 2
  /** Root CA certificate SHA-256, 64 lower-case hex characters. */
  digest: string
  /** The secret part, exactly as in the token (25 base-36 characters). */
  secret: string
  /** v2 only: the cluster mandates FIPS mode. Always false for v1. */
  fips: boolean
}

export interface GenerateJoinTokenOptions {
  /** Emit a v2 token with the FIPS flag set (SwarmKit does so only for FIPS clusters). */
  fips?: boolean
}

function toBase36(value: bigint, width: number): string {
  return value.toString(BASE).padStart(width, '0')
}

function fromBase36(text: string): bigint {
  let n = 0n
  for (const ch of text) n = n * 36n + BigInt(parseInt(ch, BASE))
  return n
}

/** Encode a 64-hex-char SHA-256 digest as SwarmKit's 50-char base-36 field. */
function encodeDigest(hex: string): string {
  return toBase36(BigInt('0x' + hex), DIGEST_LEN)
}

/** Generate a fresh join token for the cluster whose root CA is `rootPem`. */
export function generateJoinToken(rootPem: string, options: GenerateJoinTokenOptions = {}): string {
  const digestField = encodeDigest(rootDigest(rootPem))
  const secret = toBase36(BigInt('0x' + randomBytes(SECRET_BYTES).toString('hex')), SECRET_LEN)
  return options.fips
    ? `${JOIN_TOKEN_PREFIX}-2-1-${digestField}-${secret}`
    : `${JOIN_TOKEN_PREFIX}-1-${digestField}-${secret}`
}

/**
 * Parse a join token. Stricter than SwarmKit, which feeds the fields to
 * big.Int.SetString and ignores its failure (a garbage digest silently becomes
 * zero): here every field must be lower-case base 36 and in range. Surrounding
 * whitespace, as left by a copy from a terminal, is ignored.
 */
export function parseJoinToken(token: string): ParsedJoinToken {
  if (typeof token !== 'string') throw new JoinTokenError('not a string')
  const parts = token.trim().split('-')
  if (parts.length < 4 || parts[0] !== JOIN_TOKEN_PREFIX) throw new JoinTokenError(`expected ${JOIN_TOKEN_PREFIX}-<version>-...`)

  let version: 1 | 2
  let fips = false
  if (parts[1] === '1') {
    if (parts.length !== 4) throw new JoinTokenError('a version 1 token has 4 dash-separated parts')
    version = 1
  } else if (parts[1] === '2') {
    if (parts.length !== 5) throw new JoinTokenError('a version 2 token has 5 dash-separated parts')
    if (parts[2] !== '0' && parts[2] !== '1') throw new JoinTokenError('FIPS flag must be 0 or 1')
    version = 2
    fips = parts[2] === '1'
  } else {
    throw new JoinTokenError(`unsupported version ${JSON.stringify(parts[1])}`)
  }

  const digestField = parts[parts.length - 2]
  const secret = parts[parts.length - 1]
  if (digestField.length !== DIGEST_LEN || !BASE36_RE.test(digestField)) {
    throw new JoinTokenError(`root CA digest must be ${DIGEST_LEN} base-36 characters`)
  }
  if (secret.length !== SECRET_LEN || !BASE36_RE.test(secret)) {
    throw new JoinTokenError(`secret must be ${SECRET_LEN} base-36 characters`)
  }
  const digestValue = fromBase36(digestField)
  // 50 base-36 digits can hold more than 256 bits (and 25 more than 128):
  // values past the range cannot have come from a real digest or secret.
  if (digestValue >= MAX_DIGEST) throw new JoinTokenError('root CA digest out of range')
  if (fromBase36(secret) >= MAX_SECRET) throw new JoinTokenError('secret out of range')

  return { version, digest: digestValue.toString(16).padStart(64, '0'), secret, fips }
}

/**
 * Whether `token` pins the root CA `rootPem`: a joining node calls this on the
 * root certificate a manager sent it, before trusting anything signed by it.
 * Throws JoinTokenError for a malformed token (a caller error, distinct from a
 * mismatch, which may mean a man in the middle).
 */
export function matchesRoot(token: string, rootPem: string): boolean {
  const parsed = parseJoinToken(token)
  return constantTimeEqual(parsed.digest, rootDigest(rootPem))
}

/**
 * Compare two secrets (join tokens, token secrets) in time independent of
 * where they differ. Both sides are hashed first so inputs of different
 * lengths compare in constant time too (timingSafeEqual alone would throw, and
 * a length check would leak the expected length).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a, 'utf8').digest()
  const hb = createHash('sha256').update(b, 'utf8').digest()
  return timingSafeEqual(ha, hb)
}
