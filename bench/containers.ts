// Container services at scale (issue 12), shoal beside Docker's swarm mode in the same run
// on this machine. Each side: a fresh daemon with its own containerd (shoal: a private
// containerd 1.6 with the overlayfs snapshotter; Docker: a private dockerd, ./dockerd.ts,
// with the containerd it manages), the same busybox image (built from busybox-static by
// the tests' helper) loaded from the same `docker save` archive with each side's CLI, then
// the same service (`sleep 3600`, restart condition none, 1 s stop grace):
//   load      `image load -i` of the archive (no registry: nothing is pulled)
//   create    `service create --replicas N` → N tasks RUNNING (service status, every 100 ms)
//   scale     N → M → M RUNNING
//   per task  CreatedAt → the RUNNING status's timestamp (p50, p90, max), per batch
//   remove    `service rm` → no container of the service left in the side's containerd
// and the peak RSS of each daemon and of its containerd (shims not counted: one per
// container on both sides). The sides run one after the other, never together.
//
// Run: npm run build && flock /tmp/shoal-heavy.lock node dist/bench/containers.js \
//        [--side shoal|docker|both] [--replicas 100,300] [--oci-runtime runc|crun] [--cpu-prof] [--floor]
// --floor: also the runtime's own cost (./containerd-floor.ts): N containers created and
// started straight through the addon on a private containerd, as many at once as cores,
// then all N at once.
// --cpu-prof: shoal's daemon runs under node --cpu-prof; the profile's top functions by
// self time are printed and the .cpuprofile kept (its path printed).
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { TestDaemon, freePort, waitFor } from '../__test__/helpers/daemon'
import { TestContainerd, buildBusyboxImage, containerSkipReason, dockerSaveArchive } from '../__test__/helpers/containerd'
import { PrivateDockerd, dockerSkipReason, pidWhoseArgsInclude } from './dockerd'
import { summarizeCpuProfile } from './cpuprofile'
import { runtimeFloor } from './containerd-floor'
import { stepMedians } from './trace-report'

// What an interrupted run (Ctrl-C, SIGTERM from `timeout`) tears down before it exits, so
// no dockerd, containerd or container outlives it. Each entry runs at most once.
const teardown = new Set<() => Promise<void>>()
function guarded(destroy: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null
  const once = () => {
    teardown.delete(once)
    return (done ??= destroy())
  }
  teardown.add(once)
  return once
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`# ${sig}: tearing down`)
    void Promise.allSettled([...teardown].map((f) => f())).then(() => process.exit(130))
  })
}

const IMAGE = 'busybox:bench'
const SERVICE = 'bench'

interface Side {
  name: 'shoal' | 'docker'
  api(method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: any; text: string }>
  load(archive: string): Promise<void>
  containersLeft(): Promise<number>
  pids(): { daemon: number; containerd: number }
  destroy(): Promise<void>
}

interface Figures {
  side: string
  loadS: number
  first: number
  createS: number
  firstTask: Latency
  second?: number
  scaleS?: number
  scaleTask?: Latency
  removeS: number
  failed: number
  failedReason?: string // the first failed task's error
  daemonPeakMb: number
  containerdPeakMb: number
}

interface Latency {
  p50: number
  p90: number
  max: number
}

function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : NaN
  } catch {
    return NaN
  }
}

const seconds = (ms: number) => +(ms / 1000).toFixed(2)

async function shoalSide(runtime: string, cpuProfDir: string | null): Promise<Side> {
  const ctd = new TestContainerd('shoal-bench-ctd')
  const destroyCtd = guarded(() => ctd.destroy())
  try {
    await ctd.start()
  } catch (err) {
    await destroyCtd()
    throw err
  }
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []
  const d = new TestDaemon('shoal-bench-ctr', ['--containerd-socket', ctd.socket, '--oci-runtime', runtime], { nodeArgs })
  const note = () => {
    // The daemon's word on --oci-runtime crun where crun cannot run (it uses runc).
    const refusal = /--oci-runtime crun: [^\n]*/.exec(d.log)
    if (refusal) console.log(`# shoal daemon: ${refusal[0]}`)
  }
  const destroy = guarded(async () => {
    note()
    // SHOAL_TRACE=1 (src/trace.ts, inherited by the daemon): each task's way, step by step.
    if (process.env.SHOAL_TRACE === '1') console.log(`# shoal's steps per task (SHOAL_TRACE=1), medians over the tasks\n${stepMedians(d.log)}`)
    // A graceful stop first: that is when node writes the CPU profile.
    if (cpuProfDir) await d.stop().catch(() => undefined)
    await d.destroy()
    await destroyCtd()
  })
  try {
    await d.start()
    const init = await d.api('POST', '/swarm/init', { ListenAddr: `127.0.0.1:${await freePort()}`, AdvertiseAddr: '127.0.0.1' })
    if (init.status !== 200) throw new Error(`shoal swarm init: ${init.text}`)
    await waitFor('the container runtime', async () => (await d.api('GET', '/nodes')).body[0]?.Description?.Engine?.Runtimes?.includes('container'))
  } catch (err) {
    await destroy()
    throw err
  }
  return {
    name: 'shoal',
    api: (m, p, b) => d.api(m, p, b),
    async load(archive) {
      const r = await d.cli('image', 'load', '-i', archive)
      if (r.code !== 0) throw new Error(`shoal image load: ${r.stderr}`)
    },
    containersLeft: async () => ctd.containers().length,
    pids: () => ({ daemon: d.proc?.pid ?? 0, containerd: pidWhoseArgsInclude('/usr/bin/containerd\0', ctd.dir) }),
    destroy,
  }
}

