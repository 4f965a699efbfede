// Turns the raw stdout/stderr files a process writes into TaskLog records: reads what was
// appended since the last pass, splits it into lines and stamps them with the time of the
// read (as Docker stamps what it reads from a container's pipes). Passes are serialized
// and coalesce: a poke during a pass schedules exactly one more.
//
// Bounded, whatever the task writes (issue 11: `yes` filled 5.7 GB in 20 s):
//   - the TaskLog is rotated (tasklog.ts);
//   - a raw file is truncated once RAW_TRUNCATE_AT bytes of it were consumed, after the
//     log's checkpoint stopped pointing into it. Safe only while nothing writes: with a
//     FlowControl (the runtime can stop the task's processes: SIGSTOP for the process
//     runtime, a pause for a container) the writers are stopped for it, so nothing is lost;
//     without one, only when the file ends where it was read (a write landing in the
//     microseconds between that check and the truncation would be lost);
//   - back-pressure: when a stream's unread backlog passes BACKLOG_PAUSE_AT the writers
//     are stopped until it is read and truncated, as a writer to a full pipe blocks in
//     docker. Without a FlowControl a backlog past BACKLOG_DROP_AT is dropped (docker's
//     non-blocking mode drops too), and said in the agent's log;
//   - CPU: a pass reads at most PASS_LIMIT per stream, and after one that hit the limit the
//     collector rests twice as long as the pass took, so a flooding task costs at most
//     about a third of a core, and a stopped one waits for it. A backlog larger than the
//     whole rotated log (max-size × max-file) is skipped to its last that many bytes: a
//     record is never smaller than its raw line, so what is skipped would have been
//     rotated away unread (only a follower that kept up would have seen it).
import * as fs from 'node:fs'
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import type { LogRecord, LogStreamName, TaskLog } from '../tasklog'

// Lines longer than this are split into several records (Docker splits at 16 KiB too),
// which bounds the memory a partial line can hold.
export const MAX_LINE = 16 * 1024
const READ_CHUNK = 64 * 1024
// Per stream per pass, so one chatty task cannot starve the others of the thread pool.
const PASS_LIMIT = 64 * 1024
// Rest after a pass that hit the limit, as a multiple of its duration (and at least).
const FLOOD_REST_FACTOR = 2
const FLOOD_REST_MIN_MS = 10
const RECHECK_AFTER_RESUME_MS = [1, 5, 20]
export const RAW_TRUNCATE_AT = 1024 * 1024
export const BACKLOG_PAUSE_AT = 512 * 1024
export const BACKLOG_DROP_AT = 16 * 1024 * 1024

// Stops and restarts whatever writes the raw streams (the task's processes).
export interface FlowControl {
  // Resolves once nothing writes any more (false: the task is gone, nothing to stop).
  pause(): Promise<boolean>
  resume(): Promise<void>
}

export interface OutputCollectorOptions {
  flow?: FlowControl
  // Told when output had to be dropped (no flow control and a backlog past the bound).
  onDrop?: (stream: LogStreamName, bytes: number) => void
}

interface RawStream {
  name: LogStreamName
  file: string
  fh: fsp.FileHandle | null
  offset: number // next byte to read
  partial: Buffer // bytes after the last newline, not yet a record
  skipping: boolean // dropping the rest of a line cut by a skip (see readStream)
}

export class OutputCollector {
  private readonly streams: RawStream[]
  private running: Promise<void> | null = null
  private again = false
  private opened = false
  private closed = false
  private committed: Record<string, number> = {}
  private paused = false
  private checking = false

  constructor(
    runDir: string,
    private readonly log: TaskLog,
    private readonly onError: (err: unknown) => void,
    private readonly opts: OutputCollectorOptions = {},
  ) {
    this.streams = (['stdout', 'stderr'] as const).map((name) => ({
      name,
      file: path.join(runDir, name),
      fh: null,
      offset: 0,
      partial: Buffer.alloc(0),
      skipping: false,
    }))
  }

  // For a new task: nothing to resume.
  openFresh(): void {
    this.log.openFresh()
    for (const s of this.streams) this.committed[s.name] = 0
    this.opened = true
  }

  async open(): Promise<void> {
    const offsets = await this.log.open()
    for (const s of this.streams) {
      s.offset = offsets[s.name] ?? 0
      // A raw file shorter than the checkpoint says was truncated after the log took all
      // of it (see truncate()): what it holds now is new.
      try {
        if ((await fsp.stat(s.file)).size < s.offset) s.offset = 0
      } catch {
        s.offset = 0
      }
      this.committed[s.name] = s.offset
    }
    this.opened = true
  }

