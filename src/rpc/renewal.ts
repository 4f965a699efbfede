// A node's certificate renews itself (SwarmKit's ca.RenewTLSConfig): at a random point
// between 50% and 80% of its lifetime (src/manager/ca/renewal.ts), and at once when the
// cluster says the node's role is no longer the one its certificate names (a demotion;
// a promotion has its own path in the daemon, since the node becomes a manager too).
//
// Each renewal makes a new key and CSR (as SwarmKit): the old key stops being used as
// soon as the new certificate is in place, so a key that leaked ages out with its
// certificate. The CSR goes to NodeCA.RenewNodeCertificate over mutual TLS with the
// current certificate, which is what authorises it; the manager takes node id and role
// from its store, never from the request. The new pair is written to disk (key first,
// then certificate) and handed to onRenewed, which swaps it into the node's gRPC server
// and clients without a restart. Failures retry with jittered exponential backoff.
import * as grpc from '@grpc/grpc-js'
import { MANAGER_ROLE, WORKER_ROLE, parseNodeCertificate, type NodeIdentity, type NodeRole } from '../manager/ca/identity'
import { createCSR, generateNodeKey } from '../manager/ca/node'
import { renewalDelayMs } from '../manager/ca/renewal'
import { ShoalError } from '../manager/errors'
import { v1 } from '../manager/store'
import { checkIssuedCertificate } from './join'
import { grpcDetails, NodeCA, unary } from './services'
import { channelOptions, clientCredentials, type TlsIdentity } from './tls'

// Retries start here and double up to the maximum; never beyond the certificate's end.
const RETRY_INITIAL_MS = 1000
const RETRY_MAX_MS = 5 * 60_000

export interface RenewerOptions {
  rootPem: string
  identity: TlsIdentity
  // Managers to ask, best first (the leader, when known: only it can write the store).
  managers: () => string[]
  // Persists the new pair; runs before onRenewed, so a restart finds what is in use.
  save: (identity: TlsIdentity) => void
  onRenewed: (identity: TlsIdentity, id: NodeIdentity) => void
  log?: (message: string) => void
  // Renewal waits are divided by this: a test runs the 30-minute minimum lifetime's
  // schedule in seconds. Certificates themselves keep real lifetimes (peers judge them
  // by the real clock). Default 1.
  timeScale?: number
  rand?: () => number
}

export class CertificateRenewer {
  private identity: TlsIdentity
  private rootPem: string
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private retryMs = RETRY_INITIAL_MS
  private stopped = false
  private readonly log: (message: string) => void
  private readonly scale: number

  constructor(private readonly opts: RenewerOptions) {
    this.identity = opts.identity
    this.rootPem = opts.rootPem
    this.log = opts.log ?? ((m) => console.error(`certificate renewal: ${m}`))
    this.scale = opts.timeScale && opts.timeScale > 0 ? opts.timeScale : 1
  }

  // The last certificate parsed, by its PEM: roleIs runs on every heartbeat, and a parse
  // costs 1-2 ms.
  private parsed: { certPem: string; id: NodeIdentity } | null = null

  // The node's certificate as it stands (the latest renewal's).
  current(): NodeIdentity {
    const certPem = this.identity.certPem
    if (this.parsed?.certPem !== certPem) this.parsed = { certPem, id: parseNodeCertificate(certPem) }
    return this.parsed.id
  }

  start(): void {
    const id = this.current()
    this.schedule(renewalDelayMs(id.notBefore, id.notAfter, { rand: this.opts.rand }) / this.scale)
  }

  // The roots to verify managers and issued certificates with (a root rotation changes them).
  updateRoot(rootPem: string): void {
    this.rootPem = rootPem
  }

  // Renew now unless a renewal is under way (a role change, or an operator's request).
  renewNow(): void {
    if (!this.running) this.schedule(0)
  }

  // When the cluster's view of this node's role differs from the certificate's, the
  // certificate is out of date: renew it (the manager issues for the stored role).
  roleIs(role: 'worker' | 'manager'): void {
    if (this.current().role !== (role === 'manager' ? MANAGER_ROLE : WORKER_ROLE)) this.renewNow()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.running
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      this.running = this.renew().finally(() => (this.running = null))
    }, Math.max(0, Math.min(delayMs, 2 ** 31 - 1)))
  }

  private async renew(): Promise<void> {
    try {
      const renewed = await requestRenewal(this.opts.managers(), this.rootPem, this.identity)
      if (this.stopped) return
      this.opts.save(renewed.identity)
      this.identity = renewed.identity
      this.retryMs = RETRY_INITIAL_MS
      this.opts.onRenewed(renewed.identity, renewed.id)
      this.schedule(renewalDelayMs(renewed.id.notBefore, renewed.id.notAfter, { rand: this.opts.rand }) / this.scale)
    } catch (err) {
      if (this.stopped) return
      const left = this.current().notAfter.getTime() - Date.now()
      const wait = Math.min(this.retryMs / 2 + Math.random() * (this.retryMs / 2), Math.max(RETRY_INITIAL_MS, left / 2))
      this.log(`${(err as Error).message}; retrying in ${Math.round(wait / 1000)} s (certificate expires ${this.current().notAfter.toISOString()})`)
      this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2)
      this.schedule(wait)
    }
  }
}

// One renewal: a new key and CSR, sent to the first manager that answers, and the
// certificate it returns checked against the root, our key and our node id. The role is
// the cluster's to decide; `expectRole` only states what the caller requires.
export async function requestRenewal(
  managers: string[],
  rootPem: string,
  identity: TlsIdentity,
  expectRole?: NodeRole,
): Promise<{ identity: TlsIdentity; id: NodeIdentity }> {
  const own = parseNodeCertificate(identity.certPem)
  const key = await generateNodeKey()
  const csrPem = await createCSR(key)
  const failures: string[] = []
  for (const addr of managers) {
    const client = new grpc.Client(addr, clientCredentials(rootPem, identity), channelOptions(MANAGER_ROLE))
    let certPem: string
    try {
      certPem = (await unary(client, NodeCA.RenewNodeCertificate, new v1.RenewNodeCertificateRequest({ csrPem }), 10_000)).certificatePem
    } catch (err) {
      failures.push(`${addr}: ${grpcDetails(err)}`)
      continue
    } finally {
      client.close()
    }
    const id = checkIssuedCertificate(certPem, rootPem, key.keyPem, { nodeId: own.nodeId, role: expectRole })
    return { identity: { certPem, keyPem: key.keyPem }, id }
  }
  throw new ShoalError('Unavailable', `no manager renewed the certificate: ${failures.join('; ') || 'no manager known'}`)
}
