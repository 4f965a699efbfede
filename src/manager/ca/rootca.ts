// The cluster root CA: created once when a swarm is initialised, its certificate
// handed to every node (pinned by the digest in the join token), its key kept by
// the managers to sign node certificates. Shapes follow SwarmKit's ca package:
// ECDSA P-256, CN "swarm-ca", 20-year lifetime.

import { createPrivateKey, KeyObject, X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import { encodePem, PEM_CERTIFICATE, PEM_PRIVATE_KEY, toArrayBuffer } from './pem'
import {
  CERT_BACKDATE_MS,
  certificateDer,
  EC_P256,
  engine,
  extension,
  keyIdentifier,
  keyUsageBits,
  KeyUsage,
  keyUsageValue,
  distinguishedName,
  OID,
  parseCertificatePem,
  randomSerial,
  sha256Hex,
  subjectKeyIdentifierExtension,
  subjectKeyIdentifierOf,
  subtle,
  x509Time,
} from './x509'

/** Common name of every swarm root CA (SwarmKit's DefaultRootCN). */
export const ROOT_CA_CN = 'swarm-ca'
/** SwarmKit's RootCAExpiration, 630720000s: 20 years of 365 days. */
export const DEFAULT_ROOT_CA_EXPIRY_DAYS = 7300

const DAY_MS = 24 * 60 * 60 * 1000

/** The persistable form of a root CA: what goes into the store and onto disk. */
export interface RootCAMaterial {
  certPem: string
  /** PKCS#8, unencrypted. Secret: only managers may hold it. */
  keyPem: string
}

export interface CreateRootCAOptions {
  /** When given, recorded as the root's O= so roots of different clusters differ by name too. */
  clusterId?: string
  /** Lifetime in days; default 20 years as SwarmKit. */
  expiryDays?: number
  /** Issue time; defaults to the current clock. For tests and deterministic tooling. */
  now?: Date | number
}

/** Raised when a root CA certificate or key is unusable. */
export class RootCAError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RootCAError'
  }
}

/**
 * A loaded, signing-capable root CA. Built by load(); the private key inside is
 * a non-extractable WebCrypto key, so code that only signs cannot leak it.
 */
export interface RootCA {
  readonly certPem: string
  readonly certDer: Buffer
  readonly certificate: pkijs.Certificate
  readonly privateKey: CryptoKey
  /** Hash used when signing with this key: SHA-256 for P-256, SHA-384 for P-384. */
  readonly signHash: 'SHA-256' | 'SHA-384'
  /** Lower-case hex SHA-256 of the certificate DER (what join tokens pin). */
  readonly digest: string
  /** The root's SubjectKeyIdentifier, copied into issued certificates' AKI. */
  readonly subjectKeyId: Buffer
  readonly notBefore: Date
  readonly notAfter: Date
}

function toDate(now: Date | number | undefined): Date {
  if (now === undefined) return new Date()
  const d = new Date(now)
  if (Number.isNaN(d.getTime())) throw new TypeError('now must be a valid Date or epoch milliseconds')
  return d
}

/**
 * Create a new self-signed root CA. The key is generated here and exported once
 * as PKCS#8 so the caller can persist it (SwarmKit keeps it in the Raft store).
 */
export async function createRootCA(options: CreateRootCAOptions = {}): Promise<RootCAMaterial> {
  const expiryDays = options.expiryDays ?? DEFAULT_ROOT_CA_EXPIRY_DAYS
  if (!Number.isFinite(expiryDays) || expiryDays < 1) {
    throw new RangeError(`root CA expiryDays must be a number >= 1 (got ${expiryDays})`)
  }
  if (options.clusterId !== undefined && (options.clusterId.length === 0 || options.clusterId.length > 64)) {
    throw new RangeError('clusterId must be 1..64 characters (X.520 upper bound for O=)')
  }
  const now = toDate(options.now)

  // Extractable only so we can export it once, below; load() re-imports it
  // as non-extractable for signing.
  const keys = (await subtle.generateKey(EC_P256, true, ['sign', 'verify'])) as CryptoKeyPair

  const cert = new pkijs.Certificate()
  cert.version = 2 // v3
  cert.serialNumber = randomSerial()
  const attrs: Array<[string, string]> = []
  if (options.clusterId !== undefined) attrs.push([OID.organization, options.clusterId])
  attrs.push([OID.commonName, ROOT_CA_CN])
  cert.subject = distinguishedName(attrs)
  cert.issuer = distinguishedName(attrs) // self-issued: byte-identical names
  // Backdated like node certificates so a manager whose clock is slightly
  // behind the one that created the root still accepts it.
  cert.notBefore = x509Time(new Date(now.getTime() - CERT_BACKDATE_MS))
  cert.notAfter = x509Time(new Date(now.getTime() + expiryDays * DAY_MS))
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine)

  const basicConstraints = new pkijs.BasicConstraints({ cA: true })
  cert.extensions = [
    // No pathLenConstraint: SwarmKit's root rotation cross-signs the new root
    // with the old one, which makes an intermediate below this root.
    extension(OID.basicConstraints, true, basicConstraints.toSchema().toBER(false), basicConstraints),
    extension(OID.keyUsage, true, keyUsageValue([KeyUsage.keyCertSign, KeyUsage.cRLSign])),
    subjectKeyIdentifierExtension(keyIdentifier(cert.subjectPublicKeyInfo)),
  ]
  await cert.sign(keys.privateKey, 'SHA-256', engine)

  const certPem = encodePem(PEM_CERTIFICATE, cert.toSchema(true).toBER(false))
  const pkcs8 = await subtle.exportKey('pkcs8', keys.privateKey)
  return { certPem, keyPem: encodePem(PEM_PRIVATE_KEY, pkcs8) }
}

