// A manager's swarm listener: gRPC over TLS on the swarm listen address (2377 by default),
// serving NodeCA to joining nodes and the Dispatcher to every node's agent.
//
// Authorisation, per RPC (SwarmKit's ca.AuthorizeForwardedRoleAndOrg, without forwarding):
//   - NodeCA.*: anyone; IssueNodeCertificate is authorised by the join token it carries.
//   - Dispatcher.*: a caller whose certificate TLS verified against the cluster root, of
//     this cluster (O), of an allowed role (OU), whose node (CN) is still in the store.
//     Every call acts on the caller's own node only: the node id comes from the
//     certificate, never from the request, and status reports about tasks of other nodes
//     are refused.
import * as grpc from '@grpc/grpc-js'
import { MANAGER_ROLE, WORKER_ROLE, type NodeIdentity, type NodeRole } from '../manager/ca/identity'
import type { AgentSession } from '../manager/dispatcher'
import type { TaskFiles } from '../manager/files/delivery'
import { ShoalError } from '../manager/errors'
import type { Manager } from '../manager/manager'
import { NodeCA as NodeCAService } from '../manager/nodeca'
import { caAdvice } from '../manager/ca-reconciler'
import { v1, forEncoder, idOf, type Shared, type Task } from '../manager/store'
import type { TaskStatusUpdate } from '../agent/types'
import { formatAddr, type HostPort } from '../daemon/addr'
import { Dispatcher, NodeCA, LogBroker as LogBrokerService, OversizedRequest, RAFT_MAX_MESSAGE } from './services'
import { LogBroker } from './logs'
import { Raft } from './services'
import { raftJoin, type ManagerClients } from './raft'
import { callerIdentity, NodeServerCredentials, type TlsIdentity } from './tls'
import { FORWARDED_HEADERS } from '../daemon/leader-proxy'
import { Admission, MAX_CONCURRENT_JOINS, MAX_SESSIONS_PER_NODE } from './limits'

// Who may call what. 'join' needs no certificate; a role list needs a verified one.
// Manager-only services (Raft) list [MANAGER_ROLE].
const ANY_NODE: NodeRole[] = [WORKER_ROLE, MANAGER_ROLE]
const MANAGERS: NodeRole[] = [MANAGER_ROLE]
// How stale a long-lived Raft stream's authorisation may get (see raftStream).
const REAUTHORIZE_MS = 1_000

// What the store must confirm about the caller's node, beyond its certificate:
//   'node': it is in the swarm (not removed).
//   'raft': the same, but only once this store holds the cluster: a joining manager's
//     store is empty until the leader's log or snapshot reaches it, and it must accept
//     the leader's messages to get there. Not the role: a demoted member's answers are
//     needed to commit its own removal (two managers, one demoted).
//   'manager': as 'raft', and its role in the store is manager.
//   'stored-manager': its role in the store is manager, whatever this store holds (one
//     without the cluster yet refuses): for handing out the secrets key.
type StoreCheck = 'node' | 'raft' | 'manager' | 'stored-manager'

export interface ProxiedResponse {
  status: number
  contentType: string
  body: Buffer
}

export interface SwarmServerOptions {
  manager: Manager
  clusterId: string
  identity: TlsIdentity
  rootPem: string
  // Clients to other managers (forwarding Raft.Join to the leader).
  clients: ManagerClients
  // Answers a follower's forwarded API request with this node's own API.
  proxy: (method: string, path: string, body: Buffer, requestId: string, headers: Record<string, string>) => Promise<ProxiedResponse>
}

// Answers a request message past its method's size limit (services.ts decodes it into an
// OversizedRequest instead of the message) with RESOURCE_EXHAUSTED naming the limit; no
// handler sees it.
const refuseOversized: grpc.ServerInterceptor = (_method, call) =>
  new grpc.ServerInterceptingCall(call, {
    start: (next) =>
      next({
        onReceiveMessage: (message, pass) => {
          if (message instanceof OversizedRequest) call.sendStatus({ code: grpc.status.RESOURCE_EXHAUSTED, details: message.message })
          else pass(message)
        },
      }),
  })

