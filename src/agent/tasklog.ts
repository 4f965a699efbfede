// A task's combined, timestamped output log, kept by the agent next to the task.
//
// A runtime's output arrives as raw byte streams (for the process runtime: the stdout and
// stderr files the process writes directly, so output is kept while the agent is down).
// Raw streams carry no time and no interleaving, so the agent reads them as they grow
// and appends each line here as one record:
//
//     <ms since epoch> <1|2> <line bytes>\n        (1 = stdout, 2 = stderr)
//
// A line cannot contain '\n', so the format is binary-safe without escaping, tail can
// walk backwards by newlines, and followers read the file itself (the file is the buffer:
// a slow reader costs no memory).
//
// Restart consistency: a checkpoint file (log.pos) pairs a prefix length of this log with
// the raw-stream offsets it covers. It is written after the data it covers; on reopen the
// log is truncated back to the checkpointed length and the raw streams are re-read from
// the checkpointed offsets, so a crash between the two writes neither loses nor repeats
// lines. Checkpoints are written at most once a second per task (and at close), which
// bounds the re-read after a crash.
//
// Rotation (docker's local driver: max-size × max-file, logopts.ts): before an append that
// would take the current file past max-size, the file becomes log.1 (log.1 becomes log.2,
// and so on; the oldest beyond max-file is dropped) and a new log starts. A checkpoint is
// written just before the renames (everything the old file holds, with the raw offsets it
// covers) and again after them (an empty log at those offsets), so a crash at any point
// resumes exactly. An append larger than a whole file is split across files at record
// boundaries; only a crash in the middle of such an append may repeat its lines.
// Readers follow the files by generation (the number of rotations since the log was
// opened): one that falls behind by more than max-file files skips what was dropped.
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import { DEFAULT_LOG_ROTATION, type LogRotation } from './logopts'

export type LogStreamName = 'stdout' | 'stderr'

export interface LogRecord {
  stream: LogStreamName
  time: number
  line: Buffer
}

export interface LogReadOptions {
  // Keep reading as the task writes; ends when the task's output is complete (it exited
  // and everything was read) or the signal aborts.
  follow?: boolean
  // Only the last N lines (after `since`); undefined or negative: all.
  tail?: number
  // Only lines read at or after this time (ms since epoch).
  since?: number
  signal?: AbortSignal
  // Called once in follow mode when the reader has caught up with the log and starts
  // waiting for new lines (lets a merger of several logs stop waiting on this one).
  onCaughtUp?: () => void
}

export type SourceOffsets = Record<string, number>

export interface TaskLogOptions {
  // How the log is rotated; default docker's local driver's 5 files of 20 MiB.
  rotation?: LogRotation
}

const CHECKPOINT_INTERVAL_MS = 1000
const READ_CHUNK = 64 * 1024

interface Checkpoint {
  size: number
  sources: SourceOffsets
}

export class TaskLog {
  readonly file: string
  private readonly posFile: string
  private fh: fsp.FileHandle | null = null
  private size = 0 // bytes whose write has completed: readers never see a partial record
  private sources: SourceOffsets = {}
  private opened = false
  private finished = false // no more records will ever be appended
  private closed = false
  private checkpointed: Checkpoint = { size: 0, sources: {} }
  private checkpointTimer: NodeJS.Timeout | null = null
  private checkpointing: Promise<void> = Promise.resolve()
  private appending: Promise<void> = Promise.resolve()
  private changedPromise: Promise<void> | null = null
  private resolveChanged: (() => void) | null = null

  readonly rotation: LogRotation
  // Rotations since the log was opened; the current file is this generation, log.N is
  // generation - N (files a previous agent rotated are below 0). rotating: the files are
  // being renamed (readers wait).
  private generation = 0
  private rotating = false

  constructor(dir: string, opts: TaskLogOptions = {}) {
    this.file = path.join(dir, 'log')
    this.posFile = path.join(dir, 'log.pos')
    this.rotation = opts.rotation ?? DEFAULT_LOG_ROTATION
  }

  get done(): boolean {
    return this.finished
  }

