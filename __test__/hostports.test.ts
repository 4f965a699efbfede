// Host-mode published ports of tasks on no network, over real daemons on two hosts that
// are network namespaces (helpers/netns.ts), as docker publishes them:
// - a process task runs in its node's own namespace: its ports are its own, and a
//   published port other than its target is forwarded to the target, on that node only;
// - a container gets a namespace of its own on the node's gateway bridge (docker's bridge
//   network), its published port forwarded there (with a private containerd; skipped,
//   saying why, where containerd, runc or busybox is missing).
// After `service rm` nothing of either is left in the node's namespace.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { readlinkSync } from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, formSwarm, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, shoalLeftovers, tcpReadsFrom, type Host } from './helpers/netns'
import { TestContainerd, buildBusyboxImage, containerSkipReason, dockerSaveArchive } from './helpers/containerd'

const skip = netnsUnavailable()
const noContainers = skip ?? containerSkipReason()
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
// Answers each connection with the address and port it arrived at (after a redirect, the
// task's own target port).
const SERVER = (port: number) => `require('net').createServer((c) => c.end(c.localAddress.replace(/^::ffff:/, '') + ':' + c.localPort)).listen(${port})`

describe('host-mode published ports of tasks without networks', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.219.0')
  let hosts: Host[] = []
  let ctd: TestContainerd | null = null
  const daemons: TestDaemon[] = []

  before(async () => {
    hosts = net.setup(2).hosts
    if (!noContainers) ctd = await new TestContainerd('shoal-hp').start()
    daemons.push(new TestDaemon('shoal-hp-0', ['--hostname', 'hp0'], { netns: hosts[0].ns }))
    daemons.push(new TestDaemon('shoal-hp-1', ['--hostname', 'hp1', ...(ctd ? ['--containerd-socket', ctd.socket] : [])], { netns: hosts[1].ns }))
    await Promise.all(daemons.map((d) => d.start()))
    await formSwarm(daemons[0], hosts[0].addr, [daemons[1]])
  })

  after(async () => {
    for (const d of [...daemons].reverse()) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    const left = await net.destroyWith(daemons)
    await ctd?.destroy()
    assert.deepEqual(left, [], 'every namespace of the test is gone')
  })

  // What `n` connections from host `from` to addr:port read.
  const connect = (from: Host, addr: string, port: number, tries = 10) => tcpReadsFrom([`--net=/run/netns/${from.ns}`], addr, port, { tries, retryMs: 300 })
  const running = (service: string) =>
    waitFor(`the task of ${service} running`, async () => {
      const ts = (await daemons[0].api('GET', `/tasks?filters=${filters({ service: [service] })}`)).body as any[]
      const rejected = ts.find((t) => t.Status.State === 'rejected')
      if (rejected) throw new Error(`rejected: ${rejected.Status.Err}`)
      return ts.find((t) => t.Status.State === 'running')
    }, 60_000)
  const removed = async (service: string) => {
    assert.equal((await daemons[0].cli('service', 'rm', service)).code, 0)
    await waitFor(`nothing of ${service} left on hp1`, () => shoalLeftovers(hosts[1].ns).length === 0, 30_000).catch(() => assert.fail(`left on hp1: ${shoalLeftovers(hosts[1].ns)}`))
  }

  test('a process task: its published port forwarded to its own target port, on its node only', async () => {
    const r = await daemons[0].cli('service', 'create', '--detach', '--name', 'hostproc', '--publish', 'mode=host,published=8095,target=7005', '--constraint', 'node.hostname==hp1', '--runtime', 'process', process.execPath, '-e', SERVER(7005))
    assert.equal(r.code, 0, r.stderr)
    const t = await running('hostproc')
    // In the node's own namespace, not one of its own.
    assert.equal(readlinkSync(`/proc/${t.Status.ContainerStatus.PID}/ns/net`), readlinkSync(`/proc/${daemons[1].proc!.pid}/ns/net`))
    const own = `${hosts[1].addr}:7005`
    assert.deepEqual(connect(hosts[0], hosts[1].addr, 8095), [own], 'the published port reaches the task at its target port')
    assert.deepEqual(connect(hosts[0], hosts[1].addr, 7005), [own], 'its target port is its own')
    // From its node too (there the kernel's redirect goes to the loopback address).
    assert.match(connect(hosts[1], hosts[1].addr, 8095)[0], /^(127\.0\.0\.1|10\.219\.0\.11):7005$/, 'from its node too')
    assert.deepEqual(connect(hosts[0], hosts[0].addr, 8095, 2), ['unreachable'], 'not on a node without the task')
    assert.ok(shoalLeftovers(hosts[1].ns).includes('table ip shoal_gateway'))
    await removed('hostproc')
  })

  test('a container: a namespace of its own on the gateway bridge, its published port forwarded there', { skip: noContainers ?? false }, async () => {
    const archive = dockerSaveArchive(buildBusyboxImage(), ['busybox:test'], path.join(daemons[1].dir, 'busybox.tar'))
    const load = await daemons[1].cli('image', 'load', '-i', archive)
    assert.equal(load.code, 0, load.stderr)
    const r = await daemons[0].cli('service', 'create', '--detach', '--name', 'hostctr', '--publish', 'mode=host,published=8096,target=7000', '--constraint', 'node.hostname==hp1', '--stop-grace-period', '1s', 'busybox:test', '/bin/busybox', 'nc', '-ll', '-p', '7000', '-e', '/bin/busybox', 'echo', 'container')
    assert.equal(r.code, 0, r.stderr)
    await running('hostctr')
    const pid = ctd!.tasks().get((await running('hostctr')).ID)!.pid
    assert.notEqual(readlinkSync(`/proc/${pid}/ns/net`), readlinkSync(`/proc/${daemons[1].proc!.pid}/ns/net`), 'a namespace of its own')
    assert.deepEqual(connect(hosts[0], hosts[1].addr, 8096), ['container\n'])
    assert.deepEqual(connect(hosts[0], hosts[0].addr, 8096, 2), ['unreachable'], 'not on a node without the task')
    await removed('hostctr')
  })
})
