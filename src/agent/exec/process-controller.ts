// One host-process task (see ./process.ts for the runtime: the wrapper, the task
// directory, how exits are observed). The shared state machine is ./task-controller.ts.
import { constants as osConstants } from 'node:os'
import * as path from 'node:path'
import { promises as fsp } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AssignedTask } from '../types'
import { ExecError, type ExitInfo, type RuntimeHandle, unknownExit } from '../executor'
import { settledWithin } from './deferred'
import { exists, touch } from './files'
import { bootId, childrenOf, isLive, readStat } from '../procfs'
import { errorMessage } from '../logger'
import { CONFIGS_DIR_ENV, SECRETS_DIR_ENV } from '../files'
import { TaskController } from './task-controller'
import { WRAPPER_SCRIPT, buildEnv, killGroup, ownsProcess, signalTask, taskFiles } from './process-host'
import type { ProcessExecutor } from './process'

// How long a start found interrupted (by an agent restart or a lost helper) may take to
// show its wrapper in /proc before it is declared lost.
const FIND_WRAPPER_WAIT_MS = 1000
export const SCAN_TTL_MS = 250

export class ProcessController extends TaskController {
  supervisedByHelper = false
  private readonly files: ReturnType<typeof taskFiles>
  private argv: string[] = []
  private nsenter: string | null = null
  private env: Record<string, string> = {}
  private fresh = false // prepare() created the task directory: nothing can have run from it
  private fastPoll: NodeJS.Timeout | null = null
  private checking = false

  constructor(
    private readonly executor: ProcessExecutor,
    task: AssignedTask,
    dir: string,
    private readonly secretsDir?: string,
    private readonly configsDir?: string,
    private readonly netnsPath?: string,
  ) {
    // Back-pressure on a task that writes faster than its output is kept: its processes
    // are stopped (SIGSTOP to its group) until the collector has caught up, as a writer
    // to a full pipe would block. A task sees only the SIGCONT after each pause.
    super(executor, task, dir, true)
    this.files = taskFiles(dir)
  }

  protected rejection(err: unknown): ExecError {
    return new ExecError('Rejected', `preparing task: ${errorMessage(err)}`, { cause: err })
  }

