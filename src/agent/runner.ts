// One task's life on this node: the state machine that drives its Controller and reports
// what it observes. States only move forward (ACCEPTED → PREPARING → READY → STARTING →
// RUNNING → COMPLETE | FAILED | SHUTDOWN, or REJECTED before it runs); a runner starts its
// task at most once and never restarts it (restarts are the orchestrator's: a new task).
import { expandFields } from '../gotemplate/task'
import type { Controller, Executor, ExitInfo, RuntimeHandle } from './executor'
import { ExecError } from './executor'
import { isSafeTaskId, type TaskDB, type TaskRecord } from './taskdb'
import type { StatusReporter } from './reporter'
import { TaskState, type AssignedTask, type TaskStatusUpdate } from './types'
import { errorMessage, type AgentLogger } from './logger'
import { configFileRefs, secretFileRefs, type NodeFiles } from './files'
import { trace } from '../trace'

export interface RunnerContext {
  readonly reporter: StatusReporter
  readonly db: TaskDB
  readonly logger: AgentLogger
  readonly defaultGraceMs: number
  readonly secrets: NodeFiles
  readonly configs: NodeFiles
  executorFor(runtime: string): Executor | undefined
  taskDir(runtime: string, taskId: string): string
  // Puts a task with network attachments or host-mode ports into its networks (the node's
  // data plane) and answers its network namespace (undefined: the node's own, where a task
  // that `inNodeNamespace` runs); throws (code 'Rejected') when the node cannot.
  attachNetworks(task: AssignedTask, inNodeNamespace: boolean): Promise<string | undefined>
  // Undoes attachNetworks once the task is gone; an unattached task is a no-op.
  detachNetworks(taskId: string): Promise<void>
  // This node, for the task's templates (gotemplate/task.ts).
  readonly node: NodeTemplateInfo
}

export interface NodeTemplateInfo {
  hostname: string
  os: string
  architecture: string
}

export class TaskRunner {
  status: TaskStatusUpdate
  controller: Controller | null = null
  private task: AssignedTask
  private handle: RuntimeHandle | undefined
  private shutdownRequested = false
  private detached = false
  private step: Promise<unknown> = Promise.resolve() // the controller call in flight
  private wakeWaiter: (() => void) | null = null
  private removing: Promise<void> | null = null
  private settledFlag = false
  private resolveSettled!: () => void
  // Resolves when the task has reached a final state (or the runner was detached).
  readonly settled: Promise<void>

  constructor(
    private readonly ctx: RunnerContext,
    task: AssignedTask,
  ) {
    this.task = task
    this.status = { taskId: task.id, state: TaskState.ASSIGNED, timestamp: Date.now(), message: 'assigned' }
    this.settled = new Promise((resolve) => (this.resolveSettled = resolve))
  }

  get id(): string {
    return this.task.id
  }

  get terminal(): boolean {
    return this.status.state >= TaskState.COMPLETE
  }

  // A task new to this agent: drive it to a final state.
  run(): void {
    this.runNew().catch((err) => this.crashed(err))
  }

  // A task from the local database (a previous agent ran it): re-report its state and
  // take its process back. Resolves once the process is adopted; supervision goes on.
  resume(rec: TaskRecord): Promise<void> {
    this.status = rec.status
    this.handle = rec.handle
    this.shutdownRequested = rec.shutdownRequested ?? false
    if (rec.task.desiredState > this.task.desiredState) this.task = rec.task
    // The manager may have missed it before the agent went down.
    this.ctx.reporter.push(this.status)
    let adopted!: () => void
    const ready = new Promise<void>((resolve) => (adopted = resolve))
    this.resumeRecord(rec, adopted)
      .catch((err) => this.crashed(err))
      .finally(adopted)
    return ready
  }

  // The manager's view of the task changed (only its desired state matters: a task's spec
  // never changes).
  update(task: AssignedTask): void {
    if (task.desiredState > this.task.desiredState) this.task = { ...this.task, desiredState: task.desiredState }
    if (this.task.desiredState >= TaskState.SHUTDOWN) this.requestShutdown()
    else this.wake()
  }

  requestShutdown(): void {
    if (this.shutdownRequested) return
    this.shutdownRequested = true
    this.wake()
    if (this.terminal || this.status.state < TaskState.RUNNING) return // runNew sees the flag
    void this.persist()
    void this.stopProcess()
  }

  // The task left the node's assignment: stop it, then delete all trace of it.
  remove(): Promise<void> {
    if (!this.removing) {
      this.removing = (async () => {
        this.requestShutdown()
        await this.settled
        if (this.detached) return // the next agent finishes the job
        try {
          await this.controller?.remove()
        } catch (err) {
          this.ctx.logger.warn('removing task files', { taskId: this.id, err: errorMessage(err) })
        }
        // Its namespace and links go only now: the process has exited (settled above).
        if (this.task.networks?.length || this.task.hostPorts?.length) {
          await this.ctx.detachNetworks(this.id).catch((err) => this.ctx.logger.warn('detaching task from its networks', { taskId: this.id, err: errorMessage(err) }))
        }
        await this.ctx.db.delete(this.id)
      })()
    }
    return this.removing
  }

