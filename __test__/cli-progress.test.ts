// Convergence progress: the updaters' lines, both renderers, and the poll loop against a
// scripted client.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'

import type { Node, Service, Task } from '../src/api/client'
import {
  GlobalUpdater,
  PlainRenderer,
  ReplicatedUpdater,
  TtyRenderer,
  isUpToDate,
  progressBar,
  truncateError,
  waitOnService,
  type ProgressClient,
  type ProgressLine,
} from '../src/cli/progress'

const FULL = `[${'='.repeat(50)}>]`

function svc(replicas: number | 'global', image = 'sleep'): Service {
  return {
    ID: 'svc1',
    Version: { Index: 1 },
    Spec: {
      Name: 'web',
      TaskTemplate: { ContainerSpec: { Image: image, Args: [], Env: [] }, Runtime: 'process' },
      Mode: replicas === 'global' ? { Global: {} } : { Replicated: { Replicas: replicas } },
    },
  }
}

let seq = 0
function task(slot: number, state: string, over: Partial<Task> = {}): Task {
  seq++
  return {
    ID: `task${seq}`,
    ServiceID: 'svc1',
    Slot: slot,
    NodeID: 'n1',
    DesiredState: 'running',
    Spec: { ContainerSpec: { Image: 'sleep', Args: [], Env: [] }, Runtime: 'process' },
    Status: { State: state, Timestamp: new Date(Date.now() + seq).toISOString() },
    ...over,
  }
}

const active = new Set(['n1', 'n2', 'n3'])
const text = (lines: ProgressLine[]) => lines.map((l) => `${l.id}: ${l.text}`.trimEnd())

describe('progress bar and errors', () => {
  test('docker\'s bar: 50 wide, filled by state', () => {
    assert.equal(progressBar(9, 9), FULL)
    assert.equal(progressBar(0, 9), `[>${' '.repeat(50)}]`)
    assert.equal(progressBar(3, 9), `[${'='.repeat(16)}>${' '.repeat(34)}]`)
  })

  test('errors are one line, at most 75 characters', () => {
    assert.equal(truncateError('a\nb'), 'a b')
    const long = truncateError('x'.repeat(100))
    assert.equal([...long].length, 75)
    assert.ok(long.endsWith('…'))
  })
})

describe('ReplicatedUpdater', () => {
  test('draws placeholders, then slot states, then converges', () => {
    const u = new ReplicatedUpdater()
    const first = u.update({ service: svc(3), tasks: [task(1, 'pending'), task(2, 'running')], activeNodes: active })
    assert.deepEqual(text(first.lines), [
      'overall progress: 0 out of 3 tasks',
      '1/3:',
      '2/3:',
      '3/3:',
      `1/3: pending   [${'='.repeat(16)}>${' '.repeat(34)}]`,
      `2/3: running   ${FULL}`,
      'overall progress: 1 out of 3 tasks',
    ])
    assert.equal(first.converged, false)
    const done = u.update({ service: svc(3), tasks: [task(1, 'running'), task(2, 'running'), task(3, 'running')], activeNodes: active })
    assert.equal(done.converged, true)
    assert.deepEqual(text(done.lines).slice(-1), ['overall progress: 3 out of 3 tasks'])
    // Once converged, nothing is redrawn until something changes.
    const again = u.update({ service: svc(3), tasks: [task(1, 'running'), task(2, 'running'), task(3, 'running')], activeNodes: active })
    assert.deepEqual(again.lines, [])
    assert.equal(again.converged, true)
  })

  test('a failed task shows its error on its slot line while the replacement starts', () => {
    const u = new ReplicatedUpdater()
    const failed = task(1, 'failed', { DesiredState: 'shutdown', Status: { State: 'failed', Err: 'non-zero exit (3)', Timestamp: new Date().toISOString() } })
    const replacement = task(1, 'pending')
    const r = u.update({ service: svc(1), tasks: [failed, replacement], activeNodes: active })
    assert.ok(text(r.lines).includes('1/1: non-zero exit (3)'), text(r.lines).join('\n'))
    assert.equal(r.converged, false)
    const ok = u.update({ service: svc(1), tasks: [failed, task(1, 'running')], activeNodes: active })
    assert.ok(text(ok.lines).includes(`1/1: running   ${FULL}`))
    assert.equal(ok.converged, true)
  })

  test('a pending task with a scheduling error shows the error', () => {
    const u = new ReplicatedUpdater()
    const r = u.update({ service: svc(1), tasks: [task(1, 'pending', { Status: { State: 'pending', Err: 'no suitable node' } })], activeNodes: active })
    assert.ok(text(r.lines).includes('1/1: no suitable node'))
  })

  test('scale-down: slots being shut down are not shown or counted; slots map onto 1..N', () => {
    const u = new ReplicatedUpdater()
    const tasks = [
      task(1, 'running'),
      task(3, 'running', { DesiredState: 'shutdown' }),
      task(5, 'running'),
    ]
    const r = u.update({ service: svc(2), tasks, activeNodes: active })
    assert.equal(r.converged, true)
    const lines = text(r.lines)
    assert.ok(lines.includes(`1/2: running   ${FULL}`))
    assert.ok(lines.includes(`2/2: running   ${FULL}`))
    assert.ok(!lines.some((l) => l.startsWith('3/')))
  })

  test('tasks on down nodes do not count', () => {
    const u = new ReplicatedUpdater()
    const r = u.update({ service: svc(1), tasks: [task(1, 'running', { NodeID: 'gone' })], activeNodes: active })
    assert.equal(r.converged, false)
  })

  test('more than 20 replicas: only the overall line', () => {
    const u = new ReplicatedUpdater()
    const tasks = Array.from({ length: 25 }, (_, i) => task(i + 1, 'running'))
    const r = u.update({ service: svc(25), tasks, activeNodes: active })
    assert.deepEqual(text(r.lines), ['overall progress: 0 out of 25 tasks', 'overall progress: 25 out of 25 tasks'])
  })

  test('zero replicas converge at once', () => {
    const r = new ReplicatedUpdater().update({ service: svc(0), tasks: [], activeNodes: active })
    assert.equal(r.converged, true)
  })
})

