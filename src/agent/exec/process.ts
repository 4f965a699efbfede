// The `process` runtime: a task is a host process. spec.image is the executable (absolute
// path, or a bare name looked up in the task's PATH), spec.args its arguments, spec.env
// its environment over a minimal one (PATH, HOME; SHOAL_SECRETS_DIR when it has secrets,
// SHOAL_CONFIGS_DIR when it has configs, see ../files.ts: a config whose container target
// is /etc/app.conf is $SHOAL_CONFIGS_DIR/etc/app.conf). It runs in / (as systemd services and Docker containers do by
// default).
//
// Task directory (given by the agent), kept flat because every file created costs (on
// the ext4 volume measured, about 0.5 ms per create; 1,000 tasks start at once):
//     stdout stderr   the process's output, appended by the process itself (its fds 1
//                     and 2), so output keeps flowing while the agent is down
//     exit            the program's exit status, written by the wrapper
//     log log.pos     the agent's combined timestamped log (see tasklog.ts)
//
// Each task runs under a wrapper: /bin/sh -c '<script>' that runs the program as its
// child and writes its exit status to the exit file. Only a parent can collect a
// process's exit status; if the agent (or the spawner helper) were the parent, the status
// would be lost whenever the agent dies. The wrapper is a tiny dash/sh process (a few
// hundred KB of private memory), leads the task's own session and process group, and
// catches the usual signals (a caught signal is reset to default in the exec'd program,
// unlike an ignored one) so that a SIGTERM to the group stops the program while the
// wrapper stays to record how it ended. A process killed by signal N is recorded as
// 128 + N, as shells and Docker report it. The wrapper's command line names the task's
// exit file, which is how a restarted agent recognizes it (a reused pid would not match).
//
// A task attached to networks runs in its own network namespace (given by the agent):
// the wrapper is started as `nsenter --net=<path> -- <shell> -c ...`. nsenter enters the
// namespace and execs the shell without forking, so the pid the spawner reports is the
// wrapper's, and its command line, as /proc shows it once the exec is done, is the
// wrapper's own: adoption after a restart finds it as it finds any other task.
//
// Exits are observed three ways: the spawner helper's exit notice (processes it started),
// inotify on the task directory (the exit file appears), and a /proc poll (the safety
// net, and the only way to notice a wrapper that was SIGKILLed while adopted).
import { constants as osConstants, homedir } from 'node:os'
import * as path from 'node:path'
import { promises as fsp, watch, type FSWatcher } from 'node:fs'
import type { AssignedTask } from '../types'
import {
  ExecError,
  type AdoptOptions,
  type Controller,
  type Executor,
  type ExitInfo,
  type RuntimeHandle,
  unknownExit,
} from '../executor'
import { TaskLog, type LogReadOptions, type LogRecord } from '../tasklog'
import { OutputCollector } from './output'
import { rotationFor } from './rotation'
import { deferred, settledWithin, type Deferred } from './deferred'
import { exists, touch } from './files'
import { Spawner } from './spawner'
import { bootId, childrenOf, isLive, readCmdline, readStat } from '../procfs'
import { defaultLogger, errorMessage, type AgentLogger } from '../logger'
import { CONFIGS_DIR_ENV, SECRETS_DIR_ENV } from '../files'
import { DEFAULT_LOG_ROTATION, logRotationOf, type LogRotation } from '../logopts'

// Docker's default PATH for containers.
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

// $1 exit file, then the program and its arguments. "$@" passes every argument as one
// word whatever it contains: nothing from the spec is ever parsed by the shell. POSIX
// keeps $? across a trap action, so a trapped TERM does not mask the status.
export const WRAPPER_SCRIPT = 'trap : HUP INT QUIT TERM USR1 USR2; e=$1; shift; "$@"; s=$?; echo $s >"$e"; exit $s'

