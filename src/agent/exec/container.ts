// The `container` runtime: a task is an OCI container run by containerd (through the
// addon's Containerd client, crates/shoal-containerd), in containerd namespace `shoal`.
// spec.image is an image reference (pulled from its registry when the node does not have
// it, or loaded before with `shoal image load`); the container's runtime spec comes from
// the task spec and the image config (./oci-spec.ts).
//
// The container's id is the task id. Its stdout and stderr are files in the task
// directory, appended by containerd's shim itself (file:// stdio), so output keeps flowing
// while the agent is down and the shared OutputCollector/TaskLog turn them into `service
// logs` records exactly as for host processes. The shim also keeps the container running
// and holds its exit status across agent restarts: a restarted agent finds it again by id
// (adopt), neither duplicating nor restarting it.
//
// Task directory:
//     stdout stderr   the container's output (the shim appends)
//     log log.pos     the agent's combined timestamped log (see tasklog.ts)
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import { availableParallelism, constants as osConstants } from 'node:os'
import { Containerd } from '../../native'
import type { AssignedTask } from '../types'
import { ExecError, unknownExit, type AdoptOptions, type Executor, type RuntimeHandle } from '../executor'
import { DEFAULT_LOG_ROTATION, type LogRotation } from '../logopts'
import { settledWithin } from './deferred'
import { touch } from './files'
import { TaskController } from './task-controller'
import { bootId } from '../procfs'
import { defaultLogger, errorMessage, type AgentLogger } from '../logger'
import { buildOciSpec, imageRunConfig, stopSignalOf, userNeedsLookup, userOf } from './oci-spec'
import { ImageService, decodeRegistryAuth } from './images'
import { cgroupOomKilled } from './cgroups'
import { HealthMonitor, healthSettings, type HealthSettings } from './health'
import { Limiter } from './limiter'
import { containerResolvConf, HOST_RESOLV_CONF, readResolvConf } from '../network/resolv-conf'

export const CONTAINERD_NAMESPACE = 'shoal'
export const DEFAULT_CONTAINERD_SOCKET = '/run/containerd/containerd.sock'
const AVAILABLE_TTL_MS = 5000
// The safety net's pace under inotify (which reports appends at once), and without it.
// A node with 300 containers polled every second spent 17% of its daemon's CPU in stat().
const OUTPUT_POLL_MS = 10_000
const OUTPUT_POLL_UNWATCHED_MS = 1000

export interface ContainerExecutorOptions {
  socket?: string
  snapshotter?: string // default overlayfs
  ociRuntime?: 'runc' | 'crun'
  // Where named volumes live: <volumesDir>/<name>.
  volumesDir: string
  // cgroup parent of every container (cgroupfs path): <cgroupParent>/<task id>.
  cgroupParent?: string
  // The OCI runtime's state root; default: the shim's (/run/containerd/runc/<namespace>).
  runtimeRoot?: string
  logger?: AgentLogger
  logRotation?: LogRotation // the node's default (--log-opt); a service's own options win
  // The static init for --init; default: the first of INIT_CANDIDATES found.
  initPath?: string
  // How many container creates, starts and removals run at once (default: 8 per core,
  // of at least 2 cores; see ./limiter.ts).
  parallel?: number
}

// Static builds of tini: Debian's tini package, docker's own.
export const INIT_CANDIDATES = ['/usr/bin/tini-static', '/usr/sbin/docker-init', '/usr/bin/docker-init', '/usr/libexec/docker/docker-init']

export class ContainerExecutor implements Executor {
  readonly runtime = 'container'
  readonly client: Containerd
  readonly images: ImageService
  readonly logger: AgentLogger
  readonly ociRuntime: 'runc' | 'crun'
  readonly logRotation: LogRotation
  // Task creates and starts and container removals go first; container creates after.
  readonly slots: Limiter
  private availability: { at: number; result: Promise<boolean> } | null = null
  private init: Promise<string | undefined> | null = null

  constructor(readonly opts: ContainerExecutorOptions) {
    this.logger = opts.logger ?? defaultLogger
    this.ociRuntime = opts.ociRuntime ?? 'runc'
    this.logRotation = opts.logRotation ?? DEFAULT_LOG_ROTATION
    this.client = new Containerd({
      socket: opts.socket ?? DEFAULT_CONTAINERD_SOCKET,
      namespace: CONTAINERD_NAMESPACE,
      snapshotter: opts.snapshotter ?? 'overlayfs',
    })
    this.images = new ImageService(this.client)
    this.slots = new Limiter(opts.parallel ?? 8 * Math.max(2, availableParallelism()))
  }

