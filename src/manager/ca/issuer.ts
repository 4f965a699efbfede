// The manager's half of certificate issuance: turn a node's CSR into a node
// certificate signed by the cluster root. As SwarmKit (ca.PrepareCSR and the
// cfssl signing policy), only the public key is taken from the CSR; subject,
// SANs, usages and validity all come from the caller, who has already decided
// (join token, node record) who this node is and what role it gets.

import { createPublicKey, KeyObject } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { CA_ROLE, isNodeRole, MANAGER_ROLE, NodeRole } from './identity'
import { decodePem, encodePem, PEM_CERTIFICATE, PEM_CERTIFICATE_REQUEST, PemError, toArrayBuffer } from './pem'
import { DEFAULT_NODE_CERT_EXPIRY_MS, MIN_NODE_CERT_EXPIRY_MS } from './renewal'
import { load, RootCA, RootCAMaterial } from './rootca'
import {
  CERT_BACKDATE_MS,
  engine,
  extension,
  keyIdentifier,
  KeyUsage,
  keyUsageValue,
  distinguishedName,
  OID,
  parseDer,
  randomSerial,
  subjectKeyIdentifierExtension,
  x509Time,
} from './x509'

export { CERT_BACKDATE_MS }

export interface IssueOptions {
  /** Becomes the subject CN and a DNS SAN; must be a DNS label. */
  nodeId: string
  role: NodeRole
  /** Becomes the subject O. */
  clusterId: string
  /** Lifetime from `now`; default 90 days, minimum 30 minutes. */
  expiryMs?: number
  /** Issue time; defaults to the current clock. */
  now?: Date | number
}

/** The CSR was refused: malformed, badly signed, or a key we don't accept. */
export class CSRError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CSRError'
  }
}

// Signature algorithms we accept on a CSR. SHA-1 and MD5 are refused: a CSR
// signature is the node's proof of possession of its key.
const CSR_SIGNATURE_ALGORITHMS = new Set([
  '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
  '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
  '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
  '1.2.840.113549.1.1.12', // sha384WithRSAEncryption
  '1.2.840.113549.1.1.13', // sha512WithRSAEncryption
])

// DNS label (RFC 1123): the node id goes into a dNSName SAN, which must be one.
const NODE_ID_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/

/** The CSR's public key, once accepted by the key policy. */
export interface AcceptedKey {
  keyObject: KeyObject
  /** RSA keys get keyEncipherment in addition to digitalSignature. */
  isRsa: boolean
}

/**
 * Decode and check a CSR: well-formed PKCS#10, a public key of a type we issue
 * for, and a signature that verifies with that key. Returns the parsed request.
 */
export async function verifyCSR(csrPem: string): Promise<{ csr: pkijs.CertificationRequest; key: AcceptedKey }> {
  let der: Buffer
  try {
    der = decodePem(csrPem, [PEM_CERTIFICATE_REQUEST, 'NEW CERTIFICATE REQUEST'])
  } catch (err) {
    if (err instanceof PemError) throw new CSRError(`malformed CSR: ${err.message}`)
    throw err
  }
  const csr = parseDer(der, 'CSR', (schema) => new pkijs.CertificationRequest({ schema }), (m) => new CSRError(m))
  if (csr.version !== 0) throw new CSRError(`malformed CSR: unsupported version ${csr.version}`)

  const key = acceptPublicKey(csr)

  const sigAlg = csr.signatureAlgorithm.algorithmId
  if (!CSR_SIGNATURE_ALGORITHMS.has(sigAlg)) {
    throw new CSRError(`CSR signature algorithm ${sigAlg} is not accepted`)
  }
  // The signature algorithm must belong to the key's family; pkijs would
  // otherwise throw deep inside WebCrypto with a less helpful message.
  const sigIsRsa = sigAlg.startsWith('1.2.840.113549.')
  if (sigIsRsa !== key.isRsa) throw new CSRError('CSR signature algorithm does not match its public key type')

  let valid: boolean
  try {
    valid = await csr.verify(engine)
  } catch (err) {
    throw new CSRError(`CSR signature could not be verified: ${(err as Error).message}`)
  }
  if (!valid) throw new CSRError('CSR signature is invalid (the request was not signed by the key it carries)')
  return { csr, key }
}

/** The node key policy: ECDSA P-256/P-384 (what nodes generate) or RSA >= 2048 bits. */
function acceptPublicKey(csr: pkijs.CertificationRequest): AcceptedKey {
  let keyObject: KeyObject
  try {
    // OpenSSL's decoder also checks an EC point is on its curve.
    const spki = Buffer.from(csr.subjectPublicKeyInfo.toSchema().toBER(false))
    keyObject = createPublicKey({ key: spki, format: 'der', type: 'spki' })
  } catch (err) {
    throw new CSRError(`malformed CSR: public key cannot be decoded: ${(err as Error).message}`)
  }
  const type = keyObject.asymmetricKeyType
  const d = keyObject.asymmetricKeyDetails
  if (type === 'ec' && (d?.namedCurve === 'prime256v1' || d?.namedCurve === 'secp384r1')) return { keyObject, isRsa: false }
  if (type === 'rsa' && (d?.modulusLength ?? 0) >= 2048) return { keyObject, isRsa: true }
  throw new CSRError(
    `CSR public key not accepted: need ECDSA P-256/P-384 or RSA >= 2048 bits (got ${type}${d?.namedCurve ? ' ' + d.namedCurve : ''}${d?.modulusLength ? ' ' + d.modulusLength : ''})`,
  )
}

