// The joining node's side of `swarm join`: SwarmKit's ca.DownloadRootCA and
// ca.RequestAndSaveNewCertificates.
//
//   1. Fetch the root CA over TLS without verifying the manager (nothing is trusted yet,
//      and nothing secret is sent), and accept it only if its SHA-256 equals the digest
//      in the join token. No trust on first use: a mismatch ends the join.
//   2. From then on the pinned root verifies the manager: make a key (it never leaves
//      this node), send a CSR with the token, get back a node id and certificate.
//   3. Check the certificate: chains to the pinned root, is for our key, names the node
//      id and role the manager said.
import * as grpc from '@grpc/grpc-js'
import { createPublicKey, X509Certificate } from 'node:crypto'
import * as net from 'node:net'
import { CA_ROLE, parseNodeCertificate, verifyChain, WORKER_ROLE, MANAGER_ROLE, type NodeIdentity, type NodeRole } from '../manager/ca/identity'
import { createCSR, generateNodeKey } from '../manager/ca/node'
import { JoinTokenError, matchesRoot, parseJoinToken } from '../manager/ca/tokens'
import { ShoalError, invalid } from '../manager/errors'
import { v1 } from '../manager/store'
import { grpcDetails, NodeCA, unary } from './services'
import { channelOptions, clientCredentials, unverifiedCredentials } from './tls'

export const CA_MISMATCH = 'remote CA does not match fingerprint in join token'

export interface JoinOptions {
  token: string
  managers: string[] // host:port, tried in order
  hostname: string
  availability?: string
  timeoutMs?: number // per manager and step; default 10 s
}

export interface JoinResult {
  manager: string // the address that answered
  nodeId: string
  clusterId: string
  role: 'worker' | 'manager'
  rootPem: string
  certPem: string
  keyPem: string
}

export async function joinSwarm(opts: JoinOptions): Promise<JoinResult> {
  try {
    parseJoinToken(opts.token)
  } catch (err) {
    if (err instanceof JoinTokenError) throw invalid(err.message)
    throw err
  }
  if (opts.managers.length === 0) throw invalid('at least one manager address is required to join')
  const unreachable: string[] = []
  for (const addr of opts.managers) {
    try {
      return await joinVia(addr, opts)
    } catch (err) {
      // Only "could not talk to this manager" moves on to the next one; an answer (a bad
      // token, a CA mismatch) is the same from every manager of the cluster.
      if (!(err instanceof Unreachable)) throw err
      unreachable.push(`${addr}: ${err.message}`)
    }
  }
  throw new ShoalError('Unavailable', `could not reach a manager to join: ${unreachable.join('; ')}`)
}

class Unreachable extends Error {}

// The manager refused for now (RESOURCE_EXHAUSTED: too many joins at once).
class ManagerBusy extends ShoalError {}
const JOIN_BUSY_RETRY_MS = 60_000

async function joinVia(addr: string, opts: JoinOptions): Promise<JoinResult> {
  const timeoutMs = opts.timeoutMs ?? 10_000
  const rootPem = await call(new grpc.Client(addr, unverifiedCredentials(), channelOptions(CA_ROLE)), async (c) => {
    const res = await unary(c, NodeCA.GetRootCACertificate, new v1.GetRootCACertificateRequest(), timeoutMs)
    return res.certificatePem
  })
  let pinned = false
  try {
    pinned = matchesRoot(opts.token, rootPem)
  } catch {
    pinned = false // not a certificate at all: certainly not the one the token names
  }
  if (!pinned) throw new ShoalError('FailedPrecondition', CA_MISMATCH)

  const key = await generateNodeKey()
  const csrPem = await createCSR(key)
  const request = new v1.IssueNodeCertificateRequest({ csrPem, token: opts.token.trim(), availability: opts.availability ?? '', hostname: opts.hostname })
  const issue = () => call(new grpc.Client(addr, clientCredentials(rootPem), channelOptions(CA_ROLE)), (c) => unary(c, NodeCA.IssueNodeCertificate, request, timeoutMs))
  // A manager handling as many joins as it takes at once (src/rpc/limits.ts) refuses
  // more: retried with jittered backoff for a while, so a burst of joins is spread out.
  let res: v1.IssueNodeCertificateResponse
  for (let wait = 200, deadline = Date.now() + JOIN_BUSY_RETRY_MS; ; wait = Math.min(wait * 2, 5000)) {
    try {
      res = await issue()
      break
    } catch (err) {
      if (!(err instanceof ManagerBusy) || Date.now() + wait > deadline) throw err
      await new Promise((r) => setTimeout(r, wait / 2 + Math.random() * (wait / 2)))
    }
  }

  const id = checkIssuedCertificate(res.certificatePem, rootPem, key.keyPem, { nodeId: res.nodeId, role: res.role === 'manager' ? MANAGER_ROLE : WORKER_ROLE })
  return { manager: addr, nodeId: res.nodeId, clusterId: id.clusterId, role: res.role as 'worker' | 'manager', rootPem, certPem: res.certificatePem, keyPem: key.keyPem }
}

