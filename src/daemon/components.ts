// The swarm components of this node, and their start and stop: a manager's (the Raft
// store and the manager's components, the swarm listener other nodes join and attach to,
// its own agent attached to whichever manager leads) or a worker's (its agent, attached to
// the managers through a remote session). What runs them, not what decides membership:
// init, join and leave are ./membership.ts; promotion and demotion ./role-change.ts.
import * as os from 'node:os'
import * as path from 'node:path'
import { Agent } from '../agent/agent'
import { ProcessExecutor } from '../agent/exec/process'
import { OverlayDataPlane } from '../agent/network/overlay'
import { EmbeddedDns } from '../agent/network/dns-server'
import type { TaskStatusUpdate } from '../agent/types'
import { ShoalError } from '../manager/errors'
import { toAssigned, type NodeRegistration } from '../manager/dispatcher'
import { toLoadBalancerState } from '../manager/network/delivery'
import { toFileData } from '../manager/files/delivery'
import { SwarmServer, type ProxiedResponse } from '../rpc/server'
import { ManagerClients, fetchSecretsKey, raftJoin } from '../rpc/raft'
import { grpcDetails } from '../rpc/services'
import { RemoteSession } from '../rpc/session'
import { Manager } from '../manager/manager'
import { generateJoinToken } from '../manager/ca/tokens'
import { nodeTLSInfo } from '../manager/ca/rotation'
import { parseAddr } from './addr'
import { hostOf, type NodeContext } from './context'
import { CertificateFollower } from './certificates'
import { LeaderProxy, type ForwardedHeaders } from './leader-proxy'
import type { SwarmState } from './state'
import { v1 } from '../manager/store'
import { VERSION } from './info'

// What the components call back into: the daemon's other parts.
export interface ComponentHooks {
  // A worker told by its managers that it is now a manager.
  promote(state: SwarmState): void
  // Every 500 ms on a manager: demotion, the CA and autolock follow the cluster object.
  watch(mgr: Manager, state: SwarmState): void
  // This node's own API, for requests other managers forward here.
  localApi(method: string, urlPath: string, body: Buffer, requestId: string, headers?: ForwardedHeaders): Promise<ProxiedResponse>
}

// `swarm init --default-addr-pool/--default-addr-pool-mask-length` (docker's DefaultAddrPool
// and SubnetSize), checked by validateInit.
export interface AddrPools {
  defaultAddrPool?: string[]
  subnetSize?: number
}

export class SwarmComponents {
  mgr: Manager | null = null
  agent: Agent | null = null
  server: SwarmServer | null = null
  session: RemoteSession | null = null
  clients: ManagerClients | null = null
  readonly certs: CertificateFollower
  readonly proxy: LeaderProxy
  private attaching: Promise<void> = Promise.resolve()
  private watch: NodeJS.Timeout | null = null
  private listenRetry: NodeJS.Timeout | null = null

  constructor(
    private readonly ctx: NodeContext,
    private readonly hooks: ComponentHooks,
  ) {
    this.certs = new CertificateFollower(ctx, this)
    this.proxy = new LeaderProxy(this)
  }

  // `addrPools`: a new swarm's address pools (swarm init), for the cluster object it founds.
  async startOrRollBack(state: SwarmState, fresh: boolean, addrPools?: AddrPools): Promise<void> {
    try {
      await this.start(state, fresh, false, addrPools)
    } catch (err) {
      if (!fresh) throw err
      await this.stop().catch(() => undefined)
      this.ctx.setState(null)
      this.ctx.files.removeMembership(false)
      throw err
    }
  }

  // True once this node's agent has a session with the leader's dispatcher (which wrote the
  // node's description and `ready` before answering it), or this node leads; false after
  // timeoutMs. A join waits for it, as docker's does for its node to be ready: until then
  // that write is still to come, and a `node update` read before it would be a stale
  // version (409).
  async waitForSession(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (this.session?.connected() || this.mgr?.isLeader()) return true
      if (Date.now() >= deadline) return false
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }

