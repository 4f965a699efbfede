// The network allocator: address arithmetic (ipam.ts), the allocator over a real store with
// the orchestrator and scheduler (NEW → addresses → PENDING → ASSIGNED, no address twice,
// freed when services and tasks go, nothing reallocated by a new leader's allocator, an
// exhausted subnet explained on the task), and a real daemon restarted: every allocation
// identical afterwards, and new ones collide with none of them.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { Allocator, AllocationState, DYNAMIC_PORT_START } from '../src/manager/allocator/allocator'
import { attachmentsOf } from '../src/manager/allocator/needs'
import { AddressPool, carveSubnet, formatCidr, ipToNumber, numberToIp, parseSubnet } from '../src/manager/allocator/ipam'
import { ingressNetwork, planNetwork } from '../src/manager/network/control'
import { Orchestrator } from '../src/manager/orchestrator/orchestrator'
import { Scheduler } from '../src/manager/scheduler/scheduler'
import { copyOf, idOf, v1, WriteBatch, type Service, type Task } from '../src/manager/store'
import { openTestStore, type TestStore } from './helpers/store'
import { TestDaemon, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable } from './helpers/netns'

const cidr = (s: string) => parseSubnet(s)

describe('ipam', () => {
  test('subnets: parsed and checked, with the reason', () => {
    assert.deepEqual(formatCidr(cidr('10.1.0.0/16')), '10.1.0.0/16')
    assert.throws(() => parseSubnet('10.1.0.1/16'), /invalid subnet 10\.1\.0\.1\/16: it must be 10\.1\.0\.0\/16/)
    assert.throws(() => parseSubnet('10.1.0.0'), /not an IPv4 CIDR/)
    assert.throws(() => parseSubnet('10.1.0.0/33'), /not an IPv4 CIDR/)
    assert.throws(() => parseSubnet('fd00::/64'), /not an IPv4 CIDR/)
    assert.throws(() => parseSubnet('10.1.0.0/31'), /no room for a gateway/)
    assert.equal(numberToIp(ipToNumber('255.254.1.0')), '255.254.1.0')
  })

  test('carving: the first free block of the pools, past every taken one, in order', () => {
    const pool = [cidr('10.0.0.0/8')]
    assert.equal(formatCidr(carveSubnet(pool, 24, [])!), '10.0.0.0/24')
    assert.equal(formatCidr(carveSubnet(pool, 24, [cidr('10.0.0.0/24'), cidr('10.0.1.0/24')])!), '10.0.2.0/24')
    // A wide explicit subnet is skipped whole; a hole before it is used.
    assert.equal(formatCidr(carveSubnet(pool, 24, [cidr('10.0.1.0/24'), cidr('10.1.0.0/16')])!), '10.0.0.0/24')
    assert.equal(formatCidr(carveSubnet(pool, 24, [cidr('10.0.0.0/16')])!), '10.1.0.0/24')
    // The next pool when the first is full; null when all are.
    const two = [cidr('10.9.0.0/30'), cidr('10.8.0.0/30')]
    assert.equal(formatCidr(carveSubnet(two, 30, [cidr('10.9.0.0/30')])!), '10.8.0.0/30')
    assert.equal(carveSubnet(two, 30, [cidr('10.9.0.0/30'), cidr('10.8.0.0/30')]), null)
    assert.equal(carveSubnet([cidr('10.0.0.0/24')], 16, []), null, 'a /16 does not fit a /24 pool')
  })

  test('an address pool: serial, never the network, gateway or broadcast, each address once', () => {
    const p = new AddressPool(cidr('10.0.5.0/29'))
    const got: string[] = []
    for (let a = p.allocate(); a !== null; a = p.allocate()) got.push(numberToIp(a))
    assert.deepEqual(got, ['10.0.5.2', '10.0.5.3', '10.0.5.4', '10.0.5.5', '10.0.5.6'])
    p.release(ipToNumber('10.0.5.3'))
    assert.equal(numberToIp(p.allocate()!), '10.0.5.3', 'the only free one')
    // Rebuilt from what is held: the cursor goes past the highest held address.
    const q = new AddressPool(cidr('10.0.5.0/29'))
    assert.equal(q.claim(ipToNumber('10.0.5.4')), true)
    assert.equal(q.claim(ipToNumber('10.0.5.4')), false, 'held twice')
    assert.equal(q.claim(ipToNumber('10.0.6.4')), false, 'not this subnet')
    assert.equal(numberToIp(q.allocate()!), '10.0.5.5')
    // An IP range and a gateway of one's own.
    const r = new AddressPool(cidr('10.0.6.0/24'), ipToNumber('10.0.6.254'), cidr('10.0.6.128/30'))
    const inRange: string[] = []
    for (let a = r.allocate(); a !== null; a = r.allocate()) inRange.push(numberToIp(a))
    assert.deepEqual(inRange, ['10.0.6.128', '10.0.6.129', '10.0.6.130', '10.0.6.131'])
  })
})

