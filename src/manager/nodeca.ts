// The manager's side of a node joining: check the join token, create the node object and
// sign the node's CSR, as SwarmKit's ca.Server.IssueNodeCertificate. Shoal signs at once
// (SwarmKit queues the CSR and has the node poll NodeCertificateStatus); the role comes
// from which token was presented, never from the request.
import { constantTimeEqual, JoinTokenError, parseJoinToken } from './ca/tokens'
import { CSRError, issueNodeCertificate } from './ca/issuer'
import { ExternalCAError, signWithExternalCA } from './ca/external'
import { load as loadRootCA, type RootCA } from './ca/rootca'
import { MANAGER_ROLE, WORKER_ROLE } from './ca/identity'
import { targetRoot, trustBundle, withIntermediate } from './ca/rotation'
import { openCAKey } from './ca/sealed-key'
import type { SecretsKey } from './secrets/key'
import { ShoalError, invalid } from './errors'
import { newId } from './ids'
import { v1, WriteBatch, type ClusterStore, type Cluster } from './store'
import { idOf } from './store'

export const INVALID_JOIN_TOKEN = 'invalid join token'

const AVAILABILITIES = ['active', 'pause', 'drain']

export interface IssueRequest {
  csrPem: string
  token: string
  availability: string
  hostname: string
}

export interface IssueResult {
  nodeId: string
  certificatePem: string
  role: 'worker' | 'manager'
}

export class NodeCA {
  // load() re-imports the key and parses the certificate: worth doing once per root.
  private root: { pem: string; ca: Promise<RootCA> } | null = null

  // secretsKey opens the root CA key the cluster object keeps sealed (ca/sealed-key.ts).
  constructor(
    private readonly store: ClusterStore,
    private readonly secretsKey?: SecretsKey,
  ) {}

  // The roots a node must trust: two during a root rotation, the current first (a join
  // token's digest pins that one).
  rootCertificate(): string {
    return trustBundle(this.cluster())
  }

  async issue(req: IssueRequest): Promise<IssueResult> {
    const cluster = this.cluster()
    const role = tokenRole(req.token, cluster)
    const availability = req.availability || 'active'
    if (!AVAILABILITIES.includes(availability)) throw invalid(`invalid availability "${availability}": expected one of ${AVAILABILITIES.join(', ')}`)
    const hostname = String(req.hostname ?? '').slice(0, 255)

    const nodeId = newId()
    const certificatePem = await this.sign(cluster, req.csrPem, nodeId, role)
    const batch = new WriteBatch()
    batch.create(
      'nodes',
      new v1.Node({
        meta: new v1.Meta({ id: nodeId }),
        // A manager becomes a Raft member only with its Raft.Join call that follows; until
        // then it has the role (and certificate) but no ManagerStatus.
        spec: new v1.NodeSpec({ role, availability, annotations: new v1.Annotations({}) }),
        // Unknown until the node's first session describes it and marks it ready.
        description: new v1.NodeDescription({ hostname }),
        status: new v1.NodeStatus({ state: 'unknown', message: 'joined; waiting for its first session' }),
        certificatePem,
      }),
    )
    await this.store.commit(batch)
    return { nodeId, certificatePem, role }
  }

  // A new certificate for an existing node, for the role the store gives it now (a
  // promoted worker asks for its manager certificate this way).
  async renew(nodeId: string, csrPem: string): Promise<IssueResult> {
    const cluster = this.cluster()
    const node = this.store.view().get('nodes', nodeId)
    if (!node) throw new ShoalError('NotFound', `node ${nodeId} is not part of the swarm`)
    const role = node.spec?.role === 'manager' ? 'manager' : 'worker'
    const certificatePem = await this.sign(cluster, csrPem, nodeId, role)
    await this.store.write((batch, view) => {
      const n = view.get('nodes', nodeId)
      if (!n) return
      n.certificatePem = certificatePem
      batch.update('nodes', n)
    })
    return { nodeId, certificatePem, role }
  }

  // The cluster's signer: its external CAs when it has any (the root key is then not in
  // the swarm), else the root key in the store. During a root rotation the new root signs
  // (its key, or the external CAs) and the chain carries the cross-signed new root.
  private async sign(cluster: Cluster, csrPem: string, nodeId: string, role: 'worker' | 'manager'): Promise<string> {
    const identity = { nodeId, role: role === 'manager' ? MANAGER_ROLE : WORKER_ROLE, clusterId: idOf(cluster) } as const
    const external = (cluster.spec?.externalCas ?? []).map((ca) => ({ protocol: ca.protocol ?? '', url: ca.url ?? '' }))
    const rotating = !!cluster.rootRotation?.caCertPem
    const root = { certPem: targetRoot(cluster), keyPem: openCAKey(rotating ? cluster.rootRotation!.caKeyPem : cluster.rootCaKeyPem, this.secretsKey) }
    try {
      if (root.keyPem && (rotating || external.length === 0)) {
        const leaf = await issueNodeCertificate(await this.rootCA(root), csrPem, { ...identity, expiryMs: Number(cluster.spec?.nodeCertExpiryMs) || undefined })
        return withIntermediate(leaf, cluster)
      }
      if (external.length > 0) return withIntermediate(await signWithExternalCA(external, csrPem, { ...identity, rootPem: root.certPem }), cluster)
      throw new ShoalError('FailedPrecondition', 'the swarm holds no root CA key and has no external CA to sign with')
    } catch (err) {
      if (err instanceof CSRError) throw invalid(err.message)
      if (err instanceof ExternalCAError) throw new ShoalError('Unavailable', err.message)
      throw err
    }
  }

  private cluster(): Cluster {
    const c = this.store.view().list('clusters')[0]
    if (!c) throw new ShoalError('Unavailable', 'the swarm is still initialising')
    return c
  }

  private rootCA(root: { certPem: string; keyPem: string }): Promise<RootCA> {
    if (this.root?.pem !== root.certPem) {
      const ca = loadRootCA(root.certPem, root.keyPem)
      this.root = { pem: root.certPem, ca }
      ca.catch(() => (this.root = null))
    }
    return this.root!.ca
  }
}

// Which role a join token grants. Both comparisons always run, in constant time, so the
// answer's timing says nothing about which token (if any) came close.
export function tokenRole(token: string, cluster: Cluster): 'worker' | 'manager' {
  try {
    parseJoinToken(token)
  } catch (err) {
    if (err instanceof JoinTokenError) throw invalid(err.message)
    throw err
  }
  const t = token.trim()
  const worker = constantTimeEqual(t, cluster.joinTokens?.worker ?? '')
  const manager = constantTimeEqual(t, cluster.joinTokens?.manager ?? '')
  if (worker && !!cluster.joinTokens?.worker) return 'worker'
  if (manager && !!cluster.joinTokens?.manager) return 'manager'
  throw invalid(INVALID_JOIN_TOKEN)
}