const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const LOOKUP_TTL_MS = 2000
// How long a start found interrupted (by an agent restart or a lost helper) may take to
// show its wrapper in /proc before it is declared lost.
const FIND_WRAPPER_WAIT_MS = 1000
const SCAN_TTL_MS = 250
const DISK_SLOTS = 16
const EARLY_EXIT_TTL_MS = 10_000
// The safety-net poll of output files runs every OUTPUT_POLL_TICKS ticks (inotify does
// the real work); liveness of processes not started by the current helper every tick.
const OUTPUT_POLL_TICKS = 5

export interface ProcessExecutorOptions {
  logger?: AgentLogger
  shell?: string // the wrapper's shell, default /bin/sh
  pollIntervalMs?: number // default 1000
  // How task logs are rotated unless the task's spec says otherwise (../logopts.ts).
  logRotation?: LogRotation
}

type State = 'new' | 'prepared' | 'starting' | 'running' | 'exiting' | 'exited' | 'failed' | 'detached' | 'removed'

export class ProcessExecutor implements Executor {
  readonly runtime = 'process'
  readonly shell: string
  readonly logger: AgentLogger
  readonly logRotation: LogRotation
  private readonly pollIntervalMs: number
  private spawnerInstance: Spawner | null = null
  private readonly running = new Set<ProcessController>()
  private readonly byPid = new Map<number, ProcessController>() // started by the current helper
  private readonly earlyExits = new Map<string, { code: number | null; signal: string | null; at: number }>()
  private readonly lookups = new Map<string, { at: number; result: Promise<string> }>()
  private envTool: Promise<string | null> | null = null
  private nsenterTool: Promise<string | null> | null = null
  private readonly dirs = new Map<string, Promise<unknown>>()
  private scan: { at: number; result: Promise<Map<string, number>> } | null = null
  private diskBusy = 0
  private readonly diskQueue: (() => void)[] = []
  private ticker: NodeJS.Timeout | null = null
  private tickCount = 0
  private closed = false

  constructor(opts: ProcessExecutorOptions = {}) {
    this.shell = opts.shell ?? '/bin/sh'
    this.logger = opts.logger ?? defaultLogger
    this.pollIntervalMs = opts.pollIntervalMs ?? 1000
    this.logRotation = opts.logRotation ?? DEFAULT_LOG_ROTATION
  }

  async available(): Promise<boolean> {
    if (process.platform !== 'linux') return false
    try {
      await fsp.access(this.shell, fsp.constants.X_OK)
      await fsp.access('/proc/self/stat', fsp.constants.R_OK)
      return true
    } catch {
      return false
    }
  }

  controller(task: AssignedTask, dir: string, secretsDir?: string, configsDir?: string, netnsPath?: string): ProcessController {
    return new ProcessController(this, task, dir, secretsDir, configsDir, netnsPath)
  }

  async adopt(task: AssignedTask, dir: string, handle: RuntimeHandle | null, opts: AdoptOptions = {}): Promise<ProcessController> {
    const c = new ProcessController(this, task, dir)
    await c.attach(handle, opts.terminal ?? false)
    return c
  }