  async start(state: SwarmState, fresh = false, forceNewCluster = false, addrPools: AddrPools = {}): Promise<void> {
    if (state.role === 'worker') return this.startWorker(state)
    const mgr = Manager.open({
      dataDir: this.ctx.dataDir,
      raftId: state.raftId,
      addr: state.advertiseAddr,
      join: state.joined,
      forceNewCluster,
      raftKey: this.ctx.files.keys.raftKey(),
      secretsKey: this.ctx.files.secretsKey(),
    })
    this.mgr = mgr
    // The founder makes the group's secrets key (at init, or once if it predates secrets).
    if (!state.joined && !mgr.secretsKey.raw()) mgr.secretsKey.generate()
    const rootCertPem = this.ctx.files.readTrust()
    const identity = this.ctx.files.readIdentity()
    // Only the founder of a one-member group writes the cluster objects (init, or its
    // restart while still alone); in a larger group they came through the log already,
    // and a follower could not write them anyway.
    if (!state.joined && mgr.raft.members().length <= 1) {
      await mgr.bootstrap({
        clusterId: state.clusterId,
        nodeId: state.nodeId,
        rootCaCertPem: rootCertPem,
        rootCaKeyPem: this.ctx.files.readRootKey(), // none: external CA
        nodeCertPem: identity.certPem,
        joinTokens: { worker: generateJoinToken(rootCertPem), manager: generateJoinToken(rootCertPem) },
        addr: state.advertiseAddr,
        hostname: this.ctx.hostname,
        ...addrPools,
      })
    }
    // Raft messages to the other managers go from the addon's own threads (shoal-transport),
    // with the certificate and roots on disk now; useCertificates swaps in new ones.
    mgr.raft.startTransport({ ...identity, rootPem: this.ctx.files.readTrust(), selfId: state.raftId, selfAddr: state.advertiseAddr })
    const clients = new ManagerClients(() => ({ identity: this.ctx.files.readIdentity(), rootPem: this.ctx.files.readTrust() }))
    this.clients = clients
    // The swarm listener: other nodes join and attach their agents here, other managers
    // send Raft messages. On init a busy port fails the init; after a restart the node
    // keeps running and retries.
    const server = new SwarmServer({
      manager: mgr,
      clusterId: state.clusterId,
      identity,
      rootPem: rootCertPem,
      clients,
      proxy: (method, urlPath, body, requestId, headers) => this.hooks.localApi(method, urlPath, body, requestId, headers),
    })
    this.server = server
    await this.listen(server, parseAddr(state.listenAddr, 'listen address'), fresh)
    // Reports go to the leader's dispatcher: in-process when this node leads, else over
    // gRPC. Reports made while leadership moves are lost; every session (the in-process
    // one included) starts with the agent's last status of every task, which re-reports them.
    const agent = this.newAgent(state, (updates) => {
      if (this.session) this.session.report(updates)
      else if (this.mgr === mgr && mgr.isLeader()) mgr.dispatcher.report(state.nodeId, updates)
    })
    this.agent = agent
    await agent.start()
    mgr.onLeadership((leader) => void this.attachAgent(mgr, agent, state, leader))
    mgr.start(state.nodeId)
    if (!mgr.isLeader()) void this.attachAgent(mgr, agent, state, false)
    await this.attaching
    if (fresh && state.joined) {
      // The answer carries the group's secrets key: every manager holds it, no worker does.
      const joined = await this.raftJoin(clients, state)
      if (joined.secretsKey.length > 0) mgr.secretsKey.set(joined.secretsKey)
    }
    // No key (the Raft.Join answer was lost, or the file is gone): ask the other managers.
    if (state.joined && !mgr.secretsKey.raw()) void this.recoverSecretsKey(mgr, clients, state)
    this.watch = setInterval(() => this.hooks.watch(mgr, state), 500)
    // The leader first: only it can record the new certificate in the store.
    this.certs.startRenewal(() => [...new Set([mgr.leaderAddr(), ...mgr.raft.members().map((m) => m.context.toString('utf8'))])].filter(Boolean))
  }

  // Attaches this manager's own agent to the leader's dispatcher: in-process while this
  // node leads, through a remote session otherwise. Serialized: leadership may flap.
  private attachAgent(mgr: Manager, agent: Agent, state: SwarmState, leader: boolean): Promise<void> {
    const next = this.attaching.then(async () => {
      if (this.mgr !== mgr) return
      if (leader) {
        const session = this.session
        this.session = null
        await session?.close()
        if (this.mgr !== mgr || !mgr.isLeader()) return
        await mgr.dispatcher.register(state.nodeId, await this.describe(agent, state), {
          assign: (tasks, files, network) =>
            void agent
              .assign(tasks.map(toAssigned), { secrets: files.secrets.map(toFileData), configs: files.configs.map(toFileData) }, toLoadBalancerState(network))
              .catch((err) => console.error('agent: assign failed:', err)),
          close: () => undefined, // the in-process session ends with this node's leadership
        })
        mgr.dispatcher.report(state.nodeId, agent.tasks())
      } else if (!this.session) {
        const own = state.advertiseAddr
        const managers = () => [...new Set([...mgr.raft.members().map((m) => m.context.toString('utf8')), ...(state.managers ?? [])])].filter((a) => a && a !== own)
        const session = this.remoteSession(state, () => agent, managers(), false)
        this.session = session
        session.start()
      }
    })
    this.attaching = next.catch((err) => {
      if (this.mgr === mgr) console.error(`attaching the local agent failed: ${(err as Error).message}`)
    })
    return this.attaching
  }

