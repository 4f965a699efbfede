// Start-up tracing (src/trace.ts): a daemon run with SHOAL_TRACE=1 writes each step of a
// created service's task, from the API to the task running, in the order the task takes
// them; a daemon without it writes none.
import { test } from 'node:test'
import * as assert from 'node:assert/strict'
import { parseTrace } from '../src/trace'
import { TestDaemon, waitFor } from './helpers/daemon'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

async function runOneTask(d: TestDaemon): Promise<string> {
  assert.equal((await d.cli('swarm', 'init')).code, 0)
  const r = await d.cli('service', 'create', '--detach', '--name', 'traced', '--runtime', 'process', 'sleep', '600')
  assert.equal(r.code, 0, r.stderr)
  const task = await waitFor('the task running', async () => {
    const ts = (await d.api('GET', `/tasks?filters=${filters({ service: ['traced'] })}`)).body as any[]
    return ts.find((t) => t.Status.State === 'running') ?? null
  }, 30_000)
  return task.ID
}

test('a traced daemon writes every step of a task, in order', async () => {
  const d = await new TestDaemon('shoal-trace', [], { env: { SHOAL_TRACE: '1' } }).start()
  try {
    const taskId = await runOneTask(d)
    // The RUNNING commit may reach the log just after the API shows it.
    const steps = await waitFor('the RUNNING commit traced', () => {
      const lines = parseTrace(d.log)
      return lines.some((l) => l.step === 'store.task' && l.id === taskId && l.detail.startsWith('RUNNING')) ? lines : null
    }, 10_000)
    const serviceId = steps.find((l) => l.step === 'api.created' && l.detail === 'traced')?.id
    assert.ok(serviceId, 'the API traced the created service')
    const ofTask = steps.filter((l) => l.id === taskId).map((l) => `${l.step} ${l.detail.split(' ')[0]}`.trim())
    // Each step once, in the order the task takes them (the store's PENDING/ASSIGNED is one
    // write here: the orchestrator places tasks at creation).
    const order = ['agent.state ACCEPTED', 'agent.state PREPARING', 'agent.state READY', 'agent.state STARTING', 'agent.persisted', 'agent.state RUNNING', 'agent.report RUNNING', 'dispatcher.report RUNNING', 'store.task RUNNING']
    let at = -1
    for (const step of order) {
      const i = ofTask.indexOf(step)
      assert.ok(i > at, `${step} after the steps before it (task's steps: ${ofTask.join(', ')})`)
      at = i
    }
    assert.ok(ofTask.some((s) => s.startsWith('dispatcher.sent')), 'the dispatcher traced the send')
    assert.ok(ofTask.some((s) => s.startsWith('store.task ASSIGNED')), 'the store traced the assignment')
    const api = steps.findIndex((l) => l.step === 'api.created')
    assert.ok(api < steps.findIndex((l) => l.id === taskId), 'the service was created before its task appeared')
  } finally {
    await d.destroy()
  }
})

test('an untraced daemon writes no trace line', async () => {
  const d = await new TestDaemon('shoal-notrace', [], { env: { SHOAL_TRACE: '' } }).start()
  try {
    await runOneTask(d)
    assert.deepEqual(parseTrace(d.log), [])
    assert.ok(!d.log.includes('shoal-trace'))
  } finally {
    await d.destroy()
  }
})
