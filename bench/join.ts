// Join cost: what it takes a manager to let N nodes in (CSR → issued certificate) and to
// renew the whole fleet's certificates at once. One real manager daemon on loopback; the
// N nodes are in-process agents that run the real node side (src/rpc/join.ts joinSwarm:
// root fetched and pinned, key + CSR, IssueNodeCertificate over TLS; then
// src/rpc/renewal.ts requestRenewal: a new key + CSR, RenewNodeCertificate over mutual
// TLS with the node's certificate). Each join also commits the node object through Raft;
// each renewal records the new certificate on it.
//
// Side by side in the same run (the machine is shared, so ratios, not absolute figures):
//   - the floor: the same N CSRs signed in-process (issueNodeCertificate), no RPC, no Raft;
//   - with --cfssl (needs golang-cfssl): the same joins against a second swarm whose
//     signer is an external cfssl on loopback.
// Reported per phase: wall time, the manager daemon's CPU seconds (from /proc), and the
// CPU seconds of this process (the N nodes: key generation, CSRs, TLS).
// Run: npm run build && node dist/bench/join.js [--nodes 100] [--conc 10] [--warmup 20] [--cfssl]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import { TestDaemon, freePort, waitFor } from '../__test__/helpers/daemon'
import { createCSR, createRootCA, generateNodeKey, issueNodeCertificate, load } from '../src/manager/ca'
import { joinSwarm, type JoinResult } from '../src/rpc/join'
import { requestRenewal } from '../src/rpc/renewal'
import { cpuSeconds } from './raft'

interface Phase {
  name: string
  wallMs: number
  managerCpuS: number
  nodesCpuS: number
}

const WARMUP = Number(arg('warmup', '20'))

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const ownCpuS = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

// Runs fn(i) for i in 0..n-1, at most `conc` at a time; measured as one phase.
async function phase(name: string, managerPid: number | undefined, n: number, conc: number, fn: (i: number) => Promise<void>): Promise<Phase> {
  const m0 = cpuSeconds(managerPid)
  const c0 = ownCpuS()
  const t0 = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(conc, n) }, async () => {
      while (next < n) await fn(next++)
    }),
  )
  // No manager process (in-process signing): its CPU is this process's.
  return { name, wallMs: performance.now() - t0, managerCpuS: managerPid ? cpuSeconds(managerPid) - m0 : NaN, nodesCpuS: ownCpuS() - c0 }
}

async function startSwarm(d: TestDaemon, extra: string[] = []): Promise<{ addr: string; token: string }> {
  await d.start()
  const addr = `127.0.0.1:${await freePort()}`
  const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr, ...extra)
  if (r.code !== 0) throw new Error(`swarm init failed: ${r.stderr}`)
  return { addr, token: (await d.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim() }
}

// Joins `warmup` nodes unmeasured first: JavaScript on both sides runs unoptimised until
// V8 has seen it run, which would otherwise weigh on whichever phase comes first.
async function joins(name: string, d: TestDaemon, swarm: { addr: string; token: string }, n: number, conc: number, out: JoinResult[]): Promise<Phase> {
  for (let i = 0; i < WARMUP; i++) await joinSwarm({ token: swarm.token, managers: [swarm.addr], hostname: `warmup-${i}` })
  return phase(name, d.proc?.pid, n, conc, async (i) => {
    out[i] = await joinSwarm({ token: swarm.token, managers: [swarm.addr], hostname: `bench-${i}` })
  })
}

// A cfssl signer on loopback with a CA made for the run; the caller stops it.
async function startCfssl(dir: string): Promise<{ proc: ChildProcess; url: string; caFile: string }> {
  const gen = spawnSync('sh', ['-c', `echo '{"CN":"bench external root","key":{"algo":"ecdsa","size":256}}' | cfssl gencert -initca - | cfssljson -bare ca`], { cwd: dir })
  if (gen.status !== 0) throw new Error(`cfssl gencert failed: ${gen.stderr}`)
  const config = { signing: { default: { expiry: '2160h', usages: ['digital signature', 'key encipherment', 'server auth', 'client auth'] } } }
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config))
  const port = await freePort()
  const proc = spawn('cfssl', ['serve', '-ca', 'ca.pem', '-ca-key', 'ca-key.pem', '-config', 'config.json', '-address', '127.0.0.1', '-port', String(port)], { cwd: dir, stdio: 'ignore' })
  await waitFor('cfssl serve', () => new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)))
    s.on('error', () => resolve(false))
  }), 15_000)
  return { proc, url: `http://127.0.0.1:${port}/api/v1/cfssl/sign`, caFile: path.join(dir, 'ca.pem') }
}

