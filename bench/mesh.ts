// The routing mesh's data plane and convergence (issue 13, benchmarks 2 and 3), on three
// hosts that are network namespaces (__test__/helpers/netns.ts) with a daemon each:
//   - overhead: wrk (Debian's) requests/s and p99 latency to an HTTP task (a Node.js
//     server, process runtime, on the worker mesh1) directly at its overlay address and
//     through its VIP, both from a client task on mesh2 (its namespace), and through the
//     routing mesh from mesh2's own namespace to the published port on mesh0, which runs no
//     task (so: mesh0's node rules, its mesh sandbox, VXLAN to mesh1). Runs alternate, each
//     repeated --rounds times;
//   - convergence: from `service create -p` (the CLI started) to the published port
//     answering on every node (a prober per host connecting every 10 ms), and from a kill
//     -9 of one of the service's tasks to its address leaving every node's mesh balancer
//     (each node's mesh sandbox table polled with `nft list`), per round.
// With --trace the daemons run with SHOAL_TRACE=1 (src/trace.ts) and each convergence
// round's steps are printed in ms after the CLI started (bench/trace-report.ts); with
// --convergence-only the overhead runs are skipped.
// Usage: node dist/bench/mesh.js [--rounds 3] [--seconds 5] [--connections 16] [--trace] [--convergence-only]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { TestDaemon, waitFor } from '../__test__/helpers/daemon'
import { TestNetwork, netnsUnavailable, type Host } from '../__test__/helpers/netns'
import { traceRound, traceTable } from './trace-report'

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const ROUNDS = arg('rounds', 3)
const SECONDS = arg('seconds', 5)
const CONNECTIONS = arg('connections', 16)
const TRACE = process.argv.includes('--trace')
const CONVERGENCE_ONLY = process.argv.includes('--convergence-only')
const HTTP = (port: number) => `require('http').createServer((q, s) => s.end('ok')).listen(${port})`
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const withoutPrefix = (cidr: string) => cidr.split('/')[0]
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

interface WrkResult {
  rps: number
  p99ms: number
}

