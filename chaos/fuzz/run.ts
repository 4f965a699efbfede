// A bounded fuzz run on demand (issue 15):
//   npm run fuzz -- --seed N --runs R [--surface api|grpc|archive|all]
// Starts its own daemon(s) (and, for archives, a private containerd) on temp dirs, runs R
// fast-check cases per surface from seed N, prints the cases tried by kind and by answer,
// and removes everything it started. Exit status 0 when no case failed; a failure prints
// the case (replay it with the same seed).
import { fuzzApi } from './api'
import { fuzzGrpc } from './grpc'
import { fuzzArchives } from './archive'
import { TestDaemon } from '../../__test__/helpers/daemon'
import { TestContainerd, containerSkipReason } from '../../__test__/helpers/containerd'
import { startFuzzSwarm } from './swarm'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback
}

async function main(): Promise<void> {
  const seed = Number(arg('seed', '1'))
  const runs = Number(arg('runs', '500'))
  const surface = arg('surface', 'all')
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) throw new Error('--seed and --runs take whole numbers (runs at least 1)')
  if (!['api', 'grpc', 'archive', 'all'].includes(surface)) throw new Error(`unknown --surface "${surface}": api, grpc, archive or all`)
  const log = (line: string) => console.log(line)
  const started = Date.now()
  if (surface === 'api' || surface === 'all') {
    const d = await startFuzzSwarm()
    try {
      await fuzzApi({ socket: d.socket, seed, runs, log })
    } finally {
      await d.destroy()
    }
  }
  if (surface === 'grpc' || surface === 'all') await fuzzGrpc({ seed, runs, log })
  if (surface === 'archive' || surface === 'all') {
    const skip = containerSkipReason()
    if (skip) {
      log(`archive fuzz skipped: ${skip}`)
    } else {
      const ctd = await new TestContainerd('shoal-fz-ctd').start()
      const d = new TestDaemon('shoal-fuzz-archive', ['--containerd-socket', ctd.socket])
      try {
        await d.start()
        await fuzzArchives(d, { seed, runs, log })
      } finally {
        await d.destroy()
        await ctd.destroy()
      }
    }
  }
  console.log(`fuzz: seed ${seed}, ${runs} runs per surface (${surface}) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`rerun: npm run fuzz -- --seed ${seed} --runs ${runs} --surface ${surface}`)
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  // fast-check's error carries the case's own failure as its cause.
  if (err instanceof Error && err.cause) console.error('cause:', err.cause instanceof Error ? err.cause.message : err.cause)
  process.exit(1)
})
