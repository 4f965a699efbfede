// One shoal node: the API server's counterpart. When the node is in a swarm it runs its
// agent and either its manager (Raft store, orchestration, and the swarm listener other
// nodes join and attach their agents to) or a remote session to the managers (workers).
// Swarm membership survives restarts through swarm.json, the certificates, the Raft log
// and the agent's task database, all under the data directory.
//
// This class only routes; each concern has its own module:
//   context.ts       what the parts share: data dir, name, membership, the membership queue
//   node-files.ts    the certificate directory (identity, trust, root key)
//   membership.ts    init, join, leave, unlock: validate (a checked plan), then apply
//   components.ts    starting and stopping a manager's or a worker's components
//   certificates.ts  renewal and root rotation as this node follows them
//   autolock.ts      sealing the key files as the cluster's unlock key asks
//   role-change.ts   promotion and demotion
//   leader-proxy.ts  followers forwarding writes to the leader
//   info.ts          /version and /info
import type * as http from 'node:http'
import { ShoalError, NOT_A_MANAGER, NOT_IN_SWARM, invalid } from '../manager/errors'
import type { Manager } from '../manager/manager'
import type { ProxiedResponse } from '../rpc/server'
import { idOf } from '../manager/store'
import { AutolockFollower } from './autolock'
import { SwarmComponents } from './components'
import { NodeContext } from './context'
import { swarmStatus, systemInfo, versionInfo } from './info'
import type { LogRotation } from '../agent/logopts'
import { SWARM_LOCKED } from './keys'
import { parseSince, serviceLogLines, writeLogFrames } from './logs'
import { Membership, validateInit, validateJoin } from './membership'
import { RoleChanges } from './role-change'
import { loadSwarmState } from './state'
import type { ContainerExecutor } from '../agent/exec/container'
import type { ForwardedHeaders } from './leader-proxy'

export interface DaemonOptions {
  dataDir: string
  hostname?: string
  maxTasks?: number // --max-tasks (see NodeContext)
  logRotation?: LogRotation // --log-opt (see NodeContext)
  netnsDir?: string // --netns-dir (see NodeContext)
  resolvConf?: string // --resolv-conf (see NodeContext)
  // The container runtime: containerd's socket (default /run/containerd/containerd.sock)
  // and the OCI runtime its shim runs (runc, or crun where the host allows it).
  containerdSocket?: string
  ociRuntime?: 'runc' | 'crun'
}

export class Daemon {
  private readonly ctx: NodeContext
  private readonly components: SwarmComponents
  private readonly roles: RoleChanges
  private readonly autolock: AutolockFollower
  private readonly membership: Membership
  // This node's own API, for requests other managers forward here (set by the ApiServer).
  localApi: (method: string, urlPath: string, body: Buffer, requestId: string, headers?: ForwardedHeaders) => Promise<ProxiedResponse> = async () => {
    throw new ShoalError('Unavailable', 'this node has no API to answer forwarded requests')
  }

  // This node's containers and images (the images API answers from here).
  get containers(): ContainerExecutor {
    return this.ctx.containers
  }

  get dataDir(): string {
    return this.ctx.dataDir
  }

  constructor(opts: DaemonOptions) {
    this.ctx = new NodeContext(opts.dataDir, opts)
    this.autolock = new AutolockFollower(this.ctx.files.keys)
    this.components = new SwarmComponents(this.ctx, {
      promote: (state) => this.roles.promote(state),
      watch: (mgr, state) => {
        this.roles.checkDemoted(mgr, state)
        if (this.components.mgr !== mgr) return
        this.components.certs.followCluster(mgr)
        this.autolock.follow(mgr)
      },
      localApi: (method, urlPath, body, requestId, headers) => this.localApi(method, urlPath, body, requestId, headers),
    })
    this.roles = new RoleChanges(this.ctx, this.components)
    this.membership = new Membership(this.ctx, this.components, this.autolock)
  }

  // Rejoins the swarm this node was part of before a restart.
  async start(): Promise<void> {
    const state = loadSwarmState(this.ctx.dataDir)
    this.ctx.state = state
    if (state?.role === 'manager' && this.ctx.files.keys.locked()) {
      this.ctx.locked = true
      console.error('shoal daemon: this manager is locked (autolock): run `shoal swarm unlock` with the unlock key')
      return
    }
    if (state) await this.components.start(state)
  }

  async stop(): Promise<void> {
    // Tasks keep running: a restarted daemon adopts them.
    await this.components.stop()
  }

