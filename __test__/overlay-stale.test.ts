// What a daemon killed by SIGKILL leaves under --netns-dir (overlay sandboxes, task
// namespaces, the records beside them), as the next daemon finds it, over real daemons in
// a host that is a network namespace (helpers/netns.ts):
// - restarted on the same data dir, the daemon adopts its task: the task keeps its
//   namespace and its network's sandbox (nothing it knows is removed);
// - killed again, its data dir wiped, a new daemon on the same --netns-dir starts a new
//   swarm whose overlay network gets the same VNI: its task runs (the earlier sandbox,
//   which held that VNI, was removed before the new one was built; before, every task was
//   REJECTED "A VXLAN device with the specified VNI already exists"), and only the new
//   swarm's namespaces are left.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { readdirSync, rmSync } from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, killProcessesUnder, pidAlive, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable, type Host } from './helpers/netns'

const skip = netnsUnavailable()
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

describe('a daemon killed by SIGKILL, then started again over its --netns-dir', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.218.0')
  let host: Host
  let first: TestDaemon
  let second: TestDaemon

  before(async () => {
    host = net.setup(1).hosts[0]
    first = new TestDaemon('shoal-stale-a', ['--hostname', 'stale'], { netns: host.ns })
    // The second daemon (a fresh data dir) shares the first one's namespace directory.
    second = new TestDaemon('shoal-stale-b', ['--hostname', 'stale', '--netns-dir', first.netnsDir], { netns: host.ns })
    await first.start()
  })

  after(async () => {
    for (const d of [second, first]) if (d.proc) await d.cli('swarm', 'leave', '--force').catch(() => undefined)
    // The second daemon's directory first: the first one's holds the shared namespace dir.
    const left = await net.destroyWith([second, first])
    assert.deepEqual(left, [], 'every namespace of the test is gone')
  })

  // The running task of service `name` on daemon `d` (its id, pid and VNI), once it runs.
  const runningTask = (d: TestDaemon, name: string) =>
    waitFor(`a running task of ${name}`, async () => {
      const ts = (await d.api('GET', `/tasks?filters=${filters({ service: [name] })}`)).body as any[]
      const rejected = ts.find((t) => t.Status.State === 'rejected')
      if (rejected) throw new Error(`task rejected: ${rejected.Status.Err}`)
      return ts.find((t) => t.Status.State === 'running' && t.DesiredState === 'running')
    }, 30_000)
  const vniOf = async (d: TestDaemon, network: string): Promise<string> => (await d.api('GET', `/networks/${network}`)).body.Options['com.docker.network.driver.overlay.vxlanid_list']
  const start = async (d: TestDaemon) => {
    let r = await d.cli('swarm', 'init', '--advertise-addr', host.addr)
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('network', 'create', '-d', 'overlay', 'appnet')
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('service', 'create', '--detach', '--name', 'sleeper', '--network', 'appnet', '--runtime', 'process', 'sleep', '3600')
    assert.equal(r.code, 0, r.stderr)
  }

  test('restarted on its data dir it keeps its task\'s namespaces; on a wiped one the new swarm\'s overlay task runs on the same VNI', async () => {
    await start(first)
    const task = await runningTask(first, 'sleeper')
    const vni = await vniOf(first, 'appnet')
    const before = readdirSync(first.netnsDir).sort()
    assert.equal(before.filter((n) => n.startsWith('sb-')).length, 1, `appnet's sandbox: ${before}`)
    assert.equal(before.filter((n) => n.startsWith('task-')).length, 1, `the task's namespace: ${before}`)

    // Killed and started again on the same data dir: the task is adopted, nothing removed.
    await first.kill9()
    await first.start()
    const adopted = await runningTask(first, 'sleeper')
    assert.equal(adopted.ID, task.ID)
    assert.equal(adopted.Status.ContainerStatus.PID, task.Status.ContainerStatus.PID, 'the same process, adopted')
    assert.deepEqual(readdirSync(first.netnsDir).sort(), before)

    // Killed again, and the node starts over: its data dir is gone (its task process too,
    // as after a crash), a new daemon on the same namespace directory makes a new swarm.
    await first.kill9()
    killProcessesUnder(first.dir)
    await waitFor('the old task process gone', () => !pidAlive(task.Status.ContainerStatus.PID), 10_000)
    rmSync(path.join(first.dir, 'data'), { recursive: true, force: true })
    await second.start()
    await start(second)
    assert.equal(await vniOf(second, 'appnet'), vni, 'the new network has the VNI the stale sandbox held')
    const fresh = await runningTask(second, 'sleeper')
    assert.notEqual(fresh.ID, task.ID)
    // Only the new swarm's namespaces: none of the ones listed before is left.
    const now = readdirSync(first.netnsDir)
    assert.deepEqual(now.filter((n) => before.includes(n)), [], `stale namespaces: ${now}`)
    assert.equal(now.filter((n) => n.startsWith('sb-')).length, 1, `the new appnet sandbox: ${now}`)
    assert.equal(now.filter((n) => n.startsWith('task-')).length, 1, `the new task's namespace: ${now}`)
  })
})
