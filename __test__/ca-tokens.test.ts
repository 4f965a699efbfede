// Swarm join tokens: format, round trip, malformed input, root pinning.

import { test, describe, before } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import {
  constantTimeEqual,
  createRootCA,
  digest,
  generateJoinToken,
  JoinTokenError,
  matchesRoot,
  parseJoinToken,
  RootCAMaterial,
} from '../src/manager/ca'

const TOKEN_RE = /^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/

describe('join tokens', () => {
  let root: RootCAMaterial
  let other: RootCAMaterial
  before(async () => {
    root = await createRootCA({ clusterId: 'c1' })
    other = await createRootCA({ clusterId: 'c2' })
  })

  test('have the SwarmKit v1 shape and round-trip', () => {
    const token = generateJoinToken(root.certPem)
    assert.match(token, TOKEN_RE)
    const parsed = parseJoinToken(token)
    assert.equal(parsed.version, 1)
    assert.equal(parsed.fips, false)
    assert.equal(parsed.digest, digest(root.certPem))
    assert.equal(parsed.secret, token.slice(-25))
    assert.equal(parsed.digest, new X509Certificate(root.certPem).fingerprint256.replace(/:/g, '').toLowerCase())
  })

  test('the digest field is the root digest in base 36, zero-padded to 50', () => {
    const token = generateJoinToken(root.certPem)
    const field = token.split('-')[2]
    assert.equal(BigInt('0x' + digest(root.certPem)).toString(36).padStart(50, '0'), field)
  })

  test('secrets are fresh, 25 base-36 chars, and below 2^128', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const { secret } = parseJoinToken(generateJoinToken(root.certPem))
      assert.equal(secret.length, 25)
      let n = 0n
      for (const c of secret) n = n * 36n + BigInt(parseInt(c, 36))
      assert.ok(n < 1n << 128n)
      seen.add(secret)
    }
    assert.equal(seen.size, 200)
  })

  test('parses a known SwarmKit-format token (small values keep their zero padding)', () => {
    const token = `SWMTKN-1-${'0'.repeat(49)}1-${'0'.repeat(24)}z`
    const p = parseJoinToken(token)
    assert.equal(p.digest, '0'.repeat(63) + '1')
    assert.equal(p.secret, '0'.repeat(24) + 'z')
    // Surrounding whitespace from a terminal copy is tolerated.
    assert.deepEqual(parseJoinToken(`  ${token}\n`), p)
  })

  test('v2 (FIPS) tokens generate and parse', () => {
    const token = generateJoinToken(root.certPem, { fips: true })
    assert.match(token, /^SWMTKN-2-1-[0-9a-z]{50}-[0-9a-z]{25}$/)
    const p = parseJoinToken(token)
    assert.equal(p.version, 2)
    assert.equal(p.fips, true)
    assert.equal(p.digest, digest(root.certPem))
    assert.equal(parseJoinToken(token.replace('SWMTKN-2-1-', 'SWMTKN-2-0-')).fips, false)
    assert.ok(matchesRoot(token, root.certPem))
  })

  test('malformed tokens are rejected with "invalid join token"', () => {
    const good = generateJoinToken(root.certPem)
    const [, , d, s] = good.split('-')
    const bad = [
      '',
      'garbage',
      good.replace('SWMTKN', 'SWMTKX'),
      good.replace('SWMTKN-1', 'SWMTKN-3'),
      `SWMTKN-1-${d}`, // no secret
      `${good}-extra`,
      `SWMTKN-1-${d.slice(1)}-${s}`, // short digest
      `SWMTKN-1-${d}0-${s}`, // long digest
      `SWMTKN-1-${d}-${s.slice(1)}`, // short secret
      `SWMTKN-1-${d.toUpperCase()}-${s}`, // not lower-case base 36
      `SWMTKN-1-${d.slice(0, -1)}_-${s}`,
      `SWMTKN-1-${'z'.repeat(50)}-${s}`, // > 2^256
      `SWMTKN-1-${d}-${'z'.repeat(25)}`, // > 2^128
      `SWMTKN-2-x-${d}-${s}`, // bad FIPS flag
      `SWMTKN-2-${d}-${s}`, // v2 with v1 layout
    ]
    for (const token of bad) {
      assert.throws(
        () => parseJoinToken(token),
        (e: unknown) => e instanceof JoinTokenError && e.message.startsWith('invalid join token'),
        `should reject ${JSON.stringify(token)}`,
      )
    }
    assert.throws(() => parseJoinToken(undefined as unknown as string), JoinTokenError)
  })

  test('matchesRoot pins the root CA: mismatch is false, malformed throws', () => {
    const token = generateJoinToken(root.certPem)
    assert.equal(matchesRoot(token, root.certPem), true)
    assert.equal(matchesRoot(token, other.certPem), false)
    // Same digest whatever the PEM line endings.
    assert.equal(matchesRoot(token, root.certPem.replace(/\n/g, '\r\n')), true)
    assert.throws(() => matchesRoot('SWMTKN-1-nope', root.certPem), JoinTokenError)
  })

  test('constantTimeEqual', () => {
    const a = generateJoinToken(root.certPem)
    const b = generateJoinToken(root.certPem)
    assert.equal(constantTimeEqual(a, a.slice()), true)
    assert.equal(constantTimeEqual(a, b), false)
    assert.equal(constantTimeEqual(a, a.slice(0, -1)), false) // different lengths don't throw
    assert.equal(constantTimeEqual('', ''), true)
    assert.equal(constantTimeEqual(parseJoinToken(a).secret, parseJoinToken(a).secret), true)
  })
})
