// The root rotation reconciler (SwarmKit's ca/reconciler.go), run by the leader: while a
// root rotation is in progress it watches what nodes report (NodeDescription.tls_info)
// and, once every node has a certificate from the new root and trusts it, completes the
// rotation: the new root replaces the old, the join tokens change.
//
// Nodes are asked to renew by their heartbeat answers (caAdvice, below), not by writes
// here: a node whose reported issuer is not the target root renews at once. Managers read
// the same from their own replica of the store (the daemon). A node that is down holds
// the rotation until it returns or is removed, as in SwarmKit: completing without it
// would leave it trusting only a root whose certificates no longer come with a path to it.
import { RootCAError } from './ca/rootca'
import { finishedRotation, issuerInfoOf, nodeConverged, planRootRotation, sameIssuer, targetRoot, trustBundle, type ClusterCA } from './ca/rotation'
import { openCAKey, sealCAKey } from './ca/sealed-key'
import type { SecretsKey } from './secrets/key'
import type { ClusterSpecUpdate } from '../api/convert'
import { invalid } from './errors'
import { ReconcileLoop } from './loop'
import type { ComponentHealth } from './health'
import { idOf, v1, type Cluster, type ClusterStore, type Node, type TypedChange } from './store'

// SwarmKit's IssuanceStateRotateMaxBatchSize: nodes newly asked to renew per batch, a batch
// every BATCH_INTERVAL_MS, so a large swarm does not renew all at once.
export const ROTATE_BATCH = 30
const BATCH_INTERVAL_MS = 5000

export class CARotationReconciler {
  private readonly loop: ReconcileLoop
  // Nodes asked to renew for the rotation in progress (until they report the new root).
  private asked = new Set<string>()
  private lastBatch = -Infinity // performance.now(): a wall-clock step must not delay a batch

  constructor(
    private readonly store: ClusterStore,
    health?: ComponentHealth,
  ) {
    this.loop = new ReconcileLoop('root rotation', () => this.pass(), 100, 500, health)
  }

  start(): void {
    this.loop.follow(this.store, (c: TypedChange) => c.table === 'clusters' || c.table === 'nodes')
    this.loop.trigger()
  }

  stop(): void {
    this.loop.close()
  }

  // Whether the rotation asks this node to renew now (its heartbeat answer says so).
  askedToRenew(nodeId: string): boolean {
    return this.asked.has(nodeId)
  }

  private async pass(): Promise<void> {
    const view = this.store.view()
    const cluster = view.list('clusters')[0]
    if (!cluster?.rootRotation?.caCertPem) {
      this.asked.clear()
      return
    }
    const target = targetRoot(cluster)
    const pending = view.list('nodes').filter((n) => !nodeConverged(n.description?.tlsInfo, target)).map(idOf)
    if (pending.length > 0) {
      const waiting = new Set(pending)
      this.asked = new Set([...this.asked].filter((id) => waiting.has(id)))
      const due = performance.now() - this.lastBatch >= BATCH_INTERVAL_MS
      if (due) {
        const fresh = pending.filter((id) => !this.asked.has(id)).slice(0, ROTATE_BATCH)
        for (const id of fresh) this.asked.add(id)
        if (fresh.length > 0) this.lastBatch = performance.now()
      }
      // The next batch is due even if no node changes meanwhile.
      if (pending.some((id) => !this.asked.has(id))) this.loop.trigger(due ? BATCH_INTERVAL_MS : BATCH_INTERVAL_MS - (performance.now() - this.lastBatch))
      return
    }
    await this.store.write((batch, v) => {
      const c = v.get('clusters', idOf(cluster))
      // Another rotation started (or this one ended) meanwhile: not ours to finish.
      if (!c || c.rootRotation?.caCertPem !== cluster.rootRotation!.caCertPem) return
      const done = finishedRotation(c)
      c.rootCaCertPem = done.rootCaCertPem
      c.rootCaKeyPem = done.rootCaKeyPem
      c.rootRotation = null
      c.joinTokens = new v1.JoinTokens(done.joinTokens)
      batch.update('clusters', c)
    })
    console.error('root rotation: every node has a certificate from the new root; the new root replaces the old one')
  }
}

// What a node's heartbeat answer tells it about the CA: the roots to trust, and whether to
// renew now (a rotation is in progress, the reconciler has asked this node, and its
// certificate is not yet from the new root, as it last reported).
export function caAdvice(cluster: Cluster | null | undefined, node: Node | null | undefined, asked: boolean): { trustRoot: string; renewCertificate: boolean } {
  if (!cluster) return { trustRoot: '', renewCertificate: false }
  const tls = node?.description?.tlsInfo
  const renew =
    asked &&
    !!cluster.rootRotation?.caCertPem &&
    !sameIssuer(tls?.certIssuerSubject && tls.certIssuerPublicKey ? { subject: Buffer.from(tls.certIssuerSubject), publicKey: Buffer.from(tls.certIssuerPublicKey) } : null, issuerOf(targetRoot(cluster)))
  return { trustRoot: trustBundle(cluster), renewCertificate: renew }
}

// Parsing a root per heartbeat would cost more than the heartbeat: remember the last one.
let lastIssuer: { pem: string; info: ReturnType<typeof issuerInfoOf> } | null = null
function issuerOf(pem: string): ReturnType<typeof issuerInfoOf> {
  if (lastIssuer?.pem !== pem) lastIssuer = { pem, info: issuerInfoOf(pem) }
  return lastIssuer.info
}

// The CA part of POST /swarm/update: a new rotation, the end of one, or nothing. Bad input
// (a key without its certificate, a mismatched key, an expired or invalid certificate)
// is refused with a one-line reason before anything is written.
export async function planClusterRotation(cluster: Cluster, update: ClusterSpecUpdate, secretsKey?: SecretsKey): Promise<Partial<Cluster> | null> {
  // The keys are kept sealed (ca/sealed-key.ts): opened only if the plan reads them.
  const rotation = cluster.rootRotation
  const ca: ClusterCA = {
    rootCaCertPem: cluster.rootCaCertPem,
    get rootCaKeyPem() {
      return openCAKey(cluster.rootCaKeyPem, secretsKey)
    },
    rootRotation: rotation?.caCertPem
      ? {
          caCertPem: rotation.caCertPem,
          crossSignedCaCertPem: rotation.crossSignedCaCertPem,
          get caKeyPem() {
            return openCAKey(rotation.caKeyPem, secretsKey)
          },
        }
      : null,
    lastForcedRotation: cluster.lastForcedRotation,
  }
  try {
    const plan = await planRootRotation(ca, {
      forceRotate: update.forceRotate ?? Number(cluster.spec?.caForceRotate ?? 0),
      signingCACert: update.signingCACert,
      signingCAKey: update.signingCAKey,
      hasExternalCA: (update.externalCas ?? cluster.spec?.externalCas ?? []).length > 0,
      clusterId: idOf(cluster),
    })
    if (!plan) return null
    return {
      rootRotation: plan.rootRotation ? new v1.RootRotation({ ...plan.rootRotation, caKeyPem: sealCAKey(plan.rootRotation.caKeyPem, secretsKey) }) : null,
      rootCaKeyPem: sealCAKey(plan.rootCaKeyPem, secretsKey),
      lastForcedRotation: plan.lastForcedRotation,
    }
  } catch (err) {
    if (err instanceof RootCAError) throw invalid(err.message)
    throw err
  }
}