export class SwarmServer {
  private readonly server: grpc.Server
  private readonly creds: NodeServerCredentials
  private readonly ca: NodeCAService
  private readonly manager: Manager
  private readonly clusterId: string
  // Fetches service logs from the agents (src/rpc/logs.ts); the daemon subscribes here.
  readonly logs: LogBroker

  private readonly opts: SwarmServerOptions
  // Bounds on joins in progress and on session streams per node (limits.ts).
  private readonly joins = new Admission(MAX_CONCURRENT_JOINS)
  private readonly sessions = new Admission(MAX_SESSIONS_PER_NODE)

  constructor(opts: SwarmServerOptions) {
    this.opts = opts
    this.manager = opts.manager
    this.clusterId = opts.clusterId
    this.ca = new NodeCAService(opts.manager.store, opts.manager.secretsKey)
    this.creds = new NodeServerCredentials(opts.identity, opts.rootPem)
    this.server = new grpc.Server({
      // Agents may keep an idle session open for a long time; let them ping it.
      'grpc.keepalive_permit_without_calls': 1,
      'grpc.http2.min_ping_interval_without_data_ms': 5000,
      // And ping them: a connection to a node that vanished without a FIN or RST (a cut
      // link, a powered-off host) is dropped within ~40 s instead of lingering until TCP
      // gives up. The node itself is marked down by its heartbeat deadline, sooner.
      'grpc.keepalive_time_ms': 30_000,
      'grpc.keepalive_timeout_ms': 10_000,
      // Raft snapshots travel as one message (docs/ARCHITECTURE.md, native contract).
      'grpc.max_receive_message_length': RAFT_MAX_MESSAGE,
      'grpc.max_send_message_length': RAFT_MAX_MESSAGE,
      // Each method's own, smaller limit (services.ts MAX_REQUEST_BYTES).
      interceptors: [refuseOversized],
    } as grpc.ServerOptions)
    this.server.addService(NodeCA, {
      GetRootCACertificate: this.unary('join', () => new v1.GetRootCACertificateResponse({ certificatePem: this.ca.rootCertificate() })),
      IssueNodeCertificate: this.unary('join', async (req: v1.IssueNodeCertificateRequest) => {
        const release = this.joins.enter()
        if (!release) throw status(grpc.status.RESOURCE_EXHAUSTED, `too many joins in progress: at most ${MAX_CONCURRENT_JOINS} are handled at a time; retry shortly`)
        try {
          const r = await this.ca.issue({ csrPem: req.csrPem, token: req.token, availability: req.availability, hostname: req.hostname })
          return new v1.IssueNodeCertificateResponse({ nodeId: r.nodeId, certificatePem: r.certificatePem, role: r.role })
        } finally {
          release()
        }
      }),
      RenewNodeCertificate: this.unary(ANY_NODE, async (req: v1.RenewNodeCertificateRequest, caller) => {
        const r = await this.ca.renew(caller!.nodeId, req.csrPem)
        return new v1.IssueNodeCertificateResponse({ nodeId: r.nodeId, certificatePem: r.certificatePem, role: r.role })
      }),
    })
    // Log subscriptions ride the agents' own connections; callers are authorised as for
    // the Dispatcher, and ListenSubscriptions also checks the caller's session.
    this.logs = new LogBroker((nodeId, sessionId) => this.manager.dispatcher.checkSession(nodeId, sessionId))
    this.server.addService(LogBrokerService, this.logs.handlers((call) => this.authorize(call, ANY_NODE, call.getPath())))
    this.server.addService(Dispatcher, {
      Session: (call: grpc.ServerWritableStream<v1.SessionRequest, v1.SessionMessage>) => this.session(call),
      Heartbeat: this.unary(ANY_NODE, (req: v1.HeartbeatRequest, caller) => {
        const periodMs = this.manager.dispatcher.heartbeat(caller!.nodeId, req.sessionId)
        const view = this.manager.store.view()
        const node = view.get('nodes', caller!.nodeId)
        return new v1.HeartbeatResponse({ periodMs, role: node?.spec?.role ?? '', ...caAdvice(view.list('clusters')[0], node, this.manager.askedToRenew(caller!.nodeId)) })
      }),
      UpdateTaskStatus: this.unary(ANY_NODE, (req: v1.UpdateTaskStatusRequest, caller) => {
        this.updateTaskStatus(caller!, req)
        return new v1.UpdateTaskStatusResponse()
      }),
    })
    // Manager to manager: the certificate (this cluster, role manager) is the authority, as
    // SwarmKit's raft service requires, with the store checks StoreCheck describes.
    this.server.addService(Raft, {
      ProcessRaftMessage: this.unary(MANAGERS, (frame: Buffer) => {
        this.stepRaft(frame)
        return new v1.ProcessRaftMessageResponse()
      }, 'raft'),
      StreamRaftMessages: (call: grpc.ServerReadableStream<Buffer, v1.ProcessRaftMessageResponse>, callback: grpc.sendUnaryData<v1.ProcessRaftMessageResponse>) =>
        this.raftStream(call, callback),
      Join: this.unary(MANAGERS, (req: v1.RaftJoinRequest, caller) => this.join(req, caller!), 'manager'),
      ControlProxy: this.unary(MANAGERS, async (req: v1.ControlProxyRequest) => {
        if (!this.manager.isLeader()) throw status(grpc.status.UNAVAILABLE, 'this manager is no longer the leader; retry')
        checkForwardedRequest(req)
        const r = await this.opts.proxy(req.method, req.path, Buffer.from(req.body), req.requestId, { ...(req.headers ?? {}) })
        // Leadership moved while the write was answered (its proposal refused, or its
        // outcome unknown): the forwarding manager retries at the next leader under the
        // same request id, which says whether it committed.
        if (r.status === 503 && !this.manager.isLeader()) throw status(grpc.status.UNAVAILABLE, `this manager lost the leadership while answering: ${r.body.toString('utf8').trim()}`)
        return new v1.ControlProxyResponse({ status: r.status, contentType: r.contentType, body: r.body })
      }, 'manager'),
      // Every manager holds the key; one whose Raft.Join answer was lost asks for it here.
      GetSecretsKey: this.unary(MANAGERS, () => {
        const key = this.manager.secretsKey.raw()
        if (!key) throw status(grpc.status.UNAVAILABLE, 'this manager holds no secrets key either')
        return new v1.GetSecretsKeyResponse({ secretsKey: key })
      }, 'stored-manager'),
    })
  }

