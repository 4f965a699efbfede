// A task status the manager acknowledged but lost is reported again. The dispatcher
// acknowledges an agent's report when it queues it and commits it moments later; a leader
// killed (or deposed) in between loses it, and the new leader keeps the task's older
// state. Before the fix the agent never said it again: a task whose process had ended
// stayed RUNNING in the store for good (never restarted), and one that had started stayed
// STARTING. Now every session starts with the agent's last status of every task, as
// SwarmKit's worker.Listen does.
//
// The lost commit is made deterministic by putting the manager's data back: a copy taken
// while the task ran is restored after the task's failure was reported and committed, so
// the manager comes back knowing the task as running while its agent knows it failed.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

describe('task status re-reported at every session', () => {
  const m = new TestDaemon('shoal-rereport-m', ['--hostname', 'm1'])
  const w = new TestDaemon('shoal-rereport-w', ['--hostname', 'w1'])
  let addr = ''

  before(async () => {
    await Promise.all([m.start(), w.start()])
    addr = `127.0.0.1:${await freePort()}`
    const init = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(init.code, 0, init.stderr)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const join = await w.cli('swarm', 'join', '--token', token, addr)
    assert.equal(join.code, 0, join.stderr)
  })
  after(async () => {
    await w.destroy()
    await m.destroy()
  })

  const tasks = async (): Promise<any[]> => (await m.api('GET', `/tasks?filters=${filters({ service: ['lost'] })}`)).body
  const workerReady = async () => {
    const nodes: any[] = (await m.api('GET', '/nodes')).body
    return nodes.some((n) => n.Description?.Hostname === 'w1' && n.Status.State === 'ready')
  }

  test('a failure committed, then lost with the manager\'s state: the agent reports it again and the task is replaced', async () => {
    const r = await m.api('POST', '/services/create', {
      Name: 'lost',
      TaskTemplate: {
        Runtime: 'process',
        ContainerSpec: { Image: 'sleep', Args: ['3600'] },
        Placement: { Constraints: ['node.role==worker'] },
        RestartPolicy: { Condition: 'any', Delay: 100_000_000 },
      },
      Mode: { Replicated: { Replicas: 1 } },
    })
    assert.equal(r.status, 201, r.text)
    const first = await waitFor('the task running', async () => (await tasks()).find((t) => t.Status.State === 'running'), 30_000)

    // The manager's state while the task runs.
    await m.stop()
    const data = path.join(m.dir, 'data')
    const saved = path.join(m.dir, 'saved')
    assert.equal(spawnSync('cp', ['-a', data, saved]).status, 0)
    await m.start()
    await waitFor('the worker back', workerReady, 30_000)

    // The task's process ends; its failure is reported and committed.
    process.kill(-first.Status.ContainerStatus.PID, 'SIGKILL')
    await waitFor('the failure in the store', async () => (await tasks()).find((t) => t.ID === first.ID)?.Status.State === 'failed', 30_000)

    // The manager comes back from before that commit: it knows the task as running.
    await m.stop()
    assert.equal(spawnSync('rm', ['-rf', data]).status, 0)
    assert.equal(spawnSync('mv', [saved, data]).status, 0)
    await m.start()
    assert.equal((await tasks()).find((t) => t.ID === first.ID)?.Status.State, 'running')

    // The worker's new session says it again: the task failed, and it is replaced.
    await waitFor('the failure reported again', async () => (await tasks()).find((t) => t.ID === first.ID)?.Status.State === 'failed', 30_000)
    await waitFor('a new task running in the slot', async () => (await tasks()).some((t) => t.ID !== first.ID && t.Status.State === 'running'), 30_000)
  })
})
