// A manager node's components, wired through the replicated store: every component
// reacts to store changes; none calls another.
import * as path from 'node:path'
import { RaftStore } from '../native'
import { Control } from './control'
import { Dispatcher } from './dispatcher'
import { Orchestrator } from './orchestrator/orchestrator'
import { DEFAULT_HISTORY_LIMIT, TaskReaper } from './orchestrator/reaper'
import { CARotationReconciler } from './ca-reconciler'
import { Scheduler } from './scheduler/scheduler'
import { ClusterStore, copyOf, idOf, v1, WriteBatch, type Cluster, type Copy, type Node, type Shared, type Task } from './store'
import { ShoalError } from './errors'
import { SecretsKey, SECRETS_KEY_FILE } from './secrets/key'
import { FileControl } from './files/control'
import { configKind, secretKind } from './files/kinds'
import { SwarmEvents } from './events'
import { Allocator } from './allocator/allocator'
import { addIngress, checkAddrPools, NetworkControl } from './network/control'
import { sealCAKey } from './ca/sealed-key'
import { ComponentHealth, type ComponentFailure } from './health'
import { Supervisor } from './supervisor'
import { RequestRecordPruner } from './requests'
import { ReadBarrier } from './read-index'
import { loadLocalRaftSettings, openOptionsOf, raftSettingsOf, sameRaftSettings, saveLocalRaftSettings, tuneOptionsOf, type RaftSettings } from './raft-config'
import { TaskState } from '../agent/types'
import { TRACING, trace } from '../trace'

export interface ManagerOptions {
  dataDir: string // the node's data dir; Raft state lives in <dataDir>/raft
  raftId: number
  // This manager's swarm address (host:port), recorded as its Raft member context.
  addr?: string
  // Joining an existing group: no founding configuration; the leader added us first.
  join?: boolean
  // `swarm init --force-new-cluster`: restart the group from this member's state alone.
  forceNewCluster?: boolean
  // 32 bytes: what the Raft log and snapshots are encrypted with (src/daemon/keys.ts).
  raftKey: Buffer
  // The cluster's secrets key; default <dataDir>/certificates/swarm-secrets.key.
  secretsKey?: SecretsKey
}

// How often leadership is checked. Raft elects within 1-2 s with the default settings
// (raft-config.ts); a 200 ms poll adds little to that and needs no hook in the addon.
const LEADERSHIP_POLL_MS = 200

export interface Bootstrap {
  clusterId: string
  nodeId: string
  rootCaCertPem: string
  rootCaKeyPem: string
  nodeCertPem: string
  joinTokens: { worker: string; manager: string }
  addr: string
  // The founder's hostname, in its node's description from the start (as a joining node's
  // is, nodeca.ts): the node's first event, its create, then carries its name.
  hostname?: string
  // `swarm init --default-addr-pool` (repeatable) and `--default-addr-pool-mask-length`
  // (docker's DefaultAddrPool and SubnetSize); absent: 10.0.0.0/8 in /24s.
  defaultAddrPool?: string[]
  subnetSize?: number
}

export const DEFAULT_HEARTBEAT_MS = 5000

// Component names, as the log and `info` show them.
const DISPATCHER = 'dispatcher'
const ROOT_ROTATION = 'root rotation'
const LEADERSHIP = 'leadership'
export const DEFAULT_CERT_EXPIRY_MS = 90 * 24 * 3600 * 1000


export class Manager {
  readonly store: ClusterStore
  readonly control: Control
  readonly secrets: FileControl<v1.Secret>
  readonly configs: FileControl<v1.Config>
  // Swarm events from this manager's replica (GET /events), on every manager.
  readonly events: SwarmEvents
  // The components that write on their own initiative run on the leader only (as in
  // SwarmKit): two managers orchestrating the same store would fight over every slot.
  private leading: Supervisor | null = null
  // Their failures (and the leadership poll's), for `info` and the log.
  readonly health = new ComponentHealth()
  readonly networks: NetworkControl
  // Linearizable reads on this manager (read-index.ts): the API waits on it before a read.
  readonly reads: ReadBarrier
  private localNodeId: string | undefined
  private poll: NodeJS.Timeout | null = null
  private readonly leadershipListeners: ((leader: boolean) => void)[] = []
  private closed = false
  // The Raft settings this manager runs with: election and heartbeat ticks as opened, the
  // rest as last applied (raft-config.ts).
  private raftInEffect!: RaftSettings
  private raftDir = ''

