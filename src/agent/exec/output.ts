// Turns the raw stdout/stderr files a process writes into TaskLog records: reads what was
// appended since the last pass, splits it into lines and stamps them with the time of the
// read (as Docker stamps what it reads from a container's pipes). Passes are serialized
// and coalesce: a poke during a pass schedules exactly one more.
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import type { LogRecord, LogStreamName, TaskLog } from '../tasklog'

// Lines longer than this are split into several records (Docker splits at 16 KiB too),
// which bounds the memory a partial line can hold.
export const MAX_LINE = 16 * 1024
const READ_CHUNK = 256 * 1024
// Per stream per pass, so one chatty task cannot starve the others of the thread pool.
const PASS_LIMIT = 4 * 1024 * 1024

interface RawStream {
  name: LogStreamName
  file: string
  fh: fsp.FileHandle | null
  offset: number // next byte to read
  partial: Buffer // bytes after the last newline, not yet a record
}

export class OutputCollector {
  private readonly streams: RawStream[]
  private running: Promise<void> | null = null
  private again = false
  private opened = false
  private closed = false
  private committed: Record<string, number> = {}

  constructor(
    runDir: string,
    private readonly log: TaskLog,
    private readonly onError: (err: unknown) => void,
  ) {
    this.streams = (['stdout', 'stderr'] as const).map((name) => ({
      name,
      file: path.join(runDir, name),
      fh: null,
      offset: 0,
      partial: Buffer.alloc(0),
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
      this.committed[s.name] = s.offset
    }
    this.opened = true
  }

  // Something may have been written: read it soon.
  poke(): void {
    if (!this.opened || this.closed) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.loop().finally(() => (this.running = null))
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
    do {
      this.again = false
      try {
        if (await this.pass(false)) this.again = true
      } catch (err) {
        this.onError(err)
        return
      }
    } while (this.again && !this.closed)
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

  // Agent shutdown: stop reading; a later agent resumes from the checkpoint.
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
