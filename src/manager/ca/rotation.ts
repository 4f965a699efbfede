// Root CA rotation (SwarmKit's controlapi/ca_rotation.go and ca/reconciler.go).
//
// A rotation moves the cluster to a new root without downtime. The cluster keeps its old
// root and gains a RootRotation {new root, its key, the new root cross-signed by the old
// key}. Meanwhile managers sign with the new key and hand out [leaf, cross-signed
// intermediate]: a peer that still trusts only the old root follows the intermediate to
// it, one that trusts the new root stops at the new root. Every node trusts both roots
// (the trust bundle). Once every node reports a certificate from the new issuer and
// trusts the new root, the new root replaces the old one, the join tokens change (their
// digest pins the root) and nodes drop the old root from their bundle.
import { X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import * as asn1js from 'asn1js'
import { decodePemAll, encodePem, PEM_CERTIFICATE, toArrayBuffer } from './pem'
import { createRootCA, load, RootCAError, type RootCA } from './rootca'
import { generateJoinToken } from './tokens'
import { engine, extension, keyUsageBits, KeyUsage, keyUsageValue, OID, parseCertificatePem, randomSerial, subjectKeyIdentifierExtension, subjectKeyIdentifierOf } from './x509'

/** SwarmKit's minRootExpiration: a new root must be valid for at least a year. */
export const MIN_ROOT_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000

/** The CA parts of a cluster object that a rotation reads and writes. */
export interface ClusterCA {
  rootCaCertPem: string
  rootCaKeyPem: string
  rootRotation?: RootRotation | null
  lastForcedRotation?: number | { toString(): string } | null
}

export interface RootRotation {
  caCertPem?: string | null
  caKeyPem?: string | null
  crossSignedCaCertPem?: string | null
}

/** Who issued a certificate: what nodes report and the reconciler compares (SwarmKit IssuerInfo). */
export interface IssuerInfo {
  subject: Buffer
  publicKey: Buffer
}

export interface RotationRequest {
  /** docker's CAConfig.ForceRotate: a new value with no certificate means "generate a new root". */
  forceRotate: number
  /** The root to move to (PEM); with its key, or signed for by external CAs. */
  signingCACert?: string
  signingCAKey?: string
  /** Whether external CAs will be configured after this update (they sign for a keyless root). */
  hasExternalCA: boolean
  clusterId: string
}

/** The cluster CA fields to write, or null when the request changes nothing. */
export type RotationPlan = { rootRotation: RootRotation | null; rootCaKeyPem: string; lastForcedRotation: number } | null

/** The roots nodes must trust now: the root, plus the new one during a rotation. */
export function trustBundle(c: ClusterCA): string {
  return c.rootRotation?.caCertPem ? c.rootCaCertPem + c.rootRotation.caCertPem : c.rootCaCertPem
}

/** The root node certificates are issued under now (the rotation's target during one). */
export function targetRoot(c: ClusterCA): string {
  return c.rootRotation?.caCertPem || c.rootCaCertPem
}

/** Subject and public key of a CA certificate (the first in `pem`). */
export function issuerInfoOf(caPem: string): IssuerInfo {
  const { cert, der } = parseCertificatePem(caPem, 'CA certificate')
  return {
    subject: Buffer.from(cert.subject.toSchema().toBER(false)),
    publicKey: new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' }),
  }
}

/**
 * Who issued the leaf of `chainPem`: the intermediate that follows it when there is one
 * (a rotation's cross-signed root, which has the new root's subject and key), else the
 * root of `bundlePem` that issued it. Null when none did.
 */
export function certIssuerOf(chainPem: string, bundlePem: string): IssuerInfo | null {
  const [leaf, ...rest] = decodePemAll(chainPem, PEM_CERTIFICATE).map((der) => new X509Certificate(der))
  if (!leaf) return null
  const candidates = [...rest, ...decodePemAll(bundlePem, PEM_CERTIFICATE).map((der) => new X509Certificate(der))]
  const issuer = candidates.find((ca) => leaf.checkIssued(ca) && leaf.verify(ca.publicKey))
  return issuer ? issuerInfoOf(issuer.toString()) : null
}

export function sameIssuer(a: IssuerInfo | null | undefined, b: IssuerInfo | null | undefined): boolean {
  return !!a && !!b && Buffer.from(a.subject).equals(Buffer.from(b.subject)) && Buffer.from(a.publicKey).equals(Buffer.from(b.publicKey))
}

/** Every certificate of a PEM bundle, each re-encoded canonically. */
export function pemCertificates(pem: string): string[] {
  return decodePemAll(pem, PEM_CERTIFICATE).map((der) => encodePem(PEM_CERTIFICATE, der))
}

/**
 * Whether a node that reports `tls` has converged on the rotation target: its certificate
 * comes from the target root and it trusts that root (it must, before the old root goes:
 * certificates issued afterwards carry no intermediate to the old one).
 */
export function nodeConverged(tls: { trustRoot?: string | null; certIssuerSubject?: Uint8Array | null; certIssuerPublicKey?: Uint8Array | null } | null | undefined, target: string): boolean {
  if (!tls?.certIssuerSubject || !tls.certIssuerPublicKey) return false
  if (!sameIssuer({ subject: Buffer.from(tls.certIssuerSubject), publicKey: Buffer.from(tls.certIssuerPublicKey) }, issuerInfoOf(target))) return false
  return pemCertificates(tls.trustRoot ?? '').includes(pemCertificates(target)[0])
}

/**
 * The new root cross-signed by the old root's key: the new root's subject, key, key
 * identifier and validity (capped at the old root's end), issued by the old root (as
 * SwarmKit's RootCA.CrossSignCACertificate).
 */
export async function crossSignRootCA(oldRoot: RootCA, newRootPem: string): Promise<string> {
  const { cert: next } = parseCertificatePem(newRootPem, 'new root CA certificate')
  const cert = new pkijs.Certificate()
  cert.version = 2
  cert.serialNumber = randomSerial()
  cert.issuer = oldRoot.certificate.subject
  cert.subject = next.subject
  cert.notBefore = next.notBefore
  cert.notAfter = next.notAfter.value.getTime() > oldRoot.notAfter.getTime() ? oldRoot.certificate.notAfter : next.notAfter
  cert.subjectPublicKeyInfo = next.subjectPublicKeyInfo
  const basicConstraints = new pkijs.BasicConstraints({ cA: true })
  const aki = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(oldRoot.subjectKeyId) }) })
  cert.extensions = [
    extension(OID.basicConstraints, true, basicConstraints.toSchema().toBER(false), basicConstraints),
    extension(OID.keyUsage, true, keyUsageValue([KeyUsage.keyCertSign, KeyUsage.cRLSign])),
    subjectKeyIdentifierExtension(subjectKeyIdentifierOf(next)),
    extension(OID.authorityKeyIdentifier, false, aki.toSchema().toBER(false), aki),
  ]
  await cert.sign(oldRoot.privateKey, oldRoot.signHash, engine)
  return encodePem(PEM_CERTIFICATE, cert.toSchema(true).toBER(false))
}

