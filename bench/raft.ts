// Raft commit throughput and latency, side by side with etcd. Three real shoal managers on
// loopback (joined with the manager token, as __test__/ha-managers.test.ts does) take
// acknowledged, Raft-committed writes of a task-sized object against the leader: POST
// /services/create of a 0-replica service with a ~300-byte label (nothing gets scheduled;
// the API answers 201 once the entry is committed and applied). The anchor is a 3-member
// etcd cluster on loopback (Debian's etcd-server), driven the same way through its
// HTTP/JSON gateway (POST /v3/kv/put, base64 key and value of the service record's size),
// with node's http and a keep-alive agent on both sides, so both pay HTTP + JSON.
// Each concurrency level runs until `count` writes or `seconds` have passed, whichever
// comes first; the services a level created are deleted before the next level. Before the
// levels each system takes `warmup` writes at concurrency 16 that are not measured: shoal's
// JavaScript runs unoptimised until V8 has seen it run, which would otherwise weigh on the
// first level and on short levels (etcd, compiled Go, gets the same warm-up).
// Run: npm run build && node dist/bench/raft.js [--count 2000] [--seconds 10] [--conc 1,16,256] [--warmup 1000] [--no-etcd]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { TestDaemon, freePort, waitFor } from '../__test__/helpers/daemon'
import { answerOf, type Answer, type HttpTarget } from '../__test__/helpers/http'
import { serviceSpecFromDocker } from '../src/api/convert'
import { v1 } from '../src/manager/store'

export interface Member {
  d: TestDaemon
  addr: string
}

export type Resp = Answer

// One HTTP request with an optional agent (keep-alive) and a timeout; never rejects on a
// refused connection or a timeout: status 0 then, with the error as text.
export function call(target: HttpTarget, method: string, urlPath: string, body?: unknown, agent?: http.Agent, timeoutMs = 30_000): Promise<Resp> {
  const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
  return answerOf(target, method, urlPath, payload, { agent, timeoutMs })
}

export async function raftRole(d: TestDaemon): Promise<string> {
  if (!d.proc) return ''
  const r = await call({ socketPath: d.socket }, 'GET', '/info', undefined, undefined, 5_000)
  return r.body?.Swarm?.Raft?.Role ?? ''
}

export async function leaderOf(ms: Member[]): Promise<Member | null> {
  for (const m of ms) if ((await raftRole(m.d)) === 'leader') return m
  return null
}

// Three managers on loopback: m1 inits, m2 and m3 join with the manager token.
export async function startShoal(prefix: string): Promise<Member[]> {
  const ms: Member[] = [1, 2, 3].map((i) => ({ d: new TestDaemon(`${prefix}-m${i}`, ['--hostname', `m${i}`]), addr: '' }))
  live.shoal = ms
  await Promise.all(ms.map((m) => m.d.start()))
  for (const m of ms) m.addr = `127.0.0.1:${await freePort()}`
  const init = await ms[0].d.api('POST', '/swarm/init', { ListenAddr: ms[0].addr, AdvertiseAddr: ms[0].addr })
  if (init.status !== 200) throw new Error(`swarm init: ${init.text}`)
  const token = (await ms[0].d.api('GET', '/swarm')).body?.JoinTokens?.Manager
  if (!token) throw new Error('no manager join token')
  for (const m of ms.slice(1)) {
    const r = await m.d.api('POST', '/swarm/join', { JoinToken: token, RemoteAddrs: [ms[0].addr], ListenAddr: m.addr, AdvertiseAddr: m.addr })
    if (r.status !== 200) throw new Error(`swarm join ${m.d.name}: ${r.text}\n${m.d.log}`)
  }
  await waitFor(
    'three reachable managers',
    async () => {
      const nodes = (await ms[0].d.api('GET', '/nodes')).body as any[]
      return nodes.length === 3 && nodes.every((n) => n.Spec.Role === 'manager' && n.ManagerStatus?.Reachability === 'reachable')
    },
    30_000,
  )
  return ms
}

export const LABEL = 'x'.repeat(300)

// A service that runs nothing: the write is the point, not the tasks.
export function serviceSpec(name: string): Record<string, unknown> {
  return {
    Name: name,
    Labels: { bench: LABEL },
    TaskTemplate: { ContainerSpec: { Image: 'process', Command: ['/bin/true'] } },
    Mode: { Replicated: { Replicas: 0 } },
  }
}

