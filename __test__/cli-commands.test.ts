// The real CLI (bin/run.js after tsc), run as a user runs it, against a real daemon on a
// temp dir: the exact output shapes, exit codes and the one-line error contract. What a
// command does to the cluster is read back through the daemon's API, not taken from the
// CLI's word. (swarm-e2e.test.ts covers the same daemon's behaviour end to end; this file
// is about what the user sees.)
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'

import { BIN, TestDaemon, cli, waitFor } from './helpers/daemon'

const HOST = 'host-a' // the daemon's --hostname, so node names in output are known

function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '')
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${stderr}`)
  assert.match(lines[0], /^Error: /)
  return lines[0]
}

const short = (id: string) => id.slice(0, 12)

describe('the shoal CLI against a real daemon', () => {
  const d = new TestDaemon('shoal-cli', ['--hostname', HOST])
  before(() => d.start())
  after(() => d.destroy())

  const getService = async (ref: string) => {
    const r = await d.api('GET', `/services/${encodeURIComponent(ref)}`)
    assert.equal(r.status, 200, r.text)
    return r.body
  }
  const tasksOf = async (service: string): Promise<any[]> => {
    const r = await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service] }))}`)
    assert.equal(r.status, 200, r.text)
    return r.body
  }
  const runningTasks = async (service: string) => (await tasksOf(service)).filter((t) => t.Status.State === 'running' && t.DesiredState === 'running')
  // What "nothing was sent" looks like from outside: the same services at the same versions.
  const serviceList = async () =>
    (await d.api('GET', '/services')).body.map((s: any) => `${s.ID} ${s.Spec.Name} v${s.Version.Index}`).sort()

  describe('reaching the daemon', () => {
    test('no daemon: exit 1 and one line naming the socket', async () => {
      const r = await cli('/nonexistent.sock', ['service', 'ls', '-H', 'unix:///nonexistent.sock'])
      assert.equal(r.code, 1)
      assert.equal(r.stdout, '')
      assert.equal(r.stderr, 'Error: cannot connect to the shoal daemon at unix:///nonexistent.sock: is it running?\n')
    })

    test('version with no daemon: the client part, then the error, exit 1 (as docker)', async () => {
      const r = await cli('/nonexistent.sock', ['version', '-H', 'unix:///nonexistent.sock'])
      assert.equal(r.code, 1)
      assert.match(r.stdout, /^Client:\n Version: +\d+\.\d+\.\d+\n API version: +1\.\d+\n/)
      assert.doesNotMatch(r.stdout, /Server:/)
      assert.equal(r.stderr, 'Error: cannot connect to the shoal daemon at unix:///nonexistent.sock: is it running?\n')
      const j = await cli('/nonexistent.sock', ['version', '--format', 'json', '-H', 'unix:///nonexistent.sock'])
      assert.equal(j.code, 1)
      const body = JSON.parse(j.stdout)
      assert.equal(body.Server, null)
      assert.equal(body.Client.Os, 'linux')
    })

    test('SHOAL_HOST is used when -H is absent; a bare path is accepted', async () => {
      const r = await cli(d.socket, ['info'], { env: { SHOAL_HOST: d.socket } })
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, new RegExp(`^ Host: unix://${d.socket}$`, 'm'))
      assert.match(r.stdout, /^ Swarm: inactive$/m)
      const missing = await cli(d.socket, ['info'], { env: { SHOAL_HOST: '/nonexistent/other.sock' } })
      assert.equal(missing.stderr, 'Error: cannot connect to the shoal daemon at unix:///nonexistent/other.sock: is it running?\n')
    })

    test('-H wins over SHOAL_HOST', async () => {
      let r = await cli(d.socket, ['info', '--host', `unix://${d.socket}`], { env: { SHOAL_HOST: 'unix:///nonexistent/env.sock' } })
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, new RegExp(`^ Host: unix://${d.socket}$`, 'm'))
      r = await cli(d.socket, ['info', '-H', 'unix:///nonexistent/flag.sock'], { env: { SHOAL_HOST: `unix://${d.socket}` } })
      assert.equal(r.code, 1)
      assert.equal(r.stderr, 'Error: cannot connect to the shoal daemon at unix:///nonexistent/flag.sock: is it running?\n')
    })

    test('a host the CLI cannot use is refused before any I/O', async () => {
      const r = await d.cli('service', 'ls', '-H', 'tcp://10.0.0.1:2375')
      assert.equal(r.code, 1)
      assert.match(oneErrorLine(r.stderr), /unsupported daemon host "tcp:\/\/10\.0\.0\.1:2375"/)
    })
  })

  describe('usage and the swarm', () => {
    test('usage mistakes: one line, exit 1, a pointer to --help', async () => {
      let r = await d.cli('service', 'ls', '--bogus')
      assert.equal(r.code, 1)
      assert.equal(oneErrorLine(r.stderr), "Error: unknown flag: --bogus (see 'shoal service ls --help')")
      r = await d.cli('service', 'inspect')
      assert.equal(r.code, 1)
      assert.equal(oneErrorLine(r.stderr), `Error: "shoal service inspect" requires at least 1 argument (see 'shoal service inspect --help')`)
      r = await d.cli('service', 'logs', 'a', 'b')
      assert.match(oneErrorLine(r.stderr), /requires exactly 1 argument/)
      r = await d.cli('service', 'ls', '--format', '{{.Name')
      assert.match(oneErrorLine(r.stderr), /invalid --format "\{\{\.Name": template: :1: unclosed action/)
      r = await d.cli('swarm', 'join-token', 'admin')
      assert.match(oneErrorLine(r.stderr), /unknown role admin/)
    })

    test('before init: the daemon\'s refusal, verbatim on one line', async () => {
      const r = await d.cli('service', 'ls')
      assert.equal(r.code, 1)
      assert.equal(r.stdout, '')
      assert.equal(r.stderr, 'Error: This node is not a swarm manager. Use "shoal swarm init" or "shoal swarm join" to connect this node to swarm and try again.\n')
    })

    test('swarm init prints the join command; a second init is refused verbatim', async () => {
      let r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1')
      assert.equal(r.code, 0, r.stderr)
      const info = (await d.api('GET', '/info')).body
      const swarm = (await d.api('GET', '/swarm')).body
      assert.equal(info.Swarm.NodeAddr, '127.0.0.1', 'the advertise address reached the daemon')
      assert.equal(
        r.stdout,
        `Swarm initialized: current node (${info.Swarm.NodeID}) is now a manager.\n\n` +
          'To add a worker to this swarm, run the following command:\n\n' +
          `    shoal swarm join --token ${swarm.JoinTokens.Worker} 127.0.0.1:2377\n\n` +
          "To add a manager to this swarm, run 'shoal swarm join-token manager' and follow the instructions.\n\n",
      )
      r = await d.cli('swarm', 'init')
      assert.equal(r.code, 1)
      assert.equal(r.stderr, 'Error: This node is already part of a swarm. Use "shoal swarm leave" to leave this swarm and join another one.\n')
      r = await d.cli('swarm', 'join-token', '-q', 'manager')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.stdout, `${swarm.JoinTokens.Manager}\n`)
    })

    test('info', async () => {
      const nodeId = (await d.api('GET', '/info')).body.Swarm.NodeID
      const r = await d.cli('info')
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, /^Client:\n Version: \S+\n Host: unix:\/\/\S+\n\nServer:\n/)
      assert.match(r.stdout, new RegExp(`^ Swarm: active\\n  NodeID: ${nodeId}\\n  Is Manager: true\\n  ClusterID: \\w+\\n  Managers: 1\\n  Nodes: 1\\n  Orchestration:\\n   Task History Retention Limit: 5\\n   Task Limit: 100000\\n  Raft:\\n   Snapshot Interval: 10000\\n(   .+\\n){5}  Root Rotation In Progress: false\\n  Node Address: 127\\.0\\.0\\.1\\n  Manager Addresses:\\n   127\\.0\\.0\\.1:2377\\n`, 'm'))
      assert.match(r.stdout, new RegExp(`^ Name: ${HOST}$`, 'm'))
      const json = await d.cli('info', '--format', 'json')
      assert.equal(json.stdout.trim().split('\n').length, 1)
      assert.equal(JSON.parse(json.stdout).Swarm.NodeID, nodeId)
    })

    test('node ls marks this node; node inspect self', async () => {
      const nodeId = (await d.api('GET', '/info')).body.Swarm.NodeID
      const version = (await d.api('GET', `/nodes/${nodeId}`)).body.Description.Engine.EngineVersion
      let r = await d.cli('node', 'ls')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(
        r.stdout,
        'ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n' +
          `${nodeId} *   ${HOST}     Ready     Active         Leader           ${version}\n`,
      )
      r = await d.cli('node', 'ls', '--format', 'json')
      const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
      assert.deepEqual(rows, [
        { Availability: 'Active', EngineVersion: version, Hostname: HOST, ID: nodeId, ManagerStatus: 'Leader', Self: true, Status: 'Ready', TLSStatus: rows[0].TLSStatus },
      ])
      r = await d.cli('node', 'inspect', 'self')
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, /^\[\n {4}\{\n {8}"ID"/)
      const [node] = JSON.parse(r.stdout)
      assert.equal(node.ID, nodeId)
      assert.equal(node.Description.Hostname, HOST)
      r = await d.cli('node', 'inspect', '--format', 'json', 'self', 'nope')
      assert.equal(r.code, 1)
      assert.equal(JSON.parse(r.stdout.trim()).ID, nodeId, 'the node found is printed')
      assert.equal(oneErrorLine(r.stderr), 'Error: node nope not found')
    })
  })

  describe('services', () => {
    test('service create: flags stop at IMAGE, progress until converged', async () => {
      // --name and -d after IMAGE belong to the task: /bin/sh takes them as $0 and $1.
      const r = await d.cli('service', 'create', '--name', 'web', '--replicas', '2', '-e', 'A=1', '--label', 'tier=front', '--restart-delay', '1m30s', '--runtime', 'process', '/bin/sh', '-c', 'sleep 300; :', '--name', '-d')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.stderr, '')
      const svc = await getService('web')
      assert.equal(svc.Spec.Name, 'web')
      assert.deepEqual(svc.Spec.Labels, { tier: 'front' })
      assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec, { Image: '/bin/sh', Args: ['-c', 'sleep 300; :', '--name', '-d'], Env: ['A=1'], Labels: {} })
      assert.equal(svc.Spec.TaskTemplate.RestartPolicy.Delay, 90e9)
      assert.equal(svc.Spec.TaskTemplate.Runtime, 'process')
      assert.deepEqual(svc.Spec.Mode, { Replicated: { Replicas: 2 } })

      const lines = r.stdout.split('\n')
      assert.equal(lines[0], svc.ID, 'the service id comes first')
      assert.ok(lines.includes('overall progress: 0 out of 2 tasks'), r.stdout)
      assert.ok(lines.includes(`1/2: running   [${'='.repeat(50)}>]`), r.stdout)
      assert.ok(lines.includes(`2/2: running   [${'='.repeat(50)}>]`), r.stdout)
      assert.ok(lines.includes('overall progress: 2 out of 2 tasks'), r.stdout)
      assert.equal(lines.at(-2), 'verify: Service converged')
      assert.equal(lines.at(-1), '')
      // Not a terminal: no cursor movement, and no line repeated unchanged back to back.
      assert.doesNotMatch(r.stdout, /\x1b\[/)
      for (let i = 1; i < lines.length; i++) assert.notEqual(lines[i], lines[i - 1] || undefined)

      // Converged means converged: both tasks run, and the command line ends with IMAGE
      // and its arguments as given (the process runtime puts its own wrapper in front).
      const running = await runningTasks('web')
      assert.equal(running.length, 2)
      const argv = fs.readFileSync(`/proc/${running[0].Status.ContainerStatus.PID}/cmdline`, 'utf8').split('\0').slice(0, -1)
      assert.deepEqual(argv.slice(-5), ['/bin/sh', '-c', 'sleep 300; :', '--name', '-d'])
    })

    test('service create validates locally and sends nothing when input is bad', async () => {
      const before = await serviceList()
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
      assert.deepEqual(await serviceList(), before, 'no service was created or changed')
    })

    test('service create --detach prints the id only', async () => {
      const r = await d.cli('service', 'create', '-d', '--name', 'glob', '--mode', 'global', '--runtime', 'process', 'sleep', '300')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.stderr, '')
      assert.equal(r.stdout, `${(await getService('glob')).ID}\n`)
      await waitFor('glob running', async () => (await runningTasks('glob')).length === 1)
    })

    test('service ls and ps', async () => {
      const web = await getService('web')
      const glob = await getService('glob')
      let r = await d.cli('service', 'ls')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(
        r.stdout,
        'ID             NAME      MODE         REPLICAS   IMAGE     PORTS\n' +
          `${short(glob.ID)}   glob      global       1/1        sleep     \n` +
          `${short(web.ID)}   web       replicated   2/2        /bin/sh   \n`,
      )
      r = await d.cli('service', 'ls', '--format', 'json')
      const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
      assert.deepEqual(rows.map((row) => Object.keys(row)), [
        ['ID', 'Image', 'Mode', 'Name', 'Ports', 'Replicas'],
        ['ID', 'Image', 'Mode', 'Name', 'Ports', 'Replicas'],
      ])
      assert.deepEqual(rows[1], { ID: short(web.ID), Image: '/bin/sh', Mode: 'replicated', Name: 'web', Ports: '', Replicas: '2/2' })
      r = await d.cli('service', 'ls', '-q')
      assert.equal(r.stdout, `${glob.ID}\n${web.ID}\n`)

      r = await d.cli('service', 'ps', 'web')
      assert.equal(r.code, 0, r.stderr)
      const ps = r.stdout.trimEnd().split('\n')
      // The CURRENT STATE column is as wide as its longest cell ("Running 9 seconds ago" vs
      // "Running 10 seconds ago"), so only the columns before it have fixed widths.
      assert.match(ps[0], /^ID {13}NAME {6}IMAGE {5}NODE {6}DESIRED STATE {3}CURRENT STATE {3,}ERROR {5}PORTS$/)
      const taskIds = (await runningTasks('web')).sort((a, b) => a.Slot - b.Slot).map((t) => short(t.ID))
      assert.equal(ps.length, 3, r.stdout)
      for (const [i, row] of ps.slice(1).entries()) {
        assert.match(row, new RegExp(`^${taskIds[i]} {3}web\\.${i + 1} {5}/bin/sh {3}${HOST} {4}Running {9}Running (less than a second|\\d+ seconds?) ago *$`))
      }
      r = await d.cli('service', 'ps', 'web', 'nope')
      assert.equal(r.code, 1)
      assert.equal(r.stdout.trimEnd().split('\n').length, 3, 'the found service is still listed')
      assert.equal(oneErrorLine(r.stderr), 'Error: service nope not found')
    })

    test('service inspect: array by default, json lines, partial failure', async () => {
      let r = await d.cli('service', 'inspect', 'web')
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, /^\[\n {4}\{\n {8}"ID"/)
      assert.equal(JSON.parse(r.stdout)[0].Spec.Name, 'web')
      r = await d.cli('service', 'inspect', '--format', 'json', 'web', 'glob')
      assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).Spec.Name), ['web', 'glob'])
      r = await d.cli('service', 'inspect', 'web', 'nope1', 'nope2')
      assert.equal(r.code, 1)
      assert.equal(JSON.parse(r.stdout).length, 1)
      assert.equal(r.stderr, 'Error: service nope1 not found\nError: service nope2 not found\n')
    })

    test('service scale: all specifiers checked first, several services at once', async () => {
      const before = await serviceList()
      let r = await d.cli('service', 'scale', 'web=3', 'glob')
      assert.equal(r.code, 1)
      assert.match(oneErrorLine(r.stderr), /invalid scale specifier 'glob'/)
      r = await d.cli('service', 'scale', 'web=3', 'x=-1')
      assert.equal(r.code, 1)
      assert.match(oneErrorLine(r.stderr), /x: invalid replicas value -1/)
      assert.deepEqual(await serviceList(), before, 'web=3 was not applied')

      const created = await d.api('POST', '/services/create', {
        Name: 'api',
        TaskTemplate: { ContainerSpec: { Image: 'sleep', Args: ['300'] }, Runtime: 'process' },
        Mode: { Replicated: { Replicas: 1 } },
      })
      assert.equal(created.status, 201, created.text)
      r = await d.cli('service', 'scale', '--detach', 'web=3', 'api=0')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.stdout, 'web scaled to 3\napi scaled to 0\n')
      assert.deepEqual((await getService('web')).Spec.Mode, { Replicated: { Replicas: 3 } })
      assert.deepEqual((await getService('api')).Spec.Mode, { Replicated: { Replicas: 0 } })

      r = await d.cli('service', 'scale', '--detach', 'glob=2', 'web=1', 'nope=1')
      assert.equal(r.code, 1)
      assert.equal(r.stdout, 'web scaled to 1\n')
      assert.equal(r.stderr, 'Error: glob: scale can only be used with replicated mode\nError: nope: service nope not found\n')
      assert.deepEqual((await getService('web')).Spec.Mode, { Replicated: { Replicas: 1 } })
      assert.deepEqual((await getService('glob')).Spec.Mode, { Global: {} })
    })

    test('service update: env and args, the rest kept, waits on the new tasks', async () => {
      const r = await d.cli('service', 'update', '--env-add', 'B=2', '--env-rm', 'A', '--args', `-c 'sleep 301; :' "hello world" 2`, 'web')
      assert.equal(r.code, 0, r.stderr)
      const svc = await getService('web')
      assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec, { Image: '/bin/sh', Args: ['-c', 'sleep 301; :', 'hello world', '2'], Env: ['B=2'], Labels: {} })
      assert.equal(svc.Spec.TaskTemplate.Runtime, 'process')
      assert.equal(svc.Spec.TaskTemplate.RestartPolicy.Delay, 90e9)
      assert.deepEqual(svc.Spec.Labels, { tier: 'front' })
      assert.deepEqual(svc.Spec.Mode, { Replicated: { Replicas: 1 } })
      const lines = r.stdout.split('\n')
      assert.equal(lines[0], 'web')
      assert.ok(lines.includes('overall progress: 1 out of 1 tasks'), r.stdout)
      assert.equal(lines.at(-2), 'verify: Service converged')
      // It waited for the new spec's task, not an old one that was still running.
      const running = await runningTasks('web')
      assert.equal(running.length, 1)
      assert.deepEqual(running[0].Spec.ContainerSpec.Args, ['-c', 'sleep 301; :', 'hello world', '2'])
    })

    test('service logs: demuxed, prefixed like docker, stderr kept apart', async () => {
      // The pause orders the two lines in the task's log, which holds both streams.
      let r = await d.cli('service', 'create', '-d', '--name', 'talk', '--restart-condition', 'none', '--runtime', 'process', '/bin/sh', '-c', 'echo oops on stderr >&2; sleep 1; echo hello from stdout')
      assert.equal(r.code, 0, r.stderr)
      const [task] = await waitFor('talk to complete', async () => {
        const t = await tasksOf('talk')
        return t.length === 1 && t[0].Status.State === 'complete' ? t : null
      })
      const prefix = `talk.1.${short(task.ID)}@${HOST}    | `
      r = await d.cli('service', 'logs', 'talk')
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.stdout, `${prefix}hello from stdout\n`)
      assert.equal(r.stderr, `${prefix}oops on stderr\n`)
      r = await d.cli('service', 'logs', '-t', '--tail', '1', '--no-task-ids', 'talk')
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z talk\\.1@${HOST}    \\| hello from stdout\\n$`))
      assert.equal(r.stderr, '', '--tail 1 leaves out the earlier stderr line')
      r = await d.cli('service', 'logs', '--raw', 'talk')
      assert.equal(r.stdout, 'hello from stdout\n')
      r = await d.cli('service', 'logs', '--tail', 'x', 'talk')
      assert.equal(r.code, 1)
      assert.match(oneErrorLine(r.stderr), /invalid --tail value "x"/)
    })

    test('service rm: removes what it can, reports the rest, exit 1', async () => {
      const r = await d.cli('service', 'rm', 'glob', 'nope', 'api')
      assert.equal(r.code, 1)
      assert.equal(r.stdout, 'glob\napi\n')
      assert.equal(oneErrorLine(r.stderr), 'Error: service nope not found')
      assert.deepEqual((await d.api('GET', '/services')).body.map((s: any) => s.Spec.Name).sort(), ['talk', 'web'])
    })

    test('a crash-looping task shows its error; Ctrl-C detaches with a hint and exit 0', async () => {
      // -H before IMAGE is the CLI's; SHOAL_HOST points nowhere to prove it.
      const child = spawn(process.execPath, [BIN, 'service', 'create', '-H', `unix://${d.socket}`, '--name', 'flaky', '--runtime', 'process', '/bin/sh', '-c', 'exit 1'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, SHOAL_HOST: 'unix:///nonexistent/env.sock' },
      })
      try {
        const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (c) => (stdout += c))
        child.stderr.on('data', (c) => (stderr += c))
        await waitFor("the task's error in the progress", () => /^1\/1: task: non-zero exit \(1\)$/m.test(stdout), 20_000, 50).catch((err) => {
          throw new Error(`${err.message}; stdout so far:\n${stdout}${stderr}`)
        })
        child.kill('SIGINT')
        let timer: NodeJS.Timeout | undefined
        const code = await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(() => resolve('still running 10 s after SIGINT'), 10_000)))])
        clearTimeout(timer)
        assert.equal(code, 0, stderr)
        assert.equal(stderr, '')
        assert.match(stdout, /\nOperation continuing in background\.\nUse `shoal service ps flaky` to check progress\.\n$/)
        // Detached, not cancelled: the service is still there and the daemon keeps at it.
        assert.equal((await getService('flaky')).Spec.Name, 'flaky')
        const ps = await d.cli('service', 'ps', 'flaky')
        assert.match(ps.stdout, / Failed [a-z0-9 ]+ ago +"task: non-zero exit \(1\)"/)
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      }
    })
  })
})
