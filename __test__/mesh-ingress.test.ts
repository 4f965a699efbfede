// The routing mesh end to end, as a user runs it: three hosts that are network namespaces
// (helpers/netns.ts), a daemon in each (a manager, two workers). A service of two TCP
// servers (process tasks, on the workers only) publishes 8080 → 7000 in ingress mode
// (`-p 8080:7000`): the manager's node, which runs no task, answers on 8080 at its own
// address, to a client on another host and to itself, spreading connections over the tasks
// on both workers (each server answers with the address a connection reached it on: its
// ingress address). Every node answers the same way. A second service asking for the same
// published port is refused, naming the first, and nothing is created. `service rm`
// removes the mesh from every node; after `swarm leave` no table, link or namespace of
// shoal's is left on any host.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { TestDaemon, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, shoalLeftovers, tcpReadsFrom, type Host } from './helpers/netns'

const skip = netnsUnavailable()
const TARGET = 7000
const PUBLISHED = 8080
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const withoutPrefix = (cidr: string) => cidr.split('/')[0]

const SERVER = `require('net').createServer((c) => c.end(c.localAddress.replace(/^::ffff:/, ''))).listen(${TARGET})`

// What `n` TCP connections from host `from`'s own namespace to addr:PUBLISHED read.
const connectFrom = (from: Host, addr: string, n = 1): string[] => tcpReadsFrom([`--net=/var/run/netns/${from.ns}`], addr, PUBLISHED, { n, tries: 10, retryMs: 300 })

describe('the routing mesh: a published port answers on every node', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.216.0')
  let hosts: Host[] = []
  const daemons: TestDaemon[] = []

  before(async () => {
    hosts = net.setup(3).hosts
    for (const [i, h] of hosts.entries()) daemons.push(new TestDaemon(`shoal-mesh-${i}`, ['--hostname', `mesh${i}`], { netns: h.ns }))
    await Promise.all(daemons.map((d) => d.start()))
  })

  after(async () => {
    for (const d of [...daemons].reverse()) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    const leftInDirs = daemons.flatMap((d) => (existsSync(d.netnsDir) ? readdirSync(d.netnsDir).map((n) => `${d.name}: ${n}`) : []))
    const leftOnHosts = hosts.flatMap((h) => shoalLeftovers(h.ns).map((l) => `${h.ns}: ${l}`))
    const leftNs = await net.destroyWith(daemons)
    assert.deepEqual(leftNs, [], 'every namespace of the test is gone')
    assert.deepEqual(leftInDirs, [], 'swarm leave removed every namespace the daemons made')
    assert.deepEqual(leftOnHosts, [], 'swarm leave removed every table and link the daemons made')
  })

  test('ingress port on a node without tasks, spread over both workers; conflicts refused; service rm cleans up', async () => {
    const m = daemons[0]
    let r = await m.cli('swarm', 'init', '--advertise-addr', hosts[0].addr)
    assert.equal(r.code, 0, r.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    for (const d of daemons.slice(1)) {
      r = await d.cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)
      assert.equal(r.code, 0, r.stderr)
    }
    await waitFor('three ready nodes', async () => ((await m.api('GET', '/nodes')).body as any[]).filter((n) => n.Status.State === 'ready').length === 3, 20_000)

    r = await m.cli('service', 'create', '--detach', '--name', 'web', '--replicas', '2', '-p', `${PUBLISHED}:${TARGET}`, '--constraint', 'node.role==worker', '--runtime', 'process', process.execPath, '-e', SERVER)
    assert.equal(r.code, 0, r.stderr)
    const tasks = await waitFor('two running tasks of web, one per worker', async () => {
      const ts = ((await m.api('GET', `/tasks?filters=${filters({ service: ['web'], 'desired-state': ['running'] })}`)).body as any[]).filter((t) => t.Status.State === 'running')
      return ts.length === 2 && new Set(ts.map((t) => t.NodeID)).size === 2 ? ts : null
    }, 30_000)
    const ingress = (await m.api('GET', '/networks/ingress')).body
    const addrs = tasks.map((t) => withoutPrefix(t.NetworksAttachments.find((a: any) => a.Network.ID === ingress.Id).Addresses[0])).sort()

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

    // service rm: the mesh leaves every node (its table, link and sandbox).
    r = await m.cli('service', 'rm', 'web')
    assert.equal(r.code, 0, r.stderr)
    const meshLeft = () => [...hosts.flatMap((h) => shoalLeftovers(h.ns)), ...daemons.filter((d) => existsSync(`${d.netnsDir}/ingress-sbox`)).map((d) => `${d.name}: ingress-sbox`)]
    await waitFor('no mesh left on any host', () => meshLeft().length === 0, 20_000).catch(() => assert.deepEqual(meshLeft(), []))
    assert.deepEqual(connectFrom(hosts[2], hosts[0].addr), ['unreachable'])
  })
})