  private constructor(
    readonly raft: RaftStore,
    readonly secretsKey: SecretsKey,
  ) {
    this.store = new ClusterStore(raft)
    this.control = new Control(this.store, secretsKey)
    this.secrets = new FileControl(this.store, secretKind(secretsKey))
    this.configs = new FileControl(this.store, configKind)
    this.events = new SwarmEvents(this.store)
    this.networks = new NetworkControl(this.store)
    this.reads = new ReadBarrier(raft)
  }

  // Opens (or recovers) the Raft log and store. A new cluster bootstraps with this
  // member as its only voter; a joining manager starts empty and waits for the leader.
  static open(opts: ManagerOptions): Manager {
    // The cluster's Raft settings as this manager last saw them (the store is not open yet);
    // kept beside the Raft data, so they go with it (leave, demotion, a fresh join).
    const raftDir = path.join(opts.dataDir, 'raft')
    const settings = loadLocalRaftSettings(raftDir)
    const raft = RaftStore.open({
      dataDir: raftDir,
      key: opts.raftKey,
      nodeId: opts.raftId,
      peers: opts.join ? undefined : [opts.raftId],
      join: opts.join || undefined,
      context: opts.addr ? Buffer.from(opts.addr) : undefined,
      forceNewCluster: opts.forceNewCluster || undefined,
      ...openOptionsOf(settings),
    })
    const mgr = new Manager(raft, opts.secretsKey ?? new SecretsKey(path.join(opts.dataDir, 'certificates', SECRETS_KEY_FILE)))
    mgr.followRaftSettings(raftDir, settings)
    if (TRACING) traceCommits(mgr.store)
    return mgr
  }

  // Follows the cluster's Raft settings: saved for the next start, and what can change
  // live applied now.
  private followRaftSettings(raftDir: string, opened: RaftSettings): void {
    this.raftDir = raftDir
    this.raftInEffect = opened
    this.applyRaftSettings()
    this.store.onChange((changes) => {
      if (changes.some((c) => c.table === 'clusters')) this.applyRaftSettings()
    })
  }

  private applyRaftSettings(): void {
    const cluster = this.store.view().list('clusters')[0]
    if (!cluster || this.closed) return
    const wanted = raftSettingsOf(cluster.spec)
    try {
      if (!sameRaftSettings(wanted, loadLocalRaftSettings(this.raftDir))) saveLocalRaftSettings(this.raftDir, wanted)
      const live = { ...wanted, electionTicks: this.raftInEffect.electionTicks, heartbeatTicks: this.raftInEffect.heartbeatTicks }
      if (!sameRaftSettings(live, this.raftInEffect)) {
        this.raft.tune(tuneOptionsOf(live))
        this.raftInEffect = live
      }
    } catch (err) {
      console.error(`manager: applying the Raft settings: ${(err as Error).message}`)
    }
  }

  // The cluster's Raft settings and those this manager runs with (they differ in the
  // election and heartbeat ticks until it restarts).
  raftSettings(): { cluster: RaftSettings | null; inEffect: RaftSettings } {
    const cluster = this.store.view().list('clusters')[0]
    return { cluster: cluster ? raftSettingsOf(cluster.spec) : null, inEffect: { ...this.raftInEffect } }
  }

  // The election timeout this manager runs with (the shortest: raft-rs randomises each
  // between one and two of these).
  electionTimeoutMs(): number {
    return this.raftInEffect.electionTicks * this.raftInEffect.tickMs
  }

  isLeader(): boolean {
    return this.raft.status().role === 'leader'
  }

  // The leader's swarm address as this member knows it ('' when there is none yet).
  leaderAddr(): string {
    const s = this.raft.status()
    if (!s.leader) return ''
    const m = this.raft.members().find((x) => x.id === s.leader)
    return m ? m.context.toString('utf8') : ''
  }

  // The dispatcher exists on the leader only; elsewhere callers are told where to go.
  // Whether the leader's root rotation reconciler asks this node to renew (false elsewhere).
  askedToRenew(nodeId: string): boolean {
    return this.leading?.get<CARotationReconciler>(ROOT_ROTATION)?.askedToRenew(nodeId) ?? false
  }

