// Cluster PKI: root CA, node keys and CSRs, issuance, identity, chain checks.

import { test, describe, before } from 'node:test'
import assert from 'node:assert/strict'
import { createPrivateKey, webcrypto, X509Certificate } from 'node:crypto'
import * as tls from 'node:tls'
import * as pkijs from 'pkijs'
import {
  ChainError,
  createCSR,
  createRootCA,
  CSRError,
  decodePem,
  DEFAULT_NODE_CERT_EXPIRY_MS,
  digest,
  encodePem,
  generateNodeKey,
  issueNodeCertificate,
  load,
  loadNodeKey,
  MIN_NODE_CERT_EXPIRY_MS,
  parseNodeCertificate,
  PEM_CERTIFICATE,
  PEM_CERTIFICATE_REQUEST,
  PEM_PRIVATE_KEY,
  RootCA,
  RootCAError,
  RootCAMaterial,
  toArrayBuffer,
  verifyChain,
  verifyCSR,
} from '../src/manager/ca'

const MIN = 60 * 1000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const engine = new pkijs.CryptoEngine({ name: 'test', crypto: webcrypto as unknown as Crypto })

/** Flip one byte of a PEM block's DER and re-encode it. */
function tamper(pem: string, label: string, offsetFromEnd: number): string {
  const der = Buffer.from(decodePem(pem, label))
  der[der.length - offsetFromEnd] ^= 0x01
  return encodePem(label, der)
}

async function issue(root: RootCA, opts: Partial<Parameters<typeof issueNodeCertificate>[2]> = {}) {
  const key = await generateNodeKey()
  const csr = await createCSR(key)
  const certPem = await issueNodeCertificate(root, csr, {
    nodeId: 'node1abc',
    role: 'swarm-worker',
    clusterId: 'cluster-1',
    ...opts,
  })
  return { key, csr, certPem }
}

