// A measurement, printed rather than asserted: 1,000 `sleep 60` tasks from assign() until
// all are reported RUNNING, then until all are reported SHUTDOWN. Asserts only that every
// task got there, exactly once, and nothing was left behind.
import { test } from 'node:test'
import * as assert from 'node:assert/strict'
import { promises as fsp, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { TaskState } from '../src/agent/types'
import { StatusRecorder, killProcessesMentioning, processAgent, processTask, processesMentioning } from '../src/agent/testing'

const N = Number(process.env.SHOAL_AGENT_SCALE_N ?? 1000)

test(`${N} tasks: start until all RUNNING, then shut down`, { timeout: 180_000 }, async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-scale-'))
  const rec = new StatusRecorder()
  const agent = processAgent(t, dir, rec, { stopGraceMs: 5000, stopWithinMs: 10_000 })
  t.after(async () => {
    await killProcessesMentioning(dir)
    await fsp.rm(dir, { recursive: true, force: true })
  })
  await agent.start()
  const tasks = Array.from({ length: N }, (_, i) => processTask(`t${String(i).padStart(4, '0')}`, 'sleep', ['60']))
  const count = (state: TaskState) => [...rec.latest.values()].filter((u) => u.state === state).length

  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const t0 = performance.now()
  await agent.assign(tasks)
  await rec.until(`all ${N} RUNNING`, () => count(TaskState.RUNNING) === N, 120_000)
  const startMs = performance.now() - t0
  loop.disable()
  const startBatches = rec.batches.length
  const maxLoopDelay = loop.max / 1e6

  const t1 = performance.now()
  await agent.assign(tasks.map((x) => ({ ...x, desiredState: TaskState.SHUTDOWN })))
  await rec.until(`all ${N} SHUTDOWN`, () => count(TaskState.SHUTDOWN) === N, 120_000)
  const stopMs = performance.now() - t1

  t.diagnostic(
    `${N} tasks on ${os.cpus().length} cores: all RUNNING after ${startMs.toFixed(0)} ms ` +
      `(${startBatches} report calls, max event-loop delay ${maxLoopDelay.toFixed(0)} ms); ` +
      `all SHUTDOWN after ${stopMs.toFixed(0)} ms`,
  )
  console.log(`# agent scale: ${N} tasks RUNNING in ${startMs.toFixed(0)} ms, SHUTDOWN in ${stopMs.toFixed(0)} ms, ` +
    `${startBatches} report calls while starting, max event-loop delay ${maxLoopDelay.toFixed(0)} ms`)

  assert.deepEqual(rec.regressions, [])
  for (const [id, h] of rec.history) {
    assert.equal(h.filter((u) => u.state === TaskState.RUNNING).length, 1, `${id} reported RUNNING once`)
  }
  const pids = new Set([...rec.history.values()].map((h) => h.find((u) => u.state === TaskState.RUNNING)!.pid))
  assert.equal(pids.size, N, 'one process per task')
  await agent.assign([])
  await agent.shutdownAll()
  assert.deepEqual(await processesMentioning(dir), [])
})