function print(phases: Phase[], n: number): void {
  console.log('| phase | wall s | per node ms | manager CPU s | nodes CPU s (this process) |')
  console.log('|---|---|---|---|---|')
  for (const p of phases) {
    console.log(`| ${p.name} | ${(p.wallMs / 1000).toFixed(2)} | ${(p.wallMs / n).toFixed(1)} | ${Number.isNaN(p.managerCpuS) ? '(in this process)' : p.managerCpuS.toFixed(2)} | ${p.nodesCpuS.toFixed(2)} |`)
  }
}

async function main(started: { daemons: TestDaemon[]; procs: ChildProcess[]; dirs: string[] }): Promise<void> {
  const n = Number(arg('nodes', '100'))
  const conc = Number(arg('conc', '10'))
  const withCfssl = process.argv.includes('--cfssl')
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(conc) || conc <= 0) throw new Error('--nodes and --conc must be positive integers')
  console.log(`# node join, ${n} nodes at concurrency ${conc}, one manager on loopback (${os.cpus().length} cores, ${os.cpus()[0]?.model}, ${new Date().toISOString()})`)
  console.log(`# command: node dist/bench/join.js --nodes ${n} --conc ${conc} --warmup ${WARMUP}${withCfssl ? ' --cfssl' : ''}`)
  const phases: Phase[] = []

  // The floor: signing alone, in this process.
  const material = await createRootCA({ clusterId: 'bench' })
  const root = await load(material.certPem, material.keyPem)
  const csrs: string[] = []
  for (let i = 0; i < n; i++) csrs.push(await createCSR(await generateNodeKey()))
  phases.push(await phase('sign in-process (no RPC, no Raft)', undefined, n, 1, async (i) => {
    await issueNodeCertificate(root, csrs[i], { nodeId: `node${i}`, role: 'swarm-worker', clusterId: 'bench' })
  }))

  const m = new TestDaemon('shoal-bench-join')
  started.daemons.push(m)
  const swarm = await startSwarm(m)
  const joined: JoinResult[] = []
  phases.push(await joins('join (CSR → certificate, node committed)', m, swarm, n, conc, joined))
  phases.push(await phase('fleet renewal (all at once)', m.proc?.pid, n, conc, async (i) => {
    const j = joined[i]
    await requestRenewal([swarm.addr], j.rootPem, { certPem: j.certPem, keyPem: j.keyPem })
  }))

  if (withCfssl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-bench-cfssl-'))
    started.dirs.push(dir)
    const cfssl = await startCfssl(dir)
    started.procs.push(cfssl.proc)
    const e = new TestDaemon('shoal-bench-join-ext')
    started.daemons.push(e)
    const ext = await startSwarm(e, ['--external-ca', `protocol=cfssl,url=${cfssl.url}`, '--ca-cert', cfssl.caFile])
    const cfsslPid = cfssl.proc.pid
    const c0 = cpuSeconds(cfsslPid)
    const p = await joins('join, external CA (cfssl on loopback)', e, ext, n, conc, [])
    console.log(`# cfssl serve used ${(cpuSeconds(cfsslPid) - c0).toFixed(2)} CPU s for ${n} signatures`)
    phases.push(p)
  }
  print(phases, n)
  const join = phases[1]
  console.log(`# join vs in-process signing: ${(join.wallMs / phases[0].wallMs).toFixed(1)}x wall`)
  if (withCfssl) console.log(`# join through cfssl vs own CA: ${(phases[3].wallMs / join.wallMs).toFixed(2)}x wall`)
}

const started = { daemons: [] as TestDaemon[], procs: [] as ChildProcess[], dirs: [] as string[] }
const cleanup = async () => {
  await Promise.all(started.daemons.map((d) => d.destroy().catch(() => undefined)))
  for (const p of started.procs) if (p.exitCode === null) p.kill('SIGKILL')
  for (const d of started.dirs) fs.rmSync(d, { recursive: true, force: true })
}
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)))
process.once('SIGTERM', () => void cleanup().finally(() => process.exit(143)))
main(started)
  .catch((err) => {
    console.error(err)
    process.exitCode = 1
  })
  .finally(() => cleanup())
