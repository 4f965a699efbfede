// Bounded task logs (issue 11), part by part: the TaskLog rotated by size and file count
// and read across its files (all, tail, follow, after a reopen); the OutputCollector
// cutting a consumed raw file with its writer stopped, losing and repeating nothing; and
// the log options as docker spells them.
import { describe, test, type TestContext } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TaskLog, type LogRecord } from '../src/agent/tasklog'
import { OutputCollector, RAW_TRUNCATE_AT } from '../src/agent/exec/output'
import { DEFAULT_LOG_ROTATION, logRotationOf, parseLogSize } from '../src/agent/logopts'

function tmp(t: TestContext): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-logunit-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

// Record i: time i, 90 bytes of line, so 100-odd bytes a record.
const rec = (i: number): LogRecord => ({ stream: 'stdout', time: 1_000_000 + i, line: Buffer.from(`line ${String(i).padStart(6, '0')} ${'x'.repeat(78)}`) })
const times = (rs: LogRecord[]) => rs.map((r) => r.time - 1_000_000)
const logFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((n) => n === 'log' || /^log\.\d+$/.test(n))
    .sort()

describe('TaskLog rotation', () => {
  const rotation = { maxSize: 10_000, maxFile: 3 }

  test('keeps max-file files of at most max-size, the newest records, readable in order', async (t) => {
    const dir = tmp(t)
    const log = new TaskLog(dir, { rotation })
    await log.open()
    for (let i = 0; i < 1000; i += 10) await log.append(Array.from({ length: 10 }, (_, k) => rec(i + k)), { stdout: i + 10 })
    assert.deepEqual(logFiles(dir), ['log', 'log.1', 'log.2'])
    for (const f of logFiles(dir)) assert.ok(fs.statSync(path.join(dir, f)).size <= rotation.maxSize, f)
    const got = times(await all(log.read()))
    // Contiguous up to the newest record: only the oldest were dropped.
    assert.equal(got.at(-1), 999)
    assert.deepEqual(got, Array.from({ length: got.length }, (_, k) => got[0] + k))
    assert.ok(got.length > 150 && got.length < 300, `${got.length} records kept`)
    // Tail across the files.
    assert.deepEqual(times(await all(log.read({ tail: 150 }))), Array.from({ length: 150 }, (_, k) => 850 + k))
    assert.equal((await all(log.read({ tail: 100_000 }))).length, got.length)
    // Since, across the files: from the first record at or after it.
    assert.deepEqual(times(await all(log.read({ since: 1_000_000 + 900 }))), Array.from({ length: 100 }, (_, k) => 900 + k))
    // Reopened (an agent restart): the same records, and appends go on rotating.
    await log.close()
    const again = new TaskLog(dir, { rotation })
    assert.deepEqual(await again.open(), { stdout: 1000 })
    assert.deepEqual(times(await all(again.read())), got)
    await again.append([rec(1000)], { stdout: 1001 })
    assert.equal(times(await all(again.read({ tail: 1 })))[0], 1000)
    await again.close()
  })

  test('an append larger than a file is split at record ends; larger than all files, trimmed', async (t) => {
    const dir = tmp(t)
    const log = new TaskLog(dir, { rotation })
    await log.open()
    await log.append(
      Array.from({ length: 500 }, (_, i) => rec(i)),
      { stdout: 500 },
    )
    for (const f of logFiles(dir)) assert.ok(fs.statSync(path.join(dir, f)).size <= rotation.maxSize, f)
    const got = times(await all(log.read()))
    assert.equal(got.at(-1), 499)
    assert.deepEqual(got, Array.from({ length: got.length }, (_, k) => got[0] + k))
    await log.close()
  })

  test('a follower reads on across rotations, and ends when the log is finished', async (t) => {
    const dir = tmp(t)
    const log = new TaskLog(dir, { rotation })
    await log.open()
    const seen: number[] = []
    const reader = (async () => {
      for await (const r of log.read({ follow: true })) seen.push(r.time - 1_000_000)
    })()
    for (let i = 0; i < 600; i += 5) {
      await log.append(Array.from({ length: 5 }, (_, k) => rec(i + k)), { stdout: i + 5 })
      await new Promise((r) => setImmediate(r))
    }
    await log.finish()
    await reader
    assert.deepEqual(seen, Array.from({ length: 600 }, (_, k) => k))
  })

  test('one file: the log is cut and starts again', async (t) => {
    const dir = tmp(t)
    const log = new TaskLog(dir, { rotation: { maxSize: 10_000, maxFile: 1 } })
    await log.open()
    for (let i = 0; i < 300; i += 10) await log.append(Array.from({ length: 10 }, (_, k) => rec(i + k)), { stdout: i + 10 })
    assert.deepEqual(logFiles(dir), ['log'])
    assert.equal(times(await all(log.read())).at(-1), 299)
    await log.close()
  })

  test('a read that does not follow ends where the log ended when it began, across rotations', async (t) => {
    // The CI failure this pins: `service logs --tail 5` of a flooding task printed 360,452
    // lines, everything appended (and rotated into a new file) while it was read.
    const dir = tmp(t)
    const log = new TaskLog(dir, { rotation })
    await log.open()
    for (let i = 0; i < 200; i += 10) await log.append(Array.from({ length: 10 }, (_, k) => rec(i + k)), { stdout: i + 10 })
    let next = 200
    const lastAtStart: number[] = []
    const got: number[][] = []
    for (const opts of [{ tail: 5 }, {}]) {
      lastAtStart.push(next - 1)
      const seen: number[] = []
      // While the first records are read, the task writes more: two rotations' worth under
      // the tail, one under the whole read (which starts in the oldest file: two would drop
      // the next file it needs, and a reader that falls behind skips what was dropped).
      const step = opts.tail ? 40 : 10
      for await (const r of log.read(opts)) {
        seen.push(r.time - 1_000_000)
        if (seen.length > 5) continue
        await log.append(Array.from({ length: step }, (_, k) => rec(next + k)), { stdout: next + step })
        next += step
      }
      got.push(seen)
    }
    assert.deepEqual(got[0], [195, 196, 197, 198, 199])
    assert.equal(got[1].at(-1), lastAtStart[1], 'all: up to the last record when the read began')
    await log.close()
  })
})

