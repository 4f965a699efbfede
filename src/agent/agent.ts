// The node-side agent: takes the complete set of tasks the dispatcher assigns to this
// node, runs them through executors, and reports what happens to them.
//
// Layout of dataDir:
//     agent.lock                        one agent per data dir (lock.ts)
//     taskdb/tasks.jsonl                the local task database (taskdb.ts)
//     tasks/<runtime>/<taskId>/         a task's directory, owned by its executor
//
// Guarantees:
//   - a task is started at most once: one runner per task id (assign() applies sets in
//     order, synchronously, after start() has adopted everything known); ids removed
//     from the node are never accepted again; and the executor refuses to start twice
//     from one task directory, which also covers an agent that died between starting a
//     process and recording it;
//   - stop() leaves processes running; the next Agent on the same dataDir adopts them
//     (same pids) and reports the ones that ended meanwhile with their exit code;
//   - status updates for a task only move forward and reach report() in batches.
import * as os from 'node:os'
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import { ExecError, type Executor } from './executor'
import { TaskDB, isSafeTaskId } from './taskdb'
import { StatusReporter, type ReportFn } from './reporter'
import { TaskRunner, type NodeTemplateInfo, type RunnerContext } from './runner'
import { mergeLogs } from './logmerge'
import { DataDirLock } from './lock'
import { TaskState, type AssignedTask, type TaskLogEntry, type TaskStatusUpdate } from './types'
import { defaultLogger, errorMessage, type AgentLogger } from './logger'
import { NodeFiles, SECRETS_ROOT, type FileData } from './files'
import type { LoadBalancerState, NetworkDataPlane } from './network/types'
import { TRACING, trace } from '../trace'

export interface AgentOptions {
  nodeId: string
  // This node as task templates see it ({{.Node.Hostname}}...); default: the host's.
  node?: NodeTemplateInfo
  dataDir: string
  executors: Executor[]
  report: ReportFn
  // The least time between two report() calls (a lone update goes out at once, see
  // reporter.ts). Default 50 ms.
  reportIntervalMs?: number
  // SIGTERM → SIGKILL grace when a task's spec has none. Default 10 s (Docker's).
  stopGraceMs?: number
  logger?: AgentLogger
  // Where tasks' secret files go (an in-memory filesystem). Default /dev/shm/shoal/<nodeId>.
  secretsDir?: string
  // The node's network data plane (src/agent/network/types.ts), which follows the network
  // state every assignment carries and attaches tasks that have network attachments
  // before they start (detached once removed). The agent owns it: stop() closes it,
  // shutdownAll() (swarm leave) makes it remove everything it created. None: the state is
  // not acted on and a task with attachments is rejected.
  network?: NetworkDataPlane
}

export interface LogsFilter {
  taskIds: string[]
}

export interface LogsOptions {
  // Keep streaming new lines. The stream ends when the consumer stops (break, return(),
  // or the signal aborts) or when every followed task has ended and its output has been
  // read to the end. A task that has not started yet is waited for.
  follow?: boolean
  // The last N lines of each task (after `since`); default all.
  tail?: number
  // Only lines read at or after this time (ms since epoch).
  since?: number
  signal?: AbortSignal
}

// Removed task ids remembered so a stale assignment cannot start them again.
const TOMBSTONES = 10_000

export class Agent {
  readonly nodeId: string
  readonly dataDir: string
  private readonly logger: AgentLogger
  private readonly executors = new Map<string, Executor>()
  private readonly reporter: StatusReporter
  private readonly db: TaskDB
  private readonly ctx: RunnerContext
  private readonly runners = new Map<string, TaskRunner>()
  private readonly lock: DataDirLock
  private readonly tombstones = new Set<string>()
  private readonly secrets: NodeFiles
  private readonly configs: NodeFiles
  private readonly dataPlane: NetworkDataPlane | undefined
  // The network state last applied: the configs of the networks tasks attach to.
  private networkState: LoadBalancerState = { networks: [] }
  private phase: 'new' | 'starting' | 'running' | 'leaving' | 'stopping' | 'stopped' = 'new'
  private startPromise: Promise<void> | null = null
  private stopPromise: Promise<void> | null = null
  private assignChain: Promise<void> = Promise.resolve()
  // The data plane's latest apply (its applies run one after the other).
  private applying: Promise<void> = Promise.resolve()
  private orphansCollected = false
  private warnedForeign = false

