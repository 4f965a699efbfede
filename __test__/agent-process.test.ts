// The agent with the process runtime, over real processes in temp dirs: exit codes, spec
// plumbing, logs, shutdown escalation, assignment semantics.
import { test, type TestContext } from 'node:test'
import * as assert from 'node:assert/strict'
import { promises as fsp, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

import { Agent } from '../src/agent/agent'
import { TaskState, type AssignedTask, type TaskLogEntry } from '../src/agent/types'
import {
  StatusRecorder,
  isAlive,
  killProcessesMentioning,
  processAgent,
  processTask,
  processesMentioning,
  waitFor,
} from '../src/agent/testing'

interface Harness {
  dir: string
  agent: Agent
  rec: StatusRecorder
}

async function harness(t: TestContext, opts: { stopGraceMs?: number } = {}): Promise<Harness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-agent-'))
  const rec = new StatusRecorder()
  const agent = processAgent(t, dir, rec, { reportIntervalMs: 20, stopGraceMs: opts.stopGraceMs ?? 2000 })
  t.after(async () => {
    await killProcessesMentioning(dir)
    await fsp.rm(dir, { recursive: true, force: true })
  })
  await agent.start()
  return { dir, agent, rec }
}

async function collect(it: AsyncIterable<TaskLogEntry>, timeoutMs = 10_000): Promise<TaskLogEntry[]> {
  const out: TaskLogEntry[] = []
  const run = (async () => {
    for await (const e of it) out.push(e)
  })()
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    run,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`log stream did not end in ${timeoutMs} ms`)), timeoutMs))),
  ])
  clearTimeout(timer)
  return out
}

const text = (entries: TaskLogEntry[]) => entries.map((e) => `${e.stream}:${e.line.toString()}`)

test('exit 0 is COMPLETE, non-zero is FAILED with its code; states only move forward', async (t) => {
  const { agent, rec } = await harness(t)
  await agent.assign([
    processTask('ok', 'true'),
    processTask('bad', 'sh', ['-c', 'exit 3']),
    processTask('sig', 'sh', ['-c', 'kill -9 $$']),
  ])
  const ok = await rec.reached('ok', TaskState.COMPLETE)
  assert.equal(ok.state, TaskState.COMPLETE)
  assert.equal(ok.exitCode, 0)
  assert.equal(ok.message, 'finished')

  const bad = await rec.reached('bad', TaskState.COMPLETE)
  assert.equal(bad.state, TaskState.FAILED)
  assert.equal(bad.exitCode, 3)
  assert.equal(bad.err, 'task: non-zero exit (3)')

  const sig = await rec.reached('sig', TaskState.COMPLETE)
  assert.equal(sig.state, TaskState.FAILED)
  assert.equal(sig.exitCode, 128 + 9)

  assert.deepEqual(rec.regressions, [])
  // The history went through the lifecycle in order (the reporter may coalesce steps).
  const states = rec.history.get('bad')!.map((u) => u.state)
  assert.deepEqual(states, [...states].sort((a, b) => a - b))
  assert.equal(states.at(-1), TaskState.FAILED)
})