describe('OutputCollector bounds the raw files', () => {
  test('a consumed raw file is cut with its writer stopped; nothing lost or repeated, across a restart', async (t) => {
    const dir = tmp(t)
    const stdout = path.join(dir, 'stdout')
    fs.writeFileSync(stdout, '')
    fs.writeFileSync(path.join(dir, 'stderr'), '')
    const events: string[] = []
    let stopped = false
    const flow = {
      pause: async () => {
        stopped = true
        events.push('pause')
        return true
      },
      resume: async () => {
        stopped = false
        events.push('resume')
      },
    }
    const errors: unknown[] = []
    const log = new TaskLog(dir, { rotation: DEFAULT_LOG_ROTATION })
    const c = new OutputCollector(dir, log, (e) => errors.push(e), { flow })
    c.openFresh()
    // The writer: lines of 100 bytes, 1.5 × the truncation size, in pieces, poking as
    // inotify would; it writes only while not stopped.
    const total = Math.ceil((RAW_TRUNCATE_AT * 1.5) / 100)
    let next = 0
    while (next < total) {
      if (!stopped) {
        const chunk = Array.from({ length: Math.min(200, total - next) }, (_, k) => `n${String(next + k).padStart(8, '0')} ${'y'.repeat(89)}\n`).join('')
        fs.appendFileSync(stdout, chunk)
        next += 200
      }
      c.poke()
      await new Promise((r) => setTimeout(r, 2))
    }
    for (let i = 0; i < 500 && !(events.includes('resume') && fs.statSync(stdout).size < RAW_TRUNCATE_AT); i++) {
      c.poke()
      await new Promise((r) => setTimeout(r, 10))
    }
    assert.ok(events.includes('pause'), 'the writer was stopped for the cut')
    assert.ok(fs.statSync(stdout).size < RAW_TRUNCATE_AT, 'the raw file was cut')
    // More after the cut, then an agent restart: the new collector resumes at offset 0+.
    fs.appendFileSync(stdout, 'after the cut\n')
    await c.close()
    const log2 = new TaskLog(dir)
    const c2 = new OutputCollector(dir, log2, (e) => errors.push(e), { flow })
    await c2.open()
    fs.appendFileSync(stdout, 'after the restart\n')
    await c2.finish()
    const got = (await all(log2.read())).map((r) => r.line.toString())
    const numbered = got.filter((l) => l.startsWith('n')).map((l) => Number(l.slice(1, 9)))
    assert.deepEqual(numbered, Array.from({ length: total }, (_, k) => k))
    assert.deepEqual(got.slice(-2), ['after the cut', 'after the restart'])
    assert.deepEqual(errors, [])
    assert.equal(stopped, false, 'the writer was let go')
  })
})

