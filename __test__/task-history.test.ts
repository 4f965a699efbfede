// Task history pruning (`swarm update --task-history-limit N`, docker's
// Orchestration.TaskHistoryRetentionLimit): per slot, the task reaper keeps the N newest
// ended tasks and deletes older ones; lowering the limit prunes at once. A real daemon,
// a task that keeps failing and being restarted.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const ENDED = new Set(['complete', 'failed', 'shutdown', 'rejected', 'orphaned'])

describe('task history limit', () => {
  const d = new TestDaemon('shoal-taskhist')
  let serviceId = ''
  // Every task id ever listed for the service, with its creation time.
  const seen = new Map<string, string>()
  const tasks = async (): Promise<any[]> => {
    const r = await d.api('GET', `/tasks?filters=${filters({ service: [serviceId] })}`)
    assert.equal(r.status, 200, r.text)
    for (const t of r.body) seen.set(t.ID, t.CreatedAt)
    return r.body
  }

  before(async () => {
    await d.start()
    // Not the default port 2377, which another test run on the machine may hold.
    const addr = `127.0.0.1:${await freePort()}`
    const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test('the limit is set and shown', async () => {
    const r = await d.cli('swarm', 'update', '--task-history-limit', '2')
    assert.equal(r.code, 0, r.stderr)
    assert.equal((await d.api('GET', '/swarm')).body.Spec.Orchestration.TaskHistoryRetentionLimit, 2)
  })

  test('a slot keeps its 2 newest ended tasks while its task keeps failing', async () => {
    const r = await d.api('POST', '/services/create', {
      Name: 'flap',
      TaskTemplate: { Runtime: 'process', ContainerSpec: { Image: 'sh', Args: ['-c', 'sleep 0.2; exit 3'] }, RestartPolicy: { Condition: 'any', Delay: 100_000_000 } },
      Mode: { Replicated: { Replicas: 1 } },
    })
    assert.equal(r.status, 201, r.text)
    serviceId = r.body.ID
    // More tasks than the limit plus the live one have existed in the slot...
    await waitFor('six tasks created in the slot', async () => (await tasks(), seen.size >= 6), 60_000, 100)
    // ...and the store holds at most the 2 newest ended ones beside the current one.
    const kept = await waitFor('older ended tasks pruned', async () => {
      const now = await tasks()
      return now.filter((t) => ENDED.has(t.Status.State)).length <= 2 ? now : null
    }, 20_000)
    assert.ok(kept.every((t) => t.Slot === 1))
    const gone = [...seen.keys()].filter((id) => !kept.some((t) => t.ID === id))
    assert.ok(gone.length >= 3, `pruned ${gone.length} of ${seen.size}`)
    const oldestKept = Math.min(...kept.map((t) => Date.parse(t.CreatedAt)))
    for (const id of gone) assert.ok(Date.parse(seen.get(id)!) <= oldestKept, `pruned task ${id} is newer than one kept`)
  })

  test('limit 0: once the slot ends, none of its tasks is kept', async () => {
    let r = await d.cli('swarm', 'update', '--task-history-limit', '0')
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('service', 'scale', 'flap=0')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('every task of the slot deleted', async () => (await tasks()).length === 0, 30_000)
  })
})
