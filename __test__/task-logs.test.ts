// Task logs are bounded (issue 11: `--runtime process /usr/bin/yes` filled 5.7 GB of the
// node's data dir in 20 s): a flooding task's output is rotated by the service's log
// options (or the daemon's), its raw output files are cut once consumed, `service logs`
// reads across the rotated files, and the daemon stays alive with bounded memory.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { BACKLOG_PAUSE_AT, MAX_LINE, RAW_TRUNCATE_AT } from '../src/agent/exec/output'
import { freePort, TestDaemon, waitFor } from './helpers/daemon'
import { rssOf } from './helpers/proc'

const MiB = 2 ** 20

// Bytes on disk of every file in the directory (blocks, so sparse files count as they are).
function filesOf(dir: string): { name: string; bytes: number; blocks: number }[] {
  const out: { name: string; bytes: number; blocks: number }[] = []
  for (const name of fs.readdirSync(dir)) {
    try {
      const st = fs.statSync(path.join(dir, name))
      out.push({ name, bytes: st.size, blocks: st.blocks * 512 })
    } catch {
      // renamed meanwhile (a checkpoint's temporary file, a rotation)
    }
  }
  return out
}

// CPU time (user + system) of a process so far, in clock ticks.
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
  return Number(fields[11]) + Number(fields[12])
}

