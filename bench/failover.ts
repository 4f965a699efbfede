// Leader failover: three real shoal managers on loopback. Each round finds the leader,
// kills it with SIGKILL and times the gap until the next acknowledged write (201) on a
// survivor: a write (POST /services/create of a 0-replica service) is started every 20 ms,
// alternating between the two survivors, each on its own connection, for at most 30 s.
// Then the killed manager is restarted on its data and the round ends once the leader
// reports it reachable, it is a follower again and it has applied a write made after its
// restart.
// Run: npm run build && node dist/bench/failover.js [--rounds 20]
import * as os from 'node:os'
import { waitFor } from '../__test__/helpers/daemon'
import { call, leaderOf, pct, raftRole, runWithCleanup, serviceSpec, startShoal, type Member } from './raft'

const EVERY_MS = 20
const BOUND_MS = 30_000
const MAX_IN_FLIGHT = 64

interface Round {
  round: number
  killed: string
  next: string
  ackMs: number // SIGKILL → first acknowledged write; NaN when none within the bound
  attempts: number
  rejoinMs: number // restart → reachable, following and caught up
}

async function nodeId(m: Member): Promise<string> {
  return (await m.d.api('GET', '/info')).body?.Swarm?.NodeID ?? ''
}

async function round(ms: Member[], n: number): Promise<Round> {
  const leader = await waitFor('a leader', () => leaderOf(ms), 15_000)
  const killedId = await nodeId(leader)
  const survivors = ms.filter((m) => m !== leader)
  let ackAt = NaN
  let attempts = 0
  const inFlight = new Set<Promise<void>>()

  const t0 = performance.now()
  await leader.d.kill9()
  while (Number.isNaN(ackAt) && performance.now() - t0 < BOUND_MS) {
    if (inFlight.size < MAX_IN_FLIGHT) {
      const target = survivors[attempts % survivors.length]
      const name = `f${n}-${attempts++}`
      const p: Promise<void> = call({ socketPath: target.d.socket }, 'POST', '/services/create', serviceSpec(name), undefined, 10_000).then((r) => {
        if (r.status === 201 && Number.isNaN(ackAt)) ackAt = performance.now()
        inFlight.delete(p)
      })
      inFlight.add(p)
    }
    await new Promise((r) => setTimeout(r, EVERY_MS))
  }
  await Promise.all(inFlight)
  const ackMs = ackAt - t0

  const next = await waitFor('the new leader', () => leaderOf(survivors), 15_000)
  const r0 = performance.now()
  await leader.d.start()
  await waitFor(
    `${leader.d.name} reachable and caught up`,
    async () => {
      const node = (await next.d.api('GET', `/nodes/${killedId}`)).body
      if (node?.ManagerStatus?.Reachability !== 'reachable') return false
      if ((await raftRole(leader.d)) !== 'follower') return false
      const marker = `rejoin-${n}`
      const w = await next.d.api('POST', '/services/create', serviceSpec(marker))
      if (w.status !== 201 && w.status !== 409) return false
      return (await leader.d.api('GET', `/services/${marker}`)).status === 200
    },
    60_000,
    100,
  )
  return { round: n, killed: leader.d.name.replace(/^.*-/, ''), next: next.d.name.replace(/^.*-/, ''), ackMs, attempts, rejoinMs: performance.now() - r0 }
}

async function main(): Promise<void> {
  const a = process.argv.slice(2)
  const i = a.indexOf('--rounds')
  const rounds = i >= 0 ? Number(a[i + 1]) : 20
  const load1 = os.loadavg()[0]
  const ms = await startShoal('shoal-bench-failover')
  const results: Round[] = []
  for (let n = 1; n <= rounds; n++) {
    const r = await round(ms, n)
    results.push(r)
    console.error(`round ${n}: ${r.killed} killed, ${r.next} leads, write acknowledged after ${r.ackMs.toFixed(0)} ms (${r.attempts} attempts), rejoined in ${(r.rejoinMs / 1000).toFixed(1)} s`)
  }
  const load2 = os.loadavg()[0]
  const acked = results.map((r) => r.ackMs).filter((x) => !Number.isNaN(x)).sort((x, y) => x - y)
  console.log(`# shoal leader failover, 3 managers on loopback (${os.cpus().length} cores, ${os.cpus()[0]?.model}, ${new Date().toISOString()})`)
  console.log(`# command: node dist/bench/failover.js ${a.join(' ')}`.trimEnd())
  console.log(`# SIGKILL of the leader → first 201 from a survivor (a write every ${EVERY_MS} ms, bound ${BOUND_MS / 1000} s); load average (1 min) ${load1.toFixed(2)} at start, ${load2.toFixed(2)} at end`)
  console.log('| round | killed | new leader | kill → acknowledged write (ms) | attempts | restart → rejoined (s) |')
  console.log('|---:|---|---|---:|---:|---:|')
  for (const r of results)
    console.log(`| ${r.round} | ${r.killed} | ${r.next} | ${Number.isNaN(r.ackMs) ? `none in ${BOUND_MS / 1000} s` : r.ackMs.toFixed(0)} | ${r.attempts} | ${(r.rejoinMs / 1000).toFixed(1)} |`)
  console.log(`# rounds ${results.length}, acknowledged ${acked.length}; median ${pct(acked, 50).toFixed(0)} ms, p90 ${pct(acked, 90).toFixed(0)} ms, min ${acked[0]?.toFixed(0)} ms, max ${acked[acked.length - 1]?.toFixed(0)} ms`)
}

runWithCleanup(main)
