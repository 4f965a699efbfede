// Secrets on a node: the data the dispatcher delivered, held in memory only, and each
// task's private directory of secret files on an in-memory filesystem.
//
// Layout: <root>/<taskId>/<target> with root /dev/shm/shoal/<nodeId> by default. The
// directory is 0700 (tasks run as the agent's user); each file gets its reference's
// mode (docker's default 0444) and, when given, uid/gid. The directory is written when
// the task is prepared and deleted when the task ends or leaves the node. Nothing here
// is written to the task database or logged: records carry references (ids, targets),
// never data. A runtime exposes the directory to its task: the process runtime names
// it in SHOAL_SECRETS_DIR; a container runtime would mount a tmpfs at /run/secrets and
// copy these files in (or bind them read-only), as docker does.
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'

export interface SecretData {
  id: string
  name: string
  data: Buffer
}

// What a task spec carries about a secret (the proto's SecretReference).
export interface SecretRef {
  secretId: string
  secretName: string
  target: string
  uid: string
  gid: string
  mode: number
}

export const SECRETS_DIR_ENV = 'SHOAL_SECRETS_DIR'
export const SECRETS_ROOT = '/dev/shm/shoal'

// statfs(2) f_type of filesystems that never reach a disk.
const TMPFS_MAGIC = 0x01021994
const RAMFS_MAGIC = 0x858458f6

export class NodeSecrets {
  private readonly secrets = new Map<string, SecretData>()

  // root: this node's directory of per-task secret directories.
  constructor(readonly root: string) {}

  // The complete set the dispatcher sent with the node's latest assignments; secrets not
  // in it are dropped from memory (files of running tasks stay until those tasks end).
  replace(secrets: readonly SecretData[]): void {
    this.secrets.clear()
    for (const s of secrets) this.secrets.set(s.id, s)
  }

  has(id: string): boolean {
    return this.secrets.has(id)
  }

  dirOf(taskId: string): string {
    return path.join(this.root, taskId)
  }

  // Writes the task's secret files; resolves with their directory. Throws (one line,
  // no data) when a secret was not delivered or the root is not in memory.
  async mount(taskId: string, refs: readonly SecretRef[]): Promise<string> {
    const missing = refs.filter((r) => !this.secrets.has(r.secretId)).map((r) => r.secretName || r.secretId)
    if (missing.length > 0) throw new Error(`secret ${missing.join(', ')} was not delivered to this node`)
    await fsp.mkdir(this.root, { recursive: true, mode: 0o700 })
    const fs = await fsp.statfs(this.root)
    if (fs.type !== TMPFS_MAGIC && fs.type !== RAMFS_MAGIC) {
      throw new Error(`secrets directory ${this.root} is not on an in-memory filesystem (tmpfs): refusing to write secrets there`)
    }
    const dir = this.dirOf(taskId)
    await fsp.rm(dir, { recursive: true, force: true }) // a re-prepared task starts clean
    await fsp.mkdir(dir, { mode: 0o700 })
    for (const r of refs) {
      const file = path.join(dir, r.target)
      if (path.relative(dir, file).startsWith('..')) throw new Error(`secret ${r.secretName}: target ${r.target} leaves the secrets directory`)
      await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
      await fsp.writeFile(file, this.secrets.get(r.secretId)!.data, { mode: 0o600, flag: 'wx' })
      if (r.uid !== '' || r.gid !== '') {
        const st = await fsp.stat(file)
        const uid = r.uid === '' ? st.uid : Number(r.uid)
        const gid = r.gid === '' ? st.gid : Number(r.gid)
        // chown needs privilege even to give a file to its own owner's ids: skip no-ops.
        if (uid !== st.uid || gid !== st.gid) await fsp.chown(file, uid, gid)
      }
      await fsp.chmod(file, r.mode)
    }
    return dir
  }

  // The task ended or left the node: its secret files go.
  async unmount(taskId: string): Promise<void> {
    await fsp.rm(this.dirOf(taskId), { recursive: true, force: true })
  }

  // Deletes directories of tasks the agent does not know (left by an agent that died).
  async sweep(known: (taskId: string) => boolean): Promise<string[]> {
    let names: string[]
    try {
      names = await fsp.readdir(this.root)
    } catch {
      return []
    }
    const removed = names.filter((n) => !known(n))
    await Promise.all(removed.map((n) => this.unmount(n)))
    return removed
  }

  // Leaving the swarm: everything goes, memory and files.
  async clear(): Promise<void> {
    this.secrets.clear()
    await fsp.rm(this.root, { recursive: true, force: true })
  }
}
