// Fast unit tests of the manager's pure parts: spec validation, restart decisions,
// addresses, filters.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TaskState } from '../src/agent/types'
import { serviceSpecFromDocker, serviceSpecToDocker, taskStateName } from '../src/api/convert'
import { parseFilters } from '../src/api/server'
import { parseAddr, formatAddr } from '../src/daemon/addr'
import { newId } from '../src/manager/ids'
import { restartDecision } from '../src/manager/orchestrator/restart'
import { v1 } from '../src/manager/store'

const spec = (over: Record<string, unknown> = {}) => ({
  Name: 'web',
  TaskTemplate: { ContainerSpec: { Image: 'sleep', Args: ['10'] }, Runtime: 'process' },
  Mode: { Replicated: { Replicas: 2 } },
  ...over,
})

describe('service spec validation', () => {
  test('a valid spec round-trips', () => {
    const s = serviceSpecFromDocker(spec())
    assert.equal(s.replicas, 2)
    assert.equal(s.task!.runtime, 'process')
    const back = serviceSpecToDocker(s)
    assert.equal(back.Name, 'web')
    assert.deepEqual(back.Mode, { Replicated: { Replicas: 2 } })
    assert.deepEqual(back.TaskTemplate.ContainerSpec.Args, ['10'])
  })

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['missing name', { Name: '' }, /name is required/],
    ['bad name', { Name: 'a b' }, /invalid service name "a b"/],
    ['negative replicas', { Mode: { Replicated: { Replicas: -1 } } }, /invalid replicas -1/],
    ['fractional replicas', { Mode: { Replicated: { Replicas: 1.5 } } }, /invalid replicas 1.5/],
    ['string replicas', { Mode: { Replicated: { Replicas: 'x' } } }, /invalid replicas "x"/],
    ['both modes', { Mode: { Replicated: {}, Global: {} } }, /a service has one mode, not Replicated and Global/],
    ['an unknown mode', { Mode: { Cron: {} } }, /unsupported service mode Cron/],
    ['a job restarting on any', { Mode: { ReplicatedJob: {} }, TaskTemplate: { ContainerSpec: { Image: 'x' }, RestartPolicy: { Condition: 'any' } } }, /restart condition "any" cannot be used with a job/],
    ['a job with an update config', { Mode: { GlobalJob: {} }, UpdateConfig: { Parallelism: 1 } }, /UpdateConfig cannot be used with a job/],
    ['bad env', { TaskTemplate: { ContainerSpec: { Image: 'x', Env: ['NOEQUALS'] } } }, /invalid env "NOEQUALS"/],
    ['no image', { TaskTemplate: { ContainerSpec: {} } }, /image/],
    ['bad runtime', { TaskTemplate: { ContainerSpec: { Image: 'x' }, Runtime: 'vm' } }, /invalid runtime "vm"/],
    ['bad condition', { TaskTemplate: { ContainerSpec: { Image: 'x' }, RestartPolicy: { Condition: 'often' } } }, /invalid restart condition "often"/],
  ]
  for (const [what, over, re] of bad) test(`refuses ${what}`, () => assert.throws(() => serviceSpecFromDocker(spec(over)), re))
})