/**
 * What a cluster update asks of the CA (SwarmKit's validateCAConfig): nothing, a new
 * rotation, or going back to the current root (ending a rotation). Every bad input is
 * refused here, before anything is written. Throws RootCAError with a one-line reason.
 */
export async function planRootRotation(c: ClusterCA, req: RotationRequest, now = Date.now()): Promise<RotationPlan> {
  const last = Number(c.lastForcedRotation ?? 0)
  if (req.signingCAKey && !req.signingCACert) throw new RootCAError('a signing CA key (--ca-key) needs its certificate (--ca-cert)')
  if (!req.signingCACert) {
    if (req.forceRotate === last) return null
    const fresh = await createRootCA({ clusterId: req.clusterId })
    return startRotation(c, fresh.certPem, fresh.keyPem, req.forceRotate)
  }
  const certs = pemCertificates(checkedPem(req.signingCACert))
  if (certs.length !== 1) throw new RootCAError('the new root CA certificate (--ca-cert) must be exactly one certificate')
  const certPem = certs[0]
  const x509 = new X509Certificate(certPem)
  if (!x509.ca) throw new RootCAError('the new root CA certificate is not a CA certificate (basicConstraints CA:FALSE or absent)')
  const usage = keyUsageBits(parseCertificatePem(certPem).cert)
  if (usage && !usage.has(KeyUsage.keyCertSign)) throw new RootCAError('the new root CA certificate may not sign certificates (key usage)')
  if (now > Date.parse(x509.validTo)) throw new RootCAError(`the new root CA certificate expired on ${new Date(x509.validTo).toISOString()}`)
  if (now < Date.parse(x509.validFrom)) throw new RootCAError(`the new root CA certificate is not valid before ${new Date(x509.validFrom).toISOString()}`)
  if (Date.parse(x509.validTo) < now + MIN_ROOT_LIFETIME_MS) throw new RootCAError('the new root CA certificate expires in less than a year')
  let keyPem = ''
  if (req.signingCAKey) keyPem = (await load(certPem, req.signingCAKey)) && req.signingCAKey
  else if (!req.hasExternalCA) throw new RootCAError('a new root CA certificate (--ca-cert) needs its key (--ca-key), or an external CA (--external-ca) that signs with it')
  const current = pemCertificates(c.rootCaCertPem)[0]
  if (certPem === current) {
    // Back to the current root: any rotation in progress ends (nodes already moved keep
    // working: the cross-signed certificate is only an intermediate to this root).
    return { rootRotation: null, rootCaKeyPem: keyPem || c.rootCaKeyPem, lastForcedRotation: req.forceRotate }
  }
  if (c.rootRotation?.caCertPem && pemCertificates(c.rootRotation.caCertPem)[0] === certPem) {
    return { rootRotation: { ...c.rootRotation, caKeyPem: keyPem || c.rootRotation.caKeyPem }, rootCaKeyPem: c.rootCaKeyPem, lastForcedRotation: req.forceRotate }
  }
  return startRotation(c, certPem, keyPem, req.forceRotate)
}

