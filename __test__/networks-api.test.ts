// Networks as API objects, end to end: a real daemon, the real CLI. What must hold: the
// ingress network exists from `swarm init` (docker's 10.0.0.0/24, or from the given pool);
// networks get a subnet from the default pool (or the one asked for) and a VNI, never two
// the same; bad input (invalid or overlapping subnets, an exhausted pool, a bad gateway, a
// taken name) is refused with a message naming it and nothing is created; a network a
// service is on cannot be removed; services on networks get a VIP and their tasks an
// address, then run; ingress ports get a published port from 30000-32767.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

async function init(d: TestDaemon, ...extra: string[]): Promise<void> {
  const addr = `127.0.0.1:${await freePort()}`
  const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr, ...extra)
  assert.equal(r.code, 0, r.stderr)
}

async function networks(d: TestDaemon): Promise<any[]> {
  return (await d.api('GET', '/networks')).body
}

describe('networks API (default pool)', () => {
  const m = new TestDaemon('shoal-net-api', ['--hostname', 'm1'])

  before(async () => {
    await m.start()
    await init(m)
  })
  after(() => m.destroy())

  test('swarm init makes the ingress network (10.0.0.0/24, Ingress: true) and shows the pools', async () => {
    const list = await networks(m)
    assert.equal(list.length, 1)
    const ingress = list[0]
    assert.equal(ingress.Name, 'ingress')
    assert.equal(ingress.Driver, 'overlay')
    assert.equal(ingress.Scope, 'swarm')
    assert.equal(ingress.Ingress, true)
    assert.deepEqual(ingress.IPAM.Config, [{ Subnet: '10.0.0.0/24', Gateway: '10.0.0.1' }])
    assert.equal(ingress.Options['com.docker.network.driver.overlay.vxlanid_list'], '4096')
    const swarm = (await m.api('GET', '/swarm')).body
    assert.deepEqual(swarm.DefaultAddrPool, ['10.0.0.0/8'])
    assert.equal(swarm.SubnetSize, 24)
    const ls = await m.cli('network', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    assert.match(ls.stdout, /^NETWORK ID\s+NAME\s+DRIVER\s+SCOPE\n[0-9a-z]{12}\s+ingress\s+overlay\s+swarm\n$/)
  })

  test('network create from the pool, with a subnet, labels; ls, inspect (id, name, prefix), rm', async () => {
    const a = await m.cli('network', 'create', '-d', 'overlay', '--attachable', '--label', 'env=prod', 'backend')
    assert.equal(a.code, 0, a.stderr)
    const idA = a.stdout.trim()
    assert.match(idA, /^[0-9a-z]{25}$/)
    const b = await m.cli('network', 'create', '-d', 'overlay', '--subnet', '192.168.50.0/24', '--gateway', '192.168.50.254', 'explicit')
    assert.equal(b.code, 0, b.stderr)
    const c = await m.cli('network', 'create', 'third')
    assert.equal(c.code, 0, c.stderr)

    const byName = JSON.parse((await m.cli('network', 'inspect', 'backend')).stdout)[0]
    assert.equal(byName.Id, idA)
    assert.deepEqual(byName.IPAM.Config, [{ Subnet: '10.0.1.0/24', Gateway: '10.0.1.1' }])
    assert.equal(byName.Attachable, true)
    assert.deepEqual(byName.Labels, { env: 'prod' })
    assert.equal(byName.Options['com.docker.network.driver.overlay.vxlanid_list'], '4097')
    const byPrefix = JSON.parse((await m.cli('network', 'inspect', idA.slice(0, 6))).stdout)[0]
    assert.equal(byPrefix.Name, 'backend')
    const explicit = (await m.api('GET', '/networks/explicit')).body
    assert.deepEqual(explicit.IPAM.Config, [{ Subnet: '192.168.50.0/24', Gateway: '192.168.50.254' }])
    const third = (await m.api('GET', '/networks/third')).body
    assert.deepEqual(third.IPAM.Config, [{ Subnet: '10.0.2.0/24', Gateway: '10.0.2.1' }], 'the next free /24 of the pool')
    const vnis = (await networks(m)).map((n) => n.Options['com.docker.network.driver.overlay.vxlanid_list'])
    assert.equal(new Set(vnis).size, vnis.length, 'no two networks share a VNI')

    const ls = await m.cli('network', 'ls', '--format', 'json', '--filter', 'label=env=prod')
    assert.deepEqual(ls.stdout.trim().split('\n').map((l) => JSON.parse(l).Name), ['backend'])
    const q = await m.cli('network', 'ls', '-q', '--no-trunc', '--filter', 'name=back')
    assert.equal(q.stdout, `${idA}\n`)
    const builtin = (await m.api('GET', `/networks?filters=${filters({ type: ['builtin'] })}`)).body
    assert.deepEqual(builtin.map((n: any) => n.Name), ['ingress'])

    const rm = await m.cli('network', 'rm', 'third', 'explicit')
    assert.equal(rm.code, 0, rm.stderr)
    assert.equal(rm.stdout, 'third\nexplicit\n')
    assert.deepEqual((await networks(m)).map((n) => n.Name).sort(), ['backend', 'ingress'])
    // A freed subnet is taken again by the next network.
    const d = await m.cli('network', 'create', 'fourth')
    assert.equal(d.code, 0, d.stderr)
    assert.deepEqual((await m.api('GET', '/networks/fourth')).body.IPAM.Config[0].Subnet, '10.0.2.0/24')
    assert.equal((await m.cli('network', 'rm', 'fourth')).code, 0)
  })

  test('bad input is refused, naming it, and creates nothing', async () => {
    const before = (await networks(m)).length
    const cases: [string[], RegExp][] = [
      [['--subnet', '10.0.1.0/24', 'clash'], /invalid subnet 10\.0\.1\.0\/24: it overlaps with network backend \(10\.0\.1\.0\/24\)/],
      [['--subnet', '10.0.0.0/16', 'wide'], /invalid subnet 10\.0\.0\.0\/16: it overlaps with network (ingress|backend)/],
      [['--subnet', '10.300.0.0/24', 'bad'], /invalid subnet "10\.300\.0\.0\/24": not an IPv4 CIDR/],
      [['--subnet', '172.30.0.5/24', 'hostbits'], /invalid subnet 172\.30\.0\.5\/24: it must be 172\.30\.0\.0\/24/],
      [['--subnet', '172.30.0.0/24', '--gateway', '172.31.0.1', 'gw'], /invalid gateway 172\.31\.0\.1: not a usable address of subnet 172\.30\.0\.0\/24/],
      [['--gateway', '10.9.0.1', 'nosubnet'], /--gateway and --ip-range need a --subnet/],
      [['-d', 'bridge', 'br'], /network driver "bridge" is not supported/],
      [['backend'], /network with name backend already exists/],
      [['bad name'], /invalid network name "bad name"/],
      [['--ingress', 'ingress2'], /ingress network ingress \(\S+\) is already present/],
      // SwarmKit checks the spec first: docker's message even while an ingress network exists.
      [['--ingress', '--attachable', 'ingress3'], /^Error: ingress network cannot be attachable\n$/],
    ]
    for (const [args, re] of cases) {
      const r = await m.cli('network', 'create', ...args)
      assert.notEqual(r.code, 0, `network create ${args.join(' ')} succeeded`)
      assert.match(r.stderr, re, `network create ${args.join(' ')}`)
    }
    assert.equal((await networks(m)).length, before)
    const missing = await m.cli('network', 'inspect', 'nosuch')
    assert.notEqual(missing.code, 0)
    assert.match(missing.stderr, /network nosuch not found/)
    const rmMissing = await m.api('DELETE', '/networks/nosuch')
    assert.equal(rmMissing.status, 404)
  })

  test('services on a network: VIP, task addresses, running; rm refused while in use; unknown network refused', async () => {
    const unknown = await m.cli('service', 'create', '--detach', '--name', 'lost', '--network', 'nosuch', '--runtime', 'process', '/bin/sleep', '1000')
    assert.notEqual(unknown.code, 0)
    assert.match(unknown.stderr, /network nosuch not found/)
    const ingressExplicit = await m.cli('service', 'create', '--detach', '--name', 'lost', '--network', 'ingress', '--runtime', 'process', '/bin/sleep', '1000')
    assert.match(ingressExplicit.stderr, /cannot be explicitly attached to the ingress network/)

    const c = await m.cli('service', 'create', '--detach', '--name', 'api', '--replicas', '3', '--network', 'name=backend,alias=db', '--runtime', 'process', '/bin/sleep', '1000')
    assert.equal(c.code, 0, c.stderr)
    const backend = (await m.api('GET', '/networks/backend')).body
    const svc = await waitFor('api has a VIP', async () => {
      const s = (await m.api('GET', '/services/api')).body
      return s.Endpoint?.VirtualIPs?.length ? s : null
    })
    assert.deepEqual(svc.Spec.TaskTemplate.Networks, [{ Target: backend.Id, Aliases: ['db'] }])
    assert.equal(svc.Endpoint.VirtualIPs[0].NetworkID, backend.Id)
    assert.match(svc.Endpoint.VirtualIPs[0].Addr, /^10\.0\.1\.\d+\/24$/)
    const tasks = await waitFor('3 running tasks of api', async () => {
      const ts = (await m.api('GET', `/tasks?filters=${filters({ service: ['api'] })}`)).body as any[]
      return ts.filter((t) => t.Status.State === 'running').length === 3 ? ts : null
    }, 30_000)
    const addrs = tasks.map((t) => t.NetworksAttachments[0].Addresses[0])
    for (const t of tasks) assert.equal(t.NetworksAttachments[0].Network.ID, backend.Id)
    for (const a of addrs) assert.match(a, /^10\.0\.1\.\d+\/24$/)
    assert.equal(new Set([...addrs, svc.Endpoint.VirtualIPs[0].Addr]).size, 4, 'every address once')

    const rm = await m.cli('network', 'rm', 'backend')
    assert.notEqual(rm.code, 0)
    assert.match(rm.stderr, /network backend is in use by service api/)
    const rmApi = await m.api('DELETE', '/networks/backend')
    assert.equal(rmApi.status, 409)
    const rmIngress = await m.api('DELETE', '/networks/ingress')
    assert.equal(rmIngress.status, 204, 'nothing publishes an ingress port yet: removable, as in docker')
    const noIngress = await m.cli('service', 'create', '--detach', '--name', 'web', '-p', '8080:80', '--runtime', 'process', '/bin/sleep', '1000')
    assert.notEqual(noIngress.code, 0)
    assert.match(noIngress.stderr, /service needs ingress network, but no ingress network is present/)
    const recreate = await m.cli('network', 'create', '--ingress', 'ingress')
    assert.equal(recreate.code, 0, recreate.stderr)
  })

  test("a network whose service was removed while its tasks were pending is removable at once (docker stack rm's order)", async () => {
    const net = await m.cli('network', 'create', '-d', 'overlay', 'transient')
    assert.equal(net.code, 0, net.stderr)
    const c = await m.cli('service', 'create', '--detach', '--name', 'stuck', '--network', 'transient', '--constraint', 'node.labels.nowhere==x', '--runtime', 'process', '/bin/sleep', '1000')
    assert.equal(c.code, 0, c.stderr)
    await waitFor('a pending task with an address on transient', async () => {
      const ts = (await m.api('GET', `/tasks?filters=${filters({ service: ['stuck'] })}`)).body as any[]
      return ts.some((t) => t.Status.State === 'pending' && t.NetworksAttachments?.length) || null
    })
    assert.equal((await m.api('DELETE', '/services/stuck')).status, 200)
    const rm = await m.api('DELETE', '/networks/transient')
    assert.equal(rm.status, 204, rm.text)
  })

  test('ingress ports: a published port from 30000-32767 when none is given, a taken one refused naming its service', async () => {
    const a = await m.cli('service', 'create', '--detach', '--name', 'web', '--publish', 'target=80', '--runtime', 'process', '/bin/sleep', '1000')
    assert.equal(a.code, 0, a.stderr)
    const web = await waitFor('web has its port and ingress VIP', async () => {
      const s = (await m.api('GET', '/services/web')).body
      return s.Endpoint?.Ports?.[0]?.PublishedPort && s.Endpoint?.VirtualIPs?.length ? s : null
    })
    assert.equal(web.Endpoint.Ports[0].PublishedPort, 30000)
    const ingress = (await m.api('GET', '/networks/ingress')).body
    assert.equal(web.Endpoint.VirtualIPs[0].NetworkID, ingress.Id)
    const b = await m.cli('service', 'create', '--detach', '--name', 'web2', '-p', '8080:80', '--runtime', 'process', '/bin/sleep', '1000')
    assert.equal(b.code, 0, b.stderr)
    const taken = await m.cli('service', 'create', '--detach', '--name', 'web3', '-p', '8080:81', '--runtime', 'process', '/bin/sleep', '1000')
    assert.notEqual(taken.code, 0)
    assert.match(taken.stderr, /port '8080' is already in use by service 'web2'/)
    const takenDynamic = await m.cli('service', 'create', '--detach', '--name', 'web3', '-p', '30000:81', '--runtime', 'process', '/bin/sleep', '1000')
    assert.match(takenDynamic.stderr, /port '30000' is already in use by service 'web'/)
    const dnsrr = await m.cli('service', 'create', '--detach', '--name', 'rr', '--endpoint-mode', 'dnsrr', '-p', '9000:80', '--runtime', 'process', '/bin/sleep', '1000')
    assert.match(dnsrr.stderr, /ingress mode can't be used with (endpoint mode )?dnsrr/)
    const rm = await m.cli('network', 'rm', 'ingress')
    assert.match(rm.stderr, /network ingress is in use by services web, web2/)
  })

  test('service update --network-add/--network-rm, --endpoint-mode dnsrr', async () => {
    const n = await m.cli('network', 'create', 'front')
    assert.equal(n.code, 0, n.stderr)
    const front = n.stdout.trim()
    const u = await m.cli('service', 'update', '--detach', '--network-add', 'front', 'api')
    assert.equal(u.code, 0, u.stderr)
    const both = await waitFor('api has two VIPs', async () => {
      const s = (await m.api('GET', '/services/api')).body
      return s.Endpoint?.VirtualIPs?.length === 2 ? s : null
    })
    assert.deepEqual(both.Endpoint.VirtualIPs.map((v: any) => v.NetworkID).sort(), [both.Spec.TaskTemplate.Networks[0].Target, front].sort())
    const dup = await m.cli('service', 'update', '--detach', '--network-add', 'front', 'api')
    assert.match(dup.stderr, /already attached to network front/)
    const r = await m.cli('service', 'update', '--detach', '--network-rm', 'backend', '--endpoint-mode', 'dnsrr', 'api')
    assert.equal(r.code, 0, r.stderr)
    const after = await waitFor('api on front only, no VIP (dnsrr)', async () => {
      const s = (await m.api('GET', '/services/api')).body
      return s.Spec.TaskTemplate.Networks.length === 1 && s.Endpoint?.VirtualIPs === undefined ? s : null
    })
    assert.equal(after.Spec.TaskTemplate.Networks[0].Target, front)
    assert.equal(after.Spec.EndpointSpec.Mode, 'dnsrr')
    // Every current task has an address on front, none on backend.
    await waitFor('api tasks moved to front', async () => {
      const ts = (await m.api('GET', `/tasks?filters=${filters({ service: ['api'], 'desired-state': ['running'] })}`)).body as any[]
      return ts.length === 3 && ts.every((t) => t.Status.State === 'running' && t.NetworksAttachments?.length === 1 && t.NetworksAttachments[0].Network.ID === front)
    }, 30_000)
    // backend is free now (its tasks ended): removable.
    await waitFor('backend removable', async () => (await m.api('DELETE', '/networks/backend')).status === 204, 30_000)
  })
})

describe('networks API (pools from swarm init)', () => {
  const m = new TestDaemon('shoal-net-pool', ['--hostname', 'm1'])

  before(async () => {
    await m.start()
  })
  after(() => m.destroy())

  test('bad pools are refused by init; the ingress takes the first /N of the pool; an exhausted pool is an error naming it', async () => {
    const addr = `127.0.0.1:${await freePort()}`
    const bad = await m.cli('swarm', 'init', '--listen-addr', addr, '--default-addr-pool', '10.50.0.0/16', '--default-addr-pool', '10.50.128.0/17')
    assert.notEqual(bad.code, 0)
    assert.match(bad.stderr, /invalid default address pool 10\.50\.128\.0\/17: it overlaps with 10\.50\.0\.0\/16/)
    const small = await m.cli('swarm', 'init', '--listen-addr', addr, '--default-addr-pool', '10.50.0.0/24', '--default-addr-pool-mask-length', '16')
    assert.match(small.stderr, /smaller than the \/16 subnets/)
    assert.equal((await m.api('GET', '/info')).body.Swarm.LocalNodeState, 'inactive', 'nothing was made')

    await init(m, '--default-addr-pool', '10.60.0.0/24', '--default-addr-pool-mask-length', '26')
    const swarm = (await m.api('GET', '/swarm')).body
    assert.deepEqual(swarm.DefaultAddrPool, ['10.60.0.0/24'])
    assert.equal(swarm.SubnetSize, 26)
    const ingress = (await m.api('GET', '/networks/ingress')).body
    assert.equal(ingress.IPAM.Config[0].Subnet, '10.60.0.0/26')
    const subnets = []
    for (const name of ['n1', 'n2', 'n3']) {
      const r = await m.cli('network', 'create', name)
      assert.equal(r.code, 0, r.stderr)
      subnets.push((await m.api('GET', `/networks/${name}`)).body.IPAM.Config[0].Subnet)
    }
    assert.deepEqual(subnets, ['10.60.0.64/26', '10.60.0.128/26', '10.60.0.192/26'])
    const full = await m.cli('network', 'create', 'n4')
    assert.notEqual(full.code, 0)
    assert.match(full.stderr, /could not find an available subnet for network n4: the default address pools \(10\.60\.0\.0\/24 in \/26s\) are exhausted/)
    // A subnet outside the pool still works.
    const outside = await m.cli('network', 'create', '--subnet', '10.61.0.0/24', 'n4')
    assert.equal(outside.code, 0, outside.stderr)
  })
})