  get dispatcher(): Dispatcher {
    if (!this.leading) {
      const addr = this.leaderAddr()
      throw new ShoalError('Unavailable', `this manager is not the leader${addr ? `; try ${addr}` : ''}`)
    }
    const d = this.leading.get<Dispatcher>(DISPATCHER)
    if (!d) throw new ShoalError('Unavailable', 'the dispatcher is restarting after a failure; try again shortly')
    return d
  }

  // Components that failed on this manager: the last error of each, and whether it is
  // still failing (health.ts).
  componentFailures(): ComponentFailure[] {
    return this.health.list()
  }

  // Called with true when this manager starts leading (its components are running) and
  // false when it stops; the daemon attaches its own agent accordingly.
  onLeadership(fn: (leader: boolean) => void): void {
    this.leadershipListeners.push(fn)
  }

  // Writes the cluster object and this node's object, unless a previous run already did
  // (init is idempotent so that a crash between the two steps of init heals on restart).
  async bootstrap(b: Bootstrap): Promise<void> {
    const view = this.store.view()
    const batch = new WriteBatch()
    if (!view.get('clusters', b.clusterId)) {
      // Checked first: a bad pool leaves nothing written.
      const pools = checkAddrPools(b.defaultAddrPool ?? [], b.subnetSize ?? 0)
      const cluster = new v1.Cluster({
        meta: new v1.Meta({ id: b.clusterId }),
        spec: new v1.ClusterSpec({
          annotations: new v1.Annotations({ name: 'default' }),
          heartbeatPeriodMs: DEFAULT_HEARTBEAT_MS,
          nodeCertExpiryMs: DEFAULT_CERT_EXPIRY_MS,
          taskHistoryLimit: DEFAULT_HISTORY_LIMIT,
        }),
        joinTokens: new v1.JoinTokens(b.joinTokens),
        rootCaCertPem: b.rootCaCertPem,
        rootCaKeyPem: sealCAKey(b.rootCaKeyPem, this.secretsKey),
      })
      if (b.defaultAddrPool?.length) cluster.spec!.defaultAddrPool = b.defaultAddrPool
      if (b.subnetSize) cluster.spec!.subnetSize = pools.size
      batch.create('clusters', cluster)
      // The routing mesh's network exists from the start, as in docker.
      addIngress(batch, view, cluster)
    }
    if (!view.get('nodes', b.nodeId)) {
      batch.create(
        'nodes',
        new v1.Node({
          meta: new v1.Meta({ id: b.nodeId }),
          spec: new v1.NodeSpec({ role: 'manager', availability: 'active', annotations: new v1.Annotations({}) }),
          description: b.hostname ? new v1.NodeDescription({ hostname: b.hostname }) : null,
          status: new v1.NodeStatus({ state: 'unknown', addr: b.addr }),
          managerStatus: new v1.ManagerStatus({ raftId: this.raft.status().id, addr: b.addr, leader: true, reachability: 'reachable' }),
          certificatePem: b.nodeCertPem,
        }),
      )
    }
    await this.store.commit(batch)
  }

  // localNodeId: this manager's own node (its agent attaches in-process).
  start(localNodeId?: string): void {
    this.localNodeId = localNodeId
    this.pollLeadership()
    this.poll = setInterval(() => this.pollLeadership(), LEADERSHIP_POLL_MS)
  }

  // A throw in a timer callback would end the process: the poll's failures are recorded
  // and the next poll tries again.
  private pollLeadership(): void {
    // Except one: a Raft member whose thread stopped (its log could not be written: a
    // full disk, an I/O error) takes part in nothing more, yet would go on answering reads
    // from its frozen replica and forwarding writes to a leader long gone. As etcd does on
    // a failed WAL write, the daemon dies loudly instead (thrown from this timer,
    // uncaught), so that its supervisor restarts it and it recovers from its log; every
    // write it acknowledged is there. Found by the chaos runs (docs/RELIABILITY.md).
    const failure = this.closed ? null : this.raft.failure()
    if (failure) throw new Error(`the Raft node stopped: ${failure}; exiting, to recover from the log on restart`)
    try {
      this.checkLeadership()
      this.health.ok(LEADERSHIP)
    } catch (err) {
      this.health.failed(LEADERSHIP, err)
    }
  }

