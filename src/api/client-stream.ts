// The multiplexed stream (Docker's stdcopy framing): an 8-byte header
// [stream, 0, 0, 0, size uint32 big-endian] then `size` bytes of payload.

export const STDIN = 0
export const STDOUT = 1
export const STDERR = 2
export const SYSTEMERR = 3 // the daemon reporting an error mid-stream; payload is the message

export interface StreamFrame {
  stream: number
  payload: Buffer
}

const FRAME_HEADER_BYTES = 8

// Reassembles frames from arbitrarily split chunks: a header or payload may straddle any
// number of socket reads, and one read may hold several frames.
export class StreamDemuxer {
  private chunks: Buffer[] = []
  private buffered = 0

  push(chunk: Buffer): StreamFrame[] {
    if (chunk.length > 0) {
      this.chunks.push(chunk)
      this.buffered += chunk.length
    }
    const frames: StreamFrame[] = []
    while (this.buffered >= FRAME_HEADER_BYTES) {
      const head = this.peek(FRAME_HEADER_BYTES)
      const stream = head[0]
      if (stream > SYSTEMERR) {
        throw new Error(`invalid log stream from daemon: unrecognized stream id ${stream}`)
      }
      const size = head.readUInt32BE(4)
      if (this.buffered < FRAME_HEADER_BYTES + size) break
      this.take(FRAME_HEADER_BYTES)
      frames.push({ stream, payload: this.take(size) })
    }
    return frames
  }

  // True when the stream ended inside a frame: the daemon died or cut us off mid-message.
  get hasPartialFrame(): boolean {
    return this.buffered > 0
  }

  private peek(n: number): Buffer {
    if (this.chunks[0].length < n) this.chunks = [Buffer.concat(this.chunks)]
    return this.chunks[0].subarray(0, n)
  }

  private take(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0)
    if (this.chunks[0].length < n) this.chunks = [Buffer.concat(this.chunks)]
    const head = this.chunks[0]
    const out = head.subarray(0, n)
    if (head.length === n) this.chunks.shift()
    else this.chunks[0] = head.subarray(n)
    this.buffered -= n
    return out
  }
}