describe('OutputCollector without flow control', () => {
  test('a backlog past the bound is dropped and said; what comes after is kept', async (t) => {
    const dir = tmp(t)
    const stdout = path.join(dir, 'stdout')
    fs.writeFileSync(path.join(dir, 'stderr'), '')
    fs.writeFileSync(stdout, 'first\n')
    // The default rotation keeps 100 MiB: a 17 MiB backlog is no skip, but past the bound.
    const log = new TaskLog(dir)
    const drops: number[] = []
    const c = new OutputCollector(dir, log, (e) => assert.fail(String(e)), { onDrop: (_s, bytes) => drops.push(bytes) })
    c.openFresh()
    c.poke()
    for (let i = 0; i < 100 && (await all(log.read())).length === 0; i++) await new Promise((r) => setTimeout(r, 10))
    // 17 MiB at once, faster than any pass: past BACKLOG_DROP_AT with no way to stop the writer.
    fs.appendFileSync(stdout, Buffer.alloc(17 * 2 ** 20, 'z\n'))
    for (let i = 0; i < 300 && drops.length === 0; i++) {
      c.poke()
      await new Promise((r) => setTimeout(r, 10))
    }
    assert.equal(drops.length, 1)
    assert.ok(fs.statSync(stdout).size < 2 ** 20, 'the raw file was cut')
    fs.appendFileSync(stdout, 'after\n')
    await c.finish()
    const got = (await all(log.read())).map((r) => r.line.toString())
    assert.equal(got[0], 'first')
    assert.equal(got.at(-1), 'after')
  })
})

describe('log options', () => {
  test("docker's spelling, checked, over the daemon's", () => {
    assert.deepEqual(logRotationOf({}), { maxSize: 20 * 2 ** 20, maxFile: 5 })
    assert.deepEqual(logRotationOf({ 'max-size': '1m', 'max-file': '2' }), { maxSize: 2 ** 20, maxFile: 2 })
    assert.deepEqual(logRotationOf({ 'max-file': '3' }, { maxSize: 4096, maxFile: 9 }), { maxSize: 4096, maxFile: 3 })
    assert.equal(parseLogSize('512k'), 512 * 1024)
    assert.equal(parseLogSize('1.5m'), 1.5 * 2 ** 20)
    assert.throws(() => logRotationOf({ 'max-size': '-1' }), /max-size "-1"/)
    assert.throws(() => logRotationOf({ 'max-size': '10' }), /max-size "10"/)
    assert.throws(() => logRotationOf({ 'max-file': '0' }), /max-file "0"/)
    assert.throws(() => logRotationOf({ compress: 'true' }), /unknown log option "compress"/)
  })
})
