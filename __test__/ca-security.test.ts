// The cluster's certificates in use: automatic renewal under a short lifetime (the
// renewal schedule sped up in the daemons under test, certificates with real
// lifetimes), role checks per RPC, expired and removed nodes' certificates, and the
// certificate reissued on demotion. Real daemons on loopback, joined over mutual TLS.
// (Wrong token and a CA that does not match the token: cluster-join.test.ts.)
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as tls from 'node:tls'
import * as grpc from '@grpc/grpc-js'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'
import { createCSR, generateNodeKey, issueNodeCertificate, load, parseNodeCertificate, WORKER_ROLE } from '../src/manager/ca'
import { Dispatcher, NodeCA, Raft, unary, type Method } from '../src/rpc/services'
import { channelOptions, clientCredentials, type TlsIdentity } from '../src/rpc/tls'
import { v1 } from '../src/manager/store'

// 30-minute certificates renew at 15..24 minutes; 600 times faster is every 1.5..2.4 s.
const FAST_RENEWAL = { SHOAL_CERT_RENEWAL_TIMESCALE: '600' }

const certDir = (d: TestDaemon) => path.join(d.dir, 'data', 'certificates')
const readCert = (d: TestDaemon) => fs.readFileSync(path.join(certDir(d), 'swarm-node.crt'), 'utf8')
const identityOf = (d: TestDaemon): TlsIdentity => ({ certPem: readCert(d), keyPem: fs.readFileSync(path.join(certDir(d), 'swarm-node.key'), 'utf8') })

async function nodeIdOf(d: TestDaemon): Promise<string> {
  return (await d.api('GET', '/info')).body.Swarm.NodeID
}

// One call to a manager's swarm port with the given certificate: 'ok' or "<CODE>: <details>".
async function callAs<Req, Res>(addr: string, rootPem: string, identity: TlsIdentity | undefined, m: Method<Req, Res>, req: Req): Promise<string> {
  const client = new grpc.Client(addr, clientCredentials(rootPem, identity), channelOptions('swarm-manager'))
  try {
    await unary(client, m, req, 5000)
    return 'ok'
  } catch (err) {
    return `${grpc.status[(err as grpc.ServiceError).code]}: ${(err as grpc.ServiceError).details}`
  } finally {
    client.close()
  }
}

// The serial of the certificate a TLS server presents now.
function servedSerial(addr: string): Promise<string> {
  const [host, port] = addr.split(':')
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host, port: Number(port), rejectUnauthorized: false, ALPNProtocols: ['h2'] }, () => {
      const serial = s.getPeerCertificate().serialNumber
      s.destroy()
      resolve(serial)
    })
    s.on('error', reject)
  })
}

