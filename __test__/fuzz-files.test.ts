// The files a node reads back after a restart, fuzzed (issue 15): swarm.json and the
// agent's task database, damaged by random edits and junk lines. Each is either read as
// what it says or refused with an error naming the file (and the field), never a
// TypeError later and never a record the agent cannot use. A daemon whose swarm.json is
// damaged refuses to start and says which file and field.
import { test, describe } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { applyEdits, edgeString, jsonEdit, jsonValue } from '../chaos/fuzz/values'
import { loadSwarmState, swarmStateProblem, type SwarmState } from '../src/daemon/state'
import { TaskDB, isTaskRecord, isSafeTaskId, type TaskRecord } from '../src/agent/taskdb'
import { processTask } from '../src/agent/testing'
import { TaskState } from '../src/agent/types'
import { BIN } from './helpers/daemon'

const quiet = { debug() {}, info() {}, warn() {}, error() {} }

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-fuzz-files-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

const VALID_STATE: SwarmState = {
  nodeId: 'n1abc',
  clusterId: 'c1abc',
  raftId: 12345,
  role: 'manager',
  listenAddr: '127.0.0.1:2377',
  advertiseAddr: '127.0.0.1:2377',
  managers: ['127.0.0.1:2377'],
  joined: false,
}

describe('swarm.json', () => {
  test('a damaged file is read as what it says or refused naming the file', (t) => {
    const dir = tempDir(t)
    const file = path.join(dir, 'swarm.json')
    let refused = 0
    fc.assert(
      fc.property(fc.oneof(fc.array(jsonEdit, { minLength: 1, maxLength: 3 }).map((e) => JSON.stringify(applyEdits(VALID_STATE, e))), edgeString, jsonValue.map((v) => JSON.stringify(v))), (text) => {
        fs.writeFileSync(file, text)
        let state: SwarmState | null
        try {
          state = loadSwarmState(dir)
        } catch (err) {
          assert.ok(!(err instanceof TypeError), `a TypeError: ${err}`)
          assert.match((err as Error).message, new RegExp(`${file.replace(/[.]/g, '\\.')} is corrupt \\(.+\\): remove`))
          refused++
          return
        }
        // Read: then every field the daemon uses has the type it expects.
        assert.equal(swarmStateProblem(state), null)
        assert.equal(typeof state!.nodeId, 'string')
        assert.ok(state!.role === 'manager' || state!.role === 'worker')
      }),
      { seed: 15, numRuns: 500 },
    )
    assert.ok(refused > 0)
  })

  test('names the field that is wrong', () => {
    assert.equal(swarmStateProblem(VALID_STATE), null)
    assert.equal(swarmStateProblem({ ...VALID_STATE, role: 'boss' }), 'field role: expected "manager" or "worker"')
    assert.equal(swarmStateProblem({ ...VALID_STATE, raftId: '7' }), 'field raftId: expected a non-negative integer')
    assert.equal(swarmStateProblem({ ...VALID_STATE, managers: [1] }), 'field managers: expected a list of addresses')
    assert.equal(swarmStateProblem([]), 'not an object')
  })

  test('a daemon with a damaged swarm.json refuses to start and says which file and field', (t) => {
    const dir = tempDir(t)
    const data = path.join(dir, 'data')
    fs.mkdirSync(data)
    fs.writeFileSync(path.join(data, 'swarm.json'), JSON.stringify({ ...VALID_STATE, nodeId: 42 }))
    const r = spawnSync(process.execPath, [BIN, 'daemon', '--data-dir', data, '-H', `unix://${path.join(dir, 'sock')}`, '--netns-dir', path.join(dir, 'netns')], { encoding: 'utf8', timeout: 60_000 })
    assert.notEqual(r.status, 0, 'the daemon exited with an error')
    const said = r.stderr.replace(/\s+/g, ' ') // the CLI wraps long error lines
    assert.match(said, /swarm\.json is corrupt \(field nodeId: expected a non-empty string\)/)
    assert.doesNotMatch(r.stderr, /TypeError/)
  })
})

describe('the task database', () => {
  const record = (id: string): TaskRecord => ({ task: processTask(id, 'sleep', ['1']), status: { taskId: id, state: TaskState.RUNNING, timestamp: 1, message: 'm' } })

  test('damaged lines cost their own record only; what loads is usable', async (t) => {
    const dir = tempDir(t)
    const line = fc.oneof(
      fc.array(jsonEdit, { minLength: 1, maxLength: 2 }).map((e) => JSON.stringify(applyEdits({ put: record('t1') }, e))),
      jsonValue.map((v) => JSON.stringify(v)),
      edgeString.map((s) => s.replace(/\n/g, '')),
      fc.constantFrom(JSON.stringify({ put: record('../../etc') }), JSON.stringify({ del: 7 }), JSON.stringify({ put: { ...record('t2'), task: { ...record('t2').task, id: 5 } } })),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), async (lines) => {
        const db = new TaskDB(dir, quiet)
        fs.mkdirSync(dir, { recursive: true })
        fs.writeFileSync(db.file, [JSON.stringify({ put: record('good') }), ...lines].join('\n') + '\n')
        const loaded = await db.load()
        await db.close()
        for (const rec of loaded) {
          assert.ok(isTaskRecord(rec), `loaded a record the agent cannot use: ${JSON.stringify(rec).slice(0, 200)}`)
          assert.ok(isSafeTaskId(rec.task.id))
        }
        fs.rmSync(dir, { recursive: true, force: true })
      }),
      { seed: 15, numRuns: 300 },
    )
  })

  test('an id that is a path is never loaded', async (t) => {
    const dir = tempDir(t)
    const db = new TaskDB(dir, quiet)
    fs.writeFileSync(db.file, JSON.stringify({ put: record('../../etc') }) + '\n' + JSON.stringify({ put: record('ok1') }) + '\n')
    assert.deepEqual((await db.load()).map((r) => r.task.id), ['ok1'])
    await db.close()
  })
})