  // Something may have been written: read it soon. While a pass runs (or rests), the
  // backlog is still checked at once, so a flooding writer is stopped within a write or two.
  poke(): void {
    if (!this.opened || this.closed) return
    if (this.running) {
      this.again = true
      this.checkBacklog()
      return
    }
    this.running = this.loop().finally(() => {
      this.running = null
      // Stopped by a backlog check that ended after the loop's last look: the loop must
      // run again, or nothing would read the backlog and let the writers go.
      if (this.paused && !this.closed) this.poke()
    })
  }

  // Stops the writers when a stream's unread backlog passes the bound (one stat per stream,
  // one check at a time).
  private checkBacklog(): void {
    void this.checkBacklogNow().catch((err) => this.onError(err))
  }

  private async checkBacklogNow(): Promise<void> {
    if (this.checking || this.paused || !this.opts.flow) return
    this.checking = true
    try {
      for (const s of this.streams) {
        const size = await sizeOf(s.file)
        if (size - s.offset > BACKLOG_PAUSE_AT && !this.paused && !this.closed) {
          this.paused = await this.opts.flow.pause()
          if (this.paused) this.poke()
          return
        }
      }
    } finally {
      this.checking = false
    }
  }

  // Whether the raw files hold bytes not read yet (for the periodic safety-net poll,
  // which must stay cheap: two stats, no reads).
  async behind(): Promise<boolean> {
    for (const s of this.streams) {
      try {
        if ((await fsp.stat(s.file)).size > s.offset) return true
      } catch {
        // not created yet
      }
    }
    return false
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false
        await this.checkBacklogNow()
        const started = Date.now()
        let more = false
        try {
          more = await this.pass(false)
          await this.bound(more)
        } catch (err) {
          this.onError(err)
          return
        }
        if (more) {
          this.again = true
          // A flood: rest, so the collector takes a bounded share of the CPU; the writers
          // are stopped meanwhile once the backlog grows (checkBacklog on each poke).
          await sleep(Math.max(FLOOD_REST_MIN_MS, (Date.now() - started) * FLOOD_REST_FACTOR))
        }
      } while (this.again && !this.closed)
    } finally {
      if (this.paused) await this.resumeWriters()
    }
  }

  // Keeps the raw files bounded (see the top of the file): drops an overgrown backlog when
  // the writers cannot be stopped, truncates a file once enough of it was consumed, and
  // lets stopped writers go once their backlog is read.
  private async bound(more: boolean): Promise<void> {
    if (!this.opts.flow) {
      for (const s of this.streams) {
        const size = await sizeOf(s.file)
        if (size - s.offset > BACKLOG_DROP_AT && s.fh) {
          const dropped = truncateIfAt(s, size) ? size - s.offset : 0
          if (dropped > 0) {
            s.offset = 0
            s.partial = Buffer.alloc(0)
            await this.commitOffsets()
            this.opts.onDrop?.(s.name, dropped)
          }
        }
      }
    }
    const consumed = this.streams.some((s) => s.offset >= RAW_TRUNCATE_AT)
    if (consumed && !more) await this.truncate()
    if (this.paused && !more) await this.resumeWriters()
  }

  // Truncates the raw files the log has consumed: writers stopped (when they can be), every
  // byte read and checkpointed, then each file cut to nothing and the offsets reset.
  private async truncate(): Promise<void> {
    const flow = this.opts.flow
    if (flow && !this.paused) this.paused = await flow.pause()
    if (flow && !this.paused) return // the task is gone: finish() reads the rest
    // Read to the end: with the writers stopped it comes; without, a few passes, and a
    // file that still grows is left for a later look.
    for (let i = 0; (await this.pass(false)) && (this.paused || i < 4); i++) {
      // reading
    }
    if (this.paused) {
      // A line cut by the truncation is logged as far as it got (nothing can complete it
      // while the writers are stopped; without them stopped the line is left uncut).
      const time = Date.now()
      const records: LogRecord[] = []
      for (const s of this.streams) {
        if (!s.fh || s.offset < RAW_TRUNCATE_AT || s.partial.length === 0) continue
        records.push({ stream: s.name, time, line: s.partial })
        s.partial = Buffer.alloc(0)
      }
      if (records.length > 0) await this.log.append(records, this.offsets())
    }
    // The checkpoint must cover the whole files before they are cut, and say offset 0 after.
    await this.log.sync()
    let cut = false
    for (const s of this.streams) {
      if (!s.fh || s.offset < RAW_TRUNCATE_AT || s.partial.length > 0) continue
      if (truncateIfAt(s, s.offset)) {
        s.offset = 0
        cut = true
      }
    }
    if (cut) {
      await this.commitOffsets()
      await this.log.sync()
    }
  }

  private async resumeWriters(): Promise<void> {
    this.paused = false
    // A writer that floods writes hundreds of MB a second: look at its backlog again
    // within milliseconds rather than at the next change notice the event loop gets to.
    for (const ms of RECHECK_AFTER_RESUME_MS) setTimeout(() => this.checkBacklog(), ms).unref()
    try {
      await this.opts.flow?.resume()
    } catch (err) {
      this.onError(err)
    }
  }

  private offsets(): Record<string, number> {
    const offsets: Record<string, number> = {}
    for (const s of this.streams) offsets[s.name] = s.offset - s.partial.length
    return offsets
  }

  private async commitOffsets(): Promise<void> {
    const offsets = this.offsets()
    await this.log.append([], offsets)
    this.committed = offsets
  }

  // One read of every stream; returns whether a stream hit the pass limit (more to read).
  private async pass(final: boolean): Promise<boolean> {
    const time = Date.now()
    const records: LogRecord[] = []
    let more = false
    for (const s of this.streams) {
      if (await this.readStream(s, records, time, final ? Infinity : PASS_LIMIT)) more = true
      if (final && s.partial.length > 0) {
        records.push({ stream: s.name, time, line: s.partial })
        s.partial = Buffer.alloc(0)
      }
    }
    const offsets: Record<string, number> = {}
    let moved = false
    // A partial line is re-read after a restart rather than checkpointed half-done.
    for (const s of this.streams) {
      offsets[s.name] = s.offset - s.partial.length
      if (offsets[s.name] !== this.committed[s.name]) moved = true
    }
    if (records.length > 0 || moved) {
      await this.log.append(records, offsets)
      this.committed = offsets
    }
    return more
  }

  private async readStream(s: RawStream, out: LogRecord[], time: number, limit: number): Promise<boolean> {
    if (!s.fh) {
      try {
        // Most tasks write little or nothing: a stat is cheaper than open+read+close.
        if ((await fsp.stat(s.file)).size <= s.offset) return false
        s.fh = await fsp.open(s.file, 'r')
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
        throw err
      }
    }
    const keep = this.log.rotation.maxSize * this.log.rotation.maxFile
    const size = (await s.fh.stat()).size
    if (size - s.offset > keep + READ_CHUNK) {
      s.offset = size - keep
      s.partial = Buffer.alloc(0)
      s.skipping = true
    }
    let total = 0
    for (;;) {
      const buf = Buffer.allocUnsafe(READ_CHUNK)
      const { bytesRead } = await s.fh.read(buf, 0, READ_CHUNK, s.offset)
      if (bytesRead === 0) return false
      s.offset += bytesRead
      total += bytesRead
      this.split(s, buf.subarray(0, bytesRead), out, time)
      if (bytesRead < READ_CHUNK) return false
      if (total >= limit) return true
    }
  }

  private split(s: RawStream, chunk: Buffer, out: LogRecord[], time: number): void {
    if (s.skipping) {
      const nl = chunk.indexOf(10)
      if (nl < 0) return
      s.skipping = false
      chunk = chunk.subarray(nl + 1)
    }
    const buf = s.partial.length > 0 ? Buffer.concat([s.partial, chunk]) : chunk
    let start = 0
    for (;;) {
      const nl = buf.indexOf(10, start)
      if (nl < 0) break
      if (nl === start) out.push({ stream: s.name, time, line: Buffer.alloc(0) })
      for (let p = start; p < nl; p += MAX_LINE) {
        out.push({ stream: s.name, time, line: buf.subarray(p, Math.min(p + MAX_LINE, nl)) })
      }
      start = nl + 1
    }
    while (buf.length - start >= MAX_LINE) {
      out.push({ stream: s.name, time, line: buf.subarray(start, start + MAX_LINE) })
      start += MAX_LINE
    }
    // Copied: a subarray would pin the whole read buffer until the line completes.
    s.partial = Buffer.from(buf.subarray(start))
  }

  // The process has exited: read everything that is left, including an unterminated last
  // line, and mark the log complete.
  async finish(): Promise<void> {
    if (this.closed) return
    this.closed = true // no new passes from poke(); the final ones run here
    await this.running
    if (this.opened) {
      try {
        while (await this.pass(true)) {
          // drain until EOF
        }
      } catch (err) {
        this.onError(err)
      }
    }
    await this.closeFiles()
    await this.log.finish()
  }

  // Agent shutdown: stop reading (the writers, if stopped, go on: loop() resumes them);
  // a later agent resumes from the checkpoint.
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.running
    await this.closeFiles()
    await this.log.close()
  }

  private async closeFiles(): Promise<void> {
    for (const s of this.streams) {
      const fh = s.fh
      s.fh = null
      await fh?.close().catch(() => undefined)
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function sizeOf(file: string): Promise<number> {
  try {
    return (await fsp.stat(file)).size
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw err
  }
}

// Cuts the raw file to nothing if it still ends at `at` (by name: the collector's handle is
// read-only; the file is never renamed). Synchronous on purpose: the check and the
// truncation are two syscalls back to back, not two trips through the thread pool.
function truncateIfAt(s: RawStream, at: number): boolean {
  if (!s.fh || fs.fstatSync(s.fh.fd).size !== at) return false
  fs.truncateSync(s.file, 0)
  return true
}
