// The node's certificate directory, <dataDir>/certificates: its TLS identity (certificate
// and key), the roots it trusts, the founder's root CA key, and the key files autolock
// seals (./keys.ts). Everything that reads or writes these files goes through here.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { SecretsKey, SECRETS_KEY_FILE } from '../manager/secrets/key'
import type { TlsIdentity } from '../rpc/tls'
import { KeyFiles, NODE_KEY_FILE, ROOT_CA_KEY_FILE } from './keys'
import { writeFileAtomic } from './state'

export const ROOT_CERT_FILE = 'swarm-root-ca.crt'
export const NODE_CERT_FILE = 'swarm-node.crt'

// A node's identity as init or join makes it: the root(s) to trust, the node's
// certificate and key, and (a founder not signing through an external CA) the root key.
export interface NewIdentity {
  rootPem: string
  rootKeyPem?: string
  certPem: string
  keyPem: string
}

export class NodeFiles {
  readonly certDir: string
  readonly keys: KeyFiles

  constructor(readonly dataDir: string) {
    this.certDir = path.join(dataDir, 'certificates')
    this.keys = new KeyFiles(this.certDir)
  }

  // The roots this node trusts: one, or two during a root rotation.
  readTrust(): string {
    return fs.readFileSync(path.join(this.certDir, ROOT_CERT_FILE), 'utf8')
  }

  writeTrust(pem: string): void {
    writeFileAtomic(path.join(this.certDir, ROOT_CERT_FILE), pem, 0o644)
  }

  readIdentity(): TlsIdentity {
    return { certPem: fs.readFileSync(path.join(this.certDir, NODE_CERT_FILE), 'utf8'), keyPem: this.keys.readText(NODE_KEY_FILE) }
  }

  // Each file is replaced atomically, key first (as SwarmKit's KeyReadWriter); only a
  // crash between the two writes could leave a pair that does not match.
  saveIdentity(identity: TlsIdentity): void {
    this.keys.write(path.join(this.certDir, NODE_KEY_FILE), identity.keyPem)
    writeFileAtomic(path.join(this.certDir, NODE_CERT_FILE), identity.certPem, 0o644)
  }

  // The founder's root CA key ('' when an external CA signs).
  readRootKey(): string {
    return fs.existsSync(path.join(this.certDir, ROOT_CA_KEY_FILE)) ? this.keys.readText(ROOT_CA_KEY_FILE) : ''
  }

  secretsKey(): SecretsKey {
    return new SecretsKey(path.join(this.certDir, SECRETS_KEY_FILE), this.keys)
  }

  // A new swarm's identity (init, join), in clear (autolock starts off); whatever the data
  // directory held of an earlier membership (Raft data, keys, the secrets key) is gone.
  // Written before swarm.json, so a crash in between leaves a node that is simply not in
  // a swarm.
  writeNew(id: NewIdentity): void {
    this.removeRaft()
    fs.rmSync(this.certDir, { recursive: true, force: true })
    fs.mkdirSync(this.certDir, { recursive: true, mode: 0o700 })
    this.keys.reset()
    writeFileAtomic(path.join(this.certDir, ROOT_CERT_FILE), id.rootPem, 0o644)
    if (id.rootKeyPem) writeFileAtomic(path.join(this.certDir, ROOT_CA_KEY_FILE), id.rootKeyPem)
    writeFileAtomic(path.join(this.certDir, NODE_CERT_FILE), id.certPem, 0o644)
    writeFileAtomic(path.join(this.certDir, NODE_KEY_FILE), id.keyPem)
  }

  // The manager's Raft data (a former member must not come back with old state).
  removeRaft(): void {
    fs.rmSync(path.join(this.dataDir, 'raft'), { recursive: true, force: true })
  }

  // Leaving the swarm (or a failed init/join undone): no Raft data, no identity.
  removeMembership(alsoAgent: boolean): void {
    for (const dir of ['raft', 'certificates', ...(alsoAgent ? ['agent'] : [])]) fs.rmSync(path.join(this.dataDir, dir), { recursive: true, force: true })
    this.keys.reset()
  }
}
