// AES-256-GCM as shoal seals things at rest (secret data, the unlock key in the cluster
// object, autolocked key files): 12-byte random nonce | ciphertext | 16-byte tag, with
// additional data naming what was sealed, so a sealed value moved elsewhere does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const NONCE_BYTES = 12
const TAG_BYTES = 16

export function seal(key: Buffer, aad: string, data: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(Buffer.from(aad))
  const body = Buffer.concat([cipher.update(data), cipher.final()])
  return Buffer.concat([nonce, body, cipher.getAuthTag()])
}

// null when it does not open: another key, other additional data, altered or truncated.
export function open(key: Buffer, aad: string, sealed: Uint8Array): Buffer | null {
  const b = Buffer.from(sealed)
  if (b.length < NONCE_BYTES + TAG_BYTES) return null
  const decipher = createDecipheriv('aes-256-gcm', key, b.subarray(0, NONCE_BYTES))
  decipher.setAAD(Buffer.from(aad))
  decipher.setAuthTag(b.subarray(b.length - TAG_BYTES))
  try {
    return Buffer.concat([decipher.update(b.subarray(NONCE_BYTES, b.length - TAG_BYTES)), decipher.final()])
  } catch {
    return null
  }
}