test('args and env reach the process unparsed, over a minimal environment', async (t) => {
  const { agent, rec } = await harness(t)
  const tricky = `it's "quoted" $(echo no) \`no\` ; no`
  await agent.assign([
    processTask('envargs', 'sh', ['-c', 'printf "%s|%s|%s\\n" "$FOO" "$1" "$2"; env | sort', 'sh', tricky, 'two words'], {
      env: ['FOO=bar baz', 'EMPTY='],
    }),
    // env itself as the program: a shell would drop such names again.
    processTask('dotted', 'env', [], { env: ['my.var=1', 'A-B=2', 'PATH=/usr/bin:/bin'] }),
  ])
  await rec.reached('envargs', TaskState.COMPLETE)
  await rec.reached('dotted', TaskState.COMPLETE)
  assert.equal(rec.state('envargs'), TaskState.COMPLETE)

  const lines = text(await collect(agent.logs({ taskIds: ['envargs'] })))
  assert.equal(lines[0], `stdout:bar baz|${tricky}|two words`)
  const env = lines.slice(1).map((l) => l.replace(/^stdout:/, ''))
  assert.ok(env.includes('FOO=bar baz'))
  assert.ok(env.includes('EMPTY='))
  assert.ok(env.includes('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'))
  assert.ok(env.includes(`HOME=${os.homedir()}`))
  // Nothing of the agent's own environment leaks in.
  assert.ok(!env.some((l) => l.startsWith('NODE_') || l.startsWith('npm_')), env.join('\n'))

  const dotted = text(await collect(agent.logs({ taskIds: ['dotted'] }))).map((l) => l.replace(/^stdout:/, ''))
  assert.ok(dotted.includes('my.var=1'), dotted.join('\n'))
  assert.ok(dotted.includes('A-B=2'), dotted.join('\n'))
  assert.ok(dotted.includes('PATH=/usr/bin:/bin'), dotted.join('\n'))
})

test('the process runs in its own session and process group, with default signal dispositions', async (t) => {
  const { agent, rec } = await harness(t)
  await agent.assign([processTask('ids', 'sleep', ['30'])])
  const running = await rec.reached('ids', TaskState.RUNNING)
  const wrapper = running.pid!
  // RUNNING is reported once the wrapper is spawned: the wrapper's own start (a new
  // session, then its child, the program) may come a moment later.
  // Its child exists once forked, and is the program once it has exec'd.
  const childrenOf = async () => (await fsp.readFile(`/proc/${wrapper}/task/${wrapper}/children`, 'latin1')).trim()
  const argvOf = async (pid: string) => (await fsp.readFile(`/proc/${pid}/cmdline`, 'latin1')).split('\0')
  await waitFor("the wrapper's child running the program", async () => {
    const [child] = (await childrenOf()).split(' ')
    return child !== '' && (await argvOf(child))[1] === '30'
  })
  const stat = await fsp.readFile(`/proc/${wrapper}/stat`, 'latin1')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  assert.equal(Number(f[2]), wrapper, 'pgid is the wrapper pid')
  assert.equal(Number(f[3]), wrapper, 'session id is the wrapper pid')
  const children = (await childrenOf()).split(' ')
  assert.equal(children.length, 1)
  const status = await fsp.readFile(`/proc/${children[0]}/status`, 'latin1')
  assert.match(status, /SigIgn:\s+0+\n/, 'the program ignores no signal')
  const argv = await argvOf(children[0])
  assert.deepEqual([path.basename(argv[0]), argv[1]], ['sleep', '30'])
})

test('a missing executable is REJECTED with a clear error', async (t) => {
  const { agent, rec, dir } = await harness(t)
  const notExec = path.join(dir, 'not-executable')
  await fsp.writeFile(notExec, '#!/bin/sh\n', { mode: 0o644 })
  await agent.assign([
    processTask('missing', 'no-such-binary-xyz'),
    processTask('missing-abs', '/no/such/binary'),
    processTask('relative', 'bin/thing'),
    processTask('noexec', notExec),
  ])
  const missing = await rec.reached('missing', TaskState.REJECTED)
  assert.equal(missing.state, TaskState.REJECTED)
  assert.equal(missing.err, 'executable "no-such-binary-xyz" not found in PATH')
  assert.equal((await rec.reached('missing-abs', TaskState.REJECTED)).err, 'executable "/no/such/binary" not found')
  assert.match((await rec.reached('relative', TaskState.REJECTED)).err!, /must be absolute/)
  if (process.getuid?.() !== 0) {
    assert.match((await rec.reached('noexec', TaskState.REJECTED)).err!, /is not executable/)
  }
  assert.equal((await processesMentioning(dir)).length, 0)
})

