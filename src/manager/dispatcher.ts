// The only door between the manager and agents: registration, assignments, heartbeats
// and status reports. Two kinds of session sit behind AgentSession: the manager node's
// own agent, attached in-process, and remote agents attached over gRPC (src/rpc/server.ts).
// The logic here does not know which is which, except that only remote sessions
// heartbeat: an in-process agent cannot lose its manager.
//
// Liveness, as SwarmKit's dispatcher: each remote node must heartbeat within its grace
// period (3 x the cluster's heartbeat period + epsilon); when it does not, the node is
// marked down and its session closed. The orchestrator then replaces the node's tasks
// elsewhere (orchestrator/nodes.ts). When the node comes back it opens a new session and
// receives its complete assignment set, in which those stale tasks now have desired state
// SHUTDOWN, so its agent stops them.
import { randomBytes } from 'node:crypto'
import { TaskState, type AssignedTask, type TaskStatusUpdate } from '../agent/types'
import { ShoalError } from './errors'
import { ReconcileLoop } from './loop'
import type { ComponentHealth } from './health'
import { copyOf, patches, v1, WriteBatch, type ClusterStore, type Shared, type StoreReader, type Task } from './store'
import { idOf } from './store'
import type { SecretsKey } from './secrets/key'
import { filesFor, hasFiles, needsFiles, type TaskFiles } from './files/delivery'
import { configKind, secretKind, type FileKind } from './files/kinds'
import { changesEndpoints, NetworkViews, toAttachments } from './network/delivery'
import { attachmentsOf } from './allocator/needs'
import type { PublishedPort } from '../agent/network/types'
import { TRACING, trace } from '../trace'

export const DEFAULT_HEARTBEAT_PERIOD_MS = 5000
// Work one pass takes on, so a pass stays bounded whatever piles up meanwhile (a thousand
// nodes reconnecting, a hundred thousand tasks reporting at once); the rest goes to the
// next pass, which the loop runs at once.
export const MAX_NODES_PER_PASS = 1_000
export const MAX_REPORTS_PER_PASS = 100_000
// As SwarmKit's GracePeriodMultiplier: a node may miss two heartbeats and be late with a
// third before it is declared down.
export const GRACE_MULTIPLIER = 3

// The grace period for a heartbeat period: 3 periods plus a little slack for the RPC
// itself and timer skew (half a period, at most 500 ms: SwarmKit's epsilon).
export function gracePeriodMs(periodMs: number): number {
  return GRACE_MULTIPLIER * periodMs + Math.min(500, periodMs / 2)
}

export interface AgentSession {
  // Replaces the complete set of tasks assigned to the agent's node. Tasks are the stored
  // objects (with their versions) so a remote session can send only what changed.
  // `files`: every secret (opened) and config those tasks need (files/delivery.ts).
  // `network`: the node's complete network state (network/delivery.ts), unchanged ones
  // included.
  assign(tasks: readonly Shared<Task>[], files: TaskFiles, network: v1.NodeNetworkState): void
  // The manager ends the session (node down or removed, a newer session, shutdown). The
  // agent reconnects if it still can; its tasks keep running meanwhile.
  close(reason: string): void
}

export interface NodeRegistration {
  hostname: string
  os: string
  architecture: string
  nanoCpus: number
  memoryBytes: number
  engineVersion: string
  runtimes: string[]
  // How many tasks the node will hold (0: not said).
  maxTasks?: number
  addr: string
  // What the node trusts and who issued its certificate (root rotation progress).
  tlsInfo?: v1.INodeTLSInfo | null
}

export interface RegisterOptions {
  // Remote sessions must heartbeat or the node is marked down; the in-process one need not.
  heartbeats: boolean
}

interface SessionEntry {
  id: string
  session: AgentSession
  heartbeats: boolean
}

