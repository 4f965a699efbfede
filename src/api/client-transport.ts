// How a request to the daemon travels: node:http over its unix socket on one keep-alive
// agent, the answer read and decoded (JSON, plain text, or docker's stream of JSON
// messages), and failures mapped to one-line messages (ApiError, ConnectionError).

import fs from 'node:fs'
import http from 'node:http'

import type { DaemonAddress } from './client-host'

// The daemon answered with an HTTP error; message is its {"message": ...} verbatim.
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message)
  }
}

// The daemon could not be reached or dropped the connection.
export class ConnectionError extends Error {
  override name = 'ConnectionError'
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  // A file sent as the body as it is (an image archive), instead of JSON.
  upload?: string
  headers?: http.OutgoingHttpHeaders
  // The answer is docker's stream of JSON messages (one object after another, as
  // POST /images/load writes it): returned as their list.
  messages?: boolean
}

// The transport ShoalClient's resource methods are written over.
export class DaemonTransport {
  // One keep-alive agent: the progress display polls several endpoints every ~150 ms, and
  // reusing the socket keeps that cheap. close() must be called so the process can exit.
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 4 })

  constructor(readonly address: DaemonAddress) {}

  close(): void {
    this.agent.destroy()
  }

  protected async call<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const res = await this.send(method, path, options)
    const body = await this.readBody(res)
    const status = res.statusCode ?? 0
    if (status >= 400) throw this.apiError(status, body)
    if (body.length === 0) return undefined as T
    const text = body.toString('utf8')
    if (options.messages) return jsonMessages(text, `${method} ${path}`) as T
    const type = String(res.headers['content-type'] ?? '')
    // /_ping answers text/plain "OK"; everything else is JSON.
    // (POST /swarm/init may answer the node id as plain text too.)
    if (!type.includes('json') && !/^\s*[[{"]/.test(text)) return text.trim() as T
    try {
      return JSON.parse(text) as T
    } catch {
      throw new ApiError(status, `invalid response from daemon for ${method} ${path}: not JSON`)
    }
  }

  protected send(method: string, path: string, options: RequestOptions): Promise<http.IncomingMessage> {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) query.set(key, String(value))
    }
    const encoded = query.toString()
    const qs = encoded ? `?${encoded}` : ''
    const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body))
    const headers: http.OutgoingHttpHeaders = { Accept: 'application/json', ...(options.headers ?? {}) }
    if (payload) {
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = payload.length
    }
    if (options.upload) {
      headers['Content-Type'] = 'application/x-tar'
      headers['Content-Length'] = fs.statSync(options.upload).size
    }
    return new Promise((resolve, reject) => {
      const req = http.request(
        { socketPath: this.address.socketPath, agent: this.agent, method, path: path + qs, headers },
        resolve,
      )
      req.on('error', (err) => reject(this.connectionError(err)))
      if (options.upload) {
        const file = fs.createReadStream(options.upload)
        file.on('error', (err) => req.destroy(err))
        file.pipe(req)
      } else {
        req.end(payload)
      }
    })
  }

  protected readBody(res: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve(Buffer.concat(chunks)))
      // Node reports a connection cut mid-body as an 'error' (ECONNRESET) on the response.
      res.on('error', (err) => reject(this.connectionError(err)))
    })
  }

  protected apiError(status: number, body: Buffer): ApiError {
    const text = body.toString('utf8').trim()
    let message = ''
    try {
      const parsed = JSON.parse(text) as { message?: unknown }
      if (parsed && typeof parsed.message === 'string') message = parsed.message
    } catch {
      message = text
    }
    if (!message) message = `daemon returned ${status} ${http.STATUS_CODES[status] ?? ''}`.trim()
    return new ApiError(status, message)
  }

  // Maps socket-level failures to the one-line messages users see.
  connectionError(err: Error & { code?: string }): ConnectionError {
    const url = this.address.url
    switch (err.code) {
      case 'ENOENT': // no socket file
      case 'ECONNREFUSED': // a stale socket file, nobody listening
      case 'ENOTDIR':
        return new ConnectionError(`cannot connect to the shoal daemon at ${url}: is it running?`, err.code)
      case 'EACCES':
      case 'EPERM':
        return new ConnectionError(`permission denied while trying to connect to the shoal daemon at ${url}`, err.code)
      case 'ECONNRESET':
      case 'EPIPE':
        return new ConnectionError(`the shoal daemon at ${url} closed the connection unexpectedly`, err.code)
      default:
        return new ConnectionError(`cannot connect to the shoal daemon at ${url}: ${err.message}`, err.code)
    }
  }
}

// A stream of JSON values, one after another (docker's JSON messages; newline-separated
// here, as dockerd writes them).
function jsonMessages(text: string, what: string): unknown[] {
  try {
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l))
  } catch {
    throw new ApiError(200, `invalid response from daemon for ${what}: not JSON messages`)
  }
}
