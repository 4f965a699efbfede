// The agent with the real overlay data plane (no daemon): a task with network attachments
// is attached before it starts and runs inside its own namespace with its address, a task
// without runs in the agent's namespace as always; one the node cannot attach (no
// configuration for its network, a network the kernel refuses) is REJECTED with the
// reason and leaves nothing; a restarted agent adopts the task in its namespace; a task
// removed from the node loses its namespace, and shutdownAll (swarm leave) removes every
// namespace the data plane made. The VXLAN devices are made in a namespace of the test's
// (helpers/netns.ts), never in the one the tests run in.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { Agent } from '../src/agent/agent'
import { ProcessExecutor } from '../src/agent/exec/process'
import { taskNsName } from '../src/agent/network/link-names'
import { OverlayDataPlane } from '../src/agent/network/overlay'
import type { LoadBalancerState, NetworkConfig } from '../src/agent/network/types'
import { StatusRecorder, killProcessesMentioning, processTask, settleWithin, waitFor } from '../src/agent/testing'
import { TaskState, type AssignedTask } from '../src/agent/types'
import { TestNetwork, netnsUnavailable } from './helpers/netns'

const skip = netnsUnavailable()

const network = (id: string, vni: number): NetworkConfig => ({
  id,
  name: id,
  driver: 'overlay',
  vni,
  subnet: '10.216.1.0/24',
  gateway: '10.216.1.1',
  ingress: false,
  internal: false,
  nodeAddress: '',
})

const onNetwork = (id: string, networkId: string, address: string): AssignedTask => ({
  ...processTask(id, 'sleep', ['30']),
  networks: [{ networkId, addresses: [address], aliases: [] }],
})

const netnsOf = (pid: number): string => readlinkSync(`/proc/${pid}/ns/net`)

