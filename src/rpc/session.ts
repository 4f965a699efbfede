// A worker's agent session with a manager's dispatcher, over gRPC and mutual TLS.
//
//   - Opens Dispatcher.Session with the node's description; the first message carries
//     the session id, the heartbeat period and the complete assignment set; later ones
//     carry changes. Every change is applied to the agent as a complete set (its API).
//   - Heartbeats at the period the manager sets (it may change with every answer).
//   - Sends task status in batches: what the agent reports is merged per task (latest
//     state wins, states only move forward) and goes out one UpdateTaskStatus at a time,
//     so whatever arrives during a call rides the next one. Nothing is lost while
//     disconnected; it is sent once a session is up again, and every task's last status
//     is sent again at the start of each session (a report the old leader acknowledged
//     may not have been committed).
//   - On any failure (stream error, heartbeat failure, manager gone) it closes the
//     session and reconnects with bounded, jittered exponential backoff, cycling through
//     the known manager addresses. Tasks keep running throughout: only the manager's
//     assignments stop or start them.
import * as grpc from '@grpc/grpc-js'
import { MANAGER_ROLE } from '../manager/ca/identity'
import { containerStatusOf, toAssigned } from '../manager/dispatcher'
import { toFileData } from '../manager/files/delivery'
import { toLoadBalancerState } from '../manager/network/delivery'
import type { LoadBalancerState } from '../agent/network/types'
import type { FileData } from '../agent/files'
import { v1 } from '../manager/store'
import type { AssignedTask, TaskStatusUpdate } from '../agent/types'
import { Dispatcher, grpcDetails, unary } from './services'
import { serveLogSubscriptions, type AgentLogSource } from './logs'
import { channelOptions, clientCredentials, type TlsIdentity } from './tls'

export interface RemoteSessionOptions {
  managers: string[] // host:port of the managers' swarm listeners
  rootPem: string
  identity: TlsIdentity
  // This node as the scheduler sees it; asked for on every (re)connection.
  description: () => Promise<v1.INodeDescription>
  addr: string // the IP other nodes reach this one at; '' lets the manager pick
  // The node's complete task set, the secrets and configs they need (in memory only) and
  // the node's network state (src/agent/network/types.ts).
  assign: (tasks: AssignedTask[], files: { secrets: FileData[]; configs: FileData[] }, network: LoadBalancerState) => Promise<void>
  // The managers the cluster currently has, whenever a manager says so.
  onManagers?: (addrs: string[]) => void
  // The cluster's answer to each heartbeat names this node's role: called with it.
  onRole?: (role: string) => void
  // ... and the roots to trust, and whether a root rotation wants a new certificate.
  onCA?: (advice: { trustRoot: string; renewCertificate: boolean }) => void
  // The last status of every task the agent knows, re-reported at the start of every
  // session: a manager acknowledges a report when it queues it, and one that loses its
  // leadership (or is killed) before committing it loses it; the new leader would keep
  // the task's older state for good (SwarmKit's worker.Listen re-reports everything too).
  statuses?: () => TaskStatusUpdate[]
  // The agent's task logs, served to the manager for `service logs` (src/rpc/logs.ts).
  logs?: AgentLogSource
  log?: (message: string) => void
  initialBackoffMs?: number // default 200
  maxBackoffMs?: number // default 8000
  // How long a new session may take to produce its first message. Default 10 s.
  openTimeoutMs?: number
}

// Updates per UpdateTaskStatus call: one call must stay well below message size limits
// and one store proposal; more simply take more calls.
const STATUS_BATCH = 2000

interface Live {
  client: grpc.Client
  sessionId: string
  stream: grpc.ClientReadableStream<v1.SessionMessage>
}

// How a manager that is not the leader refuses a session (Manager.dispatcher).
const LEADER_HINT = /this manager is not the leader; try (\S+)/

export class RemoteSession {
  private managers: string[]
  private readonly pending = new Map<string, TaskStatusUpdate>()
  private live: Live | null = null
  private closed = false
  private loopDone: Promise<void> = Promise.resolve()
  private sending: Promise<void> | null = null
  private retryTimer: NodeJS.Timeout | null = null
  private wake: (() => void) | null = null
  private readonly log: (message: string) => void
  private connectedOnce = false
  private identity: TlsIdentity
  private rootPem: string
  // Set when the session is ended on purpose to reconnect at once (a new certificate).
  private restarting = false

  constructor(private readonly opts: RemoteSessionOptions) {
    if (opts.managers.length === 0) throw new Error('a remote session needs at least one manager address')
    this.managers = [...opts.managers]
    this.log = opts.log ?? ((m) => console.error(`agent session: ${m}`))
    this.identity = opts.identity
    this.rootPem = opts.rootPem
  }

  // A renewed certificate (src/rpc/renewal.ts). The manager authorises every call by the
  // certificate its connection was opened with, so the session starts over on a new
  // connection that presents the new one. Tasks are unaffected: the new session carries
  // the same assignments. A new trust root (root rotation) restarts it the same way, and
  // the new session reports what the node now trusts.
  updateIdentity(identity: TlsIdentity, rootPem = this.rootPem): void {
    this.identity = identity
    this.rootPem = rootPem
    if (!this.live) return // the next attempt uses it anyway
    this.restarting = true
    this.live.stream.cancel()
  }

