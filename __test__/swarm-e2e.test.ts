// End to end on one node: a real daemon on a temp dir, the real CLI, real processes.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, pidAlive, waitFor } from './helpers/daemon'

async function runningTasks(d: TestDaemon, service: string): Promise<any[]> {
  const r = await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service] }))}`)
  assert.equal(r.status, 200, r.text)
  return r.body.filter((t: any) => t.Status.State === 'running' && t.DesiredState === 'running')
}

describe('a node before swarm init', () => {
  const d = new TestDaemon('shoal-e2e-pre')
  before(() => d.start())
  after(() => d.destroy())

  test('info says the swarm is inactive', async () => {
    const r = await d.cli('info')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /Swarm: inactive/)
  })

  test('manager commands fail with one clear line', async () => {
    for (const args of [['service', 'ls'], ['node', 'ls'], ['service', 'create', '--name', 'x', '--runtime', 'process', 'sleep', '1']]) {
      const r = await d.cli(...args)
      assert.equal(r.code, 1, args.join(' '))
      assert.match(r.stderr, /^Error: This node is not a swarm manager\./)
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    }
  })

  test('leave outside a swarm is refused', async () => {
    const r = await d.cli('swarm', 'leave', '--force')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /not part of a swarm/)
  })
})

test('a CLI command against a daemon that is not running fails clearly', async () => {
  const d = new TestDaemon('shoal-e2e-none')
  try {
    const r = await d.cli('service', 'ls')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /cannot connect to the shoal daemon/)
  } finally {
    await d.destroy()
  }
})

describe('a one-node swarm', () => {
  const d = new TestDaemon('shoal-e2e')
  before(async () => {
    await d.start()
    // A free loopback port, not 2377: managers listen for other nodes, and another run on
    // this machine may hold the default port.
    const port = await freePort()
    const r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${port}`)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /Swarm initialized: current node \(\w{25}\) is now a manager/)
    assert.match(r.stdout, new RegExp(`shoal swarm join --token SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25} 127\\.0\\.0\\.1:${port}`))
  })
  after(() => d.destroy())

  test('a second init is refused and changes nothing', async () => {
    const before = (await d.api('GET', '/swarm')).body
    const r = await d.cli('swarm', 'init')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /already part of a swarm/)
    assert.equal((await d.api('GET', '/swarm')).body.ID, before.ID)
  })

  test('info and node ls show this node as the leader', async () => {
    const info = await d.cli('info')
    assert.match(info.stdout, /Swarm: active/)
    assert.match(info.stdout, /Is Manager: true/)
    const ls = await d.cli('node', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    assert.match(ls.stdout, /Ready\s+Active\s+Leader/)
    const json = await d.cli('node', 'ls', '--format', 'json')
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l))
    assert.equal(rows.length, 1)
  })

  test('service create runs its replicas and shows progress until converged', async () => {
    const r = await d.cli('service', 'create', '--name', 'web', '--replicas', '3', '--runtime', 'process', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /overall progress: 3 out of 3 tasks/)
    assert.match(r.stdout, /verify: Service converged/)
    assert.equal((await runningTasks(d, 'web')).length, 3)
    const ls = await d.cli('service', 'ls')
    assert.match(ls.stdout, /web\s+replicated\s+3\/3\s+sleep/)
    const ps = await d.cli('service', 'ps', 'web', '--format', 'json')
    const rows = ps.stdout.trim().split('\n').map((l) => JSON.parse(l))
    assert.equal(rows.length, 3)
    const inspect = await d.cli('service', 'inspect', 'web')
    const [svc] = JSON.parse(inspect.stdout)
    assert.equal(svc.Spec.Mode.Replicated.Replicas, 3)
    assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec.Args, ['300'])
  })

  test('scale several services at once, up and down', async () => {
    let r = await d.cli('service', 'create', '--detach', '--name', 'api', '--runtime', 'process', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('service', 'scale', 'web=5', 'api=2')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('web at 5', async () => (await runningTasks(d, 'web')).length === 5)
    await waitFor('api at 2', async () => (await runningTasks(d, 'api')).length === 2)
    r = await d.cli('service', 'scale', '--detach', 'web=1')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('web at 1', async () => (await runningTasks(d, 'web')).length === 1)
  })

  test('env and args reach the process, and logs are served', async () => {
    const r = await d.cli('service', 'create', '--detach', '--name', 'hello', '--restart-condition', 'none', '--runtime', 'process', '-e', 'WHO=shoal', '/bin/sh', '-c', 'echo hello $WHO; echo oops >&2')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('hello to complete', async () => {
      const t = (await d.api('GET', `/tasks?filters=${encodeURIComponent('{"service":["hello"]}')}`)).body
      return t.length === 1 && t[0].Status.State === 'complete'
    })
    const logs = await d.cli('service', 'logs', 'hello')
    assert.equal(logs.code, 0, logs.stderr)
    assert.match(logs.stdout + logs.stderr, /hello shoal/)
    assert.match(logs.stdout + logs.stderr, /oops/)
  })

  test('update changes env and args with a rolling replacement', async () => {
    const before = await runningTasks(d, 'api')
    const r = await d.cli('service', 'update', '--env-add', 'COLOR=blue', '--args', '301', 'api')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('api tasks replaced', async () => {
      const now = await runningTasks(d, 'api')
      return now.length === 2 && now.every((t) => !before.some((b) => b.ID === t.ID))
    })
    const [svc] = JSON.parse((await d.cli('service', 'inspect', 'api')).stdout)
    assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec.Env, ['COLOR=blue'])
    assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec.Args, ['301'])
  })

  test('a failing task is restarted per policy, up to its max attempts', async () => {
    const r = await d.cli('service', 'create', '--detach', '--name', 'flaky', '--restart-condition', 'on-failure', '--restart-delay', '100ms', '--restart-max-attempts', '2', '--runtime', 'process', '/bin/sh', '-c', 'exit 3')
    assert.equal(r.code, 0, r.stderr)
    const tasks = await waitFor(
      'three failed attempts',
      async () => {
        const t = (await d.api('GET', `/tasks?filters=${encodeURIComponent('{"service":["flaky"]}')}`)).body
        return t.length === 3 && t.every((x: any) => x.Status.State === 'failed') ? t : null
      },
      20_000,
    )
    assert.ok(tasks.every((t: any) => t.Status.ContainerStatus.ExitCode === 3))
    await new Promise((res) => setTimeout(res, 500))
    const again = (await d.api('GET', `/tasks?filters=${encodeURIComponent('{"service":["flaky"]}')}`)).body
    assert.equal(again.length, 3, 'no fourth attempt')
    const ps = await d.cli('service', 'ps', 'flaky')
    assert.match(ps.stdout, /non-zero exit \(3\)/)
  })

  test('a global service runs one task on the node', async () => {
    const r = await d.cli('service', 'create', '--name', 'agent', '--mode', 'global', '--runtime', 'process', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    assert.equal((await runningTasks(d, 'agent')).length, 1)
  })

  test('a service whose runtime no node has stays pending with the reason', async () => {
    const r = await d.cli('service', 'create', '--detach', '--name', 'boxed', 'nginx')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('pending reason', async () => {
      const ps = await d.cli('service', 'ps', '--no-trunc', 'boxed')
      return /no suitable node \(runtime "container" not available on 1 node \(no reachable containerd\)\)/.test(ps.stdout)
    })
    assert.equal((await d.cli('service', 'rm', 'boxed')).code, 0)
  })

  test('bad input gets one clear line, a non-zero exit, and changes nothing', async () => {
    const services = async () => (await d.api('GET', '/services')).body.map((s: any) => s.Spec.Name).sort()
    const before = await services()
    const cases: [string[], RegExp][] = [
      [['service', 'inspect', 'nope'], /service nope not found/],
      [['service', 'rm', 'nope'], /service nope not found/],
      [['service', 'scale', 'nope=2'], /service nope not found/],
      [['service', 'create', '--name', 'web', '--runtime', 'process', 'sleep', '1'], /already exists/],
      [['service', 'create', '--name', 'bad name!', '--runtime', 'process', 'sleep', '1'], /invalid service name/],
      [['service', 'create', '--name', 'neg', '--replicas', '-1', '--runtime', 'process', 'sleep', '1'], /replicas/],
      [['service', 'create', '--name', 'nan', '--replicas', 'abc', '--runtime', 'process', 'sleep', '1'], /replicas/],
      [['service', 'create', '--name', 'env', '-e', '=x', '--runtime', 'process', 'sleep', '1'], /env/i],
      [['service', 'create', '--name', 'cond', '--restart-condition', 'sometimes', '--runtime', 'process', 'sleep', '1'], /restart condition|restart-condition/i],
      [['service', 'scale', 'web=-3'], /web=-3|replicas|invalid/i],
      [['service', 'scale', 'web'], /invalid|expected/i],
    ]
    for (const [args, re] of cases) {
      const r = await d.cli(...args)
      assert.notEqual(r.code, 0, `${args.join(' ')} should fail`)
      assert.match(r.stderr, re, args.join(' '))
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${r.stderr}`)
    }
    assert.deepEqual(await services(), before)
  })

  test('service rm stops its processes', async () => {
    const pids = (await runningTasks(d, 'web')).map((t) => t.Status.ContainerStatus.PID)
    assert.ok(pids.length > 0 && pids.every((p: number) => p > 0))
    const r = await d.cli('service', 'rm', 'web')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('web processes gone', () => pids.every((p: number) => !pidAlive(p)))
    await waitFor('web tasks reaped', async () => (await d.api('GET', `/tasks`)).body.every((t: any) => !t.ServiceID || t.Spec !== undefined))
  })
})

describe('durability across kill -9', () => {
  const d = new TestDaemon('shoal-e2e-crash')
  before(async () => {
    await d.start()
    assert.equal((await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${await freePort()}`)).code, 0)
  })
  after(() => d.destroy())

  test('acknowledged writes survive, running tasks are adopted not duplicated', async () => {
    const r = await d.cli('service', 'create', '--name', 'keep', '--replicas', '3', '--runtime', 'process', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    const before = await runningTasks(d, 'keep')
    const pids = before.map((t) => t.Status.ContainerStatus.PID).sort()
    // Writes acknowledged right before the kill must all be there afterwards.
    const acked: string[] = []
    for (let i = 0; i < 20; i++) {
      const res = await d.api('POST', '/services/create', {
        Name: `ack${i}`,
        TaskTemplate: { ContainerSpec: { Image: 'sleep', Args: ['300'] }, Runtime: 'process' },
        Mode: { Replicated: { Replicas: 0 } },
      })
      if (res.status === 201) acked.push(`ack${i}`)
    }
    assert.equal(acked.length, 20)
    await d.kill9()
    await d.start()
    const names = (await d.api('GET', '/services')).body.map((s: any) => s.Spec.Name)
    for (const n of acked) assert.ok(names.includes(n), `${n} lost`)
    await waitFor('keep converged after restart', async () => (await runningTasks(d, 'keep')).length === 3)
    const after = await runningTasks(d, 'keep')
    assert.deepEqual(after.map((t) => t.Status.ContainerStatus.PID).sort(), pids, 'the same processes, adopted')
    assert.deepEqual(after.map((t) => t.ID).sort(), before.map((t) => t.ID).sort())
  })

  test('a task that died while the daemon was down is replaced, once', async () => {
    const before = await runningTasks(d, 'keep')
    await d.kill9()
    process.kill(before[0].Status.ContainerStatus.PID, 'SIGKILL')
    await d.start()
    await waitFor('replacement running', async () => {
      const now = await runningTasks(d, 'keep')
      return now.length === 3 && !now.some((t) => t.ID === before[0].ID)
    })
    const all = (await d.api('GET', `/tasks?filters=${encodeURIComponent('{"service":["keep"]}')}`)).body
    assert.equal(all.filter((t: any) => t.DesiredState === 'running').length, 3)
  })
})