export function toAssigned(t: Shared<Task>): AssignedTask {
  const c = t.spec?.container
  return {
    id: idOf(t),
    serviceId: t.serviceId,
    serviceName: t.serviceName,
    ...(t.spec?.serviceLabels && Object.keys(t.spec.serviceLabels).length > 0 ? { serviceLabels: { ...t.spec.serviceLabels } } : {}),
    slot: Number(t.slot),
    nodeId: t.nodeId,
    desiredState: t.desiredState,
    spec: {
      runtime: t.spec?.runtime || 'container',
      image: c?.image ?? '',
      // The agent's own arrays: the shared task's are read-only.
      args: [...(c?.args ?? [])],
      env: [...(c?.env ?? [])],
      secrets: c?.secrets?.map((r) => ({ secretId: r.secretId ?? '', secretName: r.secretName ?? '', target: r.target ?? '', uid: r.uid ?? '', gid: r.gid ?? '', mode: r.mode ?? 0 })),
      ...(t.spec?.logDriver?.options && Object.keys(t.spec.logDriver.options).length > 0 ? { logOptions: { ...t.spec.logDriver.options } } : {}),
      configs: c?.configs?.map((r) => ({ configId: r.configId ?? '', configName: r.configName ?? '', target: r.target ?? '', uid: r.uid ?? '', gid: r.gid ?? '', mode: r.mode ?? 0 })),
      ...containerFields(t),
    },
    networks: toAttachments(attachmentsOf(t)),
    ...hostPortsOf(t),
  }
}

// A task's host-mode published ports, when it has any.
function hostPortsOf(t: Shared<Task>): Pick<AssignedTask, 'hostPorts'> {
  const held = (t.ports ?? []).filter((p) => p.publishMode === 'host' && p.publishedPort)
  if (held.length === 0) return {}
  return { hostPorts: held.map((p) => ({ protocol: (p.protocol || 'tcp') as PublishedPort['protocol'], targetPort: p.targetPort ?? 0, publishedPort: p.publishedPort ?? 0, publishMode: 'host' })) }
}

// The container runtime's fields, only those set (a process task carries none).
function containerFields(t: Shared<Task>): Partial<AssignedTask['spec']> {
  const c = t.spec?.container
  const out: Partial<AssignedTask['spec']> = {}
  if (c?.command?.length) out.command = [...c.command]
  if (c?.hostname) out.hostname = c.hostname
  if (c?.dir) out.dir = c.dir
  if (c?.user) out.user = c.user
  if (c?.mounts?.length)
    out.mounts = c.mounts.map((m) => ({
      type: (m.type ?? 'volume') as 'bind' | 'volume' | 'tmpfs',
      source: m.source ?? '',
      target: m.target ?? '',
      readOnly: m.readOnly === true,
      ...(Number(m.tmpfsSizeBytes ?? 0) > 0 ? { tmpfsSizeBytes: Number(m.tmpfsSizeBytes) } : {}),
    }))
  if (c?.stopSignal) out.stopSignal = c.stopSignal
  if (c?.readOnly) out.readOnly = true
  if (c?.init) out.init = true
  if (c?.registryAuth) out.registryAuth = c.registryAuth
  if (c?.capabilityAdd?.length) out.capAdd = [...c.capabilityAdd]
  if (c?.capabilityDrop?.length) out.capDrop = [...c.capabilityDrop]
  if (c?.networkMode) out.networkMode = c.networkMode
  const h = c?.healthcheck
  if (h) {
    out.healthcheck = { test: [...(h.test ?? [])] }
    if (Number(h.intervalNs ?? 0) > 0) out.healthcheck.intervalMs = Math.round(Number(h.intervalNs) / 1e6)
    if (Number(h.timeoutNs ?? 0) > 0) out.healthcheck.timeoutMs = Math.round(Number(h.timeoutNs) / 1e6)
    if (Number(h.startPeriodNs ?? 0) > 0) out.healthcheck.startPeriodMs = Math.round(Number(h.startPeriodNs) / 1e6)
    if (Number(h.retries ?? 0) > 0) out.healthcheck.retries = Number(h.retries)
  }
  if (Number(c?.stopGracePeriodNs ?? 0) > 0) out.stopGracePeriodMs = Math.round(Number(c!.stopGracePeriodNs) / 1e6)
  const lim = t.spec?.resources?.limits
  const limits = { nanoCpus: Number(lim?.nanoCpus ?? 0), memoryBytes: Number(lim?.memoryBytes ?? 0), pids: Number(c?.pidsLimit ?? 0) }
  if (limits.nanoCpus || limits.memoryBytes || limits.pids) out.limits = limits
  return out
}