  private checkLeadership(): void {
    if (this.closed) return
    const leader = this.isLeader()
    if (leader && !this.leading) {
      const s = new Supervisor(this.health)
      const h = this.health
      s.start(DISPATCHER, () => new Dispatcher(this.store, this.secretsKey, h), (d) => d.start(this.localNodeId))
      s.start('orchestrator', () => new Orchestrator(this.store, h))
      s.start('scheduler', () => new Scheduler(this.store, h))
      s.start('task reaper', () => new TaskReaper(this.store, h))
      s.start(ROOT_ROTATION, () => new CARotationReconciler(this.store, h))
      s.start('allocator', () => new Allocator(this.store, h))
      s.start('request records', () => new RequestRecordPruner(this.store))
      this.leading = s
      void this.markLeader().catch(() => undefined)
    } else if (!leader && this.leading) {
      this.stopLeading()
    } else {
      if (leader) this.reconcileManagers()
      return
    }
    for (const fn of this.leadershipListeners) {
      try {
        fn(leader)
      } catch (err) {
        console.error('leadership listener failed:', err)
      }
    }
  }

  // ManagerStatus.leader on the node objects: this node true, every other manager false.
  private async markLeader(): Promise<void> {
    const raftId = this.raft.status().id
    await this.store.write((batch, view) => {
      for (const n of view.find('nodes', 'role', 'manager')) {
        const ms = n.managerStatus
        if (!ms) continue
        const leader = Number(ms.raftId) === raftId
        if (!!ms.leader === leader) continue
        ms.leader = leader
        batch.update('nodes', n)
      }
    })
  }

  // Leader only, every poll: (1) demoted managers leave the Raft group, one at a time;
  // (2) ManagerStatus.reachability follows the leader's progress() (written on change
  // only, so node ls on any manager shows the leader's view). Reads the store's mirror
  // (decoded once per change), not a fresh decode of every node each poll.
  private membershipBusy = false
  private reconcileManagers(): void {
    if (this.membershipBusy) return
    this.membershipBusy = true
    void this.reconcileManagersOnce()
      .catch((err) => {
        if (!this.closed) console.error(`manager membership: ${(err as Error).message}`)
      })
      .finally(() => (this.membershipBusy = false))
  }

  private async reconcileManagersOnce(): Promise<void> {
    const view = await this.store.sharedView()
    const members = this.raft.members()
    const status = this.raft.status()
    const workers = view.find('nodes', 'role', 'worker')
    const demoted = workers.find((n) => {
      const id = Number(n.managerStatus?.raftId ?? 0)
      return id > 0 && members.some((m) => m.id === id)
    })
    const progress = new Map(this.raft.progress().map((p) => [p.id, p]))
    // The mirror's nodes are shared: changes go to copies.
    const stale: Copy<Shared<Node>>[] = []
    // Demoted nodes already out of the group keep no ManagerStatus (whichever leader
    // removed them, even a previous one that stepped down by removing itself).
    for (const n of workers) {
      const id = Number(n.managerStatus?.raftId ?? 0)
      if (n.managerStatus && !members.some((m) => m.id === id)) {
        const c = copyOf(n)
        c.managerStatus = null
        stale.push(c)
      }
    }
    for (const n of view.find('nodes', 'role', 'manager')) {
      const id = Number(n.managerStatus?.raftId ?? 0)
      if (!id) continue
      // A manager not in the group (after --force-new-cluster) is unreachable for good.
      const member = members.some((m) => m.id === id)
      const reachability = member && (id === status.id || progress.get(id)?.recentActive) ? 'reachable' : 'unreachable'
      if (n.managerStatus!.reachability !== reachability) {
        const ms = copyOf(n.managerStatus!)
        ms.reachability = reachability
        const c = copyOf(n)
        c.managerStatus = ms
        stale.push(c)
      }
    }
    if (stale.length > 0) {
      const batch = new WriteBatch()
      for (const n of stale) batch.update('nodes', n)
      await this.store.commit(batch).catch(() => undefined) // a conflict: the next poll redoes it
    }
    if (demoted) {
      // Removing ourselves: raft hands leadership to another member once applied.
      // The next poll (here or on the new leader) clears the node's ManagerStatus.
      await this.removeRaftMember(Number(demoted.managerStatus!.raftId))
    }
  }