  // Restores the log to its last checkpoint and returns the raw-stream offsets to resume
  // from.
  async open(): Promise<SourceOffsets> {
    if (this.opened) return { ...this.sources }
    let cp: Checkpoint = { size: 0, sources: {} }
    try {
      const parsed = JSON.parse(await fsp.readFile(this.posFile, 'utf8')) as Checkpoint
      if (typeof parsed.size === 'number' && parsed.sources && typeof parsed.sources === 'object') cp = parsed
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err
    }
    let actual = 0
    try {
      actual = (await fsp.stat(this.file)).size
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    if (actual > cp.size) {
      await fsp.truncate(this.file, cp.size)
    } else if (actual < cp.size) {
      // The checkpoint outlived its data (host crash before writeback): keep what the log
      // has; the lines between are lost rather than duplicated.
      cp = { size: actual, sources: cp.sources }
    }
    this.size = cp.size
    this.sources = { ...cp.sources }
    this.checkpointed = { size: cp.size, sources: { ...cp.sources } }
    this.opened = true
    this.notify()
    return { ...this.sources }
  }

  // open() for a log known not to exist yet (a new task directory): no I/O.
  openFresh(): void {
    if (this.opened) return
    this.opened = true
    this.notify()
  }

  // Appends records (from one read pass, in order) and records which raw-stream offsets
  // they bring the log up to.
  append(records: LogRecord[], sources: SourceOffsets): Promise<void> {
    const run = this.appending.then(() => this.doAppend(records, sources))
    this.appending = run.catch(() => undefined)
    return run
  }

  private async doAppend(records: LogRecord[], sources: SourceOffsets): Promise<void> {
    if (!this.opened || this.closed) throw new Error('task log is not open')
    if (records.length > 0) {
      const parts: Buffer[] = []
      for (const r of records) {
        parts.push(Buffer.from(`${r.time} ${r.stream === 'stderr' ? 2 : 1} `, 'latin1'), r.line, NEWLINE)
      }
      let data = Buffer.concat(parts)
      const { maxSize, maxFile } = this.rotation
      // What would be rotated away within this append is not written at all.
      const keep = maxSize * maxFile
      if (data.length > keep) data = data.subarray(data.indexOf(10, data.length - keep - 1) + 1)
      if (this.size > 0 && this.size + data.length > maxSize) await this.rotate()
      let start = 0
      while (start < data.length) {
        let end = data.length
        if (this.size + (end - start) > maxSize) {
          // Split at the last record end that fits; a record longer than a file goes whole.
          end = data.lastIndexOf(10, start + (maxSize - this.size) - 1) + 1
          if (end <= start) end = this.size > 0 ? start : data.indexOf(10, start) + 1
        }
        if (end > start) await this.write(data.subarray(start, end))
        start = end
        if (start < data.length) await this.rotate()
      }
    }
    this.sources = { ...sources }
    this.scheduleCheckpoint()
    this.notify()
  }

  private async write(data: Buffer): Promise<void> {
    if (!this.fh) this.fh = await fsp.open(this.file, 'a')
    let written = 0
    while (written < data.length) {
      const { bytesWritten } = await this.fh.write(data, written, data.length - written)
      written += bytesWritten
    }
    this.size += data.length
  }

  // The current file becomes log.1 and an empty one starts (see the top of the file).
  private async rotate(): Promise<void> {
    await this.checkpoint()
    this.rotating = true
    try {
      const fh = this.fh
      this.fh = null
      await fh?.close()
      if (this.rotation.maxFile <= 1) {
        await fsp.rm(this.file, { force: true })
      } else {
        for (let i = this.rotation.maxFile - 2; i >= 1; i--) await renameIfPresent(`${this.file}.${i}`, `${this.file}.${i + 1}`)
        await renameIfPresent(this.file, `${this.file}.1`)
      }
      this.size = 0
      this.generation++
    } finally {
      this.rotating = false
    }
    await this.checkpoint()
    this.notify()
  }

  // Writes the checkpoint now (the collector calls it before it truncates a raw stream the
  // checkpoint must no longer point into).
  sync(): Promise<void> {
    return this.appending.then(() => this.checkpoint())
  }

  // No more records will come: followers end once they have read everything.
  async finish(): Promise<void> {
    await this.appending
    this.finished = true
    this.notify()
    await this.close()
  }

  // Stops writing (agent shutdown) without declaring the output complete.
  async close(): Promise<void> {
    await this.appending
    if (this.closed) return
    this.closed = true
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer)
    this.checkpointTimer = null
    if (this.opened) await this.checkpoint()
    const fh = this.fh
    this.fh = null
    await fh?.close()
    this.notify()
  }

