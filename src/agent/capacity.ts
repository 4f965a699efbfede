// How many tasks this node will hold at once, as it advertises it to the managers
// (NodeDescription.max_tasks): the scheduler places no more here (CapacityFilter), so a
// service of two million replicas waits pending instead of fork-bombing the host.
//
// The default is the smaller of two bounds, each leaving the host room of its own:
//   - pids: every task costs at least two (the process runtime's wrapper shell and the
//     program; a container's shim and init likewise) and many programs start more. A task
//     is budgeted PIDS_PER_TASK, and tasks together may take half of the smallest pid
//     limit that applies: kernel.pid_max, kernel.threads-max (threads count as pids) and
//     the pids cgroup limit of the daemon's own cgroup (v1 or v2), when there is one.
//   - memory: a floor of MEMORY_PER_TASK each out of the host's memory, or the daemon's
//     memory cgroup limit when lower (docker's smallest container memory limit is 6 MB;
//     a task here also has its share of the agent's bookkeeping and log buffers).
// On this project's VM (pid_max 32768, 24 GiB): min(32768 / 2 / 8, 24 GiB / 8 MiB) =
// min(2048, 3072) = 2048. `shoal daemon --max-tasks N` sets it outright.
import * as fs from 'node:fs'
import * as os from 'node:os'

export const PIDS_PER_TASK = 8
export const MEMORY_PER_TASK = 8 * 1024 * 1024
// What --max-tasks accepts: a count one host can conceivably run.
export const MAX_TASKS_LIMIT = 1_000_000

export interface HostLimits {
  pidMax: number | null
  threadsMax: number | null
  cgroupPids: number | null // null: no pids cgroup limit
  memoryBytes: number
  cgroupMemoryBytes: number | null
}

export function defaultMaxTasks(limits: HostLimits = readHostLimits()): number {
  const pids = [limits.pidMax, limits.threadsMax, limits.cgroupPids].filter((v): v is number => v !== null && v > 0)
  const byPids = pids.length > 0 ? Math.floor(Math.min(...pids) / 2 / PIDS_PER_TASK) : MAX_TASKS_LIMIT
  const memory = limits.cgroupMemoryBytes !== null && limits.cgroupMemoryBytes > 0 ? Math.min(limits.memoryBytes, limits.cgroupMemoryBytes) : limits.memoryBytes
  const byMemory = Math.floor(memory / MEMORY_PER_TASK)
  return Math.max(1, Math.min(byPids, byMemory, MAX_TASKS_LIMIT))
}

// A --max-tasks value, checked.
export function parseMaxTasks(text: string): number {
  const n = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1 || n > MAX_TASKS_LIMIT) {
    throw new Error(`invalid --max-tasks "${text}": expected a whole number from 1 to ${MAX_TASKS_LIMIT}`)
  }
  return n
}

export function readHostLimits(): HostLimits {
  return {
    pidMax: readNumber('/proc/sys/kernel/pid_max'),
    threadsMax: readNumber('/proc/sys/kernel/threads-max'),
    cgroupPids: cgroupLimit('pids', 'pids.max', 'pids.max'),
    memoryBytes: os.totalmem(),
    cgroupMemoryBytes: cgroupLimit('memory', 'memory.limit_in_bytes', 'memory.max'),
  }
}

// The limit `v1file` (cgroup v1 `controller` hierarchy) or `v2file` (the unified one) sets
// on this process's cgroup, or null when none does ("max", absent, unreadable; v1's
// "unlimited" memory is a huge number, which the caller's min() ignores).
function cgroupLimit(controller: string, v1file: string, v2file: string): number | null {
  let lines: string[]
  try {
    lines = fs.readFileSync('/proc/self/cgroup', 'utf8').split('\n')
  } catch {
    return null
  }
  const found: number[] = []
  for (const line of lines) {
    // "4:memory:/some/path", or "0::/path" for v2.
    const m = /^(\d+):([^:]*):(.*)$/.exec(line)
    if (!m) continue
    const [, , controllers, cgPath] = m
    if (controllers.split(',').includes(controller)) {
      const v = readNumber(`/sys/fs/cgroup/${controller}${cgPath}/${v1file}`)
      if (v !== null) found.push(v)
    } else if (controllers === '') {
      // v2: the unified hierarchy is at /sys/fs/cgroup itself or /sys/fs/cgroup/unified
      // beside v1 controllers.
      for (const root of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
        const v = readNumber(`${root}${cgPath === '/' ? '' : cgPath}/${v2file}`)
        if (v !== null) found.push(v)
      }
    }
  }
  return found.length > 0 ? Math.min(...found) : null
}

function readNumber(file: string): number | null {
  try {
    const text = fs.readFileSync(file, 'utf8').trim()
    if (!/^\d+$/.test(text)) return null // "max"
    const n = Number(text)
    return Number.isFinite(n) ? n : null
  } catch {
    return null
  }
}
