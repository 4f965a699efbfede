// The shoal daemon's REST client. The daemon speaks a subset of the Docker Engine API
// (v1.41 JSON shapes, PascalCase) over a unix socket; the CLI is a pure client of it.
//
// This module owns three things: where the daemon is (host resolution), how a request
// travels (node:http over the socket, errors mapped to one-line messages), and how the
// multiplexed log stream is framed (StreamDemuxer). The types below describe the JSON the
// daemon returns; fields the daemon may omit are optional so renderers stay defensive.

import fs from 'node:fs'
import http from 'node:http'

// ---------------------------------------------------------------------------------------
// Wire types (Docker Engine API v1.41 shapes, the subset shoal serves)

export interface ObjectVersion {
  Index: number
}

export type Labels = Record<string, string>

export interface Platform {
  OS?: string
  Architecture?: string
}

export interface TLSInfo {
  TrustRoot?: string
  CertIssuerSubject?: string
  CertIssuerPublicKey?: string
}

export interface Node {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: {
    Name?: string
    Labels?: Labels
    Role?: 'worker' | 'manager' | string
    Availability?: 'active' | 'pause' | 'drain' | string
  }
  Description?: {
    Hostname?: string
    Platform?: Platform
    Resources?: { NanoCPUs?: number; MemoryBytes?: number }
    Engine?: { EngineVersion?: string; Labels?: Labels }
    TLSInfo?: TLSInfo
  }
  Status?: {
    State?: 'unknown' | 'down' | 'ready' | 'disconnected' | string
    Message?: string
    Addr?: string
  }
  ManagerStatus?: {
    Leader?: boolean
    Reachability?: 'unknown' | 'unreachable' | 'reachable' | string
    Addr?: string
  }
}

export type RestartCondition = 'none' | 'on-failure' | 'any'
export type TaskRuntime = 'process' | 'container'

export interface ContainerSpec {
  Image: string
  Command?: string[]
  Args?: string[]
  Env?: string[]
  Labels?: Labels // the containers' (docker's ContainerSpec.Labels)
  Secrets?: SecretReference[]
  Configs?: ConfigReference[]
  Hostname?: string
  Dir?: string
  User?: string
  Mounts?: ContainerMount[]
  StopSignal?: string
  StopGracePeriod?: number // ns
  ReadOnly?: boolean
  Init?: boolean
  CapabilityAdd?: string[]
  CapabilityDrop?: string[]
  Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number } // durations in ns
}

export interface ContainerMount {
  Type: 'bind' | 'volume' | 'tmpfs'
  Source?: string
  Target: string
  ReadOnly?: boolean
  TmpfsOptions?: { SizeBytes?: number }
}

// A file a task gets from a secret. The daemon fills SecretID in from SecretName.
export interface SecretReference {
  File?: { Name?: string; UID?: string; GID?: string; Mode?: number }
  SecretID?: string
  SecretName?: string
}

// A file a task gets from a config. The daemon fills ConfigID in from ConfigName.
export interface ConfigReference {
  File?: { Name?: string; UID?: string; GID?: string; Mode?: number }
  ConfigID?: string
  ConfigName?: string
}

export interface ConfigSpec {
  Name?: string
  Labels?: Labels
  Data?: string // base64
  Templating?: { Name?: string; Options?: Record<string, string> }
}

export interface Config {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: ConfigSpec
}

// docker's events.Message, as /events streams it (one JSON object per line).
export interface EventMessage {
  Type: string
  Action: string
  Actor: { ID: string; Attributes: Record<string, string> }
  scope: string
  time: number // seconds since the epoch
  timeNano: number
}

export interface EventsOptions {
  since?: string // seconds[.nanoseconds] since the epoch, as docker's API takes it
  until?: string
  filters?: Record<string, string[]>
}

export interface SecretSpec {
  Name?: string
  Labels?: Labels
  Data?: string // base64; only sent, never returned
}

export interface Secret {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: { Name?: string; Labels?: Labels; Driver?: { Name?: string } }
}

export interface RestartPolicy {
  Condition?: RestartCondition
  Delay?: number // nanoseconds, as Docker's time.Duration
  MaxAttempts?: number
  Window?: number
}