  protected async doPrepare(): Promise<void> {
    const spec = this.task.spec
    for (const [i, a] of spec.args.entries()) {
      if (a.includes('\0')) throw new ExecError('Rejected', `argument ${i + 1} contains a NUL byte`)
    }
    const { env, plain } = buildEnv(spec.env)
    if (this.secretsDir) env[SECRETS_DIR_ENV] = this.secretsDir
    if (this.configsDir) env[CONFIGS_DIR_ENV] = this.configsDir
    const exe = await this.executor.resolveExecutable(spec.image, env.PATH)
    if (plain) {
      this.argv = [exe, ...spec.args]
    } else {
      // sh drops variables whose names are not shell names (e.g. "my.var") from the
      // environment it passes on; env(1) between the wrapper and the program restores
      // the exact environment.
      const envTool = await this.executor.envCommand()
      if (!envTool) {
        throw new ExecError('Rejected', 'environment variable names that are not shell names need env(1), which was not found')
      }
      this.argv = [envTool, '-i', '--', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), exe, ...spec.args]
    }
    this.env = env
    if (this.netnsPath) {
      this.nsenter = await this.executor.nsenterCommand()
      if (!this.nsenter) throw new ExecError('Rejected', 'a task on networks runs in its network namespace through nsenter(1) (util-linux), which was not found')
    }
    await this.executor.ensureDir(path.dirname(this.dir))
    await this.executor.diskSlot(async () => {
      try {
        await fsp.mkdir(this.dir)
        this.fresh = true
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        if (code === 'ENOENT') {
          // The parent went away since it was created (cleaned by hand): once more.
          await this.executor.ensureDir(path.dirname(this.dir), true)
          await fsp.mkdir(this.dir)
          this.fresh = true
        } else if (code !== 'EEXIST') {
          throw err
        }
      }
      // The output files are created here, on the agent's thread pool, so the spawner
      // helper (sequential) only reopens them: creating files is the slow part of a start.
      await Promise.all([touch(this.files.stdout), touch(this.files.stderr)])
    })
  }

  protected async doStart(): Promise<RuntimeHandle> {
    try {
      if (this.fresh) {
        this.output.openFresh()
      } else {
        await this.output.open()
      }
      // Watch before spawning: output and the exit file can appear at once.
      this.watchDir()
      if (!this.fresh) {
        // The directory predates this controller: an earlier agent got at least as far
        // as preparing the task and may have started it. Take over what ran rather than
        // start a second process.
        const earlier = await this.earlierStart(0)
        if (earlier) return earlier
      }
      let spawned
      try {
        const wrapper = ['-c', WRAPPER_SCRIPT, `shoal-task:${this.task.id}`, this.files.exit, ...this.argv]
        spawned = await this.executor.spawner.spawn({
          ...(this.nsenter && this.netnsPath
            ? { file: this.nsenter, args: [`--net=${this.netnsPath}`, '--', this.executor.shell, ...wrapper] }
            : { file: this.executor.shell, args: wrapper, argv0: this.executor.shell }),
          cwd: '/',
          env: this.env,
          stdout: this.files.stdout,
          stderr: this.files.stderr,
        })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'SpawnerLost') {
          // The helper died with the request in flight: it may have started it.
          const earlier = await this.earlierStart(FIND_WRAPPER_WAIT_MS)
          if (earlier) return earlier
        }
        throw new ExecError('StartFailed', `starting "${this.task.spec.image}": ${errorMessage(err)}`, { cause: err })
      }
      this.handle = { pid: spawned.pid, startTime: spawned.startTime, bootId: bootId() }
      this.state = 'running'
      this.supervisedByHelper = true
      this.executor.track(this, spawned.pid, true)
      return this.handle
    } catch (err) {
      await this.startFailed()
      throw err
    }
  }

  // A start of this task that happened before (a live wrapper, or an exit file): adopts
  // it and returns its handle (pid 0 when only the exit file is left), or null if nothing
  // ever ran.
  private async earlierStart(waitMs: number): Promise<RuntimeHandle | null> {
    const pid = await this.waitForWrapper(waitMs)
    const stat = pid === null ? null : await readStat(pid)
    if (pid !== null && isLive(stat)) {
      this.handle = { pid, startTime: stat.startTime, bootId: bootId() }
      this.state = 'running'
      this.executor.track(this, pid, false)
      return this.handle
    }
    const exit = await this.readExitFile()
    if (!exit) return null
    this.handle = { pid: 0, startTime: 0, bootId: bootId() }
    this.unwatch()
    await this.output.finish()
    this.settle(exit)
    return this.handle
  }

  // Takes over from an earlier agent (see Executor.adopt).
  async attach(handle: RuntimeHandle | null, terminal: boolean): Promise<void> {
    this.handle = handle ?? undefined
    if (!(await this.reopen())) return
    if (terminal) {
      await this.output.finish()
      this.settle((await this.readExitFile()) ?? unknownExit('the task ended before the agent restarted'))
      return
    }
    this.watchDir()
    await this.probe(handle)
  }

  // Finds the task's process from a recorded handle, or by its wrapper's command line,
  // and either supervises it or settles with what the exit file says.
  private async probe(handle: RuntimeHandle | null): Promise<void> {
    let pid: number | null = handle?.pid ?? null
    let alive = false
    let startTime = handle?.startTime ?? 0
    if (handle) {
      if (handle.bootId === bootId()) {
        const stat = await readStat(handle.pid)
        alive = isLive(stat) && (handle.startTime === 0 || stat.startTime === handle.startTime)
        if (alive && handle.startTime === 0) alive = await ownsProcess(handle.pid, this.files.exit)
        if (alive) startTime = stat!.startTime
      }
    } else {
      pid = await this.waitForWrapper(FIND_WRAPPER_WAIT_MS)
      const stat = pid === null ? null : await readStat(pid)
      if (isLive(stat)) {
        alive = true
        startTime = stat.startTime
      }
    }
    if (pid !== null) this.handle = { pid, startTime, bootId: bootId() }
    if (alive && pid !== null) {
      this.state = 'running'
      this.executor.track(this, pid, false)
      // An agent that died while the task was stopped for back-pressure left it stopped.
      await this.signal('SIGCONT')
      return
    }
    this.unwatch()
    // The wrapper is gone but what it started may not be (a wrapper killed on its own
    // leaves its child running): the task is over, so its whole process group goes too.
    // A pid still in use as a process group id is never handed to a new process, so this
    // group can only hold the task's own processes.
    if (pid !== null) killGroup(pid, 'SIGKILL')
    await this.output.finish()
    const info =
      (await this.readExitFile()) ??
      unknownExit(
        pid === null
          ? 'the agent stopped while starting the task and no process of it was found'
          : 'the process ended while the agent was not running; its exit status was not recorded',
      )
    this.settle(info)
  }

  // A start that was in flight when its agent (or helper) died: the wrapper may be
  // moments from existing, so look for up to waitMs before giving up.
  private async waitForWrapper(waitMs: number): Promise<number | null> {
    const deadline = Date.now() + waitMs
    for (;;) {
      const pid = (await this.executor.scanWrappers()).get(this.files.exit)
      if (pid !== undefined) return pid
      if (Date.now() >= deadline || (await exists(this.files.exit))) return null
      await sleep(SCAN_TTL_MS)
    }
  }

  async shutdown(graceMs: number): Promise<void> {
    if (!(await this.shutdownWanted())) return
    await this.signal('SIGTERM')
    // A task stopped for back-pressure handles its SIGTERM only once continued.
    await this.signal('SIGCONT')
    if (!this.supervisedByHelper) this.pollFast()
    const done = await settledWithin(this.exitPromise(), graceMs)
    if (!done && this.state === 'running') await this.signal('SIGKILL')
    await this.exitSettled()
  }

  protected stopSupervising(): void {
    this.stopFastPoll()
    this.executor.untrack(this, this.handle?.pid)
  }

  // ---- exit detection ----

  onHelperExit(code: number | null, signal: string | null): void {
    if (code !== null) {
      void this.exitObserved({ exitCode: code, time: Date.now() })
    } else {
      const n = signal ? (osConstants.signals as Record<string, number>)[signal] : undefined
      void this.exitObserved({ exitCode: n !== undefined ? 128 + n : null, signal: signal ?? undefined, time: Date.now() })
    }
  }

  // Poll: is the wrapper still the process we started?
  async checkAlive(): Promise<void> {
    if (this.state !== 'running' || !this.handle || this.checking) return
    this.checking = true
    try {
      const stat = await readStat(this.handle.pid)
      if (isLive(stat) && (this.handle.startTime === 0 || stat.startTime === this.handle.startTime)) return
      if (this.state !== 'running') return
      const info =
        (await this.readExitFile()) ?? unknownExit('the process ended without recording its exit status (killed)')
      await this.exitObserved(info)
    } catch (err) {
      this.executor.logger.warn('checking task process', { taskId: this.task.id, err: errorMessage(err) })
    } finally {
      this.checking = false
    }
  }

  private watchDir(): void {
    this.watch((name) => {
      if (name === 'exit') this.onExitFile()
    })
  }

  private onExitFile(): void {
    // The helper reports exits of its own children with the exact status; otherwise the
    // wrapper is about to exit: look again shortly.
    if (this.supervisedByHelper || this.state !== 'running') return
    for (const ms of [10, 100, 500]) setTimeout(() => void this.checkAlive(), ms).unref()
  }

  private async exitObserved(info: ExitInfo): Promise<void> {
    if (this.state !== 'running') return
    this.state = 'exiting'
    const pid = this.handle?.pid
    this.unwatch()
    this.stopFastPoll()
    this.executor.untrack(this, pid)
    // The task is over when its program exits; anything it left running in its process
    // group goes with it, as a container's processes do.
    if (pid !== undefined) killGroup(pid, 'SIGKILL')
    await this.output.finish()
    this.settle(info)
  }

  private async readExitFile(): Promise<ExitInfo | null> {
    try {
      const text = await fsp.readFile(this.files.exit, 'latin1')
      if (!text.endsWith('\n')) return null
      const code = parseInt(text, 10)
      return Number.isInteger(code) ? { exitCode: code, time: Date.now() } : null
    } catch {
      return null
    }
  }

  // Stops the task's processes for the output collector; resolves once they have stopped
  // (a write in flight completes first), false when the task is not running.
  protected async pauseWriters(): Promise<boolean> {
    // Output can come before the start is confirmed (not awaited: a failed start finishes
    // the collector, which may be the one waiting here).
    for (let i = 0; i < 1000 && this.state === 'starting'; i++) await sleep(5)
    const pid = this.handle?.pid
    if (this.state !== 'running' || pid === undefined) return false
    await this.signal('SIGSTOP')
    for (let i = 0; i < 50; i++) {
      const pids = [pid, ...(await childrenOf(pid))]
      const states = await Promise.all(pids.map((p) => readStat(p)))
      if (states.every((st) => !st || st.state === 'T' || st.state === 't' || !isLive(st))) return true
      await sleep(1)
    }
    return true
  }

  protected resumeWriters(): Promise<void> {
    return this.signal('SIGCONT')
  }

  private async signal(sig: NodeJS.Signals): Promise<void> {
    const h = this.handle
    if (!h) return
    // Re-check identity right before signalling: a recorded pid may name someone else by
    // now if the process died unnoticed.
    const stat = await readStat(h.pid)
    if (!isLive(stat) || (h.startTime !== 0 && stat.startTime !== h.startTime)) {
      if (!this.supervisedByHelper) void this.checkAlive()
      return
    }
    await signalTask(h.pid, sig)
  }

  private pollFast(): void {
    if (this.fastPoll) return
    this.fastPoll = setInterval(() => void this.checkAlive(), 100)
  }

  private stopFastPoll(): void {
    if (this.fastPoll) clearInterval(this.fastPoll)
    this.fastPoll = null
  }
}