  async cleanup(dir: string): Promise<void> {
    const pid = (await this.scanWrappers()).get(taskFiles(dir).exit)
    if (pid !== undefined) await signalTask(pid, 'SIGKILL')
    await fsp.rm(dir, { recursive: true, force: true })
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.ticker) clearInterval(this.ticker)
    this.ticker = null
    const spawner = this.spawnerInstance
    this.spawnerInstance = null
    await spawner?.close()
  }

  // ---- for ProcessController ----

  get spawner(): Spawner {
    if (this.closed) throw new ExecError('StartFailed', 'process executor is closed')
    if (!this.spawnerInstance) {
      this.spawnerInstance = new Spawner(
        (pid, startTime, code, signal) => this.onHelperExit(pid, startTime, code, signal),
        (pids) => this.onHelperLost(pids),
        (line) => this.logger.warn('spawner helper', { line }),
      )
    }
    return this.spawnerInstance
  }

  track(c: ProcessController, pid: number, viaHelper: boolean): void {
    this.running.add(c)
    if (viaHelper) {
      this.byPid.set(pid, c)
      const key = `${pid}/${c.handle?.startTime}`
      const early = this.earlyExits.get(key)
      if (early) {
        this.earlyExits.delete(key)
        c.onHelperExit(early.code, early.signal)
      }
    }
    this.updateTicker()
  }

  untrack(c: ProcessController, pid: number | undefined): void {
    this.running.delete(c)
    if (pid !== undefined && this.byPid.get(pid) === c) this.byPid.delete(pid)
    this.updateTicker()
  }

  private onHelperExit(pid: number, startTime: number, code: number | null, signal: string | null): void {
    const c = this.byPid.get(pid)
    if (c && c.handle?.startTime === startTime) c.onHelperExit(code, signal)
    // The exit notice can overtake the start confirmation's continuation; keep it until
    // the controller registers.
    else this.earlyExits.set(`${pid}/${startTime}`, { code, signal, at: Date.now() })
  }

  private onHelperLost(pids: number[]): void {
    for (const pid of pids) {
      const c = this.byPid.get(pid)
      if (!c) continue
      this.byPid.delete(pid)
      c.supervisedByHelper = false
      void c.checkAlive()
    }
  }

  // A ticker only while something runs: it keeps the agent's process alive exactly as long
  // as there are tasks to supervise.
  private updateTicker(): void {
    if (this.running.size > 0 && !this.ticker && !this.closed) {
      this.ticker = setInterval(() => this.tick(), this.pollIntervalMs)
    } else if (this.running.size === 0 && this.ticker) {
      clearInterval(this.ticker)
      this.ticker = null
    }
  }

  private tick(): void {
    this.tickCount++
    let i = 0
    for (const c of this.running) {
      if (!c.supervisedByHelper) void c.checkAlive()
      // Spread the output polls over ticks instead of statting every file at once.
      if (c.watchFailed || (this.tickCount + i) % OUTPUT_POLL_TICKS === 0) void c.pollOutput()
      i++
    }
    const now = Date.now()
    for (const [key, e] of this.earlyExits) if (now - e.at > EARLY_EXIT_TTL_MS) this.earlyExits.delete(key)
  }

  // PATH lookups are cached briefly: 1,000 replicas of one service resolve once.
  resolveExecutable(name: string, searchPath: string): Promise<string> {
    const key = `${searchPath}\0${name}`
    const now = Date.now()
    const hit = this.lookups.get(key)
    if (hit && now - hit.at < LOOKUP_TTL_MS) return hit.result
    const result = resolveExecutable(name, searchPath)
    this.lookups.set(key, { at: now, result })
    if (this.lookups.size > 1000) {
      for (const [k, v] of this.lookups) if (now - v.at >= LOOKUP_TTL_MS) this.lookups.delete(k)
    }
    return result
  }

  // Bounds the tasks creating their files at once. Unbounded, 1,000 tasks assigned together
  // would all finish preparing at about the same time (the thread pool is FIFO) and only
  // then start spawning; bounded, the first ones spawn while later ones still prepare.
  async diskSlot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.diskBusy >= DISK_SLOTS) await new Promise<void>((resolve) => this.diskQueue.push(resolve))
    else this.diskBusy++
    try {
      return await fn()
    } finally {
      const next = this.diskQueue.shift()
      if (next) next()
      else this.diskBusy--
    }
  }

  // Parent directories are created once, not once per task.
  ensureDir(dir: string, again = false): Promise<unknown> {
    let p = again ? undefined : this.dirs.get(dir)
    if (!p) {
      p = fsp.mkdir(dir, { recursive: true })
      p.catch(() => this.dirs.delete(dir))
      this.dirs.set(dir, p)
    }
    return p
  }

  // Every live task wrapper on the host, by exit file: found from command lines, for
  // the rare starts whose pid was never recorded. One /proc walk serves every caller
  // within SCAN_TTL_MS (after an agent crash in a mass start, a thousand tasks ask at
  // once).
  scanWrappers(): Promise<Map<string, number>> {
    const now = Date.now()
    if (this.scan && now - this.scan.at < SCAN_TTL_MS) return this.scan.result
    const result = scanWrappers(this.shell)
    this.scan = { at: now, result }
    return result
  }

  envCommand(): Promise<string | null> {
    if (!this.envTool) this.envTool = firstExecutable(['/usr/bin/env', '/bin/env'])
    return this.envTool
  }

  // nsenter(1) (util-linux), which starts the wrappers of tasks that have a network
  // namespace of their own.
  nsenterCommand(): Promise<string | null> {
    if (!this.nsenterTool) this.nsenterTool = firstExecutable(['/usr/bin/nsenter', '/bin/nsenter', '/usr/sbin/nsenter', '/sbin/nsenter'])
    return this.nsenterTool
  }
}