function checkedPem(pem: string): string {
  try {
    parseCertificatePem(pem, 'new root CA certificate')
    return pem
  } catch (err) {
    throw new RootCAError(`invalid new root CA certificate: ${(err as Error).message}`)
  }
}

async function startRotation(c: ClusterCA, certPem: string, keyPem: string, forceRotate: number): Promise<RotationPlan> {
  // The old root's key signs the intermediate; a swarm that never held it cannot vouch
  // for a new root (SwarmKit asks the old external CA; shoal does not yet).
  if (!c.rootCaKeyPem) throw new RootCAError('this swarm does not hold its current root CA key, so it cannot cross-sign a new root: rotating away from an external root CA is not supported')
  const crossSigned = await crossSignRootCA(await load(c.rootCaCertPem, c.rootCaKeyPem), certPem)
  return { rootRotation: { caCertPem: certPem, caKeyPem: keyPem, crossSignedCaCertPem: crossSigned }, rootCaKeyPem: c.rootCaKeyPem, lastForcedRotation: forceRotate }
}

/**
 * The cluster CA once the rotation is complete (SwarmKit's finishRootRotation): the new
 * root and key replace the old, the rotation is gone, and new join tokens pin the new
 * root (the old tokens' digest names a root nobody trusts any more).
 */
export function finishedRotation(c: ClusterCA): { rootCaCertPem: string; rootCaKeyPem: string; joinTokens: { worker: string; manager: string } } {
  const certPem = c.rootRotation!.caCertPem!
  return { rootCaCertPem: certPem, rootCaKeyPem: c.rootRotation!.caKeyPem ?? '', joinTokens: { worker: generateJoinToken(certPem), manager: generateJoinToken(certPem) } }
}

/** The certificate chain to hand a node: during a rotation the leaf plus the cross-signed root. */
export function withIntermediate(leafPem: string, c: ClusterCA): string {
  return c.rootRotation?.crossSignedCaCertPem ? leafPem + c.rootRotation.crossSignedCaCertPem : leafPem
}

/**
 * What a node reports about itself (NodeDescription.tls_info): the roots it trusts and
 * the issuer of its certificate chain.
 */
export function nodeTLSInfo(chainPem: string, bundlePem: string): NodeTLSInfo {
  // Asked on every session and by the leader's periodic check; the answer changes only
  // with the files, so the last one is kept (parsing and verifying costs a millisecond).
  if (lastTLSInfo?.chainPem !== chainPem || lastTLSInfo.bundlePem !== bundlePem) {
    const issuer = certIssuerOf(chainPem, bundlePem)
    lastTLSInfo = { chainPem, bundlePem, info: { trustRoot: bundlePem, certIssuerSubject: issuer?.subject, certIssuerPublicKey: issuer?.publicKey } }
  }
  return lastTLSInfo.info
}

interface NodeTLSInfo {
  trustRoot: string
  certIssuerSubject?: Buffer
  certIssuerPublicKey?: Buffer
}
let lastTLSInfo: { chainPem: string; bundlePem: string; info: NodeTLSInfo } | null = null

/** Whether a node's chain comes from the newest root of its bundle (a rotation's target). */
export function issuedByNewestRoot(chainPem: string, bundlePem: string): boolean {
  const roots = pemCertificates(bundlePem)
  return roots.length > 0 && sameIssuer(certIssuerOf(chainPem, bundlePem), issuerInfoOf(roots[roots.length - 1]))
}
