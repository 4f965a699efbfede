// Service discovery end to end, as a user runs it: two hosts that are network namespaces
// (helpers/netns.ts), a daemon in each, an overlay `appnet` with a VIP service `server` (two
// TCP servers, one per host) and a dnsrr service `rr`, and a service `hidden` on another
// overlay. From inside a task of `server` (a process task: it reads the host's
// /etc/resolv.conf, through getaddrinfo), the embedded DNS answers `server` with its VIP,
// `tasks.server`, `rr` and its alias with the task addresses, follows `rr` scaled up, and
// a connection made by name reaches the service; `hidden` (on a network the task is not
// on) and names outside the swarm go to the host's resolver: a resolver the test runs in
// the test network's bridge namespace, named by the daemons' --resolv-conf (no internet).
// A restarted daemon answers its adopted task again.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { BIN, TestDaemon, formSwarm, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, tcpReadsFrom, type Host } from './helpers/netns'
import { TestResolver, lookupFrom, queryFrom } from './helpers/dns'

const skip = netnsUnavailable()
const PORT = 7000
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const withoutPrefix = (cidr: string) => cidr.split('/')[0]
const SERVER = `require('net').createServer((c) => c.end(c.localAddress.replace(/^::ffff:/, ''))).listen(${PORT})`
const IDLE = 'setInterval(() => {}, 1 << 30)'