  manager(): Manager {
    if (this.ctx.locked) throw new ShoalError('Unavailable', SWARM_LOCKED)
    if (!this.components.mgr) throw new ShoalError('FailedPrecondition', this.ctx.state?.role === 'worker' ? NOT_A_MANAGER : NOT_IN_SWARM)
    return this.components.mgr
  }

  // POST /swarm/init with docker's SwarmInitRequest; answers the new node's id. A refused
  // request has changed nothing (membership.ts).
  swarmInit(body: unknown): Promise<string> {
    return this.ctx.serialize(async () => this.membership.applyInit(validateInit(this.ctx, body)))
  }

  // POST /swarm/join with docker's SwarmJoinRequest.
  swarmJoin(body: unknown): Promise<void> {
    return this.ctx.serialize(async () => this.membership.applyJoin(validateJoin(this.ctx, body)))
  }

  swarmLeave(force: boolean): Promise<void> {
    return this.ctx.serialize(() => this.membership.leave(force))
  }

  swarmUnlock(body: unknown): Promise<void> {
    return this.ctx.serialize(() => this.membership.unlock(body))
  }

  // Whether this node is an unlocked manager (its API writes to the swarm's store).
  managesSwarm(): boolean {
    return !this.ctx.locked && !!this.components.mgr
  }

  shouldProxy(method: string, urlPath: string): boolean {
    return this.components.proxy.shouldProxy(method, urlPath)
  }

  proxyToLeader(method: string, urlPath: string, body: Buffer, requestId: string, headers?: ForwardedHeaders): Promise<ProxiedResponse | null> {
    this.manager() // locked, or not a manager: say so
    return this.components.proxy.forward(method, urlPath, body, requestId, headers)
  }

  version(): Record<string, unknown> {
    return versionInfo()
  }

  swarmStatus(): string {
    return swarmStatus(this.ctx)
  }

  // The runtimes this node can run now: host processes always, containers while its
  // containerd answers.
  async info(): Promise<Record<string, unknown>> {
    const containers = await this.ctx.containers.available().catch(() => false)
    return systemInfo(this.ctx, this.components, containers ? ['container', 'process'] : ['process'])
  }

  // kind 'task': one task's logs (docker's GET /tasks/{id}/logs).
  async serviceLogs(ref: string, query: URLSearchParams, req: http.IncomingMessage, res: http.ServerResponse, kind: 'service' | 'task' = 'service'): Promise<void> {
    const control = this.manager().control
    const tasks = kind === 'task' ? [control.getTask(ref)] : control.listTasks({ service: [idOf(control.getService(ref))] })
    if (!this.components.agent) throw new ShoalError('Unavailable', 'this node has no agent to read logs from')
    const tailRaw = query.get('tail')
    const tail = tailRaw === null || tailRaw === 'all' || tailRaw === '' ? undefined : Number(tailRaw)
    if (tail !== undefined && (!Number.isInteger(tail) || tail < 0)) throw invalid(`invalid tail "${tailRaw}": expected a non-negative integer or "all"`)
    const truthy = (k: string) => ['1', 'true'].includes(query.get(k) ?? '')
    const follow = truthy('follow')
    const byId = new Map(tasks.map((t) => [idOf(t), t]))
    const controller = new AbortController()
    // The response's 'close' is the reader going away (or the stream finishing): the
    // request's fires once its (empty) body has been read, possibly before we got here,
    // which left followers, and the subscriptions on other nodes, running forever.
    res.on('close', () => controller.abort())
    if (req.socket.destroyed) controller.abort()
    res.statusCode = 200
    res.setHeader('Content-Type', 'application/vnd.docker.multiplexed-stream')
    res.flushHeaders()
    // Tasks on other nodes are read through their agents (src/rpc/logs.ts).
    const lines = serviceLogLines({
      tasks,
      localNodeId: this.ctx.state!.nodeId,
      agent: this.components.agent,
      broker: this.components.server?.logs ?? null,
      nodeName: (id) => control.view().get('nodes', id)?.description?.hostname || id,
      follow,
      tail,
      since: parseSince(query.get('since')),
      signal: controller.signal,
    })
    await writeLogFrames(res, lines, {
      timestamps: truthy('timestamps'),
      details: truthy('details'),
      stdout: query.get('stdout') === null || truthy('stdout'),
      stderr: query.get('stderr') === null || truthy('stderr'),
      detailsOf: (taskId) => {
        const t = byId.get(taskId)
        return `com.docker.swarm.node.id=${t?.nodeId},com.docker.swarm.service.id=${t?.serviceId},com.docker.swarm.task.id=${taskId}`
      },
      signal: controller.signal,
    })
    res.end()
  }
}
