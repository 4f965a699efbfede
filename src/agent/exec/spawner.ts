// Starts task processes from a small helper process instead of the agent itself.
//
// Why: on Linux, Node's child_process.spawn forks the calling process synchronously, and
// fork copies the page tables of the whole address space. The agent shares its process
// with the manager (Raft store, gRPC), so its heap is large: measured here, spawn costs
// 0.6 ms with a 50 MB heap and 17 ms with 300 MB, during which the event loop (Raft
// ticks, heartbeats) stands still; 1,000 tasks would block it for seconds. The helper is
// a bare Node process with a small heap that does only this, so a spawn costs the same
// whatever the agent's size, and the agent's loop just sends messages.
//
// The helper opens the task's stdout/stderr files (for appending) and hands them to the
// child as fds, so the process writes its output straight to disk.
//
// The helper is the parent of the processes it starts and forwards their exit status,
// but nothing depends on it for correctness: every task records its own exit status in a
// file (see process.ts), and the helper exits when the agent's IPC channel closes,
// leaving the tasks (in their own sessions) to init.
import { fork, spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import { readStatSync } from '../procfs'

export interface SpawnRequest {
  file: string
  args: string[]
  argv0?: string
  cwd: string
  env: Record<string, string>
  stdout: string // opened for appending (created if missing)
  stderr: string
}

export interface Spawned {
  pid: number
  startTime: number
}

export interface SpawnError extends Error {
  code?: string
}

type ToHelper = { t: 'spawn'; id: number; req: SpawnRequest }
type FromHelper =
  | { t: 'spawned'; id: number; pid: number; startTime: number }
  | { t: 'failed'; id: number; code: string; message: string }
  | { t: 'exit'; pid: number; startTime: number; code: number | null; signal: string | null }

// (pid, startTime) names the process: the pid alone may be reused by the time the
// notice is handled.
export type ExitListener = (pid: number, startTime: number, code: number | null, signal: string | null) => void
// The helper went away: processes it started no longer report their exit through it.
export type LostListener = (pids: number[]) => void

export class Spawner {
  private child: ChildProcess | null = null
  private readonly pending = new Map<number, { resolve: (s: Spawned) => void; reject: (e: Error) => void }>()
  private readonly children = new Set<number>()
  private seq = 0
  private closed = false

  constructor(
    private readonly onExit: ExitListener,
    private readonly onLost: LostListener,
    private readonly onStderr: (line: string) => void,
  ) {}

  spawn(req: SpawnRequest): Promise<Spawned> {
    if (this.closed) return Promise.reject(new Error('spawner is closed'))
    const child = this.child ?? this.startHelper()
    const id = ++this.seq
    return new Promise<Spawned>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.updateRef()
      const msg: ToHelper = { t: 'spawn', id, req }
      child.send(msg, (err) => {
        if (err && this.pending.delete(id)) {
          this.updateRef()
          reject(err)
        }
      })
    })
  }

  // Ends the helper; processes it started keep running.
  async close(): Promise<void> {
    this.closed = true
    const child = this.child
    if (!child) return
    const exited = new Promise<void>((resolve) => {
      if (this.child !== child) resolve()
      else child.once('exit', () => resolve())
    })
    if (child.connected) child.disconnect()
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000)
    await exited
    clearTimeout(timer)
  }

  private startHelper(): ChildProcess {
    const child = fork(__filename, [], {
      // A small heap keeps the helper's own forks cheap; no inherited flags (a test
      // runner's or the agent's) belong in it.
      execArgv: ['--max-old-space-size=64'],
      env: {},
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    })
    this.child = child
    let errBuf = ''
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (d: string) => {
      errBuf += d
      let nl: number
      while ((nl = errBuf.indexOf('\n')) >= 0) {
        this.onStderr(errBuf.slice(0, nl))
        errBuf = errBuf.slice(nl + 1)
      }
    })
    child.on('message', (m: FromHelper) => this.onMessage(m))
    const gone = (why: string) => {
      if (this.child !== child) return
      this.child = null
      const err: SpawnError = new Error(`spawner helper ${why} before confirming the start`)
      err.code = 'SpawnerLost'
      for (const p of this.pending.values()) p.reject(err)
      this.pending.clear()
      const lost = [...this.children]
      this.children.clear()
      if (lost.length > 0) this.onLost(lost)
    }
    child.on('error', (err) => {
      this.onStderr(`spawner helper: ${err.message}`)
      // A helper that could not be started at all never emits 'exit'.
      if (child.pid === undefined) gone(`failed to start (${err.message})`)
    })
    child.once('exit', (code, signal) => gone(`exited (${signal ?? code})`))
    this.updateRef()
    return child
  }

  private onMessage(m: FromHelper): void {
    if (m.t === 'exit') {
      this.children.delete(m.pid)
      this.onExit(m.pid, m.startTime, m.code, m.signal)
      return
    }
    const p = this.pending.get(m.id)
    if (!p) return
    this.pending.delete(m.id)
    this.updateRef()
    if (m.t === 'spawned') {
      this.children.add(m.pid)
      p.resolve({ pid: m.pid, startTime: m.startTime })
    } else {
      const err: SpawnError = new Error(m.message)
      err.code = m.code
      p.reject(err)
    }
  }

  // The helper must not keep the agent's process alive by itself, but must while a
  // start is in flight (or a caller awaiting it could see the loop exit under it).
  private updateRef(): void {
    const child = this.child
    if (!child) return
    const channel = child.channel as { ref?: () => void; unref?: () => void } | null | undefined
    if (this.pending.size > 0) {
      child.ref()
      channel?.ref?.()
    } else {
      child.unref()
      channel?.unref?.()
      ;(child.stderr as { unref?: () => void } | null)?.unref?.()
    }
  }
}

