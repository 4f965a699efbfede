// Swarm membership verbs as this node runs them: init, join, leave, unlock. Each is two
// steps: validate*(…) reads the request and this node's state and returns a plan, fully
// checked, or refuses (and then nothing has changed: no file, no Raft entry, no id
// handed out); apply*(plan) makes the changes. A failure in the second step (a port in
// use, a manager that does not answer) undoes what the step did, so a node is in a swarm
// or not, never half in one.
import { joinSwarm, localAddressTowards } from '../rpc/join'
import { JoinTokenError, parseJoinToken } from '../manager/ca/tokens'
import { createRootCA, load as loadRootCA } from '../manager/ca/rootca'
import { createCSR, generateNodeKey } from '../manager/ca/node'
import { issueNodeCertificate } from '../manager/ca/issuer'
import { signWithExternalCA, type ExternalCAConfig } from '../manager/ca/external'
import { MANAGER_ROLE } from '../manager/ca/identity'
import { parseUnlockKey } from '../manager/autolock'
import { BOUNDS, checkBytes, checkCount } from '../manager/bounds'
import { ShoalError, invalid } from '../manager/errors'

import { newId, newRaftId } from '../manager/ids'
import { DEFAULT_CERT_EXPIRY_MS } from '../manager/manager'
import { DEFAULT_RAFT, mergeRaftSettings } from '../manager/raft-config'
import { NODE_AVAILABILITIES } from '../api/convert-node'
import { clusterSpecUpdateFromDocker, type ClusterSpecUpdate } from '../api/convert'
import { checkAddrPools } from '../manager/network/control'
import type { AddrPools } from './components'
import { DEFAULT_SWARM_PORT, defaultAdvertise, formatAddr, parseAddr, type HostPort } from './addr'
import type { AutolockFollower } from './autolock'
import type { SwarmComponents } from './components'
import type { NodeContext } from './context'
import { SWARM_LOCKED } from './keys'
import type { SwarmState } from './state'

// moby's swarmConnectTimeout and errSwarmJoinTimeoutReached.
const JOIN_READY_TIMEOUT_MS = 20_000
const JOIN_TIMEOUT_MESSAGE =
  'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.'

const ALREADY_IN_SWARM = 'This node is already part of a swarm. Use "shoal swarm leave" to leave this swarm and join another one.'
const NOT_IN_A_SWARM = 'This node is not part of a swarm'

type Json = Record<string, unknown>

// ---- init ----

export type InitPlan =
  // `swarm init --force-new-cluster` on a manager of a group that lost quorum: the group
  // restarts from this member's state alone (services, tasks, nodes kept).
  | { kind: 'force-new-cluster'; state: SwarmState }
  | {
      kind: 'new'
      state: SwarmState
      // With external CAs the swarm never holds the root key: the operator supplies the
      // root certificate, and the external CA signs this node's certificate too.
      external: ExternalCAConfig[]
      signingCACert?: string
      // The swarm's settings given with init, applied to the new cluster object.
      settings: ClusterSpecUpdate
      nodeCertExpiryMs: number
      // Where networks created without a subnet take theirs (DefaultAddrPool, SubnetSize):
      // written into the new cluster object at bootstrap.
      addrPools: AddrPools
    }

