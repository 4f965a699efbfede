// A manager node's components, wired through the replicated store: every component
// reacts to store changes; none calls another.
import * as path from 'node:path'
import { RaftStore } from '../native'
import { Control } from './control'
import { Dispatcher } from './dispatcher'
import { Orchestrator } from './orchestrator/orchestrator'
import { DEFAULT_HISTORY_LIMIT, TaskReaper } from './orchestrator/reaper'
import { Scheduler } from './scheduler/scheduler'
import { ClusterStore, v1, WriteBatch, type Cluster } from './store'
import { ShoalError } from './errors'

export interface ManagerOptions {
  dataDir: string // the node's data dir; Raft state lives in <dataDir>/raft
  raftId: number
  snapshotInterval?: number
}

export interface Bootstrap {
  clusterId: string
  nodeId: string
  rootCaCertPem: string
  rootCaKeyPem: string
  nodeCertPem: string
  joinTokens: { worker: string; manager: string }
  addr: string
}

export const DEFAULT_HEARTBEAT_MS = 5000
export const DEFAULT_CERT_EXPIRY_MS = 90 * 24 * 3600 * 1000

export class Manager {
  readonly store: ClusterStore
  readonly control: Control
  readonly dispatcher: Dispatcher
  private readonly orchestrator: Orchestrator
  private readonly scheduler: Scheduler
  private readonly reaper: TaskReaper

  private constructor(readonly raft: RaftStore) {
    this.store = new ClusterStore(raft)
    this.control = new Control(this.store)
    this.dispatcher = new Dispatcher(this.store)
    this.orchestrator = new Orchestrator(this.store)
    this.scheduler = new Scheduler(this.store)
    this.reaper = new TaskReaper(this.store)
  }

  // Opens (or recovers) the Raft log and store. A new cluster bootstraps with this
  // member as its only voter.
  static open(opts: ManagerOptions): Manager {
    const raft = RaftStore.open({
      dataDir: path.join(opts.dataDir, 'raft'),
      nodeId: opts.raftId,
      peers: [opts.raftId],
      snapshotInterval: opts.snapshotInterval,
    })
    return new Manager(raft)
  }

  // Writes the cluster object and this node's object, unless a previous run already did
  // (init is idempotent so that a crash between the two steps of init heals on restart).
  async bootstrap(b: Bootstrap): Promise<void> {
    const view = this.store.view()
    const batch = new WriteBatch()
    if (!view.get('clusters', b.clusterId)) {
      batch.create(
        'clusters',
        new v1.Cluster({
          meta: new v1.Meta({ id: b.clusterId }),
          spec: new v1.ClusterSpec({
            annotations: new v1.Annotations({ name: 'default' }),
            heartbeatPeriodMs: DEFAULT_HEARTBEAT_MS,
            nodeCertExpiryMs: DEFAULT_CERT_EXPIRY_MS,
            taskHistoryLimit: DEFAULT_HISTORY_LIMIT,
          }),
          joinTokens: new v1.JoinTokens(b.joinTokens),
          rootCaCertPem: b.rootCaCertPem,
          rootCaKeyPem: b.rootCaKeyPem,
        }),
      )
    }
    if (!view.get('nodes', b.nodeId)) {
      batch.create(
        'nodes',
        new v1.Node({
          meta: new v1.Meta({ id: b.nodeId }),
          spec: new v1.NodeSpec({ role: 'manager', availability: 'active', annotations: new v1.Annotations({}) }),
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
    this.dispatcher.start(localNodeId)
    this.orchestrator.start()
    this.scheduler.start()
    this.reaper.start()
  }

  cluster(): Cluster {
    const c = this.store.view().list('clusters')[0]
    if (!c) throw new ShoalError('Unavailable', 'the swarm is still initialising')
    return c
  }

  async close(): Promise<void> {
    this.reaper.stop()
    this.scheduler.stop()
    this.orchestrator.stop()
    this.dispatcher.stop()
    await this.raft.close()
  }
}
