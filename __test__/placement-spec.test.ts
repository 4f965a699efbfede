// The scheduling parts of a service spec on both sides of the API: the CLI's flag parsing
// (docker's syntax and units) and spec edits, and the daemon's Docker JSON mapping and
// validation of Placement, Resources and EndpointSpec.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import type { ServiceSpec } from '../src/api/client'
import { serviceSpecFromDocker, serviceSpecToDocker, taskToDocker } from '../src/api/convert'
import { applyPlacementCreate, applyPlacementUpdate, parseBytes, parseCpus, parsePlacementPref, parsePublish, placementUpdateOptions } from '../src/cli/placement'
import { UsageError } from '../src/cli/errors'
import { checkPortConflicts } from '../src/manager/node-control'
import { v1 } from '../src/manager/store'
import { TaskState } from '../src/agent/types'

describe('CLI values', () => {
  test('CPUs are decimal and exact to the nanoCPU', () => {
    assert.equal(parseCpus('0.5', '--reserve-cpu'), 5e8)
    assert.equal(parseCpus('2', '--reserve-cpu'), 2e9)
    assert.equal(parseCpus('.25', '--reserve-cpu'), 2.5e8)
    assert.equal(parseCpus('1.000000001', '--reserve-cpu'), 1_000_000_001)
    assert.equal(parseCpus('0.10000000000', '--reserve-cpu'), 1e8, 'trailing zeros are not precision')
    assert.throws(() => parseCpus('0.0000000001', '--reserve-cpu'), /too precise/)
    for (const bad of ['', '-1', 'one', '1e3', '0.5.1']) assert.throws(() => parseCpus(bad, '--limit-cpu'), (e: Error) => e instanceof UsageError && /--limit-cpu/.test(e.message))
  })

  test('memory takes binary units, case-insensitive, b/ib optional', () => {
    assert.equal(parseBytes('512M', '--reserve-memory'), 512 * 2 ** 20)
    assert.equal(parseBytes('1g', '--reserve-memory'), 2 ** 30)
    assert.equal(parseBytes('1GiB', '--reserve-memory'), 2 ** 30)
    assert.equal(parseBytes('1.5k', '--reserve-memory'), 1536)
    assert.equal(parseBytes('4096', '--reserve-memory'), 4096)
    assert.equal(parseBytes('2 mb', '--reserve-memory'), 2 * 2 ** 20)
    for (const bad of ['', '-1M', 'lots', '1X']) assert.throws(() => parseBytes(bad, '--limit-memory'), /invalid --limit-memory value/)
  })

  test('placement preferences: spread=<descriptor> only', () => {
    assert.equal(parsePlacementPref('spread=node.labels.zone'), 'node.labels.zone')
    assert.throws(() => parsePlacementPref('node.labels.zone'), /must be of the format "<strategy>=<arg>"/)
    assert.throws(() => parsePlacementPref('binpack=node.labels.zone'), /only spread is supported/)
  })

  test('--publish: the short form is ingress, ranges expand, the long form takes fields', () => {
    assert.deepEqual(parsePublish('8080:80'), [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' }])
    assert.deepEqual(parsePublish('53/udp'), [{ Protocol: 'udp', TargetPort: 53, PublishedPort: 0, PublishMode: 'ingress' }])
    assert.deepEqual(
      parsePublish('8080-8081:80-81').map((p) => [p.PublishedPort, p.TargetPort]),
      [
        [8080, 80],
        [8081, 81],
      ],
    )
    assert.deepEqual(parsePublish('mode=host,target=80,published=8080,protocol=UDP'), [{ Protocol: 'udp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'host' }])
    assert.deepEqual(parsePublish('target=80'), [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 0, PublishMode: 'ingress' }])
    const bad: [string, RegExp][] = [
      ['mode=host', /missing mandatory field 'target'/],
      ['target=80,color=red', /invalid field key "color"/],
      ['protocol=icmp,target=1', /invalid protocol value 'icmp'/],
      ['8080-8082:80-81', /ranges must be the same length/],
      ['127.0.0.1:8080:80', /take no IP address/],
      ['70000', /invalid target port "70000"/],
      ['80/icmp', /invalid protocol "icmp"/],
    ]
    for (const [text, re] of bad) assert.throws(() => parsePublish(text), re, text)
  })
})

describe('CLI spec edits', () => {
  const base = (): ServiceSpec => ({ Name: 'web', TaskTemplate: { ContainerSpec: { Image: 'x' } }, Mode: { Replicated: { Replicas: 1 } } })

  test('create sets placement, resources and ports only when given', () => {
    const none = base()
    applyPlacementCreate(none, { constraints: [], preferences: [], ports: [] })
    assert.deepEqual(none, base())
    const spec = base()
    applyPlacementCreate(spec, { constraints: ['node.role==worker'], preferences: ['node.labels.zone'], ports: parsePublish('80'), maxReplicas: 2, reserveMemory: 2 ** 30, limitCpu: 1e9 })
    assert.deepEqual(spec.TaskTemplate.Placement, { Constraints: ['node.role==worker'], Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.zone' } }], MaxReplicas: 2 })
    assert.deepEqual(spec.TaskTemplate.Resources, { Reservations: { MemoryBytes: 2 ** 30 }, Limits: { NanoCPUs: 1e9 } })
    assert.deepEqual(spec.EndpointSpec, { Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 0, PublishMode: 'ingress' }] })
  })

  test('update: constraints added then removed then sorted; preferences keep their order', () => {
    const spec = base()
    spec.TaskTemplate.Placement = { Constraints: ['b==1', 'a==1'], Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.x' } }, { Spread: { SpreadDescriptor: 'node.labels.y' } }] }
    applyPlacementUpdate(
      spec,
      placementUpdateOptions({ 'constraint-add': ['c==1', 'a==1'], 'constraint-rm': ['b==1'], 'placement-pref-rm': ['spread=node.labels.x'], 'placement-pref-add': ['spread=node.labels.z'] }),
    )
    assert.deepEqual(spec.TaskTemplate.Placement.Constraints, ['a==1', 'c==1'])
    assert.deepEqual(
      spec.TaskTemplate.Placement.Preferences!.map((p) => p.Spread!.SpreadDescriptor),
      ['node.labels.y', 'node.labels.z'],
    )
  })

  test('update: ports removed by target, protocol and mode; duplicates not added; sorted', () => {
    const spec = base()
    spec.EndpointSpec = { Mode: 'vip', Ports: [...parsePublish('8080:80'), ...parsePublish('mode=host,target=80,published=9090')] }
    applyPlacementUpdate(spec, placementUpdateOptions({ 'publish-rm': ['80'], 'publish-add': ['7070:70', '7070:70'] }))
    assert.deepEqual(
      spec.EndpointSpec.Ports!.map((p) => `${p.PublishedPort}:${p.TargetPort}/${p.PublishMode}`),
      ['7070:70/ingress', '9090:80/host'],
    )
    assert.equal(spec.EndpointSpec.Mode, 'vip')
  })

  test('update: 0 clears a resource or the per-node cap', () => {
    const spec = base()
    spec.TaskTemplate.Resources = { Reservations: { NanoCPUs: 1e9, MemoryBytes: 2 ** 30 } }
    spec.TaskTemplate.Placement = { MaxReplicas: 3 }
    applyPlacementUpdate(spec, placementUpdateOptions({ 'reserve-cpu': '0', 'replicas-max-per-node': '0' }))
    assert.deepEqual(spec.TaskTemplate.Resources, { Reservations: { MemoryBytes: 2 ** 30 } })
    assert.deepEqual(spec.TaskTemplate.Placement, {})
  })
})

describe('API mapping and validation', () => {
  const docker = (over: Record<string, any> = {}, tt: Record<string, any> = {}) => ({
    Name: 'web',
    TaskTemplate: { ContainerSpec: { Image: 'sleep' }, Runtime: 'process', ...tt },
    Mode: { Replicated: { Replicas: 1 } },
    ...over,
  })

  test('Placement, Resources and EndpointSpec round-trip in docker\'s shapes', () => {
    const placement = {
      Constraints: ['node.labels.zone==eu', 'node.role!=manager'],
      Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.zone' } }],
      MaxReplicas: 2,
      Platforms: [{ Architecture: 'amd64', OS: 'linux' }],
    }
    const resources = { Limits: { NanoCPUs: 2e9, MemoryBytes: 2 ** 30 }, Reservations: { NanoCPUs: 5e8, MemoryBytes: 2 ** 28 } }
    const endpoint = { Mode: 'vip', Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'host' }] }
    const spec = serviceSpecFromDocker(docker({ EndpointSpec: endpoint }, { Placement: placement, Resources: resources }))
    const back = serviceSpecToDocker(spec)
    assert.deepEqual(back.TaskTemplate.Placement, placement)
    assert.deepEqual(back.TaskTemplate.Resources, resources)
    assert.deepEqual(back.EndpointSpec, endpoint)
  })

  test('empty blocks are stored as none, so sending back what was read changes nothing', () => {
    const spec = serviceSpecFromDocker(docker({ EndpointSpec: { Mode: 'vip' } }, { Placement: {}, Resources: { Limits: {}, Reservations: { NanoCPUs: 0 } } }))
    assert.equal(spec.task!.placement, null)
    assert.equal(spec.task!.resources, null)
    assert.equal(spec.endpoint, null)
  })

  const bad: [string, Record<string, any>, Record<string, any>, RegExp][] = [
    ['a constraint without an operator', {}, { Placement: { Constraints: ['node.role'] } }, /constraint expected one operator from ==, != \(in constraint "node.role"\)/],
    ['a constraint key of other characters', {}, { Placement: { Constraints: ['no de==x'] } }, /key 'no de' is invalid/],
    ['constraints that are not strings', {}, { Placement: { Constraints: [1] } }, /must be a list of strings/],
    ['a preference that is not a spread', {}, { Placement: { Preferences: [{ Pack: {} }] } }, /only \{"Spread"/],
    ['a spread over something other than labels', {}, { Placement: { Preferences: [{ Spread: { SpreadDescriptor: 'node.id' } }] } }, /only node.labels/],
    ['max replicas in global mode', { Mode: { Global: {} } }, { Placement: { MaxReplicas: 1 } }, /only be used with replicated mode/],
    ['negative max replicas', {}, { Placement: { MaxReplicas: -1 } }, /invalid max replicas per node -1/],
    ['a tiny cpu value', {}, { Resources: { Limits: { NanoCPUs: 10 } } }, /invalid cpu limit .*: must be at least 0.001/],
    ['a tiny memory value', {}, { Resources: { Reservations: { MemoryBytes: 512 } } }, /invalid memory reservation 512 bytes: must be at least 4MiB/],
    ['a reservation above the limit', {}, { Resources: { Limits: { NanoCPUs: 1e9 }, Reservations: { NanoCPUs: 2e9 } } }, /cpu reservation 2 is above the cpu limit 1/],
    ['a port without target', { EndpointSpec: { Ports: [{ PublishedPort: 80 }] } }, {}, /a target port is required/],
    ['a bad protocol', { EndpointSpec: { Ports: [{ TargetPort: 80, Protocol: 'icmp' }] } }, {}, /invalid port protocol "icmp"/],
    ['a bad publish mode', { EndpointSpec: { Ports: [{ TargetPort: 80, PublishMode: 'nat' }] } }, {}, /invalid publish mode "nat"/],
    ['a port out of range', { EndpointSpec: { Ports: [{ TargetPort: 80, PublishedPort: 65536 }] } }, {}, /invalid published port 65536/],
    ['a duplicate published port', { EndpointSpec: { Ports: [{ TargetPort: 80, PublishedPort: 8080 }, { TargetPort: 81, PublishedPort: 8080, PublishMode: 'host' }] } }, {}, /published port 8080\/tcp is given more than once/],
    ['ingress with dnsrr', { EndpointSpec: { Mode: 'dnsrr', Ports: [{ TargetPort: 80 }] } }, {}, /can't be used with endpoint mode dnsrr/],
    ['a bad endpoint mode', { EndpointSpec: { Mode: 'magic' } }, {}, /invalid endpoint mode "magic"/],
  ]
  for (const [what, over, tt, re] of bad) test(`refuses ${what}`, () => assert.throws(() => serviceSpecFromDocker(docker(over, tt)), re))

  test('port conflicts between services: ingress is exclusive, host-mode may coincide', () => {
    const svc = (id: string, ports: object[]) => new v1.Service({ meta: new v1.Meta({ id }), spec: serviceSpecFromDocker(docker({ Name: id, EndpointSpec: { Ports: ports } })) })
    const ingress = svc('ing', [{ TargetPort: 80, PublishedPort: 8080 }])
    const host = svc('hst', [{ TargetPort: 80, PublishedPort: 9090, PublishMode: 'host' }])
    const spec = (ports: object[]) => serviceSpecFromDocker(docker({ EndpointSpec: { Ports: ports } }))
    assert.throws(() => checkPortConflicts(spec([{ TargetPort: 1, PublishedPort: 8080, PublishMode: 'host' }]), () => [ingress]), /port '8080' is already in use by service 'ing' \(ing\) as an ingress port/)
    assert.throws(() => checkPortConflicts(spec([{ TargetPort: 1, PublishedPort: 9090 }]), () => [host]), /as a host-published port/)
    assert.doesNotThrow(() => checkPortConflicts(spec([{ TargetPort: 1, PublishedPort: 9090, PublishMode: 'host' }]), () => [host]))
    assert.doesNotThrow(() => checkPortConflicts(spec([{ TargetPort: 1, PublishedPort: 8080, Protocol: 'udp' }]), () => [ingress]))
    assert.doesNotThrow(() => checkPortConflicts(spec([{ TargetPort: 1, PublishedPort: 8080 }]), () => [ingress], 'ing'), 'a service does not conflict with itself')
  })

  test('a task shows the host ports it holds once it has a node', () => {
    const t = new v1.Task({
      meta: new v1.Meta({ id: 't' }),
      nodeId: 'n1',
      status: new v1.TaskStatus({ state: TaskState.RUNNING }),
      ports: [new v1.PortConfig({ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'host' }), new v1.PortConfig({ protocol: 'tcp', targetPort: 81, publishedPort: 8081, publishMode: 'ingress' })],
    })
    assert.deepEqual(taskToDocker(t).Status.PortStatus, { Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'host' }] })
    t.status!.state = TaskState.PENDING
    assert.equal(taskToDocker(t).Status.PortStatus, undefined)
  })
})
