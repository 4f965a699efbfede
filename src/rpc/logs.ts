// Service logs across nodes: SwarmKit's log broker, trimmed (proto/shoal/v1/logbroker.proto).
//
// Task output stays on the node that ran the task (the agent's task logs), so a manager
// asked for a service's logs must fetch them from the agents:
//
//   - every agent keeps one LogBroker.ListenSubscriptions stream open for its current
//     session, over its existing mutually authenticated connection to the manager;
//   - LogBroker.subscribe() (the manager's daemon, for `service logs`) sends each node
//     hosting tasks of the service a subscription {id, task ids, follow, tail, since};
//   - the agent answers with one client-streaming PublishLogs call carrying batches of
//     lines, and half-closes it when it has sent everything (with follow: when its tasks
//     ended, or when the manager sends close because the reader went away);
//   - the manager passes the local agent's lines and every node's lines on as they
//     arrive. Each node's lines are in time order; across nodes they are interleaved by
//     arrival, as SwarmKit's broker does (a global sort would have to hold every line
//     back until the slowest node answered).
//
// A node that cannot answer (no subscription stream: down or disconnected; or it does not
// open PublishLogs in time; or its call breaks off) does not fail the whole request: the
// reader gets one warning line on the stderr stream, without details, naming the node,
// and whatever the other nodes send. Docker does the same ("warning: incomplete log
// stream"), but only at the end; here it comes when the node is found missing, so a
// follower sees it at once.
//
// A broker knows only the agents whose sessions are attached to its own manager: with
// several managers, a worker attached to another one shows up here as not available
// (SwarmKit routes subscriptions through the leader's broker; not done here yet).
import { randomBytes } from 'node:crypto'
import * as grpc from '@grpc/grpc-js'
import type { TaskLogEntry } from '../agent/types'
import type { NodeIdentity } from '../manager/ca/identity'
import { ShoalError } from '../manager/errors'
import { v1 } from '../manager/store'
import { LogBroker as LogBrokerMethods } from './services'
import type { callerIdentity } from './tls'

type AuthCall = Parameters<typeof callerIdentity>[0] & { getPath(): string }

// ---- manager side ----

export interface RemoteLogPart {
  nodeId: string
  nodeName: string // for warnings
  taskIds: string[]
}

export interface SubscribeOptions {
  // The manager node's own agent's lines for its tasks of the service (in-process).
  local?: AsyncIterable<TaskLogEntry>
  remote: RemoteLogPart[]
  follow: boolean
  tail?: number
  since?: number
  signal: AbortSignal
}

// How long a node may take to open PublishLogs for a subscription it was sent.
const OPEN_TIMEOUT_MS = 10_000
// Lines queued for a slow reader before the nodes' calls (and the local reader) pause:
// the HTTP response's backpressure reaches the agents through gRPC flow control.
const QUEUE_HIGH = 1000
const QUEUE_LOW = 100

type ListenCall = grpc.ServerWritableStream<v1.ListenSubscriptionsRequest, v1.SubscriptionMessage>
type PublishCall = grpc.ServerReadableStream<v1.PublishLogsMessage, v1.PublishLogsResponse>

interface Part extends RemoteLogPart {
  tasks: Set<string>
  listener: ListenCall | null
  call: PublishCall | null
  respond: grpc.sendUnaryData<v1.PublishLogsResponse> | null
  timer: NodeJS.Timeout | null
  done: boolean
}

interface Subscription {
  id: string
  parts: Map<string, Part>
  queue: TaskLogEntry[]
  wake: (() => void) | null
  localDone: boolean
  paused: boolean
  resumeLocal: (() => void) | null
}

export class LogBroker {
  private readonly listeners = new Map<string, ListenCall>()
  private readonly subs = new Map<string, Subscription>()

  // checkSession throws unless sessionId is the node's current dispatcher session.
  constructor(private readonly checkSession: (nodeId: string, sessionId: string) => void) {}

  // gRPC handlers; `authorize` returns the verified caller or throws a ServiceError.
  handlers(authorize: (call: AuthCall) => NodeIdentity): grpc.UntypedServiceImplementation {
    return {
      ListenSubscriptions: (call: ListenCall) => {
        try {
          const caller = authorize(call)
          this.checkSession(caller.nodeId, call.request.sessionId)
          this.listen(caller.nodeId, call)
        } catch (err) {
          call.emit('error', toStatus(err))
        }
      },
      PublishLogs: (call: PublishCall, callback: grpc.sendUnaryData<v1.PublishLogsResponse>) => {
        let caller: NodeIdentity
        try {
          caller = authorize(call)
        } catch (err) {
          callback(toStatus(err))
          return
        }
        this.publish(caller.nodeId, call, callback)
      },
    }
  }