  constructor(opts: AgentOptions) {
    this.nodeId = opts.nodeId
    this.dataDir = opts.dataDir
    this.logger = opts.logger ?? defaultLogger
    for (const e of opts.executors) {
      if (!isSafeTaskId(e.runtime)) throw new Error(`invalid runtime name ${JSON.stringify(e.runtime)}`)
      if (this.executors.has(e.runtime)) throw new Error(`two executors for runtime "${e.runtime}"`)
      this.executors.set(e.runtime, e)
    }
    this.reporter = new StatusReporter(opts.report, opts.reportIntervalMs ?? 50, this.logger)
    this.db = new TaskDB(path.join(this.dataDir, 'taskdb'), this.logger)
    this.lock = new DataDirLock(this.dataDir, this)
    const tasksDir = path.join(this.dataDir, 'tasks')
    this.secrets = new NodeFiles('secret', opts.secretsDir ?? path.join(SECRETS_ROOT, this.nodeId), true)
    this.configs = new NodeFiles('config', path.join(this.dataDir, 'configs'), false)
    this.dataPlane = opts.network
    this.ctx = {
      secrets: this.secrets,
      configs: this.configs,
      reporter: this.reporter,
      db: this.db,
      logger: this.logger,
      defaultGraceMs: opts.stopGraceMs ?? 10_000,
      executorFor: (runtime) => this.executors.get(runtime),
      taskDir: (runtime, taskId) => path.join(tasksDir, runtime, taskId),
      attachNetworks: (task, inNodeNamespace) => this.attachNetworks(task, inNodeNamespace),
      detachNetworks: async (taskId) => this.dataPlane?.detach(taskId),
      node: opts.node ?? { hostname: os.hostname(), os: process.platform, architecture: os.arch() === 'x64' ? 'x86_64' : os.arch() },
    }
  }

  // Loads the task database and adopts every task a previous agent left: running ones
  // are supervised again, ended ones reported. Resolves once all of them are adopted.
  start(): Promise<void> {
    if (!this.startPromise) this.startPromise = this.doStart()
    return this.startPromise
  }

  private async doStart(): Promise<void> {
    if (this.phase !== 'new') throw new Error(`agent cannot start in phase ${this.phase}`)
    this.phase = 'starting'
    await this.lock.acquire()
    const records = await this.db.load()
    // What an earlier daemon left in the kernel for tasks this database does not know goes
    // before anything is built (it may hold the VNIs the networks of this node have now).
    await this.dataPlane?.retain(new Set(records.map((r) => r.task.id))).catch((err) => this.logger.warn('removing what an earlier agent left in the network data plane', { err: errorMessage(err) }))
    const adopted: Promise<void>[] = []
    for (const rec of records) {
      const runner = new TaskRunner(this.ctx, rec.task)
      this.runners.set(rec.task.id, runner)
      adopted.push(runner.resume(rec))
    }
    await Promise.all(adopted)
    if (this.phase === 'starting') this.phase = 'running'
    this.logger.info('agent started', { nodeId: this.nodeId, adopted: records.length, loadBalancer: this.dataPlane?.backend, nodeRules: this.dataPlane?.nodeRules })
  }

  // The complete set of tasks assigned to this node. Tasks new to the node start if their
  // desired state is RUNNING; known ones follow their desired state (>= SHUTDOWN stops
  // them); known ones missing from the set are stopped and removed. Resolves once the
  // set has been applied (tasks start in the background; watch report()). `files`: the
  // complete sets of secrets and configs those tasks need, kept in memory only. `network`:
  // the node's complete network state, handed to the data plane (if any) before the tasks
  // are applied.
  assign(tasks: AssignedTask[], files: { secrets: readonly FileData[]; configs: readonly FileData[] } = { secrets: [], configs: [] }, network?: LoadBalancerState): Promise<void> {
    if (this.phase === 'new') return Promise.reject(new Error('Agent.start() must be called before assign()'))
    if (this.phase !== 'starting' && this.phase !== 'running') {
      return Promise.reject(new Error(`agent is ${this.phase}; assignment ignored`))
    }
    // Our own copy: the caller's objects may be reused for the next assignment.
    const set = tasks.map((t) => ({ ...t, spec: { ...t.spec, args: [...t.spec.args], env: [...t.spec.env] } }))
    if (TRACING) trace('agent.assign', String(set.length))
    // Resolves once the set's tasks are handed to their runners and the data plane has
    // converged to its state; the next set waits only for the former.
    let applied: Promise<void> = Promise.resolve()
    const run = this.assignChain.then(async () => {
      await this.startPromise
      if (this.phase !== 'running') return
      this.secrets.replace(files.secrets)
      this.configs.replace(files.configs)
      if (network) this.networkState = network
      // The data plane takes the state at once (what attaches read) and converges to it,
      // one state after the other, while tasks start: a task's attach builds what it needs
      // itself (sharing a network build in flight), and the rest (remote tasks'
      // forwarding, the routing mesh, the other tasks' balancers) holds up neither this
      // set's tasks nor the next set's (a published service's endpoint reaches the nodes
      // a moment before its tasks, in a set of its own).
      if (network && this.dataPlane) {
        applied = this.applying = this.dataPlane.apply(network).then(
          () => void (TRACING && this.traceBalanced(network)),
          (err) => this.logger.error('applying the network state', { err: errorMessage(err) }),
        )
      }
      this.reconcile(set)
    })
    this.assignChain = run.catch(() => undefined)
    return run.then(() => applied)
  }

