// docker's ContainerSpec fields of the container runtime through the API conversion
// (src/api/convert-container.ts): kept exactly across a round trip (service update sends
// back what inspect shows), refused by name where they cannot apply.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { serviceSpecFromDocker, serviceSpecToDocker } from '../src/api/convert'
import { v1 } from '../src/manager/store'

const FULL = {
  Name: 'w',
  TaskTemplate: {
    ContainerSpec: {
      Image: 'busybox',
      Command: ['sh'],
      Args: ['-c', 'x'],
      Hostname: 'h-{{.Task.Slot}}',
      Dir: '/w',
      User: '1:2',
      Mounts: [
        { Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 1048576 } },
        { Type: 'bind', Source: '/a', Target: '/b', ReadOnly: true },
        { Type: 'volume', Source: 'data', Target: '/data' },
      ],
      StopSignal: 'SIGINT',
      StopGracePeriod: 2e9,
      ReadOnly: true,
      Init: true,
      CapabilityAdd: ['NET_ADMIN'],
      CapabilityDrop: ['CHOWN'],
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 1e9, Retries: 2 },
    },
    Resources: { Limits: { MemoryBytes: 64 << 20, Pids: 10 } },
    Networks: [{ Target: 'host' }],
  },
}

describe('container fields in the API', () => {
  test('a round trip keeps every field', () => {
    const once = serviceSpecToDocker(serviceSpecFromDocker(FULL))
    const cs = once.TaskTemplate.ContainerSpec
    assert.deepEqual(cs.Command, ['sh'])
    assert.deepEqual(cs.Args, ['-c', 'x'], 'a container keeps Command (entrypoint) and Args apart')
    assert.equal(cs.Mounts.length, 3)
    assert.equal(cs.Init, true)
    assert.equal(cs.User, '1:2')
    assert.equal(serviceSpecToDocker(serviceSpecFromDocker({ ...FULL, TaskTemplate: { ...FULL.TaskTemplate, ContainerSpec: { ...FULL.TaskTemplate.ContainerSpec, User: 'www-data:staff' } } })).TaskTemplate.ContainerSpec.User, 'www-data:staff', 'user names are kept (the node resolves them in the image)')
    assert.deepEqual(cs.Healthcheck, { Test: ['CMD-SHELL', 'true'], Interval: 1e9, Retries: 2 })
    assert.equal(once.TaskTemplate.Resources.Limits.Pids, 10)
    assert.deepEqual(once.TaskTemplate.Networks, [{ Target: 'host' }])
    assert.equal(JSON.stringify(serviceSpecToDocker(serviceSpecFromDocker(once))), JSON.stringify(once))
  })

  test("Init as docker's *bool: an explicit false is kept and shown back (docker's CLI sends it with every create), absent stays absent", () => {
    const withInit = (init?: boolean) => ({ Name: 'w', TaskTemplate: { ContainerSpec: { Image: 'busybox', ...(init === undefined ? {} : { Init: init }) } } })
    const show = (init?: boolean) => serviceSpecToDocker(serviceSpecFromDocker(withInit(init))).TaskTemplate.ContainerSpec
    assert.equal(show(false).Init, false)
    assert.equal(show(true).Init, true)
    assert.equal('Init' in show(undefined), false)
    // Stored apart: false and unset are different specs (a change between them is an update, as SwarmKit's).
    const enc = (init?: boolean) => Buffer.from(v1.ServiceSpec.encode(serviceSpecFromDocker(withInit(init))).finish()).toString('hex')
    assert.notEqual(enc(false), enc(undefined))
    // A process service may carry docker's false (it asks for nothing).
    assert.equal(serviceSpecToDocker(serviceSpecFromDocker({ ...withInit(false), TaskTemplate: { Runtime: 'process', ContainerSpec: { Image: 'sleep', Init: false } } })).TaskTemplate.ContainerSpec.Init, false)
  })

  test('bad or inapplicable fields are refused by name', () => {
    const withCs = (cs: object, extra: object = {}) => ({ Name: 'w', TaskTemplate: { ContainerSpec: { Image: 'busybox', ...cs }, ...extra } })
    assert.throws(() => serviceSpecFromDocker(withCs({ Mounts: [{ Type: 'nfs', Target: '/x' }] })), /type "nfs"/)
    assert.throws(() => serviceSpecFromDocker(withCs({ Mounts: [{ Type: 'bind', Source: 'rel', Target: '/x' }] })), /must be an absolute path/)
    assert.throws(() => serviceSpecFromDocker(withCs({ User: 'a:b:c' })), /invalid user "a:b:c": expected NAME\|UID\[:GROUP\|GID\]/)
    assert.throws(() => serviceSpecFromDocker(withCs({ Healthcheck: { Test: ['SHELL', 'x'] } })), /NONE, CMD or CMD-SHELL/)
    assert.throws(() => serviceSpecFromDocker(withCs({}, { Networks: [{ Target: 'host' }, { Target: 'other' }] })), /cannot be combined/)
    assert.throws(() => serviceSpecFromDocker(withCs({ ReadOnly: true }, { Runtime: 'process' })), /--read-only needs the container runtime/)
    assert.throws(() => serviceSpecFromDocker(withCs({ Init: 'yes' })), /invalid init: must be a boolean/)
    assert.throws(() => serviceSpecFromDocker(withCs({ Init: true }, { Runtime: 'process' })), /--init needs the container runtime/)
    // The process runtime keeps docker's Command + Args as one argv, as before.
    const p = serviceSpecToDocker(serviceSpecFromDocker(withCs({ Command: ['/bin/echo'], Args: ['hi'] }, { Runtime: 'process' })))
    assert.deepEqual(p.TaskTemplate.ContainerSpec.Args, ['/bin/echo', 'hi'])
  })
})
