// Runs shoal's linearizability checker (chaos/checker, a Go program over Porcupine) on a
// recorded history. The program is built with `go build` into the temp dir on first use
// (the Go module proxy fetches Porcupine once), as bench/anchors/swarmkit is: no binary
// lives in the tree.
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const SOURCE = path.resolve(__dirname, '..', '..', 'chaos', 'checker')

export interface CheckReport {
  result: 'ok' | 'illegal' | 'unknown'
  operations: number
  objects: number
  skipped: number
  illegal: { key: string; operations: number; visualization?: string }[]
  unknown: string[]
}

// Why the checker cannot be built here, or null when it can.
export function goUnavailable(): string | null {
  const r = spawnSync('go', ['version'], { encoding: 'utf8' })
  return r.error || r.status !== 0 ? 'the linearizability checker needs Go (golang-go) to build chaos/checker' : null
}

let built: string | null = null

// Builds the checker once per process; returns the binary's path.
export function buildChecker(): string {
  if (built) return built
  const out = path.join(os.tmpdir(), `shoal-chaos-checker-${process.pid}`)
  execFileSync('go', ['build', '-o', out, '.'], { cwd: SOURCE, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 })
  process.once('exit', () => fs.rmSync(out, { force: true }))
  built = out
  return out
}

// Checks the history file; with htmlDir, writes Porcupine's visualization of each object
// whose history is not linearizable there.
export function checkHistory(file: string, opts: { htmlDir?: string; timeoutS?: number } = {}): CheckReport {
  const args = ['-timeout', `${opts.timeoutS ?? 60}s`, ...(opts.htmlDir ? ['-html', opts.htmlDir] : []), file]
  const r = spawnSync(buildChecker(), args, { encoding: 'utf8', timeout: 600_000 })
  if (r.status !== 0 && r.status !== 1) throw new Error(`checker failed (${r.status ?? r.signal}): ${r.stderr}`)
  return JSON.parse(r.stdout) as CheckReport
}