  // Agent shutdown: stop supervising, leave the process running.
  async detach(): Promise<void> {
    this.detached = true
    this.wake()
    await this.step
    try {
      await this.controller?.detach()
    } catch (err) {
      this.ctx.logger.warn('detaching task', { taskId: this.id, err: errorMessage(err) })
    }
    this.settle()
  }

  // ---- lifecycle ----

  private async runNew(): Promise<void> {
    const { spec } = this.task
    this.transition(TaskState.ACCEPTED, 'accepted')
    if (!isSafeTaskId(this.id)) {
      return this.finish(TaskState.REJECTED, 'rejected', { err: `invalid task id ${JSON.stringify(this.id)}` })
    }
    if (this.shutdownRequested) return this.finish(TaskState.SHUTDOWN, 'shutdown before start')
    const executor = this.ctx.executorFor(spec.runtime)
    if (!executor) {
      return this.finish(TaskState.REJECTED, 'rejected', {
        err: `runtime "${spec.runtime}" is not available on this node`,
      })
    }
    this.transition(TaskState.PREPARING, 'preparing')
    let secretsDir: string | undefined
    let configsDir: string | undefined
    let netnsPath: string | undefined
    let c: Controller
    try {
      // docker's templates in the hostname, env and mounts, over this task and node: the
      // executor sees the expanded task (and a restarted agent adopts it as such).
      this.task = withTemplatesExpanded(this.task, this.ctx.node)
      // The network namespace exists, with the task's addresses, before the task runs in it.
      // A task without networks that publishes host-mode ports is attached too: a container
      // gets a namespace on the node's gateway bridge, its ports forwarded there; a task in
      // the node's own namespace (a process task, a container with --network host) keeps
      // it, its published ports forwarded to its own target ports.
      if (this.task.networks?.length || this.task.hostPorts?.length) {
        const inNodeNamespace = !this.task.networks?.length && executor.sharesNodeNetwork(this.task)
        netnsPath = await this.track(this.ctx.attachNetworks(this.task, inNodeNamespace))
        trace('agent.attached', this.id)
      }
      // The files exist before the runtime sees the task (secrets in memory only).
      if (spec.secrets?.length) secretsDir = await this.track(this.ctx.secrets.mount(this.id, secretFileRefs(spec.secrets)))
      if (spec.configs?.length) configsDir = await this.track(this.ctx.configs.mount(this.id, configFileRefs(spec.configs)))
      c = executor.controller(this.task, this.ctx.taskDir(spec.runtime, this.id), secretsDir, configsDir, netnsPath)
      this.controller = c
      await this.track(c.prepare())
    } catch (err) {
      return this.finish(TaskState.REJECTED, 'rejected', { err: errorMessage(err) })
    }
    if (this.detached) return
    this.transition(TaskState.READY, 'prepared')
    // A task assigned with a desired state below RUNNING is prepared but waits.
    while (!this.shutdownRequested && !this.detached && this.task.desiredState < TaskState.RUNNING) {
      await new Promise<void>((resolve) => (this.wakeWaiter = resolve))
    }
    if (this.detached) return
    if (this.shutdownRequested) return this.finish(TaskState.SHUTDOWN, 'shutdown before start')

    this.transition(TaskState.STARTING, 'starting')
    let handle: RuntimeHandle
    try {
      // The intent is on disk before the process exists: an agent that dies from here on
      // leaves a record saying the task may be running, and its successor looks for the
      // process instead of starting another. One tracked step, so stop() waits for both.
      handle = await this.track(
        (async () => {
          await this.persist()
          trace('agent.persisted', this.id)
          return c.start()
        })(),
      )
    } catch (err) {
      return this.finish(TaskState.FAILED, 'failed to start', { err: errorMessage(err) })
    }
    this.handle = handle
    // With a health check, RUNNING waits for the first pass (an exit or failure first
    // leaves the task STARTING, and supervise reports how it ended).
    if (!c.healthy || (await c.healthy())) {
      this.transition(TaskState.RUNNING, 'started', handle.pid > 0 ? { pid: handle.pid } : {})
    }
    void this.persist()
    if (this.shutdownRequested) void this.stopProcess()
    await this.supervise(c)
  }

  private async resumeRecord(rec: TaskRecord, adopted: () => void): Promise<void> {
    const runtime = rec.task.spec.runtime
    const terminal = this.terminal
    const executor = this.ctx.executorFor(runtime)
    if (!executor) {
      if (terminal) return this.settle()
      return this.finish(TaskState.FAILED, 'failed', { err: `runtime "${runtime}" is no longer available on this node` })
    }
    let c: Controller
    try {
      c = await this.track(
        executor.adopt(rec.task, this.ctx.taskDir(runtime, this.id), rec.handle ?? null, { terminal }),
      )
    } catch (err) {
      this.ctx.logger.error('adopting task', { taskId: this.id, err: errorMessage(err) })
      if (terminal) return this.settle()
      return this.finish(TaskState.FAILED, 'failed', { err: `adopting the task after an agent restart: ${errorMessage(err)}` })
    }
    this.controller = c
    if (terminal) {
      this.releaseFiles() // an agent that died as the task ended may have left them
      return this.settle()
    }
    if (c.handle) this.handle = c.handle
    // A record written at STARTING (the agent died mid-start) whose process was found.
    if (this.transition(TaskState.RUNNING, 'started', this.handle?.pid ? { pid: this.handle.pid } : {})) void this.persist()
    adopted()
    if (this.shutdownRequested) void this.stopProcess()
    await this.supervise(c)
  }

