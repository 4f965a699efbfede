// The overlay data plane across "hosts" that are network namespaces joined by a bridge
// (helpers/netns.ts): each host runs its own OverlayDataPlane, whose VXLAN devices are made
// in the host's namespace. A task namespace on host 0 reaches a task namespace on host 1 by
// its overlay address (TCP, bounded tries); a task on another overlay (another VNI) does
// not; detach and leave remove every namespace and link they made.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { OverlayDataPlane } from '../src/agent/network/overlay'
import type { AttachRequest, LoadBalancerState, NetworkConfig } from '../src/agent/network/types'
import { TestNetwork, netnsUnavailable, type Host } from './helpers/netns'

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

// What a TCP connection from namespace `ns` to `addr`:7000 reads: up to `tries` tries of 2 s.
function connectFrom(ns: string, addr: string, tries = 5): string {
  const code = `
    const net = require('net')
    let tries = 0
    const go = () => {
      const s = net.connect({ host: ${JSON.stringify(addr)}, port: 7000, timeout: 2000 })
      let got = ''
      s.on('data', (d) => (got += d))
      s.on('end', () => { console.log(got); process.exit(0) })
      const retry = () => { s.destroy(); if (++tries < ${tries}) setTimeout(go, 200); else { console.log('unreachable'); process.exit(0) } }
      s.on('timeout', retry)
      s.on('error', retry)
    }
    go()`
  const r = spawnSync('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { encoding: 'utf8', timeout: 30_000 })
  return (r.stdout ?? '').trim()
}

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
      spawnSync('sh', ['-c', `for f in ${d}/*; do umount -l "$f"; done; umount -l ${d}; rm -rf ${d}`])
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
    }
    assert.deepEqual(await testNet.destroyWith([]), [], 'every namespace of the test is gone')
  })

  test('a task on host 0 reaches a task on host 1 by overlay address, not one on another overlay', async () => {
    const a = await planes[0].attach(request('task-a', blue, '10.201.1.5/24'))
    const b = await planes[1].attach(request('task-b', blue, '10.201.1.6/24'))
    const c = await planes[2].attach(request('task-c', red, '10.201.2.7/24'))
    // Attach is idempotent: the same namespace again.
    assert.deepEqual(await planes[0].attach(request('task-a', blue, '10.201.1.5/24')), a)

    const state: LoadBalancerState = {
      networks: [
        {
          network: blue,
          services: [{
            serviceId: 's1', serviceName: 'svc', aliases: [], endpointMode: 'vip', vip: '', ports: [],
            tasks: [
              { taskId: 'task-a', nodeId: 'node-0', nodeAddr: hosts[0].addr, address: '10.201.1.5', active: true },
              { taskId: 'task-b', nodeId: 'node-1', nodeAddr: hosts[1].addr, address: '10.201.1.6', active: true },
            ],
          }],
        },
        {
          network: red,
          services: [{
            serviceId: 's2', serviceName: 'other', aliases: [], endpointMode: 'vip', vip: '', ports: [],
            tasks: [{ taskId: 'task-c', nodeId: 'node-2', nodeAddr: hosts[2].addr, address: '10.201.2.7', active: true }],
          }],
        },
      ],
    }
    for (const p of planes) await p.apply(state)
    await p0FdbHas(hosts[0].addr)

    servers.push(await serve(b.netnsPath, '10.201.1.6', 'hello from b'))
    servers.push(await serve(c.netnsPath, '10.201.2.7', 'hello from c'))
    assert.equal(connectFrom(a.netnsPath, '10.201.1.6'), 'hello from b')
    // Another overlay is out of reach (no route between subnets that leads there).
    assert.equal(connectFrom(a.netnsPath, '10.201.2.7', 2), 'unreachable')

    // Task b leaves: host 0 drops its entries; a cannot reach it any more.
    await planes[1].detach('task-b')
    await planes[1].detach('task-b') // unknown now: a no-op
    assert.equal(existsSync(b.netnsPath), false)
    const without = { networks: [{ ...state.networks[0], services: [{ ...state.networks[0].services[0], tasks: state.networks[0].services[0].tasks.slice(0, 1) }] }] }
    await planes[0].apply(without)
    const fdb = spawnSync('nsenter', [`--net=${planes[0].sandboxPath(blue.id)}`, 'bridge', 'fdb', 'show', 'dev', 'vx-4301'], { encoding: 'utf8' }).stdout
    assert.doesNotMatch(fdb, /02:42:0a:c9:01:06 dst/)
  })

  // Host 0's sandbox holds the entry for task b (on host 1) pointing at host 1.
  async function p0FdbHas(_self: string): Promise<void> {
    const fdb = spawnSync('nsenter', [`--net=${planes[0].sandboxPath(blue.id)}`, 'bridge', 'fdb', 'show', 'dev', 'vx-4301'], { encoding: 'utf8' }).stdout
    assert.match(fdb, new RegExp(`02:42:0a:c9:01:06 dst ${hosts[1].addr.replace(/\./g, '\\.')}.*self permanent`))
  }

  test('leave removes every namespace the data plane made', async () => {
    for (const p of planes) await p.leave()
    for (const [i] of planes.entries()) {
      const left = spawnSync('sh', ['-c', `ls ${RUN_PREFIX}${tag}-h${i} 2>/dev/null`], { encoding: 'utf8' }).stdout.trim()
      assert.equal(left, '', `host ${i} left ${left}`)
    }
  })
})