  // Raft.Join: the leader adds the caller as a voter; a follower forwards to the leader.
  private async join(req: v1.RaftJoinRequest, caller: NodeIdentity): Promise<v1.RaftJoinResponse> {
    if (!this.manager.isLeader()) {
      const addr = this.manager.leaderAddr()
      if (!addr) throw status(grpc.status.UNAVAILABLE, 'no leader is known right now; retry')
      const client = this.opts.clients.client(addr)
      try {
        return await raftJoin(client, Number(req.raftId), req.addr, 30_000, req.nodeId || caller.nodeId)
      } finally {
        client.close()
      }
    }
    const members = await this.manager.addManager(req.nodeId || caller.nodeId, Number(req.raftId), req.addr)
    // Every manager holds the secrets key; addManager refused anyone the store does not
    // list as a manager.
    return new v1.RaftJoinResponse({
      members: members.map((m) => new v1.RaftMember({ raftId: m.id, addr: m.addr })),
      secretsKey: this.manager.secretsKey.raw() ?? undefined,
    })
  }

  // Binds the listen address; resolves with the port (useful when asked for port 0).
  listen(addr: HostPort): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.bindAsync(formatAddr(addr), this.creds, (err, port) => {
        if (err) reject(new ShoalError('FailedPrecondition', `cannot listen on ${formatAddr(addr)}: ${err.message}`))
        else resolve(port)
      })
    })
  }

  // New certificate material (renewal, root rotation) for new connections.
  updateIdentity(identity: TlsIdentity, rootPem: string): void {
    this.creds.update(identity, rootPem)
  }

  // Stops accepting calls, gives running ones a moment, then cuts the rest. Sessions
  // should have been ended by the dispatcher already; agents reconnect elsewhere.
  async close(graceMs = 1000): Promise<void> {
    this.logs.close() // long-lived streams would otherwise hold shutdown for the whole grace
    for (const end of this.raftStreams) end()
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown()
        resolve()
      }, graceMs)
      this.server.tryShutdown(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  // One ProcessRaftMessageRequest as received: the addon decodes it, notes the sender's
  // address and steps every message, in one call.
  private stepRaft(frame: Buffer): void {
    try {
      this.manager.raft.receiveRaftMessages(frame)
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'InvalidArgument') throw status(grpc.status.INVALID_ARGUMENT, (err as Error).message)
      if (code === 'Closed') throw status(grpc.status.UNAVAILABLE, 'this manager is shutting down')
      throw err
    }
  }

  // Another manager's stream of Raft messages (sent by its crates/shoal-transport):
  // authorised when it opens and again at most every REAUTHORIZE_MS while messages arrive
  // (the stream lives as long as the connection, and the caller's certificate may expire or
  // its node be removed meanwhile), every message stepped in order.
  private readonly raftStreams = new Set<() => void>()
  private raftStream(
    call: grpc.ServerReadableStream<Buffer, v1.ProcessRaftMessageResponse>,
    callback: grpc.sendUnaryData<v1.ProcessRaftMessageResponse>,
  ): void {
    try {
      this.authorize(call, MANAGERS, call.getPath(), 'raft')
    } catch (err) {
      callback(toServiceError(err, call.getPath()))
      return
    }
    let authorizedAt = Date.now()
    let done = false
    const end = (err: unknown = null) => {
      if (done) return
      done = true
      this.raftStreams.delete(end)
      call.removeAllListeners('data')
      if (err) callback(toServiceError(err, call.getPath()))
      else callback(null, new v1.ProcessRaftMessageResponse())
    }
    this.raftStreams.add(end)
    call.on('data', (frame: Buffer) => {
      if (done) return
      try {
        if (Date.now() - authorizedAt > REAUTHORIZE_MS) {
          this.authorize(call, MANAGERS, call.getPath(), 'raft')
          authorizedAt = Date.now()
        }
        this.stepRaft(frame)
      } catch (err) {
        end(err)
      }
    })
    call.on('end', () => end())
    call.on('error', () => end())
    call.on('cancelled', () => end())
  }

  private authorize(call: Parameters<typeof callerIdentity>[0], roles: NodeRole[], what: string, check: StoreCheck = 'node'): NodeIdentity {
    const id = callerIdentity(call)
    if (!id) throw status(grpc.status.UNAUTHENTICATED, `${what} requires a node certificate issued by this swarm`)
    // TLS checked the validity period at the handshake; a connection can outlive the
    // certificate it was opened with, so every call checks it again.
    if (Date.now() > id.notAfter.getTime()) {
      throw status(grpc.status.UNAUTHENTICATED, `${what}: the node certificate expired at ${id.notAfter.toISOString()}`)
    }
    if (id.clusterId !== this.clusterId) throw status(grpc.status.PERMISSION_DENIED, `${what}: the certificate belongs to another swarm`)
    if (!roles.includes(id.role)) throw status(grpc.status.PERMISSION_DENIED, `${what} is not allowed for a node with role ${id.role}`)
    const view = this.manager.store.view()
    if ((check === 'raft' || check === 'manager') && view.list('clusters').length === 0) return id // see StoreCheck
    const node = view.get('nodes', id.nodeId)
    if (!node) throw status(grpc.status.PERMISSION_DENIED, `node ${id.nodeId} is not part of the swarm (it was removed): join again with a token`)
    // A demoted manager keeps its manager certificate until it renews it: the store's
    // role is the one that counts for what only managers may do.
    if ((check === 'manager' || check === 'stored-manager') && node.spec?.role !== 'manager') {
      throw status(grpc.status.PERMISSION_DENIED, `${what}: node ${id.nodeId} is no longer a manager (it was demoted)`)
    }
    return id
  }

  private unary<Req, Res>(
    access: 'join' | NodeRole[],
    fn: (req: Req, caller: NodeIdentity | null) => Res | Promise<Res>,
    check: StoreCheck = 'node',
  ): grpc.handleUnaryCall<Req, Res> {
    return (call, callback) => {
      Promise.resolve()
        .then(() => fn(call.request, access === 'join' ? null : this.authorize(call, access, call.getPath(), check)))
        .then(
          (res) => callback(null, res),
          (err) => callback(toServiceError(err, call.getPath())),
        )
    }
  }

  private session(call: grpc.ServerWritableStream<v1.SessionRequest, v1.SessionMessage>): void {
    let caller: NodeIdentity
    try {
      caller = this.authorize(call, ANY_NODE, call.getPath())
    } catch (err) {
      call.emit('error', toServiceError(err, call.getPath()))
      return
    }
    const release = this.sessions.enter(caller.nodeId)
    if (!release) {
      call.emit('error', status(grpc.status.RESOURCE_EXHAUSTED, `too many sessions open for node ${caller.nodeId}: at most ${MAX_SESSIONS_PER_NODE}`))
      return
    }
    for (const ended of ['cancelled', 'finish', 'close', 'error']) call.once(ended, release)
    let dispatcher: Manager['dispatcher']
    try {
      // Only the leader dispatches; a follower says where the leader is and the agent
      // moves on to the next manager it knows.
      dispatcher = this.manager.dispatcher
    } catch (err) {
      call.emit('error', toServiceError(err, call.getPath()))
      return
    }
    const d = call.request.description ?? new v1.NodeDescription()
    const session = new StreamSession(call, () => dispatcher.heartbeatPeriodMs(), () => this.managers())
    call.on('cancelled', () => {
      session.closed = true
      if (session.id) dispatcher.unregister(caller.nodeId, session.id)
    })
    dispatcher
      .register(
        caller.nodeId,
        {
          hostname: d.hostname ?? '',
          os: d.platform?.os ?? '',
          architecture: d.platform?.architecture ?? '',
          nanoCpus: Number(d.nanoCpus ?? 0),
          memoryBytes: Number(d.memoryBytes ?? 0),
          engineVersion: d.engineVersion ?? '',
          runtimes: d.runtimes ?? [],
          maxTasks: Number(d.maxTasks ?? 0),
          addr: call.request.addr || peerHost(call.getPeer()),
          tlsInfo: d.tlsInfo,
        },
        session,
        { heartbeats: true },
      )
      .then(
        (id) => {
          if (session.closed) dispatcher.unregister(caller.nodeId, id)
          else session.start(id)
        },
        (err) => session.fail(toServiceError(err, call.getPath())),
      )
  }

  private updateTaskStatus(caller: NodeIdentity, req: v1.UpdateTaskStatusRequest): void {
    const dispatcher = this.manager.dispatcher
    dispatcher.checkSession(caller.nodeId, req.sessionId)
    const store = this.manager.store
    const updates: TaskStatusUpdate[] = []
    for (const u of req.updates) {
      if (!u.taskId) continue
      // The mirror's task, decoded once per change, not once per report. The mirror may
      // lag a write just committed (an assignment), so a task it places elsewhere is read
      // from the store itself before the caller is refused.
      let t = store.peek('tasks', u.taskId)
      if (t && t.nodeId !== caller.nodeId) t = store.view().get('tasks', u.taskId)
      // A task the manager no longer has is simply stale news; one placed on another
      // node is a node speaking for someone else.
      if (t && t.nodeId !== caller.nodeId) {
        throw status(grpc.status.PERMISSION_DENIED, `task ${u.taskId} is not assigned to node ${caller.nodeId}`)
      }
      const s = u.status
      if (!s) continue
      updates.push({
        taskId: u.taskId,
        state: s.state ?? 0,
        timestamp: Number(s.timestamp ?? 0),
        message: s.message ?? '',
        err: s.err || undefined,
        exitCode: s.container ? (s.container.exitCode ?? 0) : undefined,
        pid: s.container ? (s.container.pid ?? 0) : undefined,
        startedAt: Number(s.container?.startedAt ?? 0) || undefined,
      })
    }
    if (updates.length > 0) dispatcher.report(caller.nodeId, updates)
  }

  private managers(): v1.ManagerPeer[] {
    return this.manager.store
      .view()
      .find('nodes', 'role', 'manager')
      .filter((n) => n.managerStatus?.addr)
      .map((n) => new v1.ManagerPeer({ nodeId: idOf(n), addr: n.managerStatus!.addr }))
  }
}

