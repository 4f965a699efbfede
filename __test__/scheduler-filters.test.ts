// The scheduler's filters one by one, constraint parsing, and the pending reasons the
// pipeline writes: real v1.Node / v1.Task objects through the real decision functions.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { ConstraintError, constraintWarnings, nodeMatches, parseConstraint, parseConstraints } from '../src/manager/scheduler/constraint'
import {
  ConstraintFilter,
  HostPortFilter,
  MaxReplicasFilter,
  PlatformFilter,
  ReadyFilter,
  ResourceFilter,
  RuntimeFilter,
  needsOf,
  type Filter,
} from '../src/manager/scheduler/filter'
import { NodeSet } from '../src/manager/scheduler/nodeinfo'
import { Pipeline } from '../src/manager/scheduler/pipeline'
import { planSchedule } from '../src/manager/scheduler/plan'
import type { Node, Task } from '../src/manager/store'
import { GiB, node, running, task, tasks } from './helpers/sched'

// Runs one filter the way the pipeline does: setTask, then check on the node as it
// stands with `others` running on it.
function verdict(f: Filter, t: Task, n: Node, others: Task[] = []): boolean | 'disabled' {
  const set = new NodeSet([n], others)
  if (!f.setTask(needsOf(t))) return 'disabled'
  return f.check(set.nodes[0])
}

describe('constraint parsing (docker syntax)', () => {
  test('== and != with trimmed key and value', () => {
    const c = parseConstraint(' node.labels.zone == eu-1 ')
    assert.deepEqual([c.key, c.equal, c.value], [{ kind: 'node.labels', label: 'zone' }, true, 'eu-1'])
    assert.equal(parseConstraint('node.role!=manager').equal, false)
  })

  test('the first operator wins, "==" before "!=", as SwarmKit', () => {
    // "node.id!=x==y" holds "==", so its key is "node.id!=x", which is no valid key.
    assert.throws(() => parseConstraint('node.id!=x==y'), /key 'node.id!=x' is invalid/)
  })

  // SwarmKit's words (manager/constraint Parse), as dockerd returns them, with the constraint.
  const bad: [string, string][] = [
    ['node.labels.zone=eu', 'constraint expected one operator from ==, !='],
    ['node.labels.zone', 'constraint expected one operator from ==, !='],
    ['==x', "key '' is invalid"],
    ['no de==x', "key 'no de' is invalid"],
    ['node.labels.zone==', "value '' is invalid"],
    ['node.labels.zone==a>b', "value 'a>b' is invalid"],
  ]
  for (const [text, message] of bad) {
    test(`refuses ${JSON.stringify(text)} as SwarmKit does`, () => {
      assert.throws(() => parseConstraint(text), (err: Error) => err instanceof ConstraintError && err.message === `${message} (in constraint "${text}")`)
    })
  }

  test('keys SwarmKit does not know and malformed node.ip values are accepted and match no node, with == or !=', () => {
    const n = node({ id: 'n1', addr: '10.0.0.5', labels: { a: '1' } })
    for (const text of ['node.foo==bar', 'node.foo!=bar', 'node.label.zone==eu', 'node.labels.==x', 'node.labels.!=x', 'node.ip==10.0.0.300', 'node.ip!=10.0.0.300', 'node.ip!=10.0.0.0/33']) {
      const [c] = parseConstraints([text])
      assert.ok(!nodeMatches([c], n), text)
    }
    assert.deepEqual(constraintWarnings(['node.role==manager', 'node.labels.a!=2']), [])
    const w = constraintWarnings(['node.foo==bar', 'node.ip!=nope'])
    assert.equal(w.length, 2)
    assert.match(w[0], /^constraint "node.foo==bar": no node has "node.foo" \(known: node.id, .*\); it matches no node/)
    assert.match(w[1], /^constraint "node.ip!=nope": "nope" is not an IP address or a CIDR subnet; it matches no node/)
  })

  test('keys and prefixes are case-insensitive, label names are not, values compare folded', () => {
    const n = node({ id: 'n1', hostname: 'Alpha', labels: { Zone: 'EU' } })
    assert.ok(nodeMatches(parseConstraints(['NODE.HOSTNAME==alpha']), n))
    assert.ok(nodeMatches(parseConstraints(['Node.Labels.Zone==eu']), n))
    assert.ok(!nodeMatches(parseConstraints(['node.labels.zone==eu']), n), 'label "zone" is not label "Zone"')
  })

  test('a missing label compares as empty: == fails, != holds', () => {
    const n = node({ id: 'n1' })
    assert.ok(!nodeMatches(parseConstraints(['node.labels.ssd==true']), n))
    assert.ok(nodeMatches(parseConstraints(['node.labels.ssd!=true']), n))
  })

  test('every key', () => {
    const n = node({ id: 'abc', hostname: 'h1', role: 'manager', os: 'linux', arch: 'x86_64', addr: '192.168.1.7', labels: { a: '1' }, engineLabels: { e: '2' } })
    const yes = ['node.id==abc', 'node.hostname==h1', 'node.role==manager', 'node.platform.os==linux', 'node.platform.arch==x86_64', 'node.labels.a==1', 'engine.labels.e==2', 'node.ip==192.168.1.7', 'node.ip==192.168.1.0/24', 'node.ip!=10.0.0.0/8']
    for (const c of yes) assert.ok(nodeMatches(parseConstraints([c]), n), c)
    const no = ['node.id!=abc', 'node.role==worker', 'node.labels.a==2', 'engine.labels.e!=2', 'node.ip==10.0.0.0/8']
    for (const c of no) assert.ok(!nodeMatches(parseConstraints([c]), n), c)
  })
})

