// The agent's parts on their own: task log framing and restart consistency, output
// collection, status batching, the container executor's limiter, the task database, /proc parsing, log merging.
import { describe, test, type TestContext } from 'node:test'
import * as assert from 'node:assert/strict'
import { promises as fsp, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

import { TaskLog, type LogRecord } from '../src/agent/tasklog'
import { MAX_LINE, OutputCollector } from '../src/agent/exec/output'
import { StatusReporter } from '../src/agent/reporter'
import { Limiter } from '../src/agent/exec/limiter'
import { TaskDB, type TaskRecord } from '../src/agent/taskdb'
import { parseStat } from '../src/agent/procfs'
import { mergeLogs } from '../src/agent/logmerge'
import { TaskState, type TaskStatusUpdate } from '../src/agent/types'
import { processTask } from '../src/agent/testing'

function tmp(t: TestContext): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-unit-'))
  t.after(() => fsp.rm(dir, { recursive: true, force: true }))
  return dir
}

const rec = (stream: 'stdout' | 'stderr', time: number, line: string): LogRecord => ({ stream, time, line: Buffer.from(line) })

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

const lines = (rs: LogRecord[]) => rs.map((r) => `${r.stream[3]}${r.time}:${r.line.toString('latin1')}`)

const quiet = { debug() {}, info() {}, warn() {}, error() {} }

describe('TaskLog', () => {
  test('records round-trip with stream, time and arbitrary bytes; tail and since', async (t) => {
    const log = new TaskLog(tmp(t))
    await log.open()
    const binary = Buffer.from([0, 1, 2, 0xff, 0x20, 0x0d])
    await log.append([rec('stdout', 10, 'a b  c'), { stream: 'stderr', time: 11, line: binary }, rec('stdout', 12, '')], { stdout: 7, stderr: 7 })
    await log.append([rec('stderr', 20, 'x'), rec('stdout', 21, 'y')], { stdout: 9, stderr: 9 })
    const got = await all(log.read())
    assert.deepEqual(lines(got), ['o10:a b  c', 'e11:' + binary.toString('latin1'), 'o12:', 'e20:x', 'o21:y'])
    assert.deepEqual(lines(await all(log.read({ tail: 2 }))), ['e20:x', 'o21:y'])
    assert.deepEqual(lines(await all(log.read({ tail: 0 }))), [])
    assert.equal((await all(log.read({ tail: 99 }))).length, 5)
    assert.deepEqual(lines(await all(log.read({ since: 12 }))), ['o12:', 'e20:x', 'o21:y'])
    assert.deepEqual(lines(await all(log.read({ since: 12, tail: 1 }))), ['o21:y'])
  })

  test('tail walks back across read chunks', async (t) => {
    const log = new TaskLog(tmp(t))
    await log.open()
    const many = Array.from({ length: 5000 }, (_, i) => rec('stdout', i, `line ${i} ${'.'.repeat(i % 50)}`))
    await log.append(many, {})
    const last = await all(log.read({ tail: 3001 }))
    assert.equal(last.length, 3001)
    assert.equal(last[0].time, 1999)
    assert.equal(last.at(-1)!.time, 4999)
    assert.equal((await all(log.read())).length, 5000)
  })

  test('reopening restores the last checkpoint: no line lost, none repeated', async (t) => {
    const dir = tmp(t)
    const a = new TaskLog(dir)
    await a.open()
    await a.append([rec('stdout', 1, 'one')], { stdout: 4 })
    await a.close() // checkpoint: size covers "one", stdout offset 4
    const b = new TaskLog(dir)
    assert.deepEqual(await b.open(), { stdout: 4 })
    await b.append([rec('stdout', 2, 'two')], { stdout: 8 })
    // Crash before the next checkpoint: the file has "two", the checkpoint does not.
    const c = new TaskLog(dir)
    assert.deepEqual(await c.open(), { stdout: 4 }, 'resume reading the raw stream where the checkpoint says')
    assert.deepEqual(lines(await all(c.read())), ['o1:one'], 'and the uncheckpointed tail is gone')
  })

  test('follow: waits for appends, ends when finished and drained, or when aborted', async (t) => {
    const log = new TaskLog(tmp(t))
    const seen: string[] = []
    const caught: number[] = []
    const reader = (async () => {
      for await (const r of log.read({ follow: true, onCaughtUp: () => caught.push(seen.length) })) seen.push(r.line.toString())
    })()
    await log.open()
    await log.append([rec('stdout', 1, 'a')], {})
    await new Promise((r) => setTimeout(r, 20))
    await log.append([rec('stdout', 2, 'b'), rec('stdout', 3, 'c')], {})
    await log.finish()
    await reader
    assert.deepEqual(seen, ['a', 'b', 'c'])
    assert.deepEqual(caught, [0], 'caught up once, before the first line (nothing to read yet)')

    const idle = new TaskLog(tmp(t))
    await idle.open()
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 30)
    assert.deepEqual(await all(idle.read({ follow: true, signal: ac.signal })), [])
  })
})

