// A container service over three hosts, each a network namespace with its own daemon (as
// in cluster-netns.test.ts). Two hosts have a containerd of their own; the third's
// containerd is not reachable, so it does not offer the container runtime: the service's
// containers spread over the two, and a task that may only run on the third stays pending
// with the reason. Skipped, saying why, where namespaces or the container components are
// missing.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import { TestDaemon, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, type Host } from './helpers/netns'
import { TestContainerd, buildBusyboxImage, containerSkipReason, dockerSaveArchive } from './helpers/containerd'

const skip = netnsUnavailable() ?? containerSkipReason()
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

describe('a container service across hosts', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.214.0')
  let hosts: Host[] = []
  const daemons: TestDaemon[] = []
  const ctds: TestContainerd[] = []
  const ids: string[] = []

  before(async () => {
    hosts = net.setup(3).hosts
    for (let i = 0; i < 2; i++) ctds.push(await new TestContainerd(`shoal-cc${i}`).start())
    for (const [i, h] of hosts.entries()) {
      const socket = i < 2 ? ctds[i].socket : path.join(ctds[0].dir, 'nothing-here.sock')
      daemons.push(new TestDaemon(`shoal-cc-${i}`, ['--hostname', `host${i}`, '--containerd-socket', socket], { netns: h.ns }))
    }
    await Promise.all(daemons.map((d) => d.start()))
  })

  after(async () => {
    const left = await net.destroyWith(daemons)
    for (const c of ctds) await c.destroy()
    assert.deepEqual(left, [], 'every namespace of the test is gone')
  })

  test('containers spread over the hosts that have containerd; the one without gets none and says why', async () => {
    const m = daemons[0]
    let r = await m.cli('swarm', 'init', '--advertise-addr', hosts[0].addr)
    assert.equal(r.code, 0, r.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    ids.push((await m.api('GET', '/info')).body.Swarm.NodeID)
    for (const i of [1, 2]) {
      r = await daemons[i].cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)
      assert.equal(r.code, 0, r.stderr)
      ids.push((await daemons[i].api('GET', '/info')).body.Swarm.NodeID)
    }
    // Images are per node, as docker's: loaded on each host that runs containers.
    const archive = dockerSaveArchive(buildBusyboxImage(), ['busybox:test'], path.join(m.dir, 'busybox.tar'))
    for (const i of [0, 1]) {
      r = await daemons[i].cli('image', 'load', '-i', archive)
      assert.equal(r.code, 0, r.stderr)
    }
    await waitFor('runtimes advertised', async () => {
      const nodes: any[] = (await m.api('GET', '/nodes')).body
      const has = (id: string) => nodes.find((n) => n.ID === id)?.Description?.Engine?.Runtimes?.includes('container')
      return nodes.length === 3 && has(ids[0]) && has(ids[1]) && !has(ids[2])
    }, 30_000)

    r = await m.cli('service', 'create', '--detach', '--name', 'spread', '--replicas', '4', '--stop-grace-period', '1s', 'busybox:test', 'sleep', '3600')
    assert.equal(r.code, 0, r.stderr)
    const tasks = await waitFor('4 running', async () => {
      const ts: any[] = (await m.api('GET', `/tasks?filters=${filters({ service: ['spread'] })}`)).body
      return ts.filter((t) => t.Status.State === 'running').length === 4 ? ts : null
    }, 60_000, 200)
    const perNode = (id: string) => tasks.filter((t) => t.NodeID === id).length
    assert.equal(perNode(ids[0]), 2)
    assert.equal(perNode(ids[1]), 2)
    assert.equal(perNode(ids[2]), 0)
    for (const [i, c] of ctds.entries()) {
      const mine = tasks.filter((t) => t.NodeID === ids[i]).map((t) => t.ID).sort()
      assert.deepEqual([...c.tasks().keys()].sort(), mine, `host${i}'s containerd runs its own tasks`)
    }

    r = await m.cli('service', 'create', '--detach', '--name', 'pinned', '--constraint', 'node.hostname==host2', 'busybox:test', 'sleep', '3600')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('the pending reason', async () => {
      const ps = await m.cli('service', 'ps', '--no-trunc', 'pinned')
      return /runtime "container" not available on 1 node \(no reachable containerd\)/.test(ps.stdout)
    }, 20_000, 200)
    for (const s of ['spread', 'pinned']) assert.equal((await m.cli('service', 'rm', s)).code, 0)
    await waitFor('containers removed', () => ctds.every((c) => c.containers().length === 0), 30_000, 200)
  })
})
