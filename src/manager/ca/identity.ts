// Reading a node's identity out of its certificate, and checking that a
// certificate really was issued by the cluster root. As in SwarmKit, the
// certificate *is* the identity: CN = node id, OU = role, O = cluster id. Anyone
// authorising on these fields must first have the chain verified (TLS does it
// for peers; verifyChain does it for certificates met any other way).

import { X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import { nameValue, OID, parseCertificatePem } from './x509'

/** OU of manager node certificates (SwarmKit ManagerRole). */
export const MANAGER_ROLE = 'swarm-manager'
/** OU of worker node certificates (SwarmKit WorkerRole). */
export const WORKER_ROLE = 'swarm-worker'
/** Extra DNS SAN managers carry so a node can dial "the CA" (SwarmKit CARole). */
export const CA_ROLE = 'swarm-ca'

export type NodeRole = typeof MANAGER_ROLE | typeof WORKER_ROLE

export function isNodeRole(value: unknown): value is NodeRole {
  return value === MANAGER_ROLE || value === WORKER_ROLE
}

export interface NodeIdentity {
  nodeId: string
  role: NodeRole
  clusterId: string
  notBefore: Date
  notAfter: Date
  /**
   * Serial number as upper-case hex, exactly as Node's X509Certificate and
   * tls getPeerCertificate() print it, so it can be compared with what a TLS
   * peer presents (e.g. against a revocation list) without conversion.
   */
  serial: string
}

/**
 * The identity a node certificate carries. Throws when the certificate is not a
 * node certificate (missing CN/OU/O, or an OU that is not a node role): callers
 * use the role for authorisation, so an unknown role must not pass as either.
 * Does not verify the certificate; see verifyChain.
 */
export function parseNodeCertificate(certPem: string): NodeIdentity {
  const { cert, der } = parseCertificatePem(certPem, 'node certificate')
  const nodeId = nameValue(cert.subject, OID.commonName)
  const role = nameValue(cert.subject, OID.organizationalUnit)
  const clusterId = nameValue(cert.subject, OID.organization)
  if (!nodeId) throw new Error('not a node certificate: subject has no CN (node id)')
  if (!clusterId) throw new Error('not a node certificate: subject has no O (cluster id)')
  if (!isNodeRole(role)) {
    throw new Error(`not a node certificate: subject OU ${role === undefined ? 'is missing' : `"${role}" is not a node role`}`)
  }
  return {
    nodeId,
    role,
    clusterId,
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    serial: new X509Certificate(der).serialNumber,
  }
}

/** Why verifyChain rejected a certificate. */
export type ChainErrorReason = 'malformed' | 'not-a-ca' | 'wrong-issuer' | 'bad-signature' | 'expired' | 'not-yet-valid'

/** A chain verification failure; `reason` is stable for programs, the message for people. */
export class ChainError extends Error {
  readonly reason: ChainErrorReason
  constructor(reason: ChainErrorReason, message: string) {
    super(message)
    this.name = 'ChainError'
    this.reason = reason
  }
}

interface Parsed {
  cert: pkijs.Certificate
  x509: X509Certificate
}

function parseForChain(pem: string, what: string): Parsed {
  try {
    const { cert, der } = parseCertificatePem(pem, what)
    return { cert, x509: new X509Certificate(der) }
  } catch (err) {
    throw new ChainError('malformed', (err as Error).message)
  }
}

function checkValidity(p: Parsed, what: string, now: Date): void {
  const t = now.getTime()
  if (t < p.cert.notBefore.value.getTime()) {
    throw new ChainError('not-yet-valid', `${what} is not yet valid (notBefore ${p.cert.notBefore.value.toISOString()}, now ${now.toISOString()})`)
  }
  if (t > p.cert.notAfter.value.getTime()) {
    throw new ChainError('expired', `${what} has expired (notAfter ${p.cert.notAfter.value.toISOString()}, now ${now.toISOString()})`)
  }
}

/**
 * Verify that `certPem` was issued by the root in `rootPem` and that both are
 * valid at `now` (default: the current clock). Returns true, or throws a
 * ChainError whose reason says why: malformed input, root not a CA, wrong
 * issuer (names or key identifiers don't match: another cluster's root),
 * bad signature (right issuer on paper, but the root's key did not sign it),
 * expired, or not yet valid.
 *
 * Issuer before signature before time: a certificate from another cluster is
 * reported as such even if it has also expired, which is the more useful answer.
 */
export function verifyChain(certPem: string, rootPem: string, now: Date | number = new Date()): true {
  const at = new Date(now)
  if (Number.isNaN(at.getTime())) throw new TypeError('now must be a valid Date or epoch milliseconds')
  const leaf = parseForChain(certPem, 'certificate')
  const root = parseForChain(rootPem, 'root CA certificate')

  if (!root.x509.ca) throw new ChainError('not-a-ca', 'root certificate is not a CA')
  // OpenSSL's X509_check_issued: issuer name == root subject, and the leaf's
  // AKI (when present) matches the root's SKI.
  if (!leaf.x509.checkIssued(root.x509)) {
    throw new ChainError('wrong-issuer', `certificate was not issued by this root (issuer "${leaf.x509.issuer.replace(/\n/g, ', ')}")`)
  }
  if (!leaf.x509.verify(root.x509.publicKey)) {
    throw new ChainError('bad-signature', 'certificate signature does not verify with the root CA key')
  }
  checkValidity(root, 'root CA certificate', at)
  checkValidity(leaf, 'certificate', at)
  return true
}
