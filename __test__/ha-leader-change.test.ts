// Writes ride through a leader change (issue 15), as a user meets it: three managers on
// loopback ports, the leader killed with SIGKILL, and `shoal service create` run against a
// follower at once, before a new leader is elected: it succeeds, once. A write carrying a
// request id is answered from its record when retried, on the same leader and on the next
// one. Without a quorum, writes and reads fail in docker's words.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

interface Member {
  d: TestDaemon
  addr: string
}

const NO_LEADER = "The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online."

async function leaderOf(ms: Member[]): Promise<Member | null> {
  for (const m of ms) {
    if (!m.d.proc) continue
    try {
      if ((await m.d.api('GET', '/info')).body?.Swarm?.Raft?.Role === 'leader') return m
    } catch {}
  }
  return null
}

async function servicesNamed(d: TestDaemon, name: string): Promise<any[]> {
  const r = await d.api('GET', '/services')
  assert.equal(r.status, 200, r.text)
  return (r.body as any[]).filter((s) => s.Spec.Name === name)
}

const spec = (name: string) => ({ Name: name, TaskTemplate: { ContainerSpec: { Image: 'process', Command: ['/bin/true'] } }, Mode: { Replicated: { Replicas: 0 } } })

describe('writes through a leader change', () => {
  const ms: Member[] = [1, 2, 3].map((i) => ({ d: new TestDaemon(`shoal-lc-m${i}`, ['--hostname', `m${i}`]), addr: '' }))

  before(async () => {
    await Promise.all(ms.map((m) => m.d.start()))
    for (const m of ms) m.addr = `127.0.0.1:${await freePort()}`
    const init = await ms[0].d.cli('swarm', 'init', '--listen-addr', ms[0].addr, '--advertise-addr', ms[0].addr)
    assert.equal(init.code, 0, init.stderr)
    const token = (await ms[0].d.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    for (const m of ms.slice(1)) {
      const r = await m.d.cli('swarm', 'join', '--token', token, '--listen-addr', m.addr, '--advertise-addr', m.addr, ms[0].addr)
      assert.equal(r.code, 0, r.stderr + m.d.log)
    }
    for (const m of ms) {
      await waitFor(`three reachable managers on ${m.d.name}`, async () => {
        const nodes = (await m.d.api('GET', '/nodes')).body as any[]
        return nodes.length === 3 && nodes.every((n) => n.ManagerStatus?.Reachability === 'reachable')
      }, 20_000)
    }
  })
  after(async () => {
    await Promise.all(ms.map((m) => m.d.destroy()))
  })

  test('a write retried under its request id is answered from its record, not applied again', async () => {
    const leader = await waitFor('a leader', () => leaderOf(ms), 10_000)
    const follower = ms.find((m) => m !== leader)!
    const id = { 'x-shoal-request-id': 'retry-1' }
    const first = await follower.d.api('POST', '/services/create', spec('once'), id)
    assert.equal(first.status, 201, first.text)
    // The same request again, at the follower and at the leader: the same answer, where a
    // second create of the name would be refused (409).
    for (const m of [follower, leader]) {
      const again = await m.d.api('POST', '/services/create', spec('once'), id)
      assert.equal(again.status, 201, again.text)
      assert.equal(again.body.ID, first.body.ID)
    }
    const other = await leader.d.api('POST', '/services/create', spec('once'), { 'x-shoal-request-id': 'retry-2' })
    assert.equal(other.status, 409, other.text)
    assert.equal((await servicesNamed(leader.d, 'once')).length, 1)
    // A refusal is final (the chaos runs' anomaly: a forward held by a partition reached the
    // leader after the client's retry was refused 409 and the service was removed, and
    // created it then): a late copy of the refused request, after the name is free again,
    // is refused the same way, at the leader and through a follower, and creates nothing.
    const held = await leader.d.api('POST', '/services/create', spec('held'), { 'x-shoal-request-id': 'held-1' })
    assert.equal(held.status, 201, held.text)
    const refused = await follower.d.api('POST', '/services/create', spec('held'), { 'x-shoal-request-id': 'held-2' })
    assert.equal(refused.status, 409, refused.text)
    assert.equal((await leader.d.api('DELETE', `/services/${held.body.ID}`)).status, 200)
    for (const m of [leader, follower]) {
      const late = await m.d.api('POST', '/services/create', spec('held'), { 'x-shoal-request-id': 'held-2' })
      assert.equal(late.status, 409, late.text)
      assert.equal(late.body.message, refused.body.message)
    }
    assert.equal((await servicesNamed(leader.d, 'held')).length, 0)
    // A bad request id is refused, naming it.
    const bad = await leader.d.api('POST', '/services/create', spec('bad-id'), { 'x-shoal-request-id': 'a b' })
    assert.equal(bad.status, 400, bad.text)
    assert.match(bad.body.message, /invalid request id/)
  })

  test('kill -9 of the leader: service create on a follower at once succeeds, once', async () => {
    const leader = await waitFor('a leader', () => leaderOf(ms), 10_000)
    const followers = ms.filter((m) => m !== leader)
    // Every follower has the record of 'retry-1' before the leader goes.
    const want = (await servicesNamed(leader.d, 'once'))[0].ID
    for (const f of followers) await waitFor(`once on ${f.d.name}`, async () => (await servicesNamed(f.d, 'once')).length === 1, 10_000)
    await leader.d.kill9()
    // No new leader yet: the follower still names the dead one.
    const r = await followers[0].d.cli('service', 'create', '--detach', '--name', 'after-kill', '--replicas', '0', '--runtime', 'process', '/bin/true')
    assert.equal(r.code, 0, r.stderr + followers[0].d.log)
    const created = r.stdout.trim()
    for (const f of followers) {
      const found = await waitFor(`after-kill on ${f.d.name}`, async () => {
        const s = await servicesNamed(f.d, 'after-kill')
        return s.length > 0 ? s : null
      }, 10_000)
      assert.equal(found.length, 1)
      assert.equal(found[0].ID, created)
    }
    // The record crossed the leader change: a retry of 'retry-1' at the new leader is
    // answered from it.
    const again = await followers[1].d.api('POST', '/services/create', spec('once'), { 'x-shoal-request-id': 'retry-1' })
    assert.equal(again.status, 201, again.text)
    assert.equal(again.body.ID, want)
  })

  test('without a quorum a write fails in docker\'s words', async () => {
    const alive = ms.filter((m) => m.d.proc)
    await alive[0].d.kill9()
    const r = await alive[1].d.cli('service', 'create', '--detach', '--name', 'no-quorum', '--replicas', '0', '--runtime', 'process', '/bin/true')
    assert.equal(r.code, 1, r.stdout)
    assert.ok(r.stderr.includes(NO_LEADER), r.stderr)
    // Reads are linearizable (ReadIndex): without a leader to confirm one, a read is
    // refused in the same words rather than answered from a replica that may be stale.
    const read = await alive[1].d.api('GET', '/services')
    assert.equal(read.status, 503, read.text)
    assert.equal(read.body.message, NO_LEADER)
  })
})