// One remote agent's session stream, behind the dispatcher's AgentSession. The first
// message is the complete assignment set; after that only what changed (tasks whose
// version moved, ids no longer assigned). When the stream is backed up (a slow or stalled
// agent), intermediate sets are not queued: only the latest is kept, and the difference
// between it and what was last written goes out once the stream drains.
class StreamSession implements AgentSession {
  id = ''
  closed = false
  private readonly sent = new Map<string, number>() // task id -> version written to the stream
  // Secret and config ids the node holds (their data never changes).
  private readonly sentSecrets = new Set<string>()
  private readonly sentConfigs = new Set<string>()
  private first = true
  private blocked = false
  private latest: { tasks: readonly Shared<Task>[]; files: TaskFiles; network: v1.NodeNetworkState } | null = null
  // The network state last written, encoded: it goes out again only when it changed.
  private sentNetwork: Buffer | null = null

  constructor(
    private readonly call: grpc.ServerWritableStream<v1.SessionRequest, v1.SessionMessage>,
    private readonly periodMs: () => number,
    private readonly managers: () => v1.ManagerPeer[],
  ) {}

  // The dispatcher accepted the session: from now on assignments flow.
  start(id: string): void {
    this.id = id
    if (this.latest) this.flush()
  }

  assign(tasks: readonly Shared<Task>[], files: TaskFiles, network: v1.NodeNetworkState): void {
    if (this.closed) return
    this.latest = { tasks, files, network }
    if (this.id && !this.blocked) this.flush()
  }

