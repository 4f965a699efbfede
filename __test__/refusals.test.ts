// A refused request changes nothing (issue 11): every endpoint that writes is driven with
// requests it must refuse (helpers/refusals.ts), against a real daemon, and the store
// (every table, as the API lists it), the swarm state files (swarm.json, certificates/)
// and the data directory (every name, size and mtime) are the same afterwards. Also:
// docker's zero-valued `swarm init` body, and the huge service as a user runs it.
import { test, describe, before, after } from 'node:test'
import * as assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { TestDaemon, freePort, pidAlive, waitFor } from './helpers/daemon'
import { storeState } from './helpers/state'
import { DOCKER_INIT_BODY, REFUSED_BEFORE_SWARM, REFUSED_REQUESTS, WEB_SERVICE, type RefusedRequest } from './helpers/refusals'

// Every file and directory under `dir`: relative name, size and mtime, and for files
// under certificates/ and swarm.json a hash of the content.
function listing(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      const r = path.join(rel, name)
      const st = fs.lstatSync(path.join(dir, r))
      if (st.isDirectory()) {
        out.push(`${r}/ ${st.mtimeMs}`)
        walk(r)
        continue
      }
      const hashed = r === 'swarm.json' || r.startsWith('certificates/')
      const hash = hashed ? ' ' + createHash('sha256').update(fs.readFileSync(path.join(dir, r))).digest('hex').slice(0, 16) : ''
      out.push(`${r} ${st.size} ${st.mtimeMs}${hash}`)
    }
  }
  if (fs.existsSync(dir)) walk('')
  return out
}

// The node's whole observable state: the data directory and the store. Taken until two
// readings a second apart agree (the swarm settles after init: the leader's node status,
// its TLS info), so that a difference afterwards is the refused requests' doing.
async function settledState(d: TestDaemon): Promise<{ files: string[]; store: string }> {
  const data = path.join(d.dir, 'data')
  let last = ''
  return waitFor('the node to settle', async () => {
    const now = { files: listing(data), store: await storeState(d) }
    const text = JSON.stringify(now)
    if (text === last) return now
    last = text
    await new Promise((r) => setTimeout(r, 1000))
    return null
  }, 60_000, 0)
}

async function driveRefusals(d: TestDaemon, cases: RefusedRequest[], fill: (p: string) => Promise<string>): Promise<void> {
  for (const c of cases) {
    const body = c.body === undefined ? undefined : JSON.parse(await fill(JSON.stringify(c.body)))
    const r = await d.api(c.method, await fill(c.path), body)
    assert.equal(r.status, c.status, `${c.what}: ${r.text}`)
    assert.match(r.body?.message ?? '', c.message, c.what)
  }
}

