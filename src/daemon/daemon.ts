// One shoal node: the API server, and when the node is in a swarm, its agent and either
// its manager (managers: Raft store, orchestration, and the swarm listener other nodes
// join and attach their agents to, src/rpc/server.ts) or a remote session to the
// managers (workers, src/rpc/session.ts). Swarm membership survives restarts through
// swarm.json, the certificates, the Raft log and the agent's task database, all under
// the data directory.
import * as fs from 'node:fs'
import type * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { Agent } from '../agent/agent'
import { ProcessExecutor } from '../agent/exec/process'
import { ContainerExecutor } from '../agent/exec/container'
import type { TaskStatusUpdate } from '../agent/types'
import { ShoalError, NOT_IN_SWARM, invalid } from '../manager/errors'
import { toAssigned, type NodeRegistration } from '../manager/dispatcher'
import { toSecretData } from '../manager/secrets/delivery'
import { SecretsKey, SECRETS_KEY_FILE } from '../manager/secrets/key'
import { clusterUnlockKey, parseUnlockKey } from '../manager/autolock'
import { KeyFiles, NODE_KEY_FILE, ROOT_CA_KEY_FILE, SWARM_LOCKED } from './keys'
import * as grpc from '@grpc/grpc-js'
import { SwarmServer, type ProxiedResponse } from '../rpc/server'
import { ManagerClients, fetchSecretsKey, raftJoin } from '../rpc/raft'
import { grpcDetails, Raft, unary } from '../rpc/services'
import { CertificateRenewer, requestRenewal } from '../rpc/renewal'
import type { TlsIdentity } from '../rpc/tls'
import type { ClusterSpecUpdate } from '../api/convert'
import { RemoteSession } from '../rpc/session'
import { joinSwarm, localAddressTowards } from '../rpc/join'
import { newId, newRaftId } from '../manager/ids'
import { Manager } from '../manager/manager'
import { clusterToDocker } from '../api/convert'
import { raftToDocker } from '../api/convert-raft'
import { createRootCA, load as loadRootCA } from '../manager/ca/rootca'
import { createCSR, generateNodeKey } from '../manager/ca/node'
import { issueNodeCertificate } from '../manager/ca/issuer'
import { signWithExternalCA } from '../manager/ca/external'
import { generateJoinToken } from '../manager/ca/tokens'
import { MANAGER_ROLE } from '../manager/ca/identity'
import { issuedByNewestRoot, nodeTLSInfo, trustBundle } from '../manager/ca/rotation'
import { DEFAULT_CERT_EXPIRY_MS } from '../manager/manager'
import { DEFAULT_SWARM_PORT, defaultAdvertise, formatAddr, parseAddr } from './addr'
import { clearSwarmState, loadSwarmState, saveSwarmState, writeFileAtomic, type SwarmState } from './state'
import { parseSince, serviceLogLines, writeLogFrames } from './logs'
import { idOf, v1 } from '../manager/store'

export const VERSION: string = require('../../../package.json').version

// How long a demoted follower keeps voting (see checkDemoted): a few election timeouts.
const DEMOTION_GRACE_MS = 5000

export interface DaemonOptions {
  dataDir: string
  hostname?: string
  // The container runtime: containerd's socket (default /run/containerd/containerd.sock)
  // and the OCI runtime its shim runs (runc, or crun where the host allows it).
  containerdSocket?: string
  ociRuntime?: 'runc' | 'crun'
}

export class Daemon {
  private state: SwarmState | null = null
  private mgr: Manager | null = null
  private agent: Agent | null = null
  private server: SwarmServer | null = null
  private session: RemoteSession | null = null
  private clients: ManagerClients | null = null
  private renewer: CertificateRenewer | null = null
  private attaching: Promise<void> = Promise.resolve()
  private demotionWatch: NodeJS.Timeout | null = null
  private demoting = false
  private demotedSince: number | null = null
  private recordingTLS = false
  private promoting = false
  private proxyClient: { addr: string; client: grpc.Client } | null = null
  // This node's own API, for requests other managers forward here (set by the ApiServer).
  localApi: (method: string, urlPath: string, body: Buffer) => Promise<ProxiedResponse> = async () => {
    throw new ShoalError('Unavailable', 'this node has no API to answer forwarded requests')
  }
  private listenRetry: NodeJS.Timeout | null = null
  private readonly hostname: string
  // The manager's key files, sealed while autolock is on (./keys.ts). locked: this
  // manager restarted with sealed files and waits for `swarm unlock`.
  private readonly keys: KeyFiles
  private locked = false
  // Swarm init/leave must not interleave: each is a multi-step change of the node.
  private membership: Promise<unknown> = Promise.resolve()