describe('filters', () => {
  const n = node({ id: 'n1' })

  test('ReadyFilter: only ready, active nodes', () => {
    assert.equal(verdict(new ReadyFilter(), task(), n), true)
    for (const o of [{ state: 'down' }, { state: 'unknown' }, { availability: 'drain' }, { availability: 'pause' }])
      assert.equal(verdict(new ReadyFilter(), task(), node({ id: 'x', ...o })), false, JSON.stringify(o))
    assert.equal(new ReadyFilter().explain(2), '2 nodes not available for new tasks')
  })

  test('ResourceFilter: reservations against what is left', () => {
    const f = new ResourceFilter()
    assert.equal(verdict(f, task(), n), 'disabled')
    assert.equal(verdict(f, task({ reserveMemory: 8 * GiB }), n), true)
    assert.equal(verdict(f, task({ reserveMemory: 8 * GiB + 1 }), n), false)
    assert.equal(verdict(f, task({ reserveCpu: 3e9 }), n, [running('n1', { reserveCpu: 1e9 })]), true)
    assert.equal(verdict(f, task({ reserveCpu: 3e9 }), n, [running('n1', { reserveCpu: 2e9 })]), false)
    // A task told to stop still holds its reservation until it has stopped...
    assert.equal(verdict(f, task({ reserveCpu: 3e9 }), n, [running('n1', { reserveCpu: 2e9, desired: TaskState.SHUTDOWN })]), false)
    // ...and not after.
    assert.equal(verdict(f, task({ reserveCpu: 3e9 }), n, [running('n1', { reserveCpu: 2e9, state: TaskState.SHUTDOWN })]), true)
    assert.equal(f.explain(1), 'insufficient resources on 1 node')
  })

  test('RuntimeFilter: the executor must be on the node', () => {
    const f = new RuntimeFilter()
    assert.equal(verdict(f, task({ runtime: 'process' }), n), true)
    assert.equal(verdict(f, task({ runtime: 'container' }), n), false)
    assert.equal(f.explain(3), 'runtime "container" not available on 3 nodes (no reachable containerd)')
  })

  test('ConstraintFilter', () => {
    const f = new ConstraintFilter()
    assert.equal(verdict(f, task(), n), 'disabled')
    assert.equal(verdict(f, task({ constraints: ['node.hostname==n1'] }), n), true)
    assert.equal(verdict(f, task({ constraints: ['node.hostname==n1', 'node.role==manager'] }), n), false)
    assert.equal(f.explain(3), 'scheduling constraints not satisfied on 3 nodes')
  })

  test('PlatformFilter: any listed platform, x86_64 = amd64, empty fields match all', () => {
    const f = new PlatformFilter()
    assert.equal(verdict(f, task(), n), 'disabled')
    assert.equal(verdict(f, task({ platforms: [{ os: 'linux', architecture: 'amd64' }] }), n), true)
    assert.equal(verdict(f, task({ platforms: [{ os: 'windows', architecture: 'amd64' }, { os: 'linux' }] }), n), true)
    assert.equal(verdict(f, task({ platforms: [{ architecture: 'arm64' }] }), n), false)
    assert.equal(verdict(f, task({ platforms: [{ architecture: 'arm64' }] }), node({ id: 'a', arch: 'aarch64' })), true)
    assert.equal(f.explain(1), 'unsupported platform on 1 node')
  })

  test('HostPortFilter: one published host port per protocol per node', () => {
    const f = new HostPortFilter()
    const web = { ports: [{ target: 80, published: 8080 }] }
    assert.equal(verdict(f, task({ ports: [{ target: 80 }] }), n), 'disabled', 'no published port: nothing to hold')
    assert.equal(verdict(f, task({ ports: [{ target: 80, published: 8080, mode: 'ingress' }] }), n), 'disabled')
    assert.equal(verdict(f, task(web), n), true)
    assert.equal(verdict(f, task(web), n, [running('n1', { service: 'other', ...web })]), false)
    assert.equal(verdict(f, task(web), n, [running('n1', { ports: [{ target: 80, published: 8080, protocol: 'udp' }] })]), true)
    assert.equal(f.explain(2), 'host-mode port already in use on 2 nodes')
  })

  test('MaxReplicasFilter: counts the service\'s tasks still wanted on the node', () => {
    const f = new MaxReplicasFilter()
    assert.equal(verdict(f, task(), n), 'disabled')
    assert.equal(verdict(f, task({ maxReplicas: 2 }), n, [running('n1')]), true)
    assert.equal(verdict(f, task({ maxReplicas: 2 }), n, [running('n1'), running('n1')]), false)
    assert.equal(verdict(f, task({ maxReplicas: 2 }), n, [running('n1'), running('n1', { service: 'other' })]), true)
    assert.equal(verdict(f, task({ maxReplicas: 2 }), n, [running('n1'), running('n1', { desired: TaskState.SHUTDOWN })]), true)
    assert.equal(f.explain(4), 'max replicas per node limit exceed')
  })
})