async function dockerSide(runtime: 'runc' | 'crun'): Promise<Side> {
  const dk = new PrivateDockerd(runtime)
  const destroy = guarded(() => dk.destroy())
  try {
    await dk.start()
    const init = await dk.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', '127.0.0.1:2377')
    if (init.code !== 0) throw new Error(`docker swarm init: ${init.stderr}`)
  } catch (err) {
    await destroy()
    throw err
  }
  const filter = encodeURIComponent(JSON.stringify({ label: [`com.docker.swarm.service.name=${SERVICE}`] }))
  return {
    name: 'docker',
    api: (m, p, b) => dk.api(m, p, b),
    async load(archive) {
      const r = await dk.cli('load', '-i', archive)
      if (r.code !== 0) throw new Error(`docker load: ${r.stderr}`)
    },
    containersLeft: async () => (await dk.api('GET', `/containers/json?all=1&filters=${filter}`)).body.length,
    pids: () => ({ daemon: dk.pid, containerd: dk.containerdPid() }),
    destroy,
  }
}

// Waits until `want` tasks of the service run, or every task is running or has ended
// (a failed task is not replaced: restart condition none). Answers the failed count.
async function converge(side: Side, want: number): Promise<number> {
  const filter = encodeURIComponent(JSON.stringify({ name: [SERVICE] }))
  let failed = 0
  let polls = 0
  await waitFor(`${side.name}: ${want} running`, async () => {
    const svc = (await side.api('GET', `/services?status=true&filters=${filter}`)).body[0]
    const running = svc?.ServiceStatus?.RunningTasks ?? 0
    if (running === want) return true
    if (++polls % 20 !== 0) return false // the task list, every 2 s
    failed = (await tasks(side)).filter((t) => t.Status.State === 'failed' || t.Status.State === 'rejected').length
    return running + failed >= want
  }, 900_000, 100)
  return failed
}

async function tasks(side: Side): Promise<any[]> {
  const filter = encodeURIComponent(JSON.stringify({ service: [SERVICE] }))
  return (await side.api('GET', `/tasks?filters=${filter}`)).body
}

// CreatedAt → RUNNING of the running tasks whose slot is in (from, to].
async function latency(side: Side, from: number, to: number): Promise<Latency> {
  const ms = (await tasks(side))
    .filter((t) => t.Status.State === 'running' && t.Slot > from && t.Slot <= to)
    .map((t) => Date.parse(t.Status.Timestamp) - Date.parse(t.CreatedAt))
    .sort((a, b) => a - b)
  const at = (q: number) => seconds(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? NaN)
  return { p50: at(0.5), p90: at(0.9), max: seconds(ms[ms.length - 1] ?? NaN) }
}