// The size of the record shoal stores for one such service (protobuf, as committed).
function serviceRecordBytes(): number {
  const spec = serviceSpecFromDocker(serviceSpec('b1-000000') as any)
  const s = new v1.Service({ meta: new v1.Meta({ id: 'x'.repeat(25), version: 1, createdAt: Date.now(), updatedAt: Date.now() } as any), spec, specVersion: 1 })
  return v1.Service.encode(s).finish().length
}

// ---- etcd ----

interface Etcd {
  dir: string
  procs: ChildProcess[]
  clients: { port: number }[]
}

function startEtcd(): Promise<Etcd> {
  return (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-bench-etcd-'))
    const members = []
    for (let i = 1; i <= 3; i++) members.push({ name: `e${i}`, client: await freePort(), peer: await freePort() })
    const cluster = members.map((m) => `${m.name}=http://127.0.0.1:${m.peer}`).join(',')
    const procs: ChildProcess[] = []
    const e: Etcd = { dir, procs, clients: members.map((m) => ({ port: m.client })) }
    live.etcd = e
    for (const m of members) {
      const log = fs.openSync(path.join(dir, `${m.name}.log`), 'w')
      const p = spawn(
        'etcd',
        [
          '--name', m.name,
          '--data-dir', path.join(dir, m.name),
          '--listen-client-urls', `http://127.0.0.1:${m.client}`,
          '--advertise-client-urls', `http://127.0.0.1:${m.client}`,
          '--listen-peer-urls', `http://127.0.0.1:${m.peer}`,
          '--initial-advertise-peer-urls', `http://127.0.0.1:${m.peer}`,
          '--initial-cluster', cluster,
          '--initial-cluster-state', 'new',
          '--initial-cluster-token', 'shoal-bench',
        ],
        { stdio: ['ignore', log, log] },
      )
      fs.closeSync(log)
      procs.push(p)
    }
    await waitFor(
      'etcd cluster with a leader',
      async () => {
        for (const p of procs) if (p.exitCode !== null) throw new Error(`etcd exited: see ${dir}`)
        const r = await etcdStatus(e.clients[0].port)
        return r && r.leader && r.leader !== '0'
      },
      30_000,
      200,
    )
    return e
  })()
}

async function etcdStatus(port: number): Promise<{ member: string; leader: string } | null> {
  const r = await call({ host: '127.0.0.1', port }, 'POST', '/v3/maintenance/status', {}, undefined, 2_000)
  if (r.status !== 200) return null
  return { member: String(r.body?.header?.member_id ?? ''), leader: String(r.body?.leader ?? '') }
}

async function etcdLeaderPort(e: Etcd): Promise<number> {
  return waitFor('the etcd leader', async () => {
    for (const c of e.clients) {
      const s = await etcdStatus(c.port)
      if (s && s.member && s.member === s.leader) return c.port
    }
    return 0
  }, 15_000)
}

async function stopEtcd(e: Etcd): Promise<void> {
  await Promise.all(
    e.procs.map((p) => {
      if (p.exitCode !== null || p.signalCode !== null || !p.pid) return undefined
      const exited = new Promise((r) => p.once('exit', r))
      try {
        process.kill(p.pid, 'SIGKILL')
      } catch {
        return undefined
      }
      return exited
    }),
  )
  fs.rmSync(e.dir, { recursive: true, force: true })
}

// CPU seconds (user + system) a process has used so far, from /proc (100 ticks a second).
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(f[11]) + Number(f[12])) / 100
  } catch {
    return 0
  }
}

// ---- the load ----

export interface LevelResult {
  system: string
  conc: number
  ok: number
  errors: number
  firstError: string
  wallMs: number
  lat: number[]
  done: number[] // completion times (ms from start) of the acknowledged writes
  cpuS: number // CPU seconds the system's three server processes used during the level
  cpuEach: number[] // the same per process (the first one is the leader)
  clientCpuS: number // CPU seconds this process (the load generator) used
}

// The p-th percentile of an ascending list (nearest rank).
export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

