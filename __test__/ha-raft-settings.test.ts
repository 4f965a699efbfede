// The swarm's Raft settings (`swarm update --snapshot-interval/--raft-tick/--election-tick
// ...`): stored in the cluster object, checked as a whole (a bad value changes nothing),
// applied by every manager (tick period, snapshot interval and slow-follower entries at
// once; election and heartbeat ticks when a manager restarts), shown by `info`.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

describe('raft settings', () => {
  const ms = [1, 2].map((i) => new TestDaemon(`shoal-raftcfg-m${i}`, ['--hostname', `m${i}`]))

  const raftOf = async (d: TestDaemon) => {
    const info = (await d.api('GET', '/info')).body
    return { cluster: info.Swarm.Cluster?.Spec?.Raft, inEffect: info.Swarm.Raft?.Settings, version: info.Swarm.Cluster?.Version?.Index }
  }

  before(async () => {
    await Promise.all(ms.map((d) => d.start()))
    const addrs = [`127.0.0.1:${await freePort()}`, `127.0.0.1:${await freePort()}`]
    const init = await ms[0].cli('swarm', 'init', '--listen-addr', addrs[0], '--advertise-addr', addrs[0])
    assert.equal(init.code, 0, init.stderr)
    const token = (await ms[0].cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const j = await ms[1].cli('swarm', 'join', '--token', token, '--listen-addr', addrs[1], '--advertise-addr', addrs[1], addrs[0])
    assert.equal(j.code, 0, j.stderr + ms[1].log)
  })
  after(async () => {
    await Promise.all(ms.map((d) => d.destroy()))
  })

  test('defaults aim at fast failover and show in info and swarm inspect', async () => {
    const want = { SnapshotInterval: 10000, KeepOldSnapshots: 0, LogEntriesForSlowFollowers: 500, ElectionTick: 10, HeartbeatTick: 1, TickPeriod: 100e6 }
    for (const d of ms) {
      await waitFor(`the cluster's settings on ${d.name}`, async () => (await raftOf(d)).cluster !== undefined, 15_000)
      const r = await raftOf(d)
      assert.deepEqual(r.cluster, want)
      assert.deepEqual(r.inEffect, want)
    }
    const swarm = (await ms[0].api('GET', '/swarm')).body
    assert.deepEqual(swarm.Spec.Raft, want)
    const info = await ms[1].cli('info')
    assert.equal(info.code, 0, info.stderr)
    assert.match(info.stdout, /  Raft:\n   Snapshot Interval: 10000\n   Number of Old Snapshots to Retain: 0\n   Heartbeat Tick: 1\n   Election Tick: 10\n   Tick Period: 100ms\n   Log Entries for Slow Followers: 500\n/)
  })

  test('bad values are refused with a clear error and change nothing', async () => {
    const before = await raftOf(ms[0])
    const cases: [string[], RegExp][] = [
      [['--election-tick', '3', '--heartbeat-tick', '3'], /election tick 3: must be greater than the heartbeat tick \(3\)/],
      [['--election-tick', '1'], /election tick 1: must be an integer from 2/],
      [['--heartbeat-tick', '10'], /election tick 10: must be greater than the heartbeat tick \(10\)/],
      [['--heartbeat-tick', '0'], /invalid --heartbeat-tick "0": must be at least 1/],
      [['--raft-tick', '1ms'], /tick period \(ms\) 1: must be an integer from 10 to 10000/],
      [['--raft-tick', '1500us'], /TickPeriod 1500000: must be a whole number of milliseconds/],
      [['--snapshot-interval', '0'], /invalid --snapshot-interval "0": must be at least 1/],
      [['--max-snapshots', '101'], /old snapshots to keep 101: must be an integer from 0 to 100/],
      [['--election-tick', 'ten'], /invalid --election-tick "ten": must be a non-negative integer/],
    ]
    for (const [args, msg] of cases) {
      const r = await ms[1].cli('swarm', 'update', ...args)
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`)
      assert.match(r.stderr, msg)
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    }
    assert.deepEqual(await raftOf(ms[0]), before, 'nothing changed')
  })

  test('an update reaches every manager: live settings at once, ticks after a restart', async () => {
    // Through the follower: forwarded to the leader like any write.
    const r = await ms[1].cli('swarm', 'update', '--snapshot-interval', '5000', '--max-snapshots', '2', '--log-entries-for-slow-followers', '200', '--raft-tick', '50ms', '--election-tick', '20', '--heartbeat-tick', '2')
    assert.equal(r.code, 0, r.stderr)
    const want = { SnapshotInterval: 5000, KeepOldSnapshots: 2, LogEntriesForSlowFollowers: 200, ElectionTick: 20, HeartbeatTick: 2, TickPeriod: 50e6 }
    for (const d of ms) {
      await waitFor(`the new settings on ${d.name}`, async () => {
        const s = await raftOf(d)
        return JSON.stringify(s.cluster) === JSON.stringify(want) && s.inEffect.TickPeriod === 50e6 ? s : null
      }, 15_000)
      const s = await raftOf(d)
      // Live: tick period, snapshots, entries for slow followers; not the election/heartbeat ticks.
      assert.deepEqual(s.inEffect, { ...want, ElectionTick: 10, HeartbeatTick: 1 })
    }
    const info = await ms[0].cli('info')
    assert.match(info.stdout, /   Election Tick: 20 \(this manager: 10 until it restarts\)\n/)
    // A restarted manager runs with all of them, and still follows the leader.
    await ms[1].stop()
    await ms[1].start()
    await waitFor('m2 runs with the new ticks', async () => JSON.stringify((await raftOf(ms[1])).inEffect) === JSON.stringify(want), 15_000)
    const w = await ms[1].api('POST', '/services/create', { Name: 'after-settings', TaskTemplate: { ContainerSpec: { Image: 'process', Command: ['/bin/true'] } }, Mode: { Replicated: { Replicas: 0 } } })
    assert.equal(w.status, 201, w.text)
    const info2 = await ms[1].cli('info')
    assert.doesNotMatch(info2.stdout, /until it restarts/)
  })
})
