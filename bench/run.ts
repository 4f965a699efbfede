// One-node service start-up benchmark (issue: one-node swarm). A real daemon on a temp
// dir, the process runtime, `sleep` tasks: time from the create call to all N tasks
// reported running, for each N, and the daemon's peak resident memory (VmHWM).
// Run: npm run build && node dist/bench/run.js [N ...]   (default: 100 1000)
import * as fs from 'node:fs'
import * as os from 'node:os'
import { TestDaemon, freePort, waitFor } from '../__test__/helpers/daemon'

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const m = /VmHWM:\s+(\d+) kB/.exec(status)
  return m ? Number(m[1]) / 1024 : NaN
}

async function once(n: number): Promise<{ n: number; runningMs: number; peakMb: number }> {
  const d = new TestDaemon(`shoal-bench-${n}`)
  try {
    await d.start()
    const init = await d.api('POST', '/swarm/init', { ListenAddr: `127.0.0.1:${await freePort()}`, AdvertiseAddr: '127.0.0.1' })
    if (init.status !== 200) throw new Error(`init: ${init.text}`)
    const t0 = performance.now()
    const res = await d.api('POST', '/services/create', {
      Name: 'bench',
      TaskTemplate: { ContainerSpec: { Image: 'sleep', Args: ['600'] }, Runtime: 'process', RestartPolicy: { Condition: 'none' } },
      Mode: { Replicated: { Replicas: n } },
    })
    if (res.status !== 201) throw new Error(`create: ${res.text}`)
    await waitFor(
      `${n} tasks running`,
      async () => (await d.api('GET', `/services/bench`)).body.ServiceStatus?.RunningTasks === n,
      120_000,
      // Each poll makes the daemon count the service's tasks; polling faster than this
      // would slow the very thing it measures.
      50,
    )
    const runningMs = performance.now() - t0
    const peakMb = peakRssMb(d.proc!.pid!)
    await d.api('DELETE', '/services/bench')
    await waitFor('tasks stopped', async () => (await d.api('GET', '/tasks')).body.length === 0, 120_000, 100)
    return { n, runningMs, peakMb }
  } finally {
    await d.destroy()
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
  const results = []
  for (const n of sizes.length ? sizes : [100, 1000]) results.push(await once(n))
  console.log(`# shoal one-node start-up, process runtime (${os.cpus().length} cores, ${os.cpus()[0]?.model}, ${new Date().toISOString()})`)
  console.log(`# command: node dist/bench/run.js ${sizes.length ? sizes.join(' ') : '100 1000'}`)
  console.log('| tasks | create → all running (s) | daemon peak RSS (MB) |')
  console.log('|---:|---:|---:|')
  for (const r of results) console.log(`| ${r.n} | ${(r.runningMs / 1000).toFixed(2)} | ${r.peakMb.toFixed(0)} |`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
