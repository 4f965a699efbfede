// PEM (RFC 7468) encoding and decoding for the cluster PKI.
//
// Every PEM string that enters or leaves src/manager/ca goes through here, so the
// rules live in one place: what a block looks like, which labels we speak, and how
// strict decoding is. Decoding is strict about the block it is asked for (clean
// base64, no RFC 1421 headers) but tolerant of other blocks around it, because
// operators routinely keep a key and a certificate, or a chain, in one file.

/** Label of an X.509 certificate block. */
export const PEM_CERTIFICATE = 'CERTIFICATE'
/** Label of a PKCS#8 private key block (the only private key form we emit). */
export const PEM_PRIVATE_KEY = 'PRIVATE KEY'
/** Label of a PKCS#10 certificate signing request block. */
export const PEM_CERTIFICATE_REQUEST = 'CERTIFICATE REQUEST'

/** Raised for input that is not the PEM block the caller asked for. */
export class PemError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PemError'
  }
}

/** One decoded PEM block. */
export interface PemBlock {
  label: string
  der: Buffer
}

// A block: BEGIN line, body, END line with the same label. The body is matched
// lazily so two adjacent blocks are never merged into one.
const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Encode DER bytes as a PEM block: base64 in 64-character lines (RFC 7468 §2),
 * with a trailing newline so blocks can be concatenated into bundles.
 */
export function encodePem(label: string, der: Uint8Array | ArrayBuffer): string {
  const bytes = der instanceof ArrayBuffer ? Buffer.from(der) : Buffer.from(der.buffer, der.byteOffset, der.byteLength)
  const b64 = bytes.toString('base64')
  const lines: string[] = []
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64))
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/**
 * Every block in a PEM string, in order. A block whose body is not clean base64
 * (or that carries RFC 1421 headers such as "Proc-Type: 4,ENCRYPTED", i.e. a
 * legacy encrypted key we cannot use) is an error rather than silently skipped:
 * skipping would turn a corrupt file into a confusing "not found" later.
 */
export function decodePemBlocks(pem: string): PemBlock[] {
  if (typeof pem !== 'string') throw new PemError('PEM input must be a string')
  const blocks: PemBlock[] = []
  for (const m of pem.matchAll(BLOCK_RE)) {
    const label = m[1]
    const body = m[2]
    if (body.includes(':')) {
      throw new PemError(`${label} PEM block has headers (a legacy encrypted key?); only plain PEM is supported`)
    }
    const b64 = body.replace(/\s+/g, '')
    if (b64.length === 0 || b64.length % 4 !== 0 || !BASE64_RE.test(b64)) {
      throw new PemError(`${label} PEM block is not valid base64`)
    }
    blocks.push({ label, der: Buffer.from(b64, 'base64') })
  }
  return blocks
}

/**
 * The DER bytes of the first block labelled `label` (any of `label` when an
 * array is given: legacy spellings such as "NEW CERTIFICATE REQUEST").
 * Throws PemError when there is none.
 */
export function decodePem(pem: string, label: string | readonly string[]): Buffer {
  const labels = typeof label === 'string' ? [label] : label
  const block = decodePemBlocks(pem).find((b) => labels.includes(b.label))
  if (!block) throw new PemError(`no ${labels[0]} PEM block found`)
  return block.der
}

/** The DER bytes of every block labelled `label`, in order (e.g. a certificate chain). */
export function decodePemAll(pem: string, label: string): Buffer[] {
  return decodePemBlocks(pem).filter((b) => b.label === label).map((b) => b.der)
}

/**
 * A standalone ArrayBuffer holding exactly `bytes`. asn1js and WebCrypto want an
 * ArrayBuffer, and a Node Buffer's .buffer is often a slice of a shared pool, so
 * passing it directly would hand them unrelated bytes.
 */
export function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes
  return new Uint8Array(bytes).buffer
}