// `conc` workers take write numbers 0..count-1 until they run out or time is up.
async function load(system: string, conc: number, count: number, seconds: number, write: (i: number) => Promise<Resp>, okStatus: number, pids: (number | undefined)[]): Promise<LevelResult> {
  const res: LevelResult = { system, conc, ok: 0, errors: 0, firstError: '', wallMs: 0, lat: [], done: [], cpuS: 0, cpuEach: [], clientCpuS: 0 }
  const cpu0 = pids.map(cpuSeconds)
  const client0 = process.cpuUsage()
  let next = 0
  const t0 = performance.now()
  const deadline = t0 + seconds * 1000
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++
      const s = performance.now()
      const r = await write(i)
      const e = performance.now()
      if (r.status === okStatus) {
        res.ok++
        res.lat.push(e - s)
        res.done.push(e - t0)
      } else {
        res.errors++
        if (!res.firstError) res.firstError = `${r.status} ${r.text.slice(0, 200)}`
      }
    }
  }
  await Promise.all(Array.from({ length: conc }, worker))
  res.wallMs = performance.now() - t0
  res.cpuEach = pids.map((p, i) => cpuSeconds(p) - cpu0[i])
  const client = process.cpuUsage(client0)
  res.clientCpuS = (client.user + client.system) / 1e6
  res.cpuS = res.cpuEach.reduce((a, b) => a + b, 0)
  res.lat.sort((a, b) => a - b)
  return res
}

async function parallel(n: number, conc: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: conc }, async () => {
    while (next < n) await fn(next++)
  }))
}

// ---- clean-up on any exit ----

const live: { shoal: Member[]; etcd: Etcd | null } = { shoal: [], etcd: null }

export async function cleanup(): Promise<void> {
  const e = live.etcd
  live.etcd = null
  if (e) await stopEtcd(e)
  const ms = live.shoal
  live.shoal = []
  await Promise.all(ms.map((m) => m.d.destroy().catch(() => undefined)))
}

function args(): { count: number; seconds: number; concs: number[]; warmup: number; etcd: boolean } {
  const a = process.argv.slice(2)
  const get = (flag: string, def: string) => {
    const i = a.indexOf(flag)
    return i >= 0 && a[i + 1] ? a[i + 1] : def
  }
  return {
    count: Number(get('--count', '2000')),
    seconds: Number(get('--seconds', '10')),
    concs: get('--conc', '1,16,256').split(',').map(Number).filter((n) => n > 0),
    warmup: Number(get('--warmup', '1000')),
    etcd: !a.includes('--no-etcd'),
  }
}

