// How the API reads a request before any handler runs: its URL (parseUrl), its path
// parameters' escapes (checkEscapes), its body within the bound (readRaw) as JSON
// (parseBody), and the answer to what Node's HTTP parser refuses (answerClientError).
import type * as http from 'node:http'
import { URL } from 'node:url'
import { invalid } from '../manager/errors'
import { BOUNDS, describeBound } from '../manager/bounds'

// A path parameter the handlers decode (decodeURIComponent): a bare or malformed "%"
// escape is the client's mistake, answered with a 400, not a URIError (a 500).
export function checkEscapes(value: string, name: string): string {
  if (value.includes('%')) {
    try {
      decodeURIComponent(value)
    } catch {
      throw invalid(`invalid ${name} in the path: "${value.slice(0, 100)}" has a malformed %-escape`)
    }
  }
  return value
}

// What Node's HTTP parser refuses before any handler runs (headers or a request line past
// its 16 KiB limit, bytes that are not HTTP): its default answer is an empty 400/431 and a
// closed socket; docker's clients expect a JSON body with a message, as for every error.
export function answerClientError(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW'
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'
  const message = tooLarge ? 'request line and headers too large: at most 16 KiB' : `malformed HTTP request (${err.code ?? err.message})`
  const body = JSON.stringify({ message }) + '\n'
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
}

// A request path made only of characters WHATWG URL parsing leaves as they are, without
// dot segments, backslashes or a fragment: its pathname is the text itself, and its query
// (if any) reads the same through URLSearchParams. Anything else goes through URL.
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_\-.~/]*$/
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/
const PLAIN_QUERY = /^[A-Za-z0-9_\-.~=&%+]*$/

// What handle needs of `new URL(url, 'http://shoal')`, without building one for the
// ordinary request (the write path's every request pays for it otherwise).
export function parseUrl(raw: string): { pathname: string; searchParams: URLSearchParams } {
  const q = raw.indexOf('?')
  const pathname = q < 0 ? raw : raw.slice(0, q)
  const query = q < 0 ? '' : raw.slice(q + 1)
  if (PLAIN_PATH.test(pathname) && !DOT_SEGMENT.test(pathname) && PLAIN_QUERY.test(query)) {
    return { pathname, searchParams: new URLSearchParams(query) }
  }
  return new URL(raw, 'http://shoal')
}

const BODY_LIMIT = BOUNDS.requestBody.max

// The body, read with 'data'/'end' listeners (an async iterator costs a stream wrapper and
// a promise per chunk). Past the limit (or announced past it by Content-Length) the request
// is refused at once, naming the limit; the rest of the body is read and dropped (not
// kept), so that the client, still sending, gets the answer rather than a reset connection
// (destroying the request, as before, left it only ECONNRESET).
export function readRaw(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const tooLarge = (bytes: number) => {
      done()
      req.on('data', () => undefined) // drained, not kept
      reject(invalid(`request body too large: ${bytes} bytes, at most ${describeBound(BOUNDS.requestBody)} (${BOUNDS.requestBody.why})`))
    }
    const onData = (c: Buffer) => {
      size += c.length
      if (size > BODY_LIMIT) {
        tooLarge(size)
        return
      }
      chunks.push(c)
    }
    const onEnd = () => {
      done()
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))
    }
    const onError = (err: Error) => {
      done()
      reject(err)
    }
    const done = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    const announced = Number(req.headers['content-length'] ?? 0)
    if (announced > BODY_LIMIT) tooLarge(announced)
  })
}

// A request body as JSON (undefined when empty).
export function parseBody(raw: Buffer): any {
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw invalid('request body is not valid JSON')
  }
}