  // The node's containerd client: the agent's `container` executor, and the images
  // `shoal image` manages (which need no swarm).
  readonly containers: ContainerExecutor

  constructor(private readonly opts: DaemonOptions) {
    this.hostname = opts.hostname ?? os.hostname()
    fs.mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 })
    this.keys = new KeyFiles(this.certDir)
    this.containers = new ContainerExecutor({
      socket: opts.containerdSocket,
      ociRuntime: opts.ociRuntime,
      volumesDir: path.join(opts.dataDir, 'volumes'),
    })
  }

  get dataDir(): string {
    return this.opts.dataDir
  }

  private get certDir(): string {
    return path.join(this.opts.dataDir, 'certificates')
  }

  // Rejoins the swarm this node was part of before a restart.
  async start(): Promise<void> {
    this.state = loadSwarmState(this.opts.dataDir)
    if (this.state?.role === 'manager' && this.keys.locked()) {
      this.locked = true
      console.error('shoal daemon: this manager is locked (autolock): run `shoal swarm unlock` with the unlock key')
      return
    }
    if (this.state) await this.startSwarmComponents(this.state)
  }

  // POST /swarm/unlock: a locked manager opens its key files with the unlock key and
  // starts as it would have at its restart. A wrong key changes nothing.
  swarmUnlock(body: { UnlockKey?: unknown }): Promise<void> {
    return this.serialize(async () => {
      if (!this.state) throw new ShoalError('FailedPrecondition', 'This node is not part of a swarm')
      if (!this.locked) throw new ShoalError('FailedPrecondition', 'swarm is not locked')
      this.keys.unlock(parseUnlockKey(typeof body.UnlockKey === 'string' ? body.UnlockKey : ''))
      this.locked = false
      await this.startSwarmComponents(this.state)
    })
  }

  manager(): Manager {
    if (this.locked) throw new ShoalError('Unavailable', SWARM_LOCKED)
    if (!this.mgr) throw new ShoalError('FailedPrecondition', NOT_IN_SWARM)
    return this.mgr
  }

  // `spec`: the settings given with init (swarm init --cert-expiry ...), already checked.
  swarmInit(body: { ListenAddr?: string; AdvertiseAddr?: string; ForceNewCluster?: boolean }, spec: ClusterSpecUpdate = {}): Promise<string> {
    return this.serialize(async () => {
      if (this.locked) throw new ShoalError('Unavailable', SWARM_LOCKED)
      if (this.state && body.ForceNewCluster && this.state.role === 'manager') {
        // A surviving manager of a group that lost quorum: restart the group from this
        // member's state alone (services, tasks, nodes kept). Others join it anew.
        const state = this.state
        await this.stopSwarmComponents()
        await this.startSwarmComponents(state, false, true)
        return state.nodeId
      }
      if (this.state) {
        throw new ShoalError('FailedPrecondition', 'This node is already part of a swarm. Use "shoal swarm leave" to leave this swarm and join another one.')
      }
      const listen = parseAddr(body.ListenAddr || `0.0.0.0:${DEFAULT_SWARM_PORT}`, 'listen address')
      const advertise = body.AdvertiseAddr ? parseAddr(body.AdvertiseAddr, 'advertise address', listen.port) : defaultAdvertise(listen)
      const state: SwarmState = {
        nodeId: newId(),
        clusterId: newId(),
        raftId: newRaftId(),
        role: 'manager',
        listenAddr: formatAddr(listen),
        advertiseAddr: formatAddr(advertise),
      }
      // The CA material goes to disk before swarm.json: a crash in between leaves no
      // swarm.json, so the node is simply not in a swarm and init can run again.
      // With an external CA the swarm never holds the root key: the operator supplies
      // the root certificate, and the external CA signs this node's certificate too.
      const { signingCACert, ...settings } = spec
      const external = spec.externalCas ?? []
      if (external.length > 0 && !signingCACert) throw invalid('an external CA needs the root CA certificate it signs with (--ca-cert): the swarm does not hold that root key')
      if (signingCACert && external.length === 0) throw invalid('a root CA certificate without its key (--ca-cert) needs an external CA to sign with (--external-ca)')
      const root = signingCACert ? { certPem: signingCACert, keyPem: '' } : await createRootCA({ clusterId: state.clusterId })
      const key = await generateNodeKey()
      const csrPem = await createCSR(key)
      const identity = { nodeId: state.nodeId, role: MANAGER_ROLE, clusterId: state.clusterId } as const
      const cert = root.keyPem
        ? await issueNodeCertificate(await loadRootCA(root.certPem, root.keyPem), csrPem, { ...identity, expiryMs: spec.nodeCertExpiryMs ?? DEFAULT_CERT_EXPIRY_MS })
        : await signWithExternalCA(external, csrPem, { ...identity, rootPem: root.certPem }).catch((err) => {
            throw new ShoalError('Unavailable', (err as Error).message)
          })
      fs.rmSync(path.join(this.opts.dataDir, 'raft'), { recursive: true, force: true })
      fs.rmSync(path.join(this.certDir, SECRETS_KEY_FILE), { force: true }) // a new swarm gets a new one
      fs.mkdirSync(this.certDir, { recursive: true, mode: 0o700 })
      this.keys.reset() // clear until the cluster asks for autolock
      writeFileAtomic(path.join(this.certDir, 'swarm-root-ca.crt'), root.certPem, 0o644)
      if (root.keyPem) writeFileAtomic(path.join(this.certDir, ROOT_CA_KEY_FILE), root.keyPem)
      writeFileAtomic(path.join(this.certDir, 'swarm-node.crt'), cert, 0o644)
      writeFileAtomic(path.join(this.certDir, NODE_KEY_FILE), key.keyPem)
      saveSwarmState(this.opts.dataDir, state)
      this.state = state
      await this.startOrRollBack(state, true)
      if (Object.keys(settings).length > 0) {
        const control = this.manager().control
        await control.updateCluster(Number(this.manager().cluster().meta!.version), settings)
        this.followAutolock(this.manager()) // --autolock: sealed before init answers
      }
      return state.nodeId
    })
  }

  // POST /swarm/join: becomes a worker of the swarm whose manager(s) the request names.
  swarmJoin(body: { JoinToken?: string; RemoteAddrs?: string[]; ListenAddr?: string; AdvertiseAddr?: string; Availability?: string }): Promise<void> {
    return this.serialize(async () => {
      if (this.state) {
        throw new ShoalError('FailedPrecondition', 'This node is already part of a swarm. Use "shoal swarm leave" to leave this swarm and join another one.')
      }
      const token = typeof body.JoinToken === 'string' ? body.JoinToken.trim() : ''
      if (!token) throw invalid('a join token is required (--token)')
      if (!Array.isArray(body.RemoteAddrs) || body.RemoteAddrs.length === 0 || body.RemoteAddrs.some((a) => typeof a !== 'string')) {
        throw invalid('the address of a manager to join is required')
      }
      const remotes = body.RemoteAddrs.map((a) => parseAddr(a, 'remote address'))
      const listen = parseAddr(body.ListenAddr || `0.0.0.0:${DEFAULT_SWARM_PORT}`, 'listen address')
      const explicitAdvertise = body.AdvertiseAddr ? parseAddr(body.AdvertiseAddr, 'advertise address', listen.port) : null
      const joined = await joinSwarm({ token, managers: remotes.map(formatAddr), hostname: this.hostname, availability: body.Availability })
      // Without --advertise-addr, as SwarmKit: the address this host reaches its manager from.
      const via = parseAddr(joined.manager, 'manager address')
      const advertise = explicitAdvertise ?? { host: await localAddressTowards(via.host, via.port), port: listen.port }
      const manager = joined.role === 'manager'
      const state: SwarmState = {
        nodeId: joined.nodeId,
        clusterId: joined.clusterId,
        // A manager's Raft id is its own pick (64-bit random, as SwarmKit's); the leader
        // records it with addMember when this node calls Raft.Join.
        raftId: manager ? newRaftId() : 0,
        role: manager ? 'manager' : 'worker',
        listenAddr: formatAddr(listen),
        advertiseAddr: formatAddr(advertise),
        managers: [joined.manager, ...remotes.map(formatAddr).filter((a) => a !== joined.manager)],
        joined: manager || undefined,
      }
      // Certificates before swarm.json, as init: a crash in between leaves a node that is
      // simply not in a swarm (and a node object on the manager that never comes up).
      for (const dir of ['raft', 'certificates']) fs.rmSync(path.join(this.opts.dataDir, dir), { recursive: true, force: true })
      fs.mkdirSync(this.certDir, { recursive: true, mode: 0o700 })
      this.keys.reset()
      writeFileAtomic(path.join(this.certDir, 'swarm-root-ca.crt'), joined.rootPem, 0o644)
      writeFileAtomic(path.join(this.certDir, 'swarm-node.crt'), joined.certPem, 0o644)
      writeFileAtomic(path.join(this.certDir, NODE_KEY_FILE), joined.keyPem)
      saveSwarmState(this.opts.dataDir, state)
      this.state = state
      await this.startOrRollBack(state, true)
    })
  }

  swarmLeave(force: boolean): Promise<void> {
    return this.serialize(async () => {
      if (!this.state) throw new ShoalError('FailedPrecondition', 'This node is not part of a swarm')
      if (this.state.role === 'manager' && !force) {
        throw new ShoalError(
          'FailedPrecondition',
          'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.',
        )
      }
      // Stops every task and reports it (a worker's session is still up for that). A locked
      // manager runs no agent, yet its tasks still run: one adopts them only to stop them,
      // with no dispatcher to report to.
      await (this.agent ?? this.newAgent(this.state, () => undefined)).shutdownAll()
      await this.stopSwarmComponents()
      clearSwarmState(this.opts.dataDir)
      this.state = null
      for (const dir of ['raft', 'certificates', 'agent']) fs.rmSync(path.join(this.opts.dataDir, dir), { recursive: true, force: true })
      this.locked = false
      this.keys.reset()
    })
  }

  // Whether an API request must be answered by the leader: writes made on a follower
  // manager. Reads are answered from the local replica; swarm membership verbs act on this
  // node itself.
  shouldProxy(method: string, urlPath: string): boolean {
    if (method === 'GET' || method === 'HEAD') return false
    if (/^\/swarm\/(init|join|leave|unlock)$/.test(urlPath)) return false
    // Images are this node's own (docker's are per engine too).
    if (urlPath.startsWith('/images/')) return false
    return !!this.mgr && !this.mgr.isLeader()
  }

  // Forwards an API request to the leader (Raft.ControlProxy), whose API answers it; null
  // when this manager became the leader while waiting for one to be known (an election
  // right after a restart of another manager): the caller answers the request itself.
  async proxyToLeader(method: string, urlPath: string, body: Buffer): Promise<ProxiedResponse | null> {
    const mgr = this.manager()
    // During an election (or right after joining) no leader is known: wait for one a
    // bounded while (a few election timeouts) rather than fail the client at once.
    let addr = mgr.leaderAddr()
    for (const deadline = Date.now() + 5000; !addr && Date.now() < deadline && this.mgr === mgr; addr = mgr.leaderAddr()) {
      await new Promise((r) => setTimeout(r, 100))
    }
    if (mgr.isLeader()) return null
    if (!addr || !this.clients) throw new ShoalError('Unavailable', 'the swarm has no leader right now (an election is in progress, or quorum is lost): retry')
    if (this.proxyClient?.addr !== addr) {
      this.proxyClient?.client.close()
      this.proxyClient = { addr, client: this.clients.client(addr) }
    }
    try {
      const r = await unary(this.proxyClient.client, Raft.ControlProxy, new v1.ControlProxyRequest({ method, path: urlPath, body }), 60_000)
      return { status: r.status, contentType: r.contentType, body: Buffer.from(r.body) }
    } catch (err) {
      throw new ShoalError('Unavailable', `forwarding to the leader at ${addr} failed: ${grpcDetails(err)}`)
    }
  }

  version(): Record<string, unknown> {
    return {
      Version: VERSION,
      ApiVersion: '1.41',
      MinAPIVersion: '1.24',
      Os: process.platform,
      Arch: process.arch === 'x64' ? 'amd64' : process.arch,
      KernelVersion: os.release(),
      Components: [{ Name: 'shoal', Version: VERSION }],
    }
  }

  info(): Record<string, unknown> {
    const s = this.state
    const swarm: Record<string, unknown> = {
      NodeID: s?.nodeId ?? '',
      NodeAddr: s ? s.advertiseAddr.replace(/:\d+$/, '').replace(/^\[|\]$/g, '') : '',
      LocalNodeState: s ? (this.locked ? 'locked' : 'active') : 'inactive',
      ControlAvailable: !!this.mgr,
      Error: '',
      RemoteManagers: s && s.role === 'worker' ? (s.managers ?? []).map((addr) => ({ NodeID: '', Addr: addr })) : null,
    }
    if (this.mgr) {
      const view = this.mgr.control.view()
      const nodes = view.list('nodes')
      const cluster = view.list('clusters')[0]
      swarm.Nodes = nodes.length
      swarm.Managers = nodes.filter((n) => n.spec?.role === 'manager').length
      swarm.RemoteManagers = nodes.filter((n) => n.spec?.role === 'manager').map((n) => ({ NodeID: idOf(n), Addr: n.managerStatus?.addr }))
      if (cluster) {
        // docker's ClusterInfo (with TLSInfo and RootRotationInProgress), join tokens aside.
        const { JoinTokens: _tokens, ...clusterInfo } = clusterToDocker(cluster)
        swarm.Cluster = clusterInfo
      }
      const raft = this.mgr.raft.status()
      const settings = raftToDocker(this.mgr.raftSettings().inEffect)
      swarm.Raft = { Term: raft.term, Commit: raft.commit, Applied: raft.applied, Role: raft.role, Settings: settings }
    }
    return {
      ID: s?.nodeId ?? '',
      Name: this.hostname,
      ServerVersion: VERSION,
      OperatingSystem: os.type(),
      OSType: process.platform,
      Architecture: os.arch(),
      NCPU: os.cpus().length,
      MemTotal: os.totalmem(),
      DockerRootDir: this.opts.dataDir,
      Runtimes: { process: {} },
      Swarm: swarm,
    }
  }

  async serviceLogs(ref: string, query: URLSearchParams, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const control = this.manager().control
    const service = control.getService(ref)
    const tasks = control.listTasks({ service: [idOf(service)] })
    if (!this.agent) throw new ShoalError('Unavailable', 'this node has no agent to read logs from')
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
      localNodeId: this.state!.nodeId,
      agent: this.agent,
      broker: this.server?.logs ?? null,
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

  async stop(): Promise<void> {
    // Tasks keep running: a restarted daemon adopts them.
    await this.stopSwarmComponents()
  }

  // Starts the node's swarm components; on a fresh init or join, a failure undoes the
  // membership so the node is left as it was (not in a swarm) rather than half in one.
  private async startOrRollBack(state: SwarmState, fresh: boolean): Promise<void> {
    try {
      await this.startSwarmComponents(state, fresh)
    } catch (err) {
      if (!fresh) throw err
      await this.stopSwarmComponents().catch(() => undefined)
      clearSwarmState(this.opts.dataDir)
      this.state = null
      for (const dir of ['raft', 'certificates']) fs.rmSync(path.join(this.opts.dataDir, dir), { recursive: true, force: true })
      throw err
    }
  }

  private async startSwarmComponents(state: SwarmState, fresh = false, forceNewCluster = false): Promise<void> {
    if (state.role === 'worker') return this.startWorker(state)
    const mgr = Manager.open({
      dataDir: this.opts.dataDir,
      raftId: state.raftId,
      addr: state.advertiseAddr,
      join: state.joined,
      forceNewCluster,
      raftKey: this.keys.raftKey(),
      secretsKey: new SecretsKey(path.join(this.certDir, SECRETS_KEY_FILE), this.keys),
    })
    this.mgr = mgr
    // The founder makes the group's secrets key (at init, or once if it predates secrets).
    if (!state.joined && !mgr.secretsKey.raw()) mgr.secretsKey.generate()
    const read = (f: string) => fs.readFileSync(path.join(this.certDir, f), 'utf8')
    const rootCertPem = read('swarm-root-ca.crt')
    const identity = this.readIdentity()
    // Only the founder of a one-member group writes the cluster objects (init, or its
    // restart while still alone); in a larger group they came through the log already,
    // and a follower could not write them anyway.
    if (!state.joined && mgr.raft.members().length <= 1) {
      await mgr.bootstrap({
        clusterId: state.clusterId,
        nodeId: state.nodeId,
        rootCaCertPem: rootCertPem,
        rootCaKeyPem: fs.existsSync(path.join(this.certDir, ROOT_CA_KEY_FILE)) ? this.keys.readText(ROOT_CA_KEY_FILE) : '', // none: external CA
        nodeCertPem: identity.certPem,
        joinTokens: { worker: generateJoinToken(rootCertPem), manager: generateJoinToken(rootCertPem) },
        addr: state.advertiseAddr,
      })
    }
    // Raft messages to the other managers go from the addon's own threads (shoal-transport),
    // with the certificate and roots on disk now; useCertificates swaps in new ones.
    mgr.raft.startTransport({ ...identity, rootPem: this.readTrust(), selfId: state.raftId, selfAddr: state.advertiseAddr })
    const clients = new ManagerClients(() => ({ identity: this.readIdentity(), rootPem: this.readTrust() }))
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
      proxy: (method, urlPath, body) => this.localApi(method, urlPath, body),
    })
    this.server = server
    await this.listen(server, parseAddr(state.listenAddr, 'listen address'), fresh)
    // Reports go to the leader's dispatcher: in-process when this node leads, else over
    // gRPC. Reports made while leadership moves are lost; the agent's next change re-reports.
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
    this.demotionWatch = setInterval(() => {
      this.checkDemoted(mgr, state)
      this.followClusterCA(mgr)
      this.followAutolock(mgr)
    }, 500)
    // The leader first: only it can record the new certificate in the store.
    this.startRenewal(() => [...new Set([mgr.leaderAddr(), ...mgr.raft.members().map((m) => m.context.toString('utf8'))])].filter(Boolean))
  }

  // A promoted worker (node promote, seen in a heartbeat answer): gets a manager
  // certificate for a new key (NodeCA.RenewNodeCertificate, authorised by its current
  // certificate, the role taken from the store), then starts as a manager that joins the
  // Raft group (Raft.Join), keeping its tasks (the agent adopts them). If that fails it
  // goes back to being a worker; the next heartbeat tries again.
  private promote(state: SwarmState): void {
    if (this.promoting || this.state?.nodeId !== state.nodeId || this.state.role !== 'worker') return
    this.promoting = true
    void this.serialize(async () => {
      const cur = this.state
      if (!cur || cur.role !== 'worker' || cur.nodeId !== state.nodeId) return
      const rootPem = fs.readFileSync(path.join(this.certDir, 'swarm-root-ca.crt'), 'utf8')
      const renewed = await requestRenewal(cur.managers ?? [], rootPem, this.readIdentity(), MANAGER_ROLE)
      await this.stopSwarmComponents()
      fs.rmSync(path.join(this.opts.dataDir, 'raft'), { recursive: true, force: true })
      this.saveIdentity(renewed.identity)
      const next: SwarmState = { ...cur, role: 'manager', raftId: newRaftId(), joined: true }
      saveSwarmState(this.opts.dataDir, next)
      this.state = next
      try {
        await this.startSwarmComponents(next, true)
      } catch (err) {
        await this.stopSwarmComponents().catch(() => undefined)
        fs.rmSync(path.join(this.opts.dataDir, 'raft'), { recursive: true, force: true })
        saveSwarmState(this.opts.dataDir, cur)
        this.state = cur
        await this.startWorker(cur)
        throw err
      }
    })
      .catch((err) => console.error(`becoming a manager after promotion failed: ${(err as Error).message}`))
      .finally(() => (this.promoting = false))
  }

  // A demoted manager (node update --role worker, written through the leader) becomes a
  // worker once it is out of the Raft group, or is no longer the leader (the leader
  // removes the member; a removed follower may never learn of it, so the role in the
  // store, replicated while it was still a member, is the signal). Its Raft data goes:
  // a former member must not come back with old state.
  private checkDemoted(mgr: Manager, state: SwarmState): void {
    if (this.mgr !== mgr || this.demoting) return
    const own = mgr.store.view().get('nodes', state.nodeId)
    // This incarnation's demotion only: a promoted node replaying the log passes through
    // its earlier demotion (role worker, an older or no raft id) on the way.
    if (own?.spec?.role !== 'worker' || Number(own.managerStatus?.raftId ?? 0) !== state.raftId) {
      this.demotedSince = null
      return
    }
    const member = mgr.raft.members().some((m) => m.id === state.raftId)
    if (mgr.isLeader() && member) return
    // A follower's removal may need its own vote to commit (two managers, one demoted):
    // it stays until its applied configuration no longer has it or, since a removed
    // follower may never learn that, for DEMOTION_GRACE_MS after it saw the new role.
    if (member) {
      this.demotedSince ??= Date.now()
      if (Date.now() - this.demotedSince < DEMOTION_GRACE_MS) return
    }
    this.demotedSince = null
    this.demoting = true
    const managers = [...new Set([...mgr.raft.members().map((m) => m.context.toString('utf8')), ...(state.managers ?? [])])].filter((a) => a && a !== state.advertiseAddr)
    void this.serialize(async () => {
      if (this.mgr !== mgr) return
      await this.stopSwarmComponents()
      fs.rmSync(path.join(this.opts.dataDir, 'raft'), { recursive: true, force: true })
      mgr.secretsKey.forget() // workers never hold it
      this.keys.rewrap(null) // nor lock their key
      this.keys.reset() // nor have a Raft log to encrypt
      const next: SwarmState = { ...state, role: 'worker', raftId: 0, joined: undefined, managers }
      saveSwarmState(this.opts.dataDir, next)
      this.state = next
      await this.startWorker(next)
    })
      .catch((err) => console.error(`becoming a worker after demotion failed: ${(err as Error).message}`))
      .finally(() => (this.demoting = false))
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
          assign: (tasks, secrets) => void agent.assign(tasks.map(toAssigned), secrets.map(toSecretData)).catch((err) => console.error('agent: assign failed:', err)),
          close: () => undefined, // the in-process session ends with this node's leadership
        })
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
  private async startWorker(state: SwarmState): Promise<void> {
    const read = (f: string) => fs.readFileSync(path.join(this.certDir, f), 'utf8')
    const managers = state.managers ?? []
    if (managers.length === 0) throw new ShoalError('FailedPrecondition', 'swarm.json names no manager to connect to: leave the swarm and join again')
    let agent: Agent | null = null
    const session = this.remoteSession(state, () => agent!, managers, true)
    agent = this.newAgent(state, (updates) => session.report(updates))
    this.agent = agent
    this.session = session
    await agent.start()
    session.start()
    this.startRenewal(() => this.state?.managers ?? managers)
  }

  // This node's agent over its task database; `report` carries its status updates.
  private newAgent(state: SwarmState, report: (updates: TaskStatusUpdate[]) => void): Agent {
    return new Agent({ nodeId: state.nodeId, dataDir: path.join(this.opts.dataDir, 'agent'), executors: [new ProcessExecutor(), this.containers], report })
  }

  // The roots this node trusts: one, or two during a root rotation.
  private readTrust(): string {
    return fs.readFileSync(path.join(this.certDir, 'swarm-root-ca.crt'), 'utf8')
  }

  // A manager follows a root rotation from its own replica of the cluster object. The
  // leader's own agent has no remote session to report its TLS info with: the leader
  // writes it into its node whenever it differs from what the node has (a write that
  // lost a race is made again on the next check).
  private followClusterCA(mgr: Manager): void {
    const view = this.mgr === mgr ? mgr.store.view() : undefined
    const cluster = view?.list('clusters')[0]
    if (!cluster) return
    this.followCA({ trustRoot: trustBundle(cluster), renewCertificate: !!cluster.rootRotation?.caCertPem })
    const nodeId = this.state?.nodeId ?? ''
    const node = view!.get('nodes', nodeId)
    if (this.session || !mgr.isLeader() || !node || this.recordingTLS) return
    const info = new v1.NodeTLSInfo(nodeTLSInfo(this.readIdentity().certPem, this.readTrust()))
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

  // A root rotation (src/manager/ca/rotation.ts) as this node follows it: trust the roots
  // the cluster trusts (swapped into the listener, the Raft channels and the session
  // without a restart), and renew when asked for a certificate from the new root.
  private followCA(advice: { trustRoot: string; renewCertificate: boolean }): void {
    if (!this.state) return
    if (advice.trustRoot && advice.trustRoot !== this.readTrust()) {
      writeFileAtomic(path.join(this.certDir, 'swarm-root-ca.crt'), advice.trustRoot, 0o644)
      this.useCertificates(this.readIdentity())
      this.renewer?.updateRoot(advice.trustRoot)
    }
    if (advice.renewCertificate && !issuedByNewestRoot(this.readIdentity().certPem, this.readTrust())) this.renewer?.renewNow()
  }

  // Puts the node's certificate and trust on disk into use. A remote session starts over
  // with them, which reports them to the manager (the leader's own: followClusterCA).
  private useCertificates(identity: TlsIdentity): void {
    const trust = this.readTrust()
    this.server?.updateIdentity(identity, trust)
    this.useTransportIdentity(identity, trust)
    this.proxyClient?.client.close()
    this.proxyClient = null
    this.session?.updateIdentity(identity, trust)
  }

  // The Raft channels reopen with the new material. Refused material (it did not parse)
  // leaves them on the old, which the listener still accepts until it expires.
  private useTransportIdentity(identity: TlsIdentity, rootPem: string): void {
    const raft = this.mgr?.raft
    if (!raft) return
    try {
      raft.setTransportIdentity({ ...identity, rootPem })
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code !== 'Closed' && code !== 'FailedPrecondition') console.error(`shoal daemon: the Raft transport keeps its old certificate: ${(err as Error).message}`)
    }
  }

  private readIdentity(): TlsIdentity {
    return { certPem: fs.readFileSync(path.join(this.certDir, 'swarm-node.crt'), 'utf8'), keyPem: this.keys.readText(NODE_KEY_FILE) }
  }

  // Autolock as the cluster object asks: this manager's key files are sealed with the
  // cluster's unlock key, resealed when it rotates and written clear when autolock is
  // turned off (a manager that was down meanwhile catches up when it is back).
  // Runs every 500 ms: a failure that persists is logged once, as is the recovery.
  private autolockFailure: string | null = null
  private followAutolock(mgr: Manager): void {
    const cluster = this.mgr === mgr && mgr.secretsKey.raw() ? mgr.store.view().list('clusters')[0] : undefined
    if (!cluster) return
    try {
      const wanted = clusterUnlockKey(cluster, mgr.secretsKey)
      const current = this.keys.current()
      if (!(wanted === null ? current === null : current?.equals(wanted))) this.keys.rewrap(wanted)
      if (this.autolockFailure !== null) console.error("shoal daemon: autolock: the key files match the cluster's unlock key again")
      this.autolockFailure = null
    } catch (err) {
      const message = (err as Error).message
      if (message !== this.autolockFailure) console.error(`shoal daemon: autolock: rewrapping the key files failed: ${message}`)
      this.autolockFailure = message
    }
  }

  // Each file is replaced atomically, key first (as SwarmKit's KeyReadWriter); only a
  // crash between the two writes could leave a pair that does not match.
  private saveIdentity(identity: TlsIdentity): void {
    this.keys.write(path.join(this.certDir, NODE_KEY_FILE), identity.keyPem)
    writeFileAtomic(path.join(this.certDir, 'swarm-node.crt'), identity.certPem, 0o644)
  }

  // Renews this node's certificate before it expires (src/rpc/renewal.ts) and puts each
  // new one into use: the swarm listener (new connections), the channels to other
  // managers, and the agent's session. SHOAL_CERT_RENEWAL_TIMESCALE (tests only) makes
  // the renewal schedule run that many times faster.
  private startRenewal(managers: () => string[]): void {
    const rootPem = fs.readFileSync(path.join(this.certDir, 'swarm-root-ca.crt'), 'utf8')
    const renewer = new CertificateRenewer({
      rootPem,
      identity: this.readIdentity(),
      managers,
      save: (identity) => this.saveIdentity(identity),
      onRenewed: (identity) => {
        if (this.renewer === renewer) this.useCertificates(identity)
      },
      timeScale: Number(process.env.SHOAL_CERT_RENEWAL_TIMESCALE) || 1,
    })
    this.renewer = renewer
    renewer.start()
  }

  // An agent's session to the managers over gRPC: a worker's, or a follower manager's
  // (only the leader dispatches; followers refuse sessions and the session moves on).
  // remember: keep the managers the cluster announces in swarm.json (workers).
  private remoteSession(state: SwarmState, agentOf: () => Agent, managers: string[], remember: boolean): RemoteSession {
    const read = (f: string) => fs.readFileSync(path.join(this.certDir, f), 'utf8')
    const agent = { get current() { return agentOf() } }
    return new RemoteSession({
      managers,
      rootPem: read('swarm-root-ca.crt'),
      identity: this.readIdentity(),
      description: async () => {
        const d = await this.describe(agent.current, state)
        return new v1.NodeDescription({
          hostname: d.hostname,
          platform: new v1.Platform({ os: d.os, architecture: d.architecture }),
          nanoCpus: d.nanoCpus,
          memoryBytes: d.memoryBytes,
          engineVersion: d.engineVersion,
          runtimes: d.runtimes,
          tlsInfo: d.tlsInfo,
        })
      },
      addr: hostOf(state.advertiseAddr),
      assign: (tasks, secrets) => agent.current.assign(tasks, secrets),
      logs: { read: (taskIds, o) => agent.current.logs({ taskIds }, o), owns: (taskId) => agent.current.status(taskId) !== undefined },
      onRole: (role) => {
        if (remember && role === 'manager') this.promote(state)
        // A demoted manager still holds its manager certificate: replace it.
        else if (role === 'worker' || role === 'manager') this.renewer?.roleIs(role)
      },
      // Managers follow the CA from their own store (followClusterCA); workers from here.
      onCA: (advice) => {
        if (remember) this.followCA(advice)
      },
      onManagers: (addrs) => {
        // Remember the cluster's managers for the next start (best effort).
        if (!remember || !this.state || this.state.nodeId !== state.nodeId) return
        this.state = { ...this.state, managers: addrs }
        try {
          saveSwarmState(this.opts.dataDir, this.state)
        } catch (err) {
          console.error(`saving the manager list failed: ${(err as Error).message}`)
        }
      },
    })
  }

  private async describe(agent: Agent, state: SwarmState): Promise<NodeRegistration> {
    return {
      hostname: this.hostname,
      os: process.platform,
      architecture: os.arch() === 'x64' ? 'x86_64' : os.arch(),
      nanoCpus: os.cpus().length * 1e9,
      memoryBytes: os.totalmem(),
      engineVersion: VERSION,
      runtimes: await agent.runtimes(),
      addr: hostOf(state.advertiseAddr),
      tlsInfo: nodeTLSInfo(this.readIdentity().certPem, this.readTrust()),
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

  private async stopSwarmComponents(): Promise<void> {
    if (this.listenRetry) clearTimeout(this.listenRetry)
    this.listenRetry = null
    if (this.demotionWatch) clearInterval(this.demotionWatch)
    this.demotionWatch = null
    const renewer = this.renewer
    this.renewer = null
    await renewer?.stop()
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
    this.proxyClient?.client.close()
    this.proxyClient = null
    await this.attaching
    this.clients = null
    await mgr?.close() // stops the Raft transport too
  }

  private serialize<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.membership.then(fn, fn)
    this.membership = next.catch(() => undefined)
    return next
  }
}

// "10.0.0.2:2377" or "[fd00::2]:2377" -> the IP.
function hostOf(addr: string): string {
  return addr.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
}
