// A chaos run: a cluster of real daemons in network namespaces (cluster.ts) under a
// steady client workload (workload.ts) while the nemesis (nemesis.ts) injects faults from
// a seed; afterwards every fault is healed and the run checks that the history is
// linearizable (checker.ts: Porcupine), that the cluster converges within CONVERGE_MS
// (invariants.ts), and, after teardown, that nothing is left behind. Bounded in time;
// cleans up on failure too.
//
//   npm run chaos -- --seed N --rounds R --managers 3|5 --workers W [--clients C]
//                    [--no-disk-full] [--strict-reads] [--overlay] [--containers] [--faults KIND,...] [--out DIR]
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { waitFor } from '../__test__/helpers/daemon'
import { buildChecker, checkHistory, type CheckReport } from './checker'
import { CONTAINER_IMAGE, ChaosCluster } from './cluster'
import { History, type OpRecord } from './history'
import { converge, leaks, machineState, removedCleanly, type Convergence } from './invariants'
import { FAULT_KINDS, Nemesis, type FaultKind } from './nemesis'
import { Random } from './random'
import { staleReads } from './stale'
import { NETWORK, RETRY_BOUND_MS, SECRETS, SERVICES, Workload } from './workload'

export interface ChaosOptions {
  seed: number
  rounds: number
  managers: number
  workers: number
  clients: number
  diskFull: boolean
  strictReads: boolean // a stale read (see ChaosResult.readCheck) fails the run
  // Some services' tasks on an overlay network (workload.ts OVERLAY_SERVICES), and after
  // convergence every service removed and each host checked for what its tasks left.
  overlay?: boolean
  // Some services run containers (workload.ts CONTAINER_SERVICES), each host with its own
  // containerd; after convergence every containerd is checked for what they left.
  containers?: boolean
  faults: FaultKind[] | null // the kinds the nemesis may inject (null: all)
  outDir: string
  log: (line: string) => void
}

export interface FaultRecord {
  round: number
  kind: FaultKind
  detail: string
  heldMs: number
  leaderAfterMs: number | null // from the heal until a manager leads again (null: none within 30 s)
  crashed: string[] // members found dead at the heal (not killed by the fault)
}

export interface ChaosResult {
  options: Omit<ChaosOptions, 'log'>
  durationMs: number
  faults: FaultRecord[]
  faultsByKind: Partial<Record<FaultKind, number>>
  operations: { total: number; ok: number; fail: number; unknown: number }
  // Client operations that did not get a definite answer, by what was in force when they
  // were invoked ("none": between faults): surely without effect, the request never
  // reaching a daemon (transport) or refused before anything was proposed (refused: no
  // leader, the forward failed to connect); or of unknown outcome (a timeout, a connection
  // lost after sending, an error after a proposal may have been made).
  failed: Record<string, { transport: number; refused: number; unknown: number }>
  // Operations whose first attempt got no definite answer, by fault in force at invocation
  // and by what that attempt met: the manager asked did not answer (killed, paused:
  // "unanswered"), answered without a definite answer while it could reach no majority of
  // the managers ("cutOff": docker's no-leader words are all it can say), or answered so
  // while it could ("answered": a leader change it did not ride through); and of each how
  // many a retry at the next manager within the bound (workload.ts RETRY_BOUND_MS) saved.
  // The goal is answeredSaved 0: a manager that can reach a quorum rides through the
  // leader change itself.
  retried: Record<string, { unanswered: number; unansweredSaved: number; cutOff: number; cutOffSaved: number; answered: number; answeredSaved: number }>
  check: CheckReport | null // writes, and reads once every replica caught up
  readCheck: CheckReport | null // every operation
  staleReads: number // reads certainly stale (stale.ts)
  convergence: Convergence | null
  overlayTasks?: number // --overlay: tasks running on the network when every service was removed
  containerTasks?: number // --containers: containers running then
  leaks: string[]
  anomalies: string[]
  knownAnomalies: string[] // of a kind docs/RELIABILITY.md describes (not failing the run)
  crashLogs: { member: string; log: string }[]
}

// The whole run's limit: setup, rounds of at most ~40 s, convergence, checking.
const runLimitMs = (o: ChaosOptions) => 240_000 + o.rounds * 45_000

