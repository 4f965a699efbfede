// An overlay network end to end, as a user runs it: two hosts that are network namespaces
// (helpers/netns.ts), a daemon in each (a manager and a worker), `network create -d overlay
// appnet` and a service of two process tasks on it, one per host, each a TCP server that
// answers with the address it was reached on. The daemons' data planes put each task in a
// namespace of its own on the overlay: from the task on host 0 (entering its namespace by
// its pid), the task on host 1 answers at its overlay address, and the service's VIP
// balances over both; after the worker's daemon restarts, its adopted task still answers.
// `service rm` and `swarm leave` leave no namespace behind: each daemon's namespace
// directory ends empty and no namespace of the test is left.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { TestDaemon, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, tcpReadsFrom, type Host } from './helpers/netns'

const skip = netnsUnavailable()
const PORT = 7000
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const withoutPrefix = (cidr: string) => cidr.split('/')[0]

// The server: answers each connection with the local address it arrived at (after a VIP's
// DNAT, the task's own overlay address), so a reply names the task that answered.
const SERVER = `require('net').createServer((c) => c.end(c.localAddress.replace(/^::ffff:/, ''))).listen(${PORT})`

// What `n` TCP connections from the network namespace of process `pid` to addr:PORT read.
const connectFrom = (pid: number, addr: string, n = 1): string[] => tcpReadsFrom(['-t', String(pid), '-n'], addr, PORT, { n, tries: 10, retryMs: 300 })

describe('an overlay network across two hosts, driven through the daemons', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.215.0')
  let hosts: Host[] = []
  const daemons: TestDaemon[] = []
  // What cleanup found: namespaces left in each daemon's directory after `swarm leave`.
  let leftInDirs: string[] = []

  before(async () => {
    hosts = net.setup(2).hosts
    for (const [i, h] of hosts.entries()) daemons.push(new TestDaemon(`shoal-ovl-${i}`, ['--hostname', `ovl${i}`], { netns: h.ns }))
    await Promise.all(daemons.map((d) => d.start()))
  })

  after(async () => {
    // service rm, then every node leaves (workers first): the data planes remove their
    // namespaces; whatever is still there is reported below, and the helpers remove it.
    if (daemons[0]?.proc) await daemons[0].cli('service', 'rm', 'server').catch(() => undefined)
    for (const d of [...daemons].reverse()) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    leftInDirs = daemons.flatMap((d) => (existsSync(d.netnsDir) ? readdirSync(d.netnsDir).map((n) => `${d.name}: ${n}`) : []))
    const leftNs = await net.destroyWith(daemons)
    assert.deepEqual(leftNs, [], 'every namespace of the test is gone')
    assert.deepEqual(leftInDirs, [], 'swarm leave removed every namespace the daemons made')
  })

  test('a task reaches the other host\'s task by overlay address and the service through its VIP', async () => {
    const m = daemons[0]
    let r = await m.cli('swarm', 'init', '--advertise-addr', hosts[0].addr)
    assert.equal(r.code, 0, r.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    r = await daemons[1].cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)
    assert.equal(r.code, 0, r.stderr)
    const ids = [(await m.api('GET', '/info')).body.Swarm.NodeID, (await daemons[1].api('GET', '/info')).body.Swarm.NodeID]
    // The balancing backend the kernel allowed (IPVS where the kernel has it), in `info`.
    const backend = (await daemons[1].api('GET', '/info')).body.Swarm.LoadBalancer
    assert.match(backend, /^(ipvs|nftables)$/)
    assert.match((await daemons[1].cli('info')).stdout, new RegExp(`\n  Load Balancer: ${backend}\n`))
    await waitFor('the worker ready', async () => (await m.api('GET', `/nodes/${ids[1]}`)).body?.Status?.State === 'ready', 15_000)

    r = await m.cli('network', 'create', '-d', 'overlay', 'appnet')
    assert.equal(r.code, 0, r.stderr)
    const appnet = (await m.api('GET', '/networks/appnet')).body
    // The VIP balances the service's target ports: --publish target= names it (an ingress
    // port is allocated for it; the routing mesh is not what this test looks at).
    r = await m.cli('service', 'create', '--detach', '--name', 'server', '--replicas', '2', '--network', 'appnet', '--publish', `target=${PORT}`, '--runtime', 'process', process.execPath, '-e', SERVER)
    assert.equal(r.code, 0, r.stderr)

    const tasks = await waitFor('two running tasks of server, one per host', async () => {
      const ts = ((await m.api('GET', `/tasks?filters=${filters({ service: ['server'], 'desired-state': ['running'] })}`)).body as any[]).filter((t) => t.Status.State === 'running')
      return ts.length === 2 && new Set(ts.map((t) => t.NodeID)).size === 2 ? ts : null
    }, 30_000)
    const on = (node: string) => tasks.find((t) => t.NodeID === node)
    const addrOf = (t: any) => withoutPrefix(t.NetworksAttachments.find((a: any) => a.Network.ID === appnet.Id).Addresses[0])
    const [t0, t1] = [on(ids[0]), on(ids[1])]
    const pid0 = t0.Status.ContainerStatus.PID as number
    assert.ok(pid0 > 0, 'the task on host 0 reports its pid')
    // The task runs in a network namespace of its own, not its host's.
    assert.notEqual(spawnSync('readlink', [`/proc/${pid0}/ns/net`], { encoding: 'utf8' }).stdout, spawnSync('readlink', [`/proc/${daemons[0].proc!.pid}/ns/net`], { encoding: 'utf8' }).stdout)

    // Across the hosts, by overlay address (VXLAN between the hosts' namespaces).
    assert.deepEqual(connectFrom(pid0, addrOf(t1)), [addrOf(t1)])
    // Through the VIP, balanced in the task's namespace over both tasks. nftables picks a
    // task at random: 16 connections all to one of two has probability 3e-5.
    const service = (await m.api('GET', '/services/server')).body
    const vip = withoutPrefix(service.Endpoint.VirtualIPs.find((v: any) => v.NetworkID === appnet.Id).Addr)
    const viaVip = connectFrom(pid0, vip, 16)
    assert.deepEqual([...new Set(viaVip)].sort(), [addrOf(t0), addrOf(t1)].sort(), `replies through the VIP ${vip}: ${viaVip}`)

    // The worker's daemon restarts: its agent adopts the task, which keeps its namespace,
    // and the data plane finds its network's sandbox again instead of making a second one.
    await daemons[1].stop()
    await daemons[1].start()
    await waitFor('the worker ready again', async () => (await m.api('GET', `/nodes/${ids[1]}`)).body?.Status?.State === 'ready', 15_000)
    const t1After = (await m.api('GET', `/tasks/${t1.ID}`)).body
    assert.equal(t1After.Status.State, 'running')
    assert.equal(t1After.Status.ContainerStatus.PID, t1.Status.ContainerStatus.PID, 'the same process, adopted')
    assert.deepEqual(connectFrom(pid0, addrOf(t1)), [addrOf(t1)])
  })
})
