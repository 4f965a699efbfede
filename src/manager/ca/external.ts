// Signing through an external CA (SwarmKit's ca/external.go): when the swarm is set up
// with --external-ca, managers do not hold the root key and forward each node's CSR to
// a cfssl signer instead: POST {certificate_request, hosts, subject} to its sign
// endpoint (/api/v1/cfssl/sign) and read result.certificate. The request names the
// subject and SANs the local issuer would set (SwarmKit's PrepareCSR); the signer's own
// policy decides lifetime and usages. What comes back is checked before it is handed
// out: it must chain to the swarm's root, be for the key in the CSR, and name the node,
// role and cluster asked for, since a misconfigured signer must not mint identities.

import { X509Certificate } from 'node:crypto'
import * as http from 'node:http'
import * as https from 'node:https'
import { parseNodeCertificate, verifyChain, type NodeRole } from './identity'
import { nodeDnsNames, verifyCSR } from './issuer'
import { parseCertificatePem } from './x509'

export interface ExternalCAConfig {
  protocol: string
  url: string
}

/** Protocols an external CA may speak (docker accepts only cfssl too). */
export const EXTERNAL_CA_PROTOCOLS = ['cfssl']

/** The external CA(s) could not sign, or signed something we will not hand out. */
export class ExternalCAError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExternalCAError'
  }
}

/** Checks one external CA's settings; throws a TypeError naming what is wrong. */
export function checkExternalCA(ca: ExternalCAConfig): void {
  if (!EXTERNAL_CA_PROTOCOLS.includes(ca.protocol)) {
    throw new TypeError(`unsupported external CA protocol "${ca.protocol}": expected ${EXTERNAL_CA_PROTOCOLS.join(', ')}`)
  }
  let url: URL
  try {
    url = new URL(ca.url)
  } catch {
    throw new TypeError(`invalid external CA URL "${ca.url}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`invalid external CA URL "${ca.url}": expected http:// or https://`)
}

/**
 * Checks a root CA certificate supplied by the operator (the external CA's): one PEM
 * certificate that is a CA and valid now. Returns it normalised (trimmed, one newline).
 */
export function checkRootCertificate(pem: string): string {
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(parseCertificatePem(pem, 'root CA certificate').der)
  } catch (err) {
    throw new TypeError(`invalid root CA certificate: ${(err as Error).message}`)
  }
  if (!x509.ca) throw new TypeError('invalid root CA certificate: it is not a CA certificate (basicConstraints CA:FALSE or absent)')
  const now = Date.now()
  if (now < Date.parse(x509.validFrom) || now > Date.parse(x509.validTo)) {
    throw new TypeError(`invalid root CA certificate: not valid now (valid ${x509.validFrom} to ${x509.validTo})`)
  }
  return pem.trim() + '\n'
}

export interface ExternalSignOptions {
  nodeId: string
  role: NodeRole
  clusterId: string
  /** The swarm's root: what the certificate must chain to, and what https signers must present. */
  rootPem: string
  /** Per signer; default 10 s. */
  timeoutMs?: number
}

/**
 * Has the first external CA that answers sign `csrPem`; the others are tried in order
 * when one cannot be reached or refuses. Resolves with the certificate PEM.
 */
export async function signWithExternalCA(cas: ExternalCAConfig[], csrPem: string, opts: ExternalSignOptions): Promise<string> {
  if (cas.length === 0) throw new ExternalCAError('no external CA is configured')
  const { key } = await verifyCSR(csrPem) // proof of possession, before anything leaves
  const body = JSON.stringify({
    certificate_request: csrPem,
    hosts: nodeDnsNames(opts.role, opts.nodeId),
    subject: { CN: opts.nodeId, names: [{ O: opts.clusterId, OU: opts.role }] },
  })
  const failures: string[] = []
  for (const ca of cas) {
    let certPem: string
    try {
      certPem = await cfsslSign(ca.url, body, opts.rootPem, opts.timeoutMs ?? 10_000)
    } catch (err) {
      failures.push(`${ca.url}: ${(err as Error).message}`)
      continue
    }
    checkSigned(certPem, key.keyObject.export({ type: 'spki', format: 'der' }), opts)
    return certPem
  }
  throw new ExternalCAError(`no external CA signed the certificate: ${failures.join('; ')}`)
}

function checkSigned(certPem: string, csrKey: Buffer, opts: ExternalSignOptions): void {
  try {
    verifyChain(certPem, opts.rootPem)
  } catch (err) {
    throw new ExternalCAError(`the external CA's certificate does not chain to the swarm's root CA: ${(err as Error).message}`)
  }
  let id
  try {
    id = parseNodeCertificate(certPem)
  } catch (err) {
    throw new ExternalCAError(`the external CA's certificate is not a node certificate: ${(err as Error).message}`)
  }
  if (id.nodeId !== opts.nodeId || id.role !== opts.role || id.clusterId !== opts.clusterId) {
    throw new ExternalCAError(
      `the external CA issued CN=${id.nodeId}, OU=${id.role}, O=${id.clusterId} instead of CN=${opts.nodeId}, OU=${opts.role}, O=${opts.clusterId}: check its signing policy`,
    )
  }
  const certKey = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' })
  if (!certKey.equals(csrKey)) throw new ExternalCAError("the external CA's certificate is not for the key in the request")
}

// One cfssl sign call. The answer is cfssl's API envelope:
// {"success": bool, "result": {"certificate": PEM}, "errors": [{"code", "message"}]}.
function cfsslSign(url: string, body: string, rootPem: string, timeoutMs: number): Promise<string> {
  const u = new URL(url)
  const mod = u.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = mod.request(
      u,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        timeout: timeoutMs,
        ...(u.protocol === 'https:' ? { ca: rootPem, minVersion: 'TLSv1.2' as const } : {}),
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (c: Buffer) => {
          size += c.length
          if (size > 1 << 20) req.destroy(new Error('answer larger than 1 MiB'))
          else chunks.push(c)
        })
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let answer: { success?: boolean; result?: { certificate?: unknown }; errors?: { message?: string }[] }
          try {
            answer = JSON.parse(text)
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: not a cfssl answer: ${text.slice(0, 200)}`))
            return
          }
          const cert = answer.result?.certificate
          if (res.statusCode === 200 && answer.success && typeof cert === 'string') resolve(cert)
          else reject(new Error(`HTTP ${res.statusCode}: ${(answer.errors ?? []).map((e) => e.message).join('; ') || 'signing failed'}`))
        })
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end(body)
  })
}