export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const started = Date.now()
  fs.mkdirSync(o.outDir, { recursive: true })
  buildChecker() // fail before anything is started when the checker cannot be built
  const before = machineState()
  const rng = new Random(o.seed)
  const cluster = new ChaosCluster(o.managers, o.workers, { subnet: '10.215.0', diskFull: o.diskFull, containers: o.containers })
  const history = new History()
  const nemesis = new Nemesis(cluster, rng, o.faults)
  const workload = new Workload(cluster, history, nemesis, o.seed, { network: o.overlay ? NETWORK : null, image: o.containers ? CONTAINER_IMAGE : null })
  const result: ChaosResult = {
    options: { seed: o.seed, rounds: o.rounds, managers: o.managers, workers: o.workers, clients: o.clients, diskFull: o.diskFull, strictReads: o.strictReads, overlay: o.overlay, containers: o.containers, faults: o.faults, outDir: o.outDir },
    durationMs: 0,
    faults: [],
    faultsByKind: {},
    operations: { total: 0, ok: 0, fail: 0, unknown: 0 },
    failed: {},
    retried: {},
    check: null,
    readCheck: null,
    staleReads: 0,
    convergence: null,
    leaks: [],
    anomalies: [],
    knownAnomalies: [],
    crashLogs: [],
  }
  let timer: NodeJS.Timeout | undefined
  let onSignal: (() => void) | undefined
  try {
    // Ends early on its time limit or on SIGINT/SIGTERM, cleaning up either way.
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the run passed its limit of ${runLimitMs(o) / 1000} s`)), runLimitMs(o))
      onSignal = () => reject(new Error('interrupted'))
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
    })
    await Promise.race([limit, body()])
  } catch (err) {
    result.anomalies.push(`run failed: ${(err as Error).stack ?? err}`)
  } finally {
    clearTimeout(timer)
    if (onSignal) process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
    await workload.stop().catch(() => undefined)
    // Each daemon's output, every start of it, for what went wrong.
    for (const m of cluster.members) fs.writeFileSync(path.join(o.outDir, `${m.name}.log`), m.daemon.log)
    const left = await cluster.destroy().catch((err) => [`teardown: ${err}`])
    // Each daemon's dir and each containerd's (a shim names its containerd's socket).
    const dirs = cluster.members.flatMap((m) => [m.daemon.dir, ...(m.containerd ? [m.containerd.dir] : [])])
    result.leaks = [...left, ...leaks(before, dirs, cluster.net.tag)]
    for (const l of result.leaks) result.anomalies.push(`leak: ${l}`)
    summarise(history.ops)
    if (!result.check) history.write(path.join(o.outDir, 'history.jsonl')) // a run that failed: what it did
  }
  result.durationMs = Date.now() - started
  fs.writeFileSync(path.join(o.outDir, 'report.json'), JSON.stringify(result, null, 2) + '\n')
  return result

  async function body(): Promise<void> {
    o.log(`seed ${o.seed}: ${o.managers} managers, ${o.workers} workers, ${o.clients} clients, ${o.rounds} rounds; output in ${o.outDir}`)
    await cluster.start()
    if (o.overlay) await cluster.createNetwork(NETWORK)
    o.log('cluster formed; workload starts')
    workload.start(o.clients)
    await sleep(3000)
    for (let round = 1; round <= o.rounds && !cluster.closed; round++) {
      const fault = await nemesis.inject()
      const heldMs = rng.int(2000, 6000)
      o.log(`round ${round}: ${fault.kind} ${fault.detail}, held ${heldMs} ms`)
      await sleep(heldMs)
      const crashed = await nemesis.heal(fault)
      result.crashLogs.push(...crashed)
      const healed = Date.now()
      const leader = await waitFor('a leader', () => cluster.leader(), 30_000, 200).catch(() => null)
      const rec: FaultRecord = { round, kind: fault.kind, detail: fault.detail, heldMs, leaderAfterMs: leader ? Date.now() - healed : null, crashed: crashed.map((c) => c.member) }
      result.faults.push(rec)
      result.faultsByKind[fault.kind] = (result.faultsByKind[fault.kind] ?? 0) + 1
      if (!leader) result.anomalies.push(`round ${round}: no leader 30 s after healing ${fault.kind} (${fault.detail})`)
      if (crashed.length && fault.kind !== 'disk-full') result.anomalies.push(`round ${round}: ${crashed.map((c) => c.member).join(', ')} crashed under ${fault.kind}`)
      await sleep(rng.int(1000, 3000))
    }
    await workload.stop()
    cluster.healAll()
    o.log('faults healed; waiting for convergence')
    try {
      result.convergence = await converge(cluster, Date.now())
      o.log(`converged in ${result.convergence.ms} ms`)
    } catch (err) {
      result.anomalies.push((err as Error).message)
    }
    await finalReads()
    if ((o.overlay || o.containers) && result.convergence) {
      // Every service removed: each host must be left with no task of it (namespaces,
      // links, mounts), only the network's own sandbox.
      const removed = await removedCleanly(cluster, o.overlay ? NETWORK : null)
      result.overlayTasks = removed.onNetwork
      result.containerTasks = removed.containers
      o.log(`every service removed (${removed.onNetwork} tasks were running on ${NETWORK}, ${removed.containers} containers): ${removed.left.length ? `left: ${removed.left.join('; ')}` : 'nothing left on the hosts'}`)
      for (const left of removed.left) result.anomalies.push(`left after every service was removed: ${left}`)
    }
    const file = path.join(o.outDir, 'history.jsonl')
    history.write(file)
    // Writes, and the reads made once every replica had caught up: what a lost, doubled
    // or misordered write shows in.
    const writes = path.join(o.outDir, 'history-writes.jsonl')
    fs.writeFileSync(writes, history.ops.filter((op) => op.op !== 'read' || op.client >= o.clients).map((op) => JSON.stringify(op)).join('\n') + '\n')
    fs.mkdirSync(path.join(o.outDir, 'writes'), { recursive: true })
    result.check = checkHistory(writes, { htmlDir: path.join(o.outDir, 'writes'), timeoutS: 120 })
    o.log(`writes: ${result.check.operations} operations on ${result.check.objects} objects: ${result.check.result}`)
    for (const bad of result.check.illegal) result.anomalies.push(`writes not linearizable: ${bad.key} (${bad.operations} operations; ${bad.visualization})`)
    for (const key of result.check.unknown) result.anomalies.push(`linearizability check timed out: ${key}`)
    // Every read too: reads on a manager that is not the leader are answered from its own
    // replica, which may lag (docs/RELIABILITY.md, known anomalies).
    result.readCheck = checkHistory(file, { htmlDir: o.outDir, timeoutS: 120 })
    o.log(`with every read: ${result.readCheck.operations} operations: ${result.readCheck.result}`)
    const keys = result.readCheck.illegal.map((b) => `${b.key} (${b.visualization})`)
    const stale = staleReads(history.ops)
    result.staleReads = stale.length
    if (keys.length || stale.length) {
      const worst = stale.sort((a, b) => b.staleMs - a.staleMs)[0]
      const example = worst
        ? `; e.g. a read of ${worst.read.key} on ${worst.read.server} at ${(worst.read.call / 1e9).toFixed(3)} s returned ${worst.read.out}, ${Math.round(worst.staleMs)} ms after ${worst.newer.op} ${worst.newer.value ?? ''} was acknowledged`
        : ''
      ;(o.strictReads ? result.anomalies : result.knownAnomalies).push(`stale reads: ${stale.length} certainly stale${example}; objects not linearizable with every read: ${keys.join(', ') || 'none'}`)
    }
  }

  // Every object read from every manager once all is quiet: what the history ends with,
  // so a write lost (or applied twice) anywhere shows in the check.
  async function finalReads(): Promise<void> {
    for (const [i, m] of cluster.managerMembers.entries()) {
      const client = o.clients + i
      for (const s of SERVICES) await workload.op(client, m, `service:${s}`, 'read', {}, 'GET', `/services/${s}`, undefined, false)
      for (const s of SECRETS) await workload.op(client, m, `secret:${s}`, 'read', {}, 'GET', `/secrets/${s}`, undefined, false)
      for (const n of cluster.members) await workload.op(client, m, `node:${n.nodeId}`, 'read', {}, 'GET', `/nodes/${n.nodeId}`, undefined, false)
    }
  }

  function summarise(ops: OpRecord[]): void {
    result.operations.total = ops.length
    for (const op of ops) {
      result.operations[op.outcome]++
      if (op.first) {
        const r = (result.retried[op.faults?.[0] ?? 'none'] ??= { unanswered: 0, unansweredSaved: 0, cutOff: 0, cutOffSaved: 0, answered: 0, answeredSaved: 0 })
        const saved = op.outcome === 'ok' ? 1 : 0
        if (!/^\d{3}:/.test(op.first.error)) {
          r.unanswered++
          r.unansweredSaved += saved
        } else if (op.first.cutOff) {
          r.cutOff++
          r.cutOffSaved += saved
        } else {
          r.answered++
          r.answeredSaved += saved
        }
      }
      if (op.outcome === 'ok') continue
      const during = op.faults?.[0] ?? 'none'
      const f = (result.failed[during] ??= { transport: 0, refused: 0, unknown: 0 })
      if (op.outcome === 'unknown') f.unknown++
      else if (/^\d{3}:/.test(op.error ?? '')) f.refused++
      else f.transport++
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function parseArgs(argv: string[]): ChaosOptions {
  const o: ChaosOptions = { seed: 1, rounds: 10, managers: 3, workers: 1, clients: 3, diskFull: true, strictReads: false, faults: null, outDir: '', log: (l) => console.log(l) }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const num = () => {
      const v = Number(argv[++i])
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a non-negative integer, not "${argv[i]}"`)
      return v
    }
    if (a === '--seed') o.seed = num()
    else if (a === '--rounds') o.rounds = num()
    else if (a === '--managers') o.managers = num()
    else if (a === '--workers') o.workers = num()
    else if (a === '--clients') o.clients = num()
    else if (a === '--no-disk-full') o.diskFull = false
    else if (a === '--strict-reads') o.strictReads = true
    else if (a === '--overlay') o.overlay = true
    else if (a === '--containers') o.containers = true
    else if (a === '--out') o.outDir = argv[++i] ?? ''
    else if (a === '--faults') o.faults = parseFaults(argv[++i] ?? '')
    else throw new Error(`unknown argument "${a}" (expected --seed N --rounds R --managers 3|5 --workers W [--clients C] [--no-disk-full] [--strict-reads] [--overlay] [--containers] [--faults KIND,...] [--out DIR])`)
  }
  if (o.managers !== 3 && o.managers !== 5) throw new Error(`--managers must be 3 or 5, not ${o.managers}`)
  if (o.clients < 1) throw new Error('--clients must be at least 1')
  if (!o.outDir) o.outDir = fs.mkdtempSync(path.join(os.tmpdir(), `shoal-chaos-seed${o.seed}-`))
  return o
}

