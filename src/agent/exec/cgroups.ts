// What the kernel's cgroup files say about a container, on cgroup v1 (a controller
// hierarchy each, e.g. /sys/fs/cgroup/memory/<path>) and unified v2 (one tree,
// /sys/fs/cgroup/<path>). The container's cgroup is there until its task is deleted.
import { existsSync, promises as fsp } from 'node:fs'
import * as path from 'node:path'

const ROOT = '/sys/fs/cgroup'

// Whether the kernel's OOM killer killed a process of the container: v1's
// memory.oom_control "oom_kill N", v2's memory.events "oom_kill N".
export async function cgroupOomKilled(cgroupsPath: string, root = ROOT): Promise<boolean> {
  for (const file of [path.join(root, 'memory', cgroupsPath, 'memory.oom_control'), path.join(root, cgroupsPath, 'memory.events')]) {
    try {
      const m = /^oom_kill (\d+)$/m.exec(await fsp.readFile(file, 'utf8'))
      if (m) return Number(m[1]) > 0
    } catch {
      // not this hierarchy
    }
  }
  return false
}

// The files that hold a container's limits, for whichever hierarchy the host has.
export async function cgroupLimitFiles(cgroupsPath: string, root = ROOT): Promise<{ memory: string; cpuQuota: string; pids: string; version: 1 | 2 }> {
  try {
    await fsp.access(path.join(root, 'memory', cgroupsPath))
    return {
      version: 1,
      memory: path.join(root, 'memory', cgroupsPath, 'memory.limit_in_bytes'),
      cpuQuota: path.join(root, 'cpu', cgroupsPath, 'cpu.cfs_quota_us'),
      pids: path.join(root, 'pids', cgroupsPath, 'pids.max'),
    }
  } catch {
    return {
      version: 2,
      memory: path.join(root, cgroupsPath, 'memory.max'),
      cpuQuota: path.join(root, cgroupsPath, 'cpu.max'),
      pids: path.join(root, cgroupsPath, 'pids.max'),
    }
  }
}

// Why crun cannot run containers on this host, or null if it can: crun 1.8 refuses a
// hybrid hierarchy (v1 controllers with an empty v2 tree beside them, as on this
// project's machines: "cgroups in hybrid mode not supported"). crun needs the unified
// hierarchy (cgroup.controllers at the cgroup root) or a pure v1 one.
export function crunRefusal(root = ROOT): string | null {
  if (!existsSync('/usr/bin/crun') && !existsSync('/usr/local/bin/crun')) return 'crun is not installed'
  const unified = existsSync(path.join(root, 'cgroup.controllers'))
  const hybrid = !unified && (existsSync(path.join(root, 'unified')) || existsSync(path.join(root, 'systemd')))
  if (hybrid) return 'crun does not support this host\'s hybrid cgroup hierarchy (v1 controllers beside a v2 tree)'
  return null
}