describe('root CA', () => {
  let material: RootCAMaterial
  let root: RootCA
  before(async () => {
    material = await createRootCA({ clusterId: 'cluster-1' })
    root = await load(material.certPem, material.keyPem)
  })

  test('is a self-signed ECDSA P-256 CA named swarm-ca, valid 20 years', () => {
    const x = new X509Certificate(material.certPem)
    assert.equal(x.ca, true)
    assert.equal(x.subject, 'O=cluster-1\nCN=swarm-ca')
    assert.equal(x.issuer, x.subject)
    assert.ok(x.verify(x.publicKey))
    assert.equal(x.publicKey.asymmetricKeyType, 'ec')
    assert.equal(x.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1')
    const lifetime = root.notAfter.getTime() - root.notBefore.getTime()
    assert.ok(Math.abs(lifetime - (7300 * DAY + MIN)) <= 2000, `lifetime ${lifetime}`)
  })

  test('has critical basicConstraints CA, keyCertSign|cRLSign, an SKI and a random 128-bit serial', async () => {
    const cert = root.certificate
    const ext = (oid: string) => cert.extensions?.find((e) => e.extnID === oid)
    assert.equal(ext('2.5.29.19')?.critical, true)
    const ku = ext('2.5.29.15')
    assert.equal(ku?.critical, true)
    // BIT STRING, 1 unused bit, 0x06 = keyCertSign(5) | cRLSign(6)
    assert.deepEqual([...Buffer.from(ku!.extnValue.valueBlock.valueHexView)], [0x03, 0x02, 0x01, 0x06])
    assert.ok(ext('2.5.29.14'))
    assert.equal(root.subjectKeyId.length, 20)
    const other = await createRootCA()
    const s1 = new X509Certificate(material.certPem).serialNumber
    const s2 = new X509Certificate(other.certPem).serialNumber
    assert.notEqual(s1, s2)
    assert.ok(s1.length <= 34, s1) // 16 random bytes plus at most one sign octet
    assert.equal(new X509Certificate(other.certPem).subject, 'CN=swarm-ca') // no clusterId: SwarmKit's bare name
  })

  test('key is PKCS#8 and accepted by Node', () => {
    assert.match(material.keyPem, /^-----BEGIN PRIVATE KEY-----\n/)
    const k = createPrivateKey(material.keyPem)
    assert.equal(k.asymmetricKeyType, 'ec')
    assert.ok(new X509Certificate(material.certPem).checkPrivateKey(k))
  })

  test('digest is sha256 of the DER, independent of PEM formatting', () => {
    const d = digest(material.certPem)
    assert.match(d, /^[0-9a-f]{64}$/)
    assert.equal(d, root.digest)
    assert.equal(d, new X509Certificate(material.certPem).fingerprint256.replace(/:/g, '').toLowerCase())
    assert.equal(digest(material.certPem.replace(/\n/g, '\r\n')), d)
  })

  test('load rejects a key that does not match, a non-CA and garbage', async () => {
    const other = await createRootCA()
    await assert.rejects(load(material.certPem, other.keyPem), (e: unknown) => e instanceof RootCAError && /does not match/.test(e.message))
    const { certPem, key } = await issue(root)
    await assert.rejects(load(certPem, key.keyPem), (e: unknown) => e instanceof RootCAError && /not a CA/.test(e.message))
    await assert.rejects(load('nope', material.keyPem), (e: unknown) => e instanceof RootCAError && /no CERTIFICATE PEM block/.test(e.message))
    await assert.rejects(load(material.certPem, 'nope'), RootCAError)
    const encrypted = createPrivateKey(material.keyPem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' })
    await assert.rejects(load(material.certPem, encrypted as string), RootCAError)
  })

  test('load accepts a SEC1 "EC PRIVATE KEY" (as SwarmKit writes) and re-imports it non-extractable', async () => {
    const sec1 = createPrivateKey(material.keyPem).export({ type: 'sec1', format: 'pem' }) as string
    assert.match(sec1, /EC PRIVATE KEY/)
    const r = await load(material.certPem, sec1)
    assert.equal(r.privateKey.extractable, false)
    assert.equal(r.digest, root.digest)
  })

  test('rejects silly options', async () => {
    await assert.rejects(createRootCA({ expiryDays: 0 }), RangeError)
    await assert.rejects(createRootCA({ clusterId: '' }), RangeError)
  })

  test('a root past 2049 switches to GeneralizedTime and still parses', async () => {
    const m = await createRootCA({ expiryDays: 40 * 365 })
    const r = await load(m.certPem, m.keyPem)
    assert.ok(r.notAfter.getUTCFullYear() >= 2050)
    assert.equal(r.certificate.notAfter.type, pkijs.TimeType.GeneralizedTime)
    assert.ok(new X509Certificate(m.certPem).ca)
  })
})

describe('node key and CSR', () => {
  test('generateNodeKey: P-256, PKCS#8 PEM, non-extractable signing key', async () => {
    const k = await generateNodeKey()
    assert.equal(k.privateKey.extractable, false)
    assert.deepEqual(k.privateKey.algorithm, { name: 'ECDSA', namedCurve: 'P-256' })
    assert.match(k.keyPem, /^-----BEGIN PRIVATE KEY-----/)
    assert.equal(createPrivateKey(k.keyPem).asymmetricKeyDetails?.namedCurve, 'prime256v1')
  })

  test('createCSR produces a self-verifying PKCS#10 request', async () => {
    const k = await generateNodeKey()
    const csrPem = await createCSR(k, { cn: 'my-node' })
    assert.match(csrPem, /^-----BEGIN CERTIFICATE REQUEST-----/)
    const { csr } = await verifyCSR(csrPem)
    assert.equal(await csr.verify(engine), true)
    const bare = await verifyCSR(await createCSR(k))
    assert.equal(bare.csr.subject.typesAndValues.length, 0)
    await assert.rejects(createCSR(k, { cn: '' }), RangeError)
  })

  test('loadNodeKey round-trips, also from SEC1', async () => {
    const k = await generateNodeKey()
    const again = await loadNodeKey(k.keyPem)
    assert.equal(again.keyPem, k.keyPem)
    const sec1 = createPrivateKey(k.keyPem).export({ type: 'sec1', format: 'pem' }) as string
    const fromSec1 = await loadNodeKey(sec1)
    assert.equal(fromSec1.keyPem, k.keyPem)
    const spki = (key: CryptoKey) => webcrypto.subtle.exportKey('spki', key as webcrypto.CryptoKey)
    assert.deepEqual(Buffer.from(await spki(fromSec1.publicKey)), Buffer.from(await spki(k.publicKey)))
    await assert.rejects(loadNodeKey('garbage'), /not a usable/)
  })
})

describe('issuance', () => {
  let material: RootCAMaterial
  let root: RootCA
  before(async () => {
    material = await createRootCA({ clusterId: 'cluster-1' })
    root = await load(material.certPem, material.keyPem)
  })

  test('node certificate has the SwarmKit shape', async () => {
    const now = new Date('2030-01-02T03:04:05.678Z')
    const { key, certPem } = await issue(root, { nodeId: 'n0de1d', role: 'swarm-manager', clusterId: 'cluster-1', now })
    const x = new X509Certificate(certPem)
    assert.equal(x.subject, 'O=cluster-1\nOU=swarm-manager\nCN=n0de1d')
    assert.equal(x.issuer, 'O=cluster-1\nCN=swarm-ca')
    assert.equal(x.ca, false)
    assert.equal(x.subjectAltName, 'DNS:swarm-manager, DNS:n0de1d, DNS:swarm-ca')
    assert.deepEqual(x.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']) // Node calls EKU "keyUsage"
    assert.ok(x.checkPrivateKey(createPrivateKey(key.keyPem)), 'certifies the CSR key')
    assert.ok(x.checkIssued(new X509Certificate(material.certPem)))

    const id = parseNodeCertificate(certPem)
    assert.equal(id.nodeId, 'n0de1d')
    assert.equal(id.role, 'swarm-manager')
    assert.equal(id.clusterId, 'cluster-1')
    assert.equal(id.serial, x.serialNumber)
    // Whole seconds: backdated 1 minute, 90 days by default.
    assert.equal(id.notBefore.toISOString(), '2030-01-02T03:03:05.000Z')
    assert.equal(id.notAfter.getTime(), Math.floor((now.getTime() + DEFAULT_NODE_CERT_EXPIRY_MS) / 1000) * 1000)

    // Extension details: basicConstraints critical CA:false, digitalSignature only, AKI = root SKI.
    const parsed = pkijs.Certificate.fromBER(toArrayBuffer(decodePem(certPem, PEM_CERTIFICATE)))
    const ext = (oid: string) => parsed.extensions?.find((e) => e.extnID === oid)
    assert.equal(ext('2.5.29.19')?.critical, true)
    assert.deepEqual([...Buffer.from(ext('2.5.29.15')!.extnValue.valueBlock.valueHexView)], [0x03, 0x02, 0x07, 0x80])
    const aki = ext('2.5.29.35')!.parsedValue as pkijs.AuthorityKeyIdentifier
    assert.deepEqual(Buffer.from(aki.keyIdentifier!.valueBlock.valueHexView), root.subjectKeyId)
    assert.ok(ext('2.5.29.14'))
  })

  test('worker certificates carry no swarm-ca SAN; serials differ', async () => {
    const a = await issue(root, { nodeId: 'worker1' })
    const b = await issue(root, { nodeId: 'worker1' })
    assert.equal(new X509Certificate(a.certPem).subjectAltName, 'DNS:swarm-worker, DNS:worker1')
    assert.equal(parseNodeCertificate(a.certPem).role, 'swarm-worker')
    assert.notEqual(parseNodeCertificate(a.certPem).serial, parseNodeCertificate(b.certPem).serial)
  })

  test('issues from RootCAMaterial as well as a loaded RootCA', async () => {
    const key = await generateNodeKey()
    const certPem = await issueNodeCertificate(material, await createCSR(key), { nodeId: 'x1', role: 'swarm-worker', clusterId: 'cluster-1' })
    assert.equal(verifyChain(certPem, material.certPem), true)
  })

  test('only the key is taken from the CSR: its CN is ignored', async () => {
    const key = await generateNodeKey()
    const csr = await createCSR(key, { cn: 'i-am-a-manager' })
    const certPem = await issueNodeCertificate(root, csr, { nodeId: 'realid', role: 'swarm-worker', clusterId: 'cluster-1' })
    assert.equal(parseNodeCertificate(certPem).nodeId, 'realid')
  })

  test('expiry below 30 minutes is rejected; exactly 30 minutes is accepted', async () => {
    assert.equal(MIN_NODE_CERT_EXPIRY_MS, 30 * MIN)
    const key = await generateNodeKey()
    const csr = await createCSR(key)
    const opts = { nodeId: 'n1', role: 'swarm-worker' as const, clusterId: 'c' }
    await assert.rejects(issueNodeCertificate(root, csr, { ...opts, expiryMs: 30 * MIN - 1000 }), (e: unknown) => e instanceof RangeError && /at least 30 minutes/.test(e.message))
    await assert.rejects(issueNodeCertificate(root, csr, { ...opts, expiryMs: 0 }), RangeError)
    await assert.rejects(issueNodeCertificate(root, csr, { ...opts, expiryMs: NaN }), RangeError)
    const now = Date.now()
    const ok = await issueNodeCertificate(root, csr, { ...opts, expiryMs: 30 * MIN, now })
    const id = parseNodeCertificate(ok)
    assert.equal(id.notAfter.getTime(), Math.floor((now + 30 * MIN) / 1000) * 1000)
  })

  test('rejects bad identities', async () => {
    const csr = await createCSR(await generateNodeKey())
    await assert.rejects(issueNodeCertificate(root, csr, { nodeId: 'bad id', role: 'swarm-worker', clusterId: 'c' }), /nodeId must be a DNS label/)
    await assert.rejects(issueNodeCertificate(root, csr, { nodeId: '', role: 'swarm-worker', clusterId: 'c' }), TypeError)
    await assert.rejects(issueNodeCertificate(root, csr, { nodeId: 'n', role: 'swarm-ca' as never, clusterId: 'c' }), /role must be/)
    await assert.rejects(issueNodeCertificate(root, csr, { nodeId: 'n', role: 'swarm-worker', clusterId: '' }), /clusterId/)
  })

  test('a certificate never outlives its root; an expired root does not sign', async () => {
    const m = await createRootCA({ expiryDays: 1 })
    const r = await load(m.certPem, m.keyPem)
    const { certPem } = await issue(r) // asks for 90 days
    assert.equal(parseNodeCertificate(certPem).notAfter.getTime(), r.notAfter.getTime())
    await assert.rejects(issue(r, { now: r.notAfter.getTime() + 1000 }), /root CA has expired/)
    await assert.rejects(issue(r, { now: r.notAfter.getTime() - 10 * MIN }), /rotate the root/)
  })
})

describe('CSR validation', () => {
  let root: RootCA
  const opts = { nodeId: 'n1', role: 'swarm-worker' as const, clusterId: 'c' }
  before(async () => {
    const m = await createRootCA()
    root = await load(m.certPem, m.keyPem)
  })

  test('a CSR whose signature was altered is rejected', async () => {
    const csr = await createCSR(await generateNodeKey())
    // Last byte of the DER is the last byte of the ECDSA s value.
    const bad = tamper(csr, PEM_CERTIFICATE_REQUEST, 1)
    await assert.rejects(issueNodeCertificate(root, bad, opts), (e: unknown) => e instanceof CSRError && /signature is invalid/.test(e.message))
  })

  test('a CSR whose content was altered after signing is rejected', async () => {
    const csrPem = await createCSR(await generateNodeKey(), { cn: 'aaaa' })
    const der = Buffer.from(decodePem(csrPem, PEM_CERTIFICATE_REQUEST))
    const at = der.indexOf(Buffer.from('aaaa'))
    der[at] = 'b'.charCodeAt(0)
    await assert.rejects(issueNodeCertificate(root, encodePem(PEM_CERTIFICATE_REQUEST, der), opts), /signature is invalid/)
  })

  test('a CSR signed by a different key than it carries is rejected (no proof of possession)', async () => {
    const a = await generateNodeKey()
    const b = await generateNodeKey()
    const forged = await createCSR({ publicKey: a.publicKey, privateKey: b.privateKey })
    await assert.rejects(issueNodeCertificate(root, forged, opts), /signature is invalid/)
  })

  test('malformed CSRs are rejected with a clear error', async () => {
    const good = await createCSR(await generateNodeKey())
    const der = decodePem(good, PEM_CERTIFICATE_REQUEST)
    const cases: Array<[string, RegExp]> = [
      ['', /malformed CSR: no CERTIFICATE REQUEST PEM block found/],
      ['hello', /malformed CSR: no CERTIFICATE REQUEST PEM block found/],
      [good.replace('CERTIFICATE REQUEST', 'CERTIFICATE').replace('CERTIFICATE REQUEST', 'CERTIFICATE'), /no CERTIFICATE REQUEST PEM block/],
      ['-----BEGIN CERTIFICATE REQUEST-----\n!!!!\n-----END CERTIFICATE REQUEST-----\n', /not valid base64/],
      [encodePem(PEM_CERTIFICATE_REQUEST, der.subarray(0, der.length - 10)), /malformed CSR: not valid DER/],
      [encodePem(PEM_CERTIFICATE_REQUEST, Buffer.concat([der, Buffer.from([0, 0])])), /malformed CSR: trailing data/],
      [encodePem(PEM_CERTIFICATE_REQUEST, Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00])), /malformed CSR/],
    ]
    for (const [input, re] of cases) {
      await assert.rejects(issueNodeCertificate(root, input, opts), (e: unknown) => e instanceof CSRError && re.test(e.message), `input ${JSON.stringify(input.slice(0, 40))}`)
    }
  })

  test('key policy: RSA 2048 accepted (with keyEncipherment), P-521 and RSA 1024 refused', async () => {
    const rsaCsr = async (bits: number) => {
      const pair = (await webcrypto.subtle.generateKey(
        { name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
        false,
        ['sign', 'verify'],
      )) as unknown as CryptoKeyPair
      return createCSR(pair)
    }
    const certPem = await issueNodeCertificate(root, await rsaCsr(2048), opts)
    const parsed = pkijs.Certificate.fromBER(toArrayBuffer(decodePem(certPem, PEM_CERTIFICATE)))
    const ku = parsed.extensions!.find((e) => e.extnID === '2.5.29.15')!
    assert.deepEqual([...Buffer.from(ku.extnValue.valueBlock.valueHexView)], [0x03, 0x02, 0x05, 0xa0])
    await assert.rejects(issueNodeCertificate(root, await rsaCsr(1024), opts), /public key not accepted.*rsa 1024/)

    const p521 = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-521' }, false, ['sign', 'verify'])) as unknown as CryptoKeyPair
    await assert.rejects(issueNodeCertificate(root, await createCSR(p521), opts), /public key not accepted.*secp521r1/)
  })
})

describe('identity and chain verification', () => {
  let material: RootCAMaterial
  let root: RootCA
  before(async () => {
    // Root made a day earlier so the leaf's own notBefore is what an early clock hits.
    material = await createRootCA({ clusterId: 'cluster-1', now: Date.now() - DAY })
    root = await load(material.certPem, material.keyPem)
  })

  test('a node certificate verifies against its root', async () => {
    const { certPem } = await issue(root)
    assert.equal(verifyChain(certPem, material.certPem), true)
  })

  test('another root (even one with the same name) is the wrong issuer', async () => {
    const { certPem } = await issue(root)
    for (const other of [await createRootCA({ clusterId: 'cluster-2' }), await createRootCA({ clusterId: 'cluster-1' })]) {
      assert.throws(() => verifyChain(certPem, other.certPem), (e: unknown) => e instanceof ChainError && e.reason === 'wrong-issuer')
    }
  })

  test('a tampered signature is a bad signature', async () => {
    const { certPem } = await issue(root)
    const bad = tamper(certPem, PEM_CERTIFICATE, 1)
    assert.throws(() => verifyChain(bad, material.certPem), (e: unknown) => e instanceof ChainError && e.reason === 'bad-signature')
  })

  test('expiry and not-yet-valid are detected with an injected clock', async () => {
    const t0 = Date.now()
    const { certPem } = await issue(root, { now: t0, expiryMs: HOUR })
    assert.equal(verifyChain(certPem, material.certPem, t0 + 59 * MIN), true)
    assert.throws(() => verifyChain(certPem, material.certPem, t0 + 2 * HOUR), (e: unknown) => e instanceof ChainError && e.reason === 'expired' && /has expired/.test(e.message))
    // Backdated one minute for clock skew: 30 s early is fine, 5 minutes is not.
    assert.equal(verifyChain(certPem, material.certPem, new Date(t0 - 30 * 1000)), true)
    assert.throws(() => verifyChain(certPem, material.certPem, t0 - 5 * MIN), (e: unknown) => e instanceof ChainError && e.reason === 'not-yet-valid')
  })

  test('an expired root is reported as such', async () => {
    const old = await createRootCA({ expiryDays: 1, now: Date.now() - 2 * DAY })
    const r = await load(old.certPem, old.keyPem)
    const { certPem } = await issue(r, { now: Date.now() - 2 * DAY + HOUR, expiryMs: 2 * HOUR })
    assert.throws(() => verifyChain(certPem, old.certPem, r.notAfter.getTime() + 1000), (e: unknown) => e instanceof ChainError && e.reason === 'expired' && /root CA/.test(e.message))
  })

  test('a non-CA as root and malformed input are reported as such', async () => {
    const { certPem } = await issue(root)
    assert.throws(() => verifyChain(certPem, certPem), (e: unknown) => e instanceof ChainError && e.reason === 'not-a-ca')
    assert.throws(() => verifyChain('junk', material.certPem), (e: unknown) => e instanceof ChainError && e.reason === 'malformed')
    assert.throws(() => verifyChain(certPem, encodePem(PEM_CERTIFICATE, Buffer.from([1, 2, 3]))), (e: unknown) => e instanceof ChainError && e.reason === 'malformed')
  })

  test('parseNodeCertificate refuses certificates that are not node certificates', () => {
    assert.throws(() => parseNodeCertificate(material.certPem), /not a node certificate/)
    assert.throws(() => parseNodeCertificate('junk'), /no CERTIFICATE PEM block/)
  })

  test('produced key + certificate are accepted by tls.createSecureContext', async () => {
    const { key, certPem } = await issue(root)
    assert.doesNotThrow(() => tls.createSecureContext({ key: key.keyPem, cert: certPem, ca: material.certPem }))
    assert.doesNotThrow(() => tls.createSecureContext({ key: material.keyPem, cert: material.certPem }))
  })
})

test('PEM helpers', () => {
  const der = Buffer.from(Array.from({ length: 100 }, (_, i) => i))
  const pem = encodePem(PEM_PRIVATE_KEY, der)
  assert.ok(pem.split('\n').every((l) => l.length <= 64))
  assert.ok(pem.endsWith('-----END PRIVATE KEY-----\n'))
  assert.deepEqual(decodePem(pem, PEM_PRIVATE_KEY), der)
  assert.deepEqual(decodePem(pem.replace(/\n/g, '\r\n'), PEM_PRIVATE_KEY), der)
  // Finds its block among others, e.g. a key + certificate file.
  assert.deepEqual(decodePem(encodePem('CERTIFICATE', Buffer.from([9])) + pem, PEM_PRIVATE_KEY), der)
  assert.throws(() => decodePem(pem, PEM_CERTIFICATE), /no CERTIFICATE PEM block found/)
  assert.throws(() => decodePem('-----BEGIN X-----\nProc-Type: 4,ENCRYPTED\n\nAAAA\n-----END X-----', 'X'), /headers/)
  assert.throws(() => decodePem('-----BEGIN X-----\n\n-----END X-----', 'X'), /not valid base64/)
  assert.throws(() => decodePem('-----BEGIN X-----\nAAA\n-----END X-----', 'X'), /not valid base64/)
})
