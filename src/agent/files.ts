// Secrets and configs on a node: the data the dispatcher delivered, held in memory only,
// and each task's private directory of files written from it. One mechanism, two kinds
// (a NodeFiles each):
//   secrets  <root>/<taskId>/<target>, root /dev/shm/shoal/<nodeId> by default, which must
//            be an in-memory filesystem (tmpfs, ramfs): secret data never reaches a disk;
//   configs  <root>/<taskId>/<target without its leading />, root <agent dir>/configs:
//            configs are not secret (docker keeps them on disk too).
// The directory is 0700 (tasks run as the agent's user); each file gets its reference's
// mode (docker's default 0444) and, when given, uid/gid. It is written when the task is
// prepared and deleted when the task ends or leaves the node. Nothing here is written to
// the task database or logged: records carry references (ids, targets), never data. A
// runtime exposes the directories to its task: the process runtime names them in
// SHOAL_SECRETS_DIR and SHOAL_CONFIGS_DIR; a container runtime bind-mounts each file
// read-only, a secret at /run/secrets/<target>, a config at configContainerPath(target).
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'

export interface FileData {
  id: string
  name: string
  data: Buffer
}

// What a task spec carries about a secret (the proto's SecretReference).
export interface SecretRef {
  secretId: string
  secretName: string
  target: string // relative to the secrets directory
  uid: string
  gid: string
  mode: number
}

// What a task spec carries about a config (the proto's ConfigReference).
export interface ConfigRef {
  configId: string
  configName: string
  target: string // a path in a container: absolute, or relative to "/"
  uid: string
  gid: string
  mode: number
}

// A reference of either kind, its target relative to the task's directory.
export interface FileRef {
  id: string
  name: string
  path: string
  uid: string
  gid: string
  mode: number
}

export const SECRETS_DIR_ENV = 'SHOAL_SECRETS_DIR'
export const CONFIGS_DIR_ENV = 'SHOAL_CONFIGS_DIR'
export const SECRETS_ROOT = '/dev/shm/shoal'

// Where a config's file appears in a container (docker: an absolute target as it is, a
// relative one under "/"). A container runtime mounts the file there; the process
// runtime's file is at the same path under $SHOAL_CONFIGS_DIR.
export function configContainerPath(target: string): string {
  return target.startsWith('/') ? target : '/' + target
}

export const secretFileRefs = (refs: readonly SecretRef[]): FileRef[] =>
  refs.map((r) => ({ id: r.secretId, name: r.secretName, path: r.target, uid: r.uid, gid: r.gid, mode: r.mode }))
export const configFileRefs = (refs: readonly ConfigRef[]): FileRef[] =>
  refs.map((r) => ({ id: r.configId, name: r.configName, path: configContainerPath(r.target).slice(1), uid: r.uid, gid: r.gid, mode: r.mode }))

// statfs(2) f_type of filesystems that never reach a disk.
const TMPFS_MAGIC = 0x01021994
const RAMFS_MAGIC = 0x858458f6

export class NodeFiles {
  private readonly files = new Map<string, FileData>()

  // root: this node's directory of per-task directories of this kind; inMemory: refuse
  // to write unless root is on tmpfs or ramfs (secrets).
  constructor(
    readonly noun: 'secret' | 'config',
    readonly root: string,
    private readonly inMemory: boolean,
  ) {}

  // The complete set the dispatcher sent with the node's latest assignments; objects not
  // in it are dropped from memory (files of running tasks stay until those tasks end).
  replace(files: readonly FileData[]): void {
    this.files.clear()
    for (const s of files) this.files.set(s.id, s)
  }

  has(id: string): boolean {
    return this.files.has(id)
  }

  dirOf(taskId: string): string {
    return path.join(this.root, taskId)
  }

  // Writes the task's files; resolves with their directory. Throws (one line, no data)
  // when one was not delivered or, for secrets, the root is not in memory.
  async mount(taskId: string, refs: readonly FileRef[]): Promise<string> {
    const missing = refs.filter((r) => !this.files.has(r.id)).map((r) => r.name || r.id)
    if (missing.length > 0) throw new Error(`${this.noun} ${missing.join(', ')} was not delivered to this node`)
    await fsp.mkdir(this.root, { recursive: true, mode: 0o700 })
    if (this.inMemory) {
      const fs = await fsp.statfs(this.root)
      if (fs.type !== TMPFS_MAGIC && fs.type !== RAMFS_MAGIC) {
        throw new Error(`${this.noun}s directory ${this.root} is not on an in-memory filesystem (tmpfs): refusing to write ${this.noun}s there`)
      }
    }
    const dir = this.dirOf(taskId)
    await fsp.rm(dir, { recursive: true, force: true }) // a re-prepared task starts clean
    await fsp.mkdir(dir, { mode: 0o700 })
    for (const r of refs) {
      const file = path.join(dir, r.path)
      if (path.relative(dir, file).startsWith('..')) throw new Error(`${this.noun} ${r.name}: target ${r.path} leaves the ${this.noun}s directory`)
      await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
      await fsp.writeFile(file, this.files.get(r.id)!.data, { mode: 0o600, flag: 'wx' })
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

  // The task ended or left the node: its files go.
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
    this.files.clear()
    await fsp.rm(this.root, { recursive: true, force: true })
  }
}