  // Reachable containerd: checked at most every few seconds (the agent asks on every
  // node description it sends).
  available(): Promise<boolean> {
    const now = Date.now()
    if (this.availability && now - this.availability.at < AVAILABLE_TTL_MS) return this.availability.result
    const result = this.client.version().then(
      () => true,
      () => false,
    )
    this.availability = { at: now, result }
    return result
  }

  // netnsPath: the namespace the agent attached the task's networks in (the data plane's
  // attach() → { netnsPath }), which the container joins. Absent: a namespace of its own
  // with loopback only (or the host's, --network host).
  // Only --network host shares the node's namespace; otherwise a container without
  // networks gets one of its own (oci-spec.ts).
  sharesNodeNetwork(task: AssignedTask): boolean {
    return task.spec.networkMode === 'host'
  }

  controller(task: AssignedTask, dir: string, secretsDir?: string, _configsDir?: string, netnsPath?: string): ContainerController {
    return new ContainerController(this, task, dir, secretsDir, netnsPath)
  }

  async adopt(task: AssignedTask, dir: string, _handle: RuntimeHandle | null, opts: AdoptOptions = {}): Promise<ContainerController> {
    const c = new ContainerController(this, task, dir)
    await c.attach(opts.terminal ?? false)
    return c
  }

  async cleanup(dir: string): Promise<void> {
    const id = path.basename(dir)
    await this.kill(id, 'SIGKILL', true).catch(() => undefined)
    await this.removeContainer(id)
    await fsp.rm(dir, { recursive: true, force: true })
  }

  // Containers keep running. The controllers were detached before: their waits in flight
  // end here, or they would keep the process alive.
  async close(): Promise<void> {
    this.client.cancelPending()
  }

  // The init binary for --init, looked up once.
  initPath(): Promise<string | undefined> {
    this.init ??= (async () => {
      for (const p of this.opts.initPath ? [this.opts.initPath] : INIT_CANDIDATES) {
        if (await fsp.access(p, fsp.constants.X_OK).then(() => true, () => false)) return p
      }
      return undefined
    })()
    return this.init
  }

  cgroupsPath(taskId: string): string {
    return `${this.opts.cgroupParent ?? '/shoal'}/${taskId}`
  }

  async kill(id: string, signal: string, all = false): Promise<void> {
    await this.client.taskKill(id, signalNumber(signal), all)
  }

  // Deletes the container, its exited task and its rootfs; a container still running is
  // killed first (the task is over).
  removeContainer(id: string): Promise<void> {
    return this.slots.run('high', () => this.deleteContainer(id))
  }

  private async deleteContainer(id: string): Promise<void> {
    try {
      await this.client.containerDelete(id)
    } catch (err) {
      if (codeOf(err) !== 'Invalid' && codeOf(err) !== 'Internal') throw err
      await this.kill(id, 'SIGKILL', true).catch(() => undefined)
      await this.client.taskWait(id).catch(() => undefined)
      await this.client.containerDelete(id)
    }
  }
}

// One container task on the shared state machine (./task-controller.ts).
export class ContainerController extends TaskController {
  private readonly id: string
  private poll: NodeJS.Timeout | null = null
  private lastPollAt = 0 // performance.now() of the last poll (monotonic: wall-clock steps do not matter)
  private stopSignal = 'SIGTERM'
  private process: Record<string, unknown> | null = null // the OCI spec's process, the base of health checks
  private health: HealthSettings | null = null
  private monitor: HealthMonitor | null = null
  private checks = 0
  private unhealthy = false
  private fresh = false // prepare() created the container (an earlier agent did not)

  constructor(
    private readonly executor: ContainerExecutor,
    task: AssignedTask,
    dir: string,
    private readonly secretsDir?: string,
    private readonly netnsPath?: string,
  ) {
    super(executor, task, dir)
    this.id = task.id
  }

  private get files() {
    return { stdout: path.join(this.dir, 'stdout'), stderr: path.join(this.dir, 'stderr') }
  }

