// Agent restarts: tasks outlive the agent (graceful stop and kill -9), a new agent on the
// same data dir adopts the same processes instead of starting duplicates, and reports the
// ones that ended while no agent was running, with their exit codes and output.
import { test, type TestContext } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { promises as fsp, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

import { Agent } from '../src/agent/agent'
import { ProcessExecutor } from '../src/agent/exec/process'
import { bootId } from '../src/agent/procfs'
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

function tempDir(t: TestContext): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-adopt-'))
  t.after(async () => {
    await killProcessesMentioning(dir)
    await fsp.rm(dir, { recursive: true, force: true })
  })
  return dir
}

function newAgent(t: TestContext, dir: string, rec: StatusRecorder): Agent {
  return processAgent(t, dir, rec, { reportIntervalMs: 20, stopGraceMs: 2000 })
}

async function lines(agent: Agent, taskId: string): Promise<string[]> {
  const out: string[] = []
  for await (const e of agent.logs({ taskIds: [taskId] }) as AsyncIterable<TaskLogEntry>) out.push(e.line.toString())
  return out
}

const wrappersOf = (dir: string, id: string) => processesMentioning(path.join(dir, 'tasks', 'process', id, 'exit'))

test('after stop(), a new agent adopts the same processes and reports the ones that ended meanwhile', async (t) => {
  const dir = tempDir(t)
  const rec1 = new StatusRecorder()
  const a1 = newAgent(t, dir, rec1)
  await a1.start()
  const tasks: AssignedTask[] = [
    processTask('long', 'sleep', ['30']),
    processTask('ends7', 'sh', ['-c', 'sleep 0.8; exit 7']),
    processTask('ends0', 'sh', ['-c', 'echo before; sleep 0.8; echo after-$X'], { env: ['X=y'] }),
    processTask('stop-me', 'sh', ['-c', 'trap "exit 0" TERM; while :; do sleep 0.05; done']),
  ]
  await a1.assign(tasks)
  const pids: Record<string, number> = {}
  for (const task of tasks) pids[task.id] = (await rec1.reached(task.id, TaskState.RUNNING)).pid!
  await waitFor('first line', async () => (await lines(a1, 'ends0')).length === 1, 5000)

  // One agent per data dir, in this process too.
  const twin = new Agent({ nodeId: 'node1', dataDir: dir, executors: [], report: () => undefined })
  await assert.rejects(twin.start(), /another agent in this process is using/)
  await twin.stop()
  await a1.stop()
  for (const task of tasks) assert.ok(isAlive(pids[task.id]), `${task.id} survives the agent`)
  await waitFor('two tasks to end while no agent runs', () => !isAlive(pids.ends7) && !isAlive(pids.ends0), 5000)

  const rec2 = new StatusRecorder()
  const a2 = newAgent(t, dir, rec2)
  await a2.start()
  const long = await rec2.reached('long', TaskState.RUNNING)
  assert.equal(long.pid, pids.long, 'the same process')
  assert.equal(a2.status('long')?.state, TaskState.RUNNING)
  const ends7 = await rec2.reached('ends7', TaskState.COMPLETE)
  assert.equal(ends7.state, TaskState.FAILED)
  assert.equal(ends7.exitCode, 7)
  assert.equal(ends7.err, 'task: non-zero exit (7)')
  const ends0 = await rec2.reached('ends0', TaskState.COMPLETE)
  assert.equal(ends0.state, TaskState.COMPLETE)
  assert.equal(ends0.exitCode, 0)
  assert.deepEqual(await lines(a2, 'ends0'), ['before', 'after-y'], 'output written while down is kept, once')

  // The same assignment starts nothing new.
  await a2.assign(tasks)
  await new Promise((r) => setTimeout(r, 300))
  assert.deepEqual(await wrappersOf(dir, 'long'), [pids.long])
  assert.deepEqual(await wrappersOf(dir, 'stop-me'), [pids['stop-me']])
  assert.deepEqual(rec2.regressions, [])

  // An adopted process is not this agent's child: shutdown still works.
  await a2.assign(tasks.map((x) => (x.id === 'stop-me' ? { ...x, desiredState: TaskState.SHUTDOWN } : x)))
  const stopped = await rec2.reached('stop-me', TaskState.SHUTDOWN)
  assert.equal(stopped.state, TaskState.SHUTDOWN)
  assert.equal(stopped.exitCode, 0)

  await a2.shutdownAll()
  assert.equal(rec2.state('long'), TaskState.SHUTDOWN)
  assert.ok(!isAlive(pids.long))
  assert.equal((await fsp.readFile(path.join(dir, 'taskdb', 'tasks.jsonl'), 'utf8')).trim().split('\n').at(-1)!.startsWith('{"del"'), true)
  assert.deepEqual(await fsp.readdir(path.join(dir, 'tasks', 'process')), [])
})

