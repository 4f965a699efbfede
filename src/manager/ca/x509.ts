// Shared X.509 plumbing for the CA modules: the crypto engine, OIDs, and the
// small encoders pkijs leaves to its callers (times, serials, key usage bits,
// key identifiers, names). Internal to src/manager/ca; the public surface is
// re-exported from index.ts.

import { createHash, randomBytes, webcrypto } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { decodePem, PEM_CERTIFICATE, toArrayBuffer } from './pem'

/**
 * Node's WebCrypto, wrapped for pkijs. We pass this engine explicitly to every
 * pkijs call instead of relying on pkijs' process-global engine: that global can
 * be replaced by any other module (pkijs.setEngine), and the CA's signatures must
 * not depend on who loaded what first.
 */
export const subtle = webcrypto.subtle as unknown as SubtleCrypto
export const engine: pkijs.ICryptoEngine = new pkijs.CryptoEngine({
  name: 'shoal-node-webcrypto',
  crypto: webcrypto as unknown as Crypto,
})

/** Key parameters for every key this CA generates (as SwarmKit: ECDSA P-256). */
export const EC_P256: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' }

export const OID = {
  commonName: '2.5.4.3',
  organizationalUnit: '2.5.4.11',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ecPublicKey: '1.2.840.10045.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const

/** RFC 5280 §4.2.1.3 KeyUsage bit positions (bit 0 is the most significant bit). */
export const KeyUsage = {
  digitalSignature: 0,
  keyEncipherment: 2,
  keyCertSign: 5,
  cRLSign: 6,
} as const

/** One SwarmKit-style certificate backdate: tolerates small clock skew between nodes. */
export const CERT_BACKDATE_MS = 60 * 1000

/** Parse DER into a pkijs object, turning every failure into `onError(reason)`. */
export function parseDer<T>(der: Uint8Array, what: string, build: (schema: asn1js.AsnType) => T, onError: (msg: string) => Error): T {
  const ab = toArrayBuffer(der)
  const asn1 = asn1js.fromBER(ab)
  if (asn1.offset === -1) throw onError(`malformed ${what}: not valid DER (${asn1.result.error || 'parse error'})`)
  // Trailing bytes after the outer SEQUENCE would be ignored by the parser but
  // mean the input is not what its sender thinks it is: refuse it.
  if (asn1.offset !== ab.byteLength) throw onError(`malformed ${what}: trailing data after DER structure`)
  try {
    return build(asn1.result)
  } catch (err) {
    throw onError(`malformed ${what}: ${(err as Error).message}`)
  }
}

/** Parse a PEM certificate with pkijs; errors are plain Errors naming the problem. */
export function parseCertificatePem(certPem: string, what = 'certificate'): { cert: pkijs.Certificate; der: Buffer } {
  const der = decodePem(certPem, PEM_CERTIFICATE)
  const cert = parseDer(der, what, (schema) => new pkijs.Certificate({ schema }), (m) => new Error(m))
  return { cert, der }
}

/**
 * An X.509 Time for `date`, truncated to whole seconds (RFC 5280 forbids
 * fractional seconds) and encoded as UTCTime through 2049 and GeneralizedTime
 * from 2050 on (RFC 5280 §4.1.2.5): a 20-year root made today ends after 2049's
 * UTCTime range only if someone asks for a longer one, and then it must switch.
 */
export function x509Time(date: Date): pkijs.Time {
  const value = new Date(Math.floor(date.getTime() / 1000) * 1000)
  const type = value.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime
  return new pkijs.Time({ type, value })
}

/**
 * A random positive serial of 128 bits of entropy (what SwarmKit/cfssl draw),
 * DER-minimal: leading zero octets stripped, and one 0x00 prepended when the top
 * bit is set so the INTEGER stays positive. At most 17 octets, within RFC 5280's 20.
 */
export function randomSerial(): asn1js.Integer {
  let bytes = randomBytes(16)
  let i = 0
  while (i < bytes.length - 1 && bytes[i] === 0) i++
  bytes = bytes.subarray(i)
  if (bytes.length === 1 && bytes[0] === 0) bytes = Buffer.from([1]) // zero is not a valid serial
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes])
  return new asn1js.Integer({ valueHex: toArrayBuffer(bytes) })
}

