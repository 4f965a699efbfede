// A manager survives its own store (issue 11): a data directory holding a service of
// 99,999,999,999 replicas (written as an older shoal could have, the API now refusing it)
// starts, answers, and lets the operator scale or remove the service, with the daemon's
// memory bounded; and again after a SIGKILL in that state.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import { copyOf, v1 } from '../src/manager/store'
import { freePort, TestDaemon, waitFor } from './helpers/daemon'
import { writeAsOlderVersion } from './helpers/oldstore'
import { rssOf } from './helpers/proc'

const HUGE = 99_999_999_999
// Generous: the daemon runs in ~100 MB; the bug took it past 4.5 GB.
const RSS_BOUND = 1024 * 2 ** 20

describe('a data directory holding a service of 99,999,999,999 replicas', () => {
  // A small node capacity keeps the test from starting thousands of processes; the
  // orchestrator's own bounds are what keep the manager alive (survival-unit.test.ts).
  const d = new TestDaemon('shoal-survival', ['--max-tasks', '20'])
  const dataDir = path.join(d.dir, 'data')
  const tasksOf = async (service: string) => (await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service] }))}`)).body as any[]
  const running = async (service: string) => (await tasksOf(service)).filter((t) => t.Status.State === 'running').length

  before(async () => {
    await d.start()
    const port = await freePort()
    const init = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${port}`)
    assert.equal(init.code, 0, init.stderr)
    const r = await d.cli('service', 'create', '--detach', '--name', 'huge', '--runtime', 'process', '/bin/sleep', '600')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('huge running', async () => (await running('huge')) === 1, 30_000)
    await d.stop()
    // What an older shoal would have stored for `--replicas 99999999999`.
    await writeAsOlderVersion(dataDir, (batch, view) => {
      const s = view.list('services').find((x) => x.spec?.annotations?.name === 'huge')!
      const c = copyOf(s)
      c.spec = new v1.ServiceSpec({ ...s.spec!, replicas: HUGE })
      c.specVersion = Number(s.specVersion) + 1
      batch.update('services', c)
    })
  })
  after(() => d.destroy())

  test('the daemon starts and answers service ls, its memory bounded', async (t) => {
    await d.start()
    const ls = await waitFor('service ls showing huge', async () => {
      const r = await d.cli('service', 'ls')
      return r.code === 0 && /huge\s+replicated\s+\d+\/99999999999/.test(r.stdout) ? r : null
    })
    assert.match(ls.stdout, /huge/)
    await waitFor('20 of huge running', async () => (await running('huge')) === 20, 60_000, 250)
    // Passes go on for a while without the store or the heap growing without end.
    await new Promise((r) => setTimeout(r, 3000))
    const rss = rssOf(d.proc!.pid!)
    t.diagnostic(`daemon RSS with the huge service held back: ${(rss / 2 ** 20).toFixed(0)} MB; tasks in the store: ${(await d.api('GET', '/tasks')).body.length}`)
    assert.ok(rss < RSS_BOUND, `RSS ${rss} under ${RSS_BOUND}`)
    const info = await d.api('GET', '/info')
    assert.equal(info.status, 200)
    assert.ok(Array.isArray(info.body.Swarm.ComponentFailures))
  })

  test('after a SIGKILL in that state it comes back and still answers', async () => {
    await d.kill9()
    await d.start()
    const r = await waitFor('service ls', async () => {
      const x = await d.cli('service', 'ls')
      return x.code === 0 ? x : null
    })
    assert.match(r.stdout, /huge/)
    assert.ok(rssOf(d.proc!.pid!) < RSS_BOUND)
  })

  test('the operator scales it down, then removes it', async () => {
    const scale = await d.cli('service', 'scale', '--detach', 'huge=3')
    assert.equal(scale.code, 0, scale.stderr)
    await waitFor(
      'huge down to 3 tasks',
      async () => {
        const list = await tasksOf('huge')
        return list.filter((t) => t.DesiredState === 'running').length === 3 && list.filter((t) => t.Status.State === 'running').length === 3
      },
      60_000,
      250,
    )
    const rm = await d.cli('service', 'rm', 'huge')
    assert.equal(rm.code, 0, rm.stderr)
    await waitFor('no task of huge left', async () => (await d.api('GET', '/tasks')).body.length === 0, 60_000, 250)
    const ls = await d.cli('service', 'ls')
    assert.doesNotMatch(ls.stdout, /huge/)
    assert.ok(rssOf(d.proc!.pid!) < RSS_BOUND)
    assert.equal(d.proc!.exitCode, null, 'the daemon is alive')
  })
})
