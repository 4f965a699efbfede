// Scheduling throughput (issue: many nodes), side by side with SwarmKit's own scheduler.
//
// shoal: a real manager in this process (Raft log on a temp dir, the Rust store, the
// orchestrator, scheduler and dispatcher) with N simulated nodes: in-process agent
// sessions that report each assigned task RUNNING at once, through the dispatcher's
// batched status path. S services totalling T tasks are created; we time create → all T
// assigned (committed through Raft) and create → all T reported running.
// anchor: bench/anchors/swarmkit (SwarmKit's manager/scheduler over its memory store),
// the same N, T and S, run in the same invocation so the ratio is measured on one machine.
//
// Run: npm run build && node dist/bench/scheduling.js [--no-anchor] [NODESxTASKS ...]   (default 100x10000 1000x100000)
// --no-anchor: shoal alone (e.g. under --cpu-prof).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TaskState } from '../src/agent/types'
import { createRootCA } from '../src/manager/ca/rootca'
import { newId } from '../src/manager/ids'
import { Manager } from '../src/manager/manager'
import { idOf, v1, WriteBatch, type Shared, type Task } from '../src/manager/store'

const SERVICES = 10
const ROOT = path.resolve(__dirname, '..', '..')

interface Figures {
  assignS: number
  runningS: number
  peakRssMb: number
}