/** Normalise a PEM private key (PKCS#8 or SEC1 "EC PRIVATE KEY") into a Node KeyObject. */
function parsePrivateKey(keyPem: string): KeyObject {
  try {
    return createPrivateKey({ key: keyPem, format: 'pem' })
  } catch (err) {
    throw new RootCAError(`root CA key is not a usable unencrypted PEM private key: ${(err as Error).message}`)
  }
}

/**
 * Load a root CA for signing. Checks what would otherwise surface later as
 * certificates nobody can verify: the certificate is a self-signed CA allowed
 * to sign certificates, and the key is the one it certifies. An expired root
 * still loads (so it can be inspected and rotated); the issuer refuses to sign
 * with it.
 */
export async function load(certPem: string, keyPem: string): Promise<RootCA> {
  let parsed: ReturnType<typeof parseCertificatePem>
  let x509: X509Certificate
  try {
    parsed = parseCertificatePem(certPem, 'root CA certificate')
    x509 = new X509Certificate(parsed.der)
  } catch (err) {
    throw new RootCAError((err as Error).message)
  }
  const { cert, der } = parsed

  if (!x509.ca) throw new RootCAError('root CA certificate is not a CA (basicConstraints cA is not true)')
  const usage = keyUsageBits(cert)
  if (usage && !usage.has(KeyUsage.keyCertSign)) {
    throw new RootCAError('root CA certificate key usage does not allow certificate signing')
  }
  // A root is self-issued and self-signed. (Signing with an intermediate, as
  // SwarmKit does mid-rotation, would be a separate, explicit path.)
  const subjectDer = Buffer.from(cert.subject.toSchema().toBER(false))
  const issuerDer = Buffer.from(cert.issuer.toSchema().toBER(false))
  if (!subjectDer.equals(issuerDer) || !x509.verify(x509.publicKey)) {
    throw new RootCAError('root CA certificate is not self-signed')
  }

  const keyObject = parsePrivateKey(keyPem)
  const details = keyObject.asymmetricKeyDetails
  let namedCurve: 'P-256' | 'P-384'
  if (keyObject.asymmetricKeyType === 'ec' && details?.namedCurve === 'prime256v1') namedCurve = 'P-256'
  else if (keyObject.asymmetricKeyType === 'ec' && details?.namedCurve === 'secp384r1') namedCurve = 'P-384'
  else {
    throw new RootCAError(
      `root CA key must be ECDSA P-256 or P-384 (got ${keyObject.asymmetricKeyType}${details?.namedCurve ? ' ' + details.namedCurve : ''})`,
    )
  }
  if (!x509.checkPrivateKey(keyObject)) {
    throw new RootCAError('root CA key does not match the root CA certificate')
  }
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'der' })
  const privateKey = await subtle.importKey('pkcs8', toArrayBuffer(pkcs8), { name: 'ECDSA', namedCurve }, false, ['sign'])

  return Object.freeze({
    // Re-encoded from DER: one canonical PEM whatever whitespace came in.
    certPem: encodePem(PEM_CERTIFICATE, der),
    certDer: der,
    certificate: cert,
    privateKey,
    signHash: namedCurve === 'P-256' ? 'SHA-256' : 'SHA-384',
    digest: sha256Hex(der),
    subjectKeyId: subjectKeyIdentifierOf(cert),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
  } as const)
}

/** Alias of load() for call sites where the bare name would be ambiguous. */
export const loadRootCA = load

/**
 * SHA-256 of the certificate's DER, lower-case hex: the value a join token
 * pins (SwarmKit's RootCA.Digest without the "sha256:" prefix). Computed over
 * DER, not PEM text, so line endings or wrapping never change it.
 */
export function digest(certPem: string): string {
  return sha256Hex(certificateDer(certPem))
}
