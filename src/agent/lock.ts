// One agent per data dir. Two agents on one task database would both adopt and supervise
// the same processes, and could both start a task: the lock makes the second one fail at
// start() instead. Within one process, an agent still stopping hands over to the next
// (a daemon re-initializing its swarm); across processes, the lock file names its holder
// by (pid, start time, boot id), so a holder that died (kill -9) is recognized as stale.
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import { bootId, isLive, readStatSync } from './procfs'

interface Holder {
  pid: number
  startTime: number
  bootId: string
}

// Agents of this process by data dir, with the promise of their stop() once it began.
const inProcess = new Map<string, { owner: object; stopping: Promise<void> | null }>()

export class DataDirLock {
  private readonly key: string
  private readonly file: string
  private held = false

  constructor(
    dataDir: string,
    private readonly owner: object,
  ) {
    this.key = path.resolve(dataDir)
    this.file = path.join(this.key, 'agent.lock')
  }

  async acquire(): Promise<void> {
    const other = inProcess.get(this.key)
    if (other && other.owner !== this.owner) {
      if (!other.stopping) throw new Error(`another agent in this process is using ${this.key}`)
      await other.stopping
    }
    inProcess.set(this.key, { owner: this.owner, stopping: null })
    try {
      await this.acquireFile()
      this.held = true
    } catch (err) {
      inProcess.delete(this.key)
      throw err
    }
  }

  // Marks the owner as stopping so a successor in this process can wait for it.
  stopping(done: Promise<void>): void {
    const entry = inProcess.get(this.key)
    if (entry?.owner === this.owner) entry.stopping = done
  }

  async release(): Promise<void> {
    if (this.held) {
      this.held = false
      await fsp.rm(this.file, { force: true })
    }
    if (inProcess.get(this.key)?.owner === this.owner) inProcess.delete(this.key)
  }

  private async acquireFile(): Promise<void> {
    await fsp.mkdir(this.key, { recursive: true })
    const me: Holder = { pid: process.pid, startTime: readStatSync(process.pid)?.startTime ?? 0, bootId: bootId() }
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await fsp.writeFile(this.file, JSON.stringify(me), { flag: 'wx' })
        return
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      }
      let holder: Holder | null = null
      try {
        holder = JSON.parse(await fsp.readFile(this.file, 'utf8')) as Holder
      } catch {
        // torn or unreadable: a holder that died while writing it
      }
      // Our own pid is this process: the in-process registry already decided.
      if (holder && holder.pid !== process.pid && holderAlive(holder)) {
        throw new Error(`another agent (pid ${holder.pid}) is using ${this.key}`)
      }
      await fsp.rm(this.file, { force: true })
    }
    throw new Error(`could not lock ${this.key}: another agent is starting on it`)
  }
}

function holderAlive(h: Holder): boolean {
  if (h.bootId !== bootId()) return false
  const stat = readStatSync(h.pid)
  return isLive(stat) && stat.startTime === h.startTime
}