// ---- the helper process ----

function helperMain(): void {
  const send = (m: FromHelper) => {
    // With a callback, a failed send (the agent just went away) is not an 'error' event.
    if (process.connected) process.send?.(m, undefined, {}, () => undefined)
  }
  // The agent is gone: start nothing more (what it asked for and did not see confirmed,
  // a restarted agent finds or declares lost) and leave the tasks to init.
  process.on('disconnect', () => process.exit(0))
  process.on('message', (m: ToHelper) => {
    if (m.t !== 'spawn' || !process.connected) return
    const { id, req } = m
    let out = -1
    let err = -1
    try {
      const c = fs.constants
      out = fs.openSync(req.stdout, c.O_WRONLY | c.O_APPEND | c.O_CREAT, 0o640)
      err = fs.openSync(req.stderr, c.O_WRONLY | c.O_APPEND | c.O_CREAT, 0o640)
      let child: ChildProcess
      try {
        child = spawn(req.file, req.args, {
          argv0: req.argv0,
          cwd: req.cwd,
          env: req.env,
          detached: true, // own session and process group: survives the agent, signalled as one
          stdio: ['ignore', out, err],
        })
      } catch (e) {
        send({ t: 'failed', id, code: (e as NodeJS.ErrnoException).code ?? 'EINVAL', message: (e as Error).message })
        return
      }
      const pid = child.pid
      if (pid === undefined) {
        // exec failures (ENOENT, EACCES, EAGAIN) arrive as an 'error' event.
        child.once('error', (e: NodeJS.ErrnoException) => send({ t: 'failed', id, code: e.code ?? 'EIO', message: e.message }))
        return
      }
      // Read now: the child cannot have been reaped yet (that happens on this loop), so
      // its start time is there even if it already exited.
      const startTime = readStatSync(pid)?.startTime ?? 0
      child.on('error', () => undefined)
      child.once('exit', (code, signal) => send({ t: 'exit', pid, startTime, code, signal }))
      child.unref()
      send({ t: 'spawned', id, pid, startTime })
    } catch (e) {
      send({ t: 'failed', id, code: (e as NodeJS.ErrnoException).code ?? 'EIO', message: (e as Error).message })
    } finally {
      if (out >= 0) fs.closeSync(out)
      if (err >= 0) fs.closeSync(err)
    }
  })
}

if (require.main === module && process.send) helperMain()
