// Configs end to end: real daemons (a manager and a worker), the real CLI (and docker's,
// when this machine has it), real task processes. What must hold: docker's shapes and
// commands; data up to 500 KiB, immutable but for labels; removal refused while a service
// uses the config; a task gets the config as a file, and only its node receives it.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TestDaemon, cli, freePort, waitFor } from './helpers/daemon'
import { filesContaining } from './helpers/files'
import { NO_DOCKER, docker } from './helpers/docker'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

async function runningTask(m: TestDaemon, service: string, not?: string): Promise<any> {
  return waitFor(`a running task of ${service}`, async () => {
    const r = await m.api('GET', `/tasks?filters=${filters({ service: [service], 'desired-state': ['running'] })}`)
    return (r.body as any[]).find((t) => t.Status.State === 'running' && t.ID !== not)
  }, 30_000)
}

async function logsWith(m: TestDaemon, service: string, needle: string): Promise<string> {
  return waitFor(`${service} output`, async () => {
    const l = await m.cli('service', 'logs', service)
    return l.stdout.includes(needle) ? l.stdout : null
  })
}

describe('configs', () => {
  const m = new TestDaemon('shoal-cfg-m', ['--hostname', 'm1'])
  const w = new TestDaemon('shoal-cfg-w', ['--hostname', 'w1'])
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-cfg-files-'))
  const content = `listen=8080\ntoken=${randomBytes(12).toString('hex')}\n`
  const content2 = `listen=9090\ntoken=${randomBytes(12).toString('hex')}\n`
  let wId = ''

  before(async () => {
    await Promise.all([m, w].map((d) => d.start()))
    const addr = `127.0.0.1:${await freePort()}`
    assert.equal((await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)).code, 0)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const j = await w.cli('swarm', 'join', '--token', token, addr)
    assert.equal(j.code, 0, j.stderr)
    wId = (await w.api('GET', '/info')).body.Swarm.NodeID
    await waitFor('w1 ready', async () => (await m.api('GET', `/nodes/${wId}`)).body?.Status?.State === 'ready')
  })
  after(async () => {
    await w.destroy()
    await m.destroy()
    fs.rmSync(scratch, { recursive: true, force: true })
  })

  test('config create (file and stdin), ls, inspect, labels-only update, rm', async () => {
    const file = path.join(scratch, 'app.conf')
    fs.writeFileSync(file, content)
    const c1 = await m.cli('config', 'create', '--label', 'env=prod', 'app.conf', file)
    assert.equal(c1.code, 0, c1.stderr)
    assert.match(c1.stdout, /^[0-9a-z]{25}\n$/)
    const c2 = await cli(m.socket, ['config', 'create', 'app.conf.v2', '-'], { input: content2 })
    assert.equal(c2.code, 0, c2.stderr)

    const ls = await m.cli('config', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    const lines = ls.stdout.trimEnd().split('\n')
    assert.match(lines[0], /^ID\s+NAME\s+CREATED\s+UPDATED$/)
    assert.match(lines[1], new RegExp(`^${c1.stdout.trim()}\\s+app\\.conf\\s+\\S.* ago\\s+\\S.* ago$`))
    assert.match(lines[2], /^\S+\s+app\.conf\.v2\s/)
    assert.equal(lines.length, 3)
    assert.equal((await m.cli('config', 'ls', '-q', '--filter', 'name=app.conf')).stdout, c1.stdout)
    const byLabel = await m.cli('config', 'ls', '--format', 'json', '--filter', 'label=env=prod')
    assert.deepEqual(byLabel.stdout.trim().split('\n').map((l) => JSON.parse(l).Name), ['app.conf'])

    // Configs are not secret: inspect shows the data (base64, as docker's).
    const [obj] = JSON.parse((await m.cli('config', 'inspect', 'app.conf')).stdout)
    assert.equal(obj.ID, c1.stdout.trim())
    assert.deepEqual(obj.Spec, { Name: 'app.conf', Labels: { env: 'prod' }, Data: Buffer.from(content).toString('base64') })
    const pretty = await m.cli('config', 'inspect', '--pretty', 'app.conf')
    assert.equal(pretty.code, 0, pretty.stderr)
    assert.match(pretty.stdout, new RegExp(`^ID:\\s+${obj.ID}\\nName:\\s+app\\.conf\\nLabels:\\n - env=prod\\nCreated at:\\s+\\S+\\nUpdated at:\\s+\\S+\\nData:\\n${content}\\n$`))

    // POST /configs/{id}/update: labels only, at the version read.
    const version = obj.Version.Index
    const labels = await m.api('POST', `/configs/${obj.ID}/update?version=${version}`, { Name: 'app.conf', Labels: { env: 'staging' }, Data: obj.Spec.Data })
    assert.equal(labels.status, 200, labels.text)
    assert.deepEqual((await m.api('GET', '/configs/app.conf')).body.Spec.Labels, { env: 'staging' })
    const stale = await m.api('POST', `/configs/${obj.ID}/update?version=${version}`, { Name: 'app.conf', Labels: {} })
    assert.equal(stale.status, 409)
    const now = (await m.api('GET', '/configs/app.conf')).body.Version.Index
    const data = await m.api('POST', `/configs/${obj.ID}/update?version=${now}`, { Name: 'app.conf', Data: Buffer.from('changed').toString('base64') })
    assert.deepEqual([data.status, data.body.message], [400, 'only updates to Labels are allowed'])
    const rename = await m.api('POST', `/configs/${obj.ID}/update?version=${now}`, { Name: 'other' })
    assert.deepEqual([rename.status, rename.body.message], [400, 'only updates to Labels are allowed'])
    assert.equal((await m.api('GET', '/configs/app.conf')).body.Version.Index, now)
    assert.equal((await m.api('GET', '/configs/app.conf')).body.Spec.Data, obj.Spec.Data)

    const tmp = await cli(m.socket, ['config', 'create', 'tmp', '-'], { input: 'short-lived' })
    assert.equal(tmp.code, 0, tmp.stderr)
    const rm = await m.cli('config', 'rm', 'tmp', 'no-such')
    assert.equal(rm.code, 1)
    assert.equal(rm.stdout, 'tmp\n')
    assert.equal(rm.stderr, 'Error: config no-such not found\n')
    assert.equal((await m.cli('config', 'inspect', 'tmp')).stderr, 'Error: config tmp not found\n')
  })

  test('bad input is refused with a clear message and changes nothing', async () => {
    const before = (await m.cli('config', 'ls', '-q')).stdout
    const services = (await m.cli('service', 'ls', '-q')).stdout
    const cases: [string[], string | Buffer, RegExp][] = [
      [['config', 'create', 'app.conf', '-'], 'other', /^Error: config app\.conf already exists\n$/],
      [['config', 'create', 'empty', '-'], '', /^Error: config data must be larger than 0 and less than 512000 bytes \(500 KiB\); got 0 bytes\n$/],
      [['config', 'create', 'big', '-'], Buffer.alloc(600_000, 'x'), /^Error: config data must be larger than 0 and less than 512000 bytes \(500 KiB\); got 600000 bytes\n$/],
      [['config', 'create', 'bad_', '-'], 'x', /^Error: invalid config name "bad_": only 64 \[a-zA-Z0-9-_.\] characters allowed/],
      [['config', 'create', '--template-driver', 'golang', 'tpl', '-'], 'x', /^Error: config template driver "golang" is not supported: config data is used as it is\n$/],
    ]
    for (const [args, input, message] of cases) {
      const r = await cli(m.socket, args, { input })
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`)
      assert.match(r.stderr, message)
    }
    const notBase64 = await m.api('POST', '/configs/create', { Name: 'b64', Data: 'not base64!' })
    assert.deepEqual([notBase64.status, notBase64.body.message], [400, 'invalid config data: must be base64 (standard alphabet, padded)'])
    const runtime = await m.api('POST', '/services/create', { Name: 'rt', TaskTemplate: { ContainerSpec: { Image: 'x', Configs: [{ ConfigName: 'app.conf', Runtime: {} }] } } })
    assert.deepEqual([runtime.status, runtime.body.message], [400, 'invalid config reference: Runtime targets are not supported'])

    const svc = ['service', 'create', '-d', '--runtime', 'process']
    const unknown = await m.cli(...svc, '--name', 'uses-unknown', '--config', 'app.conf', '--config', 'nope', 'sleep', '60')
    assert.equal(unknown.stderr, 'Error: config not found: nope\n')
    // A relative target is taken from "/", so these two are the same file.
    const clash = await m.cli(...svc, '--name', 'clash', '--config', 'source=app.conf,target=/etc/x', '--config', 'source=app.conf.v2,target=etc/x', 'sleep', '60')
    assert.equal(clash.stderr, "Error: config references 'app.conf' and 'app.conf.v2' have a conflicting target: 'etc/x'\n")
    const escape = await m.cli(...svc, '--name', 'escape', '--config', 'source=app.conf,target=/etc/../x', 'sleep', '60')
    assert.match(escape.stderr, /^Error: invalid config target "\/etc\/\.\.\/x" for config app\.conf: /)
    const badMode = await m.cli(...svc, '--name', 'badmode', '--config', 'source=app.conf,mode=rw', 'sleep', '60')
    assert.match(badMode.stderr, /^Error: invalid config "source=app.conf,mode=rw": invalid mode specified: rw/)

    assert.equal((await m.cli('config', 'ls', '-q')).stdout, before)
    assert.equal((await m.cli('service', 'ls', '-q')).stdout, services)
  })

  test('a process-runtime task reads its config file; only its node receives it; rm refused while in use', async () => {
    const r = await m.cli(
      'service', 'create', '-d', '--name', 'web', '--runtime', 'process', '--constraint', 'node.hostname==w1',
      '--config', 'source=app.conf,target=/etc/app/app.conf,mode=0440',
      '/bin/sh', '-c', 'f="$SHOAL_CONFIGS_DIR/etc/app/app.conf"; echo "config=$(tr "\\n" " " < "$f") stat=$(stat -c %a "$f")" && exec sleep 300',
    )
    assert.equal(r.code, 0, r.stderr)
    const t = await runningTask(m, 'web')
    assert.equal(t.NodeID, wId)
    const logs = await logsWith(m, 'web', 'config=')
    assert.match(logs, new RegExp(`config=${content.replace(/\n/g, ' ')} stat=440`))
    // The worker holds the file (in its agent's configs directory, one per task; the task
    // printed it to its own output too); the manager's node runs no task using it and got
    // nothing (its Raft log is encrypted).
    const token = content.split('token=')[1].trim()
    const configsDir = path.join(w.dir, 'data', 'agent', 'configs')
    assert.deepEqual(filesContaining(configsDir, token), [path.join(configsDir, t.ID, 'etc', 'app', 'app.conf')])
    assert.deepEqual(filesContaining(m.dir, token), [])

    // The manager's own agent (attached in-process, not over gRPC) gets configs the same way;
    // a relative target is taken from "/".
    const onM = await m.cli('service', 'create', '-d', '--name', 'on-m', '--runtime', 'process', '--constraint', 'node.hostname==m1', '--config', 'source=app.conf.v2,target=app.conf',
      '/bin/sh', '-c', 'echo "v2=$(head -n1 "$SHOAL_CONFIGS_DIR/app.conf") mode=$(stat -c %a "$SHOAL_CONFIGS_DIR/app.conf")" && exec sleep 300')
    assert.equal(onM.code, 0, onM.stderr)
    assert.match(await logsWith(m, 'on-m', 'v2='), /v2=listen=9090 mode=444/)
    assert.equal((await m.cli('service', 'rm', 'on-m')).code, 0)

    const inspect = JSON.parse((await m.cli('service', 'inspect', 'web')).stdout)[0]
    assert.deepEqual(inspect.Spec.TaskTemplate.ContainerSpec.Configs, [
      { File: { Name: '/etc/app/app.conf', UID: '0', GID: '0', Mode: 0o440 }, ConfigID: (await m.api('GET', '/configs/app.conf')).body.ID, ConfigName: 'app.conf' },
    ])
    const inUse = await m.cli('config', 'rm', 'app.conf')
    assert.equal(inUse.stderr, "Error: config 'app.conf' is in use by the following service: web\n")
    assert.equal((await m.cli('config', 'ls', '-q', '--filter', 'name=app.conf')).stdout.split('\n').length, 2)
  })

  test('--config-rm/--config-add roll the tasks; an ended task leaves no config file', async () => {
    const old = await runningTask(m, 'web')
    const u = await m.cli('service', 'update', '-d', '--config-rm', 'app.conf', '--config-add', 'source=app.conf.v2,target=/etc/app/app.conf', 'web')
    assert.equal(u.code, 0, u.stderr)
    const fresh = await runningTask(m, 'web', old.ID)
    const spec = (await m.api('GET', '/services/web')).body.Spec.TaskTemplate.ContainerSpec
    assert.deepEqual(spec.Configs.map((c: any) => c.ConfigName), ['app.conf.v2'])
    const configsDir = path.join(w.dir, 'data', 'agent', 'configs')
    await waitFor('the old task dir gone, the new one there', () => {
      const dirs = fs.existsSync(configsDir) ? fs.readdirSync(configsDir) : []
      return dirs.length === 1 && dirs[0] === fresh.ID
    })
    assert.equal(fs.readFileSync(path.join(configsDir, fresh.ID, 'etc', 'app', 'app.conf'), 'utf8'), content2)
    assert.equal((await m.cli('config', 'rm', 'app.conf')).code, 0, 'no longer used')
    assert.equal((await m.cli('service', 'rm', 'web')).code, 0)
    await waitFor('no config files left on w1', () => fs.readdirSync(configsDir).length === 0)
  })

  test("docker's CLI drives config create, ls, inspect, rm and service create/update --config", { skip: NO_DOCKER }, async () => {
    const created = await docker(m.socket, ['config', 'create', '--label', 'from=docker', 'docker.conf', '-'], 'from docker\n')
    assert.equal(created.code, 0, created.stderr)
    const id = created.stdout.trim()
    assert.match(id, /^[0-9a-z]{25}$/)
    const ls = await docker(m.socket, ['config', 'ls', '--format', '{{.ID}} {{.Name}}', '--filter', 'label=from=docker'])
    assert.equal(ls.code, 0, ls.stderr)
    assert.equal(ls.stdout, `${id} docker.conf\n`)
    const inspect = await docker(m.socket, ['config', 'inspect', 'docker.conf'])
    assert.equal(inspect.code, 0, inspect.stderr)
    const [obj] = JSON.parse(inspect.stdout)
    assert.equal(obj.ID, id)
    assert.deepEqual(obj.Spec, { Name: 'docker.conf', Labels: { from: 'docker' }, Data: Buffer.from('from docker\n').toString('base64') })
    const pretty = await docker(m.socket, ['config', 'inspect', '--pretty', 'docker.conf'])
    assert.match(pretty.stdout, /Name:\s+docker\.conf\n[\s\S]*Data:\nfrom docker\n/)
    // docker service create --config and update --config-rm: docker resolves the name to
    // the id and sends both; removal refused while in use, with docker's message.
    const svc = await docker(m.socket, ['service', 'create', '-d', '--no-resolve-image', '--name', 'dsvc', '--config', 'source=docker.conf,target=/etc/d.conf,mode=0400', 'busybox', 'sleep', '60'])
    assert.equal(svc.code, 0, svc.stderr)
    const refs = await docker(m.socket, ['service', 'inspect', 'dsvc', '--format', '{{json .Spec.TaskTemplate.ContainerSpec.Configs}}'])
    assert.deepEqual(JSON.parse(refs.stdout), [{ File: { Name: '/etc/d.conf', UID: '0', GID: '0', Mode: 0o400 }, ConfigID: id, ConfigName: 'docker.conf' }])
    const inUse = await docker(m.socket, ['config', 'rm', 'docker.conf'])
    assert.equal(inUse.code, 1)
    assert.equal(inUse.stderr, "Error response from daemon: config 'docker.conf' is in use by the following service: dsvc\n")
    const upd = await docker(m.socket, ['service', 'update', '-d', '--config-rm', 'docker.conf', 'dsvc'])
    assert.equal(upd.code, 0, upd.stderr)
    assert.equal((await m.api('GET', '/services/dsvc')).body.Spec.TaskTemplate.ContainerSpec.Configs, undefined)
    const srm = await docker(m.socket, ['service', 'rm', 'dsvc'])
    assert.equal(srm.code, 0, srm.stderr)

    const rm = await docker(m.socket, ['config', 'rm', 'docker.conf'])
    assert.equal(rm.code, 0, rm.stderr)
    assert.equal((await m.api('GET', '/configs/docker.conf')).status, 404)
  })
})
