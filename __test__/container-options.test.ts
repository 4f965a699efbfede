// Container options end to end, on a real daemon with a private containerd (runc) and a
// registry on loopback with htpasswd auth: --user by name from the image's /etc/passwd
// and /etc/group, --init (tini as PID 1), gzip-compressed `image load`, and
// --with-registry-auth (docker's config.json credentials travel with the task, never
// shown). Skipped, saying why, only where containerd, runc, docker-registry or busybox
// is not installed (CI installs them, .ci/run).
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { cli, waitFor, type TestDaemon } from './helpers/daemon'
import { ContainerSwarm, buildBusyboxImage, containerSkipReason, dockerSaveArchive, type TestContainerd, type TestRegistry } from './helpers/containerd'
import { INIT_CANDIDATES } from '../src/agent/exec/container'

const skip = containerSkipReason()
// htpasswd line for tester / shoal-secret-pw (bcrypt, cost 4).
const HTPASSWD = 'tester:$2b$04$JSRuUW3gPC6uHC7xOSgfXueylzCh1SvBk1/b35nxs0L3j3DJWJ6bW'
const PASSWORD = 'shoal-secret-pw'

describe('container options', { skip: skip ?? false }, () => {
  const swarm = new ContainerSwarm()
  let ctd: TestContainerd
  let registry: TestRegistry
  let d: TestDaemon
  const tasksOf = (service: string) => swarm.tasksOf(service)

  before(async () => {
    await swarm.start('shoal-ctropt', { htpasswd: HTPASSWD })
    ;({ ctd, registry, d } = swarm)
  })

  after(() => swarm.destroy())

  async function running(service: string): Promise<any> {
    return waitFor(`a running task of ${service}`, async () => (await tasksOf(service)).find((t) => t.Status.State === 'running'), 60_000, 200)
  }

  async function logsOf(service: string, re: RegExp): Promise<string> {
    return waitFor(`logs of ${service} matching ${re}`, async () => {
      const l = await d.cli('service', 'logs', service)
      return re.test(l.stdout) ? l.stdout : null
    }, 30_000, 200)
  }

  test('image load takes a gzip-compressed docker save archive; a corrupt or xz one is refused by name', async () => {
    const tar = dockerSaveArchive(buildBusyboxImage(), ['busybox:test'], path.join(d.dir, 'busybox.tar'))
    const gz = path.join(d.dir, 'busybox.tar.gz')
    fs.writeFileSync(gz, gzipSync(fs.readFileSync(tar)))
    const load = await d.cli('image', 'load', '-i', gz)
    assert.equal(load.code, 0, load.stderr)
    assert.match(load.stdout, /Loaded image: docker\.io\/library\/busybox:test/)
    const bad = path.join(d.dir, 'bad.tar.gz')
    fs.writeFileSync(bad, gzipSync(fs.readFileSync(tar)).subarray(0, 2000))
    const r = await d.cli('image', 'load', '-i', bad)
    assert.notEqual(r.code, 0)
    assert.match(r.stderr, /the archive is not valid gzip/)
    const xz = path.join(d.dir, 'x.tar.xz')
    fs.writeFileSync(xz, Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3]))
    const x = await d.cli('image', 'load', '-i', xz)
    assert.notEqual(x.code, 0)
    assert.match(x.stderr, /the archive is xz-compressed: only gzip-compressed or plain tar archives can be loaded/)
    assert.equal(fs.readdirSync(path.join(d.dir, 'data', 'tmp')).length, 0, 'no archive left behind')
  })

  test('--user NAME[:GROUP] resolved in the image\'s /etc/passwd and /etc/group; an unknown name is rejected', async () => {
    for (const [name, user] of [['byname', 'app'], ['withgroup', 'app:staff'], ['numeric', '4242:4343']]) {
      const c = await d.cli('service', 'create', '--detach', '--name', name, '--user', user, '--restart-condition', 'none', 'busybox:test', 'sh', '-c', 'echo "who: $(id)"; exec sleep 3600')
      assert.equal(c.code, 0, c.stderr)
    }
    assert.match(await logsOf('byname', /who:/), /who: uid=1000\(app\) gid=1500\(app\) groups=50\(staff\),1500\(app\)\n/, 'its primary group and the groups listing it (the kernel sorts them)')
    assert.match(await logsOf('withgroup', /who:/), /who: uid=1000\(app\) gid=50\(staff\) groups=50\(staff\)\n/)
    assert.match(await logsOf('numeric', /who:/), /who: uid=4242 gid=4343 groups=4343\n/)
    const bad = await d.cli('service', 'create', '--detach', '--name', 'nouser', '--user', 'nosuch', '--restart-delay', '5s', 'busybox:test', 'sleep', '60')
    assert.equal(bad.code, 0, bad.stderr)
    const t = await waitFor('a rejected task', async () => (await tasksOf('nouser')).find((t) => t.Status.State === 'rejected'), 30_000, 200)
    assert.match(t.Status.Err, /unable to find user nosuch: no matching entries in passwd file/)
    const badGroup = await d.cli('service', 'create', '--detach', '--name', 'nogroup', '--user', 'app:nosuch', '--restart-delay', '5s', 'busybox:test', 'sleep', '60')
    assert.equal(badGroup.code, 0, badGroup.stderr)
    const g = await waitFor('a rejected task', async () => (await tasksOf('nogroup')).find((t) => t.Status.State === 'rejected'), 30_000, 200)
    assert.match(g.Status.Err, /unable to find group nosuch: no matching entries in group file/)
    for (const s of ['byname', 'withgroup', 'numeric', 'nouser', 'nogroup']) assert.equal((await d.cli('service', 'rm', s)).code, 0)
  })

  test('--init: tini is PID 1 and reaps orphans; without it the orphan stays a zombie', { skip: INIT_CANDIDATES.some((p) => fs.existsSync(p)) ? false : 'no tini-static on this host' }, async () => {
    // The subshell starts `sleep 0.3` in the background and exits: the orphan is re-parented
    // to PID 1, which must reap it when it ends.
    const script = '(sleep 0.3 &); exec sleep 3600'
    // withinit's grace period is long: its stop must come from tini forwarding SIGTERM to
    // the command (sleep, which as PID 1 would ignore it), not from the SIGKILL after it.
    for (const [name, extra] of [['withinit', ['--init', '--stop-grace-period', '120s']], ['noinit', ['--stop-grace-period', '1s']]] as const) {
      const c = await d.cli('service', 'create', '--detach', '--name', name, ...extra, 'busybox:test', 'sh', '-c', script)
      assert.equal(c.code, 0, c.stderr)
    }
    const children = (pid: number) =>
      fs.readdirSync(`/proc/${pid}/task`).flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number))
    const state = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0]
    const noinit = await running('noinit')
    const noinitPid = ctd.tasks().get(noinit.ID)!.pid
    await waitFor('the orphan a zombie under a PID 1 that does not reap', () => children(noinitPid).some((c) => state(c) === 'Z'), 20_000, 100)
    const withinit = await running('withinit')
    const pid1 = ctd.tasks().get(withinit.ID)!.pid
    assert.equal(fs.readFileSync(`/proc/${pid1}/cmdline`, 'utf8').split('\0')[0], '/sbin/docker-init', 'tini is PID 1')
    const kids = await waitFor('tini\'s only child the command', () => {
      const k = children(pid1)
      return k.length === 1 ? k : null
    }, 20_000, 100)
    assert.notEqual(state(kids[0]), 'Z')
    assert.match(fs.readFileSync(`/proc/${kids[0]}/cmdline`, 'utf8'), /^sleep\x003600/)
    const inspect = await d.cli('service', 'inspect', 'withinit')
    assert.equal(JSON.parse(inspect.stdout)[0].Spec.TaskTemplate.ContainerSpec.Init, true)
    assert.equal((await d.cli('service', 'scale', '--detach', 'withinit=0')).code, 0)
    const stopped = await waitFor('withinit stopped by its SIGTERM', async () => (await tasksOf('withinit')).find((t) => t.Status.State === 'shutdown'), 60_000, 200)
    assert.equal(stopped.Status.ContainerStatus?.ExitCode, 143, 'sleep ended by the SIGTERM tini forwarded (128 + 15), not SIGKILLed')
    for (const s of ['withinit', 'noinit']) assert.equal((await d.cli('service', 'rm', s)).code, 0)
  })

  test('--with-registry-auth: docker config.json credentials reach the pulling node, never inspect, ps or logs', async () => {
    const basic = `Basic ${Buffer.from(`tester:${PASSWORD}`).toString('base64')}`
    await registry.push('shoal/private', 'v1', buildBusyboxImage({ cmd: ['sh', '-c', 'echo private image; exec sleep 3600'] }), basic)
    const image = `${registry.addr}/shoal/private:v1`
    const dockerConfig = fs.mkdtempSync(path.join(d.dir, 'docker-'))
    fs.writeFileSync(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [registry.addr]: { auth: Buffer.from(`tester:${PASSWORD}`).toString('base64') } } }))
    const env = { DOCKER_CONFIG: dockerConfig }

    const without = await cli(d.socket, ['service', 'create', '--detach', '--name', 'noauth', '--restart-delay', '5s', image], { env })
    assert.equal(without.code, 0, without.stderr)
    const rejected = await waitFor('a rejected task', async () => (await tasksOf('noauth')).find((t) => t.Status.State === 'rejected'), 30_000, 200)
    assert.match(rejected.Status.Err, /not authorized|unauthorized/i)

    const c = await cli(d.socket, ['service', 'create', '--detach', '--name', 'priv', '--with-registry-auth', image], { env })
    assert.equal(c.code, 0, c.stderr)
    assert.doesNotMatch(c.stderr, /could not be accessed/, 'the digest is pinned with the credentials')
    await running('priv')
    await logsOf('priv', /private image/)

    const encoded = Buffer.from(JSON.stringify({ username: 'tester', password: PASSWORD })).toString('base64url')
    const shown = [
      (await d.cli('service', 'inspect', 'priv')).stdout,
      (await d.cli('service', 'ps', '--no-trunc', 'priv')).stdout,
      JSON.stringify((await d.api('GET', '/services')).body),
      JSON.stringify(await tasksOf('priv')),
      d.log,
    ].join('\n')
    assert.ok(!shown.includes(PASSWORD) && !shown.includes(encoded), 'the credentials are never shown')

    // An update without the flag keeps them: with the image gone from the node, the
    // replacement task pulls again.
    const pinned = (await d.api('GET', '/services/priv')).body.Spec.TaskTemplate.ContainerSpec.Image
    assert.equal((await d.cli('image', 'rm', pinned)).code, 0)
    const u = await d.cli('service', 'update', '--detach', '--force', 'priv')
    assert.equal(u.code, 0, u.stderr)
    await waitFor('the replacement running', async () => (await tasksOf('priv')).filter((t) => t.Status.State === 'running').length === 1 && (await tasksOf('priv')).length === 2, 60_000, 200)
    for (const s of ['noauth', 'priv']) assert.equal((await d.cli('service', 'rm', s)).code, 0)
  })

  test('service update changes container fields; a rolling update waits for health, and a container turning unhealthy in the monitor window pauses it', async () => {
    const c = await d.cli('service', 'create', '--detach', '--name', 'upd', '--replicas', '2', '--stop-grace-period', '1s', '--update-parallelism', '1', '--update-failure-action', 'pause', '--update-monitor', '10s', 'busybox:test', 'sh', '-c', 'echo "who: $(id) x=$X"; exec sleep 3600')
    assert.equal(c.code, 0, c.stderr)
    await waitFor('2 running', async () => (await tasksOf('upd')).filter((t) => t.Status.State === 'running').length === 2, 60_000, 200)
    const updateState = async () => (await d.api('GET', '/services/upd')).body.UpdateStatus?.State
    const u = await d.cli('service', 'update', '--detach', '--user', 'app', '--init', '--env-add', 'X=1', '--mount-add', 'type=tmpfs,target=/scratch', '--limit-pids', '30', '--health-cmd', 'test -d /scratch', '--health-interval', '300ms', 'upd')
    assert.equal(u.code, 0, u.stderr)
    await waitFor('the update completed', async () => (await updateState()) === 'completed', 90_000, 300)
    const cs = (await d.api('GET', '/services/upd')).body.Spec.TaskTemplate.ContainerSpec
    assert.equal(cs.User, 'app')
    assert.equal(cs.Init, true)
    assert.deepEqual(cs.Mounts, [{ Type: 'tmpfs', Source: '', Target: '/scratch', ReadOnly: false }])
    assert.deepEqual(cs.Healthcheck, { Test: ['CMD-SHELL', 'test -d /scratch'], Interval: 3e8 })
    const live = (await tasksOf('upd')).filter((t) => t.DesiredState === 'running')
    assert.equal(live.length, 2)
    for (const t of live) {
      assert.equal(t.Status.State, 'running')
      assert.equal(fs.readFileSync(`/proc/${ctd.tasks().get(t.ID)!.pid}/cmdline`, 'utf8').split('\0')[0], '/sbin/docker-init')
    }
    assert.equal((await logsOf('upd', /who: uid=1000.*x=1\n[^]*who: uid=1000.*x=1\n/)).match(/who: uid=1000\(app\)[^\n]* x=1/g)?.length, 2)

    // The new containers pass their check at first, then turn unhealthy: the first one's
    // failure inside the monitor window pauses the rollout, the second slot keeps its task.
    const sick = await d.cli('service', 'update', '--detach', '--health-cmd', 'test ! -f /tmp/sick', '--health-retries', '1', '--args', 'sh -c "sleep 2; touch /tmp/sick; exec sleep 3600"', 'upd')
    assert.equal(sick.code, 0, sick.stderr)
    await waitFor('the update paused', async () => (await updateState()) === 'paused', 60_000, 300)
    const status = (await d.api('GET', '/services/upd')).body.UpdateStatus
    assert.match(status.Message, /update paused due to failure or early termination of task/)
    const failed = (await tasksOf('upd')).filter((t) => t.Status.Err === 'task: unhealthy container')
    assert.ok(failed.length >= 1, 'an unhealthy container failed its task')
    assert.equal((await d.cli('service', 'rm', 'upd')).code, 0)
  })
})
