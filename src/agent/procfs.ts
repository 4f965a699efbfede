// Reading /proc: the only way, without a native helper, to tell whether a pid still names
// the process we started (pids are reused) and to find the processes of a task.
import { promises as fsp, readFileSync } from 'node:fs'

export interface ProcStat {
  pid: number
  state: string // R, S, D, Z, T, ...
  ppid: number
  pgrp: number
  session: number
  startTime: number // clock ticks after boot (field 22): with the boot id, unique per process
}

export function parseStat(text: string): ProcStat | null {
  // Field 2 (comm) is in parentheses and may itself contain spaces and ')': the fields
  // after the last ')' are the fixed ones.
  const close = text.lastIndexOf(')')
  if (close < 0) return null
  const f = text.slice(close + 2).split(' ')
  if (f.length < 20) return null
  // f[0] is field 3 (state); field n is f[n - 3].
  return {
    pid: parseInt(text, 10),
    state: f[0],
    ppid: Number(f[1]),
    pgrp: Number(f[2]),
    session: Number(f[3]),
    startTime: Number(f[19]),
  }
}

function gone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ESRCH'
}

export async function readStat(pid: number): Promise<ProcStat | null> {
  try {
    return parseStat(await fsp.readFile(`/proc/${pid}/stat`, 'latin1'))
  } catch (err) {
    if (gone(err)) return null
    throw err
  }
}

export function readStatSync(pid: number): ProcStat | null {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'latin1'))
  } catch (err) {
    if (gone(err)) return null
    throw err
  }
}

export async function readCmdline(pid: number): Promise<string[] | null> {
  try {
    const raw = await fsp.readFile(`/proc/${pid}/cmdline`, 'utf8')
    if (raw === '') return null // zombie or kernel thread
    return raw.replace(/\0$/, '').split('\0')
  } catch (err) {
    if (gone(err)) return null
    throw err
  }
}

// Direct children of pid (CONFIG_PROC_CHILDREN, present on mainstream kernels); [] when
// the kernel lacks the file or the process is gone.
export async function childrenOf(pid: number): Promise<number[]> {
  try {
    const raw = await fsp.readFile(`/proc/${pid}/task/${pid}/children`, 'latin1')
    return raw.split(' ').filter((s) => s !== '').map(Number)
  } catch {
    return []
  }
}

let cachedBootId: string | undefined

// Changes at every boot: a recorded (pid, start time) from an earlier boot names nothing.
export function bootId(): string {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'latin1').trim()
    } catch {
      cachedBootId = ''
    }
  }
  return cachedBootId
}

// A zombie has exited; only its parent has not collected the status yet.
export function isLive(stat: ProcStat | null): stat is ProcStat {
  return stat !== null && stat.state !== 'Z' && stat.state !== 'X'
}
