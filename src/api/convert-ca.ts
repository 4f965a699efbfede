// Docker's SwarmSpec.CAConfig fields beyond NodeCertExpiry: the external CAs managers
// forward CSRs to, and the root certificate an external-CA swarm is created with.
import { checkExternalCA, checkRootCertificate, type ExternalCAConfig } from '../manager/ca/external'
import { invalid } from '../manager/errors'
import type { Cluster } from '../manager/store'

type Json = Record<string, any>

export interface CAConfigUpdate {
  // Replaces the list when present (docker's semantics for swarm update --external-ca).
  externalCas?: ExternalCAConfig[]
  // PEM; swarm init only (a swarm whose signer is external).
  signingCACert?: string
}

export function caConfigUpdateFromDocker(ca: Json | undefined): CAConfigUpdate {
  const out: CAConfigUpdate = {}
  if (!ca || typeof ca !== 'object') return out
  if (ca.ExternalCAs !== undefined && ca.ExternalCAs !== null) {
    if (!Array.isArray(ca.ExternalCAs)) throw invalid('invalid CAConfig.ExternalCAs: expected a list')
    out.externalCas = ca.ExternalCAs.map((e: Json) => {
      const c = { protocol: String(e?.Protocol ?? '').toLowerCase(), url: String(e?.URL ?? '') }
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
  return out
}

export function externalCAsToDocker(c: Cluster): Json[] {
  return (c.spec?.externalCas ?? []).map((e) => ({ Protocol: e.protocol, URL: e.url }))
}