export interface TaskSpec {
  ContainerSpec?: ContainerSpec
  RestartPolicy?: RestartPolicy
  Runtime?: TaskRuntime | string
  ForceUpdate?: number
  Placement?: Placement
  Resources?: { Limits?: Resources; Reservations?: Resources }
  LogDriver?: { Name?: string; Options?: Record<string, string> }
  Networks?: NetworkAttachmentConfig[]
}

// A network a service's tasks join: Target is a network name or id (the daemon stores the id).
export interface NetworkAttachmentConfig {
  Target: string
  Aliases?: string[]
}

export interface IPAMConfig {
  Subnet?: string
  IPRange?: string
  Gateway?: string
}

// docker's NetworkCreateRequest (the fields shoal acts on).
export interface NetworkCreateRequest {
  Name: string
  Driver?: string
  Scope?: string
  Internal?: boolean
  Attachable?: boolean
  Ingress?: boolean
  IPAM?: { Driver?: string; Config?: IPAMConfig[]; Options?: Record<string, string> }
  Options?: Record<string, string>
  Labels?: Labels
}

// docker's network resource.
export interface Network {
  Name: string
  Id: string
  Created?: string
  Scope?: string
  Driver?: string
  EnableIPv6?: boolean
  IPAM?: { Driver?: string; Options?: Record<string, string> | null; Config?: IPAMConfig[] }
  Internal?: boolean
  Attachable?: boolean
  Ingress?: boolean
  Options?: Record<string, string>
  Labels?: Labels
}

export interface Placement {
  Constraints?: string[]
  Preferences?: { Spread?: { SpreadDescriptor?: string } }[]
  MaxReplicas?: number
  Platforms?: { Architecture?: string; OS?: string }[]
}

export interface Resources {
  NanoCPUs?: number
  MemoryBytes?: number
  Pids?: number // limits only
}

export interface ServiceMode {
  Replicated?: { Replicas?: number }
  Global?: Record<string, never>
  ReplicatedJob?: { MaxConcurrent?: number; TotalCompletions?: number }
  GlobalJob?: Record<string, never>
}

export interface ServiceSpec {
  Name?: string
  Labels?: Labels
  TaskTemplate: TaskSpec
  Mode?: ServiceMode
  EndpointSpec?: { Mode?: 'vip' | 'dnsrr' | string; Ports?: PortConfig[] }
  UpdateConfig?: UpdateConfig
  RollbackConfig?: UpdateConfig
}

export type UpdateFailureAction = 'pause' | 'continue' | 'rollback'
export type UpdateOrder = 'stop-first' | 'start-first'

// docker's UpdateConfig, also the shape of RollbackConfig (whose failure action cannot be
// "rollback"). Durations in nanoseconds.
export interface UpdateConfig {
  Parallelism?: number // 0 = all at once
  Delay?: number
  FailureAction?: UpdateFailureAction | string
  Monitor?: number
  MaxFailureRatio?: number
  Order?: UpdateOrder | string
}

export type UpdateState = 'updating' | 'paused' | 'completed' | 'rollback_started' | 'rollback_paused' | 'rollback_completed'

export interface UpdateStatus {
  State?: UpdateState | string
  StartedAt?: string
  CompletedAt?: string
  Message?: string
}

export interface PortConfig {
  Name?: string
  Protocol?: 'tcp' | 'udp' | 'sctp' | string
  TargetPort?: number
  PublishedPort?: number
  PublishMode?: 'ingress' | 'host' | string
}

export interface Service {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec: ServiceSpec
  PreviousSpec?: ServiceSpec
  Endpoint?: { Spec?: { Mode?: string; Ports?: PortConfig[] }; Ports?: PortConfig[]; VirtualIPs?: { NetworkID: string; Addr: string }[] }
  ServiceStatus?: { RunningTasks?: number; DesiredTasks?: number; CompletedTasks?: number }
  JobStatus?: { JobIteration?: { Index?: number }; LastExecution?: string }
  UpdateStatus?: UpdateStatus
}

export type TaskState =
  | 'new'
  | 'allocated'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned'

export interface Task {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  ServiceID?: string
  Slot?: number
  NodeID?: string
  DesiredState?: TaskState | string
  Spec?: TaskSpec
  JobIteration?: { Index?: number } // a job's task: the iteration it runs for
  Status?: {
    Timestamp?: string
    State?: TaskState | string
    Message?: string
    Err?: string
    ContainerStatus?: { ExitCode?: number; PID?: number; ContainerID?: string }
    PortStatus?: { Ports?: PortConfig[] }
  }
  NetworksAttachments?: { Network: { ID: string }; Addresses: string[] }[]
}