async function runShoal(nodes: number, tasks: number): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-sched-bench-'))
  const mgr = Manager.open({ dataDir: dir, raftId: 1, raftKey: randomBytes(32) })
  try {
    const root = await createRootCA()
    // As a founding daemon: the manager's secrets key exists before the cluster does.
    fs.mkdirSync(path.join(dir, 'certificates'), { recursive: true })
    if (!mgr.secretsKey.raw()) mgr.secretsKey.generate()
    await mgr.bootstrap({
      clusterId: newId(),
      nodeId: newId(),
      rootCaCertPem: root.certPem,
      rootCaKeyPem: root.keyPem,
      nodeCertPem: '',
      joinTokens: { worker: '', manager: '' },
      addr: '127.0.0.1:2377',
    })
    // The manager node itself takes no tasks here: it is drained.
    await mgr.store.write((batch, view) => {
      for (const n of view.list('nodes')) {
        n.spec!.availability = 'drain'
        batch.update('nodes', n)
      }
    })
    const nodeIds: string[] = []
    let batch = new WriteBatch()
    for (let i = 0; i < nodes; i++) {
      const id = newId()
      nodeIds.push(id)
      batch.create(
        'nodes',
        new v1.Node({
          meta: new v1.Meta({ id }),
          spec: new v1.NodeSpec({ role: 'worker', availability: 'active', annotations: new v1.Annotations({}) }),
          status: new v1.NodeStatus({ state: 'unknown' }),
        }),
      )
      if (batch.size >= 1000) {
        await mgr.store.commit(batch)
        batch = new WriteBatch()
      }
    }
    await mgr.store.commit(batch)
    mgr.start()

    // Counted by the change that moves each task to ASSIGNED and to RUNNING, not by Sets of
    // the ids seen (which took ~55 ms of this thread inside the measured window): in this
    // bench a task is assigned once (by the scheduler, before any agent sees it) and
    // reported running once (the simulated agents below), so each count reaches `tasks`
    // exactly when the last task gets there. Checked at the end against the store: every
    // task running and each count exactly `tasks` (a task counted twice leaves one too many).
    let assigned = 0
    let running = 0
    let t0 = 0
    let assignedAt = 0
    let done!: () => void
    const allRunning = new Promise<void>((r) => (done = r))
    mgr.store.onChange((changes) => {
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i]
        if (c.table !== 'tasks' || !c.object) continue
        const state = (c.object as Shared<Task>).status?.state ?? 0
        if (state === TaskState.ASSIGNED) {
          if (++assigned === tasks) assignedAt = performance.now()
        } else if (state === TaskState.RUNNING) {
          if (++running === tasks) done()
        }
      }
    })

    // Simulated agents: accept and report running at once.
    for (const nodeId of nodeIds) {
      const reported = new Set<string>()
      await mgr.dispatcher.register(
        nodeId,
        { hostname: `sim-${nodeId.slice(0, 6)}`, os: 'linux', architecture: 'x86_64', nanoCpus: 64e9, memoryBytes: 256 * 2 ** 30, engineVersion: 'sim', runtimes: ['process'], addr: '127.0.0.1' },
        {
          assign: (list) => {
            const now = Date.now()
            const updates = []
            for (const t of list) {
              const id = idOf(t)
              if (t.desiredState !== TaskState.RUNNING || reported.has(id)) continue
              reported.add(id)
              updates.push({ taskId: id, state: TaskState.RUNNING, timestamp: now, message: 'started' })
            }
            if (updates.length) mgr.dispatcher.report(nodeId, updates)
          },
          close: () => undefined,
        },
      )
    }

    t0 = performance.now()
    const per = Math.floor(tasks / SERVICES)
    await Promise.all(
      Array.from({ length: SERVICES }, (_, i) =>
        mgr.control.createService(
          new v1.ServiceSpec({
            annotations: new v1.Annotations({ name: `svc${i}` }),
            mode: 'replicated',
            replicas: i === SERVICES - 1 ? tasks - per * (SERVICES - 1) : per,
            task: new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image: 'sleep', args: ['600'] }), restart: new v1.RestartPolicy({ condition: 'none' }) }),
          }),
        ),
      ),
    )
    const timeout = setTimeout(() => done(), 300_000)
    await allRunning
    clearTimeout(timeout)
    const end = performance.now()
    const all = (await mgr.store.sharedView()).list('tasks')
    const notRunning = all.filter((t) => t.status?.state !== TaskState.RUNNING).length
    if (all.length !== tasks || notRunning > 0 || assigned !== tasks || running !== tasks) {
      throw new Error(`${all.length} tasks (${notRunning} not running), counted ${assigned} assigned and ${running} running, of ${tasks}`)
    }
    return { assignS: (assignedAt - t0) / 1000, runningS: (end - t0) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }
  } finally {
    await mgr.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

interface Anchor {
  assign_s: number
  tasks_per_s: number
  peak_rss_mb: number
  version: string
}

function buildAnchor(): string | null {
  const out = path.join(os.tmpdir(), 'shoal-swarmkit-anchor')
  try {
    execFileSync('go', ['build', '-o', out, '.'], { cwd: path.join(ROOT, 'bench', 'anchors', 'swarmkit'), stdio: 'inherit' })
    return out
  } catch (err) {
    console.error(`# swarmkit anchor not built: ${(err as Error).message}`)
    return null
  }
}

function runAnchor(bin: string, nodes: number, tasks: number): Anchor {
  const out = execFileSync(bin, ['-nodes', String(nodes), '-tasks', String(tasks), '-services', String(SERVICES)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  return JSON.parse(out.trim().split('\n').pop()!)
}

async function main(): Promise<void> {
  const noAnchor = process.argv.includes('--no-anchor')
  const args = process.argv.slice(2).filter((a) => a !== '--no-anchor')
  const sizes = (args.length ? args : ['100x10000', '1000x100000']).map((s) => {
    const m = /^(\d+)x(\d+)$/.exec(s)
    if (!m) throw new Error(`bad size "${s}": expected NODESxTASKS`)
    return { nodes: Number(m[1]), tasks: Number(m[2]) }
  })
  const anchor = noAnchor ? null : buildAnchor()
  const rows: string[] = []
  for (const { nodes, tasks } of sizes) {
    const s = await runShoal(nodes, tasks)
    const a = anchor ? runAnchor(anchor, nodes, tasks) : null
    const shoalRate = tasks / s.assignS
    rows.push(
      `| ${nodes} × ${tasks} | ${s.assignS.toFixed(2)} | ${Math.round(shoalRate)} | ${s.runningS.toFixed(2)} | ${s.peakRssMb.toFixed(0)} | ` +
        (a ? `${a.assign_s.toFixed(2)} | ${Math.round(a.tasks_per_s)} | ${a.peak_rss_mb.toFixed(0)} | ${(shoalRate / a.tasks_per_s).toFixed(2)}× |` : 'n/a | n/a | n/a | n/a |'),
    )
  }
  console.log(`# scheduling throughput, ${os.cpus().length} cores, ${os.cpus()[0]?.model}, ${new Date().toISOString()}`)
  console.log(`# command: node dist/bench/scheduling.js ${args.join(' ') || '100x10000 1000x100000'}`)
  console.log('| nodes × tasks | shoal create→assigned (s) | shoal tasks/s | shoal create→running (s) | shoal peak RSS (MB) | swarmkit assign (s) | swarmkit tasks/s | swarmkit peak RSS (MB) | shoal/swarmkit |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) console.log(r)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
