// How the scheduler spreads tasks: over nodes by default (fewest tasks of the service,
// then fewest tasks), over label values with placement preferences (SwarmKit's tree),
// and within what the dynamic filters leave. Real v1.Node / v1.Task objects throughout.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { planSchedule, waterFill } from '../src/manager/scheduler/plan'
import { GiB, node, perNode, running, task, tasks } from './helpers/sched'

const three = () => [node({ id: 'a' }), node({ id: 'b' }), node({ id: 'c' })]

describe('spread over nodes', () => {
  test('a new service is spread evenly', () => {
    const plan = planSchedule(three(), tasks(7))
    assert.deepEqual(perNode(plan.assigned), { a: 3, b: 2, c: 2 })
  })

  test('fewest tasks of the service first, then fewest tasks overall', () => {
    // a runs 2 of "svc"; b runs 5 others; c runs 1 other. A new svc task goes to c
    // (0 of svc, 1 total), then b (0 of svc, 5 total), then c again (1 of svc, 2 total).
    const existing = [running('a'), running('a'), ...Array.from({ length: 5 }, () => running('b', { service: 'other' })), running('c', { service: 'other' })]
    const plan = planSchedule(three(), [...existing, ...tasks(3, { slot: 2 })])
    assert.deepEqual(plan.assigned.map((a) => a.nodeId), ['c', 'b', 'c'])
  })

  test('tasks being shut down do not count; tasks of other services do', () => {
    const existing = [running('a', { desired: TaskState.SHUTDOWN }), running('b', { service: 'x' })]
    const plan = planSchedule(three(), [...existing, task({ slot: 2 })])
    // a has no active tasks (its one is shutting down), c has none either: lowest id wins.
    assert.equal(plan.assigned[0].nodeId, 'a')
  })

  test('later groups see earlier decisions of the same pass', () => {
    const plan = planSchedule(three(), [...tasks(2, { service: 's1', createdAt: 1 }), ...tasks(1, { service: 's2', createdAt: 2 })])
    const s2 = plan.assigned.find((a) => a.task.serviceId === 's2')!
    assert.equal(s2.nodeId, 'c', 's1 took a and b')
  })

  test('a task bound to a node is confirmed there and counts for what follows', () => {
    const plan = planSchedule(three(), [task({ service: 'g', nodeId: 'a', slot: 0 }), ...tasks(2)])
    assert.deepEqual(perNode(plan.assigned), { a: 1, b: 1, c: 1 })
  })

  test('the scan and the fast path agree', () => {
    // Same nodes, same loads, a new service: once as the first task of its service (the
    // fast path), once with one task of the service already on a drained node (so the
    // scan decides; that node takes nothing and the others count 0 of the service).
    const nodes = () => [...three(), node({ id: 'd' }), node({ id: 'z', availability: 'drain' })]
    const loads = () => [running('a', { service: 'o' }), running('a', { service: 'o' }), running('b', { service: 'o' })]
    const fast = planSchedule(nodes(), [...loads(), ...tasks(3)])
    const scan = planSchedule(nodes(), [...loads(), running('z'), ...tasks(3, { slot: 1 })])
    assert.deepEqual(fast.assigned.map((a) => a.nodeId), ['c', 'd', 'b'])
    assert.deepEqual(scan.assigned.map((a) => a.nodeId), ['c', 'd', 'b'])
  })

  test('more tasks than nodes wrap around evenly', () => {
    const plan = planSchedule(three(), tasks(10))
    const counts = Object.values(perNode(plan.assigned)).sort()
    assert.deepEqual(counts, [3, 3, 4])
  })
})

describe('dynamic limits while spreading', () => {
  test('reservations fill nodes, then the rest waits', () => {
    const nodes = [node({ id: 'a', nanoCpus: 2e9 }), node({ id: 'b', nanoCpus: 1e9 })]
    const plan = planSchedule(nodes, tasks(4, { reserveCpu: 1e9 }))
    assert.deepEqual(perNode(plan.assigned), { a: 2, b: 1 })
    assert.equal(plan.unplaced.length, 1)
  })

  test('--replicas-max-per-node caps each node', () => {
    const plan = planSchedule(three(), tasks(8, { maxReplicas: 2 }))
    assert.deepEqual(perNode(plan.assigned), { a: 2, b: 2, c: 2 })
    assert.equal(plan.unplaced.length, 2)
    assert.equal(plan.unplaced[0].reason, 'no suitable node (max replicas per node limit exceed)')
  })

  test('host ports: one task per node, and not where another service holds the port', () => {
    const web = { ports: [{ target: 80, published: 8080 }] }
    const plan = planSchedule(three(), [running('b', { service: 'other', ...web }), ...tasks(3, web)])
    assert.deepEqual(perNode(plan.assigned), { a: 1, c: 1 })
    assert.equal(plan.unplaced[0].reason, 'no suitable node (host-mode port already in use on 3 nodes)')
  })

  test('a full cluster sends the fast path back to the scan, which finds the one node left', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => node({ id: `n${String(i).padStart(3, '0')}`, memoryBytes: GiB }))
    // Tasks being shut down hold their memory but count as no load, so the fast path's
    // least-loaded order starts with 199 full nodes.
    const full = nodes.slice(0, 199).map((n) => running(n.meta!.id!, { service: 'hog', reserveMemory: GiB, desired: TaskState.SHUTDOWN }))
    const plan = planSchedule(nodes, [...full, task({ service: 'new', reserveMemory: GiB })])
    assert.deepEqual(plan.assigned.map((a) => a.nodeId), ['n199'])
  })
})