  // Ends every agent's subscription stream (the listener is closing); agents reopen it
  // with their next session.
  close(): void {
    for (const call of this.listeners.values()) call.end()
    this.listeners.clear()
  }

  // Lines of the given tasks from the local agent and the remote nodes, until every
  // source has ended or the signal aborts.
  async *subscribe(o: SubscribeOptions): AsyncGenerator<TaskLogEntry> {
    const sub: Subscription = { id: randomBytes(12).toString('hex'), parts: new Map(), queue: [], wake: null, localDone: !o.local, paused: false, resumeLocal: null }
    const poke = () => {
      const w = sub.wake
      sub.wake = null
      w?.()
    }
    this.subs.set(sub.id, sub)
    const onAbort = () => poke()
    o.signal.addEventListener('abort', onAbort, { once: true })
    try {
      for (const r of o.remote) {
        const part: Part = { ...r, tasks: new Set(r.taskIds), listener: this.listeners.get(r.nodeId) ?? null, call: null, respond: null, timer: null, done: false }
        sub.parts.set(r.nodeId, part)
        if (!part.listener) {
          this.partFailed(sub, part, `node ${part.nodeName} is not available`)
          continue
        }
        send(
          part.listener,
          new v1.SubscriptionMessage({
            id: sub.id,
            taskIds: r.taskIds,
            options: new v1.LogSubscriptionOptions({ follow: o.follow, tail: o.tail ?? -1, sinceMs: o.since ?? 0 }),
          }),
        )
        part.timer = setTimeout(() => this.partFailed(sub, part, `node ${part.nodeName} did not answer`), OPEN_TIMEOUT_MS)
      }
      if (o.local) void this.pumpLocal(sub, o.local, poke)
      for (;;) {
        if (o.signal.aborted) return
        const next = sub.queue.shift()
        if (next) {
          if (sub.paused && sub.queue.length <= QUEUE_LOW) this.resume(sub)
          yield next
          continue
        }
        if (sub.localDone && [...sub.parts.values()].every((p) => p.done)) return
        await new Promise<void>((resolve) => (sub.wake = resolve))
      }
    } finally {
      o.signal.removeEventListener('abort', onAbort)
      this.subs.delete(sub.id)
      sub.resumeLocal?.()
      for (const p of sub.parts.values()) {
        if (p.timer) clearTimeout(p.timer)
        if (p.done) continue
        p.done = true
        // Tell the agent to stop, and end its call from our side too in case the close
        // message is slow to arrive (its writes are then dropped).
        if (p.listener) send(p.listener, new v1.SubscriptionMessage({ id: sub.id, close: true }))
        p.respond?.(null, new v1.PublishLogsResponse())
      }
    }
  }

  private listen(nodeId: string, call: ListenCall): void {
    // One stream per node: a newer session's replaces the older one.
    const previous = this.listeners.get(nodeId)
    this.listeners.set(nodeId, call)
    previous?.end()
    const gone = () => {
      if (this.listeners.get(nodeId) === call) this.listeners.delete(nodeId)
      // Subscriptions this node had not started answering will never be answered.
      for (const sub of this.subs.values()) {
        const p = sub.parts.get(nodeId)
        if (p && !p.done && !p.call && p.listener === call) this.partFailed(sub, p, `node ${p.nodeName} disconnected`)
      }
    }
    call.on('cancelled', gone)
    call.on('close', gone)
    call.on('error', gone)
  }

