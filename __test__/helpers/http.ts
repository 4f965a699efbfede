// One HTTP request to a daemon's API (or to any HTTP server: the Raft bench drives etcd's
// gateway with it), for the benches and fuzzers that must judge every answer: it never
// rejects. A refused connection, a reset or a timeout is status 0 with the error as text;
// a request Node's client refuses itself (a path with unescaped characters) is status -1,
// since the daemon never saw it. The body is parsed as JSON when it is JSON.
import * as http from 'node:http'

export interface Answer {
  status: number // 0: no answer (the connection was refused, closed or reset, or timed out)
  text: string
  body: any
}

export interface HttpTarget {
  socketPath?: string
  host?: string
  port?: number
}

export interface AnswerOptions {
  agent?: http.Agent // keep-alive
  timeoutMs?: number // 10 s unless given
  // The answer taken at its headers and the connection closed (an event stream stays open
  // by design).
  headersOnly?: boolean
}

export function answerOf(target: HttpTarget, method: string, urlPath: string, body?: Buffer, opts: AnswerOptions = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders = body ? { 'Content-Type': 'application/json', 'Content-Length': body.length } : {}
    let req: http.ClientRequest
    try {
      req = http.request({ ...target, method, path: urlPath, agent: opts.agent, headers, timeout: opts.timeoutMs ?? 10_000 }, (res) => {
        if (opts.headersOnly) {
          resolve({ status: res.statusCode ?? 0, text: '', body: undefined })
          res.destroy()
          return
        }
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('error', (err) => resolve({ status: 0, text: String(err), body: undefined }))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown
          try {
            parsed = JSON.parse(text)
          } catch {}
          resolve({ status: res.statusCode ?? 0, text, body: parsed })
        })
      })
    } catch (err) {
      // Node's client refuses some paths itself (unescaped characters): not the daemon's.
      resolve({ status: -1, text: String(err), body: undefined })
      return
    }
    req.on('timeout', () => req.destroy(new Error(`${method} ${urlPath} timed out`)))
    req.on('error', (err) => resolve({ status: 0, text: String(err), body: undefined }))
    req.end(body)
  })
}