describe('GlobalUpdater', () => {
  test('one line per node, keyed by the short node id', () => {
    const u = new GlobalUpdater()
    assert.deepEqual(text(u.update({ service: svc('global'), tasks: [], activeNodes: active }).lines), ['overall progress: waiting for new tasks'])
    const r = u.update({
      service: svc('global'),
      tasks: [task(0, 'running', { NodeID: 'n1' }), task(0, 'starting', { NodeID: 'n2' })],
      activeNodes: active,
    })
    assert.deepEqual(text(r.lines), [
      'overall progress: 0 out of 2 tasks',
      `n1: running   ${FULL}`,
      `n2: starting  [${'='.repeat(44)}>${' '.repeat(6)}]`,
      'overall progress: 1 out of 2 tasks',
    ])
    assert.equal(r.converged, false)
  })
})

describe('isUpToDate', () => {
  test('old tasks of an update do not count', () => {
    const updated = svc(1, 'sleep2')
    assert.equal(isUpToDate(task(1, 'running'), updated), false)
    assert.equal(isUpToDate(task(1, 'running', { Spec: { ContainerSpec: { Image: 'sleep2' } } }), updated), true)
    // Runtime filled in by the daemon on one side only doesn't make a task stale.
    const noRuntime = { ...updated, Spec: { ...updated.Spec, TaskTemplate: { ContainerSpec: { Image: 'sleep2' } } } }
    assert.equal(isUpToDate(task(1, 'running', { Spec: { ContainerSpec: { Image: 'sleep2', Args: [], Env: [] }, Runtime: 'process' } }), noRuntime), true)
  })
})

describe('renderers', () => {
  test('plain: each changed line once, placeholders skipped', () => {
    let out = ''
    const r = new PlainRenderer({ write: (s: string) => (out += s) })
    r.line({ id: '1/1', text: '' })
    r.line({ id: 'overall progress', text: '0 out of 1 tasks' })
    r.line({ id: 'overall progress', text: '0 out of 1 tasks' })
    r.line({ id: '1/1', text: 'running' })
    r.line({ id: 'overall progress', text: '1 out of 1 tasks' })
    r.message('done')
    assert.equal(out, 'overall progress: 0 out of 1 tasks\n1/1: running\noverall progress: 1 out of 1 tasks\ndone\n')
  })

  test('tty: new lines append, changes rewrite in place with cursor movement', () => {
    let out = ''
    const r = new TtyRenderer({ write: (s: string) => (out += s) }, () => 80)
    r.line({ id: 'overall progress', text: '0 out of 2 tasks' })
    r.line({ id: '1/2', text: '' })
    r.line({ id: '2/2', text: '' })
    out = ''
    r.line({ id: '1/2', text: 'running' })
    assert.equal(out, '\x1b[2A\r\x1b[2K1/2: running\x1b[2B\r')
    out = ''
    r.line({ id: '1/2', text: 'running' })
    assert.equal(out, '')
    r.line({ id: 'overall progress', text: '1 out of 2 tasks' })
    assert.equal(out, '\x1b[3A\r\x1b[2Koverall progress: 1 out of 2 tasks\x1b[3B\r')
  })

  test('tty: lines are cut to the terminal width', () => {
    let out = ''
    const r = new TtyRenderer({ write: (s: string) => (out += s) }, () => 20)
    r.line({ id: 'x', text: 'y'.repeat(40) })
    assert.equal(out, `x: ${'y'.repeat(16)}\n`)
  })
})

// A scripted daemon: each poll of the tasks advances the script by one step.
function scripted(service: Service, steps: Task[][]): ProgressClient & { polls: number } {
  const nodes: Node[] = [{ ID: 'n1', Status: { State: 'ready' } }]
  const client = {
    polls: 0,
    async serviceInspect() {
      return service
    },
    async taskList(filters: Record<string, string[]>) {
      // Only the current template's tasks: docker's "_up-to-date" filter.
      assert.deepEqual(filters, { service: ['svc1'], '_up-to-date': ['true'] })
      const step = steps[Math.min(client.polls, steps.length - 1)]
      client.polls++
      return step
    },
    async nodeList() {
      return nodes
    },
  }
  return client
}