  // Tracing (../trace.ts): each task the node's published ports balance to, the first time
  // the applied state has it active.
  private readonly balanced = new Set<string>()
  private traceBalanced(state: LoadBalancerState): void {
    for (const n of state.networks) {
      if (!n.network.ingress) continue
      for (const s of n.services) for (const t of s.tasks) if (t.active && !this.balanced.has(t.taskId)) {
        this.balanced.add(t.taskId)
        trace('agent.balanced', t.taskId)
      }
    }
  }

  private async attachNetworks(task: AssignedTask, inNodeNamespace: boolean): Promise<string | undefined> {
    const attachments = task.networks ?? []
    // Without a data plane (agents made without one) a task in the node's namespace keeps
    // its ports as they are.
    if (!this.dataPlane && inNodeNamespace) return undefined
    if (!this.dataPlane) throw new ExecError('Rejected', 'this node has no network data plane to attach the task to its networks')
    const configs = new Map(this.networkState.networks.map((n) => [n.network.id, n.network]))
    const missing = attachments.filter((a) => !configs.has(a.networkId)).map((a) => a.networkId)
    if (missing.length) throw new ExecError('Rejected', `the node's network state has no configuration for network ${missing.join(', ')}`)
    try {
      if (inNodeNamespace) {
        await this.dataPlane.publishInNodeNamespace(task.id, task.hostPorts ?? [])
        return undefined
      }
      const { netnsPath } = await this.dataPlane.attach({
        taskId: task.id,
        serviceName: task.serviceName,
        attachments,
        networks: attachments.map((a) => configs.get(a.networkId)!),
        hostPorts: task.hostPorts,
      })
      return netnsPath
    } catch (err) {
      throw new ExecError('Rejected', errorMessage(err), { cause: err })
    }
  }

  // The kernel backend the node's data plane balances with ('ipvs' | 'nftables' | 'none'),
  // for `info`; undefined without a data plane.
  get networkBackend(): string | undefined {
    return this.dataPlane?.backend
  }

  // How the node's NAT rules are written ('nftables' | 'iptables' | 'none'), for `info`.
  get nodeRules(): string | undefined {
    return this.dataPlane?.nodeRules
  }

  // Runtimes this node can run, for the scheduler.
  async runtimes(): Promise<string[]> {
    const out: string[] = []
    for (const e of this.executors.values()) {
      try {
        if (await e.available()) out.push(e.runtime)
      } catch (err) {
        this.logger.warn('checking runtime', { runtime: e.runtime, err: errorMessage(err) })
      }
    }
    return out
  }

  // The last known status of every task on this node.
  tasks(): TaskStatusUpdate[] {
    return [...this.runners.values()].map((r) => r.status)
  }

  status(taskId: string): TaskStatusUpdate | undefined {
    return this.runners.get(taskId)?.status
  }

  // Output of the given tasks, merged by time (each task's lines in order). Task ids this
  // node does not know are skipped: the manager asks every node for a service's tasks.
  logs(filter: LogsFilter, opts: LogsOptions = {}): AsyncIterable<TaskLogEntry> {
    const sources = []
    for (const id of new Set(filter.taskIds)) {
      const c = this.runners.get(id)?.controller
      if (c) sources.push({ taskId: id, open: c.logs.bind(c) })
    }
    return mergeLogs(sources, opts)
  }

  // Daemon shutdown: stops supervising and leaves every task running for the next agent
  // on this dataDir to adopt. Pending status updates get a short chance to go out.
  stop(): Promise<void> {
    if (!this.stopPromise) {
      this.stopPromise = this.doStop()
      this.lock.stopping(this.stopPromise.catch(() => undefined))
    }
    return this.stopPromise
  }

