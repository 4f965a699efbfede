// The joining node's half of certificate issuance. The node makes its own key
// pair and sends the managers only a CSR; the private key never leaves the node
// (SwarmKit's model: the CA learns the public key and nothing else).

import { createPrivateKey, createPublicKey } from 'node:crypto'
import * as pkijs from 'pkijs'
import { encodePem, PEM_CERTIFICATE_REQUEST, PEM_PRIVATE_KEY, toArrayBuffer } from './pem'
import { distinguishedName, EC_P256, engine, OID, subtle } from './x509'

/** A node's key pair. keyPem is what the node persists and hands to TLS. */
export interface NodeKey {
  /** Non-extractable signing key (the PEM below is the persisted copy). */
  privateKey: CryptoKey
  publicKey: CryptoKey
  /** PKCS#8, unencrypted; node-local secret. */
  keyPem: string
}

export interface CreateCSROptions {
  /**
   * Subject CN to request. Informational only: the issuer takes nothing but
   * the public key from a CSR and sets the subject itself. Omitted by default.
   */
  cn?: string
}

async function importPkcs8(pkcs8: ArrayBuffer): Promise<NodeKey['privateKey']> {
  return subtle.importKey('pkcs8', pkcs8, EC_P256, false, ['sign'])
}

/** Generate a fresh ECDSA P-256 node key. */
export async function generateNodeKey(): Promise<NodeKey> {
  // Extractable only for the one PKCS#8 export; signing uses a non-extractable re-import.
  const pair = (await subtle.generateKey(EC_P256, true, ['sign', 'verify'])) as CryptoKeyPair
  const pkcs8 = await subtle.exportKey('pkcs8', pair.privateKey)
  return {
    privateKey: await importPkcs8(pkcs8),
    publicKey: pair.publicKey,
    keyPem: encodePem(PEM_PRIVATE_KEY, pkcs8),
  }
}

/**
 * Load a persisted node key (PKCS#8, or SEC1 "EC PRIVATE KEY" as SwarmKit
 * writes). Used for renewal: a node keeps its key across certificates.
 */
export async function loadNodeKey(keyPem: string): Promise<NodeKey> {
  let keyObject
  try {
    keyObject = createPrivateKey({ key: keyPem, format: 'pem' })
  } catch (err) {
    throw new Error(`node key is not a usable unencrypted PEM private key: ${(err as Error).message}`)
  }
  if (keyObject.asymmetricKeyType !== 'ec' || keyObject.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('node key must be ECDSA P-256')
  }
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'der' })
  const spki = createPublicKey(keyObject).export({ type: 'spki', format: 'der' })
  return {
    privateKey: await importPkcs8(toArrayBuffer(pkcs8)),
    publicKey: await subtle.importKey('spki', toArrayBuffer(spki), EC_P256, true, ['verify']),
    keyPem: encodePem(PEM_PRIVATE_KEY, pkcs8),
  }
}

/**
 * A PKCS#10 CSR for `key`, signed with it (proof of possession), as PEM.
 * Accepts a NodeKey or any WebCrypto key pair the issuer's policy allows.
 */
export async function createCSR(key: Pick<NodeKey, 'privateKey' | 'publicKey'>, options: CreateCSROptions = {}): Promise<string> {
  const csr = new pkijs.CertificationRequest()
  csr.version = 0
  if (options.cn !== undefined && (options.cn.length === 0 || options.cn.length > 64)) {
    throw new RangeError('CSR cn must be 1..64 characters')
  }
  // Always set explicitly: pkijs' default empty name encodes as SEQUENCE { SET {} },
  // an RDN with no attributes, which strict parsers reject.
  csr.subject = distinguishedName(options.cn === undefined ? [] : [[OID.commonName, options.cn]])
  await csr.subjectPublicKeyInfo.importKey(key.publicKey, engine)
  csr.attributes = []
  await csr.sign(key.privateKey, 'SHA-256', engine)
  return encodePem(PEM_CERTIFICATE_REQUEST, csr.toSchema(true).toBER(false))
}
