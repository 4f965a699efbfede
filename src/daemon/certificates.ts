// This node's certificate as it lives on: renewed before it expires (src/rpc/renewal.ts),
// replaced when the node's role changes, and the roots it trusts following a root
// rotation (src/manager/ca/rotation.ts). Each new certificate or trust is put into use
// without a restart: the swarm listener, the Raft channels, the leader proxy's channel and
// the agent's session.
import type { Manager } from '../manager/manager'
import { issuedByNewestRoot, nodeTLSInfo, trustBundle } from '../manager/ca/rotation'
import { CertificateRenewer } from '../rpc/renewal'
import type { TlsIdentity } from '../rpc/tls'
import { v1 } from '../manager/store'
import type { NodeContext } from './context'
import type { SwarmComponents } from './components'

export class CertificateFollower {
  private renewer: CertificateRenewer | null = null
  // The leader writing its own TLS info into its node (one write at a time).
  private recordingTLS = false

  constructor(
    private readonly ctx: NodeContext,
    private readonly components: SwarmComponents,
  ) {}

  // Renews this node's certificate before it expires and puts each new one into use.
  // SHOAL_CERT_RENEWAL_TIMESCALE (tests only) makes the renewal schedule run that many
  // times faster. `managers`: where to ask, the leader first.
  startRenewal(managers: () => string[]): void {
    const files = this.ctx.files
    const renewer = new CertificateRenewer({
      rootPem: files.readTrust(),
      identity: files.readIdentity(),
      managers,
      save: (identity) => files.saveIdentity(identity),
      onRenewed: (identity) => {
        if (this.renewer === renewer) this.useCertificates(identity)
      },
      timeScale: Number(process.env.SHOAL_CERT_RENEWAL_TIMESCALE) || 1,
    })
    this.renewer = renewer
    renewer.start()
  }

  async stopRenewal(): Promise<void> {
    const renewer = this.renewer
    this.renewer = null
    await renewer?.stop()
  }

  // The role the cluster gives this node: a certificate for another role is renewed (a
  // demoted manager still holds its manager certificate).
  roleIs(role: 'worker' | 'manager'): void {
    this.renewer?.roleIs(role)
  }

  // A manager follows a root rotation from its own replica of the cluster object. The
  // leader's own agent has no remote session to report its TLS info with: the leader
  // writes it into its node whenever it differs from what the node has (a write that
  // lost a race is made again on the next check).
  followCluster(mgr: Manager): void {
    const c = this.components
    const view = c.mgr === mgr ? mgr.store.view() : undefined
    const cluster = view?.list('clusters')[0]
    if (!cluster) return
    this.followCA({ trustRoot: trustBundle(cluster), renewCertificate: !!cluster.rootRotation?.caCertPem })
    const nodeId = this.ctx.state?.nodeId ?? ''
    const node = view!.get('nodes', nodeId)
    if (c.session || !mgr.isLeader() || !node || this.recordingTLS) return
    const info = new v1.NodeTLSInfo(nodeTLSInfo(this.ctx.files.readIdentity().certPem, this.ctx.files.readTrust()))
    if (Buffer.from(v1.NodeTLSInfo.encode(info).finish()).equals(Buffer.from(v1.NodeTLSInfo.encode(node.description?.tlsInfo ?? {}).finish()))) return
    this.recordingTLS = true
    void mgr.store
      .write((batch, v) => {
        const n = v.get('nodes', nodeId)
        if (!n) return
        n.description = new v1.NodeDescription({ ...n.description, tlsInfo: info })
        batch.update('nodes', n)
      })
      .catch(() => undefined) // checked again in 500 ms
      .finally(() => (this.recordingTLS = false))
  }

  // A root rotation as this node follows it: trust the roots the cluster trusts, and
  // renew when asked for a certificate from the new root.
  followCA(advice: { trustRoot: string; renewCertificate: boolean }): void {
    if (!this.ctx.state) return
    const files = this.ctx.files
    if (advice.trustRoot && advice.trustRoot !== files.readTrust()) {
      files.writeTrust(advice.trustRoot)
      this.useCertificates(files.readIdentity())
      this.renewer?.updateRoot(advice.trustRoot)
    }
    if (advice.renewCertificate && !issuedByNewestRoot(files.readIdentity().certPem, files.readTrust())) this.renewer?.renewNow()
  }

  // Puts the node's certificate and trust on disk into use. A remote session starts over
  // with them, which reports them to the manager (the leader's own: followCluster).
  private useCertificates(identity: TlsIdentity): void {
    const c = this.components
    const trust = this.ctx.files.readTrust()
    c.server?.updateIdentity(identity, trust)
    this.useTransportIdentity(identity, trust)
    c.proxy.reset()
    c.session?.updateIdentity(identity, trust)
  }

  // The Raft channels reopen with the new material. Refused material (it did not parse)
  // leaves them on the old, which the listener still accepts until it expires.
  private useTransportIdentity(identity: TlsIdentity, rootPem: string): void {
    const raft = this.components.mgr?.raft
    if (!raft) return
    try {
      raft.setTransportIdentity({ ...identity, rootPem })
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code !== 'Closed' && code !== 'FailedPrecondition') console.error(`shoal daemon: the Raft transport keeps its old certificate: ${(err as Error).message}`)
    }
  }
}