/**
 * The DER value of a KeyUsage extension with the given bits set. DER encodes a
 * named bit list without trailing zero bits (X.690 §11.2.2), so the unused-bit
 * count is the number of trailing zeros in the last octet.
 */
export function keyUsageValue(bits: number[]): ArrayBuffer {
  const maxBit = Math.max(...bits)
  const bytes = new Uint8Array(Math.floor(maxBit / 8) + 1)
  for (const b of bits) bytes[b >> 3] |= 0x80 >> (b & 7)
  const unusedBits = 7 - (maxBit & 7)
  return new asn1js.BitString({ valueHex: toArrayBuffer(bytes), unusedBits }).toBER(false)
}

/** The KeyUsage bits set in a KeyUsage extension value, or undefined when absent. */
export function keyUsageBits(cert: pkijs.Certificate): Set<number> | undefined {
  const ext = cert.extensions?.find((e) => e.extnID === OID.keyUsage)
  if (!ext) return undefined
  const asn1 = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView)
  if (asn1.offset === -1 || !(asn1.result instanceof asn1js.BitString)) return new Set()
  const bytes = asn1.result.valueBlock.valueHexView
  const set = new Set<number>()
  for (let i = 0; i < bytes.length * 8; i++) if (bytes[i >> 3] & (0x80 >> (i & 7))) set.add(i)
  return set
}

/**
 * RFC 5280 §4.2.1.2 method (1): the SHA-1 of the subjectPublicKey BIT STRING
 * value. SHA-1 here is an identifier, not a security property; it is what Go,
 * OpenSSL and cfssl all compute, so AKI/SKI chaining matches across tools.
 */
export function keyIdentifier(spki: pkijs.PublicKeyInfo): Buffer {
  return createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest()
}

/** The SubjectKeyIdentifier of a certificate, or a computed one when it has none. */
export function subjectKeyIdentifierOf(cert: pkijs.Certificate): Buffer {
  const ext = cert.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)
  if (ext) {
    const asn1 = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView)
    if (asn1.offset !== -1 && asn1.result instanceof asn1js.OctetString) {
      return Buffer.from(asn1.result.valueBlock.valueHexView)
    }
  }
  return keyIdentifier(cert.subjectPublicKeyInfo)
}

export function extension(extnID: string, critical: boolean, value: ArrayBuffer, parsedValue?: unknown): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value, parsedValue })
}

export function subjectKeyIdentifierExtension(ski: Uint8Array): pkijs.Extension {
  return extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: toArrayBuffer(ski) }).toBER(false))
}

/**
 * A distinguished name with one attribute per RDN, in the order given, values
 * as UTF8String: what Go's crypto/x509 (and so SwarmKit) produces.
 *
 * pkijs' own RelativeDistinguishedNames encoder puts every attribute into a
 * single multi-valued RDN ("O=x + CN=y"), which is a different name and, being
 * an unsorted SET, not even DER. So we encode the name ourselves and hand pkijs
 * the decoded bytes: it then re-emits them verbatim (valueBeforeDecode).
 */
export function distinguishedName(attrs: ReadonlyArray<readonly [type: string, value: string]>): pkijs.RelativeDistinguishedNames {
  const seq = new asn1js.Sequence({
    value: attrs.map(([type, value]) =>
      new asn1js.Set({
        value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), new asn1js.Utf8String({ value })] })],
      }),
    ),
  })
  const decoded = asn1js.fromBER(seq.toBER(false))
  return new pkijs.RelativeDistinguishedNames({ schema: decoded.result })
}

/** The first value of attribute `type` in a distinguished name, as a string. */
export function nameValue(name: pkijs.RelativeDistinguishedNames, type: string): string | undefined {
  const atv = name.typesAndValues.find((t) => t.type === type)
  if (!atv) return undefined
  const v = atv.value as { valueBlock?: { value?: unknown } }
  return typeof v.valueBlock?.value === 'string' ? v.valueBlock.value : undefined
}

/** Lower-case hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Certificates' DER of a PEM certificate (first block). */
export function certificateDer(certPem: string): Buffer {
  return decodePem(certPem, PEM_CERTIFICATE)
}
