// Raft between managers across certificate renewals: two real managers on loopback (a
// commit needs both), their certificates renewing every couple of seconds (the schedule
// sped up, real 30-minute certificates). Each renewal reopens the addon's Raft channels
// (crates/shoal-transport) with the new certificate and key; writes made on either
// manager must still commit and reach both.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'
import { parseNodeCertificate } from '../src/manager/ca'

// 30-minute certificates renew at 15..24 minutes; 600 times faster is every 1.5..2.4 s.
const FAST_RENEWAL = { SHOAL_CERT_RENEWAL_TIMESCALE: '600' }

const serialOf = (d: TestDaemon) => parseNodeCertificate(fs.readFileSync(path.join(d.dir, 'data', 'certificates', 'swarm-node.crt'), 'utf8')).serial

const spec = (name: string) => ({ Name: name, TaskTemplate: { ContainerSpec: { Image: 'process', Command: ['/bin/true'] } }, Mode: { Replicated: { Replicas: 0 } } })

async function serviceNames(d: TestDaemon): Promise<string[]> {
  const r = await d.api('GET', '/services')
  assert.equal(r.status, 200, r.text)
  return (r.body as any[]).map((s) => s.Spec.Name).sort()
}

describe('Raft between managers across certificate renewals', () => {
  const m1 = new TestDaemon('shoal-renew-m1', ['--hostname', 'm1'], { env: FAST_RENEWAL })
  const m2 = new TestDaemon('shoal-renew-m2', ['--hostname', 'm2'], { env: FAST_RENEWAL })
  let addr1 = ''

  before(async () => {
    await Promise.all([m1, m2].map((d) => d.start()))
    addr1 = `127.0.0.1:${await freePort()}`
    const init = await m1.cli('swarm', 'init', '--listen-addr', addr1, '--advertise-addr', addr1, '--cert-expiry', '30m')
    assert.equal(init.code, 0, init.stderr)
    const token = (await m1.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const addr2 = `127.0.0.1:${await freePort()}`
    const j = await m2.cli('swarm', 'join', '--token', token, '--listen-addr', addr2, '--advertise-addr', addr2, addr1)
    assert.equal(j.code, 0, j.stderr + m2.log)
  })
  after(async () => {
    await Promise.all([m1, m2].map((d) => d.destroy()))
  })

  test('writes on either manager commit after both renewed their certificates twice', async () => {
    for (const d of [m1, m2]) {
      const seen = new Set([serialOf(d)])
      await waitFor(`two renewals on ${d.name}`, () => {
        seen.add(serialOf(d))
        return seen.size >= 3
      }, 30_000, 50)
    }
    // A write on the follower goes to the leader (ControlProxy) and commits only once the
    // other manager acknowledged it over Raft; so does a write on the leader.
    const names: string[] = []
    for (const [i, d] of [m1, m2, m1, m2].entries()) {
      const name = `after-renewal-${i}`
      const r = await d.api('POST', '/services/create', spec(name))
      assert.equal(r.status, 201, `${d.name}: ${r.text}`)
      names.push(name)
    }
    for (const d of [m1, m2]) {
      await waitFor(`every write on ${d.name}`, async () => (await serviceNames(d)).join() === [...names].sort().join(), 10_000)
    }
    for (const d of [m1, m2]) assert.doesNotMatch(d.log, /Raft transport keeps its old certificate/)
  })
})
