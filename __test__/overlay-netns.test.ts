// The overlay data plane across "hosts" that are network namespaces joined by a bridge
// (helpers/netns.ts): each host runs its own OverlayDataPlane, whose VXLAN devices are made
// in the host's namespace. A task namespace on host 0 reaches a task namespace on host 1 by
// its overlay address (TCP, bounded tries); a task on another overlay (another VNI) does
// not; detach and leave remove every namespace and link they made.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { gatewayVethName, sandboxName, taskNsName } from '../src/agent/network/link-names'
import { OverlayDataPlane } from '../src/agent/network/overlay'
import type { AttachRequest, LoadBalancerState, NetworkConfig, NetworkState } from '../src/agent/network/types'
import { TestNetwork, netnsUnavailable, tcpReadsFrom, type Host } from './helpers/netns'

const skip = netnsUnavailable()
const RUN_PREFIX = '/run/shoal-ovt-'

const net = (id: string, vni: number, third: number): NetworkConfig => ({
  id,
  name: id,
  driver: 'overlay',
  vni,
  subnet: `10.201.${third}.0/24`,
  gateway: `10.201.${third}.1`,
  ingress: false,
  internal: false,
  nodeAddress: '',
})

// A TCP server in namespace `ns` on `addr`:7000 answering `name`.
function serve(ns: string, addr: string, name: string): Promise<ChildProcess> {
  const code = `require('net').createServer((c) => c.end(${JSON.stringify(name)})).listen(7000, ${JSON.stringify(addr)}, () => console.log('ready'))`
  const child = spawn('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child))
    child.once('exit', (c) => reject(new Error(`server exited ${c}`)))
  })
}

// What `n` TCP connections from namespace `ns` to `addr`:7000 read (helpers/netns.ts).
const connectFrom = (ns: string, addr: string, tries = 5, n = 1): string[] => tcpReadsFrom([`--net=${ns}`], addr, 7000, { n, tries })