test('logs: both streams in order with timestamps, tail, since', async (t) => {
  const { agent, rec } = await harness(t)
  const before = Date.now()
  await agent.assign([
    processTask('talk', 'sh', ['-c', 'for i in 1 2 3 4 5; do echo out$i; echo err$i >&2; sleep 0.02; done; printf tail-no-newline']),
  ])
  await rec.reached('talk', TaskState.COMPLETE)
  const all = await collect(agent.logs({ taskIds: ['talk'] }))
  // Each stream in its own order; across the two, the order the agent read them in (two
  // pipes or files carry no common order: a loaded host may read err1 after out2, as
  // docker's json-file log may).
  assert.deepEqual(text(all.filter((e) => e.stream === 'stdout')), ['stdout:out1', 'stdout:out2', 'stdout:out3', 'stdout:out4', 'stdout:out5', 'stdout:tail-no-newline'])
  assert.deepEqual(text(all.filter((e) => e.stream === 'stderr')), ['stderr:err1', 'stderr:err2', 'stderr:err3', 'stderr:err4', 'stderr:err5'])
  for (const e of all) {
    assert.equal(e.taskId, 'talk')
    assert.ok(e.time >= before && e.time <= Date.now(), `time ${e.time}`)
  }
  for (let i = 1; i < all.length; i++) assert.ok(all[i].time >= all[i - 1].time)

  assert.deepEqual(text(await collect(agent.logs({ taskIds: ['talk'] }, { tail: 3 }))), text(all.slice(-3)))
  assert.deepEqual(await collect(agent.logs({ taskIds: ['talk'] }, { tail: 0 })), [])
  assert.equal((await collect(agent.logs({ taskIds: ['talk'] }, { tail: 100 }))).length, 11)
  const later = all[all.length - 1].time
  assert.ok((await collect(agent.logs({ taskIds: ['talk'] }, { since: later }))).length >= 1)
  assert.deepEqual(await collect(agent.logs({ taskIds: ['talk'] }, { since: Date.now() + 60_000 })), [])
  assert.deepEqual(await collect(agent.logs({ taskIds: ['unknown-task'] })), [])
})

test('logs: follow streams new lines and ends when the task has ended and been read', async (t) => {
  const { agent, rec } = await harness(t)
  await agent.assign([
    processTask('slow', 'sh', ['-c', 'echo first; sleep 0.5; echo second >&2; sleep 0.5; echo third']),
    processTask('quick', 'sh', ['-c', 'echo q1; sleep 0.2; echo q2']),
  ])
  await rec.reached('slow', TaskState.RUNNING)
  const started = Date.now()
  const got = await collect(agent.logs({ taskIds: ['slow', 'quick'] }, { follow: true }), 10_000)
  assert.ok(Date.now() - started >= 500, 'follow waited for the task')
  const slow = got.filter((e) => e.taskId === 'slow')
  assert.deepEqual(text(slow), ['stdout:first', 'stderr:second', 'stdout:third'])
  assert.deepEqual(text(got.filter((e) => e.taskId === 'quick')), ['stdout:q1', 'stdout:q2'])
  // The output is complete by the time the task ends; its status follows.
  assert.equal((await rec.reached('slow', TaskState.COMPLETE)).state, TaskState.COMPLETE)
  // Lines arrived as they were written, not at the end.
  assert.ok(slow[2].time - slow[0].time >= 800, `times ${slow.map((e) => e.time)}`)
})