describe('the agent attaches tasks on networks through the overlay data plane', { skip: skip ?? false }, () => {
  const tag = randomBytes(3).toString('hex')
  const testNet = new TestNetwork('10.216.0')
  const netnsDir = `/run/shoal-agnt-${tag}`
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-agnt-'))
  let underlay = ''
  let agents: Agent[] = []
  const blue = network('net-blue', 4401)
  // A VNI the kernel refuses (24 bits): the network cannot be built.
  const broken = { ...network('net-broken', 1 << 24), subnet: '10.216.2.0/24', gateway: '10.216.2.1' }
  const state: LoadBalancerState = {
    networks: [
      { network: blue, services: [] },
      { network: broken, services: [] },
    ],
  }

  const newAgent = (rec: StatusRecorder): Agent => {
    const host = testNet.hosts[0]
    const plane = new OverlayDataPlane({ nodeId: 'node1', underlayAddr: host.addr, netnsDir, underlayNetns: underlay })
    const agent = new Agent({ nodeId: 'node1', dataDir: dir, executors: [new ProcessExecutor()], report: rec.report, reportIntervalMs: 20, stopGraceMs: 2000, network: plane })
    agents.push(agent)
    return agent
  }

  before(() => {
    underlay = `/run/netns/${testNet.setup(1).hosts[0].ns}`
  })

  after(async () => {
    for (const a of agents) await settleWithin(a.stop(), 5000)
    await killProcessesMentioning(dir)
    // Whatever a failed test left: the namespaces (mounts) and the directory's own mount.
    for (const n of existsSync(netnsDir) ? readdirSync(netnsDir) : []) spawnSync('umount', ['-l', path.join(netnsDir, n)])
    spawnSync('umount', ['-l', netnsDir])
    rmSync(netnsDir, { recursive: true, force: true })
    rmSync(`${netnsDir}.attachments.json`, { force: true })
    rmSync(dir, { recursive: true, force: true })
    assert.deepEqual(await testNet.destroyWith([]), [], 'every namespace of the test is gone')
  })

  test('attach before start, run inside the namespace, reject what cannot be attached, adopt after a restart, detach on removal, leave', async () => {
    const rec = new StatusRecorder()
    let agent = newAgent(rec)
    await agent.start()
    const tasks = [
      onNetwork('on-blue', blue.id, '10.216.1.5/24'),
      processTask('on-host', 'sleep', ['30']),
      onNetwork('no-config', 'net-unknown', '10.216.3.5/24'),
      onNetwork('on-broken', broken.id, '10.216.2.5/24'),
    ]
    await agent.assign(tasks, undefined, state)

    const running = await rec.reached('on-blue', TaskState.RUNNING)
    assert.equal(running.state, TaskState.RUNNING, running.err)
    const pid = running.pid!
    // RUNNING is reported once the process is spawned; nsenter enters the namespace a
    // moment later, then execs the wrapper.
    const made = `net:[${statSync(`${netnsDir}/${taskNsName('on-blue')}`).ino}]`
    await waitFor('the task in its namespace', () => netnsOf(pid) === made, 10_000).catch(() => undefined)
    assert.equal(netnsOf(pid), made, 'the task runs in the namespace the data plane made for it')
    assert.notEqual(netnsOf(pid), netnsOf(process.pid), 'a task on a network has a namespace of its own')
    const addrs = spawnSync('nsenter', ['-t', String(pid), '-n', 'ip', '-o', '-4', 'addr', 'show'], { encoding: 'utf8' }).stdout
    assert.match(addrs, /eth0\s+inet 10\.216\.1\.5\/24/, 'with its address on the network')
    const host = await rec.reached('on-host', TaskState.RUNNING)
    assert.equal(netnsOf(host.pid!), netnsOf(process.pid), 'a task without networks runs in the host namespace, as always')

    const noConfig = await rec.reached('no-config', TaskState.REJECTED)
    assert.equal(noConfig.state, TaskState.REJECTED)
    assert.match(noConfig.err ?? '', /no configuration for network net-unknown/)
    const onBroken = await rec.reached('on-broken', TaskState.REJECTED)
    assert.equal(onBroken.state, TaskState.REJECTED)
    assert.match(onBroken.err ?? '', /attaching task on-broken to its networks: .*16777216/)
    assert.deepEqual(readdirSync(netnsDir).filter((n) => n.startsWith('task-')), [taskNsName('on-blue')], 'rejected tasks leave no namespace')

    // The agent restarts: the new one adopts the same process, still in its namespace.
    await agent.stop()
    const rec2 = new StatusRecorder()
    agent = newAgent(rec2)
    await agent.start()
    const adopted = await rec2.reached('on-blue', TaskState.RUNNING)
    assert.equal(adopted.pid, pid, 'the same process')

    // Removed from the node: stopped, then its namespace goes.
    await agent.assign(tasks.filter((t) => t.id !== 'on-blue'), undefined, state)
    await rec2.reached('on-blue', TaskState.SHUTDOWN)
    await waitFor('the namespace of on-blue removed', () => !readdirSync(netnsDir).includes(taskNsName('on-blue')), 10_000)

    // swarm leave: every task stops and every namespace of the data plane goes.
    await agent.assign([...tasks.filter((t) => t.id !== 'on-blue'), onNetwork('on-blue-2', blue.id, '10.216.1.6/24')], undefined, state)
    await rec2.reached('on-blue-2', TaskState.RUNNING)
    await agent.shutdownAll()
    assert.deepEqual(readdirSync(netnsDir), [], 'nothing left after leave')
  })

  test('a task only on an internal network (--internal) has no route out; one on a network that is not internal leaves through the gateway', async () => {
    const inner = { ...network('net-inner', 4402), subnet: '10.216.4.0/24', gateway: '10.216.4.1', internal: true }
    const withInner: LoadBalancerState = { networks: [...state.networks, { network: inner, services: [] }] }
    const rec = new StatusRecorder()
    const agent = newAgent(rec)
    await agent.start()
    await agent.assign([onNetwork('in-inner', inner.id, '10.216.4.5/24'), onNetwork('in-blue', blue.id, '10.216.1.7/24')], undefined, withInner)
    const routes = async (id: string) => {
      const t = await rec.reached(id, TaskState.RUNNING)
      assert.equal(t.state, TaskState.RUNNING, t.err)
      return spawnSync('nsenter', ['-t', String(t.pid), '-n', 'ip', '-o', '-4', 'route', 'show'], { encoding: 'utf8' }).stdout
    }
    const innerRoutes = await routes('in-inner')
    assert.doesNotMatch(innerRoutes, /^default/m, innerRoutes)
    assert.match(innerRoutes, /^10\.216\.4\.0\/24 dev eth0/m, 'only its network')
    assert.match(await routes('in-blue'), /^default via 172\.18\.0\.1/m)
    await agent.shutdownAll()
    assert.deepEqual(readdirSync(netnsDir), [], 'nothing left after leave')
  })
})