export interface SwarmInfo {
  NodeID?: string
  NodeAddr?: string
  LocalNodeState?: 'inactive' | 'pending' | 'active' | 'error' | 'locked' | string
  ControlAvailable?: boolean
  Error?: string
  RemoteManagers?: Array<{ NodeID?: string; Addr?: string }> | null
  Nodes?: number
  Managers?: number
  Cluster?: { ID?: string; TLSInfo?: TLSInfo; RootRotationInProgress?: boolean; Spec?: { Raft?: RaftSpec; [key: string]: unknown }; [key: string]: unknown }
  // This manager's Raft state, and the settings it runs with (shoal).
  Raft?: { Term?: number; Commit?: number; Applied?: number; Role?: string; Settings?: RaftSpec }
  // This manager's components that failed, and whether they still do (shoal).
  ComponentFailures?: ComponentFailureInfo[]
  // The kernel backend balancing service VIPs on this node: 'ipvs', 'nftables', or 'none'
  // when neither is usable (shoal).
  LoadBalancer?: string
  // How this node writes its NAT rules (published ports, the gateway bridge): 'nftables',
  // 'iptables' where the kernel has no nftables for IPv4, or 'none' (shoal).
  NodeRules?: string
}

export interface ComponentFailureInfo {
  Component: string
  Error: string
  Time: string // RFC 3339, the last failure
  Failures: number
  Failing: boolean
}

// docker's SwarmSpec.Raft, plus shoal's TickPeriod (ns).
export interface RaftSpec {
  SnapshotInterval?: number
  KeepOldSnapshots?: number
  LogEntriesForSlowFollowers?: number
  ElectionTick?: number
  HeartbeatTick?: number
  TickPeriod?: number
}

export interface SystemInfo {
  ID?: string
  Name?: string
  ServerVersion?: string
  OperatingSystem?: string
  OSType?: string
  Architecture?: string
  KernelVersion?: string
  NCPU?: number
  MemTotal?: number
  Swarm?: SwarmInfo
  [key: string]: unknown
}

export interface VersionInfo {
  Version?: string
  ApiVersion?: string
  MinAPIVersion?: string
  GitCommit?: string
  Os?: string
  Arch?: string
  KernelVersion?: string
  [key: string]: unknown
}

export interface Swarm {
  ID?: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: Record<string, unknown>
  JoinTokens?: { Worker?: string; Manager?: string }
  [key: string]: unknown
}

export interface SwarmInitRequest {
  ListenAddr: string
  AdvertiseAddr?: string
  ForceNewCluster?: boolean
  AutoLockManagers?: boolean
  DefaultAddrPool?: string[]
  SubnetSize?: number
  Spec?: Record<string, unknown>
}

export interface SwarmJoinRequest {
  JoinToken: string
  RemoteAddrs: string[]
  ListenAddr?: string
  AdvertiseAddr?: string
  Availability?: string
}

export interface ServiceCreateResponse {
  ID: string
  Warnings?: string[] | null
}

export interface ServiceUpdateResponse {
  Warnings?: string[] | null
}

export interface LogsOptions {
  follow?: boolean
  tail?: string // a non-negative integer or 'all'
  timestamps?: boolean
  details?: boolean
}

// ---------------------------------------------------------------------------------------
// Where the daemon is

export const DEFAULT_SOCKET_PATH = '/run/shoal/shoal.sock'
export const HOST_ENV = 'SHOAL_HOST'

export interface DaemonAddress {
  socketPath: string
  url: string // always unix://<path>: the form error messages show
}

// A host the CLI cannot use (wrong scheme, empty path). Raised before any I/O.
export class HostError extends Error {
  override name = 'HostError'
}