test('logs: follow with tail of a running task; the consumer can stop at any time', async (t) => {
  const { agent, rec } = await harness(t)
  await agent.assign([processTask('ticker', 'sh', ['-c', 'i=0; while :; do i=$((i+1)); echo tick$i; sleep 0.05; done'])])
  await rec.reached('ticker', TaskState.RUNNING)
  await waitFor('some output', async () => (await collect(agent.logs({ taskIds: ['ticker'] }))).length >= 5, 5000)
  const seen: string[] = []
  for await (const e of agent.logs({ taskIds: ['ticker'] }, { follow: true, tail: 2 })) {
    seen.push(e.line.toString())
    if (seen.length === 6) break
  }
  const n = seen.map((s) => Number(s.slice(4)))
  for (let i = 1; i < n.length; i++) assert.equal(n[i], n[i - 1] + 1, seen.join(','))

  // An abort signal ends a follower that is waiting for output.
  await agent.assign([processTask('ticker', 'sh', []), processTask('silent', 'sleep', ['30'])])
  await rec.reached('silent', TaskState.RUNNING)
  // The task runs 30 s and prints nothing, so only the abort can end the stream before
  // collect's 10 s limit (which would reject); how soon after is not a test's business.
  const ac = new AbortController()
  setTimeout(() => ac.abort(), 200)
  assert.deepEqual(await collect(agent.logs({ taskIds: ['silent'] }, { follow: true, signal: ac.signal }), 10_000), [])
})

test('shutdown: SIGTERM first; SIGKILL after the grace period for a process that ignores it', async (t) => {
  const { agent, rec, dir } = await harness(t)
  const stubborn = processTask('stubborn', 'sh', ['-c', 'trap "" TERM; echo ready; while :; do sleep 0.05; done'], {
    stopGracePeriodMs: 700,
  })
  const polite = processTask('polite', 'sh', ['-c', 'trap "echo bye; exit 0" TERM; echo ready; while :; do sleep 0.05; done'])
  await agent.assign([stubborn, polite])
  const pid = (await rec.reached('stubborn', TaskState.RUNNING)).pid!
  await rec.reached('polite', TaskState.RUNNING)
  await waitFor('both ready', async () => (await collect(agent.logs({ taskIds: ['stubborn', 'polite'] }))).length >= 2, 5000)

  const started = Date.now()
  await agent.assign([
    { ...stubborn, desiredState: TaskState.SHUTDOWN },
    { ...polite, desiredState: TaskState.SHUTDOWN },
  ])
  const p = await rec.reached('polite', TaskState.SHUTDOWN)
  assert.equal(p.state, TaskState.SHUTDOWN)
  assert.equal(p.exitCode, 0, 'the polite one stopped on SIGTERM (SIGKILL would be 137)')
  // (its shell also reports on stderr that its sleep was terminated)
  const politeOut = text(await collect(agent.logs({ taskIds: ['polite'] }))).filter((l) => l.startsWith('stdout:'))
  assert.deepEqual(politeOut, ['stdout:ready', 'stdout:bye'])

  const s = await rec.reached('stubborn', TaskState.SHUTDOWN, 10_000)
  const took = Date.now() - started
  assert.equal(s.state, TaskState.SHUTDOWN)
  assert.equal(s.exitCode, 128 + 9)
  assert.ok(took >= 650, `SIGKILL came after the grace period (${took} ms)`)
  assert.ok(took < 5000, `and not much later (${took} ms)`)
  assert.ok(!isAlive(pid))
  assert.deepEqual(await processesMentioning(dir), [], 'the whole process group is gone')
})

test('tasks missing from the set are shut down and removed; a removed task never comes back', async (t) => {
  const { agent, rec, dir } = await harness(t)
  await agent.assign([processTask('a', 'sleep', ['30']), processTask('b', 'sleep', ['30'])])
  await rec.reached('a', TaskState.RUNNING)
  const b = await rec.reached('b', TaskState.RUNNING)
  await agent.assign([processTask('a', 'sleep', ['30'])])
  assert.equal((await rec.reached('b', TaskState.SHUTDOWN)).state, TaskState.SHUTDOWN)
  assert.ok(!isAlive(b.pid!))
  await waitFor('b removed', async () => {
    const dirs = await fsp.readdir(path.join(dir, 'tasks', 'process'))
    return !dirs.includes('b') && agent.status('b') === undefined
  })
  // A stale assignment naming it again does not start it.
  await agent.assign([processTask('a', 'sleep', ['30']), processTask('b', 'sleep', ['30'])])
  await new Promise((r) => setTimeout(r, 200))
  assert.equal(agent.status('b'), undefined)
  assert.equal((await processesMentioning(path.join(dir, 'tasks', 'process', 'b'))).length, 0)
})

