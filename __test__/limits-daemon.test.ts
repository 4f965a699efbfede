// The admission bounds of the swarm listener (src/rpc/limits.ts) over a real daemon: at
// most 32 joins handled at once, at most 4 sessions open per node. Past a bound a call is
// refused with RESOURCE_EXHAUSTED naming it, nothing is created, and what was admitted
// goes on; once released, the next call is admitted.
//
// Joins are held in flight by the swarm's external CA: a signer on loopback that answers
// no request until the test says so (every join waits for its signature before it commits
// a node), so 32 joins are in progress at once for as long as the test needs, whatever
// the machine's load.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as grpc from '@grpc/grpc-js'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'
import { createCSR, generateNodeKey } from '../src/manager/ca'
import { Dispatcher, grpcDetails, NodeCA, unary } from '../src/rpc/services'
import { channelOptions, clientCredentials, unverifiedCredentials } from '../src/rpc/tls'
import { joinSwarm } from '../src/rpc/join'
import { MAX_CONCURRENT_JOINS, MAX_SESSIONS_PER_NODE } from '../src/rpc/limits'
import { CA_ROLE, MANAGER_ROLE } from '../src/manager/ca/identity'
import { v1 } from '../src/manager/store'

// A signer that holds every request until released, then refuses it (503).
class HoldingSigner {
  readonly held: http.ServerResponse[] = []
  arrived = 0
  private readonly server = http.createServer((req, res) => {
    req.resume()
    this.arrived++
    this.held.push(res)
  })
  url = ''

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v1/cfssl/sign`
  }

  releaseAll(): void {
    for (const res of this.held.splice(0)) res.writeHead(503).end('{"success":false,"errors":[{"message":"held by the test"}]}')
  }

  async close(): Promise<void> {
    this.releaseAll()
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }
}

const code = (err: unknown) => (err as grpc.ServiceError).code

describe('admission bounds over a real daemon', () => {
  const m = new TestDaemon('shoal-bounds-m', ['--hostname', 'm1'])
  const signer = new HoldingSigner()
  let addr = ''
  let token = ''
  let rootPem = ''

  before(async () => {
    await Promise.all([m.start(), signer.start()])
    addr = `127.0.0.1:${await freePort()}`
    const r = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
    token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const client = new grpc.Client(addr, unverifiedCredentials(), channelOptions(CA_ROLE))
    rootPem = (await unary(client, NodeCA.GetRootCACertificate, new v1.GetRootCACertificateRequest(), 10_000)).certificatePem
    client.close()
  })
  after(async () => {
    await signer.close()
    await m.destroy()
  })

  test(`a node opening sessions in a burst: at most ${MAX_SESSIONS_PER_NODE} admitted at once, the rest refused naming the bound; the node keeps one`, async () => {
    // A node of the swarm (joined from here: its certificate is ours to use).
    const node = await joinSwarm({ token, managers: [addr], hostname: 'burst' })
    const creds = clientCredentials(node.rootPem, { certPem: node.certPem, keyPem: node.keyPem })
    const client = new grpc.Client(addr, creds, channelOptions(MANAGER_ROLE))
    await new Promise<void>((resolve, reject) => client.waitForReady(Date.now() + 10_000, (err) => (err ? reject(err) : resolve())))
    const BURST = 40
    const streams: grpc.ClientReadableStream<v1.SessionMessage>[] = []
    // Each ends with the first message (a session), or an error.
    const outcomes = await Promise.all(
      Array.from({ length: BURST }, () => {
        const s = client.makeServerStreamRequest(
          Dispatcher.Session.path,
          Dispatcher.Session.requestSerialize,
          Dispatcher.Session.responseDeserialize,
          new v1.SessionRequest({ description: new v1.NodeDescription({ hostname: 'burst' }), addr: '127.0.0.1' }),
        )
        streams.push(s)
        return new Promise<{ session?: string; err?: unknown }>((resolve) => {
          s.once('data', (msg: v1.SessionMessage) => resolve({ session: msg.sessionId }))
          s.once('error', (err) => resolve({ err }))
          s.once('end', () => resolve({ err: new Error('ended without a message') }))
        })
      }),
    )
    const refused = outcomes.filter((o) => o.err && code(o.err) === grpc.status.RESOURCE_EXHAUSTED)
    // 40 streams opened together on one connection, each holding its admission until its
    // registration commits through Raft: more than 4 are in at once.
    assert.ok(refused.length >= 1, `none of ${BURST} refused: ${JSON.stringify(outcomes.map((o) => (o.err ? grpcDetails(o.err) : 'session')))}`)
    for (const o of refused) assert.match(grpcDetails(o.err), new RegExp(`too many sessions open for node ${node.nodeId}: at most ${MAX_SESSIONS_PER_NODE}$`))
    for (const o of outcomes) {
      // Anything else is a session or its replacement by a newer one of the same node.
      if (o.err && code(o.err) !== grpc.status.RESOURCE_EXHAUSTED) assert.match(grpcDetails(o.err), /replaced by a newer session|superseded by a newer session/)
    }
    for (const s of streams) s.cancel()
    // Released: a session opened now is admitted, and the node is ready through it.
    const again = client.makeServerStreamRequest(
      Dispatcher.Session.path,
      Dispatcher.Session.requestSerialize,
      Dispatcher.Session.responseDeserialize,
      new v1.SessionRequest({ description: new v1.NodeDescription({ hostname: 'burst' }), addr: '127.0.0.1' }),
    )
    const first = await new Promise<v1.SessionMessage>((resolve, reject) => {
      again.once('data', resolve)
      again.once('error', reject)
    })
    assert.ok(first.sessionId)
    await waitFor('the node ready', async () => (await m.api('GET', `/nodes/${node.nodeId}`)).body?.Status?.State === 'ready', 10_000)
    again.cancel()
    client.close()
  })

  test(`${MAX_CONCURRENT_JOINS} joins in progress: the next is refused naming the bound and creates nothing; released, joins are admitted again`, async () => {
    const swarm = (await m.api('GET', '/swarm')).body
    const u = await m.api('POST', `/swarm/update?version=${swarm.Version.Index}`, { ...swarm.Spec, CAConfig: { ...swarm.Spec.CAConfig, ExternalCAs: [{ Protocol: 'cfssl', URL: signer.url }] } })
    assert.equal(u.status, 200, u.text)
    const nodesBefore = (await m.api('GET', '/nodes')).body.length
    // One CSR serves every join: the manager signs each under a new node id.
    const csrPem = await createCSR(await generateNodeKey())
    const client = new grpc.Client(addr, clientCredentials(rootPem), channelOptions(CA_ROLE))
    const join = () => unary(client, NodeCA.IssueNodeCertificate, new v1.IssueNodeCertificateRequest({ csrPem, token, hostname: 'held' }), 60_000)
    const held = Array.from({ length: MAX_CONCURRENT_JOINS }, () => join().then(() => null, (err: unknown) => err))
    await waitFor(`${MAX_CONCURRENT_JOINS} joins at the signer`, () => signer.held.length === MAX_CONCURRENT_JOINS, 30_000, 20)

    const refused = await join().then(() => null, (err: unknown) => err)
    assert.ok(refused, 'the join past the bound was admitted')
    assert.equal(code(refused), grpc.status.RESOURCE_EXHAUSTED, grpcDetails(refused))
    assert.equal(grpcDetails(refused), `too many joins in progress: at most ${MAX_CONCURRENT_JOINS} are handled at a time; retry shortly`)
    assert.equal(signer.arrived, MAX_CONCURRENT_JOINS, 'the refused join never reached the signer')

    // The signer refuses the held ones: each join fails with its words, nothing created.
    signer.releaseAll()
    for (const err of await Promise.all(held)) {
      assert.ok(err, 'a held join succeeded')
      assert.match(grpcDetails(err), /no external CA signed the certificate: .*503/)
    }
    assert.equal((await m.api('GET', '/nodes')).body.length, nodesBefore)
    // Released: the next join is admitted (it reaches the signer).
    const next = join().then(() => null, (err: unknown) => err)
    await waitFor('the next join at the signer', () => signer.held.length === 1, 10_000, 20)
    signer.releaseAll()
    assert.match(grpcDetails(await next), /no external CA signed the certificate/)
    client.close()
  })
})