// Precedence: the -H/--host flag, then $SHOAL_HOST, then the well-known socket. An empty
// value counts as unset so `SHOAL_HOST= shoal ...` falls back instead of failing.
export function resolveHost(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DaemonAddress {
  const raw = flag?.trim() || env[HOST_ENV]?.trim() || DEFAULT_SOCKET_PATH
  return parseHost(raw)
}

export function parseHost(raw: string): DaemonAddress {
  let socketPath: string
  if (raw.startsWith('unix://')) {
    socketPath = raw.slice('unix://'.length)
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    // tcp://, ssh://, npipe://: the daemon only listens on a unix socket today.
    throw new HostError(`unsupported daemon host "${raw}": shoal connects over a unix socket (unix:///path/to/shoal.sock)`)
  } else {
    socketPath = raw
  }
  if (socketPath === '') throw new HostError(`invalid daemon host "${raw}": missing socket path`)
  return { socketPath, url: `unix://${socketPath}` }
}

// ---------------------------------------------------------------------------------------
// Errors

// The daemon answered with an HTTP error; message is its {"message": ...} verbatim.
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message)
  }
}

// The daemon could not be reached or dropped the connection.
export class ConnectionError extends Error {
  override name = 'ConnectionError'
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

// ---------------------------------------------------------------------------------------
// The multiplexed stream (Docker's stdcopy framing): an 8-byte header
// [stream, 0, 0, 0, size uint32 big-endian] then `size` bytes of payload.

export const STDIN = 0
export const STDOUT = 1
export const STDERR = 2
export const SYSTEMERR = 3 // the daemon reporting an error mid-stream; payload is the message

export interface StreamFrame {
  stream: number
  payload: Buffer
}

const FRAME_HEADER_BYTES = 8

// Reassembles frames from arbitrarily split chunks: a header or payload may straddle any
// number of socket reads, and one read may hold several frames.
export class StreamDemuxer {
  private chunks: Buffer[] = []
  private buffered = 0

  push(chunk: Buffer): StreamFrame[] {
    if (chunk.length > 0) {
      this.chunks.push(chunk)
      this.buffered += chunk.length
    }
    const frames: StreamFrame[] = []
    while (this.buffered >= FRAME_HEADER_BYTES) {
      const head = this.peek(FRAME_HEADER_BYTES)
      const stream = head[0]
      if (stream > SYSTEMERR) {
        throw new Error(`invalid log stream from daemon: unrecognized stream id ${stream}`)
      }
      const size = head.readUInt32BE(4)
      if (this.buffered < FRAME_HEADER_BYTES + size) break
      this.take(FRAME_HEADER_BYTES)
      frames.push({ stream, payload: this.take(size) })
    }
    return frames
  }

  // True when the stream ended inside a frame: the daemon died or cut us off mid-message.
  get hasPartialFrame(): boolean {
    return this.buffered > 0
  }

  private peek(n: number): Buffer {
    if (this.chunks[0].length < n) this.chunks = [Buffer.concat(this.chunks)]
    return this.chunks[0].subarray(0, n)
  }

  private take(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0)
    if (this.chunks[0].length < n) this.chunks = [Buffer.concat(this.chunks)]
    const head = this.chunks[0]
    const out = head.subarray(0, n)
    if (head.length === n) this.chunks.shift()
    else this.chunks[0] = head.subarray(n)
    this.buffered -= n
    return out
  }
}

// ---------------------------------------------------------------------------------------
// The client

interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  // A file sent as the body as it is (an image archive), instead of JSON.
  upload?: string
  headers?: http.OutgoingHttpHeaders
  // The answer is docker's stream of JSON messages (one object after another, as
  // POST /images/load writes it): returned as their list.
  messages?: boolean
}

// GET /images/json (docker's ImageSummary, the fields shoal fills).
export interface ImageSummary {
  Id: string
  RepoTags: string[]
  RepoDigests: string[]
  Size: number
  Created: number
}

export interface LogStream {
  body: http.IncomingMessage
  // false when the daemon sends raw bytes (a TTY task); then there are no frame headers.
  multiplexed: boolean
}

