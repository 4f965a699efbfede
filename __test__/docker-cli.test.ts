// docker's own CLI against shoal (DOCKER_HOST=unix://<shoal socket>), asserting what it
// prints: version and info, swarm init/join/join-token, node ls/inspect/update, service
// create/ls/ps/logs/inspect/update/scale/rollback/rm (the image pinned to its digest
// through /distribution from a registry on loopback), secret/config/network
// create/ls/rm, events between two times, swarm leave and node rm. Real daemons (a manager whose agent runs containers through a
// private containerd, and a worker), a busybox image built here. Skipped, saying why,
// where this machine has no docker client or no container runtime (.ci/run installs the
// runtime; docker's CLI comes with the machine).
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'
import { TestContainerd, TestRegistry, buildBusyboxImage, containerSkipReason, dockerSaveArchive } from './helpers/containerd'
import { NO_DOCKER, docker, dockerPath } from './helpers/docker'

const skip = NO_DOCKER || containerSkipReason() || false
// Debian's docker.io client (20.10, API 1.41), where it is installed beside a newer one:
// it negotiates down to 1.41 and must work too.
const DEBIAN_DOCKER = '/usr/bin/docker'
const olderClient = (() => {
  if (!fs.existsSync(DEBIAN_DOCKER) || (dockerPath && fs.realpathSync(dockerPath) === fs.realpathSync(DEBIAN_DOCKER))) return null
  return execFileSync(DEBIAN_DOCKER, ['--version'], { encoding: 'utf8' }).includes('20.10') ? DEBIAN_DOCKER : null
})()

const lines = (s: string) => s.trimEnd().split('\n').sort()

