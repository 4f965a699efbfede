// The executor interface, shaped as SwarmKit's agent/exec: the agent drives a task's
// lifecycle through a Controller and never learns how a runtime runs things. One file per
// runtime under exec/.
import type { AssignedTask } from './types'
import type { LogReadOptions, LogRecord } from './tasklog'

// What the agent persists about a started task so a restarted agent can find the same
// process again. The (pid, startTime, bootId) triple names one process for the life of
// the host: a pid alone is reused.
export interface RuntimeHandle {
  pid: number
  startTime: number // /proc/<pid>/stat field 22, 0 when unknown
  bootId: string
}

export interface ExitInfo {
  // The task's exit code; a process killed by signal N reports 128 + N as a shell does.
  // null when nobody observed the exit (the process died while the agent was down and
  // left no record of its status).
  exitCode: number | null
  signal?: string
  time: number // ms since epoch, when the agent observed the exit
  reason?: string // set when exitCode is null: what is known
  oomKilled?: boolean // the kernel's OOM killer ended it (container runtime: cgroup memory limit)
  unhealthy?: boolean // stopped because its health check failed (container runtime)
}

// An exit nobody observed: what is known instead of a status.
export function unknownExit(reason: string): ExitInfo {
  return { exitCode: null, time: Date.now(), reason }
}

export type ExecErrorCode =
  | 'Rejected' // the task can never run here (bad spec, missing executable): REJECTED
  | 'StartFailed' // the runtime failed to start it: FAILED
  | 'Detached' // the controller was detached (agent stopping); not a task outcome
  | 'InvalidState' // a method called out of order: a bug in the caller

export class ExecError extends Error {
  constructor(
    readonly code: ExecErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'ExecError'
  }
}

// One task on one runtime. The agent calls prepare → start → wait, and shutdown/remove
// when the manager says so; every method is safe to call once per task.
export interface Controller {
  // Validates the spec and sets up what the task needs. Throws ExecError('Rejected')
  // for problems that retrying cannot fix.
  prepare(): Promise<void>
  // Starts the task's process and resolves once it runs. In a task directory an earlier
  // agent already used (it died mid-start and its record was lost), whatever ran there
  // (a live process, or its recorded exit) is taken over instead of starting another.
  start(): Promise<RuntimeHandle>
  // Resolves once the process has exited and its output has been collected.
  wait(): Promise<ExitInfo>
  // Runtimes with health checks: resolves true once the task is healthy (the agent reports
  // it RUNNING only then), false if it exited or turned unhealthy first.
  healthy?(): Promise<boolean>
  // Asks the process to stop (SIGTERM), forces it after graceMs (SIGKILL) and resolves
  // once it has exited. A no-op when it is not running.
  shutdown(graceMs: number): Promise<void>
  // Deletes everything the task left on disk. Only after it has exited (or never started).
  remove(): Promise<void>
  // The task's output, in order, for docker service logs.
  logs(opts?: LogReadOptions): AsyncIterable<LogRecord>
  // Stops supervising without touching the process (agent shutdown): the process keeps
  // running and a later agent adopts it. Pending wait() calls reject with 'Detached'.
  detach(): Promise<void>
  readonly handle: RuntimeHandle | undefined
}

export interface AdoptOptions {
  // The agent already recorded the task's final state: only its logs are wanted, and the
  // recorded pid must not be trusted (it may name an unrelated process by now).
  terminal?: boolean
}

export interface Executor {
  readonly runtime: string
  // Whether this host can run the runtime; the agent advertises only available runtimes.
  available(): Promise<boolean>
  // secretsDir, configsDir: the task's secret and config files (src/agent/files.ts), when
  // it has any; the runtime makes them visible to the task (process: SHOAL_SECRETS_DIR,
  // SHOAL_CONFIGS_DIR; a container: each secret at /run/secrets/<target>, each config at
  // configContainerPath(target), its file being configsDir + that path). netnsPath: the
  // task's network namespace when it is attached to networks (./network/types.ts
  // AttachResult), which the runtime runs the task in; absent: the host's.
  controller(task: AssignedTask, dir: string, secretsDir?: string, configsDir?: string, netnsPath?: string): Controller
  // Whether `task`, given no netnsPath, runs in the node's own network namespace (process
  // tasks; containers with --network host) rather than one of its own: its host-mode
  // published ports are then its own ports.
  sharesNodeNetwork(task: AssignedTask): boolean
  // Takes over a task started by an earlier agent from the same directory. handle is the
  // one recorded by start(), null if the agent died before recording it. The returned
  // controller is running, or already exited (wait() then resolves with what is known).
  adopt(task: AssignedTask, dir: string, handle: RuntimeHandle | null, opts?: AdoptOptions): Promise<Controller>
  // Disposes of a task directory nobody owns any more (left by an agent that died before
  // recording the task): stops whatever still runs from it and deletes it.
  cleanup(dir: string): Promise<void>
  // Releases the executor's own resources (helper processes, timers). Tasks keep running.
  close(): Promise<void>
}