describe('service discovery through the embedded DNS, driven through the daemons', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.218.0')
  // The host's resolver, as the daemons' --resolv-conf names it: in the bridge namespace.
  const upstreamAddr = '10.218.0.2'
  const upstream = new TestResolver({ 'outside.test': '192.0.2.44' })
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-dns-e2e-'))
  let hosts: Host[] = []
  const daemons: TestDaemon[] = []
  let leftInDirs: string[] = []

  before(async () => {
    hosts = net.setup(2).hosts
    const r = spawnSync('ip', ['-n', net.bridgeNs, 'addr', 'add', `${upstreamAddr}/24`, 'dev', 'br0'], { encoding: 'utf8' })
    assert.equal(r.status, 0, r.stderr)
    await upstream.start(upstreamAddr, `/run/netns/${net.bridgeNs}`)
    writeFileSync(path.join(dir, 'resolv.conf'), `nameserver ${upstreamAddr}\n`)
    for (const [i, h] of hosts.entries()) {
      daemons.push(new TestDaemon(`shoal-dns-${i}`, ['--hostname', `dns${i}`, '--resolv-conf', path.join(dir, 'resolv.conf')], { netns: h.ns }))
    }
    await Promise.all(daemons.map((d) => d.start()))
  })

  after(async () => {
    if (daemons[0]?.proc) for (const s of ['server', 'rr', 'hidden']) await daemons[0].cli('service', 'rm', s).catch(() => undefined)
    for (const d of [...daemons].reverse()) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    leftInDirs = daemons.flatMap((d) => (existsSync(d.netnsDir) ? readdirSync(d.netnsDir).map((n) => `${d.name}: ${n}`) : []))
    await upstream.stop()
    const leftNs = await net.destroyWith(daemons)
    rmSync(dir, { recursive: true, force: true })
    assert.deepEqual(leftNs, [], 'every namespace of the test is gone')
    assert.deepEqual(leftInDirs, [], 'swarm leave removed every namespace the daemons made')
  })

  test('a --resolv-conf that does not exist: the daemon refuses to start, naming it', () => {
    const r = spawnSync(process.execPath, [BIN, 'daemon', '--data-dir', path.join(dir, 'refused'), '-H', `unix://${path.join(dir, 'refused.sock')}`, '--resolv-conf', path.join(dir, 'nope.conf')], { encoding: 'utf8', timeout: 30_000 })
    assert.equal(r.status, 2, r.stderr)
    assert.match(r.stderr, /--resolv-conf .*nope\.conf: no such file/)
    assert.equal(existsSync(path.join(dir, 'refused')), false, 'nothing made')
  })

  test('a task finds services on its networks by name; other names go to the host\'s resolver', async () => {
    const m = daemons[0]
    const [workerId] = await formSwarm(m, hosts[0].addr, [daemons[1]])
    let r
    for (const n of ['appnet', 'othernet']) {
      r = await m.cli('network', 'create', '-d', 'overlay', n)
      assert.equal(r.code, 0, r.stderr)
    }
    const appnet = (await m.api('GET', '/networks/appnet')).body.Id
    const create = async (...args: string[]) => {
      const c = await m.cli('service', 'create', '--detach', '--runtime', 'process', ...args)
      assert.equal(c.code, 0, c.stderr)
    }
    await create('--name', 'server', '--replicas', '2', '--network', 'appnet', '--publish', `target=${PORT}`, process.execPath, '-e', SERVER)
    await create('--name', 'rr', '--replicas', '2', '--network', 'name=appnet,alias=backend', '--endpoint-mode', 'dnsrr', process.execPath, '-e', IDLE)
    await create('--name', 'hidden', '--network', 'othernet', process.execPath, '-e', IDLE)

    const running = (service: string, n: number) =>
      waitFor(`${n} running tasks of ${service}`, async () => {
        const ts = ((await m.api('GET', `/tasks?filters=${filters({ service: [service], 'desired-state': ['running'] })}`)).body as any[]).filter((t) => t.Status.State === 'running')
        return ts.length === n ? ts : null
      }, 30_000)
    const addrsOf = (ts: any[]) => ts.map((t) => withoutPrefix(t.NetworksAttachments.find((a: any) => a.Network.ID === appnet).Addresses[0])).sort()
    const servers = await running('server', 2)
    const rrTasks = await running('rr', 2)
    await running('hidden', 1)
    const vip = withoutPrefix((await m.api('GET', '/services/server')).body.Endpoint.VirtualIPs.find((v: any) => v.NetworkID === appnet).Addr)
    const asker = servers.find((t) => t.NodeID !== workerId) ?? servers[0]
    const enter = ['-t', String(asker.Status.ContainerStatus.PID), '-n']
    const ask = async (name: string, opts: { tcp?: boolean } = {}) => {
      const q = await queryFrom(enter, '127.0.0.11', name, opts)
      return q === 'timeout' ? q : { rcode: q.rcode, addresses: [...q.addresses].sort() }
    }

    // The service's VIP; tasks.NAME and a dnsrr service: their tasks' addresses (UDP, TCP).
    assert.deepEqual(await ask('server'), { rcode: 'NOERROR', addresses: [vip] })
    assert.deepEqual(await ask('tasks.server', { tcp: true }), { rcode: 'NOERROR', addresses: addrsOf(servers) })
    assert.deepEqual(await ask('rr'), { rcode: 'NOERROR', addresses: addrsOf(rrTasks) })
    assert.deepEqual(await ask('tasks.rr'), { rcode: 'NOERROR', addresses: addrsOf(rrTasks) })
    assert.deepEqual(await ask('backend'), { rcode: 'NOERROR', addresses: addrsOf(rrTasks) }, 'its alias on appnet')
    // A process task reads the host's /etc/resolv.conf: getaddrinfo finds the server there.
    assert.deepEqual(await lookupFrom(enter, 'server'), [vip])
    // By name, through the VIP, to a task of the service.
    const replies = tcpReadsFrom(enter, 'server', PORT, { n: 4, tries: 10, retryMs: 300 })
    for (const reply of replies) assert.ok(addrsOf(servers).includes(reply), `a reply by name: ${replies}`)

    // Reverse (PTR): the other server task's address is its name on appnet (docker's
    // container name: service.slot.task id), the VIP the service's.
    const reverse = (addr: string) => `${addr.split('.').reverse().join('.')}.in-addr.arpa`
    const ptr = async (addr: string) => {
      const q = await queryFrom(enter, '127.0.0.11', reverse(addr), { type: 'PTR' })
      return q === 'timeout' ? q : { rcode: q.rcode, names: q.names }
    }
    const other = servers.find((t) => t.ID !== asker.ID)
    const addrOn = (t: any, net: string) => withoutPrefix(t.NetworksAttachments.find((a: any) => a.Network.ID === net).Addresses[0])
    assert.deepEqual(await ptr(addrOn(other, appnet)), { rcode: 'NOERROR', names: [`server.${other.Slot}.${other.ID}.appnet`] })
    assert.deepEqual(await ptr(vip), { rcode: 'NOERROR', names: ['server.appnet'] })

    // Not on the asker's networks, and outside the swarm: the host's resolver answers.
    const seen = upstream.seen.length
    const hiddenTask = (await running('hidden', 1))[0]
    const othernet = (await m.api('GET', '/networks/othernet')).body.Id
    assert.deepEqual(await ptr(addrOn(hiddenTask, othernet)), { rcode: 'NXDOMAIN', names: [] }, 'an address on a network the task is not on')
    assert.deepEqual(await ask('hidden'), { rcode: 'NXDOMAIN', addresses: [] })
    assert.deepEqual(await ask('outside.test'), { rcode: 'NOERROR', addresses: ['192.0.2.44'] })
    assert.deepEqual(upstream.seen.slice(seen), [reverse(addrOn(hiddenTask, othernet)), 'hidden', 'outside.test'])

    // The names follow the service: rr scaled to 3 answers with three tasks.
    r = await m.cli('service', 'scale', '--detach', 'rr=3')
    assert.equal(r.code, 0, r.stderr)
    const three = addrsOf(await running('rr', 3))
    await waitFor('rr answered with its three tasks', async () => {
      const a = await ask('rr')
      return a !== 'timeout' && JSON.stringify(a.addresses) === JSON.stringify(three)
    }, 15_000, 300)

    // The worker's daemon restarts: its adopted task is answered again (the sockets of its
    // namespace went with the old daemon; the new one serves it at its first network state).
    const onWorker = servers.find((t) => t.NodeID === workerId)
    assert.ok(onWorker, 'a server task on the worker')
    const enterWorker = ['-t', String(onWorker.Status.ContainerStatus.PID), '-n']
    await daemons[1].stop()
    assert.equal(await queryFrom(enterWorker, '127.0.0.11', 'server'), 'timeout', 'no answer while its daemon is down')
    await daemons[1].start()
    await waitFor('the worker\'s task answered again', async () => JSON.stringify(await queryFrom(enterWorker, '127.0.0.11', 'server')).includes(`"addresses":["${vip}"]`), 20_000, 300)
  })
})
