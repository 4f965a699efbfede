// A swarm of hosts that are network namespaces: each daemon, and the CLI that drives it,
// runs in its own namespace with one 10.x address on a bridge, so nodes reach each other
// only over that network, on the real default port 2377, and a host can be cut off by
// taking its link down. Skipped (with the reason) where namespaces cannot be made.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, pidAlive, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, type Host } from './helpers/netns'

// The reason shows in the report as "# SKIP <reason>".
const skip = netnsUnavailable()

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const isRunning = (t: any) => t.Status.State === 'running' && t.DesiredState === 'running'

describe('a swarm across network namespaces', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.213.0')
  let hosts: Host[] = []
  const daemons: TestDaemon[] = []
  const ids: string[] = []

  const tasksOf = async (service: string): Promise<any[]> => {
    const r = await daemons[0].api('GET', `/tasks?filters=${filters({ service: [service] })}`)
    assert.equal(r.status, 200, r.text)
    return r.body
  }
  const nodeState = async (i: number): Promise<string> => (await daemons[0].api('GET', `/nodes/${ids[i]}`)).body?.Status?.State

  before(async () => {
    hosts = net.setup(3).hosts
    for (const [i, h] of hosts.entries()) daemons.push(new TestDaemon(`shoal-nt-${i}`, ['--hostname', `host${i}`], { netns: h.ns }))
    await Promise.all(daemons.map((d) => d.start()))
  })

  after(async () => {
    assert.deepEqual(await net.destroyWith(daemons), [], 'every namespace of the test is gone')
  })

  test('hosts join over the test network and run a service together', async () => {
    const m = daemons[0]
    // Default listen address (0.0.0.0:2377): inside its namespace the port is its own.
    let r = await m.cli('swarm', 'init', '--advertise-addr', hosts[0].addr)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, new RegExp(`swarm join --token \\S+ ${hosts[0].addr.replace(/\./g, '\\.')}:2377`))
    r = await m.cli('swarm', 'update', '--dispatcher-heartbeat', '500ms')
    assert.equal(r.code, 0, r.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    ids.push((await m.api('GET', '/info')).body.Swarm.NodeID)
    for (const i of [1, 2]) {
      // No --advertise-addr: the node advertises the address it reaches its manager from.
      r = await daemons[i].cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)
      assert.equal(r.code, 0, r.stderr)
      ids.push((await daemons[i].api('GET', '/info')).body.Swarm.NodeID)
    }
    await waitFor('both workers ready', async () => (await nodeState(1)) === 'ready' && (await nodeState(2)) === 'ready', 15_000)
    for (const i of [1, 2]) {
      const node = (await m.api('GET', `/nodes/${ids[i]}`)).body
      assert.equal(node.Status.Addr, hosts[i].addr, 'the node is known by its own namespace address')
      assert.equal(node.Description.Hostname, `host${i}`)
    }
    r = await m.cli('service', 'create', '--name', 'web', '--replicas', '3', '--runtime', 'process', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    const running = (await tasksOf('web')).filter(isRunning)
    assert.deepEqual(running.map((t) => t.NodeID).sort(), [...ids].sort(), 'one replica per host')
  })

  test('a host cut off the network is marked down, its work moves; back on the network, it drops the stale work', async () => {
    const before = (await tasksOf('web')).filter(isRunning)
    const lost = before.find((t) => t.NodeID === ids[1])
    assert.ok(lost, 'host1 runs a replica')
    net.setConnected(hosts[1], false)
    const cutAt = Date.now()
    await waitFor('host1 down', async () => (await nodeState(1)) === 'down', 10_000, 50)
    // Down because its heartbeats stopped; how soon is bounded by the wait, not asserted.
    assert.equal((await daemons[0].api('GET', `/nodes/${ids[1]}`)).body.Status.Message, 'heartbeat failure', `down after ${Date.now() - cutAt} ms`)
    await waitFor('web at 3 without host1', async () => {
      const t = (await tasksOf('web')).filter(isRunning)
      return t.length === 3 && t.every((x) => x.NodeID !== ids[1])
    })
    // Cut off, not dead: the task still runs on host1 until host1 hears otherwise.
    assert.ok(pidAlive(lost.Status.ContainerStatus.PID))

    net.setConnected(hosts[1], true)
    // The session reconnects with bounded backoff (at most 8 s) plus a fresh connection.
    await waitFor('host1 ready again', async () => (await nodeState(1)) === 'ready', 40_000, 200)
    await waitFor('the stale replica stopped', () => !pidAlive(lost.Status.ContainerStatus.PID), 20_000)
    await waitFor('and reported shut down', async () => (await tasksOf('web')).find((t) => t.ID === lost.ID)?.Status.State === 'shutdown')
    assert.equal((await tasksOf('web')).filter(isRunning).length, 3)
    // The CLI runs inside the namespaces too: the worker's own view of its membership.
    const info = await daemons[1].cli('info')
    assert.match(info.stdout, /Swarm: active/)
    assert.match(info.stdout, new RegExp(`Node Address: ${hosts[1].addr.replace(/\./g, '\\.')}`))
  })
})