async function main(): Promise<void> {
  const opt = args()
  const recordBytes = serviceRecordBytes()
  const keyOf = (level: number, i: number) => `/bench/l${level}/${String(i).padStart(6, '0')}`
  const valueBytes = Math.max(1, recordBytes - keyOf(0, 0).length)
  const value = Buffer.alloc(valueBytes, 'v').toString('base64')
  const results: LevelResult[] = []
  const load1 = os.loadavg()[0]

  // shoal
  const ms = await startShoal('shoal-bench-raft')
  const leader = await waitFor('a leader', () => leaderOf(ms), 15_000)
  // What the managers burn with no writes at all (ticks, heartbeats, status polls): 3 s.
  const pids = [leader, ...ms.filter((m) => m !== leader)].map((m) => m.d.proc?.pid)
  const idle0 = pids.map(cpuSeconds)
  await new Promise((r) => setTimeout(r, 3000))
  const idleMsPerS = pids.map((p, i) => ((cpuSeconds(p) - idle0[i]) * 1000) / 3)
  const levels = [...(opt.warmup > 0 ? [{ conc: 16, count: opt.warmup, warmup: true }] : []), ...opt.concs.map((conc) => ({ conc, count: opt.count, warmup: false }))]
  for (const { conc, count, warmup } of levels) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: conc })
    const names: string[] = []
    const r = await load('shoal', conc, count, opt.seconds, (i) => {
      const name = `b${warmup ? 'w' : conc}-${String(i).padStart(6, '0')}`
      names.push(name)
      return call({ socketPath: leader.d.socket }, 'POST', '/services/create', serviceSpec(name), agent)
    }, 201, pids)
    if (!warmup) results.push(r)
    // Clear the store for the next level (a create checks every service for port clashes).
    await parallel(names.length, 16, (i) => call({ socketPath: leader.d.socket }, 'DELETE', `/services/${names[i]}`, undefined, agent))
    agent.destroy()
  }
  const leaderInfo = (await leader.d.api('GET', '/info')).body?.Swarm?.Raft
  await cleanup()

  // etcd
  let etcdVersion = ''
  if (opt.etcd) {
    etcdVersion = spawnSync('etcd', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]
    const e = await startEtcd()
    const port = await etcdLeaderPort(e)
    const etcdPids = [e.procs[e.clients.findIndex((c) => c.port === port)], ...e.procs.filter((_p, i) => e.clients[i].port !== port)].map((p) => p.pid)
    for (const [li, { conc, count, warmup }] of levels.entries()) {
      const agent = new http.Agent({ keepAlive: true, maxSockets: conc })
      const r = await load('etcd', conc, count, opt.seconds, (i) => {
        const body = `{"key":"${Buffer.from(keyOf(li, i)).toString('base64')}","value":"${value}"}`
        return call({ host: '127.0.0.1', port }, 'POST', '/v3/kv/put', body, agent)
      }, 200, etcdPids)
      if (!warmup) results.push(r)
      agent.destroy()
    }
    await cleanup()
  }

  const load2 = os.loadavg()[0]
  console.log(`# Raft commit throughput, 3 members on loopback (${os.cpus().length} cores, ${os.cpus()[0]?.model}, ${new Date().toISOString()})`)
  console.log(`# command: node dist/bench/raft.js ${process.argv.slice(2).join(' ')}`.trimEnd())
  console.log(`# per level: up to ${opt.count} writes or ${opt.seconds} s, after ${opt.warmup} unmeasured warm-up writes at concurrency 16; shoal: POST /services/create (0 replicas, ${LABEL.length}-byte label; stored record ${recordBytes} B) to the leader's API socket; etcd${etcdVersion ? ` (${etcdVersion})` : ''}: POST /v3/kv/put, key+value ${keyOf(0, 0).length + valueBytes} B, to the leader's client URL; keep-alive on both`)
  console.log(`# load average (1 min): ${load1.toFixed(2)} at start, ${load2.toFixed(2)} at end; shoal leader raft state after: ${JSON.stringify(leaderInfo)}`)
  console.log('| system | concurrency | writes | errors | commits/s | p50 ms | p99 ms | server CPU ms/write | shoal/etcd |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  const rate = (r: LevelResult) => r.ok / (r.wallMs / 1000)
  for (const r of results) {
    const other = results.find((x) => x.system === 'etcd' && x.conc === r.conc)
    const ratio = r.system === 'shoal' && other ? `${(rate(r) / rate(other)).toFixed(2)}×` : ''
    console.log(`| ${r.system} | ${r.conc} | ${r.ok} | ${r.errors} | ${rate(r).toFixed(0)} | ${pct(r.lat, 50).toFixed(1)} | ${pct(r.lat, 99).toFixed(1)} | ${((r.cpuS * 1000) / Math.max(1, r.ok)).toFixed(2)} | ${ratio} |`)
  }
  console.log(`# shoal idle (no writes, 3 s): CPU ms per second, leader then followers: ${idleMsPerS.map((x) => x.toFixed(0)).join(', ')}`)
  for (const r of results) {
    console.log(`# ${r.system} c=${r.conc}: server CPU ms/write, leader then followers: ${r.cpuEach.map((c) => ((c * 1000) / Math.max(1, r.ok)).toFixed(2)).join(', ')}; load generator ${((r.clientCpuS * 1000) / Math.max(1, r.ok)).toFixed(2)}`)
    if (r.firstError) console.log(`# ${r.system} c=${r.conc}: first error: ${r.firstError}`)
    // Whether the rate held over the level: first and last quarter of the acknowledged writes.
    const d = [...r.done].sort((a, b) => a - b)
    const q = Math.floor(d.length / 4)
    if (q >= 5) {
      const first = q / (d[q - 1] / 1000)
      const last = q / ((d[d.length - 1] - d[d.length - 1 - q]) / 1000)
      console.log(`# ${r.system} c=${r.conc}: commits/s in the first quarter ${first.toFixed(0)}, last quarter ${last.toFixed(0)}`)
    }
  }
}

// Runs a benchmark's main, tearing down every daemon and etcd member it started whether
// it ends, fails or is interrupted.
export function runWithCleanup(main: () => Promise<void>): void {
  const bail = (sig: string) => {
    void cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', () => bail('SIGINT'))
  process.once('SIGTERM', () => bail('SIGTERM'))
  main()
    .catch((err) => {
      console.error(err)
      process.exitCode = 1
    })
    .finally(() => cleanup())
}

if (require.main === module) runWithCleanup(main)