  protected async doPrepare(): Promise<void> {
    const { image, spec } = await this.buildSpec()
    for (const m of this.task.spec.mounts ?? []) {
      if (m.type === 'volume') await fsp.mkdir(path.join(this.executor.opts.volumesDir, m.source), { recursive: true })
    }
    await fsp.mkdir(this.dir, { recursive: true })
    await Promise.all([touch(this.files.stdout), touch(this.files.stderr)])
    if (this.netnsPath) await fsp.writeFile(this.resolvConfFile(), containerResolvConf(readResolvConf(HOST_RESOLV_CONF)))
    try {
      await this.executor.slots.run('low', () =>
        this.executor.client.containerCreate({
          id: this.id,
          image: image.name,
          chainId: image.chainId,
          spec: JSON.stringify(spec),
          ociRuntime: this.executor.ociRuntime,
          runtimeRoot: this.executor.opts.runtimeRoot,
          labels: { 'shoal.task': this.id, 'shoal.service': this.task.serviceName, 'shoal.slot': String(this.task.slot) },
        }),
      )
      this.fresh = true
    } catch (err) {
      // An earlier agent created it and died before recording so: start() takes it over.
      if (codeOf(err) !== 'AlreadyExists') throw err
    }
  }

  // On overlay networks: the embedded DNS server and the host's search domains and options.
  private resolvConfFile(): string {
    return path.join(this.dir, 'resolv.conf')
  }

  // The image (pulled if missing) and the container's OCI runtime spec; also what the
  // health checks run with.
  private async buildSpec() {
    // --with-registry-auth: the client's credentials for the image's registry.
    const image = await this.executor.images.ensure(this.task.spec.image, decodeRegistryAuth(this.task.spec.registryAuth))
    const config = imageRunConfig(image.config)
    this.stopSignal = stopSignalOf(this.task, config)
    this.health = healthSettings(this.task.spec.healthcheck, config.Healthcheck ?? undefined)
    const userFiles = userNeedsLookup(userOf(this.task, config)) ? await this.executor.images.userFiles(image.chainId) : undefined
    const initPath = this.task.spec.init ? await this.executor.initPath() : undefined
    const spec = buildOciSpec({
      userFiles,
      initPath,
      task: this.task,
      image: config,
      cgroupsPath: this.executor.cgroupsPath(this.id),
      secretsDir: this.secretsDir,
      volumeDir: (name) => path.join(this.executor.opts.volumesDir, name),
      netnsPath: this.netnsPath,
      resolvConf: this.netnsPath ? this.resolvConfFile() : undefined,
    })
    this.process = spec.process as Record<string, unknown>
    return { image, spec }
  }

  // Resolves true once the container's health check has passed (at once without one),
  // false if it exited or turned unhealthy first: the task is RUNNING only when healthy.
  healthy(): Promise<boolean> {
    return this.monitor ? this.monitor.firstVerdict() : Promise.resolve(true)
  }

  private startHealth(): void {
    if (!this.health || !this.process || this.monitor) return
    const settings = this.health
    const log = path.join(this.dir, 'health')
    this.monitor = new HealthMonitor(
      settings,
      async () => {
        const proc = { ...this.process, args: settings.argv, terminal: false }
        const status = await this.executor.client.execRun(this.id, `health-${++this.checks}`, JSON.stringify(proc), log, log, settings.timeoutMs)
        return status === 0
      },
      () => {
        this.unhealthy = true
        this.executor.logger.warn('container unhealthy: stopping it', { taskId: this.id })
        void this.executor.kill(this.id, 'SIGKILL', true).catch(() => undefined)
      },
    )
    this.monitor.start()
  }

  protected async doStart(): Promise<RuntimeHandle> {
    try {
      await this.output.open()
      this.follow()
      // A container this controller created has no task yet: no need to ask containerd.
      const existing = this.fresh ? null : await this.taskInfo()
      if (existing && existing.status !== 'created') {
        // Started by an earlier agent: supervise what runs (or what it left).
        this.handle = { pid: existing.pid, startTime: 0, bootId: bootId() }
        if (existing.status !== 'stopped') this.supervise()
        else {
          this.state = 'running'
          await this.exitObserved(existing.exitStatus)
        }
        return this.handle
      }
      const ctd = this.executor.client
      const pid = await this.executor.slots.run('high', async () => {
        if (!existing) await ctd.taskCreate(this.id, this.files.stdout, this.files.stderr, this.executor.ociRuntime, this.executor.opts.runtimeRoot)
        return ctd.taskStart(this.id)
      })
      this.handle = { pid, startTime: 0, bootId: bootId() }
      this.supervise()
      return this.handle
    } catch (err) {
      this.stopPoll()
      if (await this.startFailed()) await this.executor.client.taskDelete(this.id).catch(() => undefined)
      throw new ExecError('StartFailed', `starting container: ${errorMessage(err)}`, { cause: err })
    }
  }