export class ProcessController implements Controller {
  handle: RuntimeHandle | undefined
  supervisedByHelper = false
  watchFailed = false
  private state: State = 'new'
  private readonly files: ReturnType<typeof taskFiles>
  private readonly log: TaskLog
  private readonly output: OutputCollector
  private watcher: FSWatcher | null = null
  private argv: string[] = []
  private nsenter: string | null = null
  private env: Record<string, string> = {}
  private readonly exited: Deferred<ExitInfo>
  private starting: Promise<unknown> | null = null
  private fresh = false // prepare() created the task directory: nothing can have run from it
  private fastPoll: NodeJS.Timeout | null = null
  private checking = false

  constructor(
    private readonly executor: ProcessExecutor,
    readonly task: AssignedTask,
    readonly dir: string,
    private readonly secretsDir?: string,
    private readonly configsDir?: string,
    private readonly netnsPath?: string,
  ) {
    this.files = taskFiles(dir)
    this.log = new TaskLog(dir, { rotation: rotationFor(task, executor) })
    this.output = new OutputCollector(dir, this.log, (err) => executor.logger.warn('reading task output', { taskId: task.id, err: errorMessage(err) }), {
      // Back-pressure on a task that writes faster than its output is kept: its processes
      // are stopped (SIGSTOP to its group) until the collector has caught up, as a writer
      // to a full pipe would block. A task sees only the SIGCONT after each pause.
      flow: { pause: () => this.pauseWriters(), resume: () => this.signal('SIGCONT') },
    })
    this.exited = deferred<ExitInfo>()
    this.exited.promise.catch(() => undefined) // 'Detached' with nobody waiting is fine
  }

  async prepare(): Promise<void> {
    if (this.state !== 'new') throw new ExecError('InvalidState', `prepare in state ${this.state}`)
    try {
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
      this.state = 'prepared'
    } catch (err) {
      this.state = 'failed'
      this.log.abandon()
      if (err instanceof ExecError) throw err
      throw new ExecError('Rejected', `preparing task: ${errorMessage(err)}`, { cause: err })
    }
  }

  start(): Promise<RuntimeHandle> {
    if (this.state !== 'prepared') return Promise.reject(new ExecError('InvalidState', `start in state ${this.state}`))
    this.state = 'starting'
    const run = this.doStart()
    this.starting = run.catch(() => undefined)
    return run
  }

