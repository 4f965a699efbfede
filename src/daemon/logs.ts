// Docker's log stream framing (non-TTY): each frame is an 8-byte header, [stream, 0, 0,
// 0, big-endian uint32 size], then the payload. stream 1 is stdout, 2 is stderr.
import type { Writable } from 'node:stream'
import type { Agent } from '../agent/agent'
import type { TaskLogEntry } from '../agent/types'
import type { LogBroker } from '../rpc/logs'
import { invalid } from '../manager/errors'
import type { Task } from '../manager/store'

export interface FrameOptions {
  timestamps: boolean
  details: boolean
  stdout: boolean
  stderr: boolean
  detailsOf: (taskId: string) => string
  signal: AbortSignal
}

export function frame(stream: 'stdout' | 'stderr', payload: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header[0] = stream === 'stdout' ? 1 : 2
  header.writeUInt32BE(payload.length, 4)
  return Buffer.concat([header, payload])
}

export async function writeLogFrames(out: Writable, lines: AsyncIterable<TaskLogEntry>, o: FrameOptions): Promise<void> {
  for await (const l of lines) {
    if (o.signal.aborted) break
    if ((l.stream === 'stdout' && !o.stdout) || (l.stream === 'stderr' && !o.stderr)) continue
    let text = l.line.toString('utf8')
    if (!text.endsWith('\n')) text += '\n'
    // taskId '' is the broker's warning about a node it could not read: no task, no details.
    const prefix = (o.timestamps ? new Date(l.time).toISOString() + ' ' : '') + (o.details && l.taskId ? o.detailsOf(l.taskId) + ' ' : '')
    if (!out.write(frame(l.stream, Buffer.from(prefix + text)))) {
      await new Promise<void>((resolve) => {
        out.once('drain', resolve)
        o.signal.addEventListener('abort', () => resolve(), { once: true })
      })
    }
  }
}

// A service's log lines wherever its tasks run: the local agent reads its own tasks, and
// the broker asks every other node that has tasks of the service for theirs. Without a
// broker (no swarm listener) only the local tasks can be read.
export function serviceLogLines(o: {
  tasks: Task[]
  localNodeId: string
  agent: Agent
  broker: LogBroker | null
  nodeName: (nodeId: string) => string
  follow: boolean
  tail?: number
  since?: number
  signal: AbortSignal
}): AsyncIterable<TaskLogEntry> {
  const opts = { follow: o.follow, tail: o.tail, since: o.since, signal: o.signal }
  const localIds = o.tasks.filter((t) => t.nodeId === o.localNodeId).map((t) => t.meta!.id!)
  const byNode = new Map<string, string[]>()
  for (const t of o.tasks) {
    // Tasks not placed yet have no output anywhere.
    if (!t.nodeId || t.nodeId === o.localNodeId) continue
    byNode.set(t.nodeId, [...(byNode.get(t.nodeId) ?? []), t.meta!.id!])
  }
  const local = o.agent.logs({ taskIds: localIds }, opts)
  if (!o.broker) return local
  const remote = [...byNode].map(([nodeId, taskIds]) => ({ nodeId, nodeName: o.nodeName(nodeId), taskIds }))
  return o.broker.subscribe({ ...opts, local, remote })
}

// Docker's `since`: a UNIX time in seconds, possibly fractional; returns ms since epoch.
export function parseSince(raw: string | null): number | undefined {
  if (raw === null || raw === '' || raw === '0') return undefined
  const secs = Number(raw)
  if (!Number.isFinite(secs) || secs < 0) throw invalid(`invalid since "${raw}": expected a UNIX timestamp in seconds`)
  return secs * 1000
}