// The complete assignment set of a node: every task placed on it that the scheduler has
// handed over (ASSIGNED or later), including ones the manager wants stopped.
export function assignmentsOf(view: Pick<StoreReader, 'find'>, nodeId: string): Shared<Task>[] {
  return view.find('tasks', 'node', nodeId).filter((t) => (t.status?.state ?? 0) >= TaskState.ASSIGNED)
}

export class Dispatcher {
  private readonly sessions = new Map<string, SessionEntry>()
  // Heartbeat deadlines of remote nodes, whether or not their session is still open: a
  // node whose connection dropped has until its deadline to come back.
  private readonly expiry = new Map<string, NodeJS.Timeout>()
  // Bumped by every registration, so that a down-marking decided before a node came back
  // never lands after it (see markDown).
  private readonly generation = new Map<string, number>()
  private readonly dirty = new Set<string>()
  // The desired state each assigned task had when its node last heard of it.
  private readonly sentDesired = new Map<string, number>()
  private readonly pending = new Map<string, { nodeId: string; update: TaskStatusUpdate }>()
  private readonly assignLoop: ReconcileLoop
  private readonly statusLoop: ReconcileLoop
  // Services that have an endpoint (VIPs, published ports): nodes hear of their changes.
  private readonly withEndpoint = new Set<string>()
  // Each node's addresses on networks, as last seen (to notice a change).
  private readonly attachmentKeys = new Map<string, string>()
  private unsubscribe: (() => void) | null = null
  private periodMs = DEFAULT_HEARTBEAT_PERIOD_MS
  private stopped = false

  // secretsKey opens the secrets assigned tasks need; without it none are sent (configs are
  // sent all the same: they are stored in the clear).
  private readonly secretKind: FileKind | null

  constructor(
    private readonly store: ClusterStore,
    secretsKey: SecretsKey | null = null,
    health?: ComponentHealth,
  ) {
    this.secretKind = secretsKey ? secretKind(secretsKey) : null
    // A short debounce: a task's RUNNING report and the balancers it changes on every node
    // are on the way of `service create -p` to answering (bench/mesh.ts --trace); a burst
    // still coalesces, as passes never overlap and what arrives during one waits for it.
    this.assignLoop = new ReconcileLoop('dispatcher assignments', () => this.sendAssignments(), 2, 0, health)
    this.statusLoop = new ReconcileLoop('dispatcher status', () => this.flushStatus(), 2, 0, health)
  }