// ---- the allocator over a real store ----

function node(id: string): v1.Node {
  return new v1.Node({
    meta: new v1.Meta({ id }),
    spec: new v1.NodeSpec({ role: 'worker', availability: 'active', annotations: new v1.Annotations({}) }),
    description: new v1.NodeDescription({ hostname: id, platform: new v1.Platform({ os: 'linux', architecture: 'x86_64' }), runtimes: ['process'], nanoCpus: 4e9, memoryBytes: 8e9 }),
    status: new v1.NodeStatus({ state: 'ready', addr: `192.0.2.${id.slice(-1)}` }),
  })
}

function service(id: string, replicas: number, networks: string[], ports: v1.IPortConfig[] = []): v1.Service {
  return new v1.Service({
    meta: new v1.Meta({ id }),
    specVersion: 1,
    spec: new v1.ServiceSpec({
      annotations: new v1.Annotations({ name: id }),
      mode: 'replicated',
      replicas,
      endpoint: ports.length ? new v1.EndpointSpec({ ports: ports.map((p) => new v1.PortConfig(p)) }) : null,
      task: new v1.TaskSpec({
        runtime: 'process',
        container: new v1.ProcessSpec({ image: 'sleep' }),
        restart: new v1.RestartPolicy({ condition: 'none' }),
        networks: networks.map((target) => new v1.NetworkAttachmentConfig({ target })),
      }),
    }),
  })
}

async function settle<T>(what: string, fn: () => T | undefined | null | false): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = fn()
    if (v) return v
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`never settled: ${what}`)
}

const live = (ts: TestStore, sid: string) => ts.store.view().find('tasks', 'service', sid).filter((t) => t.desiredState <= TaskState.RUNNING)
const addrOf = (t: Task, net: string) => attachmentsOf(t).find((a) => a.networkId === net)?.addresses?.[0]