  // A new manager asks the group to take it in (Raft.Join; any manager forwards to the
  // leader). Our Raft node is already listening: the leader replicates to it as soon as
  // the membership change commits. Retried a bounded while across the known managers
  // (an election may be in progress).
  private async raftJoin(clients: ManagerClients, state: SwarmState): Promise<v1.RaftJoinResponse> {
    const deadline = Date.now() + 30_000
    let last = ''
    for (;;) {
      for (const addr of state.managers ?? []) {
        const client = clients.client(addr)
        try {
          return await raftJoin(client, state.raftId, state.advertiseAddr, Math.max(1000, deadline - Date.now()))
        } catch (err) {
          last = `${addr}: ${grpcDetails(err)}`
          const code = (err as { code?: number }).code
          // A refusal (not a manager, bad certificate) is final; anything else may pass.
          if (code === 7 /* PERMISSION_DENIED */ || code === 9 /* FAILED_PRECONDITION */ || code === 16 /* UNAUTHENTICATED */) {
            throw new ShoalError('FailedPrecondition', grpcDetails(err))
          }
        } finally {
          client.close()
        }
      }
      if (Date.now() > deadline) throw new ShoalError('Unavailable', `could not join the managers' Raft group: ${last}`)
      await new Promise((r) => setTimeout(r, 500))
    }
  }

  // Asks the other managers for the secrets key (Raft.GetSecretsKey, which only a manager
  // by certificate and by the store gets answered) until one gives it, for as long as this
  // manager runs. Until then it cannot seal or deliver secrets if it leads.
  private async recoverSecretsKey(mgr: Manager, clients: ManagerClients, state: SwarmState): Promise<void> {
    console.error('shoal daemon: this manager holds no secrets key; asking the other managers for it')
    let waitMs = 500
    let lastFailure = ''
    while (this.mgr === mgr && !mgr.secretsKey.raw()) {
      const others = [mgr.leaderAddr(), ...mgr.raft.members().map((m) => m.context.toString('utf8')), ...(state.managers ?? [])]
      const failures: string[] = []
      for (const addr of new Set(others.filter((a) => a && a !== state.advertiseAddr))) {
        const client = clients.client(addr)
        try {
          const key = await fetchSecretsKey(client)
          if (this.mgr !== mgr) return
          mgr.secretsKey.set(key)
          console.error(`shoal daemon: received the secrets key from the manager at ${addr}`)
          return
        } catch (err) {
          failures.push(`${addr}: ${grpcDetails(err)}`)
        } finally {
          client.close()
        }
      }
      const failure = failures.join('; ') || 'no other manager known yet'
      if (failure !== lastFailure) console.error(`shoal daemon: could not get the secrets key: ${failure}; retrying`)
      lastFailure = failure
      await new Promise((r) => setTimeout(r, waitMs).unref())
      waitMs = Math.min(waitMs * 2, 10_000)
    }
  }

  // A worker: its agent, attached to the managers through a remote session. The agent
  // adopts its tasks first; they keep running whether or not a manager is reachable.
  async startWorker(state: SwarmState): Promise<void> {
    const managers = state.managers ?? []
    if (managers.length === 0) throw new ShoalError('FailedPrecondition', 'swarm.json names no manager to connect to: leave the swarm and join again')
    let agent: Agent | null = null
    const session = this.remoteSession(state, () => agent!, managers, true)
    agent = this.newAgent(state, (updates) => session.report(updates))
    this.agent = agent
    this.session = session
    await agent.start()
    session.start()
    this.certs.startRenewal(() => this.ctx.state?.managers ?? managers)
  }

