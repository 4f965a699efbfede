// Five managers, each in its own network namespace, under a steady, bounded stream of
// writes while faults hit the leader: SIGKILL (three times, restarting it on its data each
// time), SIGSTOP then SIGCONT, and cutting its link (a partition) then restoring it. After
// each fault: a new leader, writes accepted again, and every acknowledged write present
// once on every manager, all of them holding the same services. Skipped (with the reason)
// where namespaces cannot be made.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, request, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, type Host } from './helpers/netns'

const skip = netnsUnavailable()

// A service that runs nothing (0 replicas): the test is about the store, not the tasks.
const spec = (name: string) => ({ Name: name, TaskTemplate: { ContainerSpec: { Image: 'process', Command: ['/bin/true'] } }, Mode: { Replicated: { Replicas: 0 } } })

const MAX_WRITES = 5_000

describe('five managers under faults', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.214.0')
  let hosts: Host[] = []
  const ms: TestDaemon[] = []
  // Members the writer and the checks leave alone while a fault holds them.
  const faulted = new Set<TestDaemon>()
  const acked: string[] = []
  let writing: Promise<void> | null = null
  let stopWriting = false

  const usable = () => ms.filter((d) => d.proc && !faulted.has(d))

  const roleOf = async (d: TestDaemon): Promise<string> => {
    try {
      return (await d.api('GET', '/info')).body?.Swarm?.Raft?.Role ?? ''
    } catch {
      return ''
    }
  }
  const leaderAmong = async (ds: TestDaemon[]): Promise<TestDaemon | null> => {
    for (const d of ds) if ((await roleOf(d)) === 'leader') return d
    return null
  }
  const serviceNames = async (d: TestDaemon): Promise<string[]> => {
    const r = await d.api('GET', '/services')
    assert.equal(r.status, 200, r.text)
    return (r.body as any[]).map((s) => s.Spec.Name).sort()
  }

  // One write at a time, round-robin over the usable managers (followers forward to the
  // leader), every 20 ms; a 201 is an acknowledged write. Bounded in count.
  const startWriter = () => {
    stopWriting = false
    writing = (async () => {
      for (let n = 0; !stopWriting && n < MAX_WRITES; n++) {
        const targets = usable()
        const d = targets[n % Math.max(1, targets.length)]
        if (d) {
          const name = `w-${n}`
          try {
            const r = await d.api('POST', '/services/create', spec(name))
            if (r.status === 201) acked.push(name)
          } catch {} // a timeout or refused connection: not acknowledged
        }
        await new Promise((r) => setTimeout(r, 20))
      }
    })()
  }
  const writesAccepted = async (what: string, more = 10) => {
    const from = acked.length
    await waitFor(`${more} writes accepted ${what}`, () => acked.length >= from + more, 30_000)
  }

  // Every acknowledged write on every usable manager, once, and all of them agreeing.
  const checkConverged = async () => {
    const want = [...acked]
    let reference: string[] | null = null
    for (const d of usable()) {
      const names = await waitFor(`every acknowledged write on ${d.name}`, async () => {
        const got = await serviceNames(d)
        const have = new Set(got)
        return want.every((a) => have.has(a)) ? got : null
      }, 20_000)
      assert.equal(new Set(names).size, names.length, `a service twice on ${d.name}`)
      if (!reference) reference = names
    }
    // The same services everywhere once they settle (writes still arrive meanwhile, so
    // compare a snapshot taken with the writer paused).
    stopWriting = true
    await writing
    const settled = await waitFor('the managers agree', async () => {
      const all = await Promise.all(usable().map(serviceNames))
      return all.every((x) => JSON.stringify(x) === JSON.stringify(all[0])) ? all[0] : null
    }, 20_000)
    assert.ok(acked.every((a) => settled.includes(a)))
    startWriter()
  }

  // The fault happens to the leader; a new one is elected among the others and takes
  // writes; then the fault is undone and the member catches up.
  const faultTheLeader = async (what: string, fault: (d: TestDaemon) => Promise<void>, heal: (d: TestDaemon) => Promise<void>) => {
    await writesAccepted(`before ${what}`)
    const old = await waitFor('a leader', () => leaderAmong(usable()), 15_000)
    faulted.add(old)
    await fault(old)
    const next = await waitFor(`a new leader after ${what}`, async () => {
      const l = await leaderAmong(usable())
      return l && l !== old ? l : null
    }, 20_000)
    assert.notEqual(next, old)
    await writesAccepted(`after ${what}`)
    await heal(old)
    faulted.delete(old)
    await waitFor(`${old.name} follows again after ${what}`, async () => (await roleOf(old)) === 'follower', 30_000)
    await checkConverged()
  }

  before(async () => {
    hosts = net.setup(5).hosts
    for (const [i, h] of hosts.entries()) ms.push(new TestDaemon(`shoal-hf-${i}`, ['--hostname', `m${i}`], { netns: h.ns }))
    await Promise.all(ms.map((d) => d.start()))
  })

  after(async () => {
    stopWriting = true
    await writing
    for (const d of ms) d.resume() // a stopped daemon would not answer destroy's swarm leave
    assert.deepEqual(await net.destroyWith(ms), [], 'every namespace of the test is gone')
  })

  test('five managers form one group', async () => {
    let r = await ms[0].cli('swarm', 'init', '--advertise-addr', hosts[0].addr)
    assert.equal(r.code, 0, r.stderr)
    const token = (await ms[0].cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    for (const d of ms.slice(1)) {
      r = await d.cli('swarm', 'join', '--token', token, `${hosts[0].addr}:2377`)
      assert.equal(r.code, 0, r.stderr + d.log)
    }
    await waitFor('five reachable managers', async () => {
      const nodes = (await ms[0].api('GET', '/nodes')).body as any[]
      return nodes.length === 5 && nodes.every((n) => n.Spec.Role === 'manager' && n.ManagerStatus?.Reachability === 'reachable')
    }, 30_000)
    startWriter()
    await writesAccepted('by five managers')
  })

  test('the leader is killed (SIGKILL) three times and restarts on its data', async () => {
    for (let round = 1; round <= 3; round++) {
      await faultTheLeader(
        `kill -9 #${round}`,
        (d) => d.kill9(),
        async (d) => {
          await d.start()
        },
      )
    }
  })

  test('the leader is stopped (SIGSTOP) and continued (SIGCONT)', async () => {
    await faultTheLeader(
      'SIGSTOP',
      async (d) => d.pause(),
      async (d) => d.resume(),
    )
  })

  test('the leader is cut off the network (partition) and reconnected', async () => {
    const isolated = { tried: false, status: 0 }
    await faultTheLeader(
      'a partition',
      async (d) => {
        net.setConnected(hosts[ms.indexOf(d)], false)
        // A write to the cut-off leader cannot reach a quorum: it must not be acknowledged
        // (if it were, the checks below would demand it everywhere).
        const name = 'w-isolated'
        const r = await request(d.socket, 'POST', '/services/create', spec(name)).catch(() => ({ status: 0 }))
        if (r.status === 201) acked.push(name)
        isolated.tried = true
        isolated.status = r.status
      },
      async (d) => {
        net.setConnected(hosts[ms.indexOf(d)], true)
      },
    )
    assert.ok(isolated.tried, 'a write was tried on the isolated leader')
    assert.notEqual(isolated.status, 201, 'a write without a quorum was acknowledged')
  })

  test('all writes accounted for', async () => {
    stopWriting = true
    await writing
    assert.ok(acked.length >= 60, `only ${acked.length} writes acknowledged`)
    for (const d of ms) assert.ok(d.proc && !faulted.has(d))
    await checkConverged()
    stopWriting = true
    await writing
  })
})
