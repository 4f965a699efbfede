// The agent's local task database: what this node was told to run and what became of it,
// so a restarted agent re-adopts running processes instead of starting duplicates, and
// reports the ones that ended meanwhile.
//
// An append-only file of JSON lines, {"put": record} or {"del": taskId}, replayed in
// order at load (the last line for a task wins). Why not one small file per task, replaced
// by rename: creating a file costs far more than appending to one (about 1 ms per
// create+write+rename on the ext4 volume measured, ~1 s of disk work for 1,000 tasks that
// start together), while appends batch: every change made in one event-loop turn goes out
// in a single write(), so 1,000 tasks reaching RUNNING together cost a few writes. The
// price is compaction: when the file holds several times more lines than live tasks, a
// snapshot of the live records is written to a temporary file and renamed over it.
//
// Crash safety: a kill -9 can tear the last write; load drops an unterminated tail line
// (and truncates it away so later appends start on a line boundary), and skips any line
// that does not parse, so one bad line costs at most its own record. Writes are not
// fsync'd: the records exist to survive the agent dying (kill -9, crash, upgrade), and
// the page cache survives that. A host crash takes the processes down too; the boot id in
// each handle then tells the restarted agent its pids mean nothing.
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import type { RuntimeHandle } from './executor'
import type { AssignedTask, TaskStatusUpdate } from './types'
import { defaultLogger, errorMessage, type AgentLogger } from './logger'

export interface TaskRecord {
  task: AssignedTask
  status: TaskStatusUpdate // the last status the agent produced (and reported) for it
  handle?: RuntimeHandle // set once the process runs: pid, start time, boot id
  shutdownRequested?: boolean // the manager asked it to stop: its exit is SHUTDOWN
}

type Line = { put: TaskRecord } | { del: string }

// Compact when the file has this many lines and at least COMPACT_RATIO per live record.
const COMPACT_MIN_LINES = 1000
const COMPACT_RATIO = 4

// Task ids become file names: only a conservative alphabet (SwarmKit ids are base36).
export function isSafeTaskId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(id)
}

// A line that parses is still only a record when it has the shape the agent relies on: an
// id that is safe as a file name (task directories are named by it) and a status.
export function isTaskRecord(rec: unknown): rec is TaskRecord {
  if (typeof rec !== 'object' || rec === null) return false
  const r = rec as Record<string, any>
  return (
    typeof r.task === 'object' && r.task !== null && typeof r.task.id === 'string' && isSafeTaskId(r.task.id) &&
    typeof r.task.serviceId === 'string' && typeof r.task.slot === 'number' && typeof r.task.spec === 'object' && r.task.spec !== null &&
    typeof r.status === 'object' && r.status !== null && typeof r.status.state === 'number' &&
    (r.handle === undefined || (typeof r.handle === 'object' && r.handle !== null))
  )
}

export class TaskDB {
  readonly file: string
  private readonly live = new Map<string, TaskRecord>()
  private fh: fsp.FileHandle | null = null
  private lines = 0 // lines in the file
  private queue: string[] = []
  private waiters: (() => void)[] = []
  private writing: Promise<void> | null = null
  private loaded = false

  constructor(
    readonly dir: string,
    private readonly logger: AgentLogger = defaultLogger,
  ) {
    this.file = path.join(dir, 'tasks.jsonl')
  }

  // Replays the file and returns the live records.
  async load(): Promise<TaskRecord[]> {
    if (this.loaded) throw new Error('task database already loaded')
    await fsp.mkdir(this.dir, { recursive: true })
    await fsp.rm(`${this.file}.tmp`, { force: true })
    let data: Buffer
    try {
      data = await fsp.readFile(this.file)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      data = Buffer.alloc(0)
    }
    const end = data.lastIndexOf(10) + 1
    if (end < data.length) {
      this.logger.warn('task database ends with a torn write; dropping it', { file: this.file, bytes: data.length - end })
      await fsp.truncate(this.file, end)
    }
    let start = 0
    let bad = 0
    while (start < end) {
      const nl = data.indexOf(10, start)
      const text = data.toString('utf8', start, nl)
      start = nl + 1
      this.lines++
      try {
        this.apply(JSON.parse(text) as Line)
      } catch {
        bad++
      }
    }
    if (bad > 0) this.logger.error('skipped unreadable lines in the task database', { file: this.file, lines: bad })
    this.fh = await fsp.open(this.file, 'a')
    this.loaded = true
    if (this.lines > this.live.size * 2 + 100) await this.compact()
    return [...this.live.values()]
  }

  put(rec: TaskRecord): Promise<void> {
    this.live.set(rec.task.id, rec)
    return this.enqueue({ put: rec })
  }

  delete(taskId: string): Promise<void> {
    this.live.delete(taskId)
    return this.enqueue({ del: taskId })
  }

  // Resolves once everything queued so far is in the file.
  async flush(): Promise<void> {
    while (this.writing) await this.writing
  }

  async close(): Promise<void> {
    await this.flush()
    const fh = this.fh
    this.fh = null
    await fh?.close()
  }

  private apply(line: Line): void {
    if (typeof line !== 'object' || line === null) throw new Error('not a task database line')
    if ('put' in line) {
      const rec = line.put
      if (!isTaskRecord(rec)) throw new Error('not a task record')
      this.live.set(rec.task.id, rec)
    } else if (typeof line.del === 'string') {
      this.live.delete(line.del)
    } else {
      throw new Error('unknown task database line')
    }
  }

  private enqueue(line: Line): Promise<void> {
    if (!this.loaded) return Promise.reject(new Error('task database not loaded'))
    this.queue.push(JSON.stringify(line))
    const done = new Promise<void>((resolve) => this.waiters.push(resolve))
    this.kick()
    return done
  }

  private kick(): void {
    if (this.writing) return
    this.writing = this.writeLoop().finally(() => {
      this.writing = null
      // Lines queued after the loop's last look at the queue.
      if (this.queue.length > 0) this.kick()
    })
  }

  private async writeLoop(): Promise<void> {
    // Whatever else this turn of the event loop queues joins the same write.
    await new Promise((resolve) => setImmediate(resolve))
    while (this.queue.length > 0) {
      const batch = this.queue
      const waiters = this.waiters
      this.queue = []
      this.waiters = []
      try {
        const fh = this.fh
        if (!fh) throw new Error('task database is closed')
        const data = Buffer.from(batch.join('\n') + '\n')
        let written = 0
        while (written < data.length) written += (await fh.write(data, written, data.length - written)).bytesWritten
        this.lines += batch.length
        if (this.lines >= COMPACT_MIN_LINES && this.lines >= COMPACT_RATIO * this.live.size) await this.compact()
      } catch (err) {
        // The in-memory state is intact; the next compaction writes it out whole.
        this.logger.error('writing the task database', { file: this.file, err: errorMessage(err) })
      }
      for (const w of waiters) w()
    }
  }

  // Rewrites the file as one line per live record. Lines queued meanwhile are appended
  // after the snapshot; replaying them over it is harmless (each carries a whole record).
  private async compact(): Promise<void> {
    const tmp = `${this.file}.tmp`
    const lines = [...this.live.values()].map((rec) => JSON.stringify({ put: rec }))
    await fsp.writeFile(tmp, lines.length > 0 ? lines.join('\n') + '\n' : '')
    await fsp.rename(tmp, this.file)
    const old = this.fh
    this.fh = await fsp.open(this.file, 'a')
    await old?.close()
    this.lines = lines.length
  }
}