describe('pending reasons', () => {
  test('each node counts against the first filter it fails; most failures first', () => {
    const nodes = [
      node({ id: 'a', labels: { zone: 'x' } }),
      node({ id: 'b', labels: { zone: 'x' } }),
      node({ id: 'c', labels: { zone: 'x' } }),
      node({ id: 'd', labels: { zone: 'y' }, memoryBytes: GiB }),
      node({ id: 'e', availability: 'drain', labels: { zone: 'y' } }),
    ]
    const plan = planSchedule(nodes, [task({ constraints: ['node.labels.zone==y'], reserveMemory: 2 * GiB })])
    assert.equal(plan.assigned.length, 0)
    assert.equal(plan.unplaced[0].reason, 'no suitable node (scheduling constraints not satisfied on 3 nodes; 1 node not available for new tasks; insufficient resources on 1 node)')
  })

  test('no nodes at all', () => {
    assert.equal(planSchedule([], [task()]).unplaced[0].reason, 'no suitable node')
  })

  test('tasks left over once capacity runs out get the reason as things then stand', () => {
    const nodes = [node({ id: 'a', memoryBytes: 2 * GiB }), node({ id: 'b', memoryBytes: 2 * GiB })]
    const plan = planSchedule(nodes, tasks(5, { reserveMemory: GiB }))
    assert.equal(plan.assigned.length, 4)
    assert.equal(plan.unplaced.length, 1)
    assert.equal(plan.unplaced[0].task.slot, 5, 'the highest slot waits')
    assert.equal(plan.unplaced[0].reason, 'no suitable node (insufficient resources on 2 nodes)')
  })

  test('a task bound to its node (global) gets the explanation alone', () => {
    const plan = planSchedule([node({ id: 'a', availability: 'pause' })], [task({ nodeId: 'a', slot: 0 })])
    assert.deepEqual(plan.unplaced.map((u) => u.reason), ['1 node not available for new tasks'])
    const ok = planSchedule([node({ id: 'a' })], [task({ nodeId: 'a', slot: 0 })])
    assert.deepEqual(ok.assigned.map((a) => [a.nodeId, a.preassigned]), [['a', true]])
  })

  test('the pipeline explains over any set of nodes', () => {
    const p = new Pipeline()
    p.setTask(needsOf(task({ runtime: 'container' })))
    const set = new NodeSet([node({ id: 'a' }), node({ id: 'b', state: 'down' })], [])
    // Equal counts keep the pipeline's order: readiness first.
    assert.equal(p.explainOver(set.nodes), '1 node not available for new tasks; runtime "container" not available on 1 node (no reachable containerd)')
  })
})