  // localNodeId: the manager's own node, whose agent attaches in-process and never
  // heartbeats (its adoption of tasks after a restart may take longer than a grace period).
  start(localNodeId?: string): void {
    const view = this.store.view()
    this.periodMs = periodOf(view.list('clusters')[0])
    for (const s of view.list('services')) if (s.endpoint) this.withEndpoint.add(idOf(s))
    // After a manager (re)start no remote node has a session yet. Each gets one grace
    // period to reconnect before it is declared down, as SwarmKit does on leader change.
    for (const n of view.list('nodes')) {
      if (idOf(n) !== localNodeId && n.status?.state !== 'down') this.armExpiry(idOf(n), this.generationOf(idOf(n)))
    }
    this.unsubscribe = this.store.onChange((changes) => {
      for (const c of changes) {
        if (c.table === 'clusters' && c.object) this.periodMs = periodOf(c.object as Shared<v1.Cluster>)
        if (c.table === 'nodes' && c.kind === 'delete') {
          this.forget(c.id, 'node was removed from the swarm')
          if (this.attachmentKeys.delete(c.id)) this.markAllDirty()
        }
        // What balances where changed: every node may be on the network (network/delivery.ts).
        // The node's own addresses on networks (the allocator's): its state says them.
        // Every node's addresses are in every node's state (NetworkState.peers: the routing
        // mesh's source addresses): a change of them is news to all.
        if (c.table === 'nodes' && c.kind === 'update') {
          const n = c.object as Shared<v1.Node> | undefined
          const key = (n?.attachments ?? []).map((a) => `${a.networkId}=${a.addresses?.[0] ?? ''}`).join(',')
          if ((this.attachmentKeys.get(c.id) ?? '') !== key) {
            this.attachmentKeys.set(c.id, key)
            this.markAllDirty()
          }
        }
        if (c.table === 'networks') this.markAllDirty()
        if (c.table === 'services') {
          // A service with an endpoint is in nodes' network state; its removal is news too.
          const had = this.withEndpoint.delete(c.id)
          if ((c.object as Shared<v1.Service> | undefined)?.endpoint) this.withEndpoint.add(c.id)
          if (had || this.withEndpoint.has(c.id)) this.markAllDirty()
        }
        // A node that just joined has one grace period to open its first session; one that
        // never does (it crashed right after joining) shows as down, not unknown forever.
        if (c.table === 'nodes' && c.kind === 'create' && c.id !== localNodeId && !this.sessions.has(c.id)) {
          this.armExpiry(c.id, this.generationOf(c.id))
        }
        if (c.table !== 'tasks') continue
        if (c.kind === 'delete') {
          // A deleted task carries no object: resend every node's set (rare: the reaper).
          this.sentDesired.delete(c.id)
          for (const n of this.sessions.keys()) this.dirty.add(n)
          continue
        }
        const t = c.object as Shared<Task> | undefined
        if (t && (t.status?.state ?? 0) >= TaskState.ASSIGNED && changesEndpoints(t)) this.markAllDirty()
        if (!t?.nodeId || !this.sessions.has(t.nodeId) || (t.status?.state ?? 0) < TaskState.ASSIGNED) continue
        // Most task writes are the agents' own status reports: resending 1,000 tasks to a
        // node for each would make a large start quadratic. An agent needs to hear only
        // of new assignments and of desired-state changes.
        // A task that stopped needing its secrets and configs is news too: they leave the node.
        if (this.sentDesired.get(c.id) === t.desiredState && (needsFiles(t) || !hasFiles(t))) continue
        this.dirty.add(t.nodeId)
      }
      if (this.dirty.size > 0) this.assignLoop.trigger()
    })
  }

  stop(): void {
    this.stopped = true
    this.unsubscribe?.()
    this.unsubscribe = null
    this.assignLoop.close()
    this.statusLoop.close()
    for (const t of this.expiry.values()) clearTimeout(t)
    this.expiry.clear()
    for (const e of this.sessions.values()) e.session.close('manager is shutting down')
    this.sessions.clear()
  }

  // The cluster's heartbeat period (what remote agents are told; grace is derived from it).
  heartbeatPeriodMs(): number {
    return this.periodMs
  }

  // Records the node's description and marks it ready, then starts sending it work.
  // Replaces (and closes) any earlier session of the node. Resolves with the session id.
  async register(nodeId: string, reg: NodeRegistration, session: AgentSession, opts: RegisterOptions = { heartbeats: false }): Promise<string> {
    if (this.stopped) throw new ShoalError('Unavailable', 'the dispatcher is shutting down')
    const gen = this.generationOf(nodeId) + 1
    this.generation.set(nodeId, gen)
    for (;;) {
      const view = this.store.view()
      const node = view.get('nodes', nodeId)
      if (!node) throw new ShoalError('NotFound', `node ${nodeId} is not part of the swarm`)
      node.description = new v1.NodeDescription({
        hostname: reg.hostname,
        platform: new v1.Platform({ os: reg.os, architecture: reg.architecture }),
        nanoCpus: reg.nanoCpus,
        memoryBytes: reg.memoryBytes,
        engineVersion: reg.engineVersion,
        runtimes: reg.runtimes,
        maxTasks: reg.maxTasks ?? 0,
        engineLabels: node.description?.engineLabels ?? {},
        tlsInfo: reg.tlsInfo ? new v1.NodeTLSInfo(reg.tlsInfo) : null,
      })
      node.status = new v1.NodeStatus({ state: 'ready', addr: reg.addr })
      const batch = new WriteBatch()
      batch.update('nodes', node)
      try {
        await this.store.commit(batch)
        break
      } catch (err) {
        if ((err as { code?: string }).code !== 'Conflict') throw err
      }
    }
    // A registration that lost a race with a newer one of the same node steps aside.
    if (this.generation.get(nodeId) !== gen || this.stopped) throw new ShoalError('Unavailable', 'superseded by a newer session of this node')
    const previous = this.sessions.get(nodeId)
    const entry: SessionEntry = { id: randomBytes(16).toString('hex'), session, heartbeats: opts.heartbeats }
    this.sessions.set(nodeId, entry)
    previous?.session.close('replaced by a newer session of this node')
    if (opts.heartbeats) this.armExpiry(nodeId, gen)
    else this.clearExpiry(nodeId)
    this.dirty.add(nodeId)
    this.assignLoop.trigger()
    return entry.id
  }

