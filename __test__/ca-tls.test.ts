// The PKI's output against real TLS: a server and client on 127.0.0.1 doing
// mutual TLS with node certificates from one root; certificates from another
// root are refused on either side.

import { test, describe, before } from 'node:test'
import assert from 'node:assert/strict'
import * as tls from 'node:tls'
import type { AddressInfo } from 'node:net'
import {
  createCSR,
  createRootCA,
  encodePem,
  generateNodeKey,
  issueNodeCertificate,
  load,
  parseNodeCertificate,
  PEM_CERTIFICATE,
  NodeRole,
  RootCAMaterial,
} from '../src/manager/ca'

interface Creds {
  key: string
  cert: string
  ca: string
}

async function nodeCreds(root: RootCAMaterial, nodeId: string, role: NodeRole, clusterId: string): Promise<Creds> {
  const ca = await load(root.certPem, root.keyPem)
  const key = await generateNodeKey()
  const cert = await issueNodeCertificate(ca, await createCSR(key), { nodeId, role, clusterId })
  return { key: key.keyPem, cert, ca: root.certPem }
}

interface Outcome {
  clientError?: NodeJS.ErrnoException
  received: string
  serverAuthorizedPeer?: { authorized: boolean; nodeId?: string; role?: string }
  serverClientError?: Error
}

/**
 * One connection: the server greets each authorised client with "hello <role>"
 * and closes. Everything is bounded by a timeout so a wedged handshake fails
 * the test instead of hanging it.
 */
async function handshake(server: Creds, client: Creds): Promise<Outcome> {
  const outcome: Outcome = { received: '' }
  const srv = tls.createServer({
    key: server.key,
    cert: server.cert,
    ca: server.ca,
    requestCert: true,
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
  })
  srv.on('secureConnection', (sock) => {
    const peer = sock.getPeerCertificate()
    let nodeId: string | undefined
    let role: string | undefined
    if (peer?.raw) {
      const id = parseNodeCertificate(encodePem(PEM_CERTIFICATE, peer.raw))
      nodeId = id.nodeId
      role = id.role
    }
    outcome.serverAuthorizedPeer = { authorized: sock.authorized, nodeId, role }
    sock.end(`hello ${role}`)
  })
  srv.on('tlsClientError', (err) => {
    outcome.serverClientError = err
  })
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))
  const { port } = srv.address() as AddressInfo

  try {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        outcome.clientError = Object.assign(new Error('timeout'), { code: 'TIMEOUT' })
        sock.destroy()
        resolve()
      }, 5000)
      const sock = tls.connect({
        host: '127.0.0.1',
        port,
        key: client.key,
        cert: client.cert,
        ca: client.ca,
        // Verify the server as SwarmKit clients do: by the role name in its SAN.
        servername: 'swarm-manager',
      })
      sock.setEncoding('utf8')
      sock.on('data', (d: string) => (outcome.received += d))
      sock.on('error', (err) => (outcome.clientError = err))
      sock.on('close', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  } finally {
    await new Promise<void>((resolve) => srv.close(() => resolve()))
  }
  return outcome
}

describe('mutual TLS with node certificates', () => {
  let manager: Creds
  let worker: Creds
  let foreignWorker: Creds
  let foreignManager: Creds

  before(async () => {
    const root = await createRootCA({ clusterId: 'cluster-a' })
    const otherRoot = await createRootCA({ clusterId: 'cluster-b' })
    manager = await nodeCreds(root, 'mgr1', 'swarm-manager', 'cluster-a')
    worker = await nodeCreds(root, 'wkr1', 'swarm-worker', 'cluster-a')
    foreignWorker = await nodeCreds(otherRoot, 'wkr9', 'swarm-worker', 'cluster-b')
    foreignManager = await nodeCreds(otherRoot, 'mgr9', 'swarm-manager', 'cluster-b')
    // The foreign nodes trust *our* root, so the only thing wrong is who signed them.
    foreignWorker.ca = root.certPem
    foreignManager.ca = root.certPem
  })

  test('handshake succeeds and both sides see the node identity', async () => {
    const o = await handshake(manager, worker)
    assert.equal(o.clientError, undefined, o.clientError?.message)
    assert.equal(o.received, 'hello swarm-worker')
    assert.deepEqual(o.serverAuthorizedPeer, { authorized: true, nodeId: 'wkr1', role: 'swarm-worker' })
  })

  test('manager to manager works too (server and client auth on one certificate)', async () => {
    const o = await handshake(manager, manager)
    assert.equal(o.clientError, undefined, o.clientError?.message)
    assert.equal(o.received, 'hello swarm-manager')
  })

  test('a client certificate from another root is refused by the server', async () => {
    const o = await handshake(manager, foreignWorker)
    assert.equal(o.received, '')
    assert.equal(o.serverAuthorizedPeer, undefined)
    assert.ok(o.serverClientError || o.clientError, 'handshake must fail')
    assert.notEqual(o.clientError?.code, 'TIMEOUT')
  })

  test('a server certificate from another root is refused by the client', async () => {
    const o = await handshake(foreignManager, worker)
    assert.equal(o.received, '')
    assert.ok(o.clientError, 'client must reject the server')
    assert.match(String(o.clientError.code), /UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT/)
  })

  test('a worker certificate cannot serve as "swarm-manager" (SAN check)', async () => {
    const o = await handshake(worker, worker)
    assert.equal(o.received, '')
    assert.equal(o.clientError?.code, 'ERR_TLS_CERT_ALTNAME_INVALID')
  })
})
