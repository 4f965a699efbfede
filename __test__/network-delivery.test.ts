// What reaches each node about networks: a real manager (Raft store, orchestrator,
// allocator, scheduler, dispatcher) with three in-process agent sessions that report their
// tasks running and record what they are sent. A node hears of a network only while it has
// tasks on it, and of the ingress network while any service publishes an ingress port; each
// network comes with every service on it, its VIP, ports and its tasks on all nodes.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TaskState } from '../src/agent/types'
import { createRootCA } from '../src/manager/ca/rootca'
import { newId } from '../src/manager/ids'
import { Manager } from '../src/manager/manager'
import { toLoadBalancerState } from '../src/manager/network/delivery'
import { idOf, v1, WriteBatch, type Shared, type Task } from '../src/manager/store'
import type { LoadBalancerState, NetworkState } from '../src/agent/network/types'

const e0 = (s: NetworkState) => s.services[0]
import { commitOnceLeading } from './helpers/store'

async function settle<T>(what: string, fn: () => T | undefined | null | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = fn()
    if (v) return v
    if (Date.now() > end) throw new Error(`never settled: ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('network state in assignments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-net-delivery-'))
  let mgr: Manager
  const nodes = ['n1', 'n2', 'n3'].map((h) => ({ host: h, id: newId() }))
  // The latest state each node was sent, and its latest task set.
  const states = new Map<string, LoadBalancerState>()
  const assigned = new Map<string, readonly Shared<Task>[]>()

  before(async () => {
    mgr = Manager.open({ dataDir: dir, raftId: 1, raftKey: randomBytes(32) })
    const root = await createRootCA()
    fs.mkdirSync(path.join(dir, 'certificates'), { recursive: true })
    mgr.secretsKey.generate()
    for (let i = 0; ; i++) {
      try {
        await mgr.bootstrap({ clusterId: newId(), nodeId: newId(), rootCaCertPem: root.certPem, rootCaKeyPem: root.keyPem, nodeCertPem: '', joinTokens: { worker: '', manager: '' }, addr: '127.0.0.1:2377' })
        break
      } catch (err) {
        if ((err as { code?: string }).code !== 'Unavailable' || i > 100) throw err
        await new Promise((r) => setTimeout(r, 50))
      }
    }
    const batch = new WriteBatch()
    for (const n of mgr.store.view().list('nodes')) {
      n.spec!.availability = 'drain' // the manager's own node takes no tasks here
      batch.update('nodes', n)
    }
    for (const n of nodes) {
      batch.create('nodes', new v1.Node({ meta: new v1.Meta({ id: n.id }), spec: new v1.NodeSpec({ role: 'worker', availability: 'active', annotations: new v1.Annotations({}) }), status: new v1.NodeStatus({ state: 'unknown' }) }))
    }
    await commitOnceLeading(mgr.store, batch)
    mgr.start()
    await settle('leading', () => mgr.isLeader() && (() => {
      try {
        return mgr.dispatcher
      } catch {
        return null
      }
    })())
    for (const [i, n] of nodes.entries()) {
      const reported = new Set<string>()
      await mgr.dispatcher.register(
        n.id,
        { hostname: n.host, os: 'linux', architecture: 'x86_64', nanoCpus: 8e9, memoryBytes: 2 ** 33, engineVersion: 'test', runtimes: ['process'], addr: `192.0.2.${i + 1}` },
        {
          assign: (list, _files, network) => {
            states.set(n.host, toLoadBalancerState(network))
            assigned.set(n.host, list)
            const updates = []
            for (const t of list) {
              if (t.desiredState !== TaskState.RUNNING || reported.has(idOf(t))) continue
              reported.add(idOf(t))
              updates.push({ taskId: idOf(t), state: TaskState.RUNNING, timestamp: Date.now(), message: 'started' })
            }
            if (updates.length) mgr.dispatcher.report(n.id, updates)
          },
          close: () => undefined,
        },
      )
    }
  })
  after(async () => {
    await mgr.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const spec = (name: string, replicas: number, opts: { networks?: string[]; ports?: v1.IPortConfig[]; avoid?: string; mode?: string }) =>
    new v1.ServiceSpec({
      annotations: new v1.Annotations({ name }),
      mode: 'replicated',
      replicas,
      endpoint: opts.ports || opts.mode ? new v1.EndpointSpec({ ports: (opts.ports ?? []).map((p) => new v1.PortConfig(p)), mode: opts.mode ?? '' }) : null,
      task: new v1.TaskSpec({
        runtime: 'process',
        container: new v1.ProcessSpec({ image: 'sleep' }),
        restart: new v1.RestartPolicy({ condition: 'none' }),
        placement: opts.avoid ? new v1.Placement({ constraints: [`node.hostname!=${opts.avoid}`] }) : null,
        networks: (opts.networks ?? []).map((target) => new v1.NetworkAttachmentConfig({ target, aliases: ['db'] })),
      }),
    })

  const netNames = (host: string) => (states.get(host)?.networks ?? []).map((n) => n.network.name).sort()

  test('a node hears of a network while it has tasks on it, with every service and task on it', async () => {
    const back = await mgr.networks.create(new v1.NetworkSpec({ annotations: new v1.Annotations({ name: 'back' }) }))
    await mgr.control.createService(spec('api', 4, { networks: ['back'], avoid: 'n3' }))
    const api = mgr.control.getService('api')
    const state = await settle('n1 sees api running on back, and its own address there', () => {
      const s = states.get('n1')?.networks.find((n) => n.network.name === 'back')
      const e = s?.services.find((x) => x.serviceName === 'api')
      return e && e.tasks.length === 4 && e.tasks.every((t) => t.active) && s?.network.nodeAddress ? s : null
    })
    const n2 = await settle('n2 has its own address on back', () => states.get('n2')?.networks.find((n) => n.network.name === 'back')?.network.nodeAddress)
    assert.match(state.network.nodeAddress, /^10\.0\.1\.\d+\/24$/)
    assert.notEqual(n2, state.network.nodeAddress)
    const taken = [...e0(state).tasks.map((t) => `${t.address}/24`), `${e0(state).vip}/24`]
    assert.ok(!taken.includes(state.network.nodeAddress) && !taken.includes(n2), 'a node address is neither a task address nor a VIP')
    assert.equal(state.network.id, idOf(back))
    assert.equal(state.network.vni, 4097)
    assert.equal(state.network.subnet, '10.0.1.0/24')
    assert.equal(state.network.gateway, '10.0.1.1')
    assert.equal(state.network.ingress, false)
    const e = state.services[0]
    const vip = mgr.control.getService('api').endpoint!.virtualIps![0].addr!
    assert.equal(e.serviceId, idOf(api))
    assert.equal(e.vip, vip.split('/')[0])
    assert.equal(e.endpointMode, 'vip')
    assert.deepEqual(e.aliases, ['db'])
    // Tasks on n1 and n2 (n3 is avoided), with their nodes' underlay addresses.
    assert.deepEqual([...new Set(e.tasks.map((t) => t.nodeAddr))].sort(), ['192.0.2.1', '192.0.2.2'])
    for (const t of e.tasks) assert.match(t.address, /^10\.0\.1\.\d+$/)
    // The same view on n2; n3 has no task there and hears of no network.
    const withoutOwn = (s: NetworkState | undefined) => JSON.stringify(s && { ...s, network: { ...s.network, nodeAddress: '' } })
    await settle('n2 sees the same', () => withoutOwn(states.get('n2')?.networks.find((n) => n.network.name === 'back')) === withoutOwn(state))
    assert.deepEqual(netNames('n3'), [])
    // The tasks a node runs carry their attachments.
    const mine = assigned.get('n1')!.filter((t) => t.serviceId === idOf(api))
    assert.ok(mine.length > 0)
    for (const t of mine) assert.equal(t.networks!.attachments![0].networkId, idOf(back))
  })

  test('a published ingress port puts the ingress network on every node', async () => {
    await mgr.control.createService(spec('web', 1, { ports: [{ targetPort: 80, publishedPort: 8080, protocol: 'tcp', publishMode: 'ingress' }], avoid: 'n1' }))
    for (const host of ['n1', 'n2', 'n3']) {
      await settle(`${host} has ingress with web`, () => {
        const s = states.get(host)?.networks.find((n) => n.network.ingress)
        const e = s?.services.find((x) => x.serviceName === 'web')
        return e && e.tasks.length === 1 && e.tasks[0].active && e.vip !== ''
      })
    }
    const ingress = states.get('n1')!.networks.find((n) => n.network.ingress)!
    assert.equal(ingress.network.subnet, '10.0.0.0/24')
    // Every node gets its own ingress address, each a different one.
    const own = await settle('ingress addresses', () => {
      const a = nodes.map((n) => states.get(n.host)?.networks.find((x) => x.network.ingress)?.network.nodeAddress)
      return a.every((x) => x) ? a : null
    })
    assert.equal(new Set(own).size, 3)
    // Each node hears of every node's ingress address (the routing mesh's source address,
    // answered across the overlay), with its underlay address: the manager's node too.
    const peers = await settle('every node peers with all four', () => {
      const p = states.get('n1')?.networks.find((x) => x.network.ingress)?.peers
      return p?.length === 4 ? p : null
    })
    for (const a of own) assert.ok(peers.some((p) => `${p.address}/24` === a), `${a} is a peer`)
    assert.equal(new Set(peers.map((p) => p.address)).size, 4)
    assert.deepEqual(peers.map((p) => p.nodeAddr).sort(), ['127.0.0.1', '192.0.2.1', '192.0.2.2', '192.0.2.3'])
    assert.deepEqual(ingress.services[0].ports, [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }])
    assert.deepEqual(netNames('n1'), ['back', 'ingress'])
  })

  test('dnsrr: no VIP; a task told to stop is inactive; a removed service leaves, its network once its tasks ended', async () => {
    await mgr.control.createService(spec('rr', 1, { networks: ['back'], mode: 'dnsrr', avoid: 'n3' }))
    const rr = await settle('rr on back', () => states.get('n1')?.networks.find((n) => n.network.name === 'back')?.services.find((x) => x.serviceName === 'rr' && x.tasks[0]?.active))
    assert.equal(rr.endpointMode, 'dnsrr')
    assert.equal(rr.vip, '')
    // Scaled down: the agents never report the stop here, so two tasks stay, told to go:
    // inactive (weight 0 for the balancer, out of DNS answers).
    const api = mgr.control.getService('api')
    await mgr.control.updateService('api', Number(api.meta!.version), new v1.ServiceSpec({ ...api.spec!, replicas: 2 }))
    const scaled = await settle('two api tasks inactive', () => {
      const e = states.get('n1')?.networks.find((n) => n.network.name === 'back')?.services.find((x) => x.serviceName === 'api')
      return e && e.tasks.filter((t) => !t.active).length === 2 ? e : null
    })
    assert.equal(scaled.tasks.length, 4)
    // Removed services leave the state at once (their VIPs are free again); the network
    // stays on a node while tasks on it have not ended there.
    await mgr.control.removeService('api')
    await mgr.control.removeService('rr')
    await settle('api and rr gone', () => {
      const s = states.get('n1')?.networks.find((n) => n.network.name === 'back')
      return s && s.services.length === 0
    })
    // The agents report the tasks stopped: the network goes from n1 and n2.
    for (const n of nodes) {
      const stopped = (assigned.get(n.host) ?? []).filter((t) => t.desiredState > TaskState.RUNNING).map((t) => ({ taskId: idOf(t), state: TaskState.SHUTDOWN, timestamp: Date.now(), message: 'shutdown' }))
      if (stopped.length) mgr.dispatcher.report(n.id, stopped)
    }
    await settle('back gone from n1 and n2', () => !netNames('n1').includes('back') && !netNames('n2').includes('back'))
    assert.deepEqual(netNames('n2'), ['ingress'])
  })
})