  private publish(nodeId: string, call: PublishCall, respond: grpc.sendUnaryData<v1.PublishLogsResponse>): void {
    let sub: Subscription | undefined
    let part: Part | undefined
    let answered = false
    const answer = (err: grpc.ServiceError | null): void => {
      if (answered) return
      answered = true
      respond(err, err ? undefined : new v1.PublishLogsResponse())
    }
    call.on('data', (msg: v1.PublishLogsMessage) => {
      if (answered) return
      if (!sub) {
        sub = this.subs.get(msg.subscriptionId)
        part = sub?.parts.get(nodeId)
        // Unknown or finished: the reader has gone; the agent just stops.
        if (!sub || !part || part.done) return answer(null)
        if (part.call) return answer(status(grpc.status.ALREADY_EXISTS, `subscription ${msg.subscriptionId} is already being answered`))
        if (part.timer) clearTimeout(part.timer)
        part.timer = null
        part.call = call
        part.respond = (err) => answer(err as grpc.ServiceError | null)
      }
      if (msg.subscriptionId !== sub.id) return this.refuse(sub, part!, `one PublishLogs call answers one subscription`)
      // Decoded nested messages are LogLine instances; the typings only promise their fields.
      for (const l of msg.lines as v1.LogLine[]) {
        // Only the tasks the manager asked this node for: a node cannot speak for others.
        if (!part!.tasks.has(l.taskId)) return this.refuse(sub, part!, `task ${l.taskId} was not requested from node ${nodeId}`)
        sub.queue.push({ taskId: l.taskId, stream: l.stream === 2 ? 'stderr' : 'stdout', time: Number(l.timeMs), line: Buffer.from(l.data) })
      }
      if (sub.queue.length >= QUEUE_HIGH) this.pause(sub)
      const w = sub.wake
      sub.wake = null
      w?.()
    })
    call.on('end', () => {
      if (sub && part && part.call === call && !part.done) this.partDone(sub, part)
      answer(null)
    })
    const broken = () => {
      if (sub && part && part.call === call && !part.done) this.partFailed(sub, part, `the logs from node ${part.nodeName} were cut off`)
    }
    call.on('error', broken)
    call.on('cancelled', broken)
  }

  private refuse(sub: Subscription, part: Part, why: string): void {
    part.respond?.(status(grpc.status.PERMISSION_DENIED, why))
    this.partFailed(sub, part, `node ${part.nodeName} sent logs it was not asked for`)
  }

  private partDone(sub: Subscription, part: Part): void {
    part.done = true
    if (part.timer) clearTimeout(part.timer)
    part.timer = null
    const w = sub.wake
    sub.wake = null
    w?.()
  }

  private partFailed(sub: Subscription, part: Part, reason: string): void {
    if (part.done) return
    if (part.listener && !part.call) send(part.listener, new v1.SubscriptionMessage({ id: sub.id, close: true }))
    sub.queue.push(warning(`incomplete log stream: ${reason}; the logs of its tasks are missing`))
    this.partDone(sub, part)
  }

  private pause(sub: Subscription): void {
    sub.paused = true
    for (const p of sub.parts.values()) if (p.call && !p.done) p.call.pause()
  }

  private resume(sub: Subscription): void {
    sub.paused = false
    for (const p of sub.parts.values()) if (p.call && !p.done) p.call.resume()
    const r = sub.resumeLocal
    sub.resumeLocal = null
    r?.()
  }

  private async pumpLocal(sub: Subscription, local: AsyncIterable<TaskLogEntry>, poke: () => void): Promise<void> {
    try {
      for await (const e of local) {
        if (!this.subs.has(sub.id)) break
        sub.queue.push(e)
        poke()
        if (sub.queue.length >= QUEUE_HIGH) {
          this.pause(sub)
          await new Promise<void>((resolve) => (sub.resumeLocal = resolve))
        }
      }
    } catch (err) {
      sub.queue.push(warning(`incomplete log stream: reading this node's logs failed: ${(err as Error).message}`))
    } finally {
      sub.localDone = true
      poke()
    }
  }
}

// A node's subscription stream may have ended meanwhile (the node reconnected, or went
// away): a write after the end would only raise an error on a stream nobody reads.
function send(listener: ListenCall, msg: v1.SubscriptionMessage): void {
  if (!listener.cancelled && !listener.writableEnded && !listener.destroyed) listener.write(msg)
}

// A line for the reader that belongs to no task (taskId ''): written without details.
function warning(text: string): TaskLogEntry {
  return { taskId: '', stream: 'stderr', time: Date.now(), line: Buffer.from(`warning: ${text}`) }
}

function status(code: grpc.status, details: string): grpc.ServiceError {
  return Object.assign(new Error(details), { code, details, metadata: new grpc.Metadata() })
}

function toStatus(err: unknown): grpc.ServiceError {
  if (typeof (err as { code?: unknown }).code === 'number') return err as grpc.ServiceError
  if (err instanceof ShoalError && err.code === 'NotFound') return status(grpc.status.NOT_FOUND, err.message)
  if (err instanceof ShoalError && err.code === 'Unavailable') return status(grpc.status.UNAVAILABLE, err.message)
  return status(grpc.status.INTERNAL, (err as Error)?.message ?? String(err))
}