function checkOptions(options: IssueOptions): void {
  if (typeof options.nodeId !== 'string' || !NODE_ID_RE.test(options.nodeId)) {
    throw new TypeError(`nodeId must be a DNS label (letters, digits, '-', at most 63 characters); got ${JSON.stringify(options.nodeId)}`)
  }
  if (!isNodeRole(options.role)) {
    throw new TypeError(`role must be "swarm-manager" or "swarm-worker"; got ${JSON.stringify(options.role)}`)
  }
  if (typeof options.clusterId !== 'string' || options.clusterId.length === 0 || options.clusterId.length > 64) {
    throw new TypeError('clusterId must be a string of 1..64 characters')
  }
}

/** A node certificate's DNS SANs: its role, its id, and "swarm-ca" for managers. */
export function nodeDnsNames(role: NodeRole, nodeId: string): string[] {
  return role === MANAGER_ROLE ? [role, nodeId, CA_ROLE] : [role, nodeId]
}

/**
 * Issue a node certificate for the public key in `csrPem`.
 *
 * Subject: O=clusterId, OU=role, CN=nodeId (Go's RDN order, as SwarmKit's).
 * SANs: DNS role and DNS nodeId, plus "swarm-ca" for managers, so a client can
 * verify a manager by role name. EKU serverAuth+clientAuth: every node is both
 * a TLS client and, for managers, a server. Validity: now - 1 minute (clock
 * skew between nodes) until now + expiryMs, capped at the root's own expiry
 * (a certificate cannot outlive its issuer usefully).
 */
export async function issueNodeCertificate(
  rootCA: RootCA | RootCAMaterial,
  csrPem: string,
  options: IssueOptions,
): Promise<string> {
  checkOptions(options)
  const expiryMs = options.expiryMs ?? DEFAULT_NODE_CERT_EXPIRY_MS
  if (!Number.isFinite(expiryMs) || expiryMs < MIN_NODE_CERT_EXPIRY_MS) {
    throw new RangeError(
      `node certificate expiry must be at least ${MIN_NODE_CERT_EXPIRY_MS / 60000} minutes (got ${Number.isFinite(expiryMs) ? `${Math.round(expiryMs / 1000)}s` : expiryMs})`,
    )
  }
  const now = options.now === undefined ? new Date() : new Date(options.now)
  if (Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date or epoch milliseconds')

  const ca: RootCA = 'privateKey' in rootCA ? rootCA : await load(rootCA.certPem, rootCA.keyPem)
  if (now.getTime() >= ca.notAfter.getTime()) throw new RangeError('root CA has expired; rotate the root before issuing')
  const notAfter = new Date(Math.min(now.getTime() + expiryMs, ca.notAfter.getTime()))
  if (notAfter.getTime() - now.getTime() < MIN_NODE_CERT_EXPIRY_MS) {
    throw new RangeError('root CA expires in less than the minimum node certificate lifetime; rotate the root')
  }

  // Proof of possession before anything else: a CSR that fails here is refused
  // without the CA key being used at all.
  const { csr, key } = await verifyCSR(csrPem)

  const cert = new pkijs.Certificate()
  cert.version = 2 // v3
  cert.serialNumber = randomSerial()
  cert.issuer = ca.certificate.subject // byte-identical issuer name: chains by name match
  cert.subject = distinguishedName([
    [OID.organization, options.clusterId],
    [OID.organizationalUnit, options.role],
    [OID.commonName, options.nodeId],
  ])
  cert.notBefore = x509Time(new Date(now.getTime() - CERT_BACKDATE_MS))
  cert.notAfter = x509Time(notAfter)
  cert.subjectPublicKeyInfo = csr.subjectPublicKeyInfo

  const altName = new pkijs.AltName({ altNames: nodeDnsNames(options.role, options.nodeId).map((value) => new pkijs.GeneralName({ type: 2, value })) })
  const basicConstraints = new pkijs.BasicConstraints({ cA: false })
  const extKeyUsage = new pkijs.ExtKeyUsage({ keyPurposes: [OID.serverAuth, OID.clientAuth] })
  const aki = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(ca.subjectKeyId) }) })
  // keyEncipherment only for RSA keys: TLS 1.2 RSA key exchange encrypts to
  // the key; an ECDSA key is only ever used to sign.
  const usage = key.isRsa ? [KeyUsage.digitalSignature, KeyUsage.keyEncipherment] : [KeyUsage.digitalSignature]

  cert.extensions = [
    extension(OID.basicConstraints, true, basicConstraints.toSchema().toBER(false), basicConstraints),
    extension(OID.keyUsage, true, keyUsageValue(usage)),
    extension(OID.extKeyUsage, false, extKeyUsage.toSchema().toBER(false), extKeyUsage),
    subjectKeyIdentifierExtension(keyIdentifier(cert.subjectPublicKeyInfo)),
    extension(OID.authorityKeyIdentifier, false, aki.toSchema().toBER(false), aki),
    extension(OID.subjectAltName, false, altName.toSchema().toBER(false), altName),
  ]
  await cert.sign(ca.privateKey, ca.signHash, engine)
  return encodePem(PEM_CERTIFICATE, cert.toSchema(true).toBER(false))
}
