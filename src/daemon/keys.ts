// The key files a manager keeps in <dataDir>/certificates, and autolock's wrapping of them
// (SwarmKit's DEK/KEK scheme, manager/deks.go). Every manager has a random data key (DEK),
// kept in swarm-autolock.dek from its first start as a manager until it leaves the swarm
// or is demoted: the Raft log and snapshots are always encrypted with a key derived from
// it (raftKey). With autolock off the DEK file is clear, as SwarmKit keeps its Raft DEK
// unencrypted then. With autolock on, each key file is sealed (AES-256-GCM) with the DEK
// and the DEK file is sealed with a key derived from the cluster's unlock key (KEK,
// HKDF-SHA256): a copy of the disk without the unlock key yields neither the node's TLS
// identity, nor the secrets key, nor the founder's root CA key, nor the Raft log. A
// restarted manager whose DEK file is sealed stays locked until `swarm unlock` gives it
// the key. The DEK itself never changes (no rotation): the log would need re-encrypting.
//
// Every change is crash-safe: a rotation rewrites the DEK file alone (one atomic
// replacement); turning autolock on seals the DEK file before sealing the files, and
// turning it off writes the files clear before writing the DEK file clear. A sealed file
// is MAGIC, then the file sealed as secrets are (src/manager/secrets/aead.ts) with its
// name as additional data, so sealed files cannot be swapped.
import { hkdfSync, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ShoalError } from '../manager/errors'
import { open, seal } from '../manager/secrets/aead'
import { SECRETS_KEY_FILE } from '../manager/secrets/key'
import { writeFileAtomic } from './state'

export const NODE_KEY_FILE = 'swarm-node.key'
export const ROOT_CA_KEY_FILE = 'swarm-root-ca.key'
// Every file autolock wraps. Certificates and the trust roots are public: they stay clear.
const LOCKABLE_FILES = [NODE_KEY_FILE, SECRETS_KEY_FILE, ROOT_CA_KEY_FILE]
export const DEK_FILE = 'swarm-autolock.dek'

const MAGIC = Buffer.from('shoal-autolock-v1\n')

export const SWARM_LOCKED =
  'Swarm is encrypted and needs to be unlocked before it can be used. Please use `shoal swarm unlock` to unlock it.'

export class KeyFiles {
  // The unlock key in use (null: autolock is not in use here) and the DEK (null: not read,
  // or made, yet).
  private unlockKey: Buffer | null = null
  private dek: Buffer | null = null

  constructor(readonly dir: string) {}

  private get dekFile(): string {
    return path.join(this.dir, DEK_FILE)
  }

  // Whether this node's files are sealed and it has not been given the key yet.
  locked(): boolean {
    return !this.dek && fs.existsSync(this.dekFile) && isSealed(fs.readFileSync(this.dekFile))
  }

  // The key the manager's Raft log and snapshots are encrypted with: derived from the DEK
  // (made now if this manager has none), so it never doubles as the key files' sealing key.
  raftKey(): Buffer {
    return Buffer.from(hkdfSync('sha256', this.dataKey(), Buffer.alloc(0), 'shoal raft log', 32))
  }

  private dataKey(): Buffer {
    if (this.dek) return this.dek
    if (!fs.existsSync(this.dekFile)) {
      const dek = randomBytes(32)
      writeFileAtomic(this.dekFile, dek)
      this.dek = dek
      return dek
    }
    const data = fs.readFileSync(this.dekFile)
    if (isSealed(data)) throw new ShoalError('Unavailable', SWARM_LOCKED)
    if (data.length !== 32) throw new ShoalError('Internal', `${this.dekFile} holds ${data.length} bytes, not a 32-byte data key`)
    this.dek = data
    return data
  }

  // The unlock key the files are sealed with now (null: not sealed).
  current(): Buffer | null {
    return this.unlockKey
  }

  // A file's clear content. `file` is a path in this directory.
  read(file: string): Buffer {
    const data = fs.readFileSync(file)
    if (!isSealed(data)) return data
    if (!this.dek) throw new ShoalError('Unavailable', SWARM_LOCKED)
    const opened = openFile(this.dek, path.basename(file), data)
    if (!opened) throw new ShoalError('Internal', `${file} does not open with this manager's autolock data key`)
    return opened
  }

  readText(name: string): string {
    return this.read(path.join(this.dir, name)).toString('utf8')
  }

  // Written sealed while autolock is in use, clear otherwise.
  write(file: string, data: string | Buffer, mode = 0o600): void {
    const clear = Buffer.from(data)
    writeFileAtomic(file, this.unlockKey && this.dek ? sealFile(this.dek, path.basename(file), clear) : clear, mode)
  }

  // `swarm unlock`: the key must open the DEK file (a wrong key changes nothing).
  unlock(unlockKey: Buffer): void {
    const dek = openFile(deriveKek(unlockKey), DEK_FILE, fs.readFileSync(this.dekFile))
    if (!dek) throw new ShoalError('InvalidArgument', 'swarm could not be unlocked: invalid key')
    this.unlockKey = Buffer.from(unlockKey)
    this.dek = dek
  }

  // Locks with a new unlock key (autolock turned on, or the key rotated), or writes the
  // files and the DEK clear (null: autolock turned off, or the node is no longer a manager).
  // The DEK stays the same: the Raft log is encrypted with it.
  rewrap(unlockKey: Buffer | null): void {
    const files = LOCKABLE_FILES.map((f) => path.join(this.dir, f)).filter((f) => fs.existsSync(f))
    if (unlockKey) {
      const dek = this.dataKey()
      writeFileAtomic(this.dekFile, sealFile(deriveKek(unlockKey), DEK_FILE, dek))
      this.unlockKey = Buffer.from(unlockKey)
      this.dek = dek
      for (const f of files) {
        const data = fs.readFileSync(f)
        if (!isSealed(data)) this.write(f, data)
      }
      return
    }
    for (const f of files) writeFileAtomic(f, this.read(f))
    if (this.unlockKey && this.dek) writeFileAtomic(this.dekFile, this.dek)
    this.unlockKey = null
  }

  // A new swarm (init, join), none (leave) or no Raft log (demotion): nothing sealed, no
  // key held; a manager makes a new DEK when it next opens its (new) Raft log.
  reset(): void {
    fs.rmSync(this.dekFile, { force: true })
    this.unlockKey = null
    this.dek = null
  }
}

function deriveKek(unlockKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', unlockKey, Buffer.alloc(0), 'shoal autolock data key', 32))
}

function isSealed(data: Buffer): boolean {
  return data.length >= MAGIC.length && data.subarray(0, MAGIC.length).equals(MAGIC)
}

function sealFile(kek: Buffer, name: string, clear: Buffer): Buffer {
  return Buffer.concat([MAGIC, seal(kek, name, clear)])
}

// null when the key is not the one the file was sealed with (or the file was altered).
function openFile(kek: Buffer, name: string, sealed: Buffer): Buffer | null {
  return open(kek, name, sealed.subarray(MAGIC.length))
}