export class ShoalClient {
  // One keep-alive agent: the progress display polls several endpoints every ~150 ms, and
  // reusing the socket keeps that cheap. close() must be called so the process can exit.
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 4 })

  constructor(readonly address: DaemonAddress) {}

  close(): void {
    this.agent.destroy()
  }

  ping(): Promise<string> {
    return this.call<string>('GET', '/_ping')
  }

  version(): Promise<VersionInfo> {
    return this.call('GET', '/version')
  }

  info(): Promise<SystemInfo> {
    return this.call('GET', '/info')
  }

  // Resolves with the new node's id.
  swarmInit(request: SwarmInitRequest): Promise<string> {
    return this.call('POST', '/swarm/init', { body: request })
  }

  async swarmLeave(force: boolean): Promise<void> {
    await this.call('POST', '/swarm/leave', { query: { force } })
  }

  async swarmJoin(request: SwarmJoinRequest): Promise<void> {
    await this.call('POST', '/swarm/join', { body: request })
  }

  // spec: the swarm's Spec as read (with changes); version: the Version.Index read.
  async swarmUpdate(version: number, spec: Record<string, unknown>, rotate: { worker?: boolean; manager?: boolean; unlockKey?: boolean } = {}): Promise<void> {
    await this.call('POST', '/swarm/update', {
      query: { version, rotateWorkerToken: rotate.worker || undefined, rotateManagerToken: rotate.manager || undefined, rotateManagerUnlockKey: rotate.unlockKey || undefined },
      body: spec,
    })
  }

  swarmInspect(): Promise<Swarm> {
    return this.call('GET', '/swarm')
  }

  // The autolock unlock key (SWMKEY-1-...); "" while autolock is off.
  async swarmUnlockKey(): Promise<string> {
    return (await this.call<{ UnlockKey?: string }>('GET', '/swarm/unlockkey')).UnlockKey ?? ''
  }

  async swarmUnlock(unlockKey: string): Promise<void> {
    await this.call('POST', '/swarm/unlock', { body: { UnlockKey: unlockKey } })
  }

  // filters as Docker's JSON form: {"role": ["manager"], "node.label": ["zone=a"]}.
  async nodeList(filters: Record<string, string[]> = {}): Promise<Node[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Node[] | null>('GET', '/nodes', { query })) ?? []
  }

  nodeInspect(id: string): Promise<Node> {
    return this.call('GET', `/nodes/${encodeURIComponent(id)}`)
  }

  // spec: the node's Spec as read, with changes; version: the Version.Index read.
  async nodeUpdate(id: string, version: number, spec: NonNullable<Node['Spec']>): Promise<void> {
    await this.call('POST', `/nodes/${encodeURIComponent(id)}/update`, { query: { version }, body: spec })
  }

  async nodeRemove(id: string, options: { force?: boolean } = {}): Promise<void> {
    await this.call('DELETE', `/nodes/${encodeURIComponent(id)}`, { query: { force: options.force || undefined } })
  }

  async serviceList(options: { status?: boolean; filters?: Record<string, string[]> } = {}): Promise<Service[]> {
    const filters = options.filters && Object.keys(options.filters).length > 0 ? JSON.stringify(options.filters) : undefined
    return (await this.call<Service[] | null>('GET', '/services', { query: { status: options.status, filters } })) ?? []
  }

  // registryAuth: X-Registry-Auth (--with-registry-auth), the credentials the nodes pull with.
  serviceCreate(spec: ServiceSpec, options: { registryAuth?: string } = {}): Promise<ServiceCreateResponse> {
    return this.call('POST', '/services/create', { body: spec, headers: registryAuthHeader(options.registryAuth) })
  }

  serviceInspect(idOrName: string): Promise<Service> {
    return this.call('GET', `/services/${encodeURIComponent(idOrName)}`)
  }

  // rollback: docker's ?rollback=previous; the daemon restores the previous spec and
  // ignores `spec` (docker's CLI sends the current one).
  async serviceUpdate(id: string, version: number, spec: ServiceSpec, options: { rollback?: boolean; registryAuth?: string } = {}): Promise<ServiceUpdateResponse> {
    return (await this.call<ServiceUpdateResponse | undefined>('POST', `/services/${encodeURIComponent(id)}/update`, {
      query: { version, rollback: options.rollback ? 'previous' : undefined },
      body: spec,
      headers: registryAuthHeader(options.registryAuth),
    })) ?? {}
  }

  async serviceRemove(id: string): Promise<void> {
    await this.call('DELETE', `/services/${encodeURIComponent(id)}`)
  }

  // filters as Docker's JSON form: {"service": ["<id>"], "desired-state": ["running"]}.
  async taskList(filters: Record<string, string[]> = {}): Promise<Task[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Task[] | null>('GET', '/tasks', { query })) ?? []
  }

  taskInspect(id: string): Promise<Task> {
    return this.call('GET', `/tasks/${encodeURIComponent(id)}`)
  }

  // filters as Docker's JSON form: {"name": ["db-pass"], "label": ["env=prod"]}.
  async secretList(filters: Record<string, string[]> = {}): Promise<Secret[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Secret[] | null>('GET', '/secrets', { query })) ?? []
  }

  secretCreate(spec: SecretSpec): Promise<{ ID: string }> {
    return this.call('POST', '/secrets/create', { body: spec })
  }

  secretInspect(idOrName: string): Promise<Secret> {
    return this.call('GET', `/secrets/${encodeURIComponent(idOrName)}`)
  }

  async secretRemove(id: string): Promise<void> {
    await this.call('DELETE', `/secrets/${encodeURIComponent(id)}`)
  }

  async imageList(): Promise<ImageSummary[]> {
    return (await this.call<ImageSummary[] | null>('GET', '/images/json')) ?? []
  }

  imagePull(ref: string, auth?: { username: string; password: string }): Promise<{ status: string; digest: string }> {
    const headers = auth ? { 'X-Registry-Auth': Buffer.from(JSON.stringify(auth)).toString('base64url') } : undefined
    return this.call('POST', '/images/create', { query: { fromImage: ref }, headers })
  }

  distributionInspect(ref: string, registryAuth?: string): Promise<{ Descriptor: { digest: string } }> {
    return this.call('GET', `/distribution/${encodeURIComponent(ref)}/json`, { headers: registryAuthHeader(registryAuth) })
  }

  imageLoad(file: string): Promise<{ stream: string }[]> {
    return this.call('POST', '/images/load', { upload: file, messages: true })
  }

  imageRemove(ref: string): Promise<{ Untagged: string }[]> {
    return this.call('DELETE', `/images/${encodeURIComponent(ref)}`)
  }

  async networkList(filters: Record<string, string[]> = {}): Promise<Network[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Network[] | null>('GET', '/networks', { query })) ?? []
  }

  networkCreate(request: NetworkCreateRequest): Promise<{ Id: string; Warning?: string }> {
    return this.call('POST', '/networks/create', { body: request })
  }

  networkInspect(idOrName: string): Promise<Network> {
    return this.call('GET', `/networks/${encodeURIComponent(idOrName)}`)
  }

  async networkRemove(idOrName: string): Promise<void> {
    await this.call('DELETE', `/networks/${encodeURIComponent(idOrName)}`)
  }

  // filters as Docker's JSON form: {"name": ["app.conf"], "label": ["env=prod"]}.
  async configList(filters: Record<string, string[]> = {}): Promise<Config[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Config[] | null>('GET', '/configs', { query })) ?? []
  }

  configCreate(spec: ConfigSpec): Promise<{ ID: string }> {
    return this.call('POST', '/configs/create', { body: spec })
  }

  configInspect(idOrName: string): Promise<Config> {
    return this.call('GET', `/configs/${encodeURIComponent(idOrName)}`)
  }

  async configUpdate(id: string, version: number, spec: ConfigSpec): Promise<void> {
    await this.call('POST', `/configs/${encodeURIComponent(id)}/update`, { query: { version }, body: spec })
  }

  async configRemove(id: string): Promise<void> {
    await this.call('DELETE', `/configs/${encodeURIComponent(id)}`)
  }

  // The event stream (GET /events): the response, one JSON message per line, open until
  // `until` passes or the caller destroys it.
  async events(options: EventsOptions = {}): Promise<http.IncomingMessage> {
    const filters = options.filters && Object.keys(options.filters).length > 0 ? JSON.stringify(options.filters) : undefined
    const res = await this.send('GET', '/events', { query: { since: options.since, until: options.until, filters } })
    if ((res.statusCode ?? 0) >= 400) throw this.apiError(res.statusCode ?? 0, await this.readBody(res))
    return res
  }

  async serviceLogs(id: string, options: LogsOptions): Promise<LogStream> {
    const res = await this.send('GET', `/services/${encodeURIComponent(id)}/logs`, {
      query: {
        stdout: 1,
        stderr: 1,
        follow: options.follow ? 1 : undefined,
        tail: options.tail,
        timestamps: options.timestamps ? 1 : undefined,
        details: options.details ? 1 : undefined,
      },
    })
    if ((res.statusCode ?? 0) >= 400) {
      throw this.apiError(res.statusCode ?? 0, await this.readBody(res))
    }
    const contentType = String(res.headers['content-type'] ?? '')
    return { body: res, multiplexed: !contentType.startsWith('application/vnd.docker.raw-stream') }
  }

  // ------------------------------------------------------------------------------------

  private async call<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const res = await this.send(method, path, options)
    const body = await this.readBody(res)
    const status = res.statusCode ?? 0
    if (status >= 400) throw this.apiError(status, body)
    if (body.length === 0) return undefined as T
    const text = body.toString('utf8')
    if (options.messages) return jsonMessages(text, `${method} ${path}`) as T
    const type = String(res.headers['content-type'] ?? '')
    // /_ping answers text/plain "OK"; everything else is JSON.
    // (POST /swarm/init may answer the node id as plain text too.)
    if (!type.includes('json') && !/^\s*[[{"]/.test(text)) return text.trim() as T
    try {
      return JSON.parse(text) as T
    } catch {
      throw new ApiError(status, `invalid response from daemon for ${method} ${path}: not JSON`)
    }
  }

  private send(method: string, path: string, options: RequestOptions): Promise<http.IncomingMessage> {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) query.set(key, String(value))
    }
    const encoded = query.toString()
    const qs = encoded ? `?${encoded}` : ''
    const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body))
    const headers: http.OutgoingHttpHeaders = { Accept: 'application/json', ...(options.headers ?? {}) }
    if (payload) {
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = payload.length
    }
    if (options.upload) {
      headers['Content-Type'] = 'application/x-tar'
      headers['Content-Length'] = fs.statSync(options.upload).size
    }
    return new Promise((resolve, reject) => {
      const req = http.request(
        { socketPath: this.address.socketPath, agent: this.agent, method, path: path + qs, headers },
        resolve,
      )
      req.on('error', (err) => reject(this.connectionError(err)))
      if (options.upload) {
        const file = fs.createReadStream(options.upload)
        file.on('error', (err) => req.destroy(err))
        file.pipe(req)
      } else {
        req.end(payload)
      }
    })
  }

  private readBody(res: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve(Buffer.concat(chunks)))
      // Node reports a connection cut mid-body as an 'error' (ECONNRESET) on the response.
      res.on('error', (err) => reject(this.connectionError(err)))
    })
  }

  private apiError(status: number, body: Buffer): ApiError {
    const text = body.toString('utf8').trim()
    let message = ''
    try {
      const parsed = JSON.parse(text) as { message?: unknown }
      if (parsed && typeof parsed.message === 'string') message = parsed.message
    } catch {
      message = text
    }
    if (!message) message = `daemon returned ${status} ${http.STATUS_CODES[status] ?? ''}`.trim()
    return new ApiError(status, message)
  }

  // Maps socket-level failures to the one-line messages users see.
  connectionError(err: Error & { code?: string }): ConnectionError {
    const url = this.address.url
    switch (err.code) {
      case 'ENOENT': // no socket file
      case 'ECONNREFUSED': // a stale socket file, nobody listening
      case 'ENOTDIR':
        return new ConnectionError(`cannot connect to the shoal daemon at ${url}: is it running?`, err.code)
      case 'EACCES':
      case 'EPERM':
        return new ConnectionError(`permission denied while trying to connect to the shoal daemon at ${url}`, err.code)
      case 'ECONNRESET':
      case 'EPIPE':
        return new ConnectionError(`the shoal daemon at ${url} closed the connection unexpectedly`, err.code)
      default:
        return new ConnectionError(`cannot connect to the shoal daemon at ${url}: ${err.message}`, err.code)
    }
  }
}

function registryAuthHeader(encoded: string | undefined): http.OutgoingHttpHeaders | undefined {
  return encoded ? { 'X-Registry-Auth': encoded } : undefined
}

// A stream of JSON values, one after another (docker's JSON messages; newline-separated
// here, as dockerd writes them).
function jsonMessages(text: string, what: string): unknown[] {
  try {
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l))
  } catch {
    throw new ApiError(200, `invalid response from daemon for ${what}: not JSON messages`)
  }
}
