// Swarm events: docker's message shape, filters and time range (unit), a slow reader
// dropped rather than buffered for (a real HTTP server and socket), and the daemon: the
// CLI (and docker's, when this machine has it) sees create, update and remove of
// services, secrets, configs and a node update, from either of two managers alike.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { BIN, TestDaemon, cli, freePort, waitFor } from './helpers/daemon'
import { NO_DOCKER, docker, dockerSpawn } from './helpers/docker'
import { EVENT_HISTORY, SwarmEvents, eventJson, type SwarmEvent } from '../src/manager/events'
import { v1, WriteBatch } from '../src/manager/store'
import { openTestStore } from './helpers/store'
import { checkEventFilters, matches, parseEventTime, streamEvents, type EventSource } from '../src/api/events'
import { eventLine, eventTime, eventTimestamp } from '../src/cli/events'

const ev = (Type: string, Action: SwarmEvent['Action'], ID: string, Attributes: Record<string, string>, timeMs = 1_796_616_000_123): SwarmEvent => ({ Type, Action, Actor: { ID, Attributes }, timeMs })

describe('event messages, filters and times', () => {
  test("docker's JSON shape, timeNano exact", () => {
    const e = ev('service', 'create', 'abc', { name: 'web' })
    assert.equal(eventJson(e), '{"Type":"service","Action":"create","Actor":{"ID":"abc","Attributes":{"name":"web"}},"scope":"swarm","time":1796616000,"timeNano":1796616000123000000}')
    assert.equal(eventTime('1796616000123000000'), '2026-12-07T04:00:00.123000000Z')
    assert.equal(
      eventLine(JSON.parse(eventJson(ev('node', 'update', 'n1', { name: 'm1', 'availability.old': 'active', 'availability.new': 'pause' }))), '1796616000123000000'),
      '2026-12-07T04:00:00.123000000Z node update n1 (availability.new=pause, availability.old=active, name=m1)\n',
    )
  })

  test("filters as docker's: exact type/event/scope, id-or-name prefix per object key, labels", () => {
    const web = ev('service', 'update', 'svc123', { name: 'web', 'replicas.old': '1', 'replicas.new': '2' })
    assert.ok(matches(web, {}))
    assert.ok(matches(web, { type: ['node', 'service'], event: ['update'], scope: ['swarm'] }))
    assert.ok(!matches(web, { type: ['serv'] }), 'type is exact')
    assert.ok(!matches(web, { scope: ['local'] }))
    assert.ok(matches(web, { service: ['we'] }) && matches(web, { service: ['svc1'] }), 'prefix of the name or the id')
    assert.ok(!matches(web, { service: ['api'] }))
    assert.ok(!matches(ev('node', 'update', 'n1', { name: 'm1' }), { service: ['web'] }), 'an object key is matched against any event')
    assert.ok(matches(web, { name: ['web'] }) && !matches(web, { name: ['api'] }))
    assert.ok(matches(web, { label: ['replicas.old=1', 'replicas.new'] }) && !matches(web, { label: ['replicas.old=2'] }))
    assert.throws(() => checkEventFilters({ colour: ['red'] }), /invalid filter 'colour'/)
    checkEventFilters({ type: [], service: [], node: [], secret: [], config: [], network: [], event: [], scope: [], name: [], label: [] })
  })

  test('times: the API takes seconds[.nanoseconds]; the CLI also durations and dates', () => {
    assert.equal(parseEventTime('1796616000.5', 'since'), 1_796_616_000_500_000_000n)
    assert.equal(parseEventTime('1796616000', 'since'), 1_796_616_000_000_000_000n)
    assert.equal(parseEventTime(null, 'since'), null)
    assert.throws(() => parseEventTime('10m', 'since'), /invalid since "10m": expected seconds since the epoch/)
    const now = Date.UTC(2026, 11, 7, 4, 0, 0, 123)
    assert.equal(eventTimestamp('1796616000.25', 'since', now), '1796616000.25')
    assert.equal(eventTimestamp('10m', 'since', now), '1796615400.123000000')
    assert.equal(eventTimestamp('2026-12-07T04:00:00.5Z', 'until', now), '1796616000.500000000')
    assert.throws(() => eventTimestamp('yesterday', 'since', now), /invalid value for --since: "yesterday"/)
  })
})