  // This node's agent over its task database; `report` carries its status updates. Its
  // overlay data plane carries VXLAN from the node's advertise address (where the other
  // nodes' forwarding entries for this node's tasks point), in the daemon's own namespace.
  newAgent(state: SwarmState, report: (updates: TaskStatusUpdate[]) => void): Agent {
    const dns = new EmbeddedDns({ upstreamResolvConf: this.ctx.resolvConf })
    const network = new OverlayDataPlane({ nodeId: state.nodeId, underlayAddr: hostOf(state.advertiseAddr), netnsDir: this.ctx.netnsDir, dns })
    // What the kernel let the data plane choose, in the start log (and in `info`).
    console.error(`shoal daemon: load balancer ${network.backend}, node rules ${network.nodeRules}`)
    return new Agent({ nodeId: state.nodeId, dataDir: path.join(this.ctx.dataDir, 'agent'), executors: [new ProcessExecutor({ logRotation: this.ctx.logRotation }), this.ctx.containers], report, network, node: { hostname: this.ctx.hostname, os: process.platform, architecture: os.arch() === 'x64' ? 'x86_64' : os.arch() } })
  }

  // An agent's session to the managers over gRPC: a worker's, or a follower manager's
  // (only the leader dispatches; followers refuse sessions and the session moves on).
  // remember: keep the managers the cluster announces in swarm.json (workers).
  private remoteSession(state: SwarmState, agentOf: () => Agent, managers: string[], remember: boolean): RemoteSession {
    const agent = { get current() { return agentOf() } }
    return new RemoteSession({
      managers,
      rootPem: this.ctx.files.readTrust(),
      identity: this.ctx.files.readIdentity(),
      description: async () => {
        const d = await this.describe(agent.current, state)
        return new v1.NodeDescription({
          hostname: d.hostname,
          platform: new v1.Platform({ os: d.os, architecture: d.architecture }),
          nanoCpus: d.nanoCpus,
          memoryBytes: d.memoryBytes,
          engineVersion: d.engineVersion,
          runtimes: d.runtimes,
          maxTasks: d.maxTasks,
          tlsInfo: d.tlsInfo,
        })
      },
      addr: hostOf(state.advertiseAddr),
      assign: (tasks, files, network) => agent.current.assign(tasks, files, network),
      statuses: () => agent.current.tasks(),
      logs: { read: (taskIds, o) => agent.current.logs({ taskIds }, o), owns: (taskId) => agent.current.status(taskId) !== undefined },
      onRole: (role) => {
        if (remember && role === 'manager') this.hooks.promote(state)
        // A demoted manager still holds its manager certificate: replace it.
        else if (role === 'worker' || role === 'manager') this.certs.roleIs(role)
      },
      // Managers follow the CA from their own store (CertificateFollower.followCluster); workers from here.
      onCA: (advice) => {
        if (remember) this.certs.followCA(advice)
      },
      onManagers: (addrs) => {
        // Remember the cluster's managers for the next start (best effort).
        if (!remember || !this.ctx.state || this.ctx.state.nodeId !== state.nodeId) return
        try {
          this.ctx.setState({ ...this.ctx.state, managers: addrs })
        } catch (err) {
          console.error(`saving the manager list failed: ${(err as Error).message}`)
        }
      },
    })
  }

  private async describe(agent: Agent, state: SwarmState): Promise<NodeRegistration> {
    return {
      hostname: this.ctx.hostname,
      os: process.platform,
      architecture: os.arch() === 'x64' ? 'x86_64' : os.arch(),
      nanoCpus: os.cpus().length * 1e9,
      memoryBytes: os.totalmem(),
      engineVersion: VERSION,
      runtimes: await agent.runtimes(),
      maxTasks: this.ctx.maxTasks,
      addr: hostOf(state.advertiseAddr),
      tlsInfo: nodeTLSInfo(this.ctx.files.readIdentity().certPem, this.ctx.files.readTrust()),
    }
  }

  private async listen(server: SwarmServer, addr: { host: string; port: number }, strict: boolean): Promise<void> {
    try {
      await server.listen(addr)
    } catch (err) {
      if (strict) throw err
      console.error(`shoal daemon: ${(err as Error).message}; retrying every 5 s (other nodes cannot reach this manager meanwhile)`)
      this.listenRetry = setTimeout(() => {
        this.listenRetry = null
        if (this.server === server) void this.listen(server, addr, false)
      }, 5000)
    }
  }

  async stop(): Promise<void> {
    if (this.listenRetry) clearTimeout(this.listenRetry)
    this.listenRetry = null
    if (this.watch) clearInterval(this.watch)
    this.watch = null
    await this.certs.stopRenewal()
    // Remote sessions end first (agents go on to reconnect), then the listener.
    this.mgr?.stopComponents()
    const server = this.server
    this.server = null
    await server?.close()
    const agent = this.agent
    this.agent = null
    await agent?.stop()
    const session = this.session
    this.session = null
    await session?.close()
    const mgr = this.mgr
    this.mgr = null
    this.proxy.reset()
    await this.attaching
    this.clients = null
    await mgr?.close() // stops the Raft transport too
  }
}
