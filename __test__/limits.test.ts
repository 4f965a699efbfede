// Limits (issue 15): a request body past the API's bound, a gRPC request message past its
// method's bound, more joins at once or more session streams of one node than a manager
// takes: each refused cleanly, naming the limit, and the daemon goes on serving.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import * as grpc from '@grpc/grpc-js'
import { TestDaemon, freePort } from './helpers/daemon'
import { MAX_REQUEST_BYTES, NodeCA, OversizedRequest, Raft, unary, type Method } from '../src/rpc/services'
import { channelOptions, clientCredentials } from '../src/rpc/tls'
import { Admission, MAX_CONCURRENT_JOINS, MAX_SESSIONS_PER_NODE } from '../src/rpc/limits'
import { v1 } from '../src/manager/store'
import { BOUNDS } from '../src/manager/bounds'

// One call without a client certificate (as a joining node makes): 'ok' or "<CODE>: <details>".
async function callAnonymous<Req, Res>(addr: string, rootPem: string, m: Method<Req, Res>, req: Req): Promise<string> {
  const client = new grpc.Client(addr, clientCredentials(rootPem), { ...channelOptions('swarm-manager'), 'grpc.max_send_message_length': 64 << 20 })
  try {
    await unary(client, m, req, 10_000)
    return 'ok'
  } catch (err) {
    return `${grpc.status[(err as grpc.ServiceError).code]}: ${(err as grpc.ServiceError).details}`
  } finally {
    client.close()
  }
}

// A POST whose body is streamed in chunks without a Content-Length (chunked encoding).
function postChunked(socketPath: string, urlPath: string, chunks: number, chunk: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, method: 'POST', path: urlPath, headers: { 'Content-Type': 'application/json' } }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (c) => parts.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }))
    })
    req.on('error', reject)
    let sent = 0
    const more = () => {
      while (sent < chunks) {
        sent++
        if (!req.write(chunk)) return void req.once('drain', more)
      }
      req.end()
    }
    more()
  })
}

describe('limits', () => {
  const d = new TestDaemon('shoal-limits', ['--hostname', 'limits'])
  let addr = ''
  let rootPem = ''

  before(async () => {
    await d.start()
    addr = `127.0.0.1:${await freePort()}`
    const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
    rootPem = fs.readFileSync(path.join(d.dir, 'data', 'certificates', 'swarm-root-ca.crt'), 'utf8')
  })
  after(() => d.destroy())

  test('a request body past 16 MiB is refused naming the limit, announced or streamed; the daemon keeps serving', async () => {
    const big = { Name: 'big', Labels: { pad: 'x'.repeat(BOUNDS.requestBody.max) } }
    const r = await d.api('POST', '/services/create', big)
    assert.equal(r.status, 400, r.text)
    assert.match(r.body.message, /^request body too large: \d+ bytes, at most 16777216 bytes \(read into memory whole before it is parsed\)$/)
    const streamed = await postChunked(d.socket, '/services/create', 20, Buffer.alloc(1 << 20, 0x20))
    assert.equal(streamed.status, 400, streamed.text)
    assert.match(streamed.text, /request body too large: \d+ bytes, at most 16777216 bytes/)
    assert.equal((await d.api('GET', '/services')).body.length, 0, 'nothing created')
    assert.equal((await d.api('GET', '/_ping')).status, 200)
  })

  test("a gRPC request message past its method's limit is refused naming it; the listener keeps serving", async () => {
    const max = MAX_REQUEST_BYTES['NodeCA.IssueNodeCertificate']
    const csrPem = 'x'.repeat(max)
    const refused = await callAnonymous(addr, rootPem, NodeCA.IssueNodeCertificate, new v1.IssueNodeCertificateRequest({ csrPem, token: 'SWMTKN-1-x' }))
    assert.match(refused, new RegExp(`^RESOURCE_EXHAUSTED: NodeCA.IssueNodeCertificate: request message of \\d+ bytes, at most ${max} bytes$`))
    // A manager-only method's limit is checked before its caller is: even without a
    // certificate the answer is about the size.
    const proxy = await callAnonymous(addr, rootPem, Raft.ControlProxy, new v1.ControlProxyRequest({ method: 'POST', path: '/x', body: Buffer.alloc(18 << 20) }))
    assert.match(proxy, /^RESOURCE_EXHAUSTED: Raft.ControlProxy: request message of \d+ bytes, at most 17825792 bytes$/)
    // Within the limit, the method answers as ever.
    assert.match(await callAnonymous(addr, rootPem, NodeCA.IssueNodeCertificate, new v1.IssueNodeCertificateRequest({ csrPem: 'x', token: 'SWMTKN-1-x' })), /^INVALID_ARGUMENT|^PERMISSION_DENIED|^UNAUTHENTICATED/)
    assert.equal(await callAnonymous(addr, rootPem, NodeCA.GetRootCACertificate, new v1.GetRootCACertificateRequest()), 'ok')
  })

  test('every method has a request limit, at most the listener\'s', () => {
    for (const m of [...Object.values(NodeCA), ...Object.values(Raft)]) {
      const over = m.requestDeserialize(Buffer.alloc(MAX_REQUEST_BYTES[m.path.replace('/shoal.v1.', '').replace('/', '.')] + 1))
      assert.ok(over instanceof OversizedRequest, m.path)
    }
  })

  test('admission: joins at once and sessions per node are bounded, released once', () => {
    assert.ok(MAX_CONCURRENT_JOINS >= 8 && MAX_SESSIONS_PER_NODE >= 2)
    const a = new Admission(2)
    const r1 = a.enter('n1')
    const r2 = a.enter('n1')
    assert.ok(r1 && r2)
    assert.equal(a.enter('n1'), null, 'a third is refused')
    assert.ok(a.enter('n2'), 'another key has its own count')
    r1()
    r1() // idempotent
    assert.equal(a.count('n1'), 1)
    assert.ok(a.enter('n1'))
    assert.equal(a.enter('n1'), null)
  })
})
