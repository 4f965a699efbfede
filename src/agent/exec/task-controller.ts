// The task state machine both runtimes share (process.ts, container.ts): one Controller
// shape, one set of state rules, one way to watch a task directory's output files. A
// runtime adds how a task is prepared, started, stopped, found again and removed.
//
//     new ──prepare──▶ prepared ──start──▶ starting ──▶ running ──exit──▶ exiting ──▶ exited
//      │                  │                   │            │
//      └──(bad spec)──────┴──▶ failed ◀───────┘            └──detach──▶ detached
//     exited | failed | new | prepared ──remove──▶ removed
//
// `exiting` covers the time between noticing the exit and settling it (the last output
// being collected): a detach or shutdown then waits for the exit rather than lose it.
import { promises as fsp, watch, type FSWatcher } from 'node:fs'
import type { AssignedTask } from '../types'
import { ExecError, unknownExit, type Controller, type ExitInfo, type RuntimeHandle } from '../executor'
import { TaskLog, type LogReadOptions, type LogRecord } from '../tasklog'
import { OutputCollector, type FlowControl } from './output'
import { rotationFor } from './rotation'
import { deferred, type Deferred } from './deferred'
import { exists } from './files'
import { errorMessage, type AgentLogger } from '../logger'
import type { LogRotation } from '../logopts'

export type TaskControllerState = 'new' | 'prepared' | 'starting' | 'running' | 'exiting' | 'exited' | 'failed' | 'detached' | 'removed'

// What a controller needs of its executor.
export interface ExecutorContext {
  readonly logger: AgentLogger
  readonly logRotation: LogRotation
}

export abstract class TaskController implements Controller {
  handle: RuntimeHandle | undefined
  // inotify on the task directory failed: the runtime polls the output instead.
  watchFailed = false
  protected state: TaskControllerState = 'new'
  protected readonly log: TaskLog
  protected readonly output: OutputCollector
  protected starting: Promise<unknown> | null = null
  private readonly exited: Deferred<ExitInfo>
  private watcher: FSWatcher | null = null

  constructor(
    private readonly context: ExecutorContext,
    readonly task: AssignedTask,
    readonly dir: string,
    // Back-pressure on a task that writes faster than its output is kept (the process
    // runtime): pauseWriters/resumeWriters stop and continue its writers.
    flowControl = false,
  ) {
    this.log = new TaskLog(dir, { rotation: rotationFor(task, context) })
    const flow: FlowControl = { pause: () => this.pauseWriters(), resume: () => this.resumeWriters() }
    this.output = new OutputCollector(
      dir,
      this.log,
      (err) => context.logger.warn('reading task output', { taskId: task.id, err: errorMessage(err) }),
      flowControl ? { flow } : {},
    )
    this.exited = deferred<ExitInfo>()
    this.exited.promise.catch(() => undefined) // 'Detached' with nobody waiting is fine
  }

  // ---- the runtime's part ----

  // Sets up what the task needs (its directory and output files included). Errors that
  // are not ExecErrors become Rejected through rejection().
  protected abstract doPrepare(): Promise<void>
  // Starts (or takes over an earlier start of) the task; sets the state to running, or
  // settles it when an earlier start already ended.
  protected abstract doStart(): Promise<RuntimeHandle>
  // Detach: stop supervising (timers, helpers); the task keeps running.
  protected abstract stopSupervising(): void
  // Remove: what the runtime keeps besides the task directory.
  protected async removeRuntime(): Promise<void> {}
  // Flow control (see the constructor): resolves once the writers have stopped, false
  // when the task is not running.
  protected async pauseWriters(): Promise<boolean> {
    return false
  }
  protected async resumeWriters(): Promise<void> {}
  // How a failed prepare is reported: Rejected with the reason.
  protected rejection(err: unknown): ExecError {
    return new ExecError('Rejected', errorMessage(err), { cause: err })
  }

  // ---- Controller ----

  async prepare(): Promise<void> {
    if (this.state !== 'new') throw new ExecError('InvalidState', `prepare in state ${this.state}`)
    try {
      await this.doPrepare()
      this.state = 'prepared'
    } catch (err) {
      this.state = 'failed'
      this.log.abandon()
      throw err instanceof ExecError ? err : this.rejection(err)
    }
  }