  private stopLeading(): void {
    const c = this.leading
    this.leading = null
    c?.stop()
  }

  cluster(): Cluster {
    const c = this.store.view().list('clusters')[0]
    if (!c) throw new ShoalError('Unavailable', 'the swarm is still initialising')
    return c
  }

  // Leader only (Raft.Join): makes the node `nodeId`, which holds a manager certificate
  // (its node object says role manager), Raft member `raftId` at `addr`, and records its
  // ManagerStatus. Resolves with the configuration after the change.
  async addManager(nodeId: string, raftId: number, addr: string): Promise<{ id: number; addr: string }[]> {
    const node = this.store.view().get('nodes', nodeId)
    if (!node) throw new ShoalError('NotFound', `node ${nodeId} is not part of the swarm`)
    if (node.spec?.role !== 'manager') throw new ShoalError('FailedPrecondition', `node ${nodeId} is not a manager: join with the manager token`)
    if (!Number.isSafeInteger(raftId) || raftId <= 0) throw new ShoalError('InvalidArgument', `invalid raft id ${raftId}`)
    const known = this.raft.members().find((m) => m.id === raftId)
    const taken = this.store.view().find('nodes', 'role', 'manager').find((n) => Number(n.managerStatus?.raftId) === raftId && idOf(n) !== nodeId)
    if (taken) throw new ShoalError('AlreadyExists', `raft id ${raftId} belongs to node ${idOf(taken)}`)
    if (!known || known.context.toString('utf8') !== addr) await this.membershipChange(() => this.raft.addMember(raftId, Buffer.from(addr)))
    for (;;) {
      const n = this.store.view().get('nodes', nodeId)
      if (!n) throw new ShoalError('NotFound', `node ${nodeId} was removed while joining`)
      n.managerStatus = new v1.ManagerStatus({ raftId, addr, leader: false, reachability: 'reachable' })
      const batch = new WriteBatch()
      batch.update('nodes', n)
      try {
        await this.store.commit(batch)
        break
      } catch (err) {
        if ((err as ShoalError).code !== 'Conflict') throw err
      }
    }
    return this.raft.members().map((m) => ({ id: m.id, addr: m.context.toString('utf8') }))
  }

  // One membership change at a time (raft refuses a second while the first is applying):
  // wait for the previous one a bounded while rather than fail the caller at once.
  private async membershipChange<T>(fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + 10_000
    for (;;) {
      try {
        return await fn()
      } catch (err) {
        const code = (err as { code?: string }).code
        if (code === 'MembershipChangeInProgress' && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200))
          continue
        }
        if (code === 'NotLeader') throw new ShoalError('Unavailable', `this manager is not the leader: ${(err as Error).message}`)
        throw new ShoalError(code === 'NotFound' ? 'NotFound' : code === 'InvalidArgument' ? 'InvalidArgument' : 'FailedPrecondition', (err as Error).message)
      }
    }
  }

  // Leader only: takes Raft member `raftId` out of the group (a demoted manager).
  async removeRaftMember(raftId: number): Promise<void> {
    if (!this.raft.members().some((m) => m.id === raftId)) return
    await this.membershipChange(() => this.raft.removeMember(raftId))
  }

  // Stops the leader's components (ending agent sessions) but keeps the store open.
  stopComponents(): void {
    this.closed = true
    if (this.poll) clearInterval(this.poll)
    this.poll = null
    this.stopLeading()
  }

  async close(): Promise<void> {
    this.stopComponents()
    this.events.close()
    await this.raft.close()
  }
}

// Tracing (../trace.ts): each service created and each task state this manager's store
// commits, as the commit reaches the store's mirror.
function traceCommits(store: ClusterStore): void {
  const seen = new Map<string, number>()
  store.onChange((changes) => {
    for (const c of changes) {
      if (c.table === 'services' && c.kind === 'create') trace('store.service', c.id)
      if (c.table !== 'tasks') continue
      if (c.kind === 'delete') {
        seen.delete(c.id)
        continue
      }
      const t = c.object as Shared<Task> | undefined
      const state = t?.status?.state ?? 0
      if (!t || seen.get(c.id) === state) continue
      seen.set(c.id, state)
      trace('store.task', c.id, `${TaskState[state]} ${t.nodeId || '-'}`)
    }
  })
}