  close(reason: string): void {
    this.fail({ code: grpc.status.UNAVAILABLE, details: reason } as grpc.ServiceError)
  }

  fail(err: Partial<grpc.StatusObject>): void {
    if (this.closed) return
    this.closed = true
    this.call.emit('error', err)
  }

  private flush(): void {
    const latest = this.latest
    this.latest = null
    if (!latest || this.closed) return
    const { tasks, files, network } = latest
    const networkBytes = Buffer.from(v1.NodeNetworkState.encode(network).finish())
    const networkChanged = !this.sentNetwork?.equals(networkBytes)
    this.sentNetwork = networkBytes
    let assignments: v1.AssignmentSet | null
    if (this.first) {
      assignments = new v1.AssignmentSet({ type: v1.AssignmentSet.Type.COMPLETE, tasks: forEncoder<v1.ITask[]>(tasks), secrets: files.secrets, configs: files.configs, networkState: network })
      for (const t of tasks) this.sent.set(idOf(t), Number(t.meta!.version))
      for (const s of files.secrets) this.sentSecrets.add(idOf(s))
      for (const c of files.configs) this.sentConfigs.add(idOf(c))
    } else {
      const changed = tasks.filter((t) => this.sent.get(idOf(t)) !== Number(t.meta!.version))
      const ids = new Set(tasks.map(idOf))
      const removed = [...this.sent.keys()].filter((id) => !ids.has(id))
      const secrets = difference(this.sentSecrets, files.secrets)
      const configs = difference(this.sentConfigs, files.configs)
      if (changed.length === 0 && removed.length === 0 && secrets.unchanged && configs.unchanged && !networkChanged) return
      for (const t of changed) this.sent.set(idOf(t), Number(t.meta!.version))
      for (const id of removed) this.sent.delete(id)
      secrets.apply()
      configs.apply()
      assignments = new v1.AssignmentSet({
        type: v1.AssignmentSet.Type.INCREMENTAL,
        tasks: forEncoder<v1.ITask[]>(changed),
        removed,
        secrets: secrets.added,
        removedSecrets: secrets.removed,
        configs: configs.added,
        removedConfigs: configs.removed,
        networkState: networkChanged ? network : null,
      })
    }
    const message = new v1.SessionMessage({
      sessionId: this.id,
      heartbeatPeriodMs: this.periodMs(),
      managers: this.first ? this.managers() : [],
      assignments,
    })
    this.first = false
    if (!this.call.write(message)) {
      this.blocked = true
      this.call.once('drain', () => {
        this.blocked = false
        if (this.latest) this.flush()
      })
    }
  }
}

