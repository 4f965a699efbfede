// Placement and node management end to end on a one-node swarm: a real daemon, the real
// CLI, real processes. Constraints, labels, reservations, host ports, replicas per node,
// drain/pause/active, and the refusals of node rm / demote that one node can show. (What
// needs several nodes, such as spreading, is in the cluster tests; the worker-side
// refusals of node rm are in node-control.test.ts.)
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, pidAlive, waitFor } from './helpers/daemon'

async function tasksOf(d: TestDaemon, service: string): Promise<any[]> {
  const r = await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service] }))}`)
  assert.equal(r.status, 200, r.text)
  return r.body
}

const wanted = (t: any) => t.DesiredState === 'running'
const running = (t: any) => t.Status.State === 'running' && wanted(t)
const pending = (t: any) => t.Status.State === 'pending' && wanted(t)

async function runningCount(d: TestDaemon, service: string): Promise<number> {
  return (await tasksOf(d, service)).filter(running).length
}

// Waits until `service ps --no-trunc` shows `re` (the pending reason column).
async function psShows(d: TestDaemon, service: string, re: RegExp): Promise<string> {
  let last = ''
  return waitFor(`service ps ${service} to show ${re}`, async () => {
    const ps = await d.cli('service', 'ps', '--no-trunc', service)
    last = ps.stdout
    return re.test(ps.stdout) ? ps.stdout : null
  }).catch((err) => {
    throw new Error(`${err.message}\nlast output:\n${last}`)
  })
}

async function create(d: TestDaemon, ...args: string[]): Promise<void> {
  const r = await d.cli('service', 'create', '--detach', '--runtime', 'process', ...args)
  assert.equal(r.code, 0, r.stderr)
}

async function nodeSelf(d: TestDaemon): Promise<any> {
  const r = await d.cli('node', 'inspect', '--format', 'json', 'self')
  assert.equal(r.code, 0, r.stderr)
  return JSON.parse(r.stdout)
}

describe('placement and node management on a one-node swarm', () => {
  const d = new TestDaemon('shoal-nodemgmt')
  let selfId = ''
  before(async () => {
    await d.start()
    const r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${await freePort()}`)
    assert.equal(r.code, 0, r.stderr)
    selfId = (await nodeSelf(d)).ID
  })
  after(() => d.destroy())

  test('a constraint no node meets stays pending with the reason', async () => {
    await create(d, '--name', 'eu', '--constraint', 'node.labels.zone==eu', 'sleep', '300')
    await psShows(d, 'eu', /no suitable node \(scheduling constraints not satisfied on 1 node\)/)
    const [svc] = JSON.parse((await d.cli('service', 'inspect', 'eu')).stdout)
    assert.deepEqual(svc.Spec.TaskTemplate.Placement.Constraints, ['node.labels.zone==eu'])
  })

  test("a constraint on a key SwarmKit does not know is accepted as docker accepts it, with a warning, and matches no node", async () => {
    const r = await d.cli('service', 'create', '--detach', '--runtime', 'process', '--name', 'foo', '--constraint', 'node.foo!=bar', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /constraint "node.foo!=bar": no node has "node.foo" .*it matches no node, so its tasks stay pending/)
    await psShows(d, 'foo', /no suitable node \(scheduling constraints not satisfied on 1 node\)/)
    const rm = await d.cli('service', 'rm', 'foo')
    assert.equal(rm.code, 0, rm.stderr)
  })

  test('label-add makes the node meet it: the pending task is placed and runs', async () => {
    const r = await d.cli('node', 'update', '--label-add', 'zone=eu', '--label-add', 'ssd', 'self')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, 'self\n')
    assert.deepEqual((await nodeSelf(d)).Spec.Labels, { zone: 'eu', ssd: '' })
    await waitFor('eu running', async () => (await runningCount(d, 'eu')) === 1)
    // A constraint on the node's id and role, and a != on a label it lacks, all hold.
    await create(d, '--name', 'pinned', '--constraint', `node.id==${selfId}`, '--constraint', 'node.role==manager', '--constraint', 'node.labels.gpu!=true', 'sleep', '300')
    await waitFor('pinned running', async () => (await runningCount(d, 'pinned')) === 1)
  })

  test('label-rm of a label the node lacks fails and changes nothing', async () => {
    const before = (await nodeSelf(d)).Version.Index
    const r = await d.cli('node', 'update', '--label-rm', 'nope', 'self')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /^Error: key nope doesn't exist in node's labels\n$/)
    assert.equal((await nodeSelf(d)).Version.Index, before)
  })

  test('bad placement input is refused with one clear line and creates nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['--constraint', 'node.labels.zone=eu'], /constraint expected one operator from ==, != \(in constraint "node.labels.zone=eu"\)/],
      [['--constraint', 'node.labels.zone==a>b'], /value 'a>b' is invalid/],
      [['--placement-pref', 'spread=node.hostname'], /only node.labels.<name> and engine.labels.<name>/],
      [['--placement-pref', 'pack=node.labels.zone'], /only spread is supported/],
      [['--reserve-memory', 'lots'], /invalid --reserve-memory value "lots"/],
      [['--reserve-cpu', '0.0000000001'], /too precise/],
      [['--reserve-memory', '1M'], /must be at least 4MiB/],
      [['--reserve-memory', '1G', '--limit-memory', '512M'], /memory reservation .* is above the memory limit/],
      [['--publish', 'mode=host,target=0'], /invalid target port/],
      [['--publish', 'mode=bridge,target=80'], /invalid publish mode value \(bridge\)/],
      [['--publish', '8080:80', '--publish', '8080:81'], /published port 8080\/tcp is given more than once/],
      [['--mode', 'global', '--replicas-max-per-node', '2'], /replicas-max-per-node can only be used with replicated mode/],
    ]
    const services = async () => (await d.api('GET', '/services')).body.length
    const count = await services()
    for (const [flags, re] of cases) {
      const r = await d.cli('service', 'create', '--detach', '--name', 'bad', '--runtime', 'process', ...flags, 'sleep', '1')
      assert.equal(r.code, 1, flags.join(' '))
      assert.match(r.stderr, re, flags.join(' '))
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    }
    assert.equal(await services(), count)
  })

  test('a reservation larger than the node stays pending: insufficient resources', async () => {
    await create(d, '--name', 'huge', '--reserve-memory', '1P', 'sleep', '300')
    await psShows(d, 'huge', /no suitable node \(insufficient resources on 1 node\)/)
    // A modest one is placed, and limits and reservations are kept in the spec.
    await create(d, '--name', 'modest', '--reserve-cpu', '0.25', '--reserve-memory', '16M', '--limit-cpu', '0.5', '--limit-memory', '1G', 'sleep', '300')
    await waitFor('modest running', async () => (await runningCount(d, 'modest')) === 1)
    const [svc] = JSON.parse((await d.cli('service', 'inspect', 'modest')).stdout)
    assert.deepEqual(svc.Spec.TaskTemplate.Resources, {
      Limits: { NanoCPUs: 5e8, MemoryBytes: 2 ** 30 },
      Reservations: { NanoCPUs: 2.5e8, MemoryBytes: 16 * 2 ** 20 },
    })
    const [task] = await tasksOf(d, 'modest')
    assert.deepEqual(task.Spec.Resources, svc.Spec.TaskTemplate.Resources, 'the task carries them to its node')
    for (const s of ['huge', 'modest']) assert.equal((await d.cli('service', 'rm', s)).code, 0)
  })

  test('two tasks cannot publish one host port on one node', async () => {
    const port = await freePort()
    await create(d, '--name', 'hostport', '--replicas', '2', '--publish', `mode=host,target=80,published=${port}`, 'sleep', '300')
    await waitFor('one running', async () => (await runningCount(d, 'hostport')) === 1)
    await psShows(d, 'hostport', /no suitable node \(host-mode port already in use on 1 node\)/)
    const ps = await d.cli('service', 'ps', 'hostport')
    assert.match(ps.stdout, new RegExp(`\\*:${port}->80/tcp`), 'the running task shows the port it holds')
    const [svc] = JSON.parse((await d.cli('service', 'inspect', 'hostport')).stdout)
    assert.deepEqual(svc.Spec.EndpointSpec.Ports, [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: port, PublishMode: 'host' }])
    assert.equal((await d.cli('service', 'rm', 'hostport')).code, 0)
  })

  test('ingress ports are the swarm\'s: a second service cannot take one', async () => {
    const port = await freePort()
    await create(d, '--name', 'ing1', '-p', `${port}:80`, 'sleep', '300')
    const r = await d.cli('service', 'create', '--detach', '--name', 'ing2', '--runtime', 'process', '-p', `${port}:81`, 'sleep', '300')
    assert.equal(r.code, 1)
    assert.match(r.stderr, new RegExp(`port '${port}' is already in use by service 'ing1' \\(\\w+\\) as an ingress port`))
    const ls = await d.cli('service', 'ls')
    assert.match(ls.stdout, new RegExp(`ing1 .*\\*:${port}->80/tcp`))
    assert.equal((await d.cli('service', 'rm', 'ing1')).code, 0)
  })

  test('--replicas-max-per-node leaves the rest pending', async () => {
    await create(d, '--name', 'capped', '--replicas', '3', '--replicas-max-per-node', '2', 'sleep', '300')
    await waitFor('two running', async () => (await runningCount(d, 'capped')) === 2)
    await psShows(d, 'capped', /no suitable node \(max replicas per node limit exceed\)/)
    // Raising the cap is a new template: the update places all three.
    const r = await d.cli('service', 'update', '--detach', '--update-parallelism', '0', '--replicas-max-per-node', '0', 'capped')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('three running', async () => (await runningCount(d, 'capped')) === 3, 60_000)
    assert.equal((await d.cli('service', 'rm', 'capped')).code, 0)
  })

  test('update adds and removes constraints, preferences and ports', async () => {
    await create(d, '--name', 'edit', '--constraint', 'node.labels.zone==eu', 'sleep', '300')
    await waitFor('edit running', async () => (await runningCount(d, 'edit')) === 1)
    const port = await freePort()
    let r = await d.cli('service', 'update', '--detach', '--constraint-add', 'node.role==manager', '--constraint-rm', 'node.labels.zone==eu', '--placement-pref-add', 'spread=node.labels.zone', '--publish-add', `mode=host,target=8000,published=${port}`, 'edit')
    assert.equal(r.code, 0, r.stderr)
    let [svc] = JSON.parse((await d.cli('service', 'inspect', 'edit')).stdout)
    assert.deepEqual(svc.Spec.TaskTemplate.Placement, { Constraints: ['node.role==manager'], Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.zone' } }] })
    assert.deepEqual(svc.Spec.EndpointSpec.Ports, [{ Protocol: 'tcp', TargetPort: 8000, PublishedPort: port, PublishMode: 'host' }])
    await waitFor('edit replaced and running', async () => (await tasksOf(d, 'edit')).some((t) => running(t) && t.Spec.Placement?.Preferences))
    r = await d.cli('service', 'update', '--detach', '--placement-pref-rm', 'spread=node.labels.zone', '--publish-rm', 'mode=host,target=8000', 'edit')
    assert.equal(r.code, 0, r.stderr)
    ;[svc] = JSON.parse((await d.cli('service', 'inspect', 'edit')).stdout)
    assert.deepEqual(svc.Spec.TaskTemplate.Placement, { Constraints: ['node.role==manager'] })
    assert.deepEqual(svc.Spec.EndpointSpec, { Mode: 'vip' }, 'ports gone, the mode stays (docker shows it so)')
    assert.equal((await d.cli('service', 'rm', 'edit')).code, 0)
  })

  test('drain moves replicated tasks off and stops global ones; active brings them back', async () => {
    await create(d, '--name', 'web', '--replicas', '2', 'sleep', '300')
    await create(d, '--name', 'agent', '--mode', 'global', 'sleep', '300')
    await waitFor('web and agent running', async () => (await runningCount(d, 'web')) === 2 && (await runningCount(d, 'agent')) === 1)
    const pids = [...(await tasksOf(d, 'web')), ...(await tasksOf(d, 'agent'))].filter(running).map((t) => t.Status.ContainerStatus.PID)

    let r = await d.cli('node', 'update', '--availability', 'drain', 'self')
    assert.equal(r.code, 0, r.stderr)
    const ls = await d.cli('node', 'ls')
    assert.match(ls.stdout, /Ready\s+Drain\s+Leader/)
    // The old tasks are told to stop and do; each replicated slot gets a replacement,
    // which has nowhere to go.
    await waitFor('processes stopped', () => pids.every((p: number) => !pidAlive(p)))
    await waitFor('web tasks shut down', async () => (await tasksOf(d, 'web')).filter((t) => t.Status.State === 'shutdown').length === 2)
    await waitFor('web replacements pending', async () => (await tasksOf(d, 'web')).filter(pending).length === 2)
    await psShows(d, 'web', /no suitable node \(1 node not available for new tasks\)/)
    assert.equal((await tasksOf(d, 'agent')).filter(wanted).length, 0, 'no global task on a drained node')

    r = await d.cli('node', 'update', '--availability', 'active', 'self')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('web back', async () => (await runningCount(d, 'web')) === 2)
    await waitFor('agent back', async () => (await runningCount(d, 'agent')) === 1)
    assert.match((await d.cli('node', 'ls')).stdout, /Ready\s+Active\s+Leader/)
  })

  test('pause keeps what runs but places nothing new', async () => {
    const before = (await tasksOf(d, 'web')).filter(running).map((t) => t.ID).sort()
    const agentBefore = (await tasksOf(d, 'agent')).filter(running).map((t) => t.ID)
    let r = await d.cli('node', 'update', '--availability', 'pause', 'self')
    assert.equal(r.code, 0, r.stderr)
    assert.match((await d.cli('node', 'ls')).stdout, /Ready\s+Pause\s+Leader/)
    r = await d.cli('service', 'scale', '--detach', 'web=3')
    assert.equal(r.code, 0, r.stderr)
    await psShows(d, 'web', /no suitable node \(1 node not available for new tasks\)/)
    // Nothing that ran was touched, global included.
    assert.deepEqual((await tasksOf(d, 'web')).filter(running).map((t) => t.ID).sort(), before)
    assert.deepEqual((await tasksOf(d, 'agent')).filter(running).map((t) => t.ID), agentBefore)
    r = await d.cli('node', 'update', '--availability', 'active', 'self')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('web at 3', async () => (await runningCount(d, 'web')) === 3)
  })

  test('node ps lists the tasks on a node, self by default', async () => {
    const r = await d.cli('node', 'ps', '--format', 'json')
    assert.equal(r.code, 0, r.stderr)
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    const names = rows.filter((x) => x.DesiredState === 'Running').map((x) => x.Name)
    for (const n of ['web.1', 'web.2', 'web.3', `agent.${selfId}`, 'eu.1', 'pinned.1']) assert.ok(names.includes(n), `${n} in ${names}`)
    assert.ok(rows.every((x) => x.Node === rows[0].Node))
    const running = await d.cli('node', 'ps', '--filter', 'desired-state=running', '-q', selfId)
    assert.equal(running.code, 0, running.stderr)
    assert.equal(running.stdout.trim().split('\n').length, names.length)
    const missing = await d.cli('node', 'ps', 'nope')
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /node nope not found/)
  })

  test('a label removed under a running task moves it (docker\'s constraint enforcer)', async () => {
    const [before] = (await tasksOf(d, 'eu')).filter(running)
    const r = await d.cli('node', 'update', '--label-rm', 'zone', 'self')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('the old task stopped', () => !pidAlive(before.Status.ContainerStatus.PID))
    await psShows(d, 'eu', /no suitable node \(scheduling constraints not satisfied on 1 node\)/)
    // Tasks without that constraint are untouched.
    assert.equal(await runningCount(d, 'pinned'), 1)
    assert.equal((await d.cli('node', 'update', '--label-add', 'zone=eu', 'self')).code, 0)
    await waitFor('eu running again', async () => (await runningCount(d, 'eu')) === 1)
  })

  test('a manager cannot be removed, forced or not, and the last one cannot be demoted', async () => {
    for (const args of [['node', 'rm', 'self'], ['node', 'rm', '--force', selfId]]) {
      const r = await d.cli(...args)
      assert.equal(r.code, 1, args.join(' '))
      assert.match(r.stderr, new RegExp(`^Error: node ${selfId} is a cluster manager and is a member of the raft cluster\\. It must be demoted to worker before removal\\n$`))
    }
    let r = await d.cli('node', 'demote', 'self')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /^Error: attempting to demote the last manager of the swarm\n$/)
    r = await d.cli('node', 'update', '--role', 'worker', 'self')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /attempting to demote the last manager of the swarm/)
    r = await d.cli('node', 'promote', 'self')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, `Node ${selfId} is already a manager.\n`)
    assert.equal((await nodeSelf(d)).Spec.Role, 'manager')
    r = await d.cli('node', 'update', '--availability', 'sometimes', 'self')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /invalid --availability "sometimes"/)
  })

  test('the API refuses a stale node version and bad specs', async () => {
    const node = await nodeSelf(d)
    let r = await d.api('POST', `/nodes/${node.ID}/update?version=${node.Version.Index - 1}`, node.Spec)
    assert.equal(r.status, 409)
    assert.match(r.body.message, /update out of sequence/)
    r = await d.api('POST', `/nodes/${node.ID}/update?version=${node.Version.Index}`, { ...node.Spec, Availability: 'off' })
    assert.equal(r.status, 400)
    assert.match(r.body.message, /invalid availability "off"/)
    r = await d.api('DELETE', '/nodes/nope')
    assert.equal(r.status, 404)
  })
})
