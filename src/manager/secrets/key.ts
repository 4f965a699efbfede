// The cluster's secrets key: AES-256-GCM, known to every manager and to no worker. Secret
// data is sealed with it before it is proposed, so the Raft log and its snapshots on disk
// (and every follower's copy) hold only ciphertext; the leader opens it to hand a secret
// to the nodes whose tasks need it (src/manager/secrets/delivery.ts).
//
// Where it lives: <dataDir>/certificates/swarm-secrets.key (0600), beside the node's own
// key. `swarm init` generates it; a joining or promoted manager receives it in the answer
// to Raft.Join (a call only manager certificates may make); a demoted manager deletes it;
// `--force-new-cluster` keeps it. (Autolock may later wrap it, as it will the CA key.)
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { writeFileAtomic } from '../../daemon/state'
import { ShoalError } from '../errors'

export const SECRETS_KEY_FILE = 'swarm-secrets.key'
const KEY_BYTES = 32
const NONCE_BYTES = 12
const TAG_BYTES = 16

export class SecretsKey {
  private key: Buffer | null = null

  // file: where the key is kept. Loaded now if it exists.
  constructor(readonly file: string) {
    try {
      this.key = checked(fs.readFileSync(this.file), this.file)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
  }

  // A new random key, written to the file (swarm init, or a founder from before secrets).
  generate(): void {
    this.set(randomBytes(KEY_BYTES))
  }

  // The key a manager received from the group (Raft.Join).
  set(key: Uint8Array): void {
    const k = checked(Buffer.from(key), 'the key received')
    writeFileAtomic(this.file, k, 0o600)
    this.key = k
  }

  // This node stops being a manager: it must not keep the key.
  forget(): void {
    fs.rmSync(this.file, { force: true })
    this.key = null
  }

  // The raw key, for Raft.Join answers; null if this manager has none.
  raw(): Buffer | null {
    return this.key
  }

  // nonce | ciphertext | tag; `id` (the secret's) is bound in as additional data, so a
  // sealed value copied onto another secret does not open.
  seal(id: string, data: Uint8Array): Buffer {
    const key = this.required()
    const nonce = randomBytes(NONCE_BYTES)
    const cipher = createCipheriv('aes-256-gcm', key, nonce)
    cipher.setAAD(Buffer.from(id))
    const body = Buffer.concat([cipher.update(data), cipher.final()])
    return Buffer.concat([nonce, body, cipher.getAuthTag()])
  }

  open(id: string, sealed: Uint8Array): Buffer {
    const key = this.required()
    const b = Buffer.from(sealed)
    if (b.length < NONCE_BYTES + TAG_BYTES) throw new ShoalError('Internal', `secret ${id}: sealed data is truncated`)
    const decipher = createDecipheriv('aes-256-gcm', key, b.subarray(0, NONCE_BYTES))
    decipher.setAAD(Buffer.from(id))
    decipher.setAuthTag(b.subarray(b.length - TAG_BYTES))
    try {
      return Buffer.concat([decipher.update(b.subarray(NONCE_BYTES, b.length - TAG_BYTES)), decipher.final()])
    } catch {
      throw new ShoalError('Internal', `secret ${id} does not open with this manager's secrets key`)
    }
  }

  private required(): Buffer {
    if (!this.key) {
      throw new ShoalError('Unavailable', `this manager holds no secrets key (${this.file} is missing): it did not receive one when it joined`)
    }
    return this.key
  }
}

function checked(key: Buffer, what: string): Buffer {
  if (key.length !== KEY_BYTES) throw new ShoalError('Internal', `${what}: a secrets key is ${KEY_BYTES} bytes, not ${key.length}`)
  return key
}