describe('placement preferences (spread over label values)', () => {
  const zoned = () => [
    node({ id: 'a1', labels: { zone: 'a' } }),
    node({ id: 'a2', labels: { zone: 'a' } }),
    node({ id: 'a3', labels: { zone: 'a' } }),
    node({ id: 'b1', labels: { zone: 'b' } }),
    node({ id: 'c1' }), // no label: its own "" branch
  ]
  const zoneOf = (id: string) => (id.startsWith('a') ? 'a' : id.startsWith('b') ? 'b' : '')

  test('evenly over values first, nodes second', () => {
    const plan = planSchedule(zoned(), tasks(6, { spread: ['node.labels.zone'] }))
    const byZone: Record<string, number> = {}
    for (const a of plan.assigned) byZone[zoneOf(a.nodeId)] = (byZone[zoneOf(a.nodeId)] ?? 0) + 1
    assert.deepEqual(byZone, { a: 2, b: 2, '': 2 })
    // Within zone a, the two tasks go to two different nodes.
    assert.equal(new Set(plan.assigned.filter((a) => zoneOf(a.nodeId) === 'a').map((a) => a.nodeId)).size, 2)
  })

  test('existing tasks count: the emptiest value catches up first', () => {
    const existing = [running('a1'), running('a2'), running('b1')]
    const plan = planSchedule(zoned(), [...existing, ...tasks(3, { slot: 3, spread: ['node.labels.zone'] })])
    const zones = plan.assigned.map((a) => zoneOf(a.nodeId)).sort()
    // Counts were a:2 b:1 "":0; three more even them out at 2 each.
    assert.deepEqual(zones, ['', '', 'b'])
  })

  test('a value with no room gives its share to the others', () => {
    const nodes = zoned()
    nodes[3].spec!.availability = 'drain' // zone b has no usable node
    const plan = planSchedule(nodes, tasks(4, { spread: ['node.labels.zone'] }))
    assert.equal(plan.assigned.length, 4)
    const zones = plan.assigned.map((a) => zoneOf(a.nodeId)).sort()
    assert.deepEqual(zones, ['', '', 'a', 'a'])
  })

  test('nested preferences: zone, then rack within each zone', () => {
    const nodes = [
      node({ id: 'n1', labels: { zone: 'a', rack: '1' } }),
      node({ id: 'n2', labels: { zone: 'a', rack: '1' } }),
      node({ id: 'n3', labels: { zone: 'a', rack: '2' } }),
      node({ id: 'n4', labels: { zone: 'b', rack: '1' } }),
    ]
    const plan = planSchedule(nodes, tasks(4, { spread: ['node.labels.zone', 'node.labels.rack'] }))
    // Two per zone; in zone a, one per rack.
    assert.deepEqual(perNode(plan.assigned), { n1: 1, n3: 1, n4: 2 })
  })

  test('preferences combine with constraints', () => {
    const plan = planSchedule(zoned(), tasks(4, { spread: ['node.labels.zone'], constraints: ['node.labels.zone!=b'] }))
    const zones = plan.assigned.map((a) => zoneOf(a.nodeId)).sort()
    assert.deepEqual(zones, ['', '', 'a', 'a'])
  })

  test('engine labels can be spread over too', () => {
    const nodes = [node({ id: 'x1', engineLabels: { dc: 'x' } }), node({ id: 'x2', engineLabels: { dc: 'x' } }), node({ id: 'y1', engineLabels: { dc: 'y' } })]
    const plan = planSchedule(nodes, tasks(2, { spread: ['engine.labels.dc'] }))
    assert.deepEqual(plan.assigned.map((a) => a.nodeId).sort(), ['x1', 'y1'])
  })
})

describe('water-filling', () => {
  test('raises the emptiest first, remainder to the first in order', () => {
    assert.deepEqual(waterFill([0, 0, 0], 4), [2, 1, 1])
    assert.deepEqual(waterFill([0, 5], 1), [1, 0])
    assert.deepEqual(waterFill([0, 2, 5], 4), [3, 1, 0])
    assert.deepEqual(waterFill([1, 1], 0), [0, 0])
    assert.deepEqual(waterFill([2, 2], 3), [2, 1])
  })

  test('always hands out exactly what it was given, never a negative share', () => {
    for (let trial = 0; trial < 500; trial++) {
      const counts = Array.from({ length: 1 + (trial % 7) }, (_, i) => (i * 7919 + trial * 31) % 13).sort((a, b) => a - b)
      const n = (trial * 17) % 40
      const share = waterFill(counts, n)
      assert.equal(share.reduce((s, x) => s + x, 0), n)
      assert.ok(share.every((x) => x >= 0))
      const after = counts.map((c, i) => c + share[i])
      const receivers = after.filter((_, i) => share[i] > 0)
      if (receivers.length > 0) assert.ok(Math.max(...receivers) - Math.min(...after) <= 1, `${counts} + ${n} -> ${after}`)
    }
  })
})