describe('OutputCollector', () => {
  test('splits raw output into lines, long lines into 16 KiB pieces, flushes the unterminated tail', async (t) => {
    const dir = tmp(t)
    const log = new TaskLog(dir)
    const out = new OutputCollector(dir, log, (err) => assert.fail(String(err)))
    await out.open()
    const long = 'x'.repeat(MAX_LINE * 2 + 5)
    await fsp.writeFile(path.join(dir, 'stdout'), `first\n\n${long}\npart`)
    await fsp.writeFile(path.join(dir, 'stderr'), 'oops\n')
    out.poke()
    await fsp.appendFile(path.join(dir, 'stdout'), 'ial')
    await out.finish()
    const got = (await all(log.read())).map((r) => `${r.stream}:${r.line.length > 20 ? r.line.length : r.line.toString()}`)
    assert.deepEqual(got.filter((l) => l.startsWith('stdout')), ['stdout:first', 'stdout:', `stdout:${MAX_LINE}`, `stdout:${MAX_LINE}`, 'stdout:xxxxx', 'stdout:partial'])
    assert.deepEqual(got.filter((l) => l.startsWith('stderr')), ['stderr:oops'])
  })

  test('a restarted collector resumes after the last complete line', async (t) => {
    const dir = tmp(t)
    await fsp.writeFile(path.join(dir, 'stdout'), 'one\ntw')
    const first = new OutputCollector(dir, new TaskLog(dir), () => undefined)
    await first.open()
    first.poke()
    await new Promise((r) => setTimeout(r, 50))
    await first.close()
    await fsp.appendFile(path.join(dir, 'stdout'), 'o\nthree\n')
    const log = new TaskLog(dir)
    const second = new OutputCollector(dir, log, () => undefined)
    await second.open()
    await second.finish()
    assert.deepEqual((await all(log.read())).map((r) => r.line.toString()), ['one', 'two', 'three'])
  })
})