describe('refused requests leave nothing behind', () => {
  const d = new TestDaemon('shoal-refusals')
  let listen = ''
  before(async () => {
    await d.start()
    listen = `127.0.0.1:${await freePort()}`
  })
  after(() => d.destroy())

  test('before any swarm: init, join, unlock, leave and writes refused, the data directory untouched', async () => {
    const before = await settledState(d)
    await driveRefusals(d, REFUSED_BEFORE_SWARM, async (s) => s.replaceAll('{listen}', listen))
    assert.deepEqual(await settledState(d), before)
    // Not a validation failure but a start that fails (the port is taken): undone whole.
    const taken = net.createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    try {
      const r = await d.api('POST', '/swarm/init', { ListenAddr: `127.0.0.1:${(taken.address() as net.AddressInfo).port}` })
      assert.notEqual(r.status, 200, r.text)
    } finally {
      taken.close()
    }
    assert.deepEqual(await settledState(d), before)
    assert.equal((await d.api('GET', '/info')).body.Swarm.LocalNodeState, 'inactive')
  })

  test("docker's zero-valued swarm init succeeds with the defaults", async () => {
    const r = await d.api('POST', '/swarm/init', { ...DOCKER_INIT_BODY, ListenAddr: listen })
    assert.equal(r.status, 200, r.text)
    const swarm = (await d.api('GET', '/swarm')).body
    assert.deepEqual(swarm.Spec.Raft, { SnapshotInterval: 10000, KeepOldSnapshots: 0, LogEntriesForSlowFollowers: 500, ElectionTick: 10, HeartbeatTick: 1, TickPeriod: 100e6 })
    assert.equal(swarm.Spec.Dispatcher.HeartbeatPeriod, 5e9)
    assert.equal(swarm.Spec.CAConfig.NodeCertExpiry, 90 * 24 * 3600e9)
    assert.deepEqual(swarm.Spec.Orchestration, { TaskHistoryRetentionLimit: 5, TaskLimit: 100000 })
    assert.equal(swarm.Spec.EncryptionConfig.AutoLockManagers, false)
    const info = await d.cli('info')
    assert.match(info.stdout, /  Orchestration:\n   Task History Retention Limit: 5\n   Task Limit: 100000\n/)
  })

  test('in a swarm: every endpoint refuses its bad request and the store, state files and data directory are unchanged', async () => {
    assert.equal((await d.api('POST', '/secrets/create', { Name: 's1', Data: 'eA==' })).status, 201)
    const created = await d.api('POST', '/services/create', WEB_SERVICE)
    assert.equal(created.status, 201, created.text)
    await waitFor('the web task to be pending', async () => (await d.api('GET', '/tasks')).body.length === 1)
    const before = await settledState(d)
    const node = (await d.api('GET', '/nodes')).body[0]
    const fill = async (s: string) => {
      const swarm = (await d.api('GET', '/swarm')).body
      const web = (await d.api('GET', '/services/web')).body
      return s
        .replaceAll('{swarmVersion}', String(swarm.Version.Index))
        .replaceAll('{serviceVersion}', String(web.Version.Index))
        .replaceAll('{nodeId}', node.ID)
        .replaceAll('{nodeVersion}', String(node.Version.Index))
    }
    await driveRefusals(d, REFUSED_REQUESTS, fill)
    // The CLI's own verbs for what has no endpoint of its own: scale, promote, demote.
    for (const args of [['service', 'scale', 'web=99999999999'], ['node', 'demote', node.ID], ['node', 'promote', 'nosuchnode'], ['service', 'rollback', 'web']]) {
      const r = await d.cli(...args)
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`)
    }
    assert.deepEqual(await settledState(d), before)
    // The comparison sees a write: one accepted request changes both the files and the store.
    assert.equal((await d.api('POST', '/secrets/create', { Name: 's2', Data: 'eA==' })).status, 201)
    const after = await settledState(d)
    assert.notDeepEqual(after.files, before.files)
    assert.notEqual(after.store, before.store)
  })

  test('a swarm update of the task limit is shown by info and bounds creates', async () => {
    const set = await d.cli('swarm', 'update', '--task-limit', '5')
    assert.equal(set.code, 0, set.stderr)
    assert.match((await d.cli('info')).stdout, /   Task Limit: 5\n/)
    const r = await d.cli('service', 'create', '--detach', '--runtime', 'process', '--name', 'six', '--replicas', '6', '/bin/sleep', '600')
    assert.equal(r.code, 1)
    assert.equal(r.stderr, "Error: invalid replicas 6: must be at most 5 (the swarm's task limit: shoal swarm update --task-limit)\n")
    assert.equal((await d.cli('swarm', 'update', '--task-limit', '0')).code, 1)
    assert.equal((await d.cli('swarm', 'update', '--task-limit', '100000')).code, 0)
  })
})

describe("the issue's huge service, as a user runs it", () => {
  const d = new TestDaemon('shoal-huge')
  before(async () => {
    await d.start()
    const init = await d.cli('swarm', 'init', '--listen-addr', `127.0.0.1:${await freePort()}`)
    assert.equal(init.code, 0, init.stderr)
  })
  after(() => d.destroy())

  test('refused with a 400 naming replicas, the value and the bound; the daemon alive and small; nothing created', async () => {
    const r = await d.cli('service', 'create', '--detach', '--runtime', 'process', '--name', 'huge', '--replicas', '99999999999', '/bin/sleep', '600')
    assert.equal(r.code, 1, r.stdout)
    assert.equal(r.stderr, "Error: invalid replicas 99999999999: must be at most 100000 (the swarm's task limit: shoal swarm update --task-limit)\n")
    const pid = d.proc!.pid!
    assert.ok(pidAlive(pid))
    const ls = await d.cli('service', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    assert.doesNotMatch(ls.stdout, /huge/)
    // A memory bound, not a timing one: the refused request left no work behind.
    const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1])
    assert.ok(rssKb < 400 * 1024, `daemon RSS ${rssKb} kB`)
  })
})

describe('swarm init --task-limit', () => {
  const d = new TestDaemon('shoal-tasklimit')
  before(() => d.start())
  after(() => d.destroy())

  test('the new swarm starts with the limit given', async () => {
    const init = await d.cli('swarm', 'init', '--listen-addr', `127.0.0.1:${await freePort()}`, '--task-limit', '3')
    assert.equal(init.code, 0, init.stderr)
    assert.match((await d.cli('info')).stdout, /   Task Limit: 3\n/)
    const r = await d.cli('service', 'create', '--detach', '--runtime', 'process', '--name', 'four', '--replicas', '4', '/bin/sleep', '600')
    assert.equal(r.stderr, "Error: invalid replicas 4: must be at most 3 (the swarm's task limit: shoal swarm update --task-limit)\n")
  })
})
