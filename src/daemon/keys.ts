// The key files a manager keeps in <dataDir>/certificates, and autolock's wrapping of them.
// With autolock on, each is sealed (AES-256-GCM) with a key derived from the cluster's
// unlock key (HKDF-SHA256): a copy of the disk without the unlock key yields neither the
// node's TLS identity, nor the secrets key, nor the founder's root CA key. A restarted
// manager whose files are sealed stays locked until `swarm unlock` gives it the key.
//
// A sealed file: MAGIC, then the file sealed as secrets are (src/manager/secrets/aead.ts)
// with the file's name as additional data, so sealed files cannot be swapped.
import { hkdfSync } from 'node:crypto'
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

const MAGIC = Buffer.from('shoal-autolock-v1\n')

export const SWARM_LOCKED =
  'Swarm is encrypted and needs to be unlocked before it can be used. Please use `shoal swarm unlock` to unlock it.'

export class KeyFiles {
  // The unlock key the files are sealed with, and the key derived from it; null: clear.
  private unlockKey: Buffer | null = null
  private kek: Buffer | null = null

  constructor(readonly dir: string) {}

  // Whether this node's files are sealed and it has not been given the key yet.
  locked(): boolean {
    if (this.kek) return false
    return LOCKABLE_FILES.some((f) => isSealed(readIfExists(path.join(this.dir, f))))
  }

  // The unlock key the files are sealed with now (null: not sealed).
  current(): Buffer | null {
    return this.unlockKey
  }

  // A file's clear content. `file` is a path in this directory.
  read(file: string): Buffer {
    const data = fs.readFileSync(file)
    if (!isSealed(data)) return data
    if (!this.kek) throw new ShoalError('Unavailable', SWARM_LOCKED)
    const opened = openFile(this.kek, path.basename(file), data)
    if (!opened) throw new ShoalError('Internal', `${file} does not open with the unlock key this manager was given`)
    return opened
  }

  readText(name: string): string {
    return this.read(path.join(this.dir, name)).toString('utf8')
  }

  // Written sealed while autolock is in use, clear otherwise.
  write(file: string, data: string | Buffer, mode = 0o600): void {
    const clear = Buffer.from(data)
    writeFileAtomic(file, this.kek ? sealFile(this.kek, path.basename(file), clear) : clear, mode)
  }

  // `swarm unlock`: the key must open every sealed file here (a wrong key changes nothing).
  unlock(unlockKey: Buffer): void {
    const kek = deriveKek(unlockKey)
    for (const f of LOCKABLE_FILES) {
      const data = readIfExists(path.join(this.dir, f))
      if (isSealed(data) && !openFile(kek, f, data!)) throw new ShoalError('InvalidArgument', 'swarm could not be unlocked: invalid key')
    }
    this.unlockKey = Buffer.from(unlockKey)
    this.kek = kek
  }

  // Seals the files with a new unlock key (autolock turned on, or the key rotated), or
  // writes them clear (null: autolock turned off, or the node is no longer a manager).
  // Every file is read before any is rewritten; each is replaced atomically.
  rewrap(unlockKey: Buffer | null): void {
    const files = LOCKABLE_FILES.map((f) => path.join(this.dir, f)).filter((f) => fs.existsSync(f))
    const clear = files.map((f) => this.read(f))
    this.unlockKey = unlockKey ? Buffer.from(unlockKey) : null
    this.kek = unlockKey ? deriveKek(unlockKey) : null
    files.forEach((f, i) => this.write(f, clear[i]))
  }

  // A new swarm (init, join) or none (leave): nothing sealed, no key held.
  reset(): void {
    this.unlockKey = null
    this.kek = null
  }
}

function deriveKek(unlockKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', unlockKey, Buffer.alloc(0), 'shoal autolock key files', 32))
}

function readIfExists(file: string): Buffer | null {
  try {
    return fs.readFileSync(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

function isSealed(data: Buffer | null): boolean {
  return !!data && data.length >= MAGIC.length && data.subarray(0, MAGIC.length).equals(MAGIC)
}

function sealFile(kek: Buffer, name: string, clear: Buffer): Buffer {
  return Buffer.concat([MAGIC, seal(kek, name, clear)])
}

// null when the key is not the one the file was sealed with (or the file was altered).
function openFile(kek: Buffer, name: string, sealed: Buffer): Buffer | null {
  return open(kek, name, sealed.subarray(MAGIC.length))
}