  private async doStop(): Promise<void> {
    this.phase = 'stopping'
    try {
      await this.startPromise?.catch(() => undefined)
      await this.assignChain
      await this.applying
      await Promise.all([...this.runners.values()].map((r) => r.detach()))
      await this.reporter.flush(2000)
      this.reporter.close()
      await this.db.close()
      await this.dataPlane?.close().catch((err) => this.logger.warn('closing the network data plane', { err: errorMessage(err) }))
      await Promise.all(
        [...this.executors.values()].map((e) =>
          e.close().catch((err) => this.logger.warn('closing executor', { runtime: e.runtime, err: errorMessage(err) })),
        ),
      )
    } finally {
      await this.lock.release()
      this.phase = 'stopped'
    }
  }

  // Leaving the swarm: stops every task (SIGTERM, then SIGKILL after its grace period),
  // reports them SHUTDOWN, deletes their files and records, then stops the agent.
  async shutdownAll(): Promise<void> {
    if (this.phase === 'new') await this.start()
    await this.startPromise?.catch(() => undefined)
    if (this.phase !== 'running') return this.stop()
    this.phase = 'leaving'
    await this.assignChain
    await this.applying
    await Promise.all(
      [...this.runners.entries()].map(async ([id, r]) => {
        this.tombstone(id)
        await r.remove()
        this.runners.delete(id)
      }),
    )
    await this.collectOrphans()
    for (const f of [this.secrets, this.configs]) await f.clear().catch((err) => this.logger.warn(`removing ${f.noun} files`, { err: errorMessage(err) }))
    // Every namespace, link and balancer rule the node's networks had.
    await this.dataPlane?.leave().catch((err) => this.logger.warn('removing the network data plane', { err: errorMessage(err) }))
    return this.stop()
  }

  private reconcile(tasks: AssignedTask[]): void {
    const want = new Map<string, AssignedTask>()
    for (const t of tasks) {
      if (t.nodeId !== this.nodeId) {
        if (!this.warnedForeign) this.logger.warn('ignoring task assigned to another node', { taskId: t.id, nodeId: t.nodeId })
        this.warnedForeign = true
        continue
      }
      want.set(t.id, t)
    }
    for (const [id, t] of want) {
      const known = this.runners.get(id)
      if (known) {
        known.update(t)
        continue
      }
      if (this.tombstones.has(id)) {
        this.logger.warn('ignoring task that was already removed from this node', { taskId: id })
        continue
      }
      const runner = new TaskRunner(this.ctx, t)
      this.runners.set(id, runner)
      if (t.desiredState >= TaskState.SHUTDOWN) runner.requestShutdown()
      runner.run()
    }
    for (const [id, r] of this.runners) {
      if (want.has(id)) continue
      this.tombstone(id)
      void r.remove().then(() => {
        if (this.runners.get(id) === r) this.runners.delete(id)
      })
    }
    if (!this.orphansCollected) {
      this.orphansCollected = true
      void this.collectOrphans()
    }
  }

  // Task directories with no record and no runner were left by an agent that died
  // between starting a task and recording it; once the first complete assignment is in,
  // the ones it does not mention are stopped and deleted.
  private async collectOrphans(): Promise<void> {
    for (const f of [this.secrets, this.configs]) {
      try {
        for (const id of await f.sweep((id) => this.runners.has(id))) this.logger.warn(`removed ${f.noun} files of a task unknown to this node`, { taskId: id })
      } catch (err) {
        this.logger.warn(`removing orphaned ${f.noun} files`, { err: errorMessage(err) })
      }
    }
    for (const [runtime, executor] of this.executors) {
      const dir = this.ctx.taskDir(runtime, '')
      let names: string[]
      try {
        names = await fsp.readdir(dir)
      } catch {
        continue
      }
      for (const id of names) {
        if (this.runners.has(id)) continue
        this.tombstone(id)
        try {
          await executor.cleanup(path.join(dir, id))
          this.logger.warn('removed files of a task unknown to this node', { taskId: id, runtime })
        } catch (err) {
          this.logger.warn('removing orphaned task files', { taskId: id, runtime, err: errorMessage(err) })
        }
      }
    }
  }

  private tombstone(id: string): void {
    this.tombstones.add(id)
    if (this.tombstones.size > TOMBSTONES) {
      const oldest = this.tombstones.values().next().value
      if (oldest !== undefined) this.tombstones.delete(oldest)
    }
  }
}
