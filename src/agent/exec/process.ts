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
import { promises as fsp } from 'node:fs'
import type { AssignedTask } from '../types'
import { ExecError, type AdoptOptions, type Executor, type RuntimeHandle } from '../executor'
import { Spawner } from './spawner'
import { defaultLogger, type AgentLogger } from '../logger'
import { DEFAULT_LOG_ROTATION, type LogRotation } from '../logopts'
import { firstExecutable, resolveExecutable, scanWrappers, signalTask, taskFiles } from './process-host'
import { ProcessController, SCAN_TTL_MS } from './process-controller'

export { ProcessController } from './process-controller'

const LOOKUP_TTL_MS = 2000
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

  // A process without networks runs in the node's namespace, as any host process.
  sharesNodeNetwork(): boolean {
    return true
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
