// Reading a node's identity out of its certificate, and checking that a
// certificate really was issued by the cluster root. As in SwarmKit, the
// certificate *is* the identity: CN = node id, OU = role, O = cluster id. Anyone
// authorising on these fields must first have the chain verified (TLS does it
// for peers; verifyChain does it for certificates met any other way).

import { X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import { decodePemAll, PEM_CERTIFICATE } from './pem'
import { nameValue, OID, parseCertificatePem, parseDer } from './x509'

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

// Every certificate in a PEM string: a node's chain (leaf first, then the intermediate a
// root rotation adds) or a trust bundle (two roots during a rotation).
function parseAllForChain(pem: string, what: string): Parsed[] {
  try {
    const ders = decodePemAll(pem, PEM_CERTIFICATE)
    if (ders.length === 0) throw new Error(`no ${PEM_CERTIFICATE} PEM block found`)
    return ders.map((der) => ({ cert: parseDer(der, what, (schema) => new pkijs.Certificate({ schema }), (m) => new Error(m)), x509: new X509Certificate(der) }))
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
 * Verify that `certPem` (a leaf, optionally followed by an intermediate) was issued by a
 * root in `rootPem` (one root, or a bundle) and that the path's certificates are
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
  const [leaf, ...intermediates] = parseAllForChain(certPem, 'certificate')
  const roots = parseAllForChain(rootPem, 'root CA certificate')
  // Paths: leaf -> root, or leaf -> intermediate -> root (during a root rotation a node's
  // certificate comes from the new root and carries the new root cross-signed by the old
  // one, so nodes that trust only the old root accept it). The most telling failure wins:
  // a root that issued the leaf explains more than one that did not.
  let failure: ChainError | undefined
  const attempt = (links: Array<[Parsed, Parsed, string]>): boolean => {
    try {
      for (const [cert, issuer, what] of links) checkLink(cert, issuer, what, at)
      return true
    } catch (err) {
      const e = err as ChainError
      if (!failure || (MISMATCH.has(failure.reason) && !MISMATCH.has(e.reason))) failure = e
      return false
    }
  }
  for (const root of roots) if (attempt([[leaf, root, 'certificate']])) return true
  for (const mid of intermediates) {
    for (const root of roots) if (attempt([[mid, root, 'intermediate certificate'], [leaf, mid, 'certificate']])) return true
  }
  throw failure!
}

const MISMATCH = new Set<ChainErrorReason>(['wrong-issuer', 'not-a-ca'])

// One link of a chain: `issuer` is a CA that issued and signed `cert`, both valid at `at`.
function checkLink(cert: Parsed, issuer: Parsed, what: string, at: Date): void {
  if (!issuer.x509.ca) throw new ChainError('not-a-ca', 'root certificate is not a CA')
  // OpenSSL's X509_check_issued: issuer name == root subject, and the leaf's
  // AKI (when present) matches the root's SKI.
  if (!cert.x509.checkIssued(issuer.x509)) {
    throw new ChainError('wrong-issuer', `${what} was not issued by this root (issuer "${cert.x509.issuer.replace(/\n/g, ', ')}")`)
  }
  if (!cert.x509.verify(issuer.x509.publicKey)) {
    throw new ChainError('bad-signature', `${what} signature does not verify with the root CA key`)
  }
  checkValidity(issuer, 'root CA certificate', at)
  checkValidity(cert, what, at)
}