describe('overlay networks across hosts made of namespaces', { skip: skip ?? false }, () => {
  const tag = randomBytes(3).toString('hex')
  const testNet = new TestNetwork('10.214.0')
  let hosts: Host[] = []
  const planes: OverlayDataPlane[] = []
  const servers: ChildProcess[] = []
  const blue = net('net-blue', 4301, 1)
  const red = net('net-red', 4302, 2)

  const request = (taskId: string, cfg: NetworkConfig, address: string): AttachRequest => ({
    taskId,
    serviceName: 'svc',
    attachments: [{ networkId: cfg.id, addresses: [address], aliases: [] }],
    networks: [cfg],
  })

  before(() => {
    // Leftovers of runs that died: their run dirs (the namespaces under them are mounts).
    for (const d of spawnSync('sh', ['-c', `ls -d ${RUN_PREFIX}* 2>/dev/null`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)) {
      spawnSync('sh', ['-c', `for f in ${d}/*; do umount -l "$f"; done; umount -l ${d}; rm -rf ${d} ${d}.attachments.json`])
    }
    hosts = testNet.setup(3).hosts
    for (const [i, h] of hosts.entries()) {
      planes.push(new OverlayDataPlane({ nodeId: `node-${i}`, underlayAddr: h.addr, netnsDir: `${RUN_PREFIX}${tag}-h${i}`, underlayNetns: `/run/netns/${h.ns}` }))
    }
  })

  after(async () => {
    for (const s of servers) s.kill('SIGKILL')
    for (const p of planes) await p.leave().catch(() => undefined)
    for (const [i] of planes.entries()) {
      const dir = `${RUN_PREFIX}${tag}-h${i}`
      spawnSync('umount', ['-l', dir])
      rmSync(dir, { recursive: true, force: true })
      rmSync(`${dir}.attachments.json`, { force: true })
    }
    assert.deepEqual(await testNet.destroyWith([]), [], 'every namespace of the test is gone')
  })

  test('a task on host 0 reaches tasks on hosts 1 and 2 by overlay address and through a VIP, not one on another overlay', async () => {
    const a = await planes[0].attach(request('task-a', blue, '10.201.1.5/24'))
    const b = await planes[1].attach(request('task-b', blue, '10.201.1.6/24'))
    const d = await planes[2].attach(request('task-d', blue, '10.201.1.8/24'))
    const c = await planes[2].attach(request('task-c', red, '10.201.2.7/24'))
    // Attach is idempotent: the same namespace again.
    assert.deepEqual(await planes[0].attach(request('task-a', blue, '10.201.1.5/24')), a)

    const task = (taskId: string, node: number, address: string, active = true) =>
      ({ taskId, nodeId: `node-${node}`, nodeAddr: hosts[node].addr, address, active })
    const blueState = (webTasks: ReturnType<typeof task>[]): NetworkState => ({
      network: blue,
      services: [
        { serviceId: 's0', serviceName: 'client', aliases: [], endpointMode: 'dnsrr', vip: '', ports: [], tasks: [task('task-a', 0, '10.201.1.5')] },
        {
          serviceId: 's1', serviceName: 'web', aliases: [], endpointMode: 'vip', vip: '10.201.1.100',
          ports: [{ protocol: 'tcp', targetPort: 7000, publishedPort: 0, publishMode: 'ingress' }],
          tasks: webTasks,
        },
      ],
    })
    const redState: NetworkState = {
      network: red,
      services: [{ serviceId: 's2', serviceName: 'other', aliases: [], endpointMode: 'vip', vip: '', ports: [], tasks: [task('task-c', 2, '10.201.2.7')] }],
    }
    const state: LoadBalancerState = { networks: [blueState([task('task-b', 1, '10.201.1.6'), task('task-d', 2, '10.201.1.8')]), redState] }
    for (const p of planes) await p.apply(state)
    assert.match(fdbOf(0), new RegExp(`02:42:0a:c9:01:06 dst ${hosts[1].addr.replace(/\./g, '\\.')}.*self permanent`))
    assert.match(fdbOf(0), new RegExp(`02:42:0a:c9:01:08 dst ${hosts[2].addr.replace(/\./g, '\\.')}.*self permanent`))

    servers.push(await serve(b.netnsPath, '0.0.0.0', 'b'))
    servers.push(await serve(d.netnsPath, '0.0.0.0', 'd'))
    servers.push(await serve(c.netnsPath, '0.0.0.0', 'c'))
    assert.deepEqual(connectFrom(a.netnsPath, '10.201.1.6'), ['b'])
    // Through the VIP, balanced in task a's namespace over tasks on hosts 1 and 2.
    // nftables picks a slot at random: 16 connections all to one task has probability 3e-5.
    const viaVip = connectFrom(a.netnsPath, '10.201.1.100', 5, 16)
    assert.ok(viaVip.includes('b') && viaVip.includes('d') && viaVip.length === 16, `${viaVip}`)
    // Another overlay is out of reach.
    assert.deepEqual(connectFrom(a.netnsPath, '10.201.2.7', 2), ['unreachable'])

    // Host 0's agent restarts: a new data plane over the same directory finds task a's
    // attachment and keeps balancing for it.
    planes[0] = new OverlayDataPlane({ nodeId: 'node-0', underlayAddr: hosts[0].addr, netnsDir: `${RUN_PREFIX}${tag}-h0`, underlayNetns: `/run/netns/${hosts[0].ns}` })

    // Task d drains (weight 0), then task b leaves: host 0 drops b's entries, the VIP goes to d.
    for (const p of planes) await p.apply({ networks: [blueState([task('task-b', 1, '10.201.1.6'), task('task-d', 2, '10.201.1.8', false)]), redState] })
    assert.deepEqual(connectFrom(a.netnsPath, '10.201.1.100', 5, 3), ['b', 'b', 'b'])
    await planes[1].detach('task-b')
    await planes[1].detach('task-b') // unknown now: a no-op
    assert.equal(existsSync(b.netnsPath), false)
    await planes[0].apply({ networks: [blueState([task('task-d', 2, '10.201.1.8')]), redState] })
    assert.doesNotMatch(fdbOf(0), /02:42:0a:c9:01:06 dst/)
    assert.deepEqual(connectFrom(a.netnsPath, '10.201.1.100', 5, 2), ['d', 'd'])
  })

  // The VXLAN FDB of host i's blue sandbox.
  const fdbOf = (i: number): string =>
    spawnSync('nsenter', [`--net=${planes[i].sandboxPath(blue.id)}`, 'bridge', 'fdb', 'show', 'dev', 'vx-4301'], { encoding: 'utf8' }).stdout

  test('a task the node cannot attach is Rejected by name and leaves nothing behind', async () => {
    const bad: AttachRequest = { taskId: 'task-bad', serviceName: 'svc', attachments: [{ networkId: 'net-missing', addresses: ['10.201.9.9/24'], aliases: [] }], networks: [] }
    await assert.rejects(planes[0].attach(bad), (e: any) => e.code === 'Rejected' && /net-missing/.test(e.message))
    const vxBad = { ...request('task-bad2', { ...blue, id: 'net-bad', vni: 1 << 24 }, '10.201.1.50/24') }
    await assert.rejects(planes[0].attach(vxBad), (e: any) => e.code === 'Rejected' && /16777216/.test(e.message))
    const left = readdirSync(`${RUN_PREFIX}${tag}-h0`).sort()
    assert.deepEqual(left, [sandboxName(blue.id), sandboxName(red.id), taskNsName('task-a')].sort())
  })

  test('a data plane started over what a killed one left keeps the tasks its agent knows, removes the rest, and builds a network on a stale VNI', async () => {
    const dir = `${RUN_PREFIX}${tag}-h2`
    const links = () => spawnSync('ip', ['-n', hosts[2].ns, '-o', 'link', 'show'], { encoding: 'utf8' }).stdout
    assert.match(links(), new RegExp(gatewayVethName('task-c')), 'task c has its gateway veth')
    // Host 2's daemon was killed: its data plane never detached anything. The next agent
    // knows task d only (task c's record went with a wiped data dir).
    planes[2] = new OverlayDataPlane({ nodeId: 'node-2', underlayAddr: hosts[2].addr, netnsDir: dir, underlayNetns: `/run/netns/${hosts[2].ns}` })
    await planes[2].retain(new Set(['task-d']))
    assert.deepEqual(readdirSync(dir).sort(), [sandboxName(blue.id), sandboxName(red.id), taskNsName('task-d')].sort())
    assert.doesNotMatch(links(), new RegExp(gatewayVethName('task-c')))
    assert.match(links(), new RegExp(gatewayVethName('task-d')))
    // A new network holds red's VNI now (red was removed and another made while the daemon
    // was down): red's sandbox goes before green's is built, and a task attaches to green.
    const green = { ...net('net-green', red.vni, 3) }
    // Blue as it was (task a on host 0, so host 2 keeps its forwarding entry).
    const blueOnly: NetworkState = {
      network: blue,
      services: [{ serviceId: 's0', serviceName: 'client', aliases: [], endpointMode: 'dnsrr', vip: '', ports: [], tasks: [{ taskId: 'task-a', nodeId: 'node-0', nodeAddr: hosts[0].addr, address: '10.201.1.5', active: true }] }],
    }
    await planes[2].apply({ networks: [blueOnly, { network: green, services: [] }] })
    assert.deepEqual(readdirSync(dir).sort(), [sandboxName(blue.id), sandboxName(green.id), taskNsName('task-d')].sort())
    await planes[2].attach(request('task-e', green, '10.201.3.5/24'))
    // Task d kept its namespace and its server.
    assert.deepEqual(connectFrom(`${RUN_PREFIX}${tag}-h0/${taskNsName('task-a')}`, '10.201.1.8'), ['d'])
  })

  test('leave removes every namespace the data plane made', async () => {
    for (const p of planes) await p.leave()
    for (const [i] of planes.entries()) {
      const left = spawnSync('sh', ['-c', `ls ${RUN_PREFIX}${tag}-h${i} 2>/dev/null`], { encoding: 'utf8' }).stdout.trim()
      assert.equal(left, '', `host ${i} left ${left}`)
    }
  })
})