  private async supervise(c: Controller): Promise<void> {
    let exit: ExitInfo
    try {
      exit = await c.wait()
    } catch (err) {
      if (err instanceof ExecError && err.code === 'Detached') return
      throw err
    }
    if (this.shutdownRequested) {
      return this.finish(TaskState.SHUTDOWN, 'shutdown', exit.exitCode === null ? {} : { exitCode: exit.exitCode })
    }
    if (exit.unhealthy) {
      return this.finish(TaskState.FAILED, 'failed', { ...(exit.exitCode === null ? {} : { exitCode: exit.exitCode }), err: 'task: unhealthy container' })
    }
    if (exit.exitCode === 0) return this.finish(TaskState.COMPLETE, 'finished', { exitCode: 0 })
    if (exit.exitCode === null) {
      return this.finish(TaskState.FAILED, 'failed', { err: `task: ${exit.reason ?? 'exit status unknown'}` })
    }
    return this.finish(TaskState.FAILED, 'failed', {
      exitCode: exit.exitCode,
      err: exit.oomKilled ? `task: OOM-killed (exit ${exit.exitCode})` : `task: non-zero exit (${exit.exitCode})`,
    })
  }

  private async stopProcess(): Promise<void> {
    const c = this.controller
    if (!c) return
    try {
      await this.step // a start in flight completes first
      await c.shutdown(this.task.spec.stopGracePeriodMs ?? this.ctx.defaultGraceMs)
    } catch (err) {
      this.ctx.logger.warn('shutting down task', { taskId: this.id, err: errorMessage(err) })
    }
  }

  // ---- state ----

  private transition(state: TaskState, message: string, extra: Partial<TaskStatusUpdate> = {}): boolean {
    if (state <= this.status.state) return false
    const next: TaskStatusUpdate = { taskId: this.id, state, timestamp: Date.now(), message, ...extra }
    if (next.pid === undefined && this.handle?.pid && state >= TaskState.RUNNING) next.pid = this.handle.pid
    // When it became RUNNING (healthy, for a container with a check): the manager's rolling
    // update measures its monitor window from there.
    if (state === TaskState.RUNNING) next.startedAt = next.timestamp
    else if (this.status.startedAt !== undefined) next.startedAt = this.status.startedAt
    this.status = next
    trace('agent.state', this.id, TaskState[state])
    this.ctx.reporter.push(next)
    return true
  }

  private finish(state: TaskState, message: string, extra: Partial<TaskStatusUpdate> = {}): void {
    if (this.transition(state, message, extra)) void this.persist()
    this.releaseFiles()
    this.settle()
  }

  // The task is over: its secret and config files go (a no-op for tasks without any).
  private releaseFiles(): void {
    const { secrets, configs } = this.task.spec
    for (const [files, refs] of [[this.ctx.secrets, secrets], [this.ctx.configs, configs]] as const) {
      if (!refs?.length) continue
      files.unmount(this.id).catch((err) => this.ctx.logger.warn(`removing ${files.noun} files`, { taskId: this.id, err: errorMessage(err) }))
    }
  }

  private persist(): Promise<void> {
    return this.ctx.db.put({
      task: this.task,
      status: this.status,
      handle: this.handle,
      shutdownRequested: this.shutdownRequested || undefined,
    })
  }

  private settle(): void {
    if (this.settledFlag) return
    this.settledFlag = true
    this.resolveSettled()
  }

  private crashed(err: unknown): void {
    this.ctx.logger.error('task runner failed', { taskId: this.id, err: errorMessage(err) })
    if (!this.detached && !this.terminal) {
      this.finish(TaskState.FAILED, 'failed', { err: `agent: ${errorMessage(err)}` })
    }
    this.settle()
  }

  private wake(): void {
    const w = this.wakeWaiter
    this.wakeWaiter = null
    w?.()
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.step = p.catch(() => undefined)
    return p
  }
}

function withTemplatesExpanded(task: AssignedTask, node: NodeTemplateInfo): AssignedTask {
  const spec = expandFields(task.spec, {
    serviceId: task.serviceId,
    serviceName: task.serviceName,
    serviceLabels: task.serviceLabels ?? {},
    nodeId: task.nodeId,
    nodeHostname: node.hostname,
    nodeOS: node.os,
    nodeArchitecture: node.architecture,
    taskId: task.id,
    slot: task.slot,
  })
  return spec === task.spec ? task : { ...task, spec }
}
