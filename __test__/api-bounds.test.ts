// The API's bounds (src/manager/bounds.ts) as the converters and Control apply them: every
// refused spec of the shared table, docker's zero-valued requests taken as defaults, and
// the swarm's task limit counted across services on a real store.
import { test, describe, after } from 'node:test'
import * as assert from 'node:assert/strict'
import { serviceSpecFromDocker, clusterSpecUpdateFromDocker } from '../src/api/convert'
import { BOUNDS, DEFAULT_SWARM_TASK_LIMIT, boundedInt, describeBound, swarmTaskLimit } from '../src/manager/bounds'
import { Control } from '../src/manager/control'
import { ShoalError } from '../src/manager/errors'
import { v1, WriteBatch } from '../src/manager/store'
import { validateInit, validateJoin } from '../src/daemon/membership'
import { DOCKER_INIT_BODY, REFUSED_SPECS, serviceBody } from './helpers/refusals'
import { openTestStore } from './helpers/store'

function refusedWith(message: RegExp) {
  return (err: unknown) => err instanceof ShoalError && err.code === 'InvalidArgument' && message.test(err.message)
}

describe('service specs past a bound are refused, naming the field, the value and the bound', () => {
  test('a valid spec converts', () => {
    const spec = serviceSpecFromDocker(serviceBody('ok'))
    assert.equal(spec.annotations?.name, 'ok')
  })
  for (const [what, patch, message] of REFUSED_SPECS) {
    test(what, () => {
      assert.throws(() => serviceSpecFromDocker(serviceBody('bad', patch)), refusedWith(message))
    })
  }
  test('every bound in the table says why, and is an integer range', () => {
    for (const [key, b] of Object.entries(BOUNDS)) {
      assert.ok(b.why.length > 10, key)
      assert.ok(Number.isInteger(b.max) && Number.isInteger(b.min) && b.min <= b.max, key)
    }
  })
  test('values at a bound pass', () => {
    assert.equal(boundedInt(BOUNDS.updateParallelism.max, BOUNDS.updateParallelism), 1_000_000)
    const spec = serviceSpecFromDocker(serviceBody('edge', { TaskTemplate: { RestartPolicy: { Delay: BOUNDS.timerDuration.max } }, Labels: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'v'])) }))
    assert.equal(Number(spec.task?.restart?.delayNs), BOUNDS.timerDuration.max)
    assert.equal(describeBound(BOUNDS.timerDuration), '24 days')
  })
})

describe("docker's zero-valued fields mean docker's defaults", () => {
  test("swarm init as docker's CLI sends it validates to a plan with no settings", () => {
    const plan = validateInit({ state: null, locked: false }, { ...DOCKER_INIT_BODY, ListenAddr: '127.0.0.1:2377' })
    assert.equal(plan.kind, 'new')
    if (plan.kind !== 'new') return
    // Labels null: none; the Raft block sent as zeros changes nothing.
    assert.deepEqual(plan.settings, { labels: {}, raft: { snapshotInterval: undefined, keepOldSnapshots: undefined, logEntriesForSlowFollowers: undefined, electionTicks: undefined, heartbeatTicks: undefined }, autoLockManagers: false })
    assert.equal(plan.state.listenAddr, '127.0.0.1:2377')
  })
  test('a swarm update with zero ticks keeps the stored ones; a zero task limit keeps the limit', () => {
    const u = clusterSpecUpdateFromDocker({ Raft: { ElectionTick: 0, HeartbeatTick: 0, SnapshotInterval: 0 }, Orchestration: { TaskLimit: 0 } })
    assert.deepEqual(u.raft, { snapshotInterval: undefined, keepOldSnapshots: undefined, logEntriesForSlowFollowers: undefined, electionTicks: undefined, heartbeatTicks: undefined })
    assert.equal(u.taskLimit, undefined)
  })
  test('the task limit: the default when unset or zero', () => {
    assert.equal(swarmTaskLimit(null), DEFAULT_SWARM_TASK_LIMIT)
    assert.equal(swarmTaskLimit({ spec: { taskLimit: 0 } }), DEFAULT_SWARM_TASK_LIMIT)
    assert.equal(swarmTaskLimit({ spec: { taskLimit: 500 } }), 500)
  })
  test('join: every input checked before any manager is asked', () => {
    assert.throws(() => validateJoin({ state: null }, { JoinToken: 'SWMTKN-1-x', RemoteAddrs: Array(65).fill('127.0.0.1:1') }), refusedWith(/invalid manager addresses: 65 given, must be at most 64/))
    assert.throws(() => validateJoin({ state: null }, { JoinToken: 'x'.repeat(2000), RemoteAddrs: ['127.0.0.1:1'] }), refusedWith(/invalid join token: 2000 bytes, must be at most 1024 bytes/))
    assert.throws(() => validateJoin({ state: null }, { JoinToken: 'SWMTKN-1-x', RemoteAddrs: ['x'.repeat(2000)] }), refusedWith(/invalid remote address: 2000 bytes/))
    assert.throws(() => validateJoin({ state: null }, { JoinToken: 'SWMTKN-1-x', RemoteAddrs: [7] }), refusedWith(/the address of a manager to join is required/))
  })
})

describe('the swarm task limit across services (Control on a real store)', () => {
  const ts = openTestStore('shoal-bounds-')
  const control = new Control(ts.store)
  after(() => ts.close())

  const spec = (name: string, replicas: number, mode = 'replicated') => serviceSpecFromDocker(serviceBody(name, mode === 'global' ? { Mode: { Global: {}, Replicated: undefined } } : { Mode: { Replicated: { Replicas: replicas } } }))

  test('set up: a cluster with a limit of 100 and two nodes, one drained', async () => {
    const batch = new WriteBatch()
    batch.create('clusters', new v1.Cluster({ meta: new v1.Meta({ id: 'c1' }), spec: new v1.ClusterSpec({ taskLimit: 100 }) }))
    batch.create('nodes', new v1.Node({ meta: new v1.Meta({ id: 'n1' }), spec: new v1.NodeSpec({ role: 'manager', availability: 'active' }) }))
    batch.create('nodes', new v1.Node({ meta: new v1.Meta({ id: 'n2' }), spec: new v1.NodeSpec({ role: 'worker', availability: 'drain' }) }))
    await ts.commit(batch)
  })

  test('concurrent creates cannot together pass the limit one of them respects alone', async () => {
    const results = await Promise.allSettled([control.createService(spec('a', 60)), control.createService(spec('b', 60))])
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected'])
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    assert.match(refused.reason.message, /invalid replicas 60: the swarm would hold 120 tasks, over its task limit of 100 \(other services ask for 60/)
  })

  test('a global service counts one task per node not drained', async () => {
    await control.createService(spec('g', 0, 'global'))
    await assert.rejects(control.createService(spec('c', 40)), /would hold 101 tasks, over its task limit of 100 \(other services ask for 61/)
    await control.createService(spec('c', 39))
  })

  test('a lowered limit refuses growth but lets an operator scale down', async () => {
    const cluster = control.view().list('clusters')[0]
    await control.updateCluster(Number(cluster.meta!.version), { taskLimit: 10 })
    await ts.store.sharedView() // resolves once the change stream has carried the write
    const svc = control.view().list('services').find((s) => s.spec?.annotations?.name === 'c')!
    await assert.rejects(control.updateService('c', Number(svc.meta!.version), spec('c', 40)), /invalid replicas 40: must be at most 10/)
    await control.updateService('c', Number(svc.meta!.version), spec('c', 5))
    await assert.rejects(control.createService(spec('d', 1)), /over its task limit of 10/)
  })
})