describe('waitOnService', () => {
  test('polls until converged, verifies stability, then reports', async () => {
    let out = ''
    const client = scripted(svc(2), [[task(1, 'pending'), task(2, 'pending')], [task(1, 'running'), task(2, 'starting')], [task(1, 'running'), task(2, 'running')]])
    const result = await waitOnService(client, 'svc1', {
      renderer: new PlainRenderer({ write: (s: string) => (out += s) }),
      displayName: 'web',
      bin: 'shoal',
      pollMs: 5,
      monitorMs: 50,
      detach: new AbortController().signal,
    })
    assert.equal(result, 'converged')
    const lines = out.trimEnd().split('\n')
    assert.equal(lines[0], 'overall progress: 0 out of 2 tasks')
    assert.ok(lines.includes('overall progress: 2 out of 2 tasks'), out)
    assert.ok(lines.includes('verify: Waiting 1 seconds to verify that tasks are stable...'), out)
    assert.equal(lines.at(-1), 'verify: Service converged')
  })

  test('a failure during the verify window restarts the wait', async () => {
    let out = ''
    const ok = [task(1, 'running')]
    const client = scripted(svc(1), [ok, ok, [task(1, 'failed', { Status: { State: 'failed', Err: 'crashed' } })], ok])
    await waitOnService(client, 'svc1', {
      renderer: new PlainRenderer({ write: (s: string) => (out += s) }),
      displayName: 'web',
      bin: 'shoal',
      pollMs: 5,
      monitorMs: 60,
      detach: new AbortController().signal,
    })
    assert.match(out, /1\/1: crashed\n/)
    assert.match(out, /verify: Detected task failure\n/)
    assert.match(out, /verify: Service converged\n$/)
  })

  test('detaching stops watching and says how to follow up', async () => {
    let out = ''
    const stop = new AbortController()
    const client = scripted(svc(1), [[task(1, 'pending')]])
    setTimeout(() => stop.abort(), 30)
    const result = await waitOnService(client, 'svc1', {
      renderer: new PlainRenderer({ write: (s: string) => (out += s) }),
      displayName: 'web',
      bin: 'shoal',
      pollMs: 5,
      detach: stop.signal,
    })
    assert.equal(result, 'detached')
    assert.match(out, /Operation continuing in background\.\nUse `shoal service ps web` to check progress\.\n$/)
  })

  test('a paused update ends the wait with the daemon\'s message, as docker', async () => {
    const service = svc(2)
    const client = scripted(service, [[task(1, 'running'), task(2, 'starting')]])
    setTimeout(() => (service.UpdateStatus = { State: 'paused', Message: 'update paused due to failure or early termination of task t1' }), 20)
    await assert.rejects(
      waitOnService(client, 'svc1', { renderer: new PlainRenderer({ write: () => true }), displayName: 'web', bin: 'shoal', pollMs: 5, detach: new AbortController().signal }),
      { message: 'service update paused: update paused due to failure or early termination of task t1' },
    )
  })

  test('a rollback is announced once, counted as such, and its closing word follows "verify"', async () => {
    let out = ''
    const service = svc(2)
    service.UpdateStatus = { State: 'updating' }
    const steps = [[task(1, 'running'), task(2, 'starting')], [task(1, 'running'), task(2, 'starting')], [task(1, 'running'), task(2, 'running')]]
    const client = scripted(service, steps)
    const inspect = client.serviceInspect
    client.serviceInspect = async () => {
      if (client.polls === 1) service.UpdateStatus = { State: 'rollback_started', Message: 'update rolled back due to failure or early termination of task t9' }
      if (client.polls >= 2) service.UpdateStatus = { State: 'rollback_completed', Message: 'rollback completed' }
      return inspect('svc1')
    }
    const result = await waitOnService(client, 'svc1', {
      renderer: new PlainRenderer({ write: (s: string) => (out += s) }),
      displayName: 'web',
      bin: 'shoal',
      pollMs: 5,
      monitorMs: 30,
      detach: new AbortController().signal,
    })
    assert.equal(result, 'converged')
    const lines = out.trimEnd().split('\n')
    assert.equal(lines.filter((l) => l === 'rollback: update rolled back due to failure or early termination of task t9').length, 1, out)
    assert.ok(lines.includes('overall progress: rolling back update: 2 out of 2 tasks'), out)
    assert.deepEqual(lines.slice(-2), ['verify: Service converged', 'rollback: rollback completed'])
  })

  test('a request failure ends the wait with that error', async () => {
    const client: ProgressClient = {
      serviceInspect: async () => {
        throw new Error('service web not found')
      },
      taskList: async () => [],
      nodeList: async () => [],
    }
    await assert.rejects(
      waitOnService(client, 'svc1', { renderer: new PlainRenderer({ write: () => true }), displayName: 'web', bin: 'shoal', detach: new AbortController().signal }),
      /service web not found/,
    )
  })
})