describe('StatusReporter', () => {
  const u = (taskId: string, state: TaskState): TaskStatusUpdate => ({ taskId, state, timestamp: Date.now(), message: '' })

  test('coalesces a burst into one call, latest state per task, never backwards', async () => {
    const calls: TaskStatusUpdate[][] = []
    const r = new StatusReporter((b) => void calls.push(b), 20, quiet)
    for (let i = 0; i < 1000; i++) {
      r.push(u(`t${i}`, TaskState.ACCEPTED))
      r.push(u(`t${i}`, TaskState.RUNNING))
    }
    r.push(u('t0', TaskState.PREPARING)) // stale: must not win over RUNNING
    await r.flush()
    assert.equal(calls.length, 1)
    assert.equal(calls[0].length, 1000)
    assert.ok(calls[0].every((x) => x.state === TaskState.RUNNING))
    r.close()
  })

  test('a failed report is retried, merged with newer updates; calls never overlap', async () => {
    const calls: string[][] = []
    let fail = 1
    let active = 0
    const r = new StatusReporter(async (b) => {
      assert.equal(active++, 0, 'one call at a time')
      await new Promise((res) => setTimeout(res, 10))
      active--
      calls.push(b.map((x) => `${x.taskId}:${x.state}`))
      if (fail-- > 0) throw new Error('manager unavailable')
    }, 5, quiet)
    r.push(u('a', TaskState.RUNNING))
    r.push(u('b', TaskState.RUNNING))
    await new Promise((res) => setTimeout(res, 12))
    r.push(u('a', TaskState.COMPLETE)) // while the first call is in flight
    assert.equal(await r.flush(5000), true)
    assert.deepEqual(calls[0], ['a:512', 'b:512'])
    assert.deepEqual(calls.at(-1)!.sort(), ['a:576', 'b:512'])
    r.close()
  })
})

describe('TaskDB', () => {
  const record = (id: string, state: TaskState): TaskRecord => ({
    task: processTask(id, 'sleep', ['1']),
    status: { taskId: id, state, timestamp: 1, message: 'm' },
  })

  test('replays puts and deletes; the last write for a task wins', async (t) => {
    const dir = tmp(t)
    const db = new TaskDB(dir, quiet)
    assert.deepEqual(await db.load(), [])
    await Promise.all([db.put(record('a', TaskState.STARTING)), db.put(record('b', TaskState.RUNNING)), db.put(record('a', TaskState.RUNNING))])
    await db.delete('b')
    await db.put(record('c', TaskState.COMPLETE))
    await db.close()
    const again = new TaskDB(dir, quiet)
    const got = await again.load()
    assert.deepEqual(got.map((r) => `${r.task.id}:${r.status.state}`).sort(), ['a:512', 'c:576'])
    await again.close()
  })

  test('one write for everything changed in one turn; a torn tail is dropped and later appends stay readable', async (t) => {
    const dir = tmp(t)
    const db = new TaskDB(dir, quiet)
    await db.load()
    await Promise.all(Array.from({ length: 500 }, (_, i) => db.put(record(`t${i}`, TaskState.RUNNING))))
    await db.close()
    // A kill -9 in the middle of the next write.
    await fsp.appendFile(db.file, '{"put":{"task":{"id":"t9')
    const db2 = new TaskDB(dir, quiet)
    assert.equal((await db2.load()).length, 500)
    await db2.put(record('late', TaskState.RUNNING))
    await db2.close()
    const db3 = new TaskDB(dir, quiet)
    const got = await db3.load()
    assert.equal(got.length, 501)
    assert.ok(got.some((r) => r.task.id === 'late'))
    await db3.close()
  })

  test('compacts when the file is mostly history', async (t) => {
    const dir = tmp(t)
    const db = new TaskDB(dir, quiet)
    await db.load()
    for (let round = 0; round < 30; round++) {
      await Promise.all(Array.from({ length: 100 }, (_, i) => db.put(record(`t${i}`, TaskState.RUNNING + round))))
    }
    await db.close()
    const n = (await fsp.readFile(db.file, 'utf8')).trim().split('\n').length
    assert.ok(n < 1000, `compacted (${n} lines for 100 tasks after 3,000 writes)`)
    const again = new TaskDB(dir, quiet)
    const got = await again.load()
    assert.equal(got.length, 100)
    assert.ok(got.every((r) => r.status.state === TaskState.RUNNING + 29))
    await again.close()
  })
})

describe('procfs', () => {
  test('parseStat copes with spaces and parentheses in the command name', () => {
    const text = '4242 (we)ird (na me)) S 1 4242 4242 0 -1 4194304 74 0 0 0 0 0 0 0 20 0 1 0 55186 2654208 394 18446744073709551615'
    assert.deepEqual(parseStat(text), { pid: 4242, state: 'S', ppid: 1, pgrp: 4242, session: 4242, startTime: 55186 })
    assert.equal(parseStat('garbage'), null)
  })
})

