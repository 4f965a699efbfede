// Container services end to end: a real daemon whose agent runs containers through a
// private containerd (runc), images loaded from a docker save archive built here from
// busybox-static or pulled from a private registry on loopback, and the CLI run as a user
// runs it. Skipped, saying why, only where containerd, runc, docker-registry or busybox
// is not installed (CI installs them, .ci/run).
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { spawnSync } from 'node:child_process'
import { taskNsName } from '../src/agent/network/link-names'
import { cli, waitFor, type TestDaemon } from './helpers/daemon'
import { ContainerSwarm, buildBusyboxImage, containerSkipReason, dockerSaveArchive, type TestContainerd, type TestRegistry } from './helpers/containerd'
import { cgroupLimitFiles } from '../src/agent/exec/cgroups'

const skip = containerSkipReason()

describe('container services', { skip: skip ?? false }, () => {
  const swarm = new ContainerSwarm()
  let ctd: TestContainerd
  let registry: TestRegistry
  let d: TestDaemon
  let archive: string
  const tasksOf = (service: string) => swarm.tasksOf(service)

  before(async () => {
    await swarm.start('shoal-ctr')
    ;({ ctd, registry, d } = swarm)
    archive = dockerSaveArchive(buildBusyboxImage(), ['busybox:test'], path.join(d.dir, 'busybox.tar'))
  })

  after(() => swarm.destroy())

  async function running(service: string, n: number): Promise<any[]> {
    return waitFor(`${n} running tasks of ${service}`, async () => {
      const ts = (await tasksOf(service)).filter((t) => t.Status.State === 'running')
      return ts.length === n ? ts : null
    }, 60_000, 200)
  }

  test('the node advertises the container runtime; image load and ls', async () => {
    const info = await waitFor('runtimes', async () => {
      const nodes = (await d.api('GET', '/nodes')).body
      return nodes[0]?.Description?.Engine?.Runtimes?.includes('container') ? nodes[0] : null
    })
    assert.ok(info)
    const load = await d.cli('image', 'load', '-i', archive)
    assert.equal(load.code, 0, load.stderr)
    assert.match(load.stdout, /Loaded image: docker\.io\/library\/busybox:test/)
    const ls = await d.cli('image', 'ls')
    assert.match(ls.stdout, /docker\.io\/library\/busybox\s+test\s+[0-9a-f]{12}/)
    const bad = path.join(d.dir, 'bad.tar')
    fs.writeFileSync(bad, 'not an archive')
    const r = await d.cli('image', 'load', '-i', bad)
    assert.notEqual(r.code, 0)
    assert.match(r.stderr, /not a valid tar archive/)
  })

  test('a service of 3 replicas runs 3 containers; ps and logs show them', async () => {
    const c = await d.cli('service', 'create', '--detach', '--name', 'web', '--replicas', '3', '--hostname', 'web-{{.Task.Slot}}', '--stop-grace-period', '1s', 'busybox:test', 'sh', '-c', 'echo hello from $(hostname); exec sleep 3600')
    assert.equal(c.code, 0, c.stderr)
    assert.match(c.stderr, /image busybox:test could not be accessed on a registry to record its digest/, 'a local image stays unpinned, with a warning')
    const ts = await running('web', 3)
    const tasks = ctd.tasks()
    for (const t of ts) assert.equal(tasks.get(t.ID)?.status, 'RUNNING', `container ${t.ID} runs in containerd`)
    const ps = await d.cli('service', 'ps', 'web')
    assert.equal(ps.stdout.split('\n').filter((l) => /^\S+\s+web\.\d.*Running\s+Running/.test(l)).length, 3, ps.stdout)
    const logs = await waitFor('logs', async () => {
      const l = await d.cli('service', 'logs', 'web')
      return l.stdout.match(/hello from web-\d/g)?.length === 3 ? l.stdout : null
    })
    assert.match(logs, /hello from web-1/)
  })

  test('limits are in the container cgroup; secrets under /run/secrets', async () => {
    const sec = await cli(d.socket, ['secret', 'create', 'db-pass', '-'], { input: 's3cret-value' })
    assert.equal(sec.code, 0, sec.stderr)
    const c = await d.cli('service', 'create', '--detach', '--name', 'lim', '--limit-memory', '64M', '--limit-cpu', '0.5', '--limit-pids', '50', '--secret', 'db-pass', 'busybox:test', 'sh', '-c', 'cat /run/secrets/db-pass; echo; exec sleep 3600')
    assert.equal(c.code, 0, c.stderr)
    const [t] = await running('lim', 1)
    const files = await cgroupLimitFiles(`/shoal/${t.ID}`)
    assert.equal(fs.readFileSync(files.memory, 'utf8').trim(), String(64 << 20))
    assert.match(fs.readFileSync(files.cpuQuota, 'utf8').trim(), /^50000/)
    assert.equal(fs.readFileSync(files.pids, 'utf8').trim(), '50')
    await waitFor('the secret in the logs', async () => (await d.cli('service', 'logs', 'lim')).stdout.includes('s3cret-value'))
  })

  test('exit code and restart policy: a failing container is restarted up to its limit', async () => {
    const c = await d.cli('service', 'create', '--detach', '--name', 'fail', '--restart-condition', 'on-failure', '--restart-max-attempts', '1', '--restart-delay', '100ms', 'busybox:test', 'sh', '-c', 'exit 3')
    assert.equal(c.code, 0, c.stderr)
    const failed = await waitFor('two failed tasks', async () => {
      const ts = (await tasksOf('fail')).filter((t) => t.Status.State === 'failed')
      return ts.length === 2 ? ts : null
    }, 60_000, 200)
    for (const t of failed) {
      assert.equal(t.Status.ContainerStatus?.ExitCode, 3)
      assert.match(t.Status.Err, /non-zero exit \(3\)/)
    }
  })

  test('network: a namespace of its own by default, the host\'s with --network host', async () => {
    const c = await d.cli('service', 'create', '--detach', '--name', 'hostnet', '--network', 'host', '--stop-grace-period', '1s', 'busybox:test', 'sleep', '3600')
    assert.equal(c.code, 0, c.stderr)
    const [h] = await running('hostnet', 1)
    const [w] = await running('web', 3)
    const netns = (id: string) => fs.readlinkSync(`/proc/${ctd.tasks().get(id)!.pid}/ns/net`)
    assert.equal(netns(h.ID), fs.readlinkSync('/proc/self/ns/net'))
    assert.notEqual(netns(w.ID), fs.readlinkSync('/proc/self/ns/net'))
    assert.equal((await d.cli('service', 'rm', 'hostnet')).code, 0)
  })

  test('network: a container on an overlay network joins the namespace its node attached, with its address', async () => {
    const n = await d.cli('network', 'create', '-d', 'overlay', 'cnet')
    assert.equal(n.code, 0, n.stderr)
    const c = await d.cli('service', 'create', '--detach', '--name', 'onnet', '--network', 'cnet', '--stop-grace-period', '1s', 'busybox:test', 'sleep', '3600')
    assert.equal(c.code, 0, c.stderr)
    const [t] = await running('onnet', 1)
    const pid = ctd.tasks().get(t.ID)!.pid
    const nsFile = path.join(d.netnsDir, taskNsName(t.ID))
    assert.equal(fs.readlinkSync(`/proc/${pid}/ns/net`), `net:[${fs.statSync(nsFile).ino}]`, 'the container is in the namespace the data plane made')
    const addrs = spawnSync('nsenter', ['-t', String(pid), '-n', 'ip', '-o', '-4', 'addr', 'show'], { encoding: 'utf8' }).stdout
    assert.ok(addrs.includes(`inet ${t.NetworksAttachments[0].Addresses[0]}`), addrs)
    // Its /etc/resolv.conf names the embedded DNS server, which gives the service's VIP to
    // the container's own resolver (busybox nslookup, inside the container's namespaces).
    assert.match(fs.readFileSync(`/proc/${pid}/root/etc/resolv.conf`, 'utf8'), /^nameserver 127\.0\.0\.11\n(search .*\n)?options (.* )?ndots:0\n$/)
    const vip = (await d.api('GET', '/services/onnet')).body.Endpoint.VirtualIPs[0].Addr.split('/')[0]
    const looked = spawnSync('nsenter', ['-t', String(pid), '-m', '-n', '-r', '-w', '--', '/bin/busybox', 'nslookup', 'onnet'], { encoding: 'utf8', timeout: 20_000 })
    assert.match(looked.stdout, new RegExp(`Name:\\s+onnet\\nAddress:\\s+${vip.replace(/\./g, '\\.')}\\n`), `${looked.stdout}${looked.stderr}`)
    assert.equal((await d.cli('service', 'rm', 'onnet')).code, 0)
    await waitFor('the task namespace removed', () => !fs.existsSync(nsFile), 20_000)
  })

  test('health checks: RUNNING only once healthy; an unhealthy container is stopped and its task fails', async () => {
    const ok = await d.cli('service', 'create', '--detach', '--name', 'slowstart', '--health-cmd', 'test -f /tmp/ready', '--health-interval', '300ms', '--health-retries', '100', '--stop-grace-period', '1s', 'busybox:test', 'sh', '-c', 'sleep 2; touch /tmp/ready; exec sleep 3600')
    assert.equal(ok.code, 0, ok.stderr)
    const starting = await waitFor('a starting task', async () => (await tasksOf('slowstart')).find((t) => t.Status.State === 'starting'), 20_000, 100)
    assert.ok(starting, 'not RUNNING before the check passes')
    await running('slowstart', 1)
    const bad = await d.cli('service', 'create', '--detach', '--name', 'sick', '--health-cmd', 'false', '--health-interval', '300ms', '--health-retries', '2', '--restart-condition', 'none', 'busybox:test', 'sleep', '3600')
    assert.equal(bad.code, 0, bad.stderr)
    const t = await waitFor('the unhealthy task failed', async () => (await tasksOf('sick')).find((t) => t.Status.State === 'failed'), 30_000, 200)
    assert.equal(t.Status.Err, 'task: unhealthy container')
    const none = await d.cli('service', 'create', '--detach', '--no-healthcheck', '--health-cmd', 'true', 'busybox:test')
    assert.notEqual(none.code, 0)
    assert.match(none.stderr, /--no-healthcheck conflicts with --health-cmd/)
  })

  test('a container past its memory limit is OOM-killed, and the task says so', async () => {
    // tail keeps an unterminated line whole in memory: it grows until the kernel kills it.
    const c = await d.cli('service', 'create', '--detach', '--name', 'oom', '--restart-condition', 'none', '--limit-memory', '8M', 'busybox:test', 'sh', '-c', 'head -c 100000000 /dev/zero | tail')
    assert.equal(c.code, 0, c.stderr)
    const t = await waitFor('the failed task', async () => (await tasksOf('oom')).find((t) => t.Status.State === 'failed'), 60_000, 200)
    assert.equal(t.Status.ContainerStatus?.ExitCode, 137)
    assert.match(t.Status.Err, /OOM-killed/)
  })

  test('pull by tag and by digest from a registry; a missing image is rejected with the reason, without a retry storm', async () => {
    const image = buildBusyboxImage({ cmd: ['sh', '-c', 'echo pulled; exec sleep 3600'] })
    const digest = await registry.push('shoal/busybox', 'v1', image)
    const byTag = await d.cli('service', 'create', '--detach', '--name', 'bytag', `${registry.addr}/shoal/busybox:v1`)
    assert.equal(byTag.code, 0, byTag.stderr)
    await running('bytag', 1)
    // The tag is resolved once, at create: the spec pins the digest (docker's behaviour).
    const imageOf = async (s: string) => (await d.api('GET', `/services/${s}`)).body.Spec.TaskTemplate.ContainerSpec.Image
    assert.equal(await imageOf('bytag'), `${registry.addr}/shoal/busybox:v1@${digest}`)
    const unpinned = await d.cli('service', 'create', '--detach', '--name', 'unpinned', '--no-resolve-image', '--replicas', '0', `${registry.addr}/shoal/busybox:v1`)
    assert.equal(unpinned.code, 0, unpinned.stderr)
    assert.equal(await imageOf('unpinned'), `${registry.addr}/shoal/busybox:v1`)
    const pull = await d.cli('image', 'pull', `${registry.addr}/shoal/busybox@${digest}`)
    assert.equal(pull.code, 0, pull.stderr)
    assert.match(pull.stdout, new RegExp(`Digest: ${digest}`))
    const byDigest = await d.cli('service', 'create', '--detach', '--name', 'bydigest', `${registry.addr}/shoal/busybox@${digest}`)
    assert.equal(byDigest.code, 0, byDigest.stderr)
    await running('bydigest', 1)

    const missing = await d.cli('service', 'create', '--detach', '--name', 'missing', '--restart-delay', '5s', `${registry.addr}/shoal/nothing:v1`)
    assert.equal(missing.code, 0, missing.stderr)
    const rejected = await waitFor('a rejected task', async () => (await tasksOf('missing')).find((t) => t.Status.State === 'rejected'), 30_000, 200)
    assert.match(rejected.Status.Err, /not found|unknown|NAME_UNKNOWN|MANIFEST_UNKNOWN/i)
    await new Promise((r) => setTimeout(r, 2000))
    assert.ok((await tasksOf('missing')).length <= 2, 'the restart delay applies: no tight retry loop')
    const ls = await d.cli('service', 'ls')
    assert.match(ls.stdout, /missing/, 'the service stays')
  })

  test('a daemon restart re-adopts running containers: no duplicate, no restart', async () => {
    const before = new Map((await running('web', 3)).map((t) => [t.ID, ctd.tasks().get(t.ID)?.pid]))
    await d.stop()
    for (const [id, pid] of before) assert.equal(ctd.tasks().get(id)?.pid, pid, 'containers keep running while the daemon is down')
    await d.start()
    await new Promise((r) => setTimeout(r, 1500))
    const after = await running('web', 3)
    assert.deepEqual(new Set(after.map((t) => t.ID)), new Set(before.keys()), 'the same tasks, no new ones')
    for (const [id, pid] of before) assert.equal(ctd.tasks().get(id)?.pid, pid, 'the same processes')
    const all = await tasksOf('web')
    assert.equal(all.length, 3, JSON.stringify(all.map((t) => [t.ID, t.Slot, t.Status])))
  })

  test('service rm stops and removes the containers and their snapshots', async () => {
    const ids = (await tasksOf('web')).map((t) => t.ID)
    const rm = await d.cli('service', 'rm', 'web')
    assert.equal(rm.code, 0, rm.stderr)
    await waitFor('containers removed', () => ids.every((id) => !ctd.containers().includes(id)), 30_000, 200)
  })
})