// What a node holding `sent` lacks of `wanted` and holds beyond it (secrets or configs,
// whose data never changes: an id sent once is the node's until it is taken back).
function difference<T extends v1.Secret | v1.Config>(sent: Set<string>, wanted: readonly T[]) {
  const added = wanted.filter((o) => !sent.has(idOf(o)))
  const ids = new Set(wanted.map(idOf))
  const removed = [...sent].filter((id) => !ids.has(id))
  return {
    added,
    removed,
    unchanged: added.length === 0 && removed.length === 0,
    apply(): void {
      for (const o of added) sent.add(idOf(o))
      for (const id of removed) sent.delete(id)
    },
  }
}

// A forwarded API request becomes an HTTP request to this manager's own API: its method
// must be a method token and its path a request target Node's HTTP client will send.
function checkForwardedRequest(req: v1.ControlProxyRequest): void {
  if (!/^[A-Z]{1,16}$/.test(req.method)) throw status(grpc.status.INVALID_ARGUMENT, `invalid forwarded request: method "${req.method.slice(0, 40)}"`)
  if (!/^\/[\x21-\x7e]{0,65535}$/.test(req.path)) throw status(grpc.status.INVALID_ARGUMENT, `invalid forwarded request: path "${req.path.slice(0, 100)}" is not a request target`)
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (!FORWARDED_HEADERS.includes(name)) throw status(grpc.status.INVALID_ARGUMENT, `invalid forwarded request: header "${name.slice(0, 40)}" is not one a manager forwards`)
    // The value is a credential: never echoed.
    if (!/^[\x20-\x7e]{0,65535}$/.test(value)) throw status(grpc.status.INVALID_ARGUMENT, `invalid forwarded request: header "${name}" is not a header value`)
  }
  if (req.requestId && !/^[\x21-\x7e]{1,128}$/.test(req.requestId)) throw status(grpc.status.INVALID_ARGUMENT, `invalid forwarded request: request id "${req.requestId.slice(0, 40)}"`)
}

