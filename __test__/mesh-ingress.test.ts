// The routing mesh end to end, as a user runs it: three hosts that are network namespaces
// (helpers/netns.ts), a daemon in each (a manager, two workers). A service of two process
// tasks (on the workers only, on overlay `appnet` too) publishes 8080 → 7000 (a TCP server
// answering with the address a connection reached it on: its ingress address) and 8081 →
// 7001 (the same address, then an echo) in ingress mode (`-p`):
//   - the manager's node, which runs no task, answers on 8080 at its own address, to a
//     client on another host and to itself (loopback too), spreading connections over the
//     tasks on both workers; every node answers. Another service asking for the same
//     published port is refused, naming the first, and nothing is created;
//   - a connection held open through the mesh keeps echoing while the manager's daemon
//     (whose node carries it) and then the daemon of the worker whose task holds it
//     restart; the restarted daemons converge (new connections still spread);
//   - a task killed leaves every node's balancer and its replacement joins; scaling down
//     to one task leaves one answering;
//   - a task publishing 8090 → 7000 in host mode answers on its node only, at its address on
//     the node's gateway bridge, through which it also reaches other nodes;
//   - `service rm` and `network rm` remove the mesh and every namespace from every node;
//     after `swarm leave` no table, link or namespace of shoal's is left on any host.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { TestDaemon, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, shoalLeftovers, tcpReadsFrom, type Host } from './helpers/netns'

const skip = netnsUnavailable()
const TARGET = 7000
const PUBLISHED = 8080
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const withoutPrefix = (cidr: string) => cidr.split('/')[0]

const SERVER = `const net = require('net'); const at = (c) => c.localAddress.replace(/^::ffff:/, '');
  net.createServer((c) => c.end(at(c))).listen(${TARGET});
  net.createServer((c) => { c.write(at(c) + '\\n'); c.pipe(c) }).listen(${TARGET + 1})`

// What `n` TCP connections from host `from`'s own namespace to addr:PUBLISHED read.
const connectFrom = (from: Host, addr: string, n = 1, port = PUBLISHED): string[] => tcpReadsFrom([`--net=/var/run/netns/${from.ns}`], addr, port, { n, tries: 10, retryMs: 300 })

// One TCP connection held open from a host's namespace to addr:port (PUBLISHED + 1): lines
// written go out, what comes back is collected.
class HeldConnection {
  readonly proc: ChildProcess
  out = ''
  constructor(from: Host, addr: string, port: number) {
    const code = `const s = require('net').connect({ host: ${JSON.stringify(addr)}, port: ${port} });
      process.stdin.pipe(s); s.pipe(process.stdout);
      s.on('close', () => { console.log('closed'); process.exit(0) }); s.on('error', (e) => console.log('error ' + e.message))`
    this.proc = spawn('nsenter', [`--net=/var/run/netns/${from.ns}`, process.execPath, '-e', code], { stdio: ['pipe', 'pipe', 'inherit'] })
    this.proc.stdout!.on('data', (d) => (this.out += d))
  }
  lines(): string[] {
    return this.out.split('\n').filter((l) => l)
  }
  // Sends `text` and waits for it to come back (the connection's whole output otherwise).
  async echo(text: string): Promise<void> {
    this.proc.stdin!.write(`${text}\n`)
    await waitFor(`${text} echoed`, () => this.lines().includes(text), 10_000).catch(() => assert.fail(`no echo of ${text}: ${JSON.stringify(this.out)}`))
  }
}