describe("docker's CLI against shoal", { skip }, () => {
  let ctd: TestContainerd
  let registry: TestRegistry
  let m: TestDaemon
  let w: TestDaemon
  let addr = ''
  let nodeId = ''
  let digest = ''
  let archive = ''
  const dm = (...args: string[]) => docker(m.socket, args)
  const input = (data: string, ...args: string[]) => docker(m.socket, args, data)
  const ok = async (...args: string[]) => {
    const r = await dm(...args)
    assert.equal(r.code, 0, `docker ${args.join(' ')}: ${r.stderr}`)
    return r.stdout
  }

  before(async () => {
    ctd = await new TestContainerd().start()
    registry = await new TestRegistry().start()
    m = new TestDaemon('shoal-dkr-m', ['--hostname', 'dm1', '--containerd-socket', ctd.socket])
    w = new TestDaemon('shoal-dkr-w', ['--hostname', 'dw1'])
    await Promise.all([m.start(), w.start()])
    const image = buildBusyboxImage()
    archive = dockerSaveArchive(image, ['busybox:test'], path.join(m.dir, 'busybox.tar'))
    digest = await registry.push('team/busybox', 'v1', image)
  })
  after(async () => {
    await w?.destroy()
    await m?.destroy()
    await ctd?.destroy()
    await registry?.destroy()
  })

  test('docker version, info and load; swarm init, join-token, join; a worker refuses cluster commands', async () => {
    const version = await ok('version')
    assert.match(version, /^Client:[\s\S]* API version: +1\.50\n/, 'no downgrade: shoal speaks 1.50')
    assert.match(version, /\nServer: shoal\n Engine:\n  Version: +\d+\.\d+\.\d+\n  API version: +1\.50 \(minimum version 1\.24\)\n/)
    assert.equal(await ok('info', '--format', '{{.Swarm.LocalNodeState}} {{.OSType}}'), 'inactive linux\n')
    // docker load reads docker's stream of JSON messages.
    assert.equal(await ok('load', '-i', archive), 'Loaded image: docker.io/library/busybox:test\n')

    addr = `127.0.0.1:${await freePort()}`
    const init = await ok('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    const m1 = /^Swarm initialized: current node \((\w{25})\) is now a manager\.\n\nTo add a worker to this swarm, run the following command:\n\n {4}docker swarm join --token (SWMTKN-1-\S+) (\S+)\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions\.\n$/.exec(init)
    assert.ok(m1, init)
    nodeId = m1[1]
    assert.equal(m1[3], addr)
    assert.equal(nodeId, (await m.api('GET', '/info')).body.Swarm.NodeID)
    assert.equal(await ok('swarm', 'join-token', '-q', 'worker'), `${m1[2]}\n`)
    assert.match(await ok('swarm', 'join-token', 'manager'), /^To add a manager to this swarm, run the following command:\n\n {4}docker swarm join --token SWMTKN-1-\S+ 127\.0\.0\.1:\d+\n\n$/)

    const wAddr = `127.0.0.1:${await freePort()}`
    const join = await docker(w.socket, ['swarm', 'join', '--token', m1[2], '--listen-addr', wAddr, '--advertise-addr', wAddr, addr])
    assert.equal(join.code, 0, join.stderr)
    assert.equal(join.stdout, 'This node joined a swarm as a worker.\n')
    // As dockerd's, the join answers once the node is ready: no wait, and an update at once
    // reads the version the node's first session left (it was a 409 when it came after).
    assert.equal(await ok('node', 'ls', '--format', '{{.Status}}'), 'Ready\nReady\n')
    assert.equal(await ok('node', 'update', '--label-add', 'joined=1', 'dw1'), 'dw1\n')
    const info = await ok('info')
    assert.match(info, /\n Plugins:\n  Volume: local\n  Network: overlay\n  Log: local json-file\n/)
    // (docker prints the runtimes map in Go's random order)
    assert.match(info, /\n Runtimes: (container process|process container)\n Default Runtime: container\n/)
    assert.match(info, new RegExp(`\\n Swarm: active\\n  NodeID: ${nodeId}\\n  Is Manager: true\\n  ClusterID: \\w{25}\\n  Managers: 1\\n  Nodes: 2\\n`))
    assert.match(info, new RegExp(`\\n  Node Address: 127\\.0\\.0\\.1\\n  Manager Addresses:\\n   ${addr.replace(/\./g, '\\.')}\\n`))
    const onWorker = await docker(w.socket, ['node', 'ls'])
    assert.equal(onWorker.code, 1)
    assert.equal(
      onWorker.stderr,
      "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n",
    )
    assert.match(await docker(w.socket, ['info', '--format', '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}']).then((r) => r.stdout), /^active false\n$/)
  })

  test('docker node ls, update, inspect', async () => {
    assert.deepEqual(lines(await ok('node', 'ls', '--format', '{{.Hostname}} {{.Status}} {{.Availability}} {{.ManagerStatus}} {{.Self}}')), ['dm1 Ready Active Leader true', 'dw1 Ready Active  false'])
    // Drained: the services below run on dm1, whose agent has the container runtime.
    assert.equal(await ok('node', 'update', '--availability', 'drain', '--label-add', 'zone=a', 'dw1'), 'dw1\n')
    assert.equal(await ok('node', 'inspect', '--format', '{{.Spec.Availability}} {{index .Spec.Labels "zone"}} {{.Spec.Role}}', 'dw1'), 'drain a worker\n')
    assert.equal(await ok('node', 'ls', '--filter', 'node.label=zone=a', '--format', '{{.Hostname}}'), 'dw1\n')
    assert.equal(await ok('node', 'ls', '--filter', 'role=manager', '--format', '{{.Hostname}}'), 'dm1\n')
    const pretty = await ok('node', 'inspect', '--pretty', 'self')
    assert.match(pretty, new RegExp(`^ID:\\s+${nodeId}\\nHostname:\\s+dm1\\n`))
    assert.match(pretty, /\nManager Status:\n Address:\s+127\.0\.0\.1:\d+\n Raft Status:\s+Reachable\n Leader:\s+Yes\n/)
    // The engine's plugins, as /info's (dockerd lists its own).
    assert.match(pretty, /\nPlugins:\n Log:\s+json-file, local\n Network:\s+overlay\n Volume:\s+local\n/)
  })

  test('docker service create, ls, ps, inspect, update, scale, rollback, rm', async () => {
    // Not detached: docker's CLI follows the tasks through /tasks and /nodes until they run.
    const created = await ok('service', 'create', '-q', '--no-resolve-image', '--name', 'web', '--label', 'tier=front', '--replicas', '2', '--stop-grace-period', '1s', '--update-monitor', '200ms', '--rollback-monitor', '200ms', 'busybox:test', 'sh', '-c', 'echo hello from $(hostname); exec sleep 3600')
    assert.match(created, /^\w{25}\n$/)
    const id = created.trim()
    assert.equal(await ok('service', 'ls', '--format', '{{.ID}} {{.Name}} {{.Mode}} {{.Replicas}} {{.Image}}'), `${id.slice(0, 12)} web replicated 2/2 busybox:test\n`)
    assert.equal(await ok('service', 'ls', '-q', '--filter', 'label=tier=front', '--filter', 'mode=replicated'), `${id.slice(0, 12)}\n`)
    assert.equal(await ok('service', 'ls', '-q', '--filter', 'label=tier=back'), '')
    const ps = lines(await ok('service', 'ps', '--format', '{{.Name}} {{.Node}} {{.DesiredState}} {{.CurrentState}}', 'web'))
    assert.equal(ps.length, 2)
    ps.forEach((l, i) => assert.match(l, new RegExp(`^web\\.${i + 1} dm1 Running Running .* ago$`)))

    const logs = await waitFor('both tasks logged', async () => {
      const l = lines(await ok('service', 'logs', 'web'))
      return l.length === 2 ? l : null
    })
    logs.forEach((l, i) => assert.match(l, new RegExp(`^web\\.${i + 1}\\.\\w{12}@dm1 +\\| hello from \\w+$`)))
    assert.match(await ok('service', 'logs', '--raw', '--tail', '1', 'web'), /^hello from \w+\nhello from \w+\n$/)
    // A task's own logs (GET /tasks/{id}/logs).
    const taskId = (await ok('service', 'ps', '-q', '--no-trunc', '--filter', 'name=web.1', 'web')).trim()
    assert.match(await ok('service', 'logs', '--raw', taskId), /^hello from \w+\n$/)

    // inspect shows defaults in what the spec left unset (insertDefaults), as docker's.
    const [svc] = JSON.parse(await ok('service', 'inspect', 'web'))
    assert.equal(svc.ID, id)
    assert.equal(svc.Spec.TaskTemplate.ContainerSpec.StopGracePeriod, 1e9)
    assert.deepEqual(svc.Spec.TaskTemplate.RestartPolicy, { Condition: 'any', Delay: 5e9, MaxAttempts: 0 })
    assert.deepEqual(svc.Spec.UpdateConfig, { Parallelism: 1, FailureAction: 'pause', Monitor: 2e8, MaxFailureRatio: 0, Order: 'stop-first' })
    assert.equal(svc.Spec.RollbackConfig.Monitor, 2e8)
    // As dockerd shows them (compared side by side with a private dockerd 20.10).
    assert.deepEqual(svc.Spec.EndpointSpec, { Mode: 'vip' })
    assert.equal(svc.Spec.TaskTemplate.ContainerSpec.Isolation, 'default')
    assert.equal(svc.Spec.TaskTemplate.ContainerSpec.Init, false, "docker's CLI sends Init: false; dockerd shows it back")
    const pretty = await ok('service', 'inspect', '--pretty', 'web')
    assert.match(pretty, new RegExp(`^\\nID:\\s+${id}\\nName:\\s+web\\nLabels:\\n tier=front\\nService Mode:\\s+Replicated\\n Replicas:\\s+2\\n`))

    assert.equal(await ok('service', 'update', '-q', '--env-add', 'A=1', 'web'), 'web\n')
    assert.equal(await ok('service', 'inspect', '--format', '{{.Spec.TaskTemplate.ContainerSpec.Env}} {{.PreviousSpec.TaskTemplate.ContainerSpec.Env}}', 'web'), '[A=1] []\n')
    // PreviousSpec as dockerd shows it: as written (no defaults inserted: no RestartPolicy,
    // which the create did not send), Init false as sent.
    const [updated] = JSON.parse(await ok('service', 'inspect', 'web'))
    assert.equal(updated.PreviousSpec.TaskTemplate.RestartPolicy, undefined)
    assert.equal(updated.PreviousSpec.TaskTemplate.ContainerSpec.Init, false)
    assert.deepEqual(updated.Spec.TaskTemplate.RestartPolicy, { Condition: 'any', Delay: 5e9, MaxAttempts: 0 })
    assert.equal(await ok('service', 'scale', '-d', 'web=3'), 'web scaled to 3\n')
    await waitFor('3 of 3 running', async () => (await ok('service', 'ls', '--format', '{{.Replicas}}')) === '3/3\n', 30_000)
    // The previous spec is the one before the scale: 2 replicas, A=1.
    assert.equal(await ok('service', 'rollback', '-q', 'web'), 'web\n')
    assert.equal(await ok('service', 'inspect', '--format', '{{.Spec.Mode.Replicated.Replicas}} {{.Spec.TaskTemplate.ContainerSpec.Env}}', 'web'), '2 [A=1]\n')

    // A flag for a field shoal does not support: refused, naming the field; nothing created.
    const dns = await dm('service', 'create', '-d', '--no-resolve-image', '--dns', '8.8.8.8', '--name', 'bad', 'busybox:test', 'sleep', '1')
    assert.equal(dns.code, 1)
    assert.equal(dns.stderr, 'Error response from daemon: ServiceSpec.TaskTemplate.ContainerSpec.DNSConfig: shoal does not support per-service DNS servers, search domains and options (--dns*)\n')
    assert.equal(await ok('service', 'ls', '--format', '{{.Name}}'), 'web\n')

    assert.equal(await ok('service', 'rm', 'web'), 'web\n')
    assert.equal(await ok('service', 'ls', '-q'), '')
    const gone = await dm('service', 'inspect', 'web')
    assert.equal(gone.code, 1)
    assert.match(gone.stderr, /no such service: web/i)
  })

  test('docker secret, config and network create, ls, rm; docker events between two times', async () => {
    const since = Math.floor(Date.now() / 1000)
    const secret = await input('s3cr3t\n', 'secret', 'create', '--label', 'tier=db', 'db_pass', '-')
    assert.equal(secret.code, 0, secret.stderr)
    assert.equal(await ok('secret', 'ls', '--format', '{{.ID}} {{.Name}} {{.Labels}}'), `${secret.stdout.trim()} db_pass tier=db\n`)
    assert.equal(await ok('secret', 'inspect', '--format', '{{.Spec.Name}} {{.Spec.Data}}', 'db_pass'), 'db_pass []\n', 'no data out')
    const config = await input('x=1\n', 'config', 'create', 'app.conf', '-')
    assert.equal(config.code, 0, config.stderr)
    assert.equal(await ok('config', 'ls', '--format', '{{.Name}}'), 'app.conf\n')
    assert.match(await ok('network', 'create', '-d', 'overlay', '--subnet', '10.9.0.0/24', 'backend'), /^\w{25}\n$/)
    assert.deepEqual(lines(await ok('network', 'ls', '--format', '{{.Name}} {{.Driver}} {{.Scope}}')), ['backend overlay swarm', 'ingress overlay swarm'])
    assert.equal(await ok('network', 'inspect', '--format', '{{.Name}} {{(index .IPAM.Config 0).Subnet}}', 'backend'), 'backend 10.9.0.0/24\n')
    const encrypted = await dm('network', 'create', '-d', 'overlay', '--opt', 'encrypted', 'secure')
    assert.deepEqual([encrypted.code, encrypted.stderr], [1, 'Error response from daemon: encrypted overlay networks (--opt encrypted) are not supported: shoal does not encrypt the data plane\n'])
    assert.equal(await ok('secret', 'rm', 'db_pass'), 'db_pass\n')
    assert.equal(await ok('config', 'rm', 'app.conf'), 'app.conf\n')
    assert.equal(await ok('network', 'rm', 'backend'), 'backend\n')
    assert.equal(await ok('secret', 'ls', '-q'), '')

    // Until a second past now: docker's CLI streams what happened between, then ends.
    const until = Math.floor(Date.now() / 1000) + 1
    // (Services aside: the second `since` names may hold the previous test's last events.)
    const kinds = ['--filter', 'type=secret', '--filter', 'type=config', '--filter', 'type=network']
    const events = lines(await ok('events', '--since', String(since), '--until', String(until), ...kinds, '--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'))
    assert.deepEqual(events, ['config create app.conf', 'config remove app.conf', 'network create backend', 'network remove backend', 'secret create db_pass', 'secret remove db_pass'])
    const filtered = await ok('events', '--since', String(since), '--until', String(until), '--filter', 'type=network', '--filter', 'event=remove')
    assert.match(filtered, /^\d{4}-\d\d-\d\dT[\d:.]+Z network remove \w{25} \(name=backend\)\n$/)
  })

  test("docker service create resolves the image's digest through /distribution and pins it", async () => {
    const ref = `${registry.addr}/team/busybox:v1`
    const r = await dm('service', 'create', '-d', '-q', '--name', 'pinned', '--replicas', '0', ref)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stderr, '', 'no "could not be accessed on a registry" warning')
    assert.equal(await ok('service', 'inspect', '--format', '{{.Spec.TaskTemplate.ContainerSpec.Image}}', 'pinned'), `${ref}@${digest}\n`)
    assert.equal(await ok('service', 'rm', 'pinned'), 'pinned\n')
  })

  test('docker swarm leave on the worker, docker node rm on the manager', async () => {
    const leave = await docker(w.socket, ['swarm', 'leave'])
    assert.equal(leave.code, 0, leave.stderr)
    assert.equal(leave.stdout, 'Node left the swarm.\n')
    assert.equal((await docker(w.socket, ['info', '--format', '{{.Swarm.LocalNodeState}}'])).stdout, 'inactive\n')
    assert.equal(await ok('node', 'rm', '--force', 'dw1'), 'dw1\n')
    assert.equal(await ok('node', 'ls', '--format', '{{.Hostname}}'), 'dm1\n')
  })

  test("Debian's docker.io client (API 1.41) negotiates down and drives services", { skip: olderClient ? false : `no Debian docker.io client at ${DEBIAN_DOCKER} beside ${dockerPath}` }, async () => {
    const old = (...args: string[]) => docker(m.socket, args, undefined, olderClient!)
    const v = await old('version', '--format', '{{.Client.APIVersion}} {{.Server.APIVersion}} {{.Server.MinAPIVersion}}')
    assert.equal(v.stdout, '1.41 1.50 1.24\n', v.stderr)
    const c = await old('service', 'create', '-q', '-d', '--no-resolve-image', '--name', 'old', 'busybox:test', 'sleep', '3600')
    assert.equal(c.code, 0, c.stderr)
    assert.equal((await old('service', 'update', '-q', '-d', '--replicas', '2', 'old')).code, 0)
    assert.equal((await old('service', 'inspect', '--format', '{{.Spec.Mode.Replicated.Replicas}}', 'old')).stdout, '2\n')
    assert.equal((await old('service', 'rm', 'old')).stdout, 'old\n')
  })
})