describe('events from a real store', () => {
  test('the last 1,000 are kept; deletions name what went; updates say what changed', async () => {
    const ts = openTestStore('shoal-events-store-')
    const events = new SwarmEvents(ts.store)
    try {
      const live: SwarmEvent[] = []
      let ended = false
      events.subscribe((e) => live.push(e), () => (ended = true))
      const batch = new WriteBatch()
      for (let i = 0; i < EVENT_HISTORY + 5; i++) {
        batch.create('configs', new v1.Config({ meta: new v1.Meta({ id: `c${i}` }), spec: new v1.ConfigSpec({ annotations: new v1.Annotations({ name: `n${i}` }), data: Buffer.from('x') }) }))
      }
      await ts.commit(batch)
      assert.equal(live.length, EVENT_HISTORY + 5)
      const kept = events.recent()
      assert.equal(kept.length, EVENT_HISTORY)
      assert.deepEqual([kept[0].Actor, kept.at(-1)!.Actor], [{ ID: 'c5', Attributes: { name: 'n5' } }, { ID: `c${EVENT_HISTORY + 4}`, Attributes: { name: `n${EVENT_HISTORY + 4}` } }])

      const svc = new v1.Service({ meta: new v1.Meta({ id: 's1' }), spec: new v1.ServiceSpec({ annotations: new v1.Annotations({ name: 'web' }), mode: 'replicated', replicas: 1, task: new v1.TaskSpec({ container: new v1.ProcessSpec({ image: 'a' }) }) }) })
      const create = new WriteBatch()
      create.create('services', svc)
      const v = await ts.commit(create)
      const updated = new v1.Service({ ...svc, meta: new v1.Meta({ id: 's1', version: v }), spec: new v1.ServiceSpec({ ...svc.spec, replicas: 3, task: new v1.TaskSpec({ container: new v1.ProcessSpec({ image: 'b' }) }) }), updateStatus: new v1.UpdateStatus({ state: 'updating' }) })
      const update = new WriteBatch()
      update.update('services', updated)
      const v2 = await ts.commit(update)
      const remove = new WriteBatch()
      remove.delete('services', 's1', v2)
      await ts.commit(remove)
      assert.deepEqual(
        live.slice(-3).map((e) => [e.Type, e.Action, e.Actor.Attributes]),
        [
          ['service', 'create', { name: 'web' }],
          ['service', 'update', { 'image.new': 'b', 'image.old': 'a', name: 'web', 'replicas.new': '3', 'replicas.old': '1', 'updatestate.new': 'updating' }],
          ['service', 'remove', { name: 'web' }],
        ],
      )
      assert.deepEqual(Object.keys(live.at(-2)!.Actor.Attributes), ['image.new', 'image.old', 'name', 'replicas.new', 'replicas.old', 'updatestate.new'], "in key order, as docker's JSON")
      // Networks are objects of the store too: their create and remove are events.
      const net = new WriteBatch()
      net.create('networks', new v1.Network({ meta: new v1.Meta({ id: 'net1' }), spec: new v1.NetworkSpec({ annotations: new v1.Annotations({ name: 'backend' }), driver: 'overlay' }), vni: 4097 }))
      const nv = await ts.commit(net)
      const netRemove = new WriteBatch()
      netRemove.delete('networks', 'net1', nv)
      await ts.commit(netRemove)
      assert.deepEqual(
        live.slice(-2).map((e) => [e.Type, e.Action, e.Actor.ID, e.Actor.Attributes]),
        [
          ['network', 'create', 'net1', { name: 'backend' }],
          ['network', 'remove', 'net1', { name: 'backend' }],
        ],
      )
      // The manager stopping ends every stream.
      events.close()
      assert.ok(ended)
    } finally {
      events.close()
      await ts.close()
    }
  })
})

