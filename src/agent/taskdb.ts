// The agent's local task database: what this node was told to run and what became of it,
// so a restarted agent re-adopts running processes instead of starting duplicates, and
// reports the ones that ended meanwhile.
//
// One small JSON file per task (<dir>/<taskId>.json), replaced atomically by writing a
// temporary file and renaming it over the old one. Why not one append-only file:
//   - tasks change independently and rarely (a handful of writes in a task's life), so
//     per-task files need no compaction, no log replay and no global write lock;
//   - a torn or corrupt file costs one task, not the database;
//   - removing a task is an unlink, so the directory is always exactly the live set.
// Writes are not fsync'd: the records exist to survive the agent dying (kill -9, crash,
// upgrade), and the page cache survives that. A host crash takes the processes down too;
// the boot id in each handle then tells the restarted agent its pids mean nothing.
// Writes for one task are serialized and coalesced (only the latest record matters), so
// a slow disk never reorders them.
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import type { RuntimeHandle } from './executor'
import type { AssignedTask, TaskStatusUpdate } from './types'
import { defaultLogger, errorMessage, type AgentLogger } from './logger'

export interface TaskRecord {
  task: AssignedTask
  status: TaskStatusUpdate // the last status the agent produced (and reported) for it
  handle?: RuntimeHandle // set once the process runs: pid, start time, boot id
  shutdownRequested?: boolean // the manager asked it to stop: its exit is SHUTDOWN
}

const DELETE = Symbol('delete')
type Op = TaskRecord | typeof DELETE

interface Slot {
  next: Op | undefined
  done: Promise<void>
}

// Task ids become file names: only a conservative alphabet (SwarmKit ids are base36).
export function isSafeTaskId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(id)
}

export class TaskDB {
  private readonly slots = new Map<string, Slot>()

  constructor(
    readonly dir: string,
    private readonly logger: AgentLogger = defaultLogger,
  ) {}

  // Creates the directory and returns every readable record; leftovers of interrupted
  // writes are removed, unreadable records are moved aside (and logged), never fatal.
  async load(): Promise<TaskRecord[]> {
    await fsp.mkdir(this.dir, { recursive: true })
    const out: TaskRecord[] = []
    for (const name of await fsp.readdir(this.dir)) {
      const file = path.join(this.dir, name)
      if (name.endsWith('.tmp')) {
        await fsp.rm(file, { force: true })
        continue
      }
      if (!name.endsWith('.json')) continue
      try {
        const rec = JSON.parse(await fsp.readFile(file, 'utf8')) as TaskRecord
        if (!rec?.task?.id || rec.task.id !== name.slice(0, -'.json'.length) || !rec.status) {
          throw new Error('not a task record')
        }
        out.push(rec)
      } catch (err) {
        this.logger.error('unreadable task record; moved aside', { file, err: errorMessage(err) })
        await fsp.rename(file, `${file}.corrupt`).catch(() => undefined)
      }
    }
    return out
  }

  put(rec: TaskRecord): Promise<void> {
    return this.enqueue(rec.task.id, rec)
  }

  delete(taskId: string): Promise<void> {
    return this.enqueue(taskId, DELETE)
  }

  // Resolves once every write queued so far has reached the file system.
  async flush(): Promise<void> {
    while (this.slots.size > 0) await Promise.all([...this.slots.values()].map((s) => s.done))
  }

  private enqueue(id: string, op: Op): Promise<void> {
    if (!isSafeTaskId(id)) return Promise.reject(new Error(`unsafe task id ${JSON.stringify(id)}`))
    const slot = this.slots.get(id)
    if (slot) {
      // A write is in flight: this op replaces any queued one and runs after it.
      slot.next = op
      return slot.done
    }
    const s: Slot = { next: op, done: Promise.resolve() }
    this.slots.set(id, s)
    s.done = this.drain(id, s)
    return s.done
  }

  private async drain(id: string, s: Slot): Promise<void> {
    try {
      while (s.next !== undefined) {
        const op = s.next
        s.next = undefined
        try {
          await this.apply(id, op)
        } catch (err) {
          this.logger.error('writing task record', { taskId: id, err: errorMessage(err) })
        }
      }
    } finally {
      this.slots.delete(id)
    }
  }

  private async apply(id: string, op: Op): Promise<void> {
    const file = path.join(this.dir, `${id}.json`)
    if (op === DELETE) {
      await fsp.rm(file, { force: true })
      return
    }
    const tmp = `${file}.tmp`
    await fsp.writeFile(tmp, JSON.stringify(op))
    await fsp.rename(tmp, file)
  }
}