  private async doStart(): Promise<RuntimeHandle> {
    try {
      if (this.fresh) {
        this.output.openFresh()
      } else {
        await this.output.open()
      }
      // Watch before spawning: output and the exit file can appear at once.
      this.watch()
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
      if (this.state === 'starting') {
        this.state = 'failed'
        this.unwatch()
        await this.output.finish()
      }
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
    this.state = 'starting'
    this.handle = handle ?? undefined
    if (!(await exists(this.dir))) {
      // Nothing was ever started here (or the directory was deleted): no process to
      // supervise, no output to serve.
      this.log.abandon()
      this.settle(unknownExit('the task directory is missing'))
      return
    }
    await this.output.open()
    if (terminal) {
      await this.output.finish()
      this.settle((await this.readExitFile()) ?? unknownExit('the task ended before the agent restarted'))
      return
    }
    this.watch()
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

  wait(): Promise<ExitInfo> {
    return this.exited.promise
  }

  async shutdown(graceMs: number): Promise<void> {
    if (this.starting) await this.starting
    if (this.state === 'exiting') {
      await this.exited.promise.catch(() => undefined)
      return
    }
    if (this.state !== 'running' || !this.handle) return
    await this.signal('SIGTERM')
    // A task stopped for back-pressure handles its SIGTERM only once continued.
    await this.signal('SIGCONT')
    if (!this.supervisedByHelper) this.pollFast()
    const done = await settledWithin(this.exited.promise, graceMs)
    if (!done && this.state === 'running') await this.signal('SIGKILL')
    await this.exited.promise.catch(() => undefined)
  }

  async remove(): Promise<void> {
    if (this.state === 'starting' || this.state === 'running' || this.state === 'exiting' || this.state === 'detached') {
      throw new ExecError('InvalidState', `cannot remove a task in state ${this.state}`)
    }
    if (this.state === 'new' || this.state === 'prepared') this.log.abandon()
    await this.output.close()
    this.state = 'removed'
    await fsp.rm(this.dir, { recursive: true, force: true })
  }

  logs(opts: LogReadOptions = {}): AsyncIterable<LogRecord> {
    return this.log.read(opts)
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
    const pid = this.handle?.pid
    this.state = 'detached'
    this.unwatch()
    this.stopFastPoll()
    this.executor.untrack(this, pid)
    await this.output.close()
    this.exited.reject(new ExecError('Detached', 'agent stopped supervising the task'))
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

  async pollOutput(): Promise<void> {
    if (this.state === 'running' && (await this.output.behind())) this.output.poke()
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

  private settle(info: ExitInfo): void {
    this.state = 'exited'
    this.exited.resolve(info)
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
  private async pauseWriters(): Promise<boolean> {
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

  private watch(): void {
    if (this.watcher) return
    try {
      // Our own writes to log and log.pos land in the same directory; their events are
      // filtered out by name (cheaper than a subdirectory per task).
      this.watcher = watch(this.dir, { persistent: false }, (_event, filename) => {
        if (filename === 'stdout' || filename === 'stderr' || filename === null) this.output.poke()
        else if (filename === 'exit') this.onExitFile()
      })
      this.watcher.on('error', () => {
        this.watchFailed = true
        this.unwatch()
      })
    } catch (err) {
      // Out of inotify watches: the tick polls this task instead.
      this.watchFailed = true
      this.executor.logger.warn('watching task output; falling back to polling', {
        taskId: this.task.id,
        err: errorMessage(err),
      })
    }
  }

  private unwatch(): void {
    this.watcher?.close()
    this.watcher = null
  }
}

// ---- helpers ----

function taskFiles(dir: string) {
  return {
    stdout: path.join(dir, 'stdout'),
    stderr: path.join(dir, 'stderr'),
    exit: path.join(dir, 'exit'),
  }
}

function buildEnv(entries: string[]): { env: Record<string, string>; plain: boolean } {
  const env: Record<string, string> = { PATH: DEFAULT_PATH, HOME: homedir() }
  let plain = true
  for (const e of entries) {
    const eq = e.indexOf('=')
    if (eq <= 0) throw new ExecError('Rejected', `invalid environment entry "${e}": expected KEY=VALUE`)
    if (e.includes('\0')) throw new ExecError('Rejected', `environment entry "${e.slice(0, eq)}" contains a NUL byte`)
    const key = e.slice(0, eq)
    env[key] = e.slice(eq + 1)
    if (!SHELL_NAME.test(key)) plain = false
  }
  return { env, plain }
}

async function resolveExecutable(name: string, searchPath: string): Promise<string> {
  if (name === '') throw new ExecError('Rejected', 'no executable given (spec.image is empty)')
  if (name.includes('\0')) throw new ExecError('Rejected', 'executable name contains a NUL byte')
  if (name.includes('/')) {
    if (!path.isAbsolute(name)) {
      throw new ExecError('Rejected', `executable path "${name}" must be absolute (or a bare name looked up in PATH)`)
    }
    const problem = await executableProblem(name)
    if (problem === 'missing') throw new ExecError('Rejected', `executable "${name}" not found`)
    if (problem) throw new ExecError('Rejected', `executable "${name}" ${problem}`)
    return name
  }
  let denied: string | null = null
  for (const dir of searchPath.split(':')) {
    // Relative PATH entries would resolve against the task's scratch directory: skip.
    if (!path.isAbsolute(dir)) continue
    const candidate = path.join(dir, name)
    const problem = await executableProblem(candidate)
    if (problem === null) return candidate
    if (problem !== 'missing' && denied === null) denied = candidate
  }
  if (denied) throw new ExecError('Rejected', `executable "${name}" found in PATH at ${denied} but it is not executable`)
  throw new ExecError('Rejected', `executable "${name}" not found in PATH`)
}

async function executableProblem(file: string): Promise<string | null> {
  try {
    const st = await fsp.stat(file)
    if (!st.isFile()) return 'is not a regular file'
    await fsp.access(file, fsp.constants.X_OK)
    return null
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
    if (code === 'EACCES') return 'is not executable'
    return errorMessage(err)
  }
}

// Live wrappers (session leaders running WRAPPER_SCRIPT), keyed by the exit file their
// command line names; the program's own command line never does.
async function scanWrappers(shell: string): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  for (const name of await fsp.readdir('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid) || pid <= 0) continue
    try {
      const cmd = await readCmdline(pid)
      if (!cmd || cmd[0] !== shell || cmd[1] !== '-c' || cmd[2] !== WRAPPER_SCRIPT || cmd.length < 5) continue
      const stat = await readStat(pid)
      if (isLive(stat) && stat.pgrp === pid) found.set(cmd[4], pid)
    } catch {
      // gone, or not ours to read
    }
  }
  return found
}

async function firstExecutable(paths: string[]): Promise<string | null> {
  for (const p of paths) {
    try {
      await fsp.access(p, fsp.constants.X_OK)
      return p
    } catch {
      // next
    }
  }
  return null
}

// Whether pid is the wrapper of this task: its command line names the task's exit file,
// which a process that reused the pid would not.
async function ownsProcess(pid: number, exitFile: string): Promise<boolean> {
  const cmd = await readCmdline(pid)
  return cmd !== null && cmd.includes(exitFile)
}

function killGroup(pgid: number, sig: NodeJS.Signals): void {
  // kill(-0) and kill(-1) would signal the agent's own group and every process it may
  // signal: never for an unknown pid.
  if (!(pgid > 1)) return
  try {
    process.kill(-pgid, sig)
  } catch {
    // ESRCH: the group is empty
  }
}

// The whole process group, plus any child of the wrapper that moved to a group of its own
// (setpgid/setsid) and would otherwise escape.
async function signalTask(pid: number, sig: NodeJS.Signals): Promise<void> {
  if (!(pid > 1)) return
  killGroup(pid, sig)
  for (const child of await childrenOf(pid)) {
    const stat = await readStat(child)
    if (stat && stat.pgrp !== pid) {
      try {
        process.kill(child, sig)
      } catch {
        // gone
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