describe('restart decisions', () => {
  const task = (state: TaskState, condition: string, attempt = 0, max = 0, delayMs = 0, at = 1000) =>
    new v1.Task({
      status: new v1.TaskStatus({ state, timestamp: at }),
      restartAttempt: attempt,
      spec: new v1.TaskSpec({ restart: new v1.RestartPolicy({ condition, maxAttempts: max, delayNs: delayMs * 1e6 }) }),
    })
  test('running tasks are left alone', () => assert.equal(restartDecision(task(TaskState.RUNNING, 'any')).kind, 'none'))
  test('any restarts completed and failed tasks', () => {
    assert.equal(restartDecision(task(TaskState.COMPLETE, 'any'), 2000).kind, 'now')
    assert.equal(restartDecision(task(TaskState.FAILED, 'any'), 2000).kind, 'now')
  })
  test('on-failure skips completed tasks', () => {
    assert.equal(restartDecision(task(TaskState.COMPLETE, 'on-failure'), 2000).kind, 'none')
    assert.equal(restartDecision(task(TaskState.FAILED, 'on-failure'), 2000).kind, 'now')
  })
  test('none never restarts', () => assert.equal(restartDecision(task(TaskState.FAILED, 'none'), 2000).kind, 'none'))
  test('max attempts stop restarts', () => {
    assert.equal(restartDecision(task(TaskState.FAILED, 'any', 1, 2), 2000).kind, 'now')
    assert.equal(restartDecision(task(TaskState.FAILED, 'any', 2, 2), 2000).kind, 'none')
  })
  test("no policy (docker's nil) is SwarmKit's default: any exit, after 5 s; a job's task only on failure", () => {
    const bare = (state: TaskState, jobIteration = 0) => new v1.Task({ status: new v1.TaskStatus({ state, timestamp: 1000 }), jobIteration, spec: new v1.TaskSpec({}) })
    assert.deepEqual(restartDecision(bare(TaskState.COMPLETE), 2000), { kind: 'later', inMs: 4000 })
    assert.equal(restartDecision(bare(TaskState.COMPLETE), 6000).kind, 'now')
    assert.equal(restartDecision(bare(TaskState.COMPLETE, 1), 6000).kind, 'none')
    assert.equal(restartDecision(bare(TaskState.FAILED, 1), 6000).kind, 'now')
  })
  test('a delay defers the restart', () => {
    assert.deepEqual(restartDecision(task(TaskState.FAILED, 'any', 0, 0, 500, 1000), 1200), { kind: 'later', inMs: 300 })
    assert.equal(restartDecision(task(TaskState.FAILED, 'any', 0, 0, 500, 1000), 1500).kind, 'now')
  })
})

describe('addresses and filters', () => {
  test('addresses take docker forms', () => {
    assert.equal(formatAddr(parseAddr('10.0.0.1', 'x')), '10.0.0.1:2377')
    assert.equal(formatAddr(parseAddr('10.0.0.1:4000', 'x')), '10.0.0.1:4000')
    assert.equal(formatAddr(parseAddr('[::1]:4000', 'x')), '[::1]:4000')
    assert.equal(formatAddr(parseAddr('lo', 'x')), '127.0.0.1:2377')
    assert.throws(() => parseAddr('10.0.0.1:99999', 'listen address'), /invalid listen address "10.0.0.1:99999": port/)
    assert.throws(() => parseAddr('nosuchif0', 'advertise address'), /invalid advertise address "nosuchif0"/)
  })
  test('filters accept both docker shapes', () => {
    assert.deepEqual(parseFilters('{"service":["a"],"label":{"k=v":true}}'), { service: ['a'], label: ['k=v'] })
    assert.throws(() => parseFilters('{'), /invalid filters/)
  })
  test('task states have docker names', () => {
    assert.equal(taskStateName(TaskState.RUNNING), 'running')
    assert.equal(taskStateName(TaskState.REJECTED), 'rejected')
  })
})

describe('ids', () => {
  test('128 random bits in base 36, zero-padded to 25 characters, as SwarmKit', () => {
    const ids = Array.from({ length: 5000 }, newId)
    for (const id of ids) assert.match(id, /^[0-9a-z]{25}$/)
    assert.equal(new Set(ids).size, ids.length)
    // 2^128 is about 15.2 * 36^24: the first digit never passes 'f', and often is one.
    const first = new Set(ids.map((id) => id[0]))
    assert.ok([...first].every((c) => c <= 'f') && first.size === 16, [...first].join(''))
    // Every digit turns up in every other position.
    for (let i = 1; i < 25; i++) assert.equal(new Set(ids.map((id) => id[i])).size, 36)
  })
})