  // Throws unless sessionId is the node's current session: calls from a replaced or
  // expired session must make the agent start a new one, not act on stale state.
  checkSession(nodeId: string, sessionId: string): void {
    const e = this.sessions.get(nodeId)
    if (!e || e.id !== sessionId) throw new ShoalError('NotFound', 'session is not valid (expired or replaced): open a new one')
  }

  // Pushes the node's heartbeat deadline out by one grace period; returns the period the
  // agent should wait before its next heartbeat, jittered by up to 10% (at most 500 ms)
  // downwards so a cluster's nodes do not beat in lockstep and never beat late.
  heartbeat(nodeId: string, sessionId: string): number {
    this.checkSession(nodeId, sessionId)
    this.armExpiry(nodeId, this.generationOf(nodeId))
    const jitter = Math.random() * Math.min(500, this.periodMs * 0.1)
    return Math.max(1, Math.round(this.periodMs - jitter))
  }

  // The session's stream ended. The node is not marked down here: it has until its
  // heartbeat deadline to open a new session (a manager restart, a network blip).
  unregister(nodeId: string, sessionId?: string): void {
    const e = this.sessions.get(nodeId)
    if (e && (sessionId === undefined || e.id === sessionId)) this.sessions.delete(nodeId)
  }

  // Status reports are queued and written in batches; only forward moves are kept.
  report(nodeId: string, updates: TaskStatusUpdate[]): void {
    if (TRACING) for (const u of updates) trace('dispatcher.report', u.taskId, TaskState[u.state])
    for (const u of updates) {
      const prev = this.pending.get(u.taskId)
      if (!prev || u.state >= prev.update.state) this.pending.set(u.taskId, { nodeId, update: u })
    }
    this.statusLoop.trigger()
  }

  private generationOf(nodeId: string): number {
    return this.generation.get(nodeId) ?? 0
  }

  private armExpiry(nodeId: string, gen: number): void {
    this.clearExpiry(nodeId)
    const timer = setTimeout(() => {
      this.expiry.delete(nodeId)
      void this.markDown(nodeId, gen).catch((err) => {
        if (!this.stopped) console.error(`dispatcher: marking node ${nodeId} down failed: ${(err as Error).message}`)
      })
    }, gracePeriodMs(this.periodMs))
    timer.unref()
    this.expiry.set(nodeId, timer)
  }

  private clearExpiry(nodeId: string): void {
    const t = this.expiry.get(nodeId)
    if (t) clearTimeout(t)
    this.expiry.delete(nodeId)
  }

  // The node missed its heartbeat deadline: close its session and record it as down.
  // `gen` is the registration generation the deadline belonged to; if the node has
  // registered again since, it is alive and nothing is written. The check runs right
  // before each read of the node, and the write carries the version read, so a
  // registration that commits in between makes this write conflict and re-check.
  private async markDown(nodeId: string, gen: number): Promise<void> {
    const e = this.sessions.get(nodeId)
    if (e && this.generationOf(nodeId) === gen) {
      this.sessions.delete(nodeId)
      e.session.close('heartbeat deadline missed: node marked down')
    }
    for (let attempt = 0; attempt < 10 && !this.stopped; attempt++) {
      if (this.generationOf(nodeId) !== gen) return
      const node = this.store.view().get('nodes', nodeId)
      if (!node || node.status?.state === 'down') return
      node.status = new v1.NodeStatus({ state: 'down', message: 'heartbeat failure', addr: node.status?.addr ?? '' })
      const batch = new WriteBatch()
      batch.update('nodes', node)
      try {
        await this.store.commit(batch)
        return
      } catch (err) {
        if ((err as { code?: string }).code !== 'Conflict') throw err
      }
    }
  }

