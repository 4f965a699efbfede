// The real CLI (bin/run.js after tsc), run as a user runs it, against a stand-in daemon:
// output formats, exit codes, the one-line error contract, and the requests it sends.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn } from 'node:child_process'

import { BIN, FakeDaemon, runCli } from './cli-fake-daemon'

function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '')
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${stderr}`)
  assert.match(lines[0], /^Error: /)
  return lines[0]
}

describe('reaching the daemon', () => {
  test('no daemon: exit 1 and one line naming the socket', async () => {
    const r = await runCli(['service', 'ls', '-H', 'unix:///nonexistent.sock'])
    assert.equal(r.code, 1)
    assert.equal(r.stdout, '')
    assert.equal(r.stderr, 'Error: cannot connect to the shoal daemon at unix:///nonexistent.sock: is it running?\n')
  })

  test('SHOAL_HOST is used when -H is absent; a bare path is accepted', async () => {
    const r = await runCli(['node', 'ls'], { SHOAL_HOST: '/nonexistent/other.sock' })
    assert.equal(r.code, 1)
    assert.equal(r.stderr, 'Error: cannot connect to the shoal daemon at unix:///nonexistent/other.sock: is it running?\n')
  })

  test('-H wins over SHOAL_HOST', async () => {
    const r = await runCli(['info', '--host', 'unix:///nonexistent/flag.sock'], { SHOAL_HOST: 'unix:///nonexistent/env.sock' })
    assert.match(r.stderr, /unix:\/\/\/nonexistent\/flag\.sock/)
  })

  test('a host the CLI cannot use is refused before any I/O', async () => {
    const r = await runCli(['service', 'ls', '-H', 'tcp://10.0.0.1:2375'])
    assert.equal(r.code, 1)
    assert.match(oneErrorLine(r.stderr), /unsupported daemon host "tcp:\/\/10\.0\.0\.1:2375"/)
  })
})

describe('against a daemon', () => {
  const d = new FakeDaemon()
  before(() => d.start())
  after(() => d.stop())

  test('usage mistakes: one line, exit 1, a pointer to --help', async () => {
    let r = await d.cli('service', 'ls', '--bogus')
    assert.equal(r.code, 1)
    assert.equal(oneErrorLine(r.stderr), "Error: unknown flag: --bogus (see 'shoal service ls --help')")
    r = await d.cli('service', 'inspect')
    assert.equal(oneErrorLine(r.stderr), `Error: "shoal service inspect" requires at least 1 argument (see 'shoal service inspect --help')`)
    r = await d.cli('service', 'logs', 'a', 'b')
    assert.match(oneErrorLine(r.stderr), /requires exactly 1 argument/)
    r = await d.cli('service', 'ls', '--format', '{{.Name}}')
    assert.match(oneErrorLine(r.stderr), /unsupported --format/)
  })

  test('info', async () => {
    const r = await d.cli('info')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^ Swarm: active$/m)
    assert.match(r.stdout, /^  Is Manager: true$/m)
    const json = await d.cli('info', '--format', 'json')
    assert.equal(JSON.parse(json.stdout).Swarm.NodeID, d.nodeId)
  })

  test('swarm init prints the join command; errors come from the daemon verbatim', async () => {
    let r = await d.cli('swarm', 'init')
    assert.equal(r.code, 1)
    assert.equal(oneErrorLine(r.stderr), 'Error: This node is already part of a swarm.')
    d.swarmActive = false
    r = await d.cli('service', 'ls')
    assert.equal(oneErrorLine(r.stderr), 'Error: This node is not a swarm manager. Use "shoal swarm init" to make this node a manager.')
    r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(
      r.stdout,
      `Swarm initialized: current node (${d.nodeId}) is now a manager.\n\n` +
        'To add a worker to this swarm, run the following command:\n\n' +
        '    shoal swarm join --token SWMTKN-1-worker 127.0.0.1:2377\n\n' +
        "To add a manager to this swarm, run 'shoal swarm join-token manager' and follow the instructions.\n\n",
    )
    const init = d.requests.find((q) => q.url === '/swarm/init')
    assert.deepEqual(init?.body, { ListenAddr: '0.0.0.0:2377', AdvertiseAddr: '127.0.0.1', ForceNewCluster: false })
    r = await d.cli('swarm', 'join-token', '-q', 'manager')
    assert.equal(r.stdout, 'SWMTKN-1-manager\n')
  })

  test('node ls marks this node; node inspect self', async () => {
    let r = await d.cli('node', 'ls')
    assert.equal(r.code, 0, r.stderr)
    const [header, row] = r.stdout.split('\n')
    assert.match(header, /^ID +HOSTNAME +STATUS +AVAILABILITY +MANAGER STATUS +ENGINE VERSION$/)
    assert.match(row, new RegExp(`^${d.nodeId} \\* +host-a +Ready +Active +Leader +0\\.1\\.0$`))
    r = await d.cli('node', 'ls', '--format', 'json')
    assert.equal(JSON.parse(r.stdout.trim()).Self, true)
    r = await d.cli('node', 'inspect', 'self')
    const [node] = JSON.parse(r.stdout)
    assert.equal(node.ID, d.nodeId)
    assert.match(r.stdout, /^\[\n {4}\{\n {8}"ID"/)
  })

  test('service create: flags stop at IMAGE, progress until converged', async () => {
    const r = await d.cli('service', 'create', '--name', 'web', '--replicas', '2', '-e', 'A=1', '--label', 'tier=front', '--restart-delay', '1m30s', '--runtime', 'process', 'sleep', '300', '--name', '-d')
    assert.equal(r.code, 0, r.stderr)
    const created = d.requests.find((q) => q.url === '/services/create' && q.body.Name === 'web')
    assert.deepEqual(created?.body, {
      Name: 'web',
      Labels: { tier: 'front' },
      TaskTemplate: {
        ContainerSpec: { Image: 'sleep', Args: ['300', '--name', '-d'], Env: ['A=1'] },
        RestartPolicy: { Delay: 90e9 },
        Runtime: 'process',
      },
      Mode: { Replicated: { Replicas: 2 } },
    })
    const lines = r.stdout.split('\n')
    assert.match(lines[0], /^svc\w+$/, 'the service id comes first')
    assert.ok(lines.includes('overall progress: 0 out of 2 tasks'), r.stdout)
    assert.ok(lines.includes(`1/2: running   [${'='.repeat(50)}>]`), r.stdout)
    assert.ok(lines.includes('overall progress: 2 out of 2 tasks'), r.stdout)
    assert.equal(lines.at(-2), 'verify: Service converged')
    // Not a terminal: no cursor movement, and no line repeated unchanged back to back.
    assert.doesNotMatch(r.stdout, /\x1b\[/)
    for (let i = 1; i < lines.length; i++) assert.notEqual(lines[i], lines[i - 1] || undefined)
  })

  test('service create validates locally and sends nothing when input is bad', async () => {
    const before = d.requests.length
    const cases: [string[], RegExp][] = [
      [['--replicas', '-1'], /invalid --replicas value "-1"/],
      [['--replicas', 'abc'], /invalid --replicas value "abc"/],
      [['--mode', 'global', '--replicas', '2'], /replicas can only be used with replicated mode/],
      [['--mode', 'job'], /invalid --mode "job"/],
      [['-e', '=x'], /invalid environment variable "=x"/],
      [['-e', 'NOT_SET_ANYWHERE_XYZ'], /invalid environment variable "NOT_SET_ANYWHERE_XYZ"/],
      [['-l', '=v'], /invalid label/],
      [['--restart-condition', 'sometimes'], /invalid --restart-condition "sometimes"/],
      [['--restart-delay', '5'], /invalid --restart-delay value: invalid duration "5": missing unit/],
      [['--restart-delay', '-5s'], /cannot be negative/],
      [['--restart-max-attempts', 'x'], /--restart-max-attempts/],
      [['--runtime', 'vm'], /invalid --runtime "vm"/],
    ]
    for (const [flags, re] of cases) {
      const r = await d.cli('service', 'create', '--name', 'bad', ...flags, 'sleep', '1')
      assert.equal(r.code, 1, flags.join(' '))
      assert.match(oneErrorLine(r.stderr), re, flags.join(' '))
      assert.equal(r.stdout, '')
    }
    const r = await d.cli('service', 'create', '--name', 'x')
    assert.match(oneErrorLine(r.stderr), /"shoal service create" requires at least 1 argument/)
    assert.equal(d.requests.length, before, 'no request reached the daemon')
  })

  test('service create --detach prints the id only; daemon warnings go to stderr', async () => {
    const r = await d.cli('service', 'create', '-d', '--name', 'warned', '--mode', 'global', 'sleep', '1')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^svc\w+\n$/)
    assert.equal(r.stderr, 'a warning from the daemon\n')
  })

  test('service ls and ps', async () => {
    let r = await d.cli('service', 'ls')
    assert.equal(r.code, 0, r.stderr)
    const lines = r.stdout.trimEnd().split('\n')
    assert.match(lines[0], /^ID {13}NAME {6}MODE {9}REPLICAS {3}IMAGE {5}PORTS$/)
    assert.match(lines[1], /^svc\w{9} {3}warned {4}global {7}\d\/1 {8}sleep/)
    assert.match(lines[2], /^svc\w{9} {3}web {7}replicated {3}2\/2 {8}sleep/)
    r = await d.cli('service', 'ls', '--format', 'json')
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    assert.deepEqual(Object.keys(rows[0]), ['ID', 'Image', 'Mode', 'Name', 'Ports', 'Replicas'])
    r = await d.cli('service', 'ps', 'web')
    assert.equal(r.code, 0, r.stderr)
    const ps = r.stdout.trimEnd().split('\n')
    assert.match(ps[0], /^ID +NAME +IMAGE +NODE +DESIRED STATE +CURRENT STATE +ERROR +PORTS$/)
    assert.match(ps[1], /^task\w{8} +web\.1 +sleep +host-a +Running +Running (less than a second|\d+ seconds?) ago/)
    r = await d.cli('service', 'ps', 'web', 'nope')
    assert.equal(r.code, 1)
    assert.equal(r.stdout.trimEnd().split('\n').length, 3, 'the found service is still listed')
    assert.equal(oneErrorLine(r.stderr), 'Error: service nope not found')
  })

  test('service inspect: array by default, json lines, partial failure', async () => {
    let r = await d.cli('service', 'inspect', 'web')
    assert.equal(JSON.parse(r.stdout)[0].Spec.Name, 'web')
    r = await d.cli('service', 'inspect', '--format', 'json', 'web', 'warned')
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).Spec.Name), ['web', 'warned'])
    r = await d.cli('service', 'inspect', 'web', 'nope1', 'nope2')
    assert.equal(r.code, 1)
    assert.equal(JSON.parse(r.stdout).length, 1)
    assert.equal(r.stderr, 'Error: service nope1 not found\nError: service nope2 not found\n')
  })

  test('service scale: all specifiers checked first, several services at once', async () => {
    const before = d.requests.length
    let r = await d.cli('service', 'scale', 'web=3', 'warned')
    assert.match(oneErrorLine(r.stderr), /invalid scale specifier 'warned'/)
    r = await d.cli('service', 'scale', 'web=3', 'x=-1')
    assert.match(oneErrorLine(r.stderr), /x: invalid replicas value -1/)
    assert.equal(d.requests.length, before)

    d.addService({ Name: 'api', TaskTemplate: { ContainerSpec: { Image: 'sleep' } }, Mode: { Replicated: { Replicas: 1 } } })
    r = await d.cli('service', 'scale', '--detach', 'web=3', 'api=0')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, 'web scaled to 3\napi scaled to 0\n')
    const updates = d.requests.filter((q) => /\/update\?version=\d+$/.test(q.url))
    assert.deepEqual(updates.map((u) => u.body.Mode), [{ Replicated: { Replicas: 3 } }, { Replicated: { Replicas: 0 } }])

    r = await d.cli('service', 'scale', '--detach', 'warned=2', 'web=1', 'nope=1')
    assert.equal(r.code, 1)
    assert.equal(r.stdout, 'web scaled to 1\n')
    assert.equal(r.stderr, 'Error: warned: scale can only be used with replicated mode\nError: nope: service nope not found\n')
  })

  test('service update: env and args, the rest kept, waits on the new tasks', async () => {
    const r = await d.cli('service', 'update', '--env-add', 'B=2', '--env-rm', 'A', '--args', '"hello world" 2', 'web')
    assert.equal(r.code, 0, r.stderr)
    const update = d.requests.filter((q) => q.url.includes('/update?version=')).at(-1)
    assert.deepEqual(update?.body.TaskTemplate.ContainerSpec, { Image: 'sleep', Args: ['hello world', '2'], Env: ['B=2'], Labels: {} })
    assert.equal(update?.body.TaskTemplate.Runtime, 'process')
    assert.deepEqual(update?.body.Labels, { tier: 'front' })
    const lines = r.stdout.split('\n')
    assert.equal(lines[0], 'web')
    assert.equal(lines.at(-2), 'verify: Service converged')
  })

  test('service logs: demuxed, prefixed like docker, stderr kept apart', async () => {
    const web = d.services.find((s) => s.Spec.Name === 'web')
    const task = d.tasks.find((t) => t.ServiceID === web.ID && t.DesiredState === 'running' && t.Slot === 1)
    d.logLines = [
      [1, task.ID, 'hello from stdout'],
      [2, task.ID, 'oops on stderr'],
    ]
    let r = await d.cli('service', 'logs', 'web')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, `web.1.${task.ID.slice(0, 12)}@host-a    | hello from stdout\n`)
    assert.equal(r.stderr, `web.1.${task.ID.slice(0, 12)}@host-a    | oops on stderr\n`)
    r = await d.cli('service', 'logs', '-t', '--tail', '5', '--no-task-ids', 'web')
    assert.equal(r.stdout, '2024-01-01T00:00:00.000000000Z web.1@host-a    | hello from stdout\n')
    const req = d.requests.filter((q) => q.url.includes('/logs')).at(-1)
    assert.match(req!.url, /stdout=1&stderr=1&tail=5&timestamps=1&details=1/)
    r = await d.cli('service', 'logs', '--tail', 'x', 'web')
    assert.match(oneErrorLine(r.stderr), /invalid --tail value "x"/)
  })

  test('service rm: removes what it can, reports the rest, exit 1', async () => {
    const r = await d.cli('service', 'rm', 'warned', 'nope', 'api')
    assert.equal(r.code, 1)
    assert.equal(r.stdout, 'warned\napi\n')
    assert.equal(oneErrorLine(r.stderr), 'Error: service nope not found')
    assert.deepEqual(d.services.map((s) => s.Spec.Name), ['web'])
  })

  test('a crash-looping task shows its error; Ctrl-C detaches with a hint and exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'service', 'create', '--name', 'flaky', 'crash', '-H', `unix://${d.socket}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    const deadline = Date.now() + 15_000
    while (!stdout.includes('1/1: non-zero exit (1)') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    child.kill('SIGINT')
    const code = await new Promise((r) => child.on('close', r))
    assert.equal(code, 0, stderr)
    assert.match(stdout, /^1\/1: non-zero exit \(1\)$/m)
    assert.match(stdout, /Operation continuing in background\.\nUse `shoal service ps flaky` to check progress\.\n$/)
  })
})