async function measure(side: Side, archive: string, first: number, second: number | undefined): Promise<Figures> {
  let t = performance.now()
  await side.load(archive)
  const loadS = seconds(performance.now() - t)
  const spec = {
    Name: SERVICE,
    TaskTemplate: { ContainerSpec: { Image: IMAGE, Args: ['sleep', '3600'], StopGracePeriod: 1e9 }, RestartPolicy: { Condition: 'none' } },
    Mode: { Replicated: { Replicas: first } },
  }
  t = performance.now()
  const res = await side.api('POST', '/services/create', spec)
  if (res.status !== 201) throw new Error(`${side.name} service create: ${res.text}`)
  let failed = await converge(side, first)
  const out: Figures = { side: side.name, loadS, first, createS: seconds(performance.now() - t), firstTask: await latency(side, 0, first), removeS: 0, failed: 0, daemonPeakMb: 0, containerdPeakMb: 0 }
  if (second) {
    const svc = (await side.api('GET', `/services/${SERVICE}`)).body
    t = performance.now()
    const upd = await side.api('POST', `/services/${SERVICE}/update?version=${svc.Version.Index}`, { ...svc.Spec, Mode: { Replicated: { Replicas: second } } })
    if (upd.status !== 200) throw new Error(`${side.name} scale: ${upd.text}`)
    failed = await converge(side, second)
    out.second = second
    out.scaleS = seconds(performance.now() - t)
    out.scaleTask = await latency(side, first, second)
  }
  out.failed = failed
  if (failed) out.failedReason = (await tasks(side)).find((t) => t.Status.State === 'failed' || t.Status.State === 'rejected')?.Status.Err
  const { daemon, containerd } = side.pids()
  out.daemonPeakMb = peakRssMb(daemon)
  out.containerdPeakMb = peakRssMb(containerd)
  t = performance.now()
  const rm = await side.api('DELETE', `/services/${SERVICE}`)
  if (rm.status !== 200) throw new Error(`${side.name} service rm: ${rm.text}`)
  await waitFor(`${side.name}: containers removed`, async () => (await side.containersLeft()) === 0, 900_000, 200)
  out.removeS = seconds(performance.now() - t)
  return out
}

function machine(): string {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname, encoding: 'utf8' }).stdout.trim()
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ')
  return `${new Date().toISOString().slice(0, 16)} UTC, commit ${commit}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, kernel ${os.release()}, load ${load}`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      side: { type: 'string', default: 'both' },
      replicas: { type: 'string', default: '100,300' },
      'oci-runtime': { type: 'string', default: 'runc' },
      'cpu-prof': { type: 'boolean', default: false },
      floor: { type: 'boolean', default: false },
    },
  })
  const side = values.side!
  if (!['shoal', 'docker', 'both'].includes(side)) throw new Error(`--side: "${side}" is not one of shoal, docker, both`)
  const runtime = values['oci-runtime'] as 'runc' | 'crun'
  if (runtime !== 'runc' && runtime !== 'crun') throw new Error(`--oci-runtime: "${runtime}" is not one of runc, crun`)
  const counts = values.replicas!.split(',').map(Number)
  if (counts.length > 2 || counts.some((n) => !Number.isInteger(n) || n < 1) || (counts[1] !== undefined && counts[1] <= counts[0])) {
    throw new Error(`--replicas: "${values.replicas}" is not N or N,M with 0 < N < M`)
  }
  const [first, second] = counts
  const skip = containerSkipReason() ?? (side !== 'shoal' ? dockerSkipReason() : null)
  if (skip) throw new Error(`cannot run: ${skip}`)
  console.log(`# ${machine()}`)
  console.log(`# node dist/bench/containers.js --side ${side} --replicas ${values.replicas} --oci-runtime ${runtime}${values['cpu-prof'] ? ' --cpu-prof' : ''}${values.floor ? ' --floor' : ''}`)

  const work = fs.mkdtempSync('/tmp/shoal-bench-img-')
  const removeWork = guarded(async () => fs.rmSync(work, { recursive: true, force: true }))
  const profDir = values['cpu-prof'] ? fs.mkdtempSync('/tmp/shoal-bench-prof-') : null
  const results: Figures[] = []
  try {
    const archive = dockerSaveArchive(buildBusyboxImage(), [IMAGE], path.join(work, 'busybox.tar'))
    if (values.floor) {
      for (const c of [Math.max(2, os.availableParallelism()), first]) console.log(JSON.stringify({ floor: await runtimeFloor(archive, IMAGE, first, c, runtime, guarded) }))
    }
    for (const name of side === 'both' ? (['shoal', 'docker'] as const) : [side as 'shoal' | 'docker']) {
      const s = name === 'shoal' ? await shoalSide(runtime, profDir) : await dockerSide(runtime)
      try {
        const f = await measure(s, archive, first, second)
        console.log(JSON.stringify(f))
        results.push(f)
      } finally {
        await s.destroy()
      }
    }
  } finally {
    await removeWork()
  }
  const [a, b] = results
  if (a && b && !a.failed && !b.failed) {
    const r = (x?: number, y?: number) => (x !== undefined && y ? +(x / y).toFixed(2) : undefined)
    console.log(JSON.stringify({ shoalOverDocker: { create: r(a.createS, b.createS), scale: r(a.scaleS, b.scaleS), remove: r(a.removeS, b.removeS), load: r(a.loadS, b.loadS) }, goal: 0.2 }))
  }
  if (profDir) {
    for (const f of fs.readdirSync(profDir)) console.log(`# cpu profile ${path.join(profDir, f)}\n${summarizeCpuProfile(path.join(profDir, f), 25)}`)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