// docker's SwarmInitRequest: {ListenAddr, AdvertiseAddr, DataPathAddr, DataPathPort,
// ForceNewCluster, Spec, AutoLockManagers, Availability, DefaultAddrPool, SubnetSize}.
// Zero and absent fields are docker's defaults (its CLI sends Spec.Raft's ticks as 0).
export function validateInit(node: Pick<NodeContext, 'state' | 'locked'>, raw: unknown): InitPlan {
  if (node.locked) throw new ShoalError('Unavailable', SWARM_LOCKED)
  const body = requestObject(raw, 'swarm init request')
  const force = optionalBoolean(body.ForceNewCluster, 'ForceNewCluster')
  if (node.state && force && node.state.role === 'manager') return { kind: 'force-new-cluster', state: node.state }
  if (node.state) throw new ShoalError('FailedPrecondition', ALREADY_IN_SWARM)
  const listen = parseAddr(optionalString(body.ListenAddr, 'ListenAddr') || `0.0.0.0:${DEFAULT_SWARM_PORT}`, 'listen address')
  const advertiseRaw = optionalString(body.AdvertiseAddr, 'AdvertiseAddr')
  const advertise = advertiseRaw ? parseAddr(advertiseRaw, 'advertise address', listen.port) : defaultAdvertise(listen)
  checkAvailability(body.Availability)
  const spec = clusterSpecUpdateFromDocker(body.Spec as Json | undefined)
  // docker's SwarmInitRequest carries autolock beside the spec.
  if (optionalBoolean(body.AutoLockManagers, 'AutoLockManagers')) spec.autoLockManagers = true
  const { signingCACert, ...settings } = spec
  const external = spec.externalCas ?? []
  if (external.length > 0 && !signingCACert) throw invalid('an external CA needs the root CA certificate it signs with (--ca-cert): the swarm does not hold that root key')
  if (signingCACert && external.length === 0) throw invalid('a root CA certificate without its key (--ca-cert) needs an external CA to sign with (--external-ca)')
  if (spec.signingCAKey) throw invalid('swarm init takes no root CA key: a new swarm makes its own root, or an external CA signs (--external-ca with --ca-cert)')
  if (spec.forceRotate) throw invalid('a new swarm has no root CA to rotate (CAConfig.ForceRotate)')
  // What updateCluster would check against the new cluster object: Raft settings as a
  // whole (election tick above heartbeat tick, ...), from the defaults.
  if (spec.raft) mergeRaftSettings(DEFAULT_RAFT, spec.raft)
  const pools = body.DefaultAddrPool ?? []
  if (!Array.isArray(pools) || pools.some((p) => typeof p !== 'string')) throw invalid('invalid DefaultAddrPool: must be a list of CIDR strings')
  const size = body.SubnetSize ?? 0
  if (!Number.isInteger(size) || (size as number) < 0) throw invalid(`invalid SubnetSize ${JSON.stringify(size)}: must be a prefix length`)
  checkAddrPools(pools as string[], size as number)
  const state: SwarmState = {
    nodeId: newId(),
    clusterId: newId(),
    raftId: newRaftId(),
    role: 'manager',
    listenAddr: formatAddr(listen),
    advertiseAddr: formatAddr(advertise),
  }
  const addrPools: AddrPools = { defaultAddrPool: pools as string[], subnetSize: size as number }
  return { kind: 'new', state, external, signingCACert, settings, nodeCertExpiryMs: spec.nodeCertExpiryMs ?? DEFAULT_CERT_EXPIRY_MS, addrPools }
}

// ---- join ----

export interface JoinPlan {
  token: string
  remotes: string[]
  listen: HostPort
  advertise: HostPort | null // null: the address this host reaches its manager from
  availability?: string
}

// docker's SwarmJoinRequest: {ListenAddr, AdvertiseAddr, DataPathAddr, RemoteAddrs,
// JoinToken, Availability}.
export function validateJoin(node: Pick<NodeContext, 'state'>, raw: unknown): JoinPlan {
  if (node.state) throw new ShoalError('FailedPrecondition', ALREADY_IN_SWARM)
  const body = requestObject(raw, 'swarm join request')
  const token = optionalString(body.JoinToken, 'JoinToken').trim()
  if (!token) throw invalid('a join token is required (--token)')
  checkBytes(token, BOUNDS.token, 'join token')
  const addrs = body.RemoteAddrs
  if (!Array.isArray(addrs) || addrs.length === 0 || addrs.some((a) => typeof a !== 'string')) throw invalid('the address of a manager to join is required')
  checkCount(addrs.length, BOUNDS.remoteAddrs)
  const remotes = (addrs as string[]).map((a) => formatAddr(parseAddr(a, 'remote address')))
  const listen = parseAddr(optionalString(body.ListenAddr, 'ListenAddr') || `0.0.0.0:${DEFAULT_SWARM_PORT}`, 'listen address')
  const advertiseRaw = optionalString(body.AdvertiseAddr, 'AdvertiseAddr')
  const advertise = advertiseRaw ? parseAddr(advertiseRaw, 'advertise address', listen.port) : null
  const availability = checkAvailability(body.Availability)
  try {
    parseJoinToken(token)
  } catch (err) {
    if (err instanceof JoinTokenError) throw invalid(err.message)
    throw err
  }
  return { token, remotes, listen, advertise, availability }
}

// ---- the steps with effects ----

export class Membership {
  constructor(
    private readonly ctx: NodeContext,
    private readonly components: SwarmComponents,
    private readonly autolock: AutolockFollower,
  ) {}

  async applyInit(plan: InitPlan): Promise<string> {
    if (plan.kind === 'force-new-cluster') {
      await this.components.stop()
      await this.components.start(plan.state, false, true)
      return plan.state.nodeId
    }
    const { state, external, signingCACert, settings } = plan
    const root = signingCACert ? { certPem: signingCACert, keyPem: '' } : await createRootCA({ clusterId: state.clusterId })
    const key = await generateNodeKey()
    const csrPem = await createCSR(key)
    const identity = { nodeId: state.nodeId, role: MANAGER_ROLE, clusterId: state.clusterId } as const
    const certPem = root.keyPem
      ? await issueNodeCertificate(await loadRootCA(root.certPem, root.keyPem), csrPem, { ...identity, expiryMs: plan.nodeCertExpiryMs })
      : await signWithExternalCA(external, csrPem, { ...identity, rootPem: root.certPem }).catch((err) => {
          throw new ShoalError('Unavailable', (err as Error).message)
        })
    this.ctx.files.writeNew({ rootPem: root.certPem, rootKeyPem: root.keyPem, certPem, keyPem: key.keyPem })
    this.ctx.setState(state)
    await this.components.startOrRollBack(state, true, plan.addrPools)
    if (Object.keys(settings).length > 0) {
      const mgr = this.components.mgr!
      await mgr.control.updateCluster(Number(mgr.cluster().meta!.version), settings)
      this.autolock.follow(mgr) // --autolock: sealed before init answers
    }
    return state.nodeId
  }