describe('mergeLogs', () => {
  test('merges by time, each source in order; ends when all sources end', async () => {
    const src = (records: LogRecord[]) => async function* () {
      for (const r of records) yield r
    }
    const merged = await all(
      mergeLogs(
        [
          { taskId: 'a', open: src([rec('stdout', 1, 'a1'), rec('stdout', 5, 'a5'), rec('stdout', 9, 'a9')]) },
          { taskId: 'b', open: src([rec('stderr', 2, 'b2'), rec('stderr', 5, 'b5')]) },
          { taskId: 'c', open: src([]) },
        ],
        {},
      ),
    )
    assert.deepEqual(merged.map((e) => `${e.taskId}:${e.line}`), ['a:a1', 'b:b2', 'a:a5', 'b:b5', 'a:a9'])
  })

  test('follow: a caught-up source does not hold back the others; stopping ends every source', async () => {
    let finallyRan = 0
    const quietSource = (opts: { signal?: AbortSignal; onCaughtUp?: () => void }) =>
      (async function* (): AsyncGenerator<LogRecord> {
        try {
          opts.onCaughtUp?.()
          await new Promise<void>((resolve) => opts.signal?.addEventListener('abort', () => resolve()))
        } finally {
          finallyRan++
        }
      })()
    const chatty = (opts: { signal?: AbortSignal }) =>
      (async function* (): AsyncGenerator<LogRecord> {
        try {
          for (let i = 0; !opts.signal?.aborted; i++) {
            yield rec('stdout', Date.now(), `n${i}`)
            await new Promise((r) => setTimeout(r, 5))
          }
        } finally {
          finallyRan++
        }
      })()
    const got: string[] = []
    for await (const e of mergeLogs([{ taskId: 'q', open: quietSource }, { taskId: 'c', open: chatty }], { follow: true })) {
      got.push(e.line.toString())
      if (got.length === 3) break
    }
    assert.deepEqual(got, ['n0', 'n1', 'n2'])
    assert.equal(finallyRan, 2, 'both sources cleaned up')
  })
})

describe('Limiter', () => {
  test('runs at most `limit` at once; a freed slot goes to the high queue before the low one', async () => {
    const lim = new Limiter(2)
    let active = 0
    let peak = 0
    const order: string[] = []
    const gates = new Map<string, () => void>()
    const job = (name: string) => async () => {
      active++
      peak = Math.max(peak, active)
      order.push(name)
      await new Promise<void>((resolve) => gates.set(name, resolve))
      active--
      return name
    }
    const runs = [lim.run('low', job('a')), lim.run('low', job('b')), lim.run('low', job('c')), lim.run('low', job('d')), lim.run('high', job('e'))]
    await new Promise((r) => setImmediate(r))
    assert.deepEqual(order, ['a', 'b'])
    assert.equal(lim.queued, 3)
    gates.get('a')!()
    await new Promise((r) => setImmediate(r))
    assert.deepEqual(order, ['a', 'b', 'e'], 'the high-priority job overtakes the low ones queued before it')
    for (const n of ['b', 'e', 'c', 'd']) {
      await new Promise((r) => setImmediate(r))
      gates.get(n)!()
    }
    assert.deepEqual(await Promise.all(runs), ['a', 'b', 'c', 'd', 'e'])
    assert.equal(peak, 2)
    assert.equal(lim.queued, 0)
  })

  test('a failing job frees its slot and rejects its caller only', async () => {
    const lim = new Limiter(1)
    const failed = lim.run('high', async () => {
      throw new Error('boom')
    })
    const next = lim.run('low', async () => 'ran')
    await assert.rejects(failed, /boom/)
    assert.equal(await next, 'ran')
    assert.throws(() => new Limiter(0), /positive integer/)
  })
})