describe('the allocator', () => {
  test('NEW tasks get an address per network, then the scheduler places them; VIPs per network; nothing twice', async () => {
    const ts = openTestStore('shoal-alloc-')
    const cluster = new v1.Cluster({ meta: new v1.Meta({ id: 'c1' }), spec: new v1.ClusterSpec({}) })
    const ingress = ingressNetwork(cluster)
    const back = planNetwork(new v1.NetworkSpec({ annotations: new v1.Annotations({ name: 'back' }) }), [ingress], cluster)
    const orch = new Orchestrator(ts.store)
    const sched = new Scheduler(ts.store)
    let alloc = new Allocator(ts.store)
    try {
      const b = new WriteBatch()
      b.create('clusters', cluster)
      b.create('networks', ingress)
      b.create('networks', back)
      for (const id of ['n1', 'n2', 'n3']) b.create('nodes', node(id))
      b.create('services', service('api', 120, [idOf(back)]))
      b.create('services', service('web', 30, [idOf(back)], [{ targetPort: 80, protocol: 'tcp', publishMode: 'ingress' }]))
      b.create('services', service('plain', 5, []))
      await ts.commit(b)
      orch.start()
      sched.start()
      alloc.start()
      const assigned = (sid: string, n: number) => () => {
        const ts_ = live(ts, sid)
        return ts_.length === n && ts_.every((t) => t.status?.state === TaskState.ASSIGNED) ? ts_ : null
      }
      const api = await settle('api assigned', assigned('api', 120))
      const web = await settle('web assigned', assigned('web', 30))
      const plain = await settle('plain assigned', assigned('plain', 5))
      assert.ok(plain.every((t) => !t.networks), 'a service on no network: no attachment')
      for (const t of api) assert.deepEqual(attachmentsOf(t).map((a) => a.networkId), [idOf(back)])
      for (const t of web) assert.deepEqual(attachmentsOf(t).map((a) => a.networkId).sort(), [idOf(back), idOf(ingress)].sort(), 'ingress through the published port')
      const svc = (id: string) => ts.store.view().get('services', id)!
      await settle('VIPs', () => svc('api').endpoint?.virtualIps?.length === 1 && svc('web').endpoint?.virtualIps?.length === 2)
      assert.equal(svc('web').endpoint!.ports![0].publishedPort, DYNAMIC_PORT_START)
      assert.equal(svc('plain').endpoint ?? null, null, 'no endpoint for a service on no network')

      // Every address on `back` once: 150 tasks and two VIPs.
      const onBack = [...api, ...web].map((t) => addrOf(t, idOf(back))!)
      onBack.push(svc('api').endpoint!.virtualIps![0].addr!, svc('web').endpoint!.virtualIps!.find((v) => v.networkId === idOf(back))!.addr!)
      assert.equal(new Set(onBack).size, 152)
      for (const a of onBack) assert.match(a, /^10\.0\.1\.\d+\/24$/)
      const onIngress = [...web.map((t) => addrOf(t, idOf(ingress))!), svc('web').endpoint!.virtualIps!.find((v) => v.networkId === idOf(ingress))!.addr!]
      assert.equal(new Set(onIngress).size, 31)
      // Each node's own address (its balancer's) on ingress and on back, none a task's or a VIP's.
      const own = await settle('node attachments', () => {
        const nodes = ts.store.view().list('nodes')
        return nodes.every((n) => n.attachments?.length === 2) ? nodes.flatMap((n) => n.attachments!.map((a) => a.addresses![0])) : null
      })
      assert.equal(new Set([...own, ...onBack, ...onIngress]).size, 6 + 152 + 31)

      // A new leader's allocator (rebuilt from the store) changes nothing, and its new
      // allocations collide with none of the old.
      alloc.stop()
      const before = new Map(ts.store.view().list('tasks').map((t) => [idOf(t), JSON.stringify(t.networks)]))
      const vipsBefore = JSON.stringify(['api', 'web'].map((id) => svc(id).endpoint))
      alloc = new Allocator(ts.store)
      alloc.start()
      await ts.store.write((batch, view) => {
        const s = copyOf(view.get('services', 'api')!)
        s.spec = new v1.ServiceSpec({ ...s.spec!, replicas: 180 })
        batch.update('services', s)
      })
      const api2 = await settle('api scaled', assigned('api', 180))
      for (const t of ts.store.view().list('tasks')) if (before.has(idOf(t))) assert.equal(JSON.stringify(t.networks), before.get(idOf(t)), `task ${idOf(t)} kept its addresses`)
      assert.equal(JSON.stringify(['api', 'web'].map((id) => svc(id).endpoint)), vipsBefore)
      const all = [...api2, ...web].map((t) => addrOf(t, idOf(back))!)
      assert.equal(new Set(all).size, 210, 'no address twice after the new leader allocated')
      for (const v of ['api', 'web'].flatMap((id) => svc(id).endpoint!.virtualIps!)) assert.ok(!all.includes(v.addr!), `VIP ${v.addr} is no task's`)

      // Freed when the service and its tasks go: a new service then starts from the bottom.
      await ts.store.write((batch, view) => {
        batch.delete('services', 'api')
        for (const t of view.find('tasks', 'service', 'api')) batch.delete('tasks', idOf(t))
      })
      const state = AllocationState.of(await ts.store.sharedView())
      assert.equal(state.duplicates.length, 0)
      const nodeAddrs = (net: string) => ts.store.view().list('nodes').flatMap((n) => (n.attachments ?? []).filter((a) => a.networkId === net).map((a) => a.addresses![0]))
      await settle('nodes keep addresses on back only where web runs', () => nodeAddrs(idOf(back)).length === new Set(web.map((t) => t.nodeId)).size)
      const fresh = AllocationState.of(await ts.store.sharedView())
      assert.equal(fresh.pools.get(idOf(back))!.held, 31 + nodeAddrs(idOf(back)).length, "only web's 30 tasks, its VIP and the nodes running them hold addresses on back")
      assert.equal(fresh.pools.get(idOf(ingress))!.held, 31 + 3, 'and on ingress, every node')
      await ts.store.write((batch) => batch.create('services', service('again', 1, [idOf(back)])))
      const again = await settle('again has a VIP', () => svc('again')?.endpoint?.virtualIps?.[0]?.addr)
      assert.ok(!onBack.slice(120).includes(again), `not an address web holds (${again})`)
    } finally {
      alloc.stop()
      sched.stop()
      orch.stop()
      await ts.close()
    }
  })

  test('an exhausted subnet: the task stays NEW with the reason', async () => {
    const ts = openTestStore('shoal-alloc-full-')
    const cluster = new v1.Cluster({ meta: new v1.Meta({ id: 'c1' }), spec: new v1.ClusterSpec({}) })
    const tiny = planNetwork(new v1.NetworkSpec({ annotations: new v1.Annotations({ name: 'tiny' }), ipam: new v1.IPAMOptions({ configs: [new v1.IPAMConfig({ subnet: '10.9.0.0/29' })] }) }), [], cluster)
    const orch = new Orchestrator(ts.store)
    const alloc = new Allocator(ts.store)
    try {
      const b = new WriteBatch()
      b.create('clusters', cluster)
      b.create('networks', tiny)
      b.create('services', service('big', 8, [idOf(tiny)]))
      await ts.commit(b)
      orch.start()
      alloc.start()
      // .1 is the gateway, .7 the broadcast: .2-.6 for the VIP and four tasks.
      const tasks = await settle('big allocated', () => {
        const l = live(ts, 'big')
        return l.length === 8 && l.filter((t) => t.status?.state === TaskState.PENDING).length === 4 && l.filter((t) => t.status?.err).length === 4 ? l : null
      })
      for (const t of tasks.filter((t) => t.status?.state === TaskState.NEW)) {
        assert.equal(t.status!.err, 'no free address left on network tiny (10.9.0.0/29)')
        assert.equal(attachmentsOf(t).length, 0)
      }
      const addrs = tasks.filter((t) => attachmentsOf(t).length).map((t) => addrOf(t, idOf(tiny)))
      addrs.push(ts.store.view().get('services', 'big')!.endpoint!.virtualIps![0].addr!)
      assert.deepEqual(addrs.sort(), ['10.9.0.2/29', '10.9.0.3/29', '10.9.0.4/29', '10.9.0.5/29', '10.9.0.6/29'])
    } finally {
      alloc.stop()
      orch.stop()
      await ts.close()
    }
  })
})

