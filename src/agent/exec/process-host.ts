// Host-side pieces of the process runtime (./process.ts): the wrapper that runs each task
// and records its exit status, finding wrappers again in /proc, executable lookup, the
// task's environment, and signalling a task's processes.
import * as path from 'node:path'
import { homedir } from 'node:os'
import { promises as fsp } from 'node:fs'
import { ExecError } from '../executor'
import { childrenOf, isLive, readCmdline, readStat } from '../procfs'
import { errorMessage } from '../logger'
import { DEFAULT_PATH } from './oci-spec'

// $1 exit file, then the program and its arguments. "$@" passes every argument as one
// word whatever it contains: nothing from the spec is ever parsed by the shell. POSIX
// keeps $? across a trap action, so a trapped TERM does not mask the status.
export const WRAPPER_SCRIPT = 'trap : HUP INT QUIT TERM USR1 USR2; e=$1; shift; "$@"; s=$?; echo $s >"$e"; exit $s'

const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export function taskFiles(dir: string) {
  return {
    stdout: path.join(dir, 'stdout'),
    stderr: path.join(dir, 'stderr'),
    exit: path.join(dir, 'exit'),
  }
}

export function buildEnv(entries: string[]): { env: Record<string, string>; plain: boolean } {
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

export async function resolveExecutable(name: string, searchPath: string): Promise<string> {
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
export async function scanWrappers(shell: string): Promise<Map<string, number>> {
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

export async function firstExecutable(paths: string[]): Promise<string | null> {
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
export async function ownsProcess(pid: number, exitFile: string): Promise<boolean> {
  const cmd = await readCmdline(pid)
  return cmd !== null && cmd.includes(exitFile)
}

export function killGroup(pgid: number, sig: NodeJS.Signals): void {
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
export async function signalTask(pid: number, sig: NodeJS.Signals): Promise<void> {
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

