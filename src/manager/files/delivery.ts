// Which secrets and configs go to which node, and in what shape (SwarmKit sends them as
// assignments beside the tasks): a node gets exactly the objects referenced by tasks
// assigned to it that may still run, read on the leader (a secret opened with the key)
// and sent over the node's mutual-TLS session; once no task there needs one it is taken
// back (dropped from the node's memory). A node with no task using one never receives it.
import { TaskState } from '../../agent/types'
import type { FileData } from '../../agent/files'
import { v1, type Shared, type StoreReader, type Task } from '../store'
import type { FileKind } from './kinds'

// What a node's assignment set carries beside its tasks.
export interface TaskFiles {
  secrets: v1.Secret[]
  configs: v1.Config[]
}

export function hasFiles(t: Shared<Task>): boolean {
  const c = t.spec?.container
  return (c?.secrets?.length ?? 0) > 0 || (c?.configs?.length ?? 0) > 0
}

// A task that has ended (or is told to stop) needs no file any more: its files were
// written when it was prepared and go when it ends.
export function needsFiles(t: Shared<Task>): boolean {
  return hasFiles(t) && t.desiredState <= TaskState.RUNNING && (t.status?.state ?? 0) < TaskState.COMPLETE
}

// The objects of one kind (with their data) a node's assignment set needs. One that
// cannot be read (deleted meanwhile; a secret this manager holds no key for) is left out
// and reported by id; the task then fails on its node with "... was not delivered".
export function filesFor(view: Pick<StoreReader, 'get'>, tasks: readonly Shared<Task>[], kind: FileKind, warn: (message: string) => void): v1.Secret[] | v1.Config[] {
  const ids = new Set<string>()
  for (const t of tasks) if (needsFiles(t)) for (const r of kind.refsOf(t.spec!.container)) ids.add((r[kind.idField] as string) ?? '')
  const out: (v1.Secret | v1.Config)[] = []
  for (const id of ids) {
    const obj = view.get(kind.table, id)
    if (!obj) continue
    try {
      out.push(kind.wire(id, obj.spec?.annotations?.name ?? '', kind.data(obj)))
    } catch (err) {
      warn(`${kind.noun} ${id}: ${(err as Error).message}`)
    }
  }
  return out as v1.Secret[] | v1.Config[]
}

// The wire shape, as the agent keeps it (in memory only).
export function toFileData(s: v1.ISecret | v1.IConfig): FileData {
  return { id: s.meta?.id ?? '', name: s.spec?.annotations?.name ?? '', data: Buffer.from(s.spec?.data ?? []) }
}