describe('a slow event reader', () => {
  test('is dropped once it is a bound behind, and unsubscribed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-events-slow-'))
    const subscribers = new Set<(e: SwarmEvent) => void>()
    const source: EventSource = { recent: () => [], subscribe: (fn) => (subscribers.add(fn), () => subscribers.delete(fn)) }
    const logs: string[] = []
    let ended: Promise<void> | undefined
    const server = http.createServer((req, res) => {
      ended = streamEvents(source, req, res, { since: null, until: null, filters: {}, maxBehindBytes: 256 * 1024, log: (m) => logs.push(m) })
    })
    const socketPath = path.join(dir, 's.sock')
    await new Promise<void>((r) => server.listen(socketPath, r))
    const client = net.connect(socketPath)
    try {
      client.write('GET /events HTTP/1.1\r\nHost: x\r\n\r\n')
      await waitFor('subscribed', () => subscribers.size === 1)
      client.pause() // reads nothing more: the kernel's buffers fill, then the server's
      const closed = new Promise<void>((r) => client.once('close', () => r()))
      let sent = 0
      for (; sent < 200_000 && subscribers.size > 0; sent++) {
        for (const s of subscribers) s(ev('service', 'update', `id${sent}`, { name: 'x'.repeat(100) }))
        if (sent % 1000 === 999) await new Promise((r) => setImmediate(r)) // let the socket drain what it can
      }
      assert.equal(subscribers.size, 0, `still subscribed after ${sent} events`)
      await ended
      assert.match(logs.join('\n'), /events: dropping a client \d+ bytes behind \(limit 262144\)/)
      client.resume()
      await closed
    } finally {
      client.destroy()
      await new Promise((r) => server.close(r))
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

// `shoal events` as a user runs it, left running; its output collected.
class EventsWatcher {
  out = ''
  private readonly child: ChildProcess
  constructor(socket: string, args: string[]) {
    this.child = spawn(process.execPath, [BIN, 'events', ...args], { env: { ...process.env, SHOAL_HOST: `unix://${socket}` }, stdio: ['ignore', 'pipe', 'pipe'] })
    this.child.stdout!.on('data', (d) => (this.out += d))
    this.child.stderr!.on('data', (d) => (this.out += d))
  }
  lines(): any[] {
    return this.out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
  }
  stop(): void {
    this.child.kill('SIGKILL')
  }
}

// A write through the CLI, tried again while the two managers elect a leader: a two-member
// group on a loaded machine may hold an election mid-test, and a write is refused (never
// applied) meanwhile.
async function write(d: TestDaemon, args: string[], input?: string) {
  for (let attempt = 0; ; attempt++) {
    const r = await cli(d.socket, args, input === undefined ? {} : { input })
    if (r.code === 0 || attempt >= 40 || !/leader/.test(r.stderr)) return r
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

// What an event says, without its time (a removal's is when each manager applied it).
const what = (e: any) => `${e.Type} ${e.Action} ${e.Actor.ID} ${JSON.stringify(e.Actor.Attributes)}`

describe('swarm events from the daemon', () => {
  const m1 = new TestDaemon('shoal-ev-m1', ['--hostname', 'm1'])
  const m2 = new TestDaemon('shoal-ev-m2', ['--hostname', 'm2'])
  const watchers: EventsWatcher[] = []
  let t0 = ''
  let t1 = ''
  const ids: Record<string, string> = {}

  before(async () => {
    await Promise.all([m1, m2].map((d) => d.start()))
    const addr = `127.0.0.1:${await freePort()}`
    assert.equal((await m1.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)).code, 0)
    const token = (await m1.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const port = await freePort()
    const j = await m2.cli('swarm', 'join', '--token', token, '--listen-addr', `127.0.0.1:${port}`, '--advertise-addr', `127.0.0.1:${port}`, addr)
    assert.equal(j.code, 0, j.stderr)
    ids.m1 = (await m1.api('GET', '/info')).body.Swarm.NodeID
    ids.m2 = (await m2.api('GET', '/info')).body.Swarm.NodeID
    await waitFor('m2 ready and reachable', async () => {
      const n = (await m1.api('GET', `/nodes/${ids.m2}`)).body
      return n?.Status?.State === 'ready' && n?.ManagerStatus?.Reachability === 'reachable'
    }, 30_000)
  })
  after(async () => {
    for (const w of watchers) w.stop()
    await m2.destroy()
    await m1.destroy()
  })

  test('create, update and remove of a service, a secret, a config and a node update, on both managers', async () => {
    // From now on: what happens before a stream is open is replayed from the kept events.
    const start = String(Date.now() / 1000)
    const w1 = new EventsWatcher(m1.socket, ['--format', 'json', '--since', start])
    const w2 = new EventsWatcher(m2.socket, ['--format', 'json', '--since', start, '--filter', 'type=service', '--filter', 'type=secret', '--filter', 'type=config', '--filter', 'type=node'])
    watchers.push(w1, w2)
    const probe = await write(m1, ['config', 'create', 'probe', '-'], 'p')
    assert.equal(probe.code, 0, probe.stderr)
    await waitFor('both streams open', () => w1.out.includes('"probe"') && w2.out.includes('"probe"'))
    t0 = String(Date.now() / 1000)

    const steps: string[][] = [
      ['service', 'create', '-d', '--name', 'web', '--runtime', 'process', 'sleep', '300'],
      ['service', 'scale', '-d', 'web=2'],
      ['node', 'update', '--availability', 'pause', 'm2'],
      ['node', 'update', '--availability', 'active', 'm2'],
      ['service', 'rm', 'web'],
      ['config', 'rm', 'probe'],
    ]
    for (const s of steps) {
      const r = await write(m1, s)
      assert.equal(r.code, 0, `${s.join(' ')}: ${r.stderr}`)
    }
    for (const [cmd, name] of [['secret', 'pw'], ['config', 'conf']]) {
      const c = await write(m1, [cmd, 'create', name, '-'], 'data')
      assert.equal(c.code, 0, c.stderr)
      ids[name] = c.stdout.trim()
      assert.equal((await write(m1, [cmd, 'rm', name])).code, 0)
    }
    ids.web = await waitFor('web removal seen', () => w1.lines().find((e) => e.Type === 'service' && e.Action === 'remove')?.Actor.ID)
    await waitFor('the last removal seen on both', () => [w1, w2].every((w) => w.lines().some((e) => e.Type === 'config' && e.Action === 'remove' && e.Actor.ID === ids.conf)))
    t1 = String(Date.now() / 1000 + 0.001)

    // Every message is docker's shape.
    for (const e of w1.lines()) {
      assert.deepEqual(Object.keys(e), ['Type', 'Action', 'Actor', 'scope', 'time', 'timeNano'])
      assert.equal(e.scope, 'swarm')
      assert.equal(e.time, Math.floor(e.timeNano / 1e9))
    }
    const seen = w1.lines().filter((e) => e.Type !== 'node' || e.Actor.Attributes['availability.new']).map(what)
    const expected = [
      `config create ${probe.stdout.trim()} {"name":"probe"}`,
      `service create ${ids.web} {"name":"web"}`,
      `service update ${ids.web} {"name":"web","replicas.new":"2","replicas.old":"1"}`,
      `node update ${ids.m2} {"availability.new":"pause","availability.old":"active","name":"m2"}`,
      `node update ${ids.m2} {"availability.new":"active","availability.old":"pause","name":"m2"}`,
      `service remove ${ids.web} {"name":"web"}`,
      `config remove ${probe.stdout.trim()} {"name":"probe"}`,
      `secret create ${ids.pw} {"name":"pw"}`,
      `secret remove ${ids.pw} {"name":"pw"}`,
      `config create ${ids.conf} {"name":"conf"}`,
      `config remove ${ids.conf} {"name":"conf"}`,
    ]
    // A service's own writes (its rollout status, say) may add updates between these.
    assert.deepEqual(seen.filter((l) => !/^service update \S+ \{"name":"web"(,"updatestate\.(new|old)":"[a-z_]+")*\}$/.test(l)), expected)
    // The other manager derived the same events from its replica.
    assert.deepEqual(w2.lines().map(what), w1.lines().map(what))
    assert.ok(!w1.out.includes('"Type":"task"'), 'no task events (as docker)')
  })

  test('--since replays, --until ends the stream; filters; the line format', async () => {
    assert.ok(t0 && t1, 'the previous test made the events')
    const r = await m2.cli('events', '--since', t0, '--until', t1, '--filter', 'type=service')
    assert.equal(r.code, 0, r.stderr)
    const lines = r.stdout.trimEnd().split('\n')
    for (const l of lines) assert.match(l, new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z service (create|update|remove) ${ids.web} \\(`))
    assert.match(lines[0], new RegExp(`Z service create ${ids.web} \\(name=web\\)$`))
    assert.match(lines.find((l) => l.includes('replicas'))!, new RegExp(`Z service update ${ids.web} \\(name=web, replicas.new=2, replicas.old=1\\)$`))
    assert.match(lines.at(-1)!, new RegExp(`Z service remove ${ids.web} \\(name=web\\)$`))

    const tpl = await m2.cli('events', '--since', t0, '--until', t1, '--filter', 'type=service', '--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}')
    assert.equal(tpl.stdout.split('\n')[0], 'service create web', tpl.stderr)

    const updates = await m1.cli('events', '--since', t0, '--until', t1, '--filter', 'event=update', '--filter', 'node=m2', '--format', 'json')
    assert.equal(updates.code, 0, updates.stderr)
    const u = updates.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    assert.ok(u.length >= 2 && u.every((e) => e.Type === 'node' && e.Action === 'update' && e.Actor.ID === ids.m2), updates.stdout)
    const secrets = await m1.cli('events', '--since', t0, '--until', t1, '--filter', 'secret=pw')
    assert.deepEqual(secrets.stdout.trimEnd().split('\n').map((l) => l.split(' ').slice(1).join(' ')), [`secret create ${ids.pw} (name=pw)`, `secret remove ${ids.pw} (name=pw)`])

    const bad = await m1.cli('events', '--filter', 'colour=red', '--until', t1)
    assert.deepEqual([bad.code, bad.stderr], [1, "Error: invalid filter 'colour'\n"])
    const backwards = await m1.api('GET', `/events?since=${t1}&until=${t0}`)
    assert.deepEqual([backwards.status, backwards.body.message], [400, '`since` time cannot be after `until` time'])
    const badTime = await m1.cli('events', '--since', 'yesterday')
    assert.match(badTime.stderr, /^Error: invalid value for --since: "yesterday"/)
  })

  test("each node's first event, its create, carries its name: the founder's at init too", async () => {
    const r = await m1.cli('events', '--since', '0', '--until', String(Date.now() / 1000), '--filter', 'type=node', '--filter', 'event=create', '--format', 'json')
    assert.equal(r.code, 0, r.stderr)
    const creates = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)).map((e) => [e.Actor.ID, e.Actor.Attributes.name])
    assert.deepEqual(creates, [[ids.m1, 'm1'], [ids.m2, 'm2']])
  })

  test("docker's CLI reads the same events", { skip: NO_DOCKER }, async () => {
    const args = ['events', '--since', t0, '--until', t1, '--filter', 'type=service']
    const ours = await m1.cli(...args)
    const theirs = await docker(m1.socket, args)
    assert.equal(theirs.code, 0, theirs.stderr)
    assert.ok(ours.stdout.length > 0)
    assert.equal(theirs.stdout, ours.stdout)

    // Live: docker's stream shows an event as it happens (from the other manager).
    const live = dockerSpawn(m2.socket, ['events', '--since', String(Date.now() / 1000), '--filter', 'type=config', '--format', '{{json .}}'])
    try {
      const c = await write(m1, ['config', 'create', 'live', '-'], 'x')
      assert.equal(c.code, 0, c.stderr)
      const line = await waitFor("docker's stream shows it", () => live.output().split('\n').find((l) => l.includes('"live"')))
      const e = JSON.parse(line)
      assert.deepEqual([e.Type, e.Action, e.Actor, e.scope], ['config', 'create', { ID: c.stdout.trim(), Attributes: { name: 'live' } }, 'swarm'])
    } finally {
      live.child.kill('SIGKILL')
    }
  })
})