test('concurrent assigns start each task exactly once', async (t) => {
  const { agent, rec, dir } = await harness(t)
  const set: AssignedTask[] = [processTask('once', 'sleep', ['30']), processTask('twice', 'sleep', ['30'])]
  await Promise.all([agent.assign(set), agent.assign(set), agent.assign([...set].reverse()), agent.assign(set)])
  await rec.reached('once', TaskState.RUNNING)
  await rec.reached('twice', TaskState.RUNNING)
  await new Promise((r) => setTimeout(r, 200))
  for (const id of ['once', 'twice']) {
    const wrappers = await processesMentioning(path.join(dir, 'tasks', 'process', id, 'exit'))
    assert.equal(wrappers.length, 1, `${id}: one wrapper`)
    assert.equal(wrappers[0], rec.latest.get(id)!.pid)
    const runs = rec.history.get(id)!.filter((u) => u.state === TaskState.RUNNING)
    assert.equal(runs.length, 1)
  }
})

test('a task assigned with desired state READY is prepared and waits; RUNNING starts it', async (t) => {
  const { agent, rec } = await harness(t)
  const task = processTask('later', 'sleep', ['30'], { desiredState: TaskState.READY })
  await agent.assign([task])
  await rec.reached('later', TaskState.READY)
  await new Promise((r) => setTimeout(r, 200))
  assert.equal(rec.state('later'), TaskState.READY)
  await agent.assign([{ ...task, desiredState: TaskState.RUNNING }])
  assert.ok((await rec.reached('later', TaskState.RUNNING)).pid)
})

test('runtimes are advertised; an unknown runtime is REJECTED', async (t) => {
  const { agent, rec } = await harness(t)
  assert.deepEqual(await agent.runtimes(), ['process'])
  const task = processTask('ctr', 'nginx')
  task.spec.runtime = 'containerd'
  await agent.assign([task])
  const s = await rec.reached('ctr', TaskState.REJECTED)
  assert.equal(s.err, 'runtime "containerd" is not available on this node')
})

test('the spawner helper dying loses nothing: exits are still seen, new tasks still start', async (t) => {
  const { agent, rec, dir } = await harness(t)
  // It ends when told (not after a time a loaded host may take to kill the helper).
  const go = path.join(dir, 'go')
  await agent.assign([processTask('before', 'sh', ['-c', `while [ ! -e ${go} ]; do sleep 0.05; done; exit 4`])])
  const before = await rec.reached('before', TaskState.RUNNING)
  // The helper is this process's child running spawner.js.
  const helpers: number[] = []
  for (const name of await fsp.readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const cmd = await fsp.readFile(`/proc/${name}/cmdline`, 'utf8')
      const stat = await fsp.readFile(`/proc/${name}/stat`, 'latin1')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (cmd.includes('spawner.js') && ppid === process.pid) helpers.push(Number(name))
    } catch {
      // gone
    }
  }
  assert.equal(helpers.length, 1)
  process.kill(helpers[0], 'SIGKILL')
  await waitFor('helper gone', () => !isAlive(helpers[0]), 5000)
  assert.ok(isAlive(before.pid!), 'its tasks are not')
  await fsp.writeFile(go, '')

  const done = await rec.reached('before', TaskState.COMPLETE)
  assert.equal(done.state, TaskState.FAILED)
  assert.equal(done.exitCode, 4, 'the exit code comes from the exit file')

  await agent.assign([processTask('before', 'sh', []), processTask('after', 'sh', ['-c', 'echo hi'])])
  assert.equal((await rec.reached('after', TaskState.COMPLETE)).state, TaskState.COMPLETE)
  assert.deepEqual(await processesMentioning(dir), [])
})
