// CLI start-up benchmark (issue: the docker ecosystem, "a command answers quickly"): wall
// time of `shoal version` with no daemon listening (the client's part is printed, then the
// connection error), side by side in the same run with Node.js starting an empty script
// (the floor any Node CLI pays) and, where the machine has it, docker's own client doing
// the same (`docker version` against a socket nobody listens on). Runs alternate, so load
// on the machine falls on all of them alike. Figures are medians and 90th percentiles.
// Run: npm run build && node dist/bench/cli-startup.js [ROUNDS]   (default 30)
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
const NO_DAEMON = 'unix:///nonexistent/shoal-bench.sock'

interface Contender {
  name: string
  argv: string[]
  env?: NodeJS.ProcessEnv
}

function available(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0
}

function timeOnce(c: Contender): number {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(c.argv[0], c.argv.slice(1), { stdio: 'ignore', env: { ...process.env, ...c.env }, timeout: 30_000 })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.error) throw r.error
  return ms
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

function main(): void {
  const rounds = Number(process.argv[2] ?? 30)
  const contenders: Contender[] = [
    { name: 'node -e 0 (floor)', argv: [process.execPath, '-e', '0'] },
    { name: 'shoal version', argv: [process.execPath, path.join(ROOT, 'bin', 'run.js'), 'version', '-H', NO_DAEMON] },
    { name: 'shoal --help', argv: [process.execPath, path.join(ROOT, 'bin', 'run.js'), '--help'] },
  ]
  if (available('docker')) contenders.push({ name: 'docker version (anchor)', argv: ['docker', 'version'], env: { DOCKER_HOST: NO_DAEMON } })
  // One warm-up each: the first shoal run after a build writes the V8 code cache.
  for (const c of contenders) timeOnce(c)
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]))
  for (let i = 0; i < rounds; i++) for (const c of contenders) samples.get(c.name)!.push(timeOnce(c))
  console.log(`node ${path.relative(process.cwd(), __filename)} ${rounds}   (${rounds} alternating rounds, wall ms)`)
  const floor = samples.get(contenders[0].name)!.sort((a, b) => a - b)
  for (const c of contenders) {
    const s = samples.get(c.name)!.sort((a, b) => a - b)
    const p50 = quantile(s, 0.5)
    const over = c === contenders[0] ? '' : `   (${(p50 - quantile(floor, 0.5)).toFixed(1)} ms over the floor)`
    console.log(`${c.name.padEnd(26)} p50 ${p50.toFixed(1).padStart(6)}  p90 ${quantile(s, 0.9).toFixed(1).padStart(6)}${over}`)
  }
}

main()
