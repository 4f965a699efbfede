// The subnets a node takes for itself, chosen against the host's routes and the swarm's
// address pools, over a real daemon in a host that is a network namespace
// (helpers/netns.ts) whose routes hold 172.18.0.0/16 and 169.254.217.0/30 and whose swarm's
// pool is 172.19.0.0/16: the gateway bridge takes 172.20.0.0/16 and the routing mesh's link
// 169.254.217.4/30; a port published through the mesh answers, a task leaves through the
// gateway; a network made later on the gateway's subnet has its task REJECTED naming both.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { TestDaemon, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, tcpReadsFrom, type Host } from './helpers/netns'

const skip = netnsUnavailable()
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const SERVER = `require('net').createServer((c) => c.end('web')).listen(7000)`
const IDLE = 'setInterval(() => {}, 1 << 30)'

describe('the gateway bridge and mesh link keep out of the host\'s routes and the swarm\'s pools', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.220.0')
  let host: Host
  let d: TestDaemon
  const ipIn = (...args: string[]) => spawnSync('ip', ['-n', host.ns, ...args], { encoding: 'utf8' })

  before(async () => {
    host = net.setup(1).hosts[0]
    for (const dst of ['172.18.0.0/16', '169.254.217.0/30']) assert.equal(ipIn('route', 'add', dst, 'dev', 'eth0').status, 0)
    d = new TestDaemon('shoal-subnets', ['--hostname', 'sub0'], { netns: host.ns })
    await d.start()
  })

  after(async () => {
    if (d?.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    const left = await net.destroyWith(d ? [d] : [])
    assert.deepEqual(left, [], 'every namespace of the test is gone')
  })

  const task = (service: string, state: string) =>
    waitFor(`a ${state} task of ${service}`, async () => {
      const ts = (await d.api('GET', `/tasks?filters=${filters({ service: [service] })}`)).body as any[]
      return ts.find((t) => t.Status.State === state)
    }, 60_000)

  test('free subnets chosen; a network made on the gateway\'s later is refused naming both', async () => {
    let r = await d.cli('swarm', 'init', '--advertise-addr', host.addr, '--default-addr-pool', '172.19.0.0/16')
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('network', 'create', '-d', 'overlay', 'appnet')
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('service', 'create', '--detach', '--name', 'web', '--network', 'appnet', '--publish', '8080:7000', '--runtime', 'process', process.execPath, '-e', SERVER)
    assert.equal(r.code, 0, r.stderr)
    const t = await task('web', 'running')
    assert.match(ipIn('-o', '-4', 'addr', 'show', 'dev', 'shoal_gwbridge').stdout, /inet 172\.20\.0\.1\/16 /)
    await waitFor('the mesh link', () => /inet 169\.254\.217\.5\/30 /.test(ipIn('-o', '-4', 'addr', 'show', 'dev', 'shoal-ingress').stdout), 30_000)
    // Through the mesh on the new link, from the host itself.
    assert.deepEqual(tcpReadsFrom([`--net=/run/netns/${host.ns}`], host.addr, 8080, { tries: 20, retryMs: 300 }), ['web'])
    // The task's default route is the bridge's address.
    const routes = spawnSync('nsenter', ['-t', String(t.Status.ContainerStatus.PID), '-n', 'ip', '-4', 'route'], { encoding: 'utf8' }).stdout
    assert.match(routes, /^default via 172\.20\.0\.1 /m)

    // A network on the gateway's subnet, made now: its task is refused, naming both.
    r = await d.cli('network', 'create', '-d', 'overlay', '--subnet', '172.20.9.0/24', 'clash')
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('service', 'create', '--detach', '--name', 'clashing', '--network', 'clash', '--runtime', 'process', process.execPath, '-e', IDLE)
    assert.equal(r.code, 0, r.stderr)
    const refused = await task('clashing', 'rejected')
    assert.match(refused.Status.Err, /network clash \(172\.20\.9\.0\/24\) overlaps the node's gateway bridge shoal_gwbridge \(172\.20\.0\.0\/16\)/)
    assert.equal((await d.cli('service', 'rm', 'clashing', 'web')).code, 0)
  })
})
