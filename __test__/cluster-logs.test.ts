// `service logs` on a manager reads task output on every node: a manager and a worker
// (real daemons, joined over gRPC with mutual TLS), a service with one task on each, and
// the CLI run as a user runs it. The worker's lines reach the manager through the log
// broker (src/rpc/logs.ts) over the worker's own session connection.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as grpc from '@grpc/grpc-js'
import { BIN, TestDaemon, freePort, waitFor } from './helpers/daemon'
import { LogBroker } from '../src/rpc/services'
import { channelOptions, clientCredentials } from '../src/rpc/tls'
import { v1 } from '../src/manager/store'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const short = (id: string) => id.slice(0, 12)

// Open descriptors of a process on a task's log file: the agent's writer, plus one per
// reader. Shows whether a node still serves a subscription nobody reads any more.
function logReaders(pid: number, taskId: string): number {
  let n = 0
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).endsWith(`/${taskId}/log`)) n++
    } catch {}
  }
  return n
}

// Each task finds its own id in its wrapper's argv ("shoal-task:<id>", see
// src/agent/exec/process.ts), so its output names the task and the test can check that
// every line carries the prefix of the task that printed it. Then it prints one more
// line each time the test drops a file named after it in $TRIGGER.
const SCRIPT = [
  't=$(tr "\\0" "\\n" </proc/$PPID/cmdline | sed -n "s/^shoal-task://p")',
  'echo first from task $t',
  'echo hello from task $t',
  'while sleep 0.1; do if [ -e "$TRIGGER/$t" ]; then rm -f "$TRIGGER/$t"; echo later from task $t; fi; done',
].join('; ')