describe('the routing mesh: a published port answers on every node', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.216.0')
  let hosts: Host[] = []
  const daemons: TestDaemon[] = []
  let held: HeldConnection | undefined
  let addrs: string[] = []

  before(async () => {
    hosts = net.setup(3).hosts
    for (const [i, h] of hosts.entries()) daemons.push(new TestDaemon(`shoal-mesh-${i}`, ['--hostname', `mesh${i}`], { netns: h.ns }))
    await Promise.all(daemons.map((d) => d.start()))
  })

  after(async () => {
    held?.proc.kill('SIGKILL')
    for (const d of [...daemons].reverse()) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    const leftInDirs = daemons.flatMap((d) => (existsSync(d.netnsDir) ? readdirSync(d.netnsDir).map((n) => `${d.name}: ${n}`) : []))
    const leftOnHosts = hosts.flatMap((h) => shoalLeftovers(h.ns).map((l) => `${h.ns}: ${l}`))
    const leftNs = await net.destroyWith(daemons)
    assert.deepEqual(leftNs, [], 'every namespace of the test is gone')
    assert.deepEqual(leftInDirs, [], 'swarm leave removed every namespace the daemons made')
    assert.deepEqual(leftOnHosts, [], 'swarm leave removed every table and link the daemons made')
  })

  test('a published port answers on a node without tasks, spread over the workers; a taken port is refused', async () => {
    const m = daemons[0]
    let r = await m.cli('swarm', 'init', '--advertise-addr', hosts[0].addr)
    assert.equal(r.code, 0, r.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    for (const d of daemons.slice(1)) {
      r = await d.cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)
      assert.equal(r.code, 0, r.stderr)
    }
    await waitFor('three ready nodes', async () => ((await m.api('GET', '/nodes')).body as any[]).filter((n) => n.Status.State === 'ready').length === 3, 60_000)
    // This kernel has nftables for IPv4 and no IPVS: both chosen at start, shown by info.
    assert.match((await daemons[1].cli('info')).stdout, /Load Balancer: nftables\n  Node Rules: nftables\n/)

    r = await m.cli('network', 'create', '-d', 'overlay', 'appnet')
    assert.equal(r.code, 0, r.stderr)
    r = await m.cli('service', 'create', '--detach', '--name', 'web', '--replicas', '2', '--network', 'appnet', '-p', `${PUBLISHED}:${TARGET}`, '-p', `${PUBLISHED + 1}:${TARGET + 1}`, '--constraint', 'node.role==worker', '--runtime', 'process', process.execPath, '-e', SERVER)
    assert.equal(r.code, 0, r.stderr)
    const tasks = await waitFor('two running tasks of web, one per worker', async () => {
      const ts = ((await m.api('GET', `/tasks?filters=${filters({ service: ['web'], 'desired-state': ['running'] })}`)).body as any[]).filter((t) => t.Status.State === 'running')
      return ts.length === 2 && new Set(ts.map((t) => t.NodeID)).size === 2 ? ts : null
    }, 60_000).catch(async (err) => {
      const all = (await m.api('GET', `/tasks?filters=${filters({ service: ['web'] })}`)).body as any[]
      const logs = daemons.map((d) => `${d.name}:\n${d.log.split('\n').filter((l) => /error|warn|fail/i.test(l)).slice(-10).join('\n')}`).join('\n')
      throw new Error(`${err.message}: ${all.map((t) => `${t.NodeID} ${t.Status.State} ${t.Status.Err ?? ''}`).join('; ')}\n${logs}`)
    })
    const ingress = (await m.api('GET', '/networks/ingress')).body
    addrs = tasks.map((t) => withoutPrefix(t.NetworksAttachments.find((a: any) => a.Network.ID === ingress.Id).Addresses[0])).sort()

    // The manager runs no task of web: a client on host 2 reaches both workers' tasks
    // through it. nftables picks at random: 16 connections all to one of two has p = 3e-5.
    const viaManager = connectFrom(hosts[2], hosts[0].addr, 16)
    assert.deepEqual([...new Set(viaManager)].sort(), addrs, `replies through ${hosts[0].addr}:${PUBLISHED}: ${viaManager}`)
    // The node's own connections to its address, and to the loopback address.
    assert.ok(addrs.includes(connectFrom(hosts[0], hosts[0].addr)[0]))
    assert.ok(addrs.includes(connectFrom(hosts[0], '127.0.0.1')[0]))
    // Every node answers, the workers too (a connection may land on the other worker).
    for (const h of hosts.slice(1)) assert.ok(addrs.includes(connectFrom(hosts[0], h.addr)[0]), `${h.addr} answers`)

    // The same published port for another service: refused, naming web, nothing created.
    r = await m.cli('service', 'create', '--detach', '--name', 'other', '-p', `${PUBLISHED}:80`, '--runtime', 'process', process.execPath, '-e', SERVER)
    assert.notEqual(r.code, 0)
    assert.match(r.stderr, /port '8080' is already in use by service 'web'/)
    assert.equal((await m.api('GET', '/services/other')).status, 404)

  })

  test('a connection through the mesh outlives restarts of the daemons on its path', async () => {
    const [m] = daemons
    held = new HeldConnection(hosts[2], hosts[0].addr, PUBLISHED + 1)
    // The first line is the address of the task that took the connection.
    await waitFor('the held connection answered', () => held!.lines().length > 0, 10_000)
    const taskAddr = held.lines()[0]
    assert.ok(addrs.includes(taskAddr), `held by a task of web: ${held.out}`)
    await held.echo('before')

    // The manager's node carries the connection (its host table's and mesh sandbox's NAT).
    await m.stop()
    await held.echo('while the mesh node is down')
    await m.start()
    await waitFor('the manager back', async () => ((await m.api('GET', '/nodes')).body as any[] | undefined)?.filter?.((n) => n.Status.State === 'ready').length === 3, 60_000)
    await held.echo('after the mesh node restarted')

    // The worker whose task holds the connection.
    const tasks = (await m.api('GET', `/tasks?filters=${filters({ service: ['web'], 'desired-state': ['running'] })}`)).body as any[]
    const holder = tasks.find((t) => t.NetworksAttachments.some((a: any) => withoutPrefix(a.Addresses[0]) === taskAddr))
    const node = (await m.api('GET', `/nodes/${holder.NodeID}`)).body
    const w = daemons.find((d) => d.name === `shoal-mesh-${node.Description.Hostname.slice(4)}`)!
    await w.stop()
    await w.start()
    await waitFor('the worker ready again', async () => (await m.api('GET', `/nodes/${holder.NodeID}`)).body?.Status?.State === 'ready', 60_000)
    await held.echo('after the task node restarted')
    assert.ok(!held.lines().includes('closed'), held.out)
    assert.equal((await m.api('GET', `/tasks/${holder.ID}`)).body.Status.State, 'running')

    // Converged: new connections through the restarted node still reach both tasks.
    const again = connectFrom(hosts[2], hosts[0].addr, 16)
    assert.deepEqual([...new Set(again)].sort(), addrs, `replies after the restarts: ${again}`)
    held.proc.kill('SIGKILL')
  })

  test('a host-mode port answers only on its task\'s node, at the task; the task reaches beyond its node', async () => {
    const m = daemons[0]
    const r = await m.cli('service', 'create', '--detach', '--name', 'hostweb', '--network', 'appnet', '--publish', `mode=host,published=${PUBLISHED + 10},target=${TARGET}`, '--constraint', 'node.hostname==mesh1', '--runtime', 'process', process.execPath, '-e', SERVER)
    assert.equal(r.code, 0, r.stderr)
    const [t] = await waitFor('the hostweb task running', async () => {
      const ts = ((await m.api('GET', `/tasks?filters=${filters({ service: ['hostweb'], 'desired-state': ['running'] })}`)).body as any[]).filter((x) => x.Status.State === 'running')
      return ts.length === 1 ? ts : null
    }, 60_000)
    // Reached through the node's gateway bridge: the task answers with its address there.
    const [answer] = connectFrom(hosts[2], hosts[1].addr, 1, PUBLISHED + 10)
    assert.match(answer, /^172\.18\.\d+\.\d+$/)
    assert.deepEqual(connectFrom(hosts[2], hosts[0].addr, 1, PUBLISHED + 10), ['unreachable'], 'a node without the task does not answer')
    // Out of its namespace through the gateway (masqueraded): another node's published port.
    const out = tcpReadsFrom(['-t', String(t.Status.ContainerStatus.PID), '-n'], hosts[0].addr, PUBLISHED, { tries: 10, retryMs: 300 })
    assert.ok(addrs.includes(out[0]), `the task reaches ${hosts[0].addr}:${PUBLISHED}: ${out}`)
  })

  test('a killed task leaves every balancer, its replacement joins; scaling down is followed', async () => {
    const m = daemons[0]
    const runningWeb = async () => ((await m.api('GET', `/tasks?filters=${filters({ service: ['web'], 'desired-state': ['running'] })}`)).body as any[]).filter((t) => t.Status.State === 'running')
    const ingressId = (await m.api('GET', '/networks/ingress')).body.Id
    const addrOf = (t: any) => withoutPrefix(t.NetworksAttachments.find((a: any) => a.Network.ID === ingressId).Addresses[0])
    const [victim] = await runningWeb()
    process.kill(victim.Status.ContainerStatus.PID, 'SIGKILL')
    // Through the node without tasks, the answers are exactly the running tasks' (two
    // again, the replacement at a new address), never the killed one's.
    let seen: string[] = []
    await waitFor('the mesh following the replacement', async () => {
      const now = (await runningWeb()).filter((t) => t.ID !== victim.ID).map(addrOf).sort()
      seen = [...new Set(connectFrom(hosts[2], hosts[0].addr, 12))].sort()
      return now.length === 2 && JSON.stringify(seen) === JSON.stringify(now)
    }, 60_000).catch(() => assert.fail(`answers through the mesh: ${seen}`))
    assert.ok(!seen.includes(addrOf(victim)))

    const r = await m.cli('service', 'scale', '--detach', 'web=1')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('one task answering', async () => {
      const now = (await runningWeb()).map(addrOf)
      seen = [...new Set(connectFrom(hosts[2], hosts[0].addr, 12))]
      return now.length === 1 && JSON.stringify(seen) === JSON.stringify(now)
    }, 60_000).catch(() => assert.fail(`answers through the mesh after scaling to 1: ${seen}`))
  })

  test('service rm and network rm leave nothing of the mesh or the overlay on any node', async () => {
    const m = daemons[0]
    const r = await m.cli('service', 'rm', 'web', 'hostweb')
    assert.equal(r.code, 0, r.stderr)
    // The network goes once its tasks ended (network rm is refused while they hold addresses).
    let last = ''
    await waitFor('network rm appnet', async () => {
      const rm = await m.cli('network', 'rm', 'appnet')
      last = rm.stderr
      return rm.code === 0
    }, 60_000).catch(async () => {
      const all = (await m.api('GET', '/tasks')).body as any[]
      assert.fail(`network rm appnet: ${last}; tasks: ${all.map((t) => `${t.ID} ${t.ServiceID} ${t.Status.State} desired ${t.DesiredState} ${t.Status.Err ?? ''}`).join('; ')}`)
    })
    const left = () => [
      ...hosts.flatMap((h) => shoalLeftovers(h.ns).map((l) => `${h.ns}: ${l}`)),
      ...daemons.flatMap((d) => (existsSync(d.netnsDir) ? readdirSync(d.netnsDir).map((n) => `${d.name}: ${n}`) : [])),
    ]
    await waitFor('no mesh or namespace left on any host', () => left().length === 0, 60_000).catch(() => assert.deepEqual(left(), []))
    assert.deepEqual(connectFrom(hosts[2], hosts[0].addr), ['unreachable'])
  })
})
