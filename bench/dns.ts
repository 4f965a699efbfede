// The embedded DNS server (issue 13, service discovery): what serving a task costs at
// attach (its sockets made in its namespace and the redirect of port 53 programmed), and
// queries from inside a task's namespace: a swarm name answered here, a name forwarded to an
// upstream, side by side with the floor: the same client asking a bare dns-packet server in
// the same namespace (one fixed answer, no name lookup, no redirect). Sequential queries
// give the latency (p50, p99); 16 in flight the throughput; getaddrinfo (getent ahosts)
// the path of a process task. Prints one line per figure.
// Usage (root):
//   node dist/bench/dns.js [tasks=100] [queries=5000]
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as packet from 'dns-packet'
import native = require('../src/native')
import { EmbeddedDns } from '../src/agent/network/dns-server'
import { TestResolver } from '../__test__/helpers/dns'
import { net, svc, task } from '../__test__/helpers/netstate'

const tasks = Number(process.argv[2] ?? 100)
const queries = Number(process.argv[3] ?? 5000)
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6

// The client, run inside a task's namespace: `n` queries for `name` to server:53, `conc` in
// flight; prints the latencies (ms) and the wall time.
const client = (server: string, name: string, n: number, conc: number) => `
  const dgram = require('dgram')
  const q = Buffer.from(${JSON.stringify(packet.encode({ type: 'query', id: 0, flags: packet.RECURSION_DESIRED, questions: [{ type: 'A', class: 'IN', name }] }).toString('base64'))}, 'base64')
  const s = dgram.createSocket('udp4')
  const sent = new Map(); const lat = []; let next = 0; let done = 0
  const t0 = process.hrtime.bigint()
  // A copy per query: a send waits for the socket's implicit bind, holding the buffer.
  const send = () => { if (next >= ${n}) return; const id = next++ & 0xffff; const b = Buffer.from(q); b.writeUInt16BE(id, 0); sent.set(id, process.hrtime.bigint()); s.send(b, 53, ${JSON.stringify(server)}) }
  s.on('message', (m) => {
    const t = sent.get(m.readUInt16BE(0)); if (t === undefined) return
    sent.delete(m.readUInt16BE(0)); lat.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (++done === ${n}) { console.log(JSON.stringify({ wall: Number(process.hrtime.bigint() - t0) / 1e6, lat })); process.exit(0) }
    send()
  })
  setTimeout(() => { console.log(JSON.stringify({ error: 'lost replies: ' + (${n} - done) })); process.exit(0) }, 60000)
  for (let i = 0; i < ${conc}; i++) send()`

function inNs(netns: string, code: string): Promise<{ wall: number; lat: number[]; error?: string }> {
  return new Promise((resolve, reject) =>
    execFile('nsenter', [`--net=${netns}`, process.execPath, '-e', code], { maxBuffer: 64 << 20 }, (err, out) => (err ? reject(err) : resolve(JSON.parse(out)))),
  )
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]

async function main(): Promise<void> {
  const tag = randomBytes(3).toString('hex')
  const netnsDir = `/run/shoal-bench-dns-${tag}`
  const dir = mkdtempSync(path.join(tmpdir(), 'shoal-bench-dns-'))
  const upstreamAddr = `127.53.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`
  writeFileSync(path.join(dir, 'resolv.conf'), `nameserver ${upstreamAddr}\n`)
  const upstream = new TestResolver({ 'outside.test': '192.0.2.44' })
  const floor = new TestResolver({ api: '10.0.1.2' })
  const dns = new EmbeddedDns({ upstreamResolvConf: path.join(dir, 'resolv.conf') })
  try {
    await upstream.start(upstreamAddr, null)
    dns.update({ networks: [net('back', [svc('api', '10.0.1.2', [task('10.0.1.3'), task('10.0.1.4')])])] })
    const paths: string[] = []
    for (let i = 0; i < tasks; i++) paths.push(await native.netnsCreate(netnsDir, `task-${i}`))

    let t0 = process.hrtime.bigint()
    for (let i = 0; i < tasks; i++) await dns.serve(`t${i}`, paths[i], ['back'])
    const serveMs = ms(t0)
    console.log(`serve ${tasks} tasks (sockets in each namespace + port 53 redirect): ${serveMs.toFixed(0)} ms, ${(serveMs / tasks).toFixed(2)} ms per task`)

    await floor.start('127.0.0.12', paths[0])
    const cases: [string, string, string][] = [
      ['swarm name (embedded, 127.0.0.11)', '127.0.0.11', 'api'],
      ['forwarded name (embedded → upstream)', '127.0.0.11', 'outside.test'],
      ['floor: bare dns-packet server, same namespace', '127.0.0.12', 'api'],
    ]
    for (const [what, server, name] of cases) {
      const seq = await inNs(paths[0], client(server, name, Math.min(queries, 2000), 1))
      const par = await inNs(paths[0], client(server, name, queries, 16))
      if (seq.error || par.error) throw new Error(`${what}: ${seq.error ?? par.error}`)
      console.log(`${what}: p50 ${pct(seq.lat, 50).toFixed(3)} ms, p99 ${pct(seq.lat, 99).toFixed(3)} ms (sequential); ${Math.round((queries * 1000) / par.wall)} queries/s (16 in flight)`)
    }

    // glibc's getaddrinfo as a process task uses it: A and AAAA in parallel from one socket,
    // to the host's resolver address, through the redirect (nsenter's start included).
    const lookups: number[] = []
    for (let i = 0; i < 20; i++) {
      const t = process.hrtime.bigint()
      await new Promise<void>((resolve, reject) => execFile('nsenter', [`--net=${paths[0]}`, 'getent', 'ahosts', 'api'], { timeout: 20_000 }, (err) => (err ? reject(err) : resolve())))
      lookups.push(ms(t))
    }
    console.log(`getent ahosts api (A + AAAA in parallel, host resolver address), 20 runs: min ${Math.min(...lookups).toFixed(1)} ms, p50 ${pct(lookups, 50).toFixed(1)} ms, max ${Math.max(...lookups).toFixed(1)} ms`)

    t0 = process.hrtime.bigint()
    await dns.stopAll()
    console.log(`stop ${tasks} tasks: ${ms(t0).toFixed(0)} ms`)
  } finally {
    await dns.stopAll()
    await floor.stop()
    await upstream.stop()
    await native.netnsRemoveAll(netnsDir)
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
