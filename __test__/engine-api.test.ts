// The Engine API as dockerd answers it, over real daemons (a manager and a worker): version
// negotiation (/_ping, /version, /vX.Y/ paths), /info's Swarm section, error bodies and
// status codes, insertDefaults.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as http from 'node:http'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'
import { compareVersions, versionedPath } from '../src/api/version'

// A request whose response headers matter (request() keeps only status and body).
function headersOf(socketPath: string, method: string, urlPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, method, path: urlPath }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('API versions compare numerically and the path prefix is checked against 1.24-1.50', () => {
  assert.equal(compareVersions('1.9', '1.24'), -1)
  assert.equal(compareVersions('1.50', '1.50'), 0)
  assert.equal(compareVersions('2', '1.50'), 1)
  assert.deepEqual(versionedPath('/v1.24/services'), { path: '/services', version: '1.24' })
  assert.deepEqual(versionedPath('/services'), { path: '/services', version: '1.50' })
  assert.deepEqual(versionedPath('/v1.41/_ping'), { path: '/_ping', version: '1.41' })
  assert.throws(() => versionedPath('/v1.51/info'), /^ShoalError: client version 1\.51 is too new\. Maximum supported API version is 1\.50$/)
  assert.throws(() => versionedPath('/v1.23/info'), /client version 1\.23 is too old\. Minimum supported API version is 1\.24, please upgrade your client/)
})