// wrk inside a namespace (nsenter's options), bounded.
function wrk(enter: string[], url: string): WrkResult {
  const r = spawnSync('nsenter', [...enter, 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', url], { encoding: 'utf8', timeout: (SECONDS + 30) * 1000 })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1])
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(r.stdout)
  if (!rps || !p99) throw new Error(`wrk ${url}: ${r.stdout}${r.stderr}`)
  const p99ms = Number(p99[1]) * (p99[2] === 'us' ? 1e-3 : p99[2] === 's' ? 1e3 : 1)
  return { rps, p99ms }
}

// A process in host `h`'s namespace that connects to addr:port every 10 ms and prints the
// wall-clock time (ms) of the first answer.
function prober(h: Host, addr: string, port: number): { proc: ChildProcess; answered: Promise<number> } {
  const code = `const net = require('net'); const go = () => { const s = net.connect({ host: '${addr}', port: ${port} });
    s.on('data', () => { console.log(Date.now()); process.exit(0) }); s.on('connect', () => s.write('GET / HTTP/1.0\\r\\n\\r\\n'));
    s.on('error', () => setTimeout(go, 10)) }; go(); setTimeout(() => process.exit(1), 60000)`
  const proc = spawn('nsenter', [`--net=/var/run/netns/${h.ns}`, process.execPath, '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  proc.stdout!.on('data', (d) => (out += d))
  const answered = new Promise<number>((resolve, reject) => proc.on('close', (c) => (c === 0 ? resolve(Number(out.trim())) : reject(new Error(`no answer from ${addr}:${port} in ${h.ns}`)))))
  return { proc, answered }
}

async function main(): Promise<void> {
  const skip = netnsUnavailable()
  if (skip) throw new Error(skip)
  const net = new TestNetwork('10.217.0')
  const daemons: TestDaemon[] = []
  const children: ChildProcess[] = []
  try {
    const hosts = net.setup(3).hosts
    for (const [i, h] of hosts.entries()) daemons.push(new TestDaemon(`shoal-bmesh-${i}`, ['--hostname', `mesh${i}`], { netns: h.ns, env: TRACE ? { SHOAL_TRACE: '1' } : {} }))
    await Promise.all(daemons.map((d) => d.start()))
    const m = daemons[0]
    const must = async (...args: string[]) => {
      const r = await m.cli(...args)
      if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`)
      return r.stdout.trim()
    }
    await must('swarm', 'init', '--advertise-addr', hosts[0].addr)
    const token = await must('swarm', 'join-token', '-q', 'worker')
    for (const d of daemons.slice(1)) if ((await d.cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)).code !== 0) throw new Error('join failed')
    await waitFor('three ready nodes', async () => ((await m.api('GET', '/nodes')).body as any[]).filter((n) => n.Status.State === 'ready').length === 3, 30_000)
    const backend = (await m.api('GET', '/info')).body.Swarm.LoadBalancer
    await must('network', 'create', '-d', 'overlay', 'benchnet')
    const netId = (await m.api('GET', '/networks/benchnet')).body.Id
    const running = (service: string, n: number) =>
      waitFor(`${n} running tasks of ${service}`, async () => {
        const ts = ((await m.api('GET', `/tasks?filters=${filters({ service: [service], 'desired-state': ['running'] })}`)).body as any[]).filter((t) => t.Status.State === 'running')
        return ts.length === n ? ts : null
      }, 60_000)

    // ---- overhead ----
    if (!CONVERGENCE_ONLY) {
      await must('service', 'create', '--detach', '--name', 'web', '--network', 'benchnet', '-p', '8080:7000', '--constraint', 'node.hostname==mesh1', '--runtime', 'process', process.execPath, '-e', HTTP(7000))
      await must('service', 'create', '--detach', '--name', 'client', '--network', 'benchnet', '--constraint', 'node.hostname==mesh2', '--runtime', 'process', 'sleep', '3600')
      const [web] = await running('web', 1)
      const [client] = await running('client', 1)
      const webAddr = withoutPrefix(web.NetworksAttachments.find((a: any) => a.Network.ID === netId).Addresses[0])
      const vip = withoutPrefix((await m.api('GET', '/services/web')).body.Endpoint.VirtualIPs.find((v: any) => v.NetworkID === netId).Addr)
      const inClient = ['-t', String(client.Status.ContainerStatus.PID), '-n']
      const inHost2 = [`--net=/var/run/netns/${hosts[2].ns}`]
      await waitFor('the mesh answering on mesh0', () => spawnSync('nsenter', [...inHost2, 'wrk', '-t1', '-c1', '-d1s', `http://${hosts[0].addr}:8080/`], { encoding: 'utf8', timeout: 20_000 }).stdout.includes('Requests/sec'), 30_000)
      const paths: [string, string[], string][] = [
        ['direct (task → task address, across hosts)', inClient, `http://${webAddr}:7000/`],
        ['VIP (task → VIP, balanced in the client task)', inClient, `http://${vip}:7000/`],
        ['routing mesh (host mesh2 → mesh0:8080 → task on mesh1)', inHost2, `http://${hosts[0].addr}:8080/`],
      ]
      const results = new Map<string, WrkResult[]>(paths.map(([name]) => [name, []]))
      for (let r = 0; r < ROUNDS; r++) for (const [name, enter, url] of paths) results.get(name)!.push(wrk(enter, url))
      const direct = results.get(paths[0][0])!
      const base = { rps: median(direct.map((x) => x.rps)), p99: median(direct.map((x) => x.p99ms)) }
      console.log(`\nbackend ${backend}; wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} rounds, medians (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`)
      console.log('| path | requests/s | p99 ms | requests/s vs direct | p99 vs direct |')
      console.log('|---|---:|---:|---:|---:|')
      for (const [name] of paths) {
        const xs = results.get(name)!
        const rps = median(xs.map((x) => x.rps))
        const p99 = median(xs.map((x) => x.p99ms))
        console.log(`| ${name} | ${rps.toFixed(0)} | ${p99.toFixed(2)} | ${((rps / base.rps - 1) * 100).toFixed(1)}% | ${((p99 / base.p99 - 1) * 100).toFixed(1)}% |`)
      }
      await must('service', 'rm', 'web', 'client')
    }

    // ---- convergence ----
    const created: number[] = []
    // When the API first showed both tasks running (polled every 100 ms): the part of the
    // time that is the task start, not the mesh.
    const reported: number[] = []
    const removed: number[] = []
    const traced: Map<string, number>[] = []
    const hostnameOf = new Map(((await m.api('GET', '/nodes')).body as any[]).map((n) => [n.ID, n.Description.Hostname]))
    for (let r = 0; r < ROUNDS; r++) {
      const port = 8100 + r
      const probes = hosts.map((h) => prober(h, h.addr, port))
      children.push(...probes.map((p) => p.proc))
      const t0 = Date.now()
      await must('service', 'create', '--detach', '--name', `conv${r}`, '-p', `${port}:7000`, '--replicas', '2', '--constraint', 'node.role==worker', '--runtime', 'process', process.execPath, '-e', HTTP(7000))
      const tasks = await running(`conv${r}`, 2)
      reported.push(Date.now() - t0)
      const at = await Promise.all(probes.map((p) => p.answered))
      created.push(Math.max(...at) - t0)
      if (TRACE) {
        const nodeOf = new Map(tasks.map((t: any) => [t.ID, daemons[Number(String(hostnameOf.get(t.NodeID)).slice(4))].name]))
        traced.push(traceRound(daemons, t0, `conv${r}`, tasks.map((t: any) => t.ID), nodeOf))
      }
      const ingressId = (await m.api('GET', '/networks/ingress')).body.Id
      const victim = tasks[0]
      const addr = withoutPrefix(victim.NetworksAttachments.find((a: any) => a.Network.ID === ingressId).Addresses[0])
      const holds = (d: TestDaemon) => spawnSync('nsenter', [`--net=${d.netnsDir}/ingress-sbox`, 'nft', 'list', 'table', 'ip', 'shoal'], { encoding: 'utf8' }).stdout.includes(`${addr} . 7000`)
      await waitFor('every balancer holds the task', () => daemons.every(holds), 20_000)
      const k0 = Date.now()
      process.kill(victim.Status.ContainerStatus.PID, 'SIGKILL')
      const left = new Map<TestDaemon, number>()
      await waitFor('the task out of every balancer', () => {
        for (const d of daemons) if (!left.has(d) && !holds(d)) left.set(d, Date.now())
        return left.size === daemons.length
      }, 30_000, 5)
      removed.push(Math.max(...left.values()) - k0)
      await must('service', 'rm', `conv${r}`)
    }
    console.log(`\nconvergence at 3 hosts, ${ROUNDS} rounds (backend ${backend})`)
    console.log(`service create -p → answering on every node: ${created.map((x) => `${x} ms`).join(', ')} (median ${median(created)} ms); both tasks reported running by then: ${reported.map((x) => `${x} ms`).join(', ')}`)
    if (TRACE) {
      console.log(`\n${traceTable(traced, created)}`)
      // The lines themselves, for a closer look.
      for (const d of daemons) writeFileSync(`${tmpdir()}/${d.name}.trace`, d.log)
      console.log(`the daemons' logs: ${daemons.map((d) => `${tmpdir()}/${d.name}.trace`).join(' ')}`)
    }
    console.log(`task kill -9 → out of every node's mesh balancer: ${removed.map((x) => `${x} ms`).join(', ')} (median ${median(removed)} ms)`)
    console.log(`\nload average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
    console.log(`command: node dist/bench/mesh.js ${process.argv.slice(2).join(' ')}`)
  } finally {
    for (const c of children) c.kill('SIGKILL')
    for (const d of [...daemons].reverse()) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    const left = await net.destroyWith(daemons)
    if (left.length) console.error(`left over: ${left.join(', ')}`)
  }
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
