// High-availability managers: three real daemons on loopback form one Raft group over
// gRPC with mutual TLS; the leader is killed with SIGKILL while services are being
// created, and the survivors must elect a new leader, keep accepting writes, and agree
// on every acknowledged write.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

interface Member {
  d: TestDaemon
  addr: string
}

async function raftRole(d: TestDaemon): Promise<string> {
  const r = await d.api('GET', '/info')
  return r.body?.Swarm?.Raft?.Role ?? ''
}

async function serviceNames(d: TestDaemon): Promise<string[]> {
  const r = await d.api('GET', '/services')
  assert.equal(r.status, 200, r.text)
  return (r.body as any[]).map((s) => s.Spec.Name).sort()
}

async function leaderOf(ms: Member[]): Promise<Member | null> {
  for (const m of ms) {
    if (!m.d.proc) continue
    try {
      if ((await raftRole(m.d)) === 'leader') return m
    } catch {}
  }
  return null
}

// A service that runs nothing (0 replicas): the test is about the store, not the tasks.
const spec = (name: string) => ({ Name: name, TaskTemplate: { ContainerSpec: { Image: 'process', Command: ['/bin/true'] } }, Mode: { Replicated: { Replicas: 0 } } })

describe('high-availability managers', () => {
  const ms: Member[] = [1, 2, 3].map((i) => ({ d: new TestDaemon(`shoal-ha-m${i}`, ['--hostname', `m${i}`]), addr: '' }))

  before(async () => {
    await Promise.all(ms.map((m) => m.d.start()))
    for (const m of ms) m.addr = `127.0.0.1:${await freePort()}`
    const init = await ms[0].d.cli('swarm', 'init', '--listen-addr', ms[0].addr, '--advertise-addr', ms[0].addr)
    assert.equal(init.code, 0, init.stderr)
  })
  after(async () => {
    await Promise.all(ms.map((m) => m.d.destroy()))
  })

  test('managers join with the manager token', async () => {
    const token = (await ms[0].d.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    for (const m of ms.slice(1)) {
      const r = await m.d.cli('swarm', 'join', '--token', token, '--listen-addr', m.addr, '--advertise-addr', m.addr, ms[0].addr)
      assert.equal(r.code, 0, r.stderr + m.d.log)
      assert.equal(r.stdout, 'This node joined a swarm as a manager.\n')
    }
    // Every manager sees the same three manager nodes, one of them the leader.
    for (const m of ms) {
      await waitFor(`three managers on ${m.d.name}`, async () => {
        const nodes = (await m.d.api('GET', '/nodes')).body as any[]
        const addrs = nodes.map((n) => n.ManagerStatus?.Addr).sort()
        return (
          JSON.stringify(addrs) === JSON.stringify(ms.map((x) => x.addr).sort()) &&
          nodes.every((n) => n.Spec.Role === 'manager' && n.ManagerStatus.Reachability === 'reachable') &&
          nodes.filter((n) => n.ManagerStatus.Leader).length === 1
        )
      }, 15_000)
    }
    const ls = await ms[1].d.cli('node', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    assert.match(ls.stdout, /m1 .*Leader/)
    // A follower forwards writes to the leader.
    const r = await ms[2].d.api('POST', '/services/create', spec('via-follower'))
    assert.equal(r.status, 201, r.text)
    for (const m of ms) await waitFor(`via-follower on ${m.d.name}`, async () => (await serviceNames(m.d)).includes('via-follower'), 10_000)
  })

  test('the leader is killed during a stream of writes: a new leader, no write lost or doubled', async () => {
    const acked: string[] = []
    let stop = false
    let n = 0
    // Writes go round-robin to the managers still alive; only 201s count as acknowledged.
    const writer = (async () => {
      while (!stop) {
        const alive = ms.filter((m) => m.d.proc)
        const m = alive[n % alive.length]
        const name = `svc-${n++}`
        try {
          const r = await m.d.api('POST', '/services/create', spec(name))
          if (r.status === 201) acked.push(name)
        } catch {}
        await new Promise((r) => setTimeout(r, 20))
      }
    })()
    try {
      await waitFor('some writes', () => acked.length >= 10, 20_000)
      const old = await waitFor('a leader', () => leaderOf(ms), 10_000)
      await old.d.kill9()
      const t0 = Date.now()
      const next = await waitFor('a new leader', async () => {
        const l = await leaderOf(ms)
        return l && l !== old ? l : null
      }, 15_000)
      const elected = Date.now() - t0
      assert.ok(elected < 10_000, `new leader after ${elected} ms`)
      const before = acked.length
      await waitFor('writes accepted again', () => acked.length >= before + 10, 20_000)
      assert.ok(next.d.proc)
    } finally {
      stop = true
      await writer
    }
    const survivors = ms.filter((m) => m.d.proc)
    for (const m of survivors) {
      await waitFor(`every acknowledged write on ${m.d.name}`, async () => {
        const names = new Set(await serviceNames(m.d))
        return acked.every((a) => names.has(a))
      }, 10_000)
      const names = await serviceNames(m.d)
      assert.equal(new Set(names).size, names.length, 'a service twice')
    }
    assert.deepEqual(await serviceNames(survivors[0].d), await serviceNames(survivors[1].d))

    // The killed manager comes back and catches up.
    const dead = ms.find((m) => !m.d.proc)!
    await dead.d.start()
    const want = await serviceNames(survivors[0].d)
    await waitFor(`${dead.d.name} caught up`, async () => JSON.stringify(await serviceNames(dead.d)) === JSON.stringify(want), 20_000)
  })

  test('force-new-cluster on the survivor of two managers lost', async () => {
    const leader = await waitFor('a leader', () => leaderOf(ms), 10_000)
    const survivor = ms.find((m) => m !== leader)!
    const want = await waitFor('survivor caught up', async () => {
      const [a, b] = [await serviceNames(leader.d), await serviceNames(survivor.d)]
      return JSON.stringify(a) === JSON.stringify(b) ? a : null
    }, 10_000)
    for (const m of ms.filter((x) => x !== survivor)) await m.d.kill9()
    // Without quorum nothing is written.
    const refused = await survivor.d.api('POST', '/services/create', spec('no-quorum'))
    assert.notEqual(refused.status, 201, refused.text)
    const r = await survivor.d.cli('swarm', 'init', '--force-new-cluster')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('survivor leads alone', async () => (await raftRole(survivor.d)) === 'leader', 10_000)
    assert.deepEqual(await serviceNames(survivor.d), want)
    const w = await waitFor('a write accepted', async () => (await survivor.d.api('POST', '/services/create', spec('after-force'))).status === 201, 10_000)
    assert.ok(w)
    const ls = await survivor.d.cli('node', 'ls')
    assert.match(ls.stdout, /Unreachable/)
    // The old members must not come back with their old data: replace them with fresh
    // daemons joining the new group.
    for (const m of ms.filter((x) => x !== survivor)) {
      await m.d.destroy()
      const i = ms.indexOf(m)
      ms[i] = { d: new TestDaemon(`shoal-ha-n${i}`, ['--hostname', `n${i}`]), addr: `127.0.0.1:${await freePort()}` }
      await ms[i].d.start()
      const token = (await survivor.d.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
      const j = await ms[i].d.cli('swarm', 'join', '--token', token, '--listen-addr', ms[i].addr, '--advertise-addr', ms[i].addr, survivor.addr)
      assert.equal(j.code, 0, j.stderr)
    }
    for (const m of ms) {
      await waitFor(`after-force on ${m.d.name}`, async () => (await serviceNames(m.d)).includes('after-force'), 15_000)
    }
    // The old managers' nodes stay, unreachable, until demoted and removed (as docker).
    const old = ((await survivor.d.api('GET', '/nodes')).body as any[]).filter((n) => n.ManagerStatus?.Reachability === 'unreachable')
    assert.equal(old.length, 2)
    for (const n of old) {
      const dm = await survivor.d.cli('node', 'demote', n.ID)
      assert.equal(dm.code, 0, dm.stderr)
      const rm = await survivor.d.cli('node', 'rm', '--force', n.ID)
      assert.equal(rm.code, 0, rm.stderr)
    }
  })

  test('demotion keeps quorum; a demoted manager becomes a worker', async () => {
    const leader = await waitFor('a leader', () => leaderOf(ms), 10_000)
    const [f1, f2] = ms.filter((m) => m !== leader)
    const idOf = async (m: Member) => (await m.d.api('GET', '/info')).body.Swarm.NodeID as string
    const f2Id = await idOf(f2)
    const f1Id = await idOf(f1)
    // A manager is removed only once demoted.
    const rm = await leader.d.cli('node', 'rm', '--force', f1Id)
    assert.equal(rm.code, 1)
    assert.match(rm.stderr, /must be demoted to worker before removal/)
    // With f1 down, demoting f2 would leave the leader alone with a dead member.
    await f1.d.kill9()
    await waitFor('f1 unreachable', async () => {
      const n = (await leader.d.api('GET', `/nodes/${f1Id}`)).body
      return n?.ManagerStatus?.Reachability === 'unreachable'
    }, 15_000)
    const refused = await leader.d.cli('node', 'demote', f2Id)
    assert.equal(refused.code, 1)
    assert.match(refused.stderr, /loss of quorum/)
    await f1.d.start()
    await waitFor('f1 reachable', async () => {
      const n = (await leader.d.api('GET', `/nodes/${f1Id}`)).body
      return n?.ManagerStatus?.Reachability === 'reachable'
    }, 15_000)
    // Through a follower: forwarded to the leader.
    const ok = await f1.d.cli('node', 'demote', f2Id)
    assert.equal(ok.code, 0, ok.stderr)
    await waitFor('f2 is a worker', async () => (await f2.d.api('GET', '/info')).body.Swarm.ControlAvailable === false, 15_000)
    await waitFor('two managers left', async () => {
      const nodes = (await leader.d.api('GET', '/nodes')).body as any[]
      const f2n = nodes.find((n) => n.ID === f2Id)
      if (nodes.filter((n) => n.Spec.Role === 'manager').length === 2 && f2n && !f2n.ManagerStatus && f2n.Status.State === 'ready') return true
      throw new Error(JSON.stringify(nodes.map((n) => [n.ID, n.Spec.Role, n.Status.State, n.ManagerStatus])))
    }, 15_000)
    // The group of two still takes writes.
    const w = await f1.d.api('POST', '/services/create', spec('after-demote'))
    assert.equal(w.status, 201, w.text)
  })

  test('a promoted worker joins the Raft group', async () => {
    const leader = await waitFor('a leader', () => leaderOf(ms), 10_000)
    const nodes = (await leader.d.api('GET', '/nodes')).body as any[]
    const worker = nodes.find((n) => n.Spec.Role === 'worker')
    assert.ok(worker, 'the demoted node')
    const r = await leader.d.cli('node', 'promote', worker.ID)
    assert.equal(r.code, 0, r.stderr)
    // The worker hears of it in a heartbeat answer (5 s period), renews its certificate
    // and joins.
    await waitFor('three reachable managers', async () => {
      const ns = (await leader.d.api('GET', '/nodes')).body as any[]
      return ns.filter((n) => n.Spec.Role === 'manager' && n.ManagerStatus?.Reachability === 'reachable').length === 3
    }, 30_000).catch(async (err) => {
      // What went wrong is in the node objects and the daemons' logs: show them.
      const ns = ((await leader.d.api('GET', '/nodes')).body as any[]).map((n) => [n.ID, n.Spec.Role, n.Status.State, n.ManagerStatus])
      throw new Error(`${err.message}\n${JSON.stringify(ns)}\n${ms.map((m) => `--- ${m.d.name}\n${m.d.log}`).join('\n')}`)
    })
    const promoted = await waitFor('the promoted daemon', async () => {
      for (const m of ms) if ((await m.d.api('GET', '/info')).body.Swarm.NodeID === worker.ID) return m
      return null
    })
    await waitFor('promoted has control', async () => (await promoted.d.api('GET', '/info')).body.Swarm.ControlAvailable === true, 10_000)
    const w = await promoted.d.api('POST', '/services/create', spec('after-promote'))
    assert.equal(w.status, 201, w.text)
    for (const m of ms) await waitFor(`after-promote on ${m.d.name}`, async () => (await serviceNames(m.d)).includes('after-promote'), 15_000)
  })
})
