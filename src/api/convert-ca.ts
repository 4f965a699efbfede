// Docker's SwarmSpec.CAConfig fields beyond NodeCertExpiry: the external CAs managers
// forward CSRs to, and the root certificate an external-CA swarm is created with.
import { checkExternalCA, checkRootCertificate, type ExternalCAConfig } from '../manager/ca/external'
import { issuerInfoOf, targetRoot } from '../manager/ca/rotation'
import { invalid } from '../manager/errors'
import type { Cluster, v1 } from '../manager/store'
import { BOUNDS, checkBytes, checkCount } from '../manager/bounds'

type Json = Record<string, any>

export interface CAConfigUpdate {
  // Replaces the list when present (docker's semantics for swarm update --external-ca).
  externalCas?: ExternalCAConfig[]
  // PEM. swarm init: the root of a swarm whose signer is external; swarm update: the root
  // to rotate to (src/manager/ca/rotation.ts).
  signingCACert?: string
  // PEM; swarm update: the key of signingCACert.
  signingCAKey?: string
  // docker's ForceRotate: a new value asks for a root rotation.
  forceRotate?: number
}

export function caConfigUpdateFromDocker(ca: Json | undefined): CAConfigUpdate {
  const out: CAConfigUpdate = {}
  if (!ca || typeof ca !== 'object') return out
  if (ca.ExternalCAs !== undefined && ca.ExternalCAs !== null) {
    if (!Array.isArray(ca.ExternalCAs)) throw invalid('invalid CAConfig.ExternalCAs: expected a list')
    checkCount(ca.ExternalCAs.length, BOUNDS.externalCAs)
    out.externalCas = ca.ExternalCAs.map((e: Json) => {
      const c = { protocol: String(e?.Protocol ?? '').toLowerCase(), url: String(e?.URL ?? '') }
      checkBytes(c.url, BOUNDS.url, 'external CA URL')
      try {
        checkExternalCA(c)
      } catch (err) {
        throw invalid((err as Error).message)
      }
      return c
    })
  }
  if (ca.SigningCACert) {
    try {
      out.signingCACert = checkRootCertificate(String(ca.SigningCACert))
    } catch (err) {
      throw invalid((err as Error).message)
    }
  }
  if (ca.SigningCAKey) out.signingCAKey = String(ca.SigningCAKey)
  if (ca.ForceRotate !== undefined && ca.ForceRotate !== null) {
    const n = Number(ca.ForceRotate)
    if (!Number.isSafeInteger(n) || n < 0) throw invalid(`invalid CAConfig.ForceRotate ${JSON.stringify(ca.ForceRotate)}: expected a non-negative integer`)
    out.forceRotate = n
  }
  return out
}

// docker's ClusterInfo.TLSInfo: the root nodes are moving to (the rotation's target during
// one) and that root as an issuer; base64 bytes as Go's JSON encodes []byte.
export function clusterTLSInfoToDocker(c: Cluster): Json {
  const root = targetRoot(c)
  const issuer = issuerInfoOf(root)
  return { TrustRoot: root, CertIssuerSubject: issuer.subject.toString('base64'), CertIssuerPublicKey: issuer.publicKey.toString('base64') }
}

// docker's NodeDescription.TLSInfo, as the node reported it.
export function nodeTLSInfoToDocker(t: v1.INodeTLSInfo | null | undefined): Json {
  return {
    TrustRoot: t?.trustRoot ?? '',
    CertIssuerSubject: Buffer.from(t?.certIssuerSubject ?? []).toString('base64'),
    CertIssuerPublicKey: Buffer.from(t?.certIssuerPublicKey ?? []).toString('base64'),
  }
}

export function externalCAsToDocker(c: Cluster): Json[] {
  return (c.spec?.externalCas ?? []).map((e) => ({ Protocol: e.protocol, URL: e.url }))
}