describe('Engine API', () => {
  const m = new TestDaemon('shoal-eng-m', ['--hostname', 'em1'])
  const w = new TestDaemon('shoal-eng-w', ['--hostname', 'ew1'])
  let addr = ''

  before(async () => {
    await Promise.all([m.start(), w.start()])
  })
  after(async () => {
    await w.destroy()
    await m.destroy()
  })

  test('outside a swarm: ping says inactive, version negotiates, the cluster API answers 503', async () => {
    for (const method of ['GET', 'HEAD']) {
      const r = await headersOf(m.socket, method, '/_ping')
      assert.equal(r.status, 200)
      assert.equal(r.body, method === 'GET' ? 'OK' : '')
      assert.equal(r.headers['api-version'], '1.50')
      assert.equal(r.headers['ostype'], 'linux')
      assert.equal(r.headers['docker-experimental'], 'false')
      assert.equal(r.headers['builder-version'], '1')
      assert.equal(r.headers['swarm'], 'inactive')
      assert.equal(r.headers['cache-control'], 'no-cache, no-store, must-revalidate')
    }
    const v = await m.api('GET', '/version')
    assert.equal(v.status, 200)
    assert.equal(v.body.ApiVersion, '1.50')
    assert.equal(v.body.MinAPIVersion, '1.24')
    assert.equal(v.body.Os, 'linux')
    assert.equal(v.body.Components[0].Name, 'Engine')
    assert.equal(v.body.Components[0].Details.ApiVersion, '1.50')
    assert.equal(v.body.Components[0].Details.MinAPIVersion, '1.24')

    // Any version in the range is a prefix; outside it, docker's 400 naming it.
    for (const ver of ['1.24', '1.41', '1.50']) assert.equal((await m.api('GET', `/v${ver}/version`)).status, 200, ver)
    const tooNew = await headersOf(m.socket, 'GET', '/v1.51/version')
    assert.equal(tooNew.status, 400)
    assert.equal(tooNew.headers['api-version'], '1.50')
    assert.deepEqual(JSON.parse(tooNew.body), { message: 'client version 1.51 is too new. Maximum supported API version is 1.50' })
    const tooOld = await m.api('GET', '/v1.12/info')
    assert.equal(tooOld.status, 400)
    assert.equal(tooOld.body.message, 'client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version')
    const unknown = await m.api('GET', '/v1.41/nothing-here')
    assert.deepEqual([unknown.status, unknown.body], [404, { message: 'page not found: /nothing-here' }])
    // A method the path does not take: docker's 404 too (docker inspect reads it as "no such").
    const method = await m.api('GET', '/v1.50/images/web/json')
    assert.deepEqual([method.status, method.body], [404, { message: 'page not found: GET /images/web/json' }])

    const info = (await m.api('GET', '/v1.44/info')).body
    assert.equal(info.OSType, 'linux')
    assert.ok(info.Runtimes.process, 'host processes run anywhere')
    assert.equal(info.DefaultRuntime, 'container')
    assert.deepEqual(info.Plugins, { Volume: ['local'], Network: ['overlay'], Authorization: null, Log: ['local', 'json-file'] })
    assert.deepEqual(info.Swarm, { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null, Nodes: 0, Managers: 0 })
    const notManager = await m.api('GET', '/services')
    assert.equal(notManager.status, 503)
    assert.match(notManager.body.message, /^This node is not a swarm manager\. Use "shoal swarm init" or "shoal swarm join"/)
  })

  test("in a swarm: ping and /info's Swarm section as dockerd's, on the manager and on a worker", async () => {
    addr = `127.0.0.1:${await freePort()}`
    const init = await m.api('POST', '/v1.50/swarm/init', { ListenAddr: addr, AdvertiseAddr: addr })
    assert.equal(init.status, 200, init.text)
    const nodeId = init.body
    assert.equal((await headersOf(m.socket, 'HEAD', '/_ping')).headers['swarm'], 'active/manager')

    const token = (await m.api('GET', '/swarm')).body.JoinTokens.Worker
    const join = await w.api('POST', '/v1.41/swarm/join', { ListenAddr: `127.0.0.1:${await freePort()}`, RemoteAddrs: [addr], JoinToken: token })
    assert.equal(join.status, 200, join.text)
    const workerId = (await w.api('GET', '/info')).body.Swarm.NodeID
    await waitFor('the worker ready', async () => (await m.api('GET', `/nodes/${workerId}`)).body?.Status?.State === 'ready')

    const swarm = (await m.api('GET', '/info')).body.Swarm
    assert.equal(swarm.NodeID, nodeId)
    assert.equal(swarm.NodeAddr, '127.0.0.1')
    assert.equal(swarm.LocalNodeState, 'active')
    assert.equal(swarm.ControlAvailable, true)
    assert.equal(swarm.Error, '')
    assert.equal(swarm.Nodes, 2)
    assert.equal(swarm.Managers, 1)
    assert.deepEqual(swarm.RemoteManagers, [{ NodeID: nodeId, Addr: addr }])
    const cluster = (await m.api('GET', '/swarm')).body
    assert.equal(swarm.Cluster.ID, cluster.ID)
    assert.deepEqual(swarm.Cluster.Spec, cluster.Spec)
    assert.equal(swarm.Cluster.JoinTokens, undefined, 'join tokens are not info')
    assert.equal(typeof swarm.Cluster.TLSInfo.TrustRoot, 'string')

    // The worker: no cluster view, its managers known, docker's worker refusal.
    assert.equal((await headersOf(w.socket, 'GET', '/_ping')).headers['swarm'], 'active/worker')
    const ws = (await w.api('GET', '/info')).body.Swarm
    assert.deepEqual(
      { NodeID: ws.NodeID, LocalNodeState: ws.LocalNodeState, ControlAvailable: ws.ControlAvailable, Nodes: ws.Nodes, Managers: ws.Managers, Cluster: ws.Cluster },
      { NodeID: workerId, LocalNodeState: 'active', ControlAvailable: false, Nodes: 0, Managers: 0, Cluster: undefined },
    )
    assert.deepEqual(ws.RemoteManagers.map((r: any) => r.Addr), [addr])
    const onWorker = await w.api('GET', '/v1.50/services')
    assert.equal(onWorker.status, 503)
    assert.deepEqual(onWorker.body, {
      message: "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.",
    })
  })

  test('services: insertDefaults as SwarmKit fills it, status=true from 1.41, docker\'s status codes and error bodies', async () => {
    const body = {
      Name: 'web',
      TaskTemplate: { ContainerSpec: { Image: '/bin/sleep', Args: ['600'] }, Runtime: 'process' },
      Mode: { Replicated: { Replicas: 0 } },
      UpdateConfig: { Parallelism: 2 },
    }
    const created = await m.api('POST', '/v1.50/services/create', body)
    assert.equal(created.status, 201, created.text)
    const plain = (await m.api('GET', '/services/web')).body
    assert.deepEqual(plain.ServiceStatus, { RunningTasks: 0, DesiredTasks: 0, CompletedTasks: 0 }, 'beyond docker: the counts on a single service too')
    assert.equal(plain.Spec.TaskTemplate.ContainerSpec.StopGracePeriod, undefined)
    assert.equal(plain.Spec.RollbackConfig, undefined)
    assert.equal(plain.Spec.TaskTemplate.RestartPolicy, undefined, "none given, none stored (docker's nil)")
    const full = (await m.api('GET', '/v1.44/services/web?insertDefaults=true')).body
    assert.equal(full.ID, plain.ID)
    const tt = full.Spec.TaskTemplate
    assert.equal(tt.ContainerSpec.StopGracePeriod, 10e9)
    assert.deepEqual(tt.ContainerSpec.DNSConfig, {})
    assert.deepEqual(tt.Resources, {})
    assert.deepEqual(tt.Placement, {})
    assert.deepEqual(tt.RestartPolicy, { Condition: 'any', Delay: 5e9, MaxAttempts: 0 })
    // A config given keeps its values, the monitor filled in; an absent one is SwarmKit's.
    assert.deepEqual(full.Spec.UpdateConfig, { Parallelism: 2, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'stop-first' })
    assert.deepEqual(full.Spec.RollbackConfig, { Parallelism: 1, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'stop-first' })
    assert.equal((await m.api('GET', '/services?insertDefaults=1')).body[0].Spec.TaskTemplate.ContainerSpec.StopGracePeriod, 10e9)
    const badBool = await m.api('GET', '/services/web?insertDefaults=maybe')
    assert.deepEqual([badBool.status, badBool.body], [400, { message: 'invalid value for insertDefaults: maybe: expected true or false' }])

    // What insertDefaults shows can be sent back as it is (clients do: read, change, write).
    const back = await m.api('POST', `/services/web/update?version=${full.Version.Index}`, full.Spec)
    assert.equal(back.status, 200, back.text)
    assert.deepEqual(back.body, { Warnings: null })

    // status=true: docker's ServiceStatus, from API 1.41 on (older clients: ignored).
    const listed = (await m.api('GET', '/services?status=true')).body
    assert.deepEqual(listed[0].ServiceStatus, { RunningTasks: 0, DesiredTasks: 0, CompletedTasks: 0 })
    assert.equal((await m.api('GET', '/v1.40/services?status=true')).body[0].ServiceStatus, undefined)

    // docker's codes: 404 for no such object, 409 for a stale version, 400 for a bad one.
    const missing = await m.api('GET', '/services/nope')
    assert.deepEqual([missing.status, missing.body], [404, { message: 'service nope not found' }])
    const stale = await m.api('POST', `/services/web/update?version=${full.Version.Index}`, full.Spec)
    assert.equal(stale.status, 409)
    assert.match(stale.body.message, /^update out of sequence/)
    const noVersion = await m.api('POST', '/services/web/update', full.Spec)
    assert.equal(noVersion.status, 400)
    assert.match(noVersion.body.message, /^invalid service version '': /)
    const taken = await m.api('POST', '/services/create', body)
    assert.deepEqual([taken.status, taken.body.message], [409, 'name conflicts with an existing object: service web already exists'])
    assert.equal((await m.api('DELETE', '/services/web')).status, 200)
    assert.equal((await m.api('DELETE', '/services/web')).status, 404)
  })

  test('/distribution/{name}/json takes references with slashes and a registry port', async () => {
    // Nothing listens on port 9: the reference reaches the resolver (no "page not found"),
    // which says the registry is unavailable.
    const r = await m.api('GET', '/v1.50/distribution/127.0.0.1:9/team/app:1.0/json')
    assert.equal(r.status, 503, r.text)
    assert.match(r.body.message, /127\.0\.0\.1:9\/team\/app/)
  })

  test("list filters as docker's: services by name/id/label/mode/runtime, nodes by name/role/labels, tasks by name; an unknown key is a 400", async () => {
    const q = (f: object) => encodeURIComponent(JSON.stringify(f))
    const svc = (name: string, patch: object) => ({ Name: name, TaskTemplate: { ContainerSpec: { Image: '/bin/sleep', Args: ['600'] }, Runtime: 'process' }, ...patch })
    assert.equal((await m.api('POST', '/services/create', svc('api', { Labels: { tier: 'front', team: 'a' }, Mode: { Replicated: { Replicas: 1 } } }))).status, 201)
    assert.equal((await m.api('POST', '/services/create', svc('agent', { Labels: { tier: 'back' }, Mode: { Global: {} } }))).status, 201)
    const names = async (f: object) => ((await m.api('GET', `/services?filters=${q(f)}`)).body as any[]).map((s) => s.Spec.Name).sort()
    assert.deepEqual(await names({ name: ['a'] }), ['agent', 'api'])
    assert.deepEqual(await names({ name: ['api', 'nothing'] }), ['api'])
    assert.deepEqual(await names({ label: ['tier'] }), ['agent', 'api'])
    assert.deepEqual(await names({ label: ['tier=front', 'team=a'] }), ['api'], 'every label must match')
    assert.deepEqual(await names({ label: ['tier=front', 'team=b'] }), [])
    assert.deepEqual(await names({ label: { 'tier=back': true } }), ['agent'])
    assert.deepEqual(await names({ mode: ['global'] }), ['agent'])
    assert.deepEqual(await names({ runtime: ['process'] }), ['agent', 'api'])
    assert.deepEqual(await names({ runtime: ['container'] }), [])
    const bad = await m.api('GET', `/services?filters=${q({ colour: ['red'] })}`)
    assert.deepEqual([bad.status, bad.body], [400, { message: "invalid filter 'colour'" }])

    const hosts = async (f: object) => ((await m.api('GET', `/nodes?filters=${q(f)}`)).body as any[]).map((n) => n.Description.Hostname).sort()
    assert.deepEqual(await hosts({ role: ['manager'] }), ['em1'])
    assert.deepEqual(await hosts({ role: ['worker'] }), ['ew1'])
    assert.deepEqual(await hosts({ name: ['ew'] }), ['ew1'])
    assert.deepEqual(await hosts({ membership: ['accepted'] }), ['em1', 'ew1'])
    assert.deepEqual(await hosts({ membership: ['pending'] }), [])
    const workerId = (await w.api('GET', '/info')).body.Swarm.NodeID
    const node = (await m.api('GET', `/nodes/${workerId}`)).body
    assert.equal((await m.api('POST', `/nodes/${workerId}/update?version=${node.Version.Index}`, { ...node.Spec, Labels: { zone: 'b' } })).status, 200)
    assert.deepEqual(await hosts({ 'node.label': ['zone=b'] }), ['ew1'])
    assert.deepEqual(await hosts({ 'node.label': ['zone=a'] }), [])
    const badRole = await m.api('GET', `/nodes?filters=${q({ role: ['boss'] })}`)
    assert.deepEqual([badRole.status, badRole.body.message], [400, "Invalid role filter: 'boss'"])

    const taskNames = await waitFor('api.1 and a task of agent per node', async () => {
      const ts = (await m.api('GET', `/tasks?filters=${q({ name: ['api.1'] })}`)).body as any[]
      return ts.length === 1 ? ts : null
    })
    assert.equal(taskNames[0].Slot, 1)
    assert.equal(((await m.api('GET', `/tasks?filters=${q({ name: ['agent.'] })}`)).body as any[]).length, 2)
    // label: the labels of the task's service, as SwarmKit's (docker stack ps filters by its namespace label).
    const byLabel = async (f: object) => ((await m.api('GET', `/tasks?filters=${q(f)}`)).body as any[]).map((t) => t.Slot ?? 'global').sort()
    assert.deepEqual(await byLabel({ label: ['tier=front'] }), [1])
    assert.deepEqual(await byLabel({ label: ['tier=back'] }), ['global', 'global'])
    assert.deepEqual(await byLabel({ label: ['tier'] }), [1, 'global', 'global'])
    assert.deepEqual(await byLabel({ label: ['tier=front', 'team=b'] }), [])
    assert.equal((await m.api('GET', `/tasks?filters=${q({ nodes: ['x'] })}`)).status, 400)
    for (const name of ['api', 'agent']) assert.equal((await m.api('DELETE', `/services/${name}`)).status, 200)
  })
})