// Checks a certificate a manager issued to this node before the node uses it: it chains to
// the pinned root, is for our own key, and names the node id (and role, when the caller
// knows which to expect) the manager said. A failure is the manager's fault, not ours.
export function checkIssuedCertificate(certPem: string, rootPem: string, keyPem: string, expect: { nodeId: string; role?: NodeRole }): NodeIdentity {
  try {
    verifyChain(certPem, rootPem)
  } catch (err) {
    throw new ShoalError('Internal', `the manager issued a certificate that does not chain to the swarm's root CA: ${(err as Error).message}`)
  }
  const id = parseNodeCertificate(certPem)
  if (id.nodeId !== expect.nodeId || (expect.role && id.role !== expect.role)) {
    throw new ShoalError('Internal', `the manager issued a certificate for ${id.nodeId}/${id.role}, not ${expect.nodeId}/${expect.role ?? 'any role'}`)
  }
  const certKey = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' })
  const ourKey = createPublicKey(keyPem).export({ type: 'spki', format: 'der' })
  if (!certKey.equals(ourKey)) throw new ShoalError('Internal', 'the manager issued a certificate for a different key than ours')
  return id
}

// Runs fn on a fresh client and closes it; maps transport failures to Unreachable and the
// manager's refusals to errors carrying its words.
async function call<T>(client: grpc.Client, fn: (c: grpc.Client) => Promise<T>): Promise<T> {
  try {
    return await fn(client)
  } catch (err) {
    const code = (err as grpc.ServiceError).code
    const details = grpcDetails(err)
    switch (code) {
      case grpc.status.UNAVAILABLE:
      case grpc.status.DEADLINE_EXCEEDED:
        throw new Unreachable(details)
      case grpc.status.INVALID_ARGUMENT:
        throw invalid(details)
      case grpc.status.RESOURCE_EXHAUSTED:
        throw new ManagerBusy('Unavailable', details)
      case grpc.status.FAILED_PRECONDITION:
      case grpc.status.PERMISSION_DENIED:
      case grpc.status.UNAUTHENTICATED:
        throw new ShoalError('FailedPrecondition', details)
      default:
        throw new ShoalError('Internal', details)
    }
  } finally {
    client.close()
  }
}

// The local address this host uses to reach `addr`: what SwarmKit advertises for a node
// joined without --advertise-addr (the source address its manager connection uses).
export function localAddressTowards(host: string, port: number, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host, port })
    const timer = setTimeout(() => {
      sock.destroy()
      reject(new ShoalError('Unavailable', `could not reach ${host}:${port} to choose an advertise address: use --advertise-addr`))
    }, timeoutMs)
    sock.once('connect', () => {
      clearTimeout(timer)
      const local = sock.localAddress ?? ''
      sock.destroy()
      resolve(local.replace(/^::ffff:/, ''))
    })
    sock.once('error', (err) => {
      clearTimeout(timer)
      reject(new ShoalError('Unavailable', `could not reach ${host}:${port} to choose an advertise address: ${err.message}`))
    })
  })
}
