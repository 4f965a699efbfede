// Test support for code that runs real agents (the agent's own tests, and integration
// tests of components above it): task builders, a report() that records and can be
// awaited, and a sweeper that kills every process a test left behind.
import { promises as fsp, readFileSync } from 'node:fs'
import { Agent } from './agent'
import { ProcessExecutor } from './exec/process'
import { TaskState, type AssignedTask, type TaskStatusUpdate } from './types'

export function processTask(
  id: string,
  image: string,
  args: string[] = [],
  opts: { env?: string[]; desiredState?: TaskState; nodeId?: string; stopGracePeriodMs?: number } = {},
): AssignedTask {
  return {
    id,
    serviceId: 'svc1',
    serviceName: 'svc',
    slot: 1,
    nodeId: opts.nodeId ?? 'node1',
    desiredState: opts.desiredState ?? TaskState.RUNNING,
    spec: {
      runtime: 'process',
      image,
      args,
      env: opts.env ?? [],
      ...(opts.stopGracePeriodMs !== undefined ? { stopGracePeriodMs: opts.stopGracePeriodMs } : {}),
    },
  }
}

// Records what an agent reports, checks that each task's states only move forward, and
// lets a test wait (bounded) for a condition on the latest states.
export class StatusRecorder {
  readonly batches: TaskStatusUpdate[][] = []
  readonly latest = new Map<string, TaskStatusUpdate>()
  readonly history = new Map<string, TaskStatusUpdate[]>()
  readonly regressions: string[] = []
  private waiters = new Set<() => void>()

  readonly report = (updates: TaskStatusUpdate[]): void => {
    this.batches.push(updates)
    for (const u of updates) {
      const prev = this.latest.get(u.taskId)
      if (prev && u.state < prev.state) this.regressions.push(`${u.taskId}: ${prev.state} -> ${u.state}`)
      this.latest.set(u.taskId, u)
      const h = this.history.get(u.taskId) ?? []
      h.push(u)
      this.history.set(u.taskId, h)
    }
    for (const w of [...this.waiters]) w()
  }

  state(taskId: string): TaskState | undefined {
    return this.latest.get(taskId)?.state
  }

  async until(what: string, pred: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (pred()) return
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pred()) return
        cleanup()
        resolve()
      }
      const timer = setTimeout(() => {
        cleanup()
        const states = [...this.latest.values()].slice(0, 20).map((u) => `${u.taskId}=${TaskState[u.state]}`)
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; latest: ${states.join(' ')}`))
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        this.waiters.delete(check)
      }
      this.waiters.add(check)
    })
  }

  // Waits until the task has reached `state` (or passed it) and returns its latest status.
  async reached(taskId: string, state: TaskState, timeoutMs = 10_000): Promise<TaskStatusUpdate> {
    await this.until(`${taskId} to reach ${TaskState[state]}`, () => (this.state(taskId) ?? -1) >= state, timeoutMs)
    return this.latest.get(taskId)!
  }
}

// Pids of live processes whose command line contains marker (a test's temp dir appears
// in every task wrapper's command line).
export async function processesMentioning(marker: string): Promise<number[]> {
  const out: number[] = []
  for (const name of await fsp.readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const pid = Number(name)
    if (pid === process.pid) continue
    try {
      const cmd = await fsp.readFile(`/proc/${pid}/cmdline`, 'utf8')
      if (!cmd.includes(marker)) continue
      const stat = await fsp.readFile(`/proc/${pid}/stat`, 'latin1')
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
      if (state !== 'Z') out.push(pid)
    } catch {
      // exited meanwhile
    }
  }
  return out
}

// Kills (SIGKILL, with their process groups) every process whose command line contains
// marker; returns how many there were. For test cleanup that must work even when the
// test failed halfway.
export async function killProcessesMentioning(marker: string): Promise<number> {
  const pids = await processesMentioning(marker)
  for (const pid of pids) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // not a group leader
    }
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
  return pids.length
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

export async function waitFor(what: string, pred: () => boolean | Promise<boolean>, timeoutMs = 10_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await pred()) return
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

// Waits for p at most ms (for cleanup that must go on even if p hangs); true if p
// settled in time. Leaves no timer behind to hold the process open.
export async function settleWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      p.then(
        () => true,
        () => true,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ])
  } finally {
    clearTimeout(timer)
  }
}

// A process-runtime agent on `dir` that reports into `rec` and is stopped (its tasks left
// running, as a daemon shutdown leaves them) when the test ends. Register the test's own
// clean-up of `dir` after calling this, so it runs once the agent has stopped.
export function processAgent(
  t: { after(fn: () => unknown): void },
  dir: string,
  rec: StatusRecorder,
  opts: { stopGraceMs: number; reportIntervalMs?: number; stopWithinMs?: number },
): Agent {
  const agent = new Agent({
    nodeId: 'node1',
    dataDir: dir,
    executors: [new ProcessExecutor()],
    report: rec.report,
    reportIntervalMs: opts.reportIntervalMs,
    stopGraceMs: opts.stopGraceMs,
  })
  t.after(() => settleWithin(agent.stop(), opts.stopWithinMs ?? 5000))
  return agent
}