describe('a task flooding its output', () => {
  // The daemon's default is larger than the service's: the service's options win.
  const d = new TestDaemon('shoal-tasklogs', ['--log-opt', 'max-size=4m', '--log-opt', 'max-file=3'])
  const tasksDir = () => path.join(d.dir, 'data', 'agent', 'tasks', 'process')
  let taskDir = ''

  before(async () => {
    await d.start()
    const port = await freePort()
    const r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${port}`)
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test('is kept within max-size × max-file, with the daemon alive and bounded', async (t) => {
    const r = await d.cli('service', 'create', '--detach', '--name', 'flood', '--log-opt', 'max-size=1m', '--log-opt', 'max-file=2', '--runtime', 'process', '/usr/bin/yes')
    assert.equal(r.code, 0, r.stderr)
    const inspect = JSON.parse((await d.cli('service', 'inspect', 'flood')).stdout)[0]
    assert.deepEqual(inspect.Spec.TaskTemplate.LogDriver, { Name: '', Options: { 'max-size': '1m', 'max-file': '2' } })
    const id = await waitFor('the task running', async () => {
      const tasks = (await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: ['flood'] }))}`)).body as any[]
      return tasks.find((x) => x.Status.State === 'running')?.ID as string | undefined
    })
    taskDir = path.join(tasksDir(), id)
    const pid = d.proc!.pid!
    const ticks = cpuTicks(pid)
    const started = Date.now()
    let peakLogs = 0
    let peakRaw = 0
    // A few seconds of flood, the directory looked at as it goes.
    while (Date.now() - started < 5000) {
      const files = filesOf(taskDir)
      const logs = files.filter((f) => f.name === 'log' || /^log\.\d+$/.test(f.name)).reduce((n, f) => n + f.bytes, 0)
      const raw = files.filter((f) => f.name === 'stdout' || f.name === 'stderr').reduce((n, f) => n + f.blocks, 0)
      peakLogs = Math.max(peakLogs, logs)
      peakRaw = Math.max(peakRaw, raw)
      await new Promise((res) => setTimeout(res, 100))
    }
    const cpu = (cpuTicks(pid) - ticks) / 100 / ((Date.now() - started) / 1000)
    const files = filesOf(taskDir)
    const total = files.reduce((n, f) => n + Math.max(f.bytes, f.blocks), 0)
    t.diagnostic(`files: ${files.map((f) => `${f.name}=${f.bytes}`).join(' ')}`)
    t.diagnostic(`peak logs ${(peakLogs / MiB).toFixed(2)} MiB, peak raw ${(peakRaw / MiB).toFixed(2)} MiB, total now ${(total / MiB).toFixed(2)} MiB, daemon CPU ${(cpu * 100).toFixed(0)}% of a core, RSS ${(rssOf(pid) / MiB).toFixed(0)} MiB`)
    assert.ok(files.some((f) => f.name === 'log.1'), 'the log was rotated')
    assert.ok(!files.some((f) => f.name === 'log.2'), 'max-file 2: no third file')
    // Rotation happens before an append would pass max-size: each file stays within it.
    for (const f of files.filter((x) => x.name === 'log' || x.name === 'log.1')) assert.ok(f.bytes <= 1 * MiB, `${f.name}: ${f.bytes}`)
    assert.ok(peakLogs <= 2 * MiB, `logs peaked at ${peakLogs}`)
    // The raw files are cut once consumed, the task stopped while its backlog is read; what
    // it writes before a stop lands (the agent's reaction time: `yes` writes ~700 MB/s
    // here) comes on top, so the bound is generous.
    const rawBound = 2 * (RAW_TRUNCATE_AT + BACKLOG_PAUSE_AT) + 64 * MiB
    assert.ok(peakRaw <= rawBound, `raw files peaked at ${peakRaw}`)
    assert.ok(total <= 2 * MiB + rawBound)
    assert.ok(rssOf(pid) < 400 * MiB)
    assert.equal(d.proc!.exitCode, null)
  })

  test('service logs --tail reads the newest lines, across the rotated files', async () => {
    const r = await d.cli('service', 'logs', '--tail', '5', 'flood')
    assert.equal(r.code, 0, r.stderr)
    const lines = r.stdout.trim().split('\n')
    assert.equal(lines.length, 5)
    for (const l of lines) assert.match(l, /\|\s*y$/)
    // All of it: both files, oldest first, every line whole.
    const all = await d.cli('service', 'logs', 'flood')
    assert.equal(all.code, 0, all.stderr)
    const n = all.stdout.split('\n').filter((l) => l !== '').length
    assert.ok(n > 5)
    assert.ok(all.stdout.split('\n').every((l) => l === '' || /\|\s*y$/.test(l)))
  })

  test('removing the service ends the task and its files', async () => {
    assert.equal((await d.cli('service', 'rm', 'flood')).code, 0)
    await waitFor('the task directory removed', () => !fs.existsSync(taskDir), 30_000)
    assert.equal(d.proc!.exitCode, null)
  })

  test('a line longer than 16 KiB is kept as several records of at most 16 KiB, whole', async () => {
    // 40,000 bytes and a newline: 16,384 + 16,384 + 7,232, as docker splits.
    const r = await d.cli('service', 'create', '--detach', '--name', 'longline', '--restart-condition', 'none', '--runtime', 'process', '/bin/sh', '-c', "head -c 40000 /dev/zero | tr '\\0' a; echo")
    assert.equal(r.code, 0, r.stderr)
    const raw = await waitFor('the long line logged', async () => {
      const l = await d.cli('service', 'logs', '--raw', 'longline')
      return l.stdout.length >= 40_003 ? l.stdout : null
    }, 30_000)
    assert.deepEqual(raw.split('\n').filter((l) => l !== '').map((l) => l.length), [MAX_LINE, MAX_LINE, 40_000 - 2 * MAX_LINE])
    assert.ok(raw.replace(/\n/g, '') === 'a'.repeat(40_000), 'nothing lost or added')
    assert.equal((await d.cli('service', 'rm', 'longline')).code, 0)
  })

  test('bad log options are refused with the option named', async () => {
    const r = await d.cli('service', 'create', '--detach', '--name', 'bad', '--log-opt', 'max-size=lots', '--runtime', 'process', '/bin/true')
    assert.notEqual(r.code, 0)
    assert.match(r.stderr, /max-size "lots"/)
    const api = await d.api('POST', '/services/create', {
      Name: 'bad',
      TaskTemplate: { Runtime: 'process', ContainerSpec: { Image: '/bin/true' }, LogDriver: { Name: 'syslog' } },
    })
    assert.equal(api.status, 400)
    assert.match(api.body.message, /unsupported log driver "syslog"/)
  })
})
