// Nodes know their capacity (issue 11): a node says how many tasks it holds (`shoal daemon
// --max-tasks`, or a default from the host), `node inspect` shows it, and a service larger
// than that runs what fits and leaves the rest pending with the reason, the daemon alive
// and its memory bounded.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { freePort, TestDaemon, waitFor } from './helpers/daemon'
import { rssOf } from './helpers/proc'

async function initSwarm(d: TestDaemon): Promise<void> {
  const port = await freePort()
  const r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${port}`)
  assert.equal(r.code, 0, r.stderr)
}

// What `node inspect self` shows once the node has registered.
async function advertisedMaxTasks(d: TestDaemon): Promise<number> {
  return waitFor('the node registered', async () => {
    const [n] = JSON.parse((await d.cli('node', 'inspect', 'self')).stdout)
    return n?.Description?.Resources?.MaxTasks as number | undefined
  })
}

describe('a node with --max-tasks 20', () => {
  const d = new TestDaemon('shoal-capacity', ['--max-tasks', '20'])
  before(async () => {
    await d.start()
    await initSwarm(d)
  })
  after(() => d.destroy())

  test('node inspect shows the capacity', async () => {
    assert.equal(await advertisedMaxTasks(d), 20)
  })

  test('50 replicas: exactly 20 run, 30 wait with the reason', async () => {
    const r = await d.cli('service', 'create', '--detach', '--name', 'many', '--replicas', '50', '--runtime', 'process', '/bin/sleep', '600')
    assert.equal(r.code, 0, r.stderr)
    const tasks = async () => (await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: ['many'] }))}`)).body as any[]
    const settled = await waitFor(
      '20 running and 30 pending with a reason',
      async () => {
        const list = await tasks()
        const running = list.filter((t) => t.Status.State === 'running')
        const pending = list.filter((t) => t.Status.State === 'pending' && t.Status.Err)
        return running.length === 20 && pending.length === 30 ? list : null
      },
      60_000,
      250,
    )
    const pending = settled.filter((t) => t.Status.State === 'pending')
    for (const t of pending) assert.equal(t.Status.Err, 'no suitable node (max tasks per node reached on 1 node)')
    // It stays that way: nothing more is started on the node.
    await new Promise((res) => setTimeout(res, 1500))
    const again = await tasks()
    assert.equal(again.filter((t) => t.Status.State === 'running').length, 20)
    const ls = await d.cli('service', 'ls')
    assert.match(ls.stdout, /many\s+replicated\s+20\/50/)
    const ps = await d.cli('service', 'ps', '--no-trunc', 'many')
    assert.match(ps.stdout, /no suitable node \(max tasks per node reached on 1 node\)/)
    assert.ok(rssOf(d.proc!.pid!) < 400 * 2 ** 20, 'daemon RSS bounded')
  })

  test('scaling down frees room for another service', async () => {
    assert.equal((await d.cli('service', 'scale', '--detach', 'many=15')).code, 0)
    const r = await d.cli('service', 'create', '--detach', '--name', 'other', '--replicas', '5', '--runtime', 'process', '/bin/sleep', '600')
    assert.equal(r.code, 0, r.stderr)
    await waitFor(
      'the other service running',
      async () => {
        const list = (await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: ['other'] }))}`)).body as any[]
        return list.filter((t) => t.Status.State === 'running').length === 5
      },
      60_000,
      250,
    )
  })
})

describe('a node without --max-tasks', () => {
  const d = new TestDaemon('shoal-capacity-default')
  before(async () => {
    await d.start()
    await initSwarm(d)
  })
  after(() => d.destroy())

  test('advertises a capacity derived from the host', async () => {
    assert.ok((await advertisedMaxTasks(d)) >= 1)
  })

  test('a bad --max-tasks is refused at start', async () => {
    const bad = new TestDaemon('shoal-capacity-bad', ['--max-tasks', '0'])
    try {
      await assert.rejects(bad.start(), /invalid --max-tasks "0"/)
    } finally {
      await bad.destroy()
    }
  })
})