test('kill -9 of the agent process: tasks keep running and are adopted by the next agent', async (t) => {
  const dir = tempDir(t)
  const tasks: AssignedTask[] = [
    processTask('survivor', 'sleep', ['30']),
    processTask('exits5', 'sh', ['-c', 'sleep 1; exit 5']),
    processTask('writer', 'sh', ['-c', 'echo one; sleep 1; echo two >&2; echo three']),
  ]
  // The first agent runs in its own Node process, which the test kills with SIGKILL.
  const script = `
    const { Agent } = require(${JSON.stringify(path.join(__dirname, '..', 'src', 'agent', 'agent.js'))})
    const { ProcessExecutor } = require(${JSON.stringify(path.join(__dirname, '..', 'src', 'agent', 'exec', 'process.js'))})
    const tasks = JSON.parse(process.env.TASKS)
    const running = {}
    const agent = new Agent({ nodeId: 'node1', dataDir: process.env.DATA_DIR, executors: [new ProcessExecutor()],
      report: (updates) => {
        for (const u of updates) if (u.state === 512) running[u.taskId] = u.pid
        if (Object.keys(running).length === tasks.length) process.stdout.write(JSON.stringify(running) + '\\n')
      } })
    agent.start().then(() => agent.assign(tasks))
    setInterval(() => {}, 1000)
  `
  const daemon = spawn(process.execPath, ['-e', script], {
    env: { DATA_DIR: dir, TASKS: JSON.stringify(tasks) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  t.after(() => {
    daemon.kill('SIGKILL')
  })
  const pids = await new Promise<Record<string, number>>((resolve, reject) => {
    let buf = ''
    const timer = setTimeout(() => reject(new Error('the agent process did not report its tasks running')), 10_000)
    daemon.stdout!.on('data', (d) => {
      buf += d
      const nl = buf.indexOf('\n')
      if (nl >= 0) {
        clearTimeout(timer)
        resolve(JSON.parse(buf.slice(0, nl)))
      }
    })
  })
  // Let the RUNNING records reach the task database, then kill the agent mid-flight.
  await waitFor('RUNNING records', async () => {
    const text = await fsp.readFile(path.join(dir, 'taskdb', 'tasks.jsonl'), 'utf8').catch(() => '')
    return text.split('\n').filter((l) => l.includes('"state":512')).length >= tasks.length
  }, 5000)
  // While it lives, no second agent may use its data dir.
  const intruder = new Agent({ nodeId: 'node1', dataDir: dir, executors: [], report: () => undefined })
  await assert.rejects(intruder.start(), new RegExp(`another agent \\(pid ${daemon.pid}\\) is using`))
  await intruder.stop()
  const died = new Promise((r) => daemon.once('exit', r))
  daemon.kill('SIGKILL')
  await died
  assert.ok(isAlive(pids.survivor), 'tasks survive kill -9 of the agent')
  await waitFor('exits5 to end while no agent runs', () => !isAlive(pids.exits5), 5000)
  await waitFor('writer to end while no agent runs', () => !isAlive(pids.writer), 5000)

  const rec = new StatusRecorder()
  const agent = newAgent(t, dir, rec)
  await agent.start()
  assert.equal((await rec.reached('survivor', TaskState.RUNNING)).pid, pids.survivor)
  const exits5 = await rec.reached('exits5', TaskState.COMPLETE)
  assert.equal(exits5.state, TaskState.FAILED)
  assert.equal(exits5.exitCode, 5)
  assert.equal((await rec.reached('writer', TaskState.COMPLETE)).state, TaskState.COMPLETE)
  const out: string[] = []
  for await (const e of agent.logs({ taskIds: ['writer'] })) out.push(`${e.stream}:${e.line}`)
  assert.deepEqual(out.filter((l) => l.startsWith('stdout:')), ['stdout:one', 'stdout:three'])
  assert.ok(out.includes('stderr:two'))
  await agent.assign(tasks)
  await new Promise((r) => setTimeout(r, 300))
  assert.deepEqual(await wrappersOf(dir, 'survivor'), [pids.survivor], 'no duplicate')
  await agent.shutdownAll()
  assert.ok(!isAlive(pids.survivor))
})

test('an agent that died mid-start: the next one finds the process, never starts a second one', async (t) => {
  const dir = tempDir(t)
  // Reproduce what a dying agent leaves, with the executor alone:
  //   intent: STARTING recorded, process started, pid never recorded
  //   early:  process started, nothing recorded at all (record lost)
  //   lost:   STARTING recorded, prepared, never started
  //   orphan: process started, nothing recorded, and no longer assigned
  const exec = new ProcessExecutor()
  const tasks = {
    intent: processTask('intent', 'sleep', ['30']),
    early: processTask('early', 'sleep', ['30']),
    lost: processTask('lost', 'sleep', ['30']),
    orphan: processTask('orphan', 'sleep', ['30']),
  }
  const pids: Record<string, number> = {}
  for (const task of Object.values(tasks)) {
    const c = exec.controller(task, path.join(dir, 'tasks', 'process', task.id))
    await c.prepare()
    if (task.id !== 'lost') pids[task.id] = (await c.start()).pid
    await c.detach()
  }
  await exec.close()
  const starting = (task: AssignedTask) =>
    JSON.stringify({ put: { task, status: { taskId: task.id, state: TaskState.STARTING, timestamp: Date.now(), message: 'starting' } } })
  await fsp.mkdir(path.join(dir, 'taskdb'))
  await fsp.writeFile(path.join(dir, 'taskdb', 'tasks.jsonl'), `${starting(tasks.intent)}\n${starting(tasks.lost)}\n`)

  const rec = new StatusRecorder()
  const agent = newAgent(t, dir, rec)
  await agent.start()
  assert.equal((await rec.reached('intent', TaskState.RUNNING)).pid, pids.intent, 'found by its command line')
  const lost = await rec.reached('lost', TaskState.COMPLETE)
  assert.equal(lost.state, TaskState.FAILED)
  assert.match(lost.err!, /no process of it was found/)

  await agent.assign([tasks.intent, tasks.early, tasks.lost])
  assert.equal((await rec.reached('early', TaskState.RUNNING)).pid, pids.early, 'taken over from its directory')
  await new Promise((r) => setTimeout(r, 200))
  assert.deepEqual(await wrappersOf(dir, 'intent'), [pids.intent])
  assert.deepEqual(await wrappersOf(dir, 'early'), [pids.early])
  assert.equal(rec.state('lost'), TaskState.FAILED, 'a lost start is not retried')
  // `orphan` is not in the first complete assignment: stopped and deleted.
  await waitFor('orphan cleaned up', async () => {
    const dirs = await fsp.readdir(path.join(dir, 'tasks', 'process'))
    return !dirs.includes('orphan') && !isAlive(pids.orphan)
  }, 5000)
  await agent.shutdownAll()
  assert.ok(!isAlive(pids.intent) && !isAlive(pids.early))
})

test('a recorded pid that now names another process is not adopted (nor signalled)', async (t) => {
  const dir = tempDir(t)
  const rec = new StatusRecorder()
  // Records as a previous agent would have left them; the pids are this test process
  // (alive, but with another start time) and a dead one whose wrapper left an exit file.
  const reused = processTask('reused', 'sleep', ['30'])
  const exited = processTask('exited', 'sleep', ['30'])
  const running = { state: TaskState.RUNNING, timestamp: Date.now(), message: 'started' }
  const lines: string[] = []
  for (const [task, pid] of [[reused, process.pid], [exited, 999_999]] as const) {
    await fsp.mkdir(path.join(dir, 'tasks', 'process', task.id), { recursive: true })
    lines.push(JSON.stringify({ put: { task, status: { ...running, taskId: task.id, pid }, handle: { pid, startTime: 1, bootId: bootId() } } }))
  }
  await fsp.writeFile(path.join(dir, 'tasks', 'process', 'exited', 'exit'), '9\n')
  // A line that does not parse in the middle, and a write torn by a crash at the end.
  await fsp.mkdir(path.join(dir, 'taskdb'), { recursive: true })
  await fsp.writeFile(path.join(dir, 'taskdb', 'tasks.jsonl'), `${lines[0]}\n{"put":{"tas\n${lines[1]}\n{"put":{"task":{"id":"to`)

  const agent = newAgent(t, dir, rec)
  await agent.start()
  const r = await rec.reached('reused', TaskState.COMPLETE)
  assert.equal(r.state, TaskState.FAILED)
  assert.match(r.err!, /exit status was not recorded/)
  const e = await rec.reached('exited', TaskState.COMPLETE)
  assert.equal(e.state, TaskState.FAILED)
  assert.equal(e.exitCode, 9)
  assert.deepEqual(agent.tasks().map((s) => s.taskId).sort(), ['exited', 'reused'])
  // Removing them must not touch the process whose pid was recorded.
  await agent.assign([])
  await waitFor('tasks removed', () => agent.tasks().length === 0, 5000)
  await agent.stop()
  assert.ok(isAlive(process.pid))
  const rec2 = new StatusRecorder()
  const again = newAgent(t, dir, rec2)
  await again.start()
  assert.deepEqual(again.tasks(), [], 'the removals were recorded')
})