describe('service logs across nodes', () => {
  const m = new TestDaemon('shoal-cl-m', ['--hostname', 'm1'])
  const w = new TestDaemon('shoal-cl-w', ['--hostname', 'w1'])
  const trigger = path.join(m.dir, 'trigger')
  const ids: Record<string, string> = {}
  let addr = ''
  // task id -> the node hostname it runs on
  const placed = new Map<string, string>()

  const prefixOf = (taskId: string) => `talk.${slots.get(taskId)}.${short(taskId)}@${placed.get(taskId)}    | `
  const slots = new Map<string, number>()

  before(async () => {
    fs.mkdirSync(trigger)
    await Promise.all([m.start(), w.start()])
    addr = `127.0.0.1:${await freePort()}`
    let r = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    r = await w.cli('swarm', 'join', '--token', token, addr)
    assert.equal(r.code, 0, r.stderr)
    ids.m = (await m.api('GET', '/info')).body.Swarm.NodeID
    ids.w = (await w.api('GET', '/info')).body.Swarm.NodeID
    await waitFor('w1 ready', async () => (await m.api('GET', `/nodes/${ids.w}`)).body?.Status?.State === 'ready')
    r = await m.cli('service', 'create', '--name', 'talk', '--replicas', '2', '--runtime', 'process', '-e', `TRIGGER=${trigger}`, '/bin/sh', '-c', SCRIPT)
    assert.equal(r.code, 0, r.stderr)
    const tasks = (await m.api('GET', `/tasks?filters=${filters({ service: ['talk'] })}`)).body.filter((t: any) => t.DesiredState === 'running')
    assert.equal(tasks.length, 2)
    for (const t of tasks) {
      placed.set(t.ID, t.NodeID === ids.m ? 'm1' : t.NodeID === ids.w ? 'w1' : '?')
      slots.set(t.ID, t.Slot)
    }
    assert.deepEqual([...placed.values()].sort(), ['m1', 'w1'], 'one task on each node')
  })
  after(async () => {
    await w.destroy()
    await m.destroy()
  })

  const taskOn = (host: string) => [...placed].find(([, h]) => h === host)![0]
  const line = (taskId: string, what: string) => `${prefixOf(taskId)}${what} from task ${taskId}`
  const sorted = (text: string) => text.split('\n').filter(Boolean).sort()

  test('shows the lines of the tasks on both nodes, each with its own prefix', async () => {
    const expected = [...placed.keys()].flatMap((id) => [line(id, 'first'), line(id, 'hello')]).sort()
    // The agents read task output as it is written; wait for both tasks' first lines.
    const r = await waitFor('both tasks in the logs', async () => {
      const r = await m.cli('service', 'logs', 'talk')
      return r.code === 0 && sorted(r.stdout).length === 4 ? r : null
    })
    assert.deepEqual(sorted(r.stdout), expected)
    assert.equal(r.stderr, '')
    // Each node's lines keep their order.
    for (const id of placed.keys()) {
      const mine = r.stdout.split('\n').filter((l) => l.includes(id))
      assert.deepEqual(mine, [line(id, 'first'), line(id, 'hello')])
    }
  })

  test('--tail 1: the last line of each task, wherever it runs', async () => {
    const r = await m.cli('service', 'logs', '--tail', '1', 'talk')
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(sorted(r.stdout), [...placed.keys()].map((id) => line(id, 'hello')).sort())
    const none = await m.cli('service', 'logs', '--tail', '0', 'talk')
    assert.equal(none.stdout, '')
  })

  test('--follow receives a line the worker prints later and ends when the CLI is killed', async () => {
    const wt = taskOn('w1')
    const mt = taskOn('m1')
    const baseline = logReaders(w.proc!.pid!, wt)
    const localBaseline = logReaders(m.proc!.pid!, mt)
    const child = spawn(process.execPath, [BIN, 'service', 'logs', '--follow', '--tail', '1', 'talk'], {
      env: { ...process.env, SHOAL_HOST: `unix://${m.socket}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      await waitFor('the backlog', () => out.includes(line(wt, 'hello')) && out.includes(line(mt, 'hello')), 15_000)
      fs.writeFileSync(path.join(trigger, wt), '')
      await waitFor('the new line from the worker', () => out.includes(line(wt, 'later')), 10_000)
      assert.equal(err, '')
      // And from the manager's own task, on the same stream.
      fs.writeFileSync(path.join(trigger, mt), '')
      await waitFor('the new line from the manager', () => out.includes(line(mt, 'later')), 10_000)
      assert.ok(logReaders(w.proc!.pid!, wt) > baseline, 'the worker reads the log for the subscription')
    } finally {
      child.kill('SIGKILL')
    }
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('hung'), 5000))])
    assert.notEqual(code, 'hung')
    // The manager notices the reader is gone and closes the subscription: the worker
    // stops reading (no reader left behind on the task's log).
    await waitFor('the worker to drop the subscription', () => logReaders(w.proc!.pid!, wt) === baseline, 5000)
    await waitFor("the manager to stop reading its own task's log", () => logReaders(m.proc!.pid!, mt) === localBaseline, 5000)
    // The abandoned subscription does not get in the way of the next reader.
    const r = await m.cli('service', 'logs', 'talk')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(sorted(r.stdout).length, 6)
    // A worker has no cluster API: the manager is the one place that serves logs.
    assert.equal((await w.cli('service', 'logs', 'talk')).code, 1)
  })

  test("the broker's calls need the node's certificate and its current session", async () => {
    const certs = path.join(w.dir, 'data', 'certificates')
    const read = (f: string) => fs.readFileSync(path.join(certs, f), 'utf8')
    const call = (identity?: { certPem: string; keyPem: string }) =>
      new Promise<string>((resolve) => {
        const client = new grpc.Client(addr, clientCredentials(read('swarm-root-ca.crt'), identity), channelOptions('swarm-manager'))
        const m = LogBroker.ListenSubscriptions
        const stream = client.makeServerStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new v1.ListenSubscriptionsRequest({ sessionId: 'forged' }))
        stream.on('data', () => resolve('got a subscription'))
        stream.on('error', (err: grpc.ServiceError) => resolve(`${grpc.status[err.code]}: ${err.details}`))
        stream.on('end', () => client.close())
      })
    assert.match(await call(), /^UNAUTHENTICATED: /)
    // The worker's own identity, but not its session: no subscriptions.
    assert.match(await call({ certPem: read('swarm-node.crt'), keyPem: read('swarm-node.key') }), /^NOT_FOUND: session is not valid/)
  })

  test('a worker that is gone: a warning on stderr, and what the other nodes have', async () => {
    await w.kill9()
    const started = Date.now()
    const r = await m.cli('service', 'logs', 'talk')
    assert.equal(r.code, 0, r.stderr)
    assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`)
    const mt = taskOn('m1')
    assert.deepEqual(sorted(r.stdout), [line(mt, 'first'), line(mt, 'hello'), line(mt, 'later')])
    assert.match(r.stderr, /^warning: incomplete log stream: node w1 (is not available|disconnected); the logs of its tasks are missing\n$/)
  })
})