describe('certificates in use: renewal, role checks, expiry, removal, demotion', () => {
  const m = new TestDaemon('shoal-sec-m', ['--hostname', 'm1'], { env: FAST_RENEWAL })
  const w1 = new TestDaemon('shoal-sec-w1', ['--hostname', 'w1'], { env: FAST_RENEWAL })
  const w2 = new TestDaemon('shoal-sec-w2', ['--hostname', 'w2'])
  const m2 = new TestDaemon('shoal-sec-m2', ['--hostname', 'm2'])
  let addr = ''
  let rootPem = ''
  let clusterId = ''
  const ids: Record<string, string> = {}

  before(async () => {
    await Promise.all([m, w1, w2, m2].map((d) => d.start()))
    addr = `127.0.0.1:${await freePort()}`
    const r = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr, '--cert-expiry', '30m')
    assert.equal(r.code, 0, r.stderr)
    rootPem = fs.readFileSync(path.join(certDir(m), 'swarm-root-ca.crt'), 'utf8')
    clusterId = (await m.api('GET', '/swarm')).body.ID
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    for (const [name, d] of [['w1', w1], ['w2', w2]] as const) {
      const j = await d.cli('swarm', 'join', '--token', token, addr)
      assert.equal(j.code, 0, j.stderr)
      ids[name] = await nodeIdOf(d)
    }
    ids.m = await nodeIdOf(m)
  })
  after(async () => {
    await Promise.all([w1, w2, m2].map((d) => d.destroy()))
    await m.destroy()
  })

  test('a certificate lifetime below 30 minutes is refused, at init and update, and changes nothing', async () => {
    assert.equal((await m.api('GET', '/swarm')).body.Spec.CAConfig.NodeCertExpiry, 30 * 60e9)
    const u = await m.cli('swarm', 'update', '--cert-expiry', '29m59s')
    assert.equal(u.code, 1)
    assert.equal(u.stderr, 'Error: invalid node certificate expiry: must be at least 30m\n')
    assert.equal((await m.api('GET', '/swarm')).body.Spec.CAConfig.NodeCertExpiry, 30 * 60e9)
    const i = await m2.cli('swarm', 'init', '--listen-addr', `127.0.0.1:${await freePort()}`, '--cert-expiry', '10m')
    assert.equal(i.code, 1)
    assert.equal(i.stderr, 'Error: invalid node certificate expiry: must be at least 30m\n')
    assert.match((await m2.cli('info')).stdout, /Swarm: inactive/)
  })

  test('each token gives its own role: worker certificates say swarm-worker', () => {
    const id = parseNodeCertificate(readCert(w2))
    assert.deepEqual([id.nodeId, id.role, id.clusterId], [ids.w2, WORKER_ROLE, clusterId])
    assert.equal(Math.round((id.notAfter.getTime() - id.notBefore.getTime()) / 60_000), 31) // 30m + 1m backdate
  })

  test('certificates renew themselves and go into use without a restart', async () => {
    // Two renewals each, seen on disk (a new key and certificate every time).
    for (const d of [m, w1]) {
      const seen = new Set([parseNodeCertificate(readCert(d)).serial])
      await waitFor(`two renewals on ${d.name}`, () => {
        seen.add(parseNodeCertificate(readCert(d)).serial)
        return seen.size >= 3
      }, 30_000, 50)
      const id = parseNodeCertificate(readCert(d))
      assert.deepEqual([id.nodeId, id.role], [d === m ? ids.m : ids.w1, d === m ? 'swarm-manager' : WORKER_ROLE])
    }
    // The manager's listener serves a renewed certificate (not the one from init).
    const current = new Set<string>()
    await waitFor('the listener serving the current certificate', async () => {
      current.add(parseNodeCertificate(readCert(m)).serial)
      return current.has(await servedSerial(addr))
    }, 10_000)
    // The worker reconnected with each new certificate and is still in good standing:
    // ready, and its heartbeats (checked per call, with the certificate of the session's
    // connection) accepted.
    assert.match(w1.log, /session with manager .* established/)
    assert.doesNotMatch(w1.log, /certificate renewal: |heartbeat to .* failed/)
    assert.equal((await m.api('GET', `/nodes/${ids.w1}`)).body.Status.State, 'ready')
  })

  test('a renewal that reaches no manager retries with backoff, and succeeds once one is back', async () => {
    await m.kill9()
    const before = parseNodeCertificate(readCert(w1)).serial // nothing can renew it from here on
    await waitFor('w1 retrying its renewal', () => /certificate renewal: no manager renewed the certificate: .*; retrying in \d+ s/.test(w1.log), 20_000)
    await m.start()
    await waitFor('w1 renewed once the manager is back', () => parseNodeCertificate(readCert(w1)).serial !== before, 40_000)
    await waitFor('w1 ready again', async () => (await m.api('GET', `/nodes/${ids.w1}`)).body?.Status?.State === 'ready', 30_000)
  })

  test('an expired certificate is refused, also for renewal', async () => {
    const root = await load(rootPem, fs.readFileSync(path.join(certDir(m), 'swarm-root-ca.key'), 'utf8'))
    const key = await generateNodeKey()
    const expired = {
      certPem: await issueNodeCertificate(root, await createCSR(key), { nodeId: ids.w2, role: WORKER_ROLE, clusterId, expiryMs: 30 * 60_000, now: Date.now() - 2 * 3600_000 }),
      keyPem: key.keyPem,
    }
    assert.match(await callAs(addr, rootPem, expired, Dispatcher.Heartbeat, new v1.HeartbeatRequest({ sessionId: 'x' })), /^UNAUTHENTICATED: .*requires a node certificate/)
    assert.match(await callAs(addr, rootPem, expired, NodeCA.RenewNodeCertificate, new v1.RenewNodeCertificateRequest({ csrPem: await createCSR(key) })), /^UNAUTHENTICATED/)
    // The same node's valid certificate passes the certificate checks (and meets the session check).
    assert.match(await callAs(addr, rootPem, identityOf(w2), Dispatcher.Heartbeat, new v1.HeartbeatRequest({ sessionId: 'x' })), /^NOT_FOUND: session is not valid/)
  })

  test('a worker certificate cannot call the manager-only services', async () => {
    const worker = identityOf(w2)
    for (const [m_, req] of [
      [Raft.ControlProxy, new v1.ControlProxyRequest({ method: 'POST', path: '/services/create', body: Buffer.from('{}') })],
      [Raft.ProcessRaftMessage, Buffer.from(v1.ProcessRaftMessageRequest.encode({}).finish())], // the listener takes it undecoded
      [Raft.Join, new v1.RaftJoinRequest({ raftId: 99, addr: '127.0.0.1:1' })],
      [Raft.GetSecretsKey, new v1.GetSecretsKeyRequest()],
    ] as const) {
      assert.match(await callAs(addr, rootPem, worker, m_ as Method<unknown, unknown>, req), /^PERMISSION_DENIED: .* is not allowed for a node with role swarm-worker$/)
    }
    assert.equal((await m.api('GET', '/services')).body.length, 0) // nothing was created through the proxy
  })

  test('Raft requests that do not decode are refused with what is wrong, and step nothing', async () => {
    const manager = identityOf(m)
    const notARequest = Buffer.from([0xff, 0xff, 0xff])
    assert.match(await callAs(addr, rootPem, manager, Raft.ProcessRaftMessage as Method<unknown, unknown>, notARequest), /^INVALID_ARGUMENT: undecodable ProcessRaftMessageRequest/)
    const notAMessage = Buffer.from(v1.ProcessRaftMessageRequest.encode({ messages: [Buffer.from([0xff, 0xff, 0xff])], from: 99, fromAddr: '127.0.0.1:1' }).finish())
    assert.match(await callAs(addr, rootPem, manager, Raft.ProcessRaftMessage as Method<unknown, unknown>, notAMessage), /^INVALID_ARGUMENT: undecodable raft message/)
    // The manager carries on: it still commits writes.
    const r = await m.api('POST', '/secrets/create', { Name: 'after-garbage', Data: Buffer.from('x').toString('base64') })
    assert.equal(r.status, 201, r.text)
  })

  test('a removed node is refused from then on, whatever it calls', async () => {
    const removed = identityOf(w2)
    const r = await m.cli('node', 'rm', '--force', ids.w2)
    assert.equal(r.code, 0, r.stderr)
    const notMember = new RegExp(`^PERMISSION_DENIED: node ${ids.w2} is not part of the swarm`)
    assert.match(await callAs(addr, rootPem, removed, Dispatcher.Heartbeat, new v1.HeartbeatRequest({ sessionId: 'x' })), notMember)
    const key = await generateNodeKey()
    assert.match(await callAs(addr, rootPem, removed, NodeCA.RenewNodeCertificate, new v1.RenewNodeCertificateRequest({ csrPem: await createCSR(key) })), notMember)
    // Its own daemon keeps trying to reconnect, and is refused each time.
    await waitFor('w2 refused on reconnecting', () => /not part of the swarm/.test(w2.log), 15_000)
    const nodes = (await m.api('GET', '/nodes')).body.map((n: any) => n.ID)
    assert.ok(!nodes.includes(ids.w2))
  })

  test('demotion reissues a worker certificate; the old manager certificate loses manager rights', async () => {
    const token = (await m.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const port = await freePort()
    const j = await m2.cli('swarm', 'join', '--token', token, '--listen-addr', `127.0.0.1:${port}`, '--advertise-addr', `127.0.0.1:${port}`, addr)
    assert.equal(j.code, 0, j.stderr)
    ids.m2 = await nodeIdOf(m2)
    assert.equal(parseNodeCertificate(readCert(m2)).role, 'swarm-manager')
    await waitFor('m2 reachable as a manager', async () => (await m.api('GET', `/nodes/${ids.m2}`)).body?.ManagerStatus?.Reachability === 'reachable', 30_000)
    // Demote the follower, whichever it is: two managers on a busy machine may have
    // traded leadership, and the certificate path is the same for both.
    const roleOf = async (d: TestDaemon) => (await d.api('GET', '/info')).body.Swarm.Raft?.Role
    const [leader, follower] = await waitFor('a leader', async () => ((await roleOf(m)) === 'leader' ? [m, m2] : (await roleOf(m2)) === 'leader' ? [m2, m] : null), 30_000)
    const followerId = await nodeIdOf(follower)
    const leaderAddr = follower === m2 ? addr : `127.0.0.1:${port}`
    const asManager = identityOf(follower)
    const d = await leader.cli('node', 'demote', followerId)
    assert.equal(d.code, 0, d.stderr)
    await waitFor(`a worker certificate on ${follower.name}`, () => parseNodeCertificate(readCert(follower)).role === WORKER_ROLE, 30_000).catch((err) => {
      throw new Error(`${err.message}\n${follower.name}'s log:\n${follower.log}\n${leader.name}'s log:\n${leader.log.slice(-3000)}`)
    })
    assert.equal(parseNodeCertificate(readCert(follower)).nodeId, followerId)
    // The manager certificate is still within its lifetime, but the store says worker.
    const noLongerManager = new RegExp(`^PERMISSION_DENIED: .*node ${followerId} is no longer a manager`)
    assert.match(
      await callAs(leaderAddr, rootPem, asManager, Raft.ControlProxy, new v1.ControlProxyRequest({ method: 'POST', path: '/services/create', body: Buffer.from('{}') })),
      noLongerManager,
    )
    assert.match(await callAs(leaderAddr, rootPem, asManager, Raft.GetSecretsKey, new v1.GetSecretsKeyRequest()), noLongerManager)
    await waitFor(`${follower.name} ready as a worker`, async () => {
      const n = (await leader.api('GET', `/nodes/${followerId}`)).body
      return n.Spec.Role === 'worker' && n.Status.State === 'ready'
    }, 30_000)
  })
})