  start(): void {
    this.loopDone = this.loop()
  }

  connected(): boolean {
    return this.live !== null
  }

  // The agent's report function: queue, and send if a session is up.
  report(updates: TaskStatusUpdate[]): void {
    for (const u of updates) {
      const prev = this.pending.get(u.taskId)
      if (!prev || u.state >= prev.state) this.pending.set(u.taskId, u)
    }
    void this.flushStatus()
  }

  // Ends the session. Status already queued gets up to flushMs to reach the manager (a
  // restarted agent re-reports every task anyway, so this only saves a round trip).
  async close(flushMs = 1000): Promise<void> {
    if (this.live && this.pending.size > 0) {
      const deadline = Date.now() + flushMs
      while (this.live && this.pending.size > 0 && Date.now() < deadline) {
        await (this.sending ?? this.flushStatus())
        if (this.pending.size > 0) await sleep(20)
      }
    }
    this.closed = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.live?.stream.cancel()
    this.wake?.()
    await this.loopDone
  }

  private async loop(): Promise<void> {
    const initial = this.opts.initialBackoffMs ?? 200
    const max = this.opts.maxBackoffMs ?? 8000
    let backoff = initial
    let next = 0
    // While a manager stays unreachable, the same failure is logged once a minute, not
    // on every attempt.
    let lastFailure = ''
    let lastLoggedAt = 0
    while (!this.closed) {
      const addr = this.managers[next % this.managers.length]
      next++
      try {
        await this.run(addr, () => {
          backoff = initial
          lastFailure = ''
          if (this.connectedOnce) this.log(`session with manager ${addr} established`)
          this.connectedOnce = true
        })
        if (!this.closed) this.log(`session with manager ${addr} ended`)
      } catch (err) {
        if (this.restarting) {
          this.restarting = false
          next-- // at once, to the same manager
          continue
        }
        const details = grpcDetails(err)
        // A manager that does not lead names the one that does: go there next, even if
        // this node never heard of it (it joined after this node's last session told it
        // the managers; cycling through the old list alone never reached it, found by the
        // chaos runs, docs/RELIABILITY.md).
        const leader = LEADER_HINT.exec(details)?.[1]
        if (leader) {
          if (!this.managers.includes(leader)) this.managers = [...this.managers, leader]
          next = this.managers.indexOf(leader)
          backoff = initial
        }
        const failure = `session with manager ${addr} failed: ${details.replace(/\s*Resolution note:\s*$/, '')}`
        if (!this.closed && (failure !== lastFailure || Date.now() - lastLoggedAt > 60_000)) {
          this.log(failure)
          lastLoggedAt = Date.now()
        }
        lastFailure = failure
      }
      if (this.closed) break
      // Equal jitter: half the backoff fixed, half random, so a cluster's workers that
      // lost the same manager do not come back in one wave.
      await this.sleep(backoff / 2 + Math.random() * (backoff / 2))
      backoff = Math.min(max, backoff * 2)
    }
  }