function status(code: grpc.status, details: string): grpc.ServiceError {
  return Object.assign(new Error(details), { code, details, metadata: new grpc.Metadata() })
}

const CODES: Record<string, grpc.status> = {
  InvalidArgument: grpc.status.INVALID_ARGUMENT,
  NotFound: grpc.status.NOT_FOUND,
  AlreadyExists: grpc.status.ALREADY_EXISTS,
  Conflict: grpc.status.ABORTED,
  FailedPrecondition: grpc.status.FAILED_PRECONDITION,
  Unavailable: grpc.status.UNAVAILABLE,
  Internal: grpc.status.INTERNAL,
}

function toServiceError(err: unknown, what: string): grpc.ServiceError {
  if (typeof (err as { code?: unknown }).code === 'number') return err as grpc.ServiceError
  if (err instanceof ShoalError) return status(CODES[err.code] ?? grpc.status.INTERNAL, err.message)
  console.error(`rpc ${what}:`, err)
  return status(grpc.status.INTERNAL, (err as Error)?.message ?? String(err))
}

// "10.0.0.2:51234", "::ffff:10.0.0.2:51234" or "[fd00::2]:51234" -> the host part.
export function peerHost(peer: string): string {
  let host = peer.replace(/^(ipv4|ipv6):/, '')
  const bracketed = /^\[([^\]]+)\]/.exec(host)
  if (bracketed) host = bracketed[1]
  else host = host.replace(/:\d+$/, '')
  return host.replace(/^::ffff:/, '')
}