// ---- a real daemon restarted ----

// The daemon is a host of its own (a network namespace): its tasks' overlay and ingress
// need VXLAN devices whose VNIs (4096, 4097) any other daemon in the test's namespace
// would hold too (seen: a benchmark's dockerd and another run's sandbox left there).
describe('allocations across a daemon restart', { skip: netnsUnavailable() ?? false }, () => {
  test('identical after a restart; new ones collide with none', async () => {
    const net = new TestNetwork('10.221.0')
    const host = net.setup(1).hosts[0]
    const m = new TestDaemon('shoal-alloc-restart', ['--hostname', 'm1'], { netns: host.ns })
    const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
    try {
      await m.start()
      const addr = `${host.addr}:2377`
      assert.equal((await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)).code, 0)
      assert.equal((await m.cli('network', 'create', 'back')).code, 0)
      const c = await m.cli('service', 'create', '--detach', '--name', 'api', '--replicas', '12', '--network', 'back', '-p', '8080:80', '--runtime', 'process', '/bin/sleep', '1000')
      assert.equal(c.code, 0, c.stderr)
      const snapshot = async () => {
        const tasks = ((await m.api('GET', `/tasks?filters=${filters({ service: ['api'], 'desired-state': ['running'] })}`)).body as any[]).sort((a, b) => (a.ID < b.ID ? -1 : 1))
        const svc = (await m.api('GET', '/services/api')).body
        return { tasks: tasks.map((t) => [t.ID, t.NetworksAttachments]), vips: svc.Endpoint?.VirtualIPs, ports: svc.Endpoint?.Ports, running: tasks.filter((t) => t.Status.State === 'running').length }
      }
      const before = await waitFor('12 running with addresses', async () => {
        const s = await snapshot()
        return s.running === 12 && s.vips?.length === 2 ? s : null
      }, 30_000)
      await m.stop()
      await m.start()
      await waitFor('the manager leads again', async () => (await m.api('GET', '/nodes')).status === 200)
      const after = await waitFor('12 running again', async () => {
        const s = await snapshot()
        return s.running === 12 ? s : null
      }, 30_000)
      assert.deepEqual(after.tasks, before.tasks)
      assert.deepEqual(after.vips, before.vips)
      assert.deepEqual(after.ports, before.ports)
      assert.equal((await m.cli('service', 'scale', '--detach', 'api=20')).code, 0)
      const scaled = await waitFor('20 running', async () => {
        const s = await snapshot()
        return s.running === 20 ? s : null
      }, 30_000)
      const addresses = scaled.tasks.flatMap(([, atts]) => (atts as any[]).map((a) => `${a.Network.ID} ${a.Addresses[0]}`))
      for (const v of scaled.vips) addresses.push(`${v.NetworkID} ${v.Addr}`)
      assert.equal(addresses.length, 42, '20 tasks on two networks and two VIPs')
      assert.equal(new Set(addresses).size, 42, 'no address twice')
    } finally {
      await m.cli('swarm', 'leave', '--force').catch(() => undefined)
      assert.deepEqual(await net.destroyWith([m]), [], 'every namespace of the test is gone')
    }
  })
})