  // One session: resolves or rejects when it ends.
  private async run(addr: string, established: () => void): Promise<void> {
    const { identity, rootPem } = this
    const description = await this.opts.description()
    const client = new grpc.Client(addr, clientCredentials(rootPem, identity), channelOptions(MANAGER_ROLE))
    let heartbeatTimer: NodeJS.Timeout | null = null
    let logSubscriptions = null as { close(): void } | null // set in a callback: no narrowing to null
    try {
      await new Promise<void>((resolve, reject) => {
        const m = Dispatcher.Session
        const stream = client.makeServerStreamRequest(
          m.path,
          m.requestSerialize,
          m.responseDeserialize,
          new v1.SessionRequest({ description, addr: this.opts.addr }),
        )
        let sessionId = ''
        const tasks = new Map<string, v1.Task>()
        const secrets = new Map<string, FileData>()
        const configs = new Map<string, FileData>()
        let network: LoadBalancerState = { networks: [] }
        const openTimer = setTimeout(() => {
          stream.cancel()
          reject(new Error(`no session from ${addr} within ${this.opts.openTimeoutMs ?? 10_000} ms`))
        }, this.opts.openTimeoutMs ?? 10_000)

        const heartbeat = (periodMs: number) => {
          heartbeatTimer = setTimeout(async () => {
            if (this.live?.sessionId !== sessionId) return
            try {
              // The deadline leaves room for a busy manager but fails well before the
              // manager's grace period would run out.
              const res = await unary(client, Dispatcher.Heartbeat, new v1.HeartbeatRequest({ sessionId }), Math.max(2000, 2 * periodMs))
              if (res.role) this.opts.onRole?.(res.role)
              if (res.trustRoot) this.opts.onCA?.({ trustRoot: res.trustRoot, renewCertificate: res.renewCertificate })
              heartbeat(Number(res.periodMs) || periodMs)
            } catch (err) {
              this.log(`heartbeat to ${addr} failed: ${grpcDetails(err)}`)
              stream.cancel() // ends this session; the loop reconnects
            }
          }, periodMs)
        }

        stream.on('data', (msg: v1.SessionMessage) => {
          if (!sessionId) {
            sessionId = msg.sessionId
            clearTimeout(openTimer)
            this.live = { client, sessionId, stream }
            // A certificate or trust root that changed while this session was opening
            // (updateIdentity found no live session to restart): start over with it, so
            // the manager sees the certificate and the description the node now has.
            if (this.identity !== identity || this.rootPem !== rootPem) {
              this.restarting = true
              stream.cancel()
              return
            }
            established()
            heartbeat(Number(msg.heartbeatPeriodMs) || 5000)
            if (this.opts.logs) logSubscriptions = serveLogSubscriptions({ client, sessionId, source: this.opts.logs, log: this.log })
            // Queued behind anything newer already pending (report() keeps the latest).
            if (this.opts.statuses) this.report(this.opts.statuses())
            else void this.flushStatus()
          }
          if (msg.managers.length > 0) this.learnManagers(msg.managers.map((p) => p.addr ?? ''))
          const a = msg.assignments
          if (!a) return
          if (a.type === v1.AssignmentSet.Type.COMPLETE) {
            tasks.clear()
            secrets.clear()
            configs.clear()
          }
          for (const id of a.removed ?? []) tasks.delete(id)
          for (const id of a.removedSecrets ?? []) secrets.delete(id)
          for (const s of a.secrets ?? []) secrets.set(s.meta?.id ?? '', toFileData(s))
          for (const id of a.removedConfigs ?? []) configs.delete(id)
          for (const c of a.configs ?? []) configs.set(c.meta?.id ?? '', toFileData(c))
          // Always whole when present (absent: unchanged).
          if (a.networkState) network = toLoadBalancerState(a.networkState)
          // Decoded nested messages are Task instances; the typings only promise their fields.
          for (const t of (a.tasks ?? []) as v1.Task[]) tasks.set(t.meta!.id!, t)
          this.opts.assign([...tasks.values()].map(toAssigned), { secrets: [...secrets.values()], configs: [...configs.values()] }, network).catch((err) => this.log(`applying assignments failed: ${(err as Error).message}`))
        })
        stream.on('error', (err) => {
          clearTimeout(openTimer)
          reject(err)
        })
        stream.on('end', () => {
          clearTimeout(openTimer)
          resolve()
        })
      })
    } finally {
      if (heartbeatTimer) clearTimeout(heartbeatTimer)
      logSubscriptions?.close()
      this.live = null
      client.close()
    }
  }

  private learnManagers(addrs: string[]): void {
    const next = [...new Set(addrs.filter(Boolean))]
    if (next.length === 0 || (next.length === this.managers.length && next.every((a, i) => a === this.managers[i]))) return
    this.managers = next
    this.opts.onManagers?.(next)
  }

  private flushStatus(): Promise<void> {
    if (this.sending) return this.sending
    const live = this.live
    if (!live || this.pending.size === 0) return Promise.resolve()
    const batch: TaskStatusUpdate[] = []
    for (const u of this.pending.values()) {
      batch.push(u)
      if (batch.length >= STATUS_BATCH) break
    }
    for (const u of batch) this.pending.delete(u.taskId)
    const req = new v1.UpdateTaskStatusRequest({
      sessionId: live.sessionId,
      updates: batch.map(
        (u) =>
          new v1.TaskStatusUpdate({
            taskId: u.taskId,
            status: new v1.TaskStatus({
              timestamp: u.timestamp,
              state: u.state,
              message: u.message,
              err: u.err ?? '',
              container: containerStatusOf(u),
            }),
          }),
      ),
    })
    this.sending = (async () => {
      let again = true
      try {
        await unary(live.client, Dispatcher.UpdateTaskStatus, req, 10_000)
      } catch (err) {
        if ((err as grpc.ServiceError).code === grpc.status.PERMISSION_DENIED) {
          // The manager refuses these outright (not our tasks): retrying cannot help.
          this.log(`task status refused: ${grpcDetails(err)}`)
        } else {
          // Keep them, unless something newer arrived meanwhile, and try again shortly
          // (or on the next session, if this one is going away).
          for (const u of batch) {
            const newer = this.pending.get(u.taskId)
            if (!newer || newer.state < u.state) this.pending.set(u.taskId, u)
          }
          again = false
          if (!this.closed && !this.retryTimer) {
            this.retryTimer = setTimeout(() => {
              this.retryTimer = null
              void this.flushStatus()
            }, 1000)
          }
        }
      } finally {
        this.sending = null
      }
      if (again && this.pending.size > 0) await this.flushStatus()
    })()
    return this.sending
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null
        resolve()
      }, ms)
      this.wake = () => {
        clearTimeout(timer)
        this.wake = null
        resolve()
      }
    })
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