  // The log will never be opened (the task never started): readers end at once.
  abandon(): void {
    this.finished = true
    this.closed = true
    this.notify()
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer || this.closed) return
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null
      void this.checkpoint()
    }, CHECKPOINT_INTERVAL_MS)
    this.checkpointTimer.unref()
  }

  private checkpoint(): Promise<void> {
    const run = this.checkpointing.then(async () => {
      const cp: Checkpoint = { size: this.size, sources: { ...this.sources } }
      if (cp.size === this.checkpointed.size && sameOffsets(cp.sources, this.checkpointed.sources)) return
      const tmp = `${this.posFile}.tmp`
      try {
        await fsp.writeFile(tmp, JSON.stringify(cp))
        await fsp.rename(tmp, this.posFile)
        this.checkpointed = cp
      } catch (err) {
        // The task directory was removed under us; nothing left to keep consistent.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      }
    })
    this.checkpointing = run.catch(() => undefined)
    return run
  }

  private notify(): void {
    const resolve = this.resolveChanged
    this.changedPromise = null
    this.resolveChanged = null
    resolve?.()
  }

  // Resolves at the next append, finish or close.
  private changed(): Promise<void> {
    if (!this.changedPromise) this.changedPromise = new Promise((resolve) => (this.resolveChanged = resolve))
    return this.changedPromise
  }

  async *read(opts: LogReadOptions = {}): AsyncGenerator<LogRecord> {
    const { follow = false, tail, since, signal } = opts
    let caughtUp = false
    const onCaughtUp = () => {
      if (caughtUp) return
      caughtUp = true
      opts.onCaughtUp?.()
    }
    // Wait for the log to exist: a follower may subscribe before the task starts.
    while (!this.opened) {
      if (this.finished || this.closed || !follow || signal?.aborted) return
      onCaughtUp()
      await waitOrAbort(this.changed(), signal)
    }
    // Where to start: the last `tail` records (in the newest files), or the oldest file kept.
    // A read that does not follow ends where the log ended when it began: a task writing
    // meanwhile (a flood appends megabytes a second) must not stretch `--tail 5` into
    // everything written while it was read.
    let cur: OpenFile | null = null
    let pos = 0
    let stop: LogEnd | null = null
    for (;;) {
      if (!follow) stop = await this.currentEnd()
      if (tail !== undefined && tail >= 0) {
        const at = await this.tailPosition(tail, stop)
        if (at) ({ cur, pos } = at)
      } else {
        cur = await this.openGeneration(Number.MIN_SAFE_INTEGER) // the oldest kept
      }
      if (cur) break
      // No record yet: wait for the first append (which creates the file).
      if (!follow || this.finished || this.closed || signal?.aborted) return
      onCaughtUp()
      await waitOrAbort(this.changed(), signal)
    }
    try {
      for (;;) {
        // Everything up to the snapshot's end was dropped while this reader fell behind.
        if (stop && cur.gen > stop.gen) return
        const end = await this.endOf(cur, stop)
        let carry: Buffer | null = null
        while (pos < end) {
          if (signal?.aborted) return
          const want = Math.min(READ_CHUNK, end - pos)
          const buf = Buffer.allocUnsafe(want)
          const { bytesRead } = await cur.fh.read(buf, 0, want, pos)
          if (bytesRead === 0) return // truncated or removed under us
          pos += bytesRead
          let chunk = buf.subarray(0, bytesRead)
          if (carry) {
            chunk = Buffer.concat([carry, chunk])
            carry = null
          }
          let start = 0
          for (;;) {
            const nl = chunk.indexOf(10, start)
            if (nl < 0) break
            const rec = parseRecord(chunk, start, nl)
            start = nl + 1
            if (rec && (since === undefined || rec.time >= since)) yield rec
          }
          if (start < chunk.length) carry = Buffer.from(chunk.subarray(start))
        }
        if (stop && cur.gen >= stop.gen) return
        if (cur.gen < this.generation) {
          // Rotated since it was opened, so complete: on to the next file (records never
          // span files).
          const next = await this.openGeneration(cur.gen + 1)
          if (next) {
            await cur.fh.close()
            cur = next
            pos = 0
            continue
          }
          // The new file is not written yet: wait for its first append.
          if (!follow || signal?.aborted) return
          await waitOrAbort(this.changed(), signal)
          continue
        }
        if (!follow) return
        if (this.finished && cur.gen === this.generation && pos >= this.size) return
        if (this.closed && !this.finished) return // agent stopping: no more data will come
        if (cur.gen === this.generation && pos >= this.size) {
          onCaughtUp()
          await waitOrAbort(this.changed(), signal)
          if (signal?.aborted) return
        }
      }
    } finally {
      await cur.fh.close()
    }
  }

  // Opens the file of generation `g`, or of the oldest kept after it when it was dropped;
  // null when no such file exists yet. Retried when a rotation renames files meanwhile.
  private async openGeneration(g: number): Promise<OpenFile | null> {
    for (;;) {
      while (this.rotating) await this.changed()
      const current = this.generation
      if (g > current) return null
      g = Math.max(g, current - (this.rotation.maxFile - 1))
      const name = g === current ? this.file : `${this.file}.${current - g}`
      let fh: fsp.FileHandle
      try {
        fh = await fsp.open(name, 'r')
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
        if (this.generation !== current || this.rotating) continue
        if (g === current) return null
        g++ // an older file missing (never written, or removed by hand): the next
        continue
      }
      if (this.generation !== current || this.rotating) {
        await fh.close()
        continue
      }
      return { fh, gen: g }
    }
  }

  // Where the log ends now: the current generation and the end of its last completed
  // append (never mid-rotation, when the size is being reset).
  private async currentEnd(): Promise<LogEnd> {
    while (this.rotating) await this.changed()
    return { gen: this.generation, size: this.size }
  }

  // Where a reader stops in an open file: the end of the read's snapshot in its file; else
  // the current file ends where the last completed append ended; an older one is whole.
  private async endOf(f: OpenFile, stop: LogEnd | null): Promise<number> {
    if (stop && f.gen === stop.gen) return stop.size
    return f.gen === this.generation ? this.size : (await f.fh.stat()).size
  }

  // The file and offset of the first of the last n records, over as many files as it
  // takes, counted back from `stop` (a non-following read's end) or from the end now.
  private async tailPosition(n: number, stop: LogEnd | null): Promise<{ cur: OpenFile; pos: number } | null> {
    let cur = await this.openGeneration(stop?.gen ?? this.generation)
    if (!cur) return null
    let end = await this.endOf(cur, stop)
    let { start, seen } = await tailStart(cur.fh, end, n)
    while (seen < n && start === 0) {
      const older = await this.openGeneration(cur.gen - 1)
      if (!older || older.gen >= cur.gen) {
        await older?.fh.close()
        break
      }
      end = (await older.fh.stat()).size
      const found = await tailStart(older.fh, end, n - seen)
      if (found.seen === 0) {
        await older.fh.close()
        break
      }
      await cur.fh.close()
      cur = older
      start = found.start
      seen += found.seen
    }
    return { cur, pos: start }
  }
}