  // Becomes a worker (or, with a manager token, a manager) of the swarm the plan names.
  // Nothing is written here until a manager has accepted the token and issued this
  // node's certificate.
  async applyJoin(plan: JoinPlan): Promise<void> {
    const joined = await joinSwarm({ token: plan.token, managers: plan.remotes, hostname: this.ctx.hostname, availability: plan.availability })
    // Without --advertise-addr, as SwarmKit: the address this host reaches its manager from.
    const via = parseAddr(joined.manager, 'manager address')
    const advertise = plan.advertise ?? { host: await localAddressTowards(via.host, via.port), port: plan.listen.port }
    const manager = joined.role === 'manager'
    const state: SwarmState = {
      nodeId: joined.nodeId,
      clusterId: joined.clusterId,
      // A manager's Raft id is its own pick (64-bit random, as SwarmKit's); the leader
      // records it with addMember when this node calls Raft.Join.
      raftId: manager ? newRaftId() : 0,
      role: manager ? 'manager' : 'worker',
      listenAddr: formatAddr(plan.listen),
      advertiseAddr: formatAddr(advertise),
      managers: [joined.manager, ...plan.remotes.filter((a) => a !== joined.manager)],
      joined: manager || undefined,
    }
    // A crash between these two leaves a node that is simply not in a swarm (and a node
    // object on the manager that never comes up).
    this.ctx.files.writeNew({ rootPem: joined.rootPem, certPem: joined.certPem, keyPem: joined.keyPem })
    this.ctx.setState(state)
    await this.components.startOrRollBack(state, true)
    // As dockerd: joined once the node's first session is up (its `ready` written), else
    // docker's 503 after 20 s, the join carrying on.
    if (!(await this.components.waitForSession(JOIN_READY_TIMEOUT_MS))) throw new ShoalError('Unavailable', JOIN_TIMEOUT_MESSAGE)
  }

  async leave(force: boolean): Promise<void> {
    const state = this.ctx.state
    if (!state) throw new ShoalError('FailedPrecondition', NOT_IN_A_SWARM)
    if (state.role === 'manager' && !force) {
      throw new ShoalError(
        'FailedPrecondition',
        'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.',
      )
    }
    // Stops every task and reports it (a worker's session is still up for that). A locked
    // manager runs no agent, yet its tasks still run: one adopts them only to stop them,
    // with no dispatcher to report to.
    await (this.components.agent ?? this.components.newAgent(state, () => undefined)).shutdownAll()
    await this.components.stop()
    this.ctx.setState(null)
    this.ctx.files.removeMembership(true)
    this.ctx.locked = false
  }

  // POST /swarm/unlock: a locked manager opens its key files with the unlock key and
  // starts as it would have at its restart. A wrong key changes nothing.
  async unlock(raw: unknown): Promise<void> {
    const state = this.ctx.state
    if (!state) throw new ShoalError('FailedPrecondition', NOT_IN_A_SWARM)
    if (!this.ctx.locked) throw new ShoalError('FailedPrecondition', 'swarm is not locked')
    const body = requestObject(raw, 'swarm unlock request')
    const text = optionalString(body.UnlockKey, 'UnlockKey')
    checkBytes(text, BOUNDS.token, 'unlock key')
    this.ctx.files.keys.unlock(parseUnlockKey(text))
    this.ctx.locked = false
    await this.components.start(state)
  }
}

// ---- the request's shape ----

function requestObject(raw: unknown, what: string): Json {
  if (raw === undefined || raw === null || raw === '') return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid(`invalid ${what}: must be a JSON object`)
  return raw as Json
}

function optionalString(v: unknown, field: string): string {
  if (v === undefined || v === null) return ''
  if (typeof v !== 'string') throw invalid(`invalid ${field} ${JSON.stringify(v)}: must be a string`)
  return v
}

function optionalBoolean(v: unknown, field: string): boolean {
  if (v === undefined || v === null) return false
  if (typeof v !== 'boolean') throw invalid(`invalid ${field} ${JSON.stringify(v)}: expected true or false`)
  return v
}

// docker's CLI sends "active" by default; '' means the same.
function checkAvailability(v: unknown): string | undefined {
  const a = optionalString(v, 'Availability')
  if (a !== '' && !NODE_AVAILABILITIES.includes(a)) throw invalid(`invalid availability "${a}": expected active, pause or drain`)
  return a || undefined
}
