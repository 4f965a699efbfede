// The OCI runtime spec a container task gets (src/agent/exec/oci-spec.ts): a pure
// function of the task spec and the image config.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { argvOf, buildOciSpec, capabilities, DEFAULT_CAPS, imageRunConfig, resolveUser, SpecError, stopSignalOf, userNeedsLookup, type ImageRunConfig } from '../src/agent/exec/oci-spec'
import { TaskState, type AssignedTask, type ProcessSpec } from '../src/agent/types'

function task(spec: Partial<ProcessSpec> = {}): AssignedTask {
  return {
    id: 'abcdef0123456789abcdef',
    serviceId: 'svc1',
    serviceName: 'web',
    slot: 2,
    nodeId: 'node1',
    desiredState: TaskState.RUNNING,
    spec: { runtime: 'container', image: 'busybox', args: [], env: [], ...spec },
  }
}

const IMAGE: ImageRunConfig = { Entrypoint: ['/entry'], Cmd: ['serve', '--port', '80'], Env: ['PATH=/bin', 'A=image'], WorkingDir: '/app', User: '1000' }

function build(spec: Partial<ProcessSpec> = {}, image: ImageRunConfig = IMAGE, extra: { secretsDir?: string; netnsPath?: string; initPath?: string } = {}): any {
  return buildOciSpec({ task: task(spec), image, cgroupsPath: '/shoal/t1', volumeDir: (n) => `/var/lib/shoal/volumes/${n}`, ...extra })
}