// ---- agent side ----

export interface AgentLogSource {
  read(taskIds: string[], opts: { follow: boolean; tail?: number; since?: number; signal: AbortSignal }): AsyncIterable<TaskLogEntry>
  // Whether the task is this node's: the agent serves only its own tasks, whatever the
  // manager asks.
  owns(taskId: string): boolean
}

// A batch goes out when it is this large, or this long after its first line.
const BATCH_LINES = 500
const BATCH_BYTES = 256 * 1024
const BATCH_DELAY_MS = 20

// Listens for log subscriptions on one session's connection and answers each with a
// PublishLogs call. close() (the session ended) stops listening and cuts every call short;
// the manager reports those nodes' logs as incomplete.
export function serveLogSubscriptions(o: { client: grpc.Client; sessionId: string; source: AgentLogSource; log: (m: string) => void }): { close(): void } {
  const active = new Map<string, { ac: AbortController; cut: () => void }>()
  let closed = false
  const m = LogBrokerMethods.ListenSubscriptions
  const stream = o.client.makeServerStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new v1.ListenSubscriptionsRequest({ sessionId: o.sessionId }))
  stream.on('data', (msg: v1.SubscriptionMessage) => {
    if (msg.close) return active.get(msg.id)?.ac.abort()
    if (active.has(msg.id)) return
    void publish(msg)
  })
  stream.on('error', (err: grpc.ServiceError) => {
    if (!closed && err.code !== grpc.status.CANCELLED) o.log(`log subscriptions ended: ${err.details || err.message}; this node's logs are unavailable until the next session`)
  })

  async function publish(msg: v1.SubscriptionMessage): Promise<void> {
    const ac = new AbortController()
    const p = LogBrokerMethods.PublishLogs
    // The manager answering (early, when it no longer wants lines) also stops us.
    const call = o.client.makeClientStreamRequest(p.path, p.requestSerialize, p.responseDeserialize, () => ac.abort())
    call.on('error', () => ac.abort())
    let cut = false
    active.set(msg.id, {
      ac,
      cut: () => {
        cut = true
        call.cancel()
      },
    })
    const send = (lines: v1.LogLine[]) => call.write(new v1.PublishLogsMessage({ subscriptionId: msg.id, lines }))
    let batch: v1.LogLine[] = []
    let bytes = 0
    let timer: NodeJS.Timeout | null = null
    let ok = true
    const flush = () => {
      if (timer) clearTimeout(timer)
      timer = null
      if (batch.length === 0) return
      ok = send(batch) && ok
      batch = []
      bytes = 0
    }
    try {
      // First message names the subscription even when there is nothing to send.
      send([])
      const opts = msg.options
      const tail = opts && Number(opts.tail) >= 0 ? Number(opts.tail) : undefined
      const since = opts && Number(opts.sinceMs) > 0 ? Number(opts.sinceMs) : undefined
      const lines = o.source.read(msg.taskIds.filter((id) => o.source.owns(id)), { follow: !!opts?.follow, tail, since, signal: ac.signal })
      for await (const e of lines) {
        batch.push(new v1.LogLine({ taskId: e.taskId, stream: e.stream === 'stderr' ? 2 : 1, timeMs: e.time, data: e.line }))
        bytes += e.line.length
        if (batch.length >= BATCH_LINES || bytes >= BATCH_BYTES) flush()
        else if (!timer) timer = setTimeout(flush, BATCH_DELAY_MS)
        if (!ok) {
          // gRPC's buffer is full (a slow reader at the far end): wait for it to drain.
          await new Promise<void>((resolve) => {
            call.once('drain', resolve)
            ac.signal.addEventListener('abort', () => resolve(), { once: true })
          })
          ok = true
        }
      }
      if (cut) return
      flush()
      call.end()
    } catch (err) {
      if (cut) return
      o.log(`reading logs for subscription ${msg.id} failed: ${(err as Error).message}`)
      call.cancel()
    } finally {
      if (timer) clearTimeout(timer)
      active.delete(msg.id)
    }
  }

  return {
    close() {
      closed = true
      stream.cancel()
      for (const a of active.values()) {
        a.cut()
        a.ac.abort()
      }
      active.clear()
    },
  }
}
