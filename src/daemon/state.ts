// What a node remembers about its swarm membership across restarts: <dataDir>/swarm.json,
// written atomically (temp file, fsync, rename, fsync of the directory) so a kill -9
// leaves either the old or the new file, never half of one.
import * as fs from 'node:fs'
import * as path from 'node:path'

export interface SwarmState {
  nodeId: string
  clusterId: string
  raftId: number
  role: 'manager' | 'worker'
  listenAddr: string
  advertiseAddr: string
  // Workers: the managers' swarm addresses (host:port), the one joined through first.
  // Refreshed from what managers announce in sessions.
  managers?: string[]
  // Managers that joined an existing Raft group (rather than founding one with init):
  // they never bootstrap the cluster objects, and reopen their log with join semantics.
  joined?: boolean
}

export function writeFileAtomic(file: string, data: string | Buffer, mode = 0o600): void {
  const tmp = `${file}.tmp-${process.pid}`
  const fd = fs.openSync(tmp, 'w', mode)
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(tmp, file)
  const dir = fs.openSync(path.dirname(file), 'r')
  try {
    fs.fsyncSync(dir)
  } finally {
    fs.closeSync(dir)
  }
}

const stateFile = (dataDir: string) => path.join(dataDir, 'swarm.json')

export function loadSwarmState(dataDir: string): SwarmState | null {
  let text: string
  try {
    text = fs.readFileSync(stateFile(dataDir), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  const problem = parsed === undefined ? 'not JSON' : swarmStateProblem(parsed)
  if (problem) throw new Error(`${stateFile(dataDir)} is corrupt (${problem}): remove the data directory's swarm state with "shoal swarm leave --force" or restore it`)
  return parsed as SwarmState
}

// What makes a parsed swarm.json unusable, or null: checked field by field at load, so a
// damaged file stops the daemon with its name and the field, not a TypeError later.
export function swarmStateProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not an object'
  const o = v as Record<string, unknown>
  const text = (k: string, required = true): string | null =>
    o[k] === undefined && !required ? null : typeof o[k] === 'string' && (o[k] as string).length > 0 ? null : `field ${k}: expected a non-empty string`
  const problem =
    text('nodeId') ??
    text('clusterId') ??
    text('listenAddr') ??
    text('advertiseAddr', false) ??
    (Number.isSafeInteger(o.raftId) && (o.raftId as number) >= 0 ? null : 'field raftId: expected a non-negative integer') ??
    (o.role === 'manager' || o.role === 'worker' ? null : 'field role: expected "manager" or "worker"') ??
    (o.managers === undefined || (Array.isArray(o.managers) && o.managers.every((m) => typeof m === 'string')) ? null : 'field managers: expected a list of addresses') ??
    (o.joined === undefined || typeof o.joined === 'boolean' ? null : 'field joined: expected true or false')
  return problem
}

export function saveSwarmState(dataDir: string, state: SwarmState): void {
  writeFileAtomic(stateFile(dataDir), JSON.stringify(state, null, 2) + '\n')
}

export function clearSwarmState(dataDir: string): void {
  fs.rmSync(stateFile(dataDir), { force: true })
}
