// The key files a manager keeps in <dataDir>/certificates, and autolock's wrapping of them
// (SwarmKit's DEK/KEK scheme, manager/deks.go). With autolock on, each file is sealed
// (AES-256-GCM) with a random data key (DEK); the DEK is kept in swarm-autolock.dek,
// sealed with a key derived from the cluster's unlock key (KEK, HKDF-SHA256). A copy of
// the disk without the unlock key yields neither the node's TLS identity, nor the secrets
// key, nor the founder's root CA key. A restarted manager whose DEK file is there stays
// locked until `swarm unlock` gives it the key.
//
// Every change is crash-safe: a rotation rewrites the DEK file alone (one atomic
// replacement); turning autolock on writes the DEK file before sealing the files, and
// turning it off writes the files clear before removing the DEK file. A sealed file is
// MAGIC, then the file sealed as secrets are (src/manager/secrets/aead.ts) with its name
// as additional data, so sealed files cannot be swapped.
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
  // The unlock key in use and the DEK it opened; null: autolock is not in use here.
  private unlockKey: Buffer | null = null
  private dek: Buffer | null = null

  constructor(readonly dir: string) {}

  private get dekFile(): string {
    return path.join(this.dir, DEK_FILE)
  }

  // Whether this node's files are sealed and it has not been given the key yet.
  locked(): boolean {
    return !this.dek && fs.existsSync(this.dekFile)
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
    writeFileAtomic(file, this.dek ? sealFile(this.dek, path.basename(file), clear) : clear, mode)
  }

  // `swarm unlock`: the key must open the DEK file (a wrong key changes nothing).
  unlock(unlockKey: Buffer): void {
    const dek = openFile(deriveKek(unlockKey), DEK_FILE, fs.readFileSync(this.dekFile))
    if (!dek) throw new ShoalError('InvalidArgument', 'swarm could not be unlocked: invalid key')
    this.unlockKey = Buffer.from(unlockKey)
    this.dek = dek
  }

  // Locks with a new unlock key (autolock turned on, or the key rotated), or writes the
  // files clear (null: autolock turned off, or the node is no longer a manager).
  rewrap(unlockKey: Buffer | null): void {
    const files = LOCKABLE_FILES.map((f) => path.join(this.dir, f)).filter((f) => fs.existsSync(f))
    if (unlockKey) {
      const dek = this.dek ?? randomBytes(32)
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
    this.reset()
  }

  // A new swarm (init, join) or none (leave): nothing sealed, no key held.
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
