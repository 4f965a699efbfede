// The cluster's secrets key: AES-256-GCM, known to every manager and to no worker. Secret
// data is sealed with it before it is proposed, so the Raft log and its snapshots on disk
// (and every follower's copy) hold only ciphertext; the leader opens it to hand a secret
// to the nodes whose tasks need it (src/manager/files/delivery.ts).
//
// Where it lives: <dataDir>/certificates/swarm-secrets.key (0600), beside the node's own
// key. `swarm init` generates it; a joining or promoted manager receives it in the answer
// to Raft.Join (a call only manager certificates may make), or later from any manager with
// Raft.GetSecretsKey if that answer was lost; a demoted manager deletes it;
// `--force-new-cluster` keeps it. Autolock wraps the file (src/daemon/keys.ts).
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { writeFileAtomic } from '../../daemon/state'
import { ShoalError } from '../errors'
import { open, seal } from './aead'

export const SECRETS_KEY_FILE = 'swarm-secrets.key'
const KEY_BYTES = 32

// How the key file is read and written: plainly, or wrapped by autolock (src/daemon/keys.ts).
export interface KeyFileAccess {
  read(file: string): Buffer
  write(file: string, data: Buffer, mode: number): void
}

const PLAIN_FILES: KeyFileAccess = {
  read: (file) => fs.readFileSync(file),
  write: (file, data, mode) => writeFileAtomic(file, data, mode),
}

export class SecretsKey {
  private key: Buffer | null = null

  // file: where the key is kept. Loaded now if it exists.
  constructor(
    readonly file: string,
    private readonly files: KeyFileAccess = PLAIN_FILES,
  ) {
    try {
      this.key = checked(this.files.read(this.file), this.file)
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
    this.files.write(this.file, k, 0o600)
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

  // `id` (the secret's) is bound in as additional data, so a sealed value copied onto
  // another secret does not open.
  seal(id: string, data: Uint8Array): Buffer {
    return seal(this.required(), id, data)
  }

  open(id: string, sealed: Uint8Array): Buffer {
    const key = this.required()
    const opened = open(key, id, sealed)
    if (!opened) throw new ShoalError('Internal', `secret ${id} does not open with this manager's secrets key`)
    return opened
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