  start(): Promise<RuntimeHandle> {
    if (this.state !== 'prepared') return Promise.reject(new ExecError('InvalidState', `start in state ${this.state}`))
    this.state = 'starting'
    const run = this.doStart()
    this.starting = run.catch(() => undefined)
    return run
  }

  wait(): Promise<ExitInfo> {
    return this.exited.promise
  }

  logs(opts: LogReadOptions = {}): AsyncIterable<LogRecord> {
    return this.log.read(opts)
  }

  async remove(): Promise<void> {
    if (this.state === 'starting' || this.state === 'running' || this.state === 'exiting' || this.state === 'detached') {
      throw new ExecError('InvalidState', `cannot remove a task in state ${this.state}`)
    }
    if (this.state === 'new' || this.state === 'prepared') this.log.abandon()
    await this.output.close()
    this.state = 'removed'
    await this.removeRuntime()
    await fsp.rm(this.dir, { recursive: true, force: true })
  }

  async detach(): Promise<void> {
    if (this.starting) await this.starting
    if (this.state === 'exiting') {
      // The exit is being recorded; let it finish rather than lose it.
      await this.exited.promise.catch(() => undefined)
      return
    }
    if (this.state !== 'running') {
      await this.output.close()
      return
    }
    this.state = 'detached'
    this.unwatch()
    this.stopSupervising()
    await this.output.close()
    this.exited.reject(new ExecError('Detached', 'agent stopped supervising the task'))
  }

  abstract shutdown(graceMs: number): Promise<void>

  // ---- for the runtimes ----

  // The first steps of every shutdown: waits for a start in flight, and for an exit being
  // recorded; true when the task runs and is to be stopped.
  protected async shutdownWanted(): Promise<boolean> {
    if (this.starting) await this.starting
    if (this.state === 'exiting') {
      await this.exited.promise.catch(() => undefined)
      return false
    }
    return this.state === 'running' && this.handle !== undefined
  }

  // Waits for the exit to be settled (a stop's last step).
  protected async exitSettled(): Promise<void> {
    await this.exited.promise.catch(() => undefined)
  }

  // Within ms? (a stop's grace period).
  protected exitPromise(): Promise<ExitInfo> {
    return this.exited.promise
  }

  protected settle(info: ExitInfo): void {
    this.state = 'exited'
    this.exited.resolve(info)
  }

  // The start of an adoption (Executor.adopt): false when the task directory is gone and
  // the exit is settled already; otherwise its output is open for collecting.
  protected async reopen(): Promise<boolean> {
    this.state = 'starting'
    if (!(await exists(this.dir))) {
      // Nothing was ever started here (or the directory was deleted): no task to
      // supervise, no output to serve.
      this.log.abandon()
      this.settle(unknownExit('the task directory is missing'))
      return false
    }
    await this.output.open()
    return true
  }

  // A failed start: the collector finishes with what was written.
  protected async startFailed(): Promise<boolean> {
    if (this.state !== 'starting') return false
    this.state = 'failed'
    this.unwatch()
    await this.output.finish()
    return true
  }

  // inotify on the task directory: output files poke the collector, other names go to
  // onOther (the process runtime's exit file). Our own writes to log and log.pos land in
  // the same directory; their events are filtered out by name (cheaper than a
  // subdirectory per task).
  protected watch(onOther?: (name: string) => void): void {
    if (this.watcher) return
    try {
      this.watcher = watch(this.dir, { persistent: false }, (_event, filename) => {
        if (filename === 'stdout' || filename === 'stderr' || filename === null) this.output.poke()
        else onOther?.(filename)
      })
      this.watcher.on('error', () => {
        this.watchFailed = true
        this.unwatch()
      })
    } catch (err) {
      // Out of inotify watches: the runtime's poll does the work.
      this.watchFailed = true
      this.context.logger.warn('watching task output; falling back to polling', { taskId: this.task.id, err: errorMessage(err) })
    }
  }

  protected unwatch(): void {
    this.watcher?.close()
    this.watcher = null
  }

  // The safety net under inotify: collects output that is on disk and not yet read.
  async pollOutput(): Promise<void> {
    if (this.state === 'running' && (await this.output.behind())) this.output.poke()
  }
}