describe('OCI spec from task and image', () => {
  test('argv: docker run semantics for entrypoint and cmd', () => {
    assert.deepEqual(argvOf(task(), IMAGE), ['/entry', 'serve', '--port', '80'])
    assert.deepEqual(argvOf(task({ args: ['x'] }), IMAGE), ['/entry', 'x'])
    assert.deepEqual(argvOf(task({ command: ['sh', '-c'] }), IMAGE), ['sh', '-c'], '--entrypoint drops the image Cmd')
    assert.deepEqual(argvOf(task({ command: ['sh', '-c'], args: ['echo'] }), IMAGE), ['sh', '-c', 'echo'])
    assert.throws(() => argvOf(task(), {}), /no command/)
  })

  test('env, user, workdir, hostname', () => {
    const s = build({ env: ['A=task', 'B=2'], hostname: 'web-2' })
    assert.deepEqual(s.process.env, ['PATH=/bin', 'HOSTNAME=web-2', 'A=task', 'B=2'])
    assert.deepEqual(s.process.user, { uid: 1000, gid: 0, additionalGids: [0] }, 'a numeric uid unknown to passwd: gid 0, as docker')
    assert.equal(s.process.cwd, '/app')
    assert.equal(s.hostname, 'web-2')
    assert.equal(build({}).hostname, 'abcdef012345', 'default: the task id, 12 characters, as docker')
    assert.deepEqual(build({ user: '5:6', dir: '/w' }).process.user, { uid: 5, gid: 6, additionalGids: [6] })
    assert.throws(() => build({ hostname: 'a b' }), /invalid hostname "a b"/)
    assert.throws(() => build({ user: 'www-data' }), /unable to find user www-data: no matching entries in passwd file/)
  })

  test('--user by name from the image\'s /etc/passwd and /etc/group, as docker', () => {
    const files = {
      passwd: 'root:x:0:0:root:/root:/bin/sh\n# comment\napp:x:1000:1500:app:/home/app:/bin/sh\nbad line\n',
      group: 'root:x:0:\napp:x:1500:\nstaff:x:50:app,other\nwheel:x:10:root\n',
    }
    assert.deepEqual(resolveUser('app', files), { uid: 1000, gid: 1500, additionalGids: [1500, 50] })
    assert.deepEqual(resolveUser('app:staff', files), { uid: 1000, gid: 50, additionalGids: [50] })
    assert.deepEqual(resolveUser('app:7', files), { uid: 1000, gid: 7, additionalGids: [7, 50] })
    assert.deepEqual(resolveUser('1000', files), { uid: 1000, gid: 1500, additionalGids: [1500, 50] }, 'a numeric uid known to passwd: its group')
    assert.deepEqual(resolveUser('4242', files), { uid: 4242, gid: 0, additionalGids: [0] }, 'numeric ids need no entry')
    assert.deepEqual(resolveUser('4242:4343', { passwd: null, group: null }), { uid: 4242, gid: 4343, additionalGids: [4343] })
    assert.deepEqual(resolveUser('root', files), { uid: 0, gid: 0, additionalGids: [0, 10] })
    assert.deepEqual(resolveUser('root', { passwd: null, group: null }), { uid: 0, gid: 0, additionalGids: [0] }, 'root without a passwd file')
    assert.deepEqual(resolveUser('', files), { uid: 0, gid: 0, additionalGids: [] })
    assert.throws(() => resolveUser('nobody', files), /unable to find user nobody: no matching entries in passwd file/)
    assert.throws(() => resolveUser('app:nogroup', files), /unable to find group nogroup: no matching entries in group file/)
    assert.throws(() => resolveUser('app:', files), /invalid user "app:"/)
    assert.throws(() => resolveUser('99999999999', files), /out of range/)
    assert.equal(userNeedsLookup('app'), true)
    assert.equal(userNeedsLookup('1000'), true)
    assert.equal(userNeedsLookup('1000:1000'), false)
    assert.equal(userNeedsLookup(''), false)
    const s = buildOciSpec({ task: task({ user: 'app' }), image: IMAGE, cgroupsPath: '/c', volumeDir: (n) => n, userFiles: files }) as any
    assert.deepEqual(s.process.user, { uid: 1000, gid: 1500, additionalGids: [1500, 50] })
  })

  test('--init: tini from the node as PID 1, the command after it', () => {
    const s = build({ init: true }, IMAGE, { initPath: '/usr/bin/tini-static' })
    assert.deepEqual(s.process.args, ['/sbin/docker-init', '--', '/entry', 'serve', '--port', '80'])
    assert.deepEqual(
      s.mounts.find((m: any) => m.destination === '/sbin/docker-init'),
      { destination: '/sbin/docker-init', type: 'bind', source: '/usr/bin/tini-static', options: ['rbind', 'rprivate', 'ro'] },
    )
    assert.equal(build({}, IMAGE, { initPath: '/usr/bin/tini-static' }).process.args[0], '/entry', 'no init unless asked')
    assert.throws(() => build({ init: true }), /--init needs a static init binary on the node \(tini-static/)
  })

  test('limits become cgroup resources (v1 and v2 alike: runc maps them)', () => {
    const s = build({ limits: { nanoCpus: 500_000_000, memoryBytes: 64 << 20, pids: 50 } })
    assert.deepEqual(s.linux.resources.memory, { limit: 64 << 20 })
    assert.deepEqual(s.linux.resources.cpu, { quota: 50_000, period: 100_000 })
    assert.deepEqual(s.linux.resources.pids, { limit: 50 })
    assert.equal(s.linux.cgroupsPath, '/shoal/t1')
    assert.equal(build().linux.resources.memory, undefined)
  })

  test('mounts: bind, volume, tmpfs, secrets, read-only root', () => {
    const s = build(
      {
        readOnly: true,
        mounts: [
          { type: 'bind', source: '/srv/data', target: '/data', readOnly: true },
          { type: 'volume', source: 'cache', target: '/cache', readOnly: false },
          { type: 'tmpfs', source: '', target: '/scratch', readOnly: false, tmpfsSizeBytes: 1 << 20 },
        ],
      },
      IMAGE,
      { secretsDir: '/dev/shm/shoal/n/t' },
    )
    const byDest = Object.fromEntries(s.mounts.map((m: any) => [m.destination, m]))
    assert.deepEqual(byDest['/data'], { destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'rprivate', 'ro'] })
    assert.equal(byDest['/cache'].source, '/var/lib/shoal/volumes/cache')
    assert.deepEqual(byDest['/scratch'].options, ['nosuid', 'nodev', 'rw', 'size=1048576'])
    assert.deepEqual(byDest['/run/secrets'].options, ['rbind', 'rprivate', 'ro'])
    assert.equal(s.root.readonly, true)
    assert.throws(() => build({ mounts: [{ type: 'bind', source: 'rel', target: '/x', readOnly: false }] }), /absolute host path/)
  })

  test('namespaces: own network namespace, a given one, or the host (network mode host)', () => {
    const types = (s: any) => s.linux.namespaces.map((n: any) => n.type + (n.path ? `=${n.path}` : ''))
    assert.deepEqual(types(build()), ['pid', 'ipc', 'uts', 'mount', 'network'])
    assert.deepEqual(types(build({}, IMAGE, { netnsPath: '/run/netns/t1' })), ['pid', 'ipc', 'uts', 'mount', 'network=/run/netns/t1'])
    const host = build({ networkMode: 'host' })
    assert.deepEqual(types(host), ['pid', 'ipc', 'uts', 'mount'])
    assert.equal(host.hostname, undefined)
  })

  test('capabilities and stop signal', () => {
    assert.deepEqual(capabilities([], []), DEFAULT_CAPS)
    assert.ok(capabilities(['net_admin'], []).includes('CAP_NET_ADMIN'))
    assert.ok(!capabilities([], ['CAP_CHOWN']).includes('CAP_CHOWN'))
    assert.deepEqual(capabilities(['NET_BIND_SERVICE'], ['ALL']), ['CAP_NET_BIND_SERVICE'])
    assert.throws(() => capabilities(['bogus'], []), /unknown capability "CAP_BOGUS"/)
    assert.equal(stopSignalOf(task(), {}), 'SIGTERM')
    assert.equal(stopSignalOf(task(), { StopSignal: 'SIGQUIT' }), 'SIGQUIT')
    assert.equal(stopSignalOf(task({ stopSignal: 'int' }), { StopSignal: 'SIGQUIT' }), 'SIGINT')
  })

  test('image config JSON', () => {
    assert.deepEqual(imageRunConfig(JSON.stringify({ config: { Cmd: ['sh'] } })), { Cmd: ['sh'] })
    assert.throws(() => imageRunConfig('{'), SpecError)
  })
})