  // The node left the store: end its session for good.
  private forget(nodeId: string, reason: string): void {
    this.clearExpiry(nodeId)
    this.generation.set(nodeId, this.generationOf(nodeId) + 1)
    const e = this.sessions.get(nodeId)
    this.sessions.delete(nodeId)
    e?.session.close(reason)
  }

  private markAllDirty(): void {
    for (const n of this.sessions.keys()) this.dirty.add(n)
  }

  private async sendAssignments(): Promise<void> {
    const view = await this.store.sharedView()
    const nodes: string[] = []
    for (const nodeId of this.dirty) {
      nodes.push(nodeId)
      this.dirty.delete(nodeId)
      if (nodes.length >= MAX_NODES_PER_PASS) break
    }
    if (this.dirty.size > 0) this.assignLoop.trigger()
    const networks = new NetworkViews(view)
    for (const nodeId of nodes) {
      const e = this.sessions.get(nodeId)
      if (!e) continue
      try {
        const tasks = assignmentsOf(view, nodeId)
        const warn = (m: string) => console.error(`dispatcher: ${m}`)
        const secrets = this.secretKind ? (filesFor(view, tasks, this.secretKind, warn) as v1.Secret[]) : []
        e.session.assign(tasks, { secrets, configs: filesFor(view, tasks, configKind, warn) as v1.Config[] }, networks.stateFor(nodeId, tasks))
        if (TRACING) for (const t of tasks) if (!this.sentDesired.has(idOf(t))) trace('dispatcher.sent', idOf(t), nodeId)
        for (const t of tasks) this.sentDesired.set(idOf(t), t.desiredState)
      } catch (err) {
        console.error(`dispatcher: sending assignments to node ${nodeId} failed: ${(err as Error).message}`)
      }
    }
  }

  private async flushStatus(): Promise<void> {
    if (this.pending.size === 0) return
    const items: { nodeId: string; update: TaskStatusUpdate }[] = []
    for (const [taskId, item] of this.pending) {
      items.push(item)
      this.pending.delete(taskId)
      if (items.length >= MAX_REPORTS_PER_PASS) break
    }
    if (this.pending.size > 0) this.statusLoop.trigger()
    const view = await this.store.sharedView()
    const batch = new WriteBatch({ handOver: true })
    for (const { nodeId, update } of items) {
      const current = view.get('tasks', update.taskId)
      // Reports about tasks the manager no longer has, or that moved elsewhere, are stale.
      if (!current || current.nodeId !== nodeId) continue
      if (update.state <= (current.status?.state ?? 0)) continue
      // The task is shared: the report is written as a changed copy.
      const t = copyOf(current)
      t.status = new v1.TaskStatus({
        timestamp: update.timestamp,
        state: update.state,
        message: update.message,
        err: update.err ?? '',
        container: containerStatusOf(update),
      })
      // Only the status goes to the store (a merge patch), unless the report drops a stored
      // container status, which a patch cannot: then the whole task.
      if (t.status.container) batch.merge('tasks', t, patches.taskStatusWithContainer)
      else if (!current.status?.container) batch.merge('tasks', t, patches.taskStatus)
      else batch.update('tasks', t)
    }
    try {
      await this.store.commit(batch)
    } catch (err) {
      // Someone wrote one of these tasks meanwhile: requeue what is still newer and retry.
      for (const it of items) {
        const cur = this.pending.get(it.update.taskId)
        if (!cur || it.update.state > cur.update.state) this.pending.set(it.update.taskId, it)
      }
      throw err
    }
  }
}

function periodOf(c: Shared<v1.Cluster> | undefined): number {
  const p = Number(c?.spec?.heartbeatPeriodMs ?? 0)
  return p > 0 ? p : DEFAULT_HEARTBEAT_PERIOD_MS
}

// The container part of a status report, when it has one.
export function containerStatusOf(u: { exitCode?: number; pid?: number; startedAt?: number }): v1.ContainerStatus | null {
  if (u.exitCode === undefined && u.pid === undefined && u.startedAt === undefined) return null
  return new v1.ContainerStatus({ exitCode: u.exitCode ?? 0, pid: u.pid ?? 0, startedAt: u.startedAt ?? 0 })
}
