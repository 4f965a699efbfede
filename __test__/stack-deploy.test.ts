// Stacks end to end: a real daemon, the real CLI, process-runtime services (x-shoal-runtime:
// process). What must hold: docker's names and listings; depends_on orders the first
// deployment; a redeploy touches only what changed; --prune; a deploy refused by
// validation, by the daemon's state or by the daemon itself leaves nothing behind;
// stack rm removes everything. The daemon is a host of its own (a network namespace): the
// stack's tasks are on an overlay network, whose VXLAN device must not meet another run's.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TestDaemon, cli, waitFor } from './helpers/daemon'
import { TestNetwork, netnsUnavailable } from './helpers/netns'
import { NO_DOCKER, docker } from './helpers/docker'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

const skip = netnsUnavailable()

describe('stack deploy', { skip: skip ?? false }, () => {
  const net = new TestNetwork('10.217.0')
  let m: TestDaemon
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-stack-files-'))
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(scratch, name), text)
    return path.join(scratch, name)
  }
  const deploy = (args: string[], env: NodeJS.ProcessEnv = {}) => cli(m.socket, ['stack', 'deploy', '--resolve-image', 'never', '--dependency-timeout', '30s', ...args], { env })

  // Everything the daemon holds that a deploy could have written.
  const state = async () => {
    const [services, networks, secrets, configs] = await Promise.all(['/services', '/networks', '/secrets', '/configs'].map(async (p) => (await m.api('GET', p)).body as any[]))
    return {
      // Name and spec: the version index moves on its own while a rolling update finishes.
      services: services.map((s) => `${s.Spec.Name}@${JSON.stringify(s.Spec)}`).sort(),
      networks: networks.map((n) => n.Name).sort(),
      secrets: secrets.map((s) => s.Spec.Name).sort(),
      configs: configs.map((c) => c.Spec.Name).sort(),
    }
  }

  before(async () => {
    const [host] = net.setup(1).hosts
    m = new TestDaemon('shoal-stack', ['--hostname', 'm1'], { netns: host.ns })
    await m.start()
    const init = await m.cli('swarm', 'init', '--advertise-addr', host.addr)
    assert.equal(init.code, 0, init.stderr)
  })
  after(async () => {
    if (m?.proc) await m.cli('swarm', 'leave', '--force').catch(() => undefined)
    assert.deepEqual(await net.destroyWith(m ? [m] : []), [])
    fs.rmSync(scratch, { recursive: true, force: true })
  })

  const compose = `
services:
  db:
    image: /bin/sleep
    command: "1000"
    x-shoal-runtime: process
    secrets: [token]
    environment:
      - ROLE=\${ROLE:-db}
  web:
    image: /bin/sleep
    command: ["1000"]
    x-shoal-runtime: process
    deploy: {replicas: 2, labels: {tier: front}}
    depends_on: {db: {condition: service_healthy}}
    configs: [site]
secrets:
  token: {file: ./token.txt}
configs:
  site: {content: "listen 8080"}
`

  test('deploy: depends_on orders creation; docker names; ls, services, ps', async () => {
    write('token.txt', 's3cret\n')
    const file = write('compose.yml', compose)
    const d = await deploy(['-c', file, 'app'])
    assert.equal(d.code, 0, d.stderr)
    assert.deepEqual(d.stdout.trimEnd().split('\n'), [
      'Creating network app_default',
      'Creating secret app_token',
      'Creating config app_site',
      'Creating service app_db',
      'Waiting for service app_db to be healthy (depends_on of app_web)',
      'Creating service app_web',
    ])
    // The order as the daemon saw it: web was created after db's task was running.
    const web = (await m.api('GET', '/services/app_web')).body
    const dbTasks = (await m.api('GET', `/tasks?filters=${filters({ service: ['app_db'] })}`)).body as any[]
    assert.equal(dbTasks.length, 1)
    assert.ok(dbTasks[0].Status.State === 'running' && Date.parse(dbTasks[0].Status.Timestamp) <= Date.parse(web.CreatedAt), JSON.stringify([dbTasks[0].Status, web.CreatedAt]))

    assert.deepEqual(web.Spec.Labels, { 'com.docker.stack.image': '/bin/sleep', 'com.docker.stack.namespace': 'app', tier: 'front', 'io.shoal.stack.digest': web.Spec.Labels['io.shoal.stack.digest'] })
    assert.equal(web.Spec.TaskTemplate.ContainerSpec.Labels['com.docker.stack.namespace'], 'app')
    const net = (await m.api('GET', '/networks/app_default')).body
    assert.equal(net.Labels['com.docker.stack.namespace'], 'app')
    assert.deepEqual(web.Spec.TaskTemplate.Networks, [{ Target: net.Id, Aliases: ['web'] }])

    const ls = await m.cli('stack', 'ls')
    assert.equal(ls.stdout, 'NAME      SERVICES\napp       2\n')
    await waitFor('both services converged', async () => (await m.cli('stack', 'services', 'app')).stdout.match(/ 1\/1 | 2\/2 /g)?.length === 2)
    const services = (await m.cli('stack', 'services', 'app')).stdout.trimEnd().split('\n')
    assert.match(services[0], /^ID\s+NAME\s+MODE\s+REPLICAS\s+IMAGE\s+PORTS$/)
    assert.match(services[1], /^\w{12}\s+app_db\s+replicated\s+1\/1\s+\/bin\/sleep\s*$/)
    assert.match(services[2], /^\w{12}\s+app_web\s+replicated\s+2\/2\s+\/bin\/sleep\s*$/)
    const ps = (await m.cli('stack', 'ps', 'app')).stdout.trimEnd().split('\n')
    assert.deepEqual(ps.slice(1).map((l) => l.split(/\s+/)[1]).sort(), ['app_db.1', 'app_web.1', 'app_web.2'])
    const webTask = (await m.api('GET', `/tasks?filters=${filters({ service: ['app_web'] })}`)).body[0].ID
    assert.equal((await m.cli('stack', 'ps', '-q', '--filter', `id=${webTask}`, 'app')).stdout, `${webTask}\n`)
    assert.equal((await m.cli('stack', 'ps', '-q', '--filter', 'desired-state=shutdown', 'app')).stdout, '')
    assert.match((await m.cli('stack', 'ps', '--filter', 'bogus=1', 'app')).stderr, /invalid filter "bogus=1": expected one of desired-state=, id=, node=/)
  })

  test('depends_on service_completed_successfully waits for a job to complete', async (t) => {
    // Swarm jobs are the daemon's (issue 14's jobs work): without them there is nothing to wait on.
    const probe = await m.api('POST', '/services/create', { Name: 'probe-job', Mode: { ReplicatedJob: { TotalCompletions: 0 } }, TaskTemplate: { Runtime: 'process', ContainerSpec: { Image: '/bin/true' }, RestartPolicy: { Condition: 'none' } } })
    if (probe.status !== 201) return t.skip(`this daemon runs no jobs: ${probe.text}`)
    await m.api('DELETE', '/services/probe-job')
    const file = write(
      'job.yml',
      'services:\n  migrate:\n    image: /bin/sh\n    command: ["-c", "sleep 1"]\n    x-shoal-runtime: process\n    deploy: {mode: replicated-job, replicas: 2}\n  web:\n    image: /bin/sleep\n    command: "1000"\n    x-shoal-runtime: process\n    depends_on: {migrate: {condition: service_completed_successfully}}\n',
    )
    const r = await deploy(['-c', file, 'job'])
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(r.stdout.trimEnd().split('\n'), ['Creating network job_default', 'Creating service job_migrate', 'Waiting for service job_migrate to be completed (depends_on of job_web)', 'Creating service job_web'])
    const web = (await m.api('GET', '/services/job_web')).body
    const tasks = (await m.api('GET', `/tasks?filters=${filters({ service: ['job_migrate'] })}`)).body as any[]
    assert.deepEqual(tasks.map((t) => t.Status.State), ['complete', 'complete'])
    for (const t of tasks) assert.ok(Date.parse(t.Status.Timestamp) <= Date.parse(web.CreatedAt), JSON.stringify([t.Status, web.CreatedAt]))
    assert.equal((await m.cli('stack', 'rm', 'job')).code, 0)
  })

  test('stack config prints the merged, interpolated file', async () => {
    const base = write('base.yml', 'services:\n  a:\n    image: "/bin/${PROG:-sleep}"\n    environment: [A=1]\n')
    const over = write('over.yml', 'services:\n  a:\n    environment: {B: "2"}\n')
    const r = await cli(m.socket, ['stack', 'config', '-c', base, '-c', over], { env: { PROG: 'true' } })
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, 'services:\n  a:\n    image: /bin/true\n    environment:\n      A: "1"\n      B: "2"\n')
  })

  test('redeploy: unchanged services are left alone, a changed one is updated', async () => {
    const file = path.join(scratch, 'compose.yml')
    const before = await state()
    const same = await deploy(['-c', file, 'app'])
    assert.equal(same.code, 0, same.stderr)
    assert.deepEqual(same.stdout.trimEnd().split('\n'), ['Service app_db is up to date', 'Service app_web is up to date'])
    assert.deepEqual(await state(), before)

    // --detach=false (docker's spelling): returns once the updated service has converged.
    const changed = await deploy(['-c', file, '--detach=false', 'app'], { ROLE: 'primary' })
    assert.equal(changed.code, 0, changed.stderr)
    assert.match(changed.stdout, /^Updating service app_db \(id: \w+\)\nService app_web is up to date\n/)
    assert.match(changed.stdout, /verify: Service converged\s*$/)
    const tasks = (await m.api('GET', `/tasks?filters=${filters({ service: ['app_db'], 'desired-state': ['running'] })}`)).body as any[]
    assert.deepEqual(tasks.map((t) => [t.Status.State, t.Spec.ContainerSpec.Env]), [['running', ['ROLE=primary']]])
    const after = await state()
    assert.notDeepEqual(after.services.find((s) => s.startsWith('app_db@')), before.services.find((s) => s.startsWith('app_db@')))
    assert.equal(after.services.find((s) => s.startsWith('app_web@')), before.services.find((s) => s.startsWith('app_web@')))
    assert.deepEqual((await m.api('GET', '/services/app_db')).body.Spec.TaskTemplate.ContainerSpec.Env, ['ROLE=primary'])
  })

  test('refusals leave everything as it was', async () => {
    const before = await state()
    // Validation: every problem named with its line, nothing sent.
    const bad = write('bad.yml', 'services:\n  extra:\n    image: /bin/sleep\n    x-shoal-runtime: process\n    deploy: {replicas: -1}\n    networks: [missing]\n')
    const r1 = await deploy(['-c', bad, 'app'])
    assert.equal(r1.code, 1)
    assert.equal(r1.stdout, '')
    assert.deepEqual(r1.stderr.trimEnd().split('\n'), [
      `Error: ${bad}:5: services.extra.deploy.replicas: must be a whole number ≥ 0, not -1`,
      `Error: ${bad}:6: services.extra.networks.missing: network "missing" is not declared in the top-level networks`,
    ])
    // The daemon's state: an external network that does not exist; a secret whose data changed.
    const ext = write('ext.yml', compose + 'networks:\n  default: {external: true, name: nowhere}\n')
    const r2 = await deploy(['-c', ext, 'app'])
    assert.equal(r2.code, 1)
    assert.match(r2.stderr, /^Error: \S+ext\.yml:\d+: network "nowhere" is declared as external, but could not be found/)
    write('token.txt', 'changed\n')
    const r3 = await deploy(['-c', path.join(scratch, 'compose.yml'), 'app'])
    assert.equal(r3.code, 1)
    assert.match(r3.stderr, /secret "app_token" has changed, and secrets cannot change: give the new one another name/)
    write('token.txt', 's3cret\n')
    // The daemon refusing a write half-way (a constraint only the daemon parses): what this
    // deploy had created is removed again.
    const half = write(
      'half.yml',
      'services:\n  a:\n    image: /bin/sleep\n    command: "1000"\n    x-shoal-runtime: process\n  b:\n    image: /bin/sleep\n    x-shoal-runtime: process\n    depends_on: [a]\n    deploy: {placement: {constraints: ["node.nonsense"]}}\n',
    )
    const r4 = await deploy(['-c', half, 'other'])
    assert.equal(r4.code, 1)
    assert.match(r4.stdout, /Creating service other_a\n/)
    assert.match(r4.stdout, /Removing service other_a\nRemoving network other_default\n$/)
    assert.match(r4.stderr, /Deploy failed: undoing what it changed\nError: .*constraint/i)
    // A dependency that never starts: the dependent is not created, the deploy is undone.
    const never = write('never.yml', 'services:\n  a:\n    image: /nonexistent/program\n    x-shoal-runtime: process\n  b:\n    image: /bin/sleep\n    x-shoal-runtime: process\n    depends_on: [a]\n')
    const r5 = await cli(m.socket, ['stack', 'deploy', '--resolve-image', 'never', '--dependency-timeout', '2s', '-c', never, 'other'])
    assert.equal(r5.code, 1)
    assert.match(r5.stderr, /Error: service other_a did not become started within 2s \(depends_on of other_b, \S+never\.yml:8\); its latest task is \w+: .+/)
    assert.doesNotMatch(r5.stdout, /Creating service other_b/)
    assert.match(r5.stdout, /Removing service other_a\nRemoving network other_default\n$/)
    assert.deepEqual(await state(), before)
  })

  test('a published port another service holds is refused before any write', async () => {
    const holder = await m.cli('service', 'create', '--detach', '--name', 'holder', '--replicas', '0', '-p', '18080:80', '--runtime', 'process', '/bin/sleep', '1000')
    assert.equal(holder.code, 0, holder.stderr)
    const before = await state()
    const file = write('port.yml', 'services:\n  web:\n    image: /bin/sleep\n    x-shoal-runtime: process\n    ports: ["18080:80", {target: 81, published: 18080, mode: host}]\n')
    const r = await deploy(['-c', file, 'other'])
    assert.equal(r.code, 1)
    assert.equal(r.stdout, '')
    assert.equal(r.stderr, 'Error: service other_web: port 18080/tcp is already published by service holder\n')
    assert.deepEqual(await state(), before)
    assert.equal((await m.cli('service', 'rm', 'holder')).code, 0)
  })

  test("docker's own stack deploy and shoal's make the same objects from the same file", { skip: NO_DOCKER }, async () => {
    write('cert.pem', 'not really a certificate\n')
    const file = write(
      'same.yml',
      `version: "3.8"
services:
  web:
    image: nginx:1.27
    entrypoint: /docker-entrypoint.sh
    command: ["nginx", "-g", "daemon off;"]
    environment: [A=1]
    labels: {tier: front}
    ports: ["80", {target: 443, protocol: udp}]
    hostname: web
    user: "1000"
    working_dir: /srv
    stop_grace_period: 30s
    volumes: ["data:/var/lib/web", "/srv/static:/static:ro"]
    read_only: true
    cap_add: [net_admin, CAP_SYS_TIME]
    healthcheck: {test: ["CMD", "true"], interval: 10s, retries: 2}
    secrets: [{source: cert, target: tls.pem, mode: 0400}]
    configs: [site]
    networks: {front: {aliases: [www]}}
    deploy:
      replicas: 0
      labels: [svc=web]
      placement: {constraints: [node.role==manager], preferences: [{spread: node.labels.zone}]}
      resources: {limits: {cpus: "0.5", memory: 64M}, reservations: {memory: 32M}}
      update_config: {parallelism: 2, delay: 10s, order: start-first}
      rollback_config: {failure_action: continue}
      restart_policy: {condition: on-failure, max_attempts: 3, delay: 1s}
  api:
    image: busybox:1.36
    command: sleep 1000
    stop_signal: SIGUSR1
    logging: {driver: json-file, options: {max-size: 10m}}
    environment: {B: "2", C: ""}
    configs: [{source: site, target: /etc/site.conf, uid: "100", gid: "101", mode: 0440}]
    ports: [{target: 8080, published: 18081, mode: host}]
    deploy:
      replicas: 0
      endpoint_mode: dnsrr
      placement: {max_replicas_per_node: 1}
      resources: {limits: {cpus: "1.5"}, reservations: {cpus: "0.25"}}
      restart_policy: {condition: any, delay: 2s, window: 1m}
      rollback_config: {parallelism: 0, delay: 1s, monitor: 5s, max_failure_ratio: 0.5, order: stop-first}
networks:
  front: {driver: overlay, attachable: true, labels: {net: f}}
volumes:
  data: {}
secrets:
  cert: {file: ./cert.pem}
configs:
  site: {file: ./cert.pem, labels: {c: "1"}}
`,
    )
    const d = await docker(m.socket, ['stack', 'deploy', '--resolve-image', 'never', '-c', file, 'dk'])
    assert.equal(d.code, 0, d.stderr)
    const s = await deploy(['-c', file, 'sh'])
    assert.equal(s.code, 0, s.stderr)
    // The same objects, but for the stack's name, ids and shoal's digest label.
    const same = (text: string, ns: string) => JSON.parse(text.split(`${ns}_`).join('NS_').split(`"${ns}"`).join('"NS"').replace(/"io\.shoal\.stack\.digest":"\w+",?/g, '').replace(/,}/g, '}'))
    const service = async (name: string) => {
      const svc = (await m.api('GET', `/services/${name}`)).body.Spec
      for (const n of svc.TaskTemplate.Networks) n.Target = (await m.api('GET', `/networks/${n.Target}`)).body.Name
      for (const r of svc.TaskTemplate.ContainerSpec.Secrets ?? []) delete r.SecretID
      for (const r of svc.TaskTemplate.ContainerSpec.Configs ?? []) delete r.ConfigID
      return svc
    }
    const spec = async (ns: string) => {
      const svc = await service(`${ns}_web`)
      const api = await service(`${ns}_api`)
      const net = (await m.api('GET', `/networks/${ns}_front`)).body
      const secret = (await m.api('GET', `/secrets/${ns}_cert`)).body.Spec
      const config = (await m.api('GET', `/configs/${ns}_site`)).body.Spec
      return same(JSON.stringify({ svc, api, net: { Driver: net.Driver, Attachable: net.Attachable, Labels: net.Labels }, secret, config }), ns)
    }
    assert.deepEqual(await spec('sh'), await spec('dk'))
    // Each sees the other's stack, and lists them alike.
    const listed = await docker(m.socket, ['stack', 'ls'])
    assert.equal(listed.code, 0, listed.stderr)
    assert.equal(listed.stdout, (await m.cli('stack', 'ls')).stdout)
    assert.match(listed.stdout, /^NAME +SERVICES\napp +2\ndk +2\nsh +2\n$/)
    assert.equal((await m.cli('stack', 'rm', 'dk', 'sh')).code, 0)
  })

  test('--prune removes what the file no longer has; stack rm removes the rest', async () => {
    const smaller = write(
      'smaller.yml',
      'services:\n  db:\n    image: /bin/sleep\n    command: "1000"\n    x-shoal-runtime: process\n    secrets: [token]\n    environment: [ROLE=primary]\nsecrets:\n  token: {file: ./token.txt}\n',
    )
    const p = await deploy(['-c', smaller, '--prune', 'app'])
    assert.equal(p.code, 0, p.stderr)
    assert.deepEqual(p.stdout.trimEnd().split('\n'), ['Service app_db is up to date', 'Removing service app_web', 'Removing config app_site'])
    assert.deepEqual(await state().then((s) => [s.services.map((x) => x.split('@')[0]), s.configs]), [['app_db'], []])

    const rm = await m.cli('stack', 'rm', 'app')
    assert.equal(rm.code, 0, rm.stderr)
    assert.deepEqual(rm.stdout.trimEnd().split('\n'), ['Removing service app_db', 'Removing secret app_token', 'Removing network app_default'])
    const s = await state()
    assert.deepEqual([s.services, s.secrets, s.configs, s.networks], [[], [], [], ['ingress']])
    const again = await m.cli('stack', 'rm', 'app')
    assert.equal(again.code, 0)
    assert.equal(again.stderr, 'Nothing found in stack: app\n')
    assert.equal((await m.cli('stack', 'ls')).stdout, 'NAME      SERVICES\n')
  })
})