  // Takes over from an earlier agent (see Executor.adopt).
  async attach(terminal: boolean): Promise<void> {
    if (!(await this.reopen())) return
    const info = await this.taskInfo().catch(() => null)
    this.handle = info ? { pid: info.pid, startTime: 0, bootId: bootId() } : undefined
    if (terminal || !info || info.status === 'stopped') {
      await this.output.finish()
      if (info?.status === 'stopped') this.settle({ exitCode: info.exitStatus, time: info.exitedAt || Date.now() })
      else this.settle(unknownExit(info ? 'the task ended before the agent restarted' : 'no container task was found in containerd'))
      return
    }
    this.follow()
    // The health check's spec again (the image is on the node): best effort, the container
    // runs on without checks if it cannot be had.
    await this.buildSpec().catch((err) =>
      this.executor.logger.warn('health check of an adopted container', { taskId: this.id, err: errorMessage(err) }),
    )
    this.supervise()
  }

  private async taskInfo() {
    try {
      return await this.executor.client.taskGet(this.id)
    } catch (err) {
      if (codeOf(err) === 'NotFound') return null
      throw err
    }
  }

  private supervise(): void {
    this.state = 'running'
    this.startHealth()
    this.executor.client.taskWait(this.id).then(
      (r) => void this.exitObserved(r.exitStatus),
      (err) => {
        if (this.state !== 'running') return
        // containerd went away under the wait (restarted): look again shortly.
        this.executor.logger.warn('waiting for container', { taskId: this.id, err: errorMessage(err) })
        setTimeout(() => void this.recheck(), 1000).unref()
      },
    )
  }

  private async recheck(): Promise<void> {
    if (this.state !== 'running') return
    const info = await this.taskInfo().catch(() => undefined)
    if (info === undefined) return void setTimeout(() => void this.recheck(), 1000).unref()
    if (info === null) return this.exitObserved(null)
    if (info.status === 'stopped') return this.exitObserved(info.exitStatus)
    this.supervise()
  }

  private async exitObserved(status: number | null): Promise<void> {
    if (this.state !== 'running') return
    this.state = 'exiting'
    this.unwatch()
    this.stopSupervising()
    const oom = await cgroupOomKilled(this.executor.cgroupsPath(this.id))
    await this.output.finish()
    // The task's record in containerd goes now; the container and its rootfs with remove().
    await this.executor.client.taskDelete(this.id).catch((err) =>
      this.executor.logger.warn('deleting container task', { taskId: this.id, err: errorMessage(err) }),
    )
    if (status === null) this.settle(unknownExit('the container task disappeared from containerd'))
    else this.settle({ exitCode: status, time: Date.now(), ...(oom ? { oomKilled: true } : {}), ...(this.unhealthy ? { unhealthy: true } : {}) })
  }

  async shutdown(graceMs: number): Promise<void> {
    if (!(await this.shutdownWanted())) return
    await this.executor.kill(this.id, this.stopSignal).catch(() => undefined)
    const done = await settledWithin(this.exitPromise(), graceMs)
    if (!done && this.state === 'running') await this.executor.kill(this.id, 'SIGKILL', true).catch(() => undefined)
    await this.exitSettled()
  }

  protected removeRuntime(): Promise<void> {
    return this.executor.removeContainer(this.id)
  }

  protected stopSupervising(): void {
    this.stopPoll()
    this.monitor?.stop()
  }

  // Output: inotify on the task directory, and a slow poll as the safety net.
  private follow(): void {
    this.watch()
    // The poll is the safety net under inotify, and the only way once inotify failed.
    this.poll = setInterval(() => {
      if (this.watchFailed || performance.now() - this.lastPollAt >= OUTPUT_POLL_MS) {
        this.lastPollAt = performance.now()
        void this.pollOutput().catch(() => undefined)
      }
    }, OUTPUT_POLL_UNWATCHED_MS)
    this.poll.unref()
  }

  private stopPoll(): void {
    if (this.poll) clearInterval(this.poll)
    this.poll = null
  }
}

export function codeOf(err: unknown): string | undefined {
  return (err as { code?: string } | null)?.code
}

export function signalNumber(signal: string): number {
  if (/^\d+$/.test(signal)) return Number(signal)
  const n = (osConstants.signals as Record<string, number>)[signal.startsWith('SIG') ? signal : `SIG${signal}`]
  if (n === undefined) throw new ExecError('Rejected', `unknown signal "${signal}"`)
  return n
}