function parseFaults(list: string): FaultKind[] {
  const kinds = list.split(',').filter(Boolean)
  const unknown = kinds.filter((k) => !(FAULT_KINDS as readonly string[]).includes(k))
  if (kinds.length === 0 || unknown.length > 0) throw new Error(`--faults takes kinds from ${FAULT_KINDS.join(', ')}${unknown.length ? `, not ${unknown.join(', ')}` : ''}`)
  return kinds as FaultKind[]
}

async function main(): Promise<void> {
  let o: ChaosOptions
  try {
    o = parseArgs(process.argv.slice(2))
  } catch (err) {
    console.error((err as Error).message)
    process.exit(2)
  }
  const r = await runChaos(o)
  console.log(`\nfaults: ${FAULT_KINDS.filter((k) => r.faultsByKind[k]).map((k) => `${k} ${r.faultsByKind[k]}`).join(', ')}`)
  console.log(`operations: ${r.operations.total} (ok ${r.operations.ok}, fail ${r.operations.fail}, unknown ${r.operations.unknown}); checked: ${r.check?.operations ?? 0} writes and final reads, ${r.readCheck?.operations ?? 0} with every read`)
  console.log(`without a definite answer, by fault in force: ${JSON.stringify(r.failed)}`)
  console.log(`first attempts without a definite answer (and saved by a retry within ${RETRY_BOUND_MS} ms), by fault in force: ${JSON.stringify(r.retried)}`)
  console.log(`convergence: ${r.convergence ? `${r.convergence.ms} ms` : 'none'}; leaks: ${r.leaks.length}; ${Math.round(r.durationMs / 1000)} s`)
  if (r.knownAnomalies.length) console.log(`known anomalies:\n${r.knownAnomalies.map((a) => `- ${a}`).join('\n')}`)
  console.log(r.anomalies.length ? `ANOMALIES:\n${r.anomalies.map((a) => `- ${a}`).join('\n')}` : 'no anomalies')
  console.log(`report: ${path.join(o.outDir, 'report.json')}`)
  process.exit(r.anomalies.length ? 1 : 0)
}

if (require.main === module) void main()
