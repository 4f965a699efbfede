// Docker's log stream framing (non-TTY): each frame is an 8-byte header, [stream, 0, 0,
// 0, big-endian uint32 size], then the payload. stream 1 is stdout, 2 is stderr.
import type { Writable } from 'node:stream'
import type { TaskLogEntry } from '../agent/types'

export interface FrameOptions {
  timestamps: boolean
  details: boolean
  stdout: boolean
  stderr: boolean
  detailsOf: (taskId: string) => string
  signal: AbortSignal
}

export function frame(stream: 'stdout' | 'stderr', payload: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header[0] = stream === 'stdout' ? 1 : 2
  header.writeUInt32BE(payload.length, 4)
  return Buffer.concat([header, payload])
}

export async function writeLogFrames(out: Writable, lines: AsyncIterable<TaskLogEntry>, o: FrameOptions): Promise<void> {
  for await (const l of lines) {
    if (o.signal.aborted) break
    if ((l.stream === 'stdout' && !o.stdout) || (l.stream === 'stderr' && !o.stderr)) continue
    let text = l.line.toString('utf8')
    if (!text.endsWith('\n')) text += '\n'
    const prefix = (o.timestamps ? new Date(l.time).toISOString() + ' ' : '') + (o.details ? o.detailsOf(l.taskId) + ' ' : '')
    if (!out.write(frame(l.stream, Buffer.from(prefix + text)))) {
      await new Promise<void>((resolve) => {
        out.once('drain', resolve)
        o.signal.addEventListener('abort', () => resolve(), { once: true })
      })
    }
  }
}
