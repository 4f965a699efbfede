// Micro-benchmark of the store batches' protobuf writer (src/manager/writer.ts) against
// protobufjs's Writer: 100,000 task creates and then 100,000 assignment patches, each
// written as BatchEncoder.add writes an action (header, the object in a fork, index
// entries), in batches of STREAM_CHUNK actions as an orchestrator or scheduler pass
// writes them. Prints figures, asserts nothing.
//
// Run: npm run build:ts && node dist/bench/writer.js [rounds]
import { Writer } from 'protobufjs/minimal'
import { TaskState } from '../src/agent/types'
import { newId } from '../src/manager/ids'
import { patches, STREAM_CHUNK, v1, type Task } from '../src/manager/store'
import { BufferWriter } from '../src/manager/writer'

const TASKS = 100_000
type W = Writer | BufferWriter

const spec = Object.freeze(new v1.TaskSpec({ runtime: 'process', container: new v1.ProcessSpec({ image: 'sleep', args: ['600'] }), restart: new v1.RestartPolicy({ condition: 'none' }) }))
const specBytes = v1.TaskSpec.encode(spec).finish()
const serviceId = newId()
const nodeIds = Array.from({ length: 1000 }, () => newId())
const tasks: Task[] = []
for (let i = 0; i < TASKS; i++) {
  const t = new v1.Task({ meta: new v1.Meta({ id: newId(), createdAt: Date.now(), updatedAt: Date.now() }), serviceId, serviceName: 'bench', slot: i + 1, desiredState: TaskState.RUNNING })
  t.status = new v1.TaskStatus({ timestamp: Date.now(), state: TaskState.PENDING, message: 'pending task scheduling' })
  tasks.push(t)
}
const assigned = tasks.map((t, i) => {
  const a = new v1.Task(t)
  a.nodeId = nodeIds[i % nodeIds.length]
  a.status = new v1.TaskStatus({ timestamp: Date.now(), state: TaskState.ASSIGNED, message: 'scheduler assigned task to node' })
  return a
})

// One action as BatchEncoder.add writes it.
function action(w: W, kind: number, t: Task, expected: number | undefined, body: (w: W) => void): void {
  w.uint32(kind).string('tasks').string(t.meta!.id!)
  w.uint32((expected !== undefined ? 1 : 0) | 2)
  if (expected !== undefined) w.uint64(expected)
  w.fork()
  body(w)
  w.ldelim()
  w.uint32(t.nodeId ? 2 : 1).string('service').string(t.serviceId).uint32(0)
  if (t.nodeId) w.string('node').string(t.nodeId).uint32(0)
}

function run(make: () => W): number {
  const start = process.hrtime.bigint()
  let w = make()
  let n = 0
  const next = () => {
    if (++n % STREAM_CHUNK === 0) {
      w.finish()
      w = make()
    }
  }
  for (const t of tasks) {
    action(w, 0, t, undefined, (w) => {
      v1.Task.encode(t, w as Writer)
      w.uint32((6 << 3) | 2).bytes(specBytes)
    })
    next()
  }
  for (const t of assigned) {
    action(w, 3, t, 12345, (w) => patches.taskAssignment.encode(t, w as Writer))
    next()
  }
  w.finish()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const rounds = Number(process.argv[2] ?? 9)
const theirs: number[] = []
const ours: number[] = []
for (let i = 0; i < rounds; i++) {
  theirs.push(run(() => Writer.create()))
  ours.push(run(() => new BufferWriter()))
}
console.log(`${TASKS} task creates + ${TASKS} assignment patches, batches of ${STREAM_CHUNK}, median of ${rounds}:`)
console.log(`  protobufjs Writer  ${median(theirs).toFixed(1)} ms`)
console.log(`  BufferWriter       ${median(ours).toFixed(1)} ms`)