interface OpenFile {
  fh: fsp.FileHandle
  gen: number
}

// A point in the log: a generation and a byte offset in its file.
interface LogEnd {
  gen: number
  size: number
}

async function renameIfPresent(from: string, to: string): Promise<void> {
  try {
    await fsp.rename(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
}

const NEWLINE = Buffer.from('\n')

// A source missing from one side is at offset 0.
function sameOffsets(a: SourceOffsets, b: SourceOffsets): boolean {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((k) => (a[k] ?? 0) === (b[k] ?? 0))
}

function parseRecord(buf: Buffer, start: number, end: number): LogRecord | null {
  const sp = buf.indexOf(32, start)
  if (sp < 0 || sp + 2 > end) return null
  const time = Number(buf.toString('latin1', start, sp))
  if (!Number.isFinite(time)) return null
  const stream: LogStreamName = buf[sp + 1] === 0x32 ? 'stderr' : 'stdout'
  return { stream, time, line: Buffer.from(buf.subarray(Math.min(sp + 3, end), end)) }
}

// Offset of the first of the last n records in [0, end), and how many records that is
// (fewer than n when the file holds fewer; then the offset is 0).
async function tailStart(fh: fsp.FileHandle, end: number, n: number): Promise<{ start: number; seen: number }> {
  if (n === 0) return { start: end, seen: 0 }
  let seen = 0
  let p = end
  while (p > 0) {
    const len = Math.min(READ_CHUNK, p)
    const start = p - len
    const buf = Buffer.allocUnsafe(len)
    const { bytesRead } = await fh.read(buf, 0, len, start)
    for (let i = bytesRead - 1; i >= 0; i--) {
      // The newline ending the last record counts as the first seen; the (n+1)th ends the
      // record just before the wanted ones.
      if (buf[i] === 10 && ++seen === n + 1) return { start: start + i + 1, seen: n }
    }
    p = start
  }
  return { start: 0, seen }
}

export function waitOrAbort(promise: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise.then(() => undefined)
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const onAbort = () => resolve()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      },
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      },
    )
  })
}