// ---- a leader change ----

// Each manager is a host of its own (a network namespace): the tasks' overlay needs a
// VXLAN device per node for the network's VNI, and one namespace holds only one.
describe('allocations across a leader change', { skip: netnsUnavailable() ?? false }, () => {
  test('three managers, the leader killed: the new leader keeps every allocation and adds none twice', async () => {
    const net = new TestNetwork('10.217.0')
    const hosts = net.setup(3).hosts
    const ms = hosts.map((h, i) => ({ d: new TestDaemon(`shoal-alloc-ha${i + 1}`, ['--hostname', `m${i + 1}`], { netns: h.ns }), addr: `${h.addr}:2377` }))
    const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
    try {
      await Promise.all(ms.map((m) => m.d.start()))
      assert.equal((await ms[0].d.cli('swarm', 'init', '--listen-addr', ms[0].addr, '--advertise-addr', ms[0].addr)).code, 0)
      const token = (await ms[0].d.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
      for (const m of ms.slice(1)) {
        const r = await m.d.cli('swarm', 'join', '--token', token, '--listen-addr', m.addr, '--advertise-addr', m.addr, ms[0].addr)
        assert.equal(r.code, 0, r.stderr)
      }
      assert.equal((await ms[0].d.cli('network', 'create', 'back')).code, 0)
      const c = await ms[0].d.cli('service', 'create', '--detach', '--name', 'api', '--replicas', '6', '--network', 'back', '--runtime', 'process', '/bin/sleep', '1000')
      assert.equal(c.code, 0, c.stderr)
      // Every live task's (and VIP's) address on each network, as `d` reads the store.
      const allocations = async (d: TestDaemon) => {
        const tasks = (await d.api('GET', `/tasks?filters=${filters({ service: ['api'] })}`)).body as any[]
        const held = tasks.filter((t) => !['complete', 'shutdown', 'failed', 'rejected', 'orphaned', 'remove'].includes(t.Status.State))
        const svc = (await d.api('GET', '/services/api')).body
        return {
          byTask: new Map(held.map((t) => [t.ID, JSON.stringify(t.NetworksAttachments ?? null)])),
          addresses: [...held.flatMap((t) => (t.NetworksAttachments ?? []).map((a: any) => `${a.Network.ID} ${a.Addresses[0]}`)), ...(svc.Endpoint?.VirtualIPs ?? []).map((v: any) => `${v.NetworkID} ${v.Addr}`)],
          running: held.filter((t) => t.Status.State === 'running').length,
        }
      }
      const before = await waitFor('6 running on back', async () => {
        const a = await allocations(ms[0].d)
        return a.running === 6 && a.addresses.length === 7 ? a : null
      }, 30_000)
      await ms[0].d.kill9()
      const survivors = ms.slice(1)
      const leader = await waitFor('a new leader', async () => {
        for (const m of survivors) if ((await m.d.api('GET', '/info')).body?.Swarm?.Raft?.Role === 'leader') return m
        return null
      }, 30_000)
      const scale = await leader.d.cli('service', 'scale', '--detach', 'api=12')
      assert.equal(scale.code, 0, scale.stderr)
      const after = await waitFor('12 running, tasks of the lost node replaced', async () => {
        const a = await allocations(leader.d)
        return a.running >= 12 ? a : null
      }, 60_000)
      for (const [id, atts] of before.byTask) if (after.byTask.has(id)) assert.equal(after.byTask.get(id), atts, `task ${id} kept its address`)
      assert.equal(new Set(after.addresses).size, after.addresses.length, `no address twice: ${after.addresses.join(', ')}`)
    } finally {
      const left = await net.destroyWith(ms.map((m) => m.d))
      assert.deepEqual(left, [], 'every namespace of the test is gone')
    }
  })
})
