// The client workload of a chaos run: a few clients, each a loop of operations against a
// manager drawn at random (followers forward writes to the leader), recorded in the
// history with invocation, completion and outcome. Objects: a few services (created with
// a replica count, updated, scaled, rolled back, removed, read), a few secrets (created,
// removed, read) and the nodes (labels updated, read). Every write sets the object's
// "chaos.v" label to a value no other write uses, which is what the checker's model
// follows. Bounded: it stops when told, and each request times out after 10 s.
//
// A client retries as a well-behaved one does (issue 15): an operation whose attempt gets
// no definite answer is tried again, at the next manager, for RETRY_BOUND_MS after that
// first failure; a write carries a request id (X-Shoal-Request-Id) that every attempt
// repeats, so it takes effect at most once. The whole is one operation in the history,
// from the first invocation to the last answer. What each first attempt met is recorded
// (OpRecord.first), so the run counts the operations that failed during faults and how
// many a retry within the bound saved: the goal is that a manager that answers never
// fails an operation a retry would have saved (it rides through the leader change itself).
import { randomUUID } from 'node:crypto'
import { request } from '../__test__/helpers/daemon'
import type { ChaosCluster, Member } from './cluster'
import { classify, type Attempt, type History, type OpName, type OpRecord } from './history'
import type { Nemesis } from './nemesis'
import { Random } from './random'

export const SERVICES = ['svc-a', 'svc-b', 'svc-c', 'svc-d', 'svc-e', 'svc-f']
export const SECRETS = ['sec-a', 'sec-b', 'sec-c']
export const LABEL = 'chaos.v'
// Two election timeouts at the default Raft settings (src/manager/raft-config.ts: 10 ticks
// of 100 ms): the bound a manager holds a write for while the leader changes.
export const RETRY_BOUND_MS = 2000
const RETRY_EVERY_MS = 200
// What a task runs: a process nothing else on the machine runs (see invariants.ts).
export const TASK_ARGS = ['3601']

// With --overlay: the overlay network these services' tasks attach to (each task then runs
// in a network namespace of its own, with an address and a VXLAN path to the others).
export const NETWORK = 'chaos-net'
export const OVERLAY_SERVICES = ['svc-e', 'svc-f']

// With --containers: these services run containers (containerd), the others processes.
export const CONTAINER_SERVICES = ['svc-f']

export interface WorkloadShape {
  network: string | null // OVERLAY_SERVICES attach to it
  image: string | null // CONTAINER_SERVICES run it
}

export const serviceSpec = (name: string, value: string, replicas: number, shape: WorkloadShape = { network: null, image: null }) => ({
  Name: name,
  Labels: { [LABEL]: value },
  TaskTemplate: {
    ...(shape.image && CONTAINER_SERVICES.includes(name)
      ? { ContainerSpec: { Image: shape.image, Args: ['sleep', ...TASK_ARGS], StopGracePeriod: 1_000_000_000 } }
      : { Runtime: 'process', ContainerSpec: { Image: 'sleep', Args: TASK_ARGS } }),
    RestartPolicy: { Condition: 'any', Delay: 500_000_000 },
    ...(shape.network && OVERLAY_SERVICES.includes(name) ? { Networks: [{ Target: shape.network }] } : {}),
  },
  Mode: { Replicated: { Replicas: replicas } },
})

type WorkKind = 'read' | 'create' | 'update' | 'scale' | 'rollback' | 'remove' | 'secret-create' | 'secret-remove' | 'secret-read' | 'node-update' | 'node-read'
const MIX: Record<WorkKind, number> = {
  read: 24,
  create: 12,
  update: 12,
  scale: 8,
  rollback: 6,
  remove: 6,
  'secret-create': 6,
  'secret-remove': 4,
  'secret-read': 6,
  'node-update': 5,
  'node-read': 5,
}

export class Workload {
  private stopped = false
  private running: Promise<void>[] = []
  readonly counts: Partial<Record<WorkKind, number>> = {}

  constructor(
    private readonly cluster: ChaosCluster,
    private readonly history: History,
    private readonly nemesis: Nemesis,
    private readonly seed: number,
    private readonly shape: WorkloadShape = { network: null, image: null },
  ) {}

  start(clients: number): void {
    this.stopped = false
    this.running = Array.from({ length: clients }, (_, i) => this.client(i))
  }

  async stop(): Promise<void> {
    this.stopped = true
    await Promise.all(this.running)
  }

  private async client(id: number): Promise<void> {
    const rng = new Random(this.seed * 1000 + id + 1)
    for (let seq = 0; !this.stopped; seq++) {
      const m = rng.pick(this.cluster.managerMembers)
      const kind = rng.weighted(MIX)
      this.counts[kind] = (this.counts[kind] ?? 0) + 1
      const value = `c${id}-${seq}`
      await this.operate(id, m, kind, value, rng)
      await new Promise((r) => setTimeout(r, rng.int(20, 150)))
    }
  }

  private async operate(client: number, m: Member, kind: WorkKind, value: string, rng: Random): Promise<void> {
    const svc = `service:${rng.pick(SERVICES)}`
    const name = svc.slice('service:'.length)
    switch (kind) {
      case 'read':
        await this.readService(client, m, name)
        return
      case 'create':
        await this.op(client, m, svc, 'create', { value }, 'POST', '/services/create', serviceSpec(name, value, rng.int(0, 2), this.shape))
        return
      case 'update':
      case 'scale':
      case 'rollback': {
        const seen = await this.readService(client, m, name)
        if (!seen) return
        const spec = { ...seen.spec, Labels: { ...seen.spec.Labels, [LABEL]: value } }
        if (kind === 'scale') spec.Mode = { Replicated: { Replicas: rng.int(0, 2) } }
        if (kind === 'rollback') await this.op(client, m, svc, 'rollback', { expect: seen.value }, 'POST', `/services/${name}/update?version=${seen.version}&rollback=previous`, seen.spec)
        else await this.op(client, m, svc, 'update', { value, expect: seen.value }, 'POST', `/services/${name}/update?version=${seen.version}`, spec)
        return
      }
      case 'remove':
        await this.op(client, m, svc, 'remove', {}, 'DELETE', `/services/${name}`)
        return
      case 'secret-create': {
        const s = rng.pick(SECRETS)
        await this.op(client, m, `secret:${s}`, 'create', { value }, 'POST', '/secrets/create', { Name: s, Labels: { [LABEL]: value }, Data: Buffer.from(value).toString('base64') })
        return
      }
      case 'secret-remove': {
        const s = rng.pick(SECRETS)
        await this.op(client, m, `secret:${s}`, 'remove', {}, 'DELETE', `/secrets/${s}`)
        return
      }
      case 'secret-read': {
        const s = rng.pick(SECRETS)
        await this.op(client, m, `secret:${s}`, 'read', {}, 'GET', `/secrets/${s}`)
        return
      }
      case 'node-read':
      case 'node-update': {
        const node = rng.pick(this.cluster.members).nodeId
        const seen = await this.op(client, m, `node:${node}`, 'read', {}, 'GET', `/nodes/${node}`)
        if (kind === 'node-read' || seen?.status !== 200) return
        const spec = { ...seen.body.Spec, Labels: { ...seen.body.Spec.Labels, [LABEL]: value } }
        await this.op(client, m, `node:${node}`, 'update', { value, expect: seen.body.Spec.Labels?.[LABEL] ?? '' }, 'POST', `/nodes/${node}/update?version=${seen.body.Version.Index}`, spec)
        return
      }
    }
  }

  // A read of a service, recorded; what a following update needs from it.
  private async readService(client: number, m: Member, name: string): Promise<{ spec: any; version: number; value: string } | null> {
    const r = await this.op(client, m, `service:${name}`, 'read', {}, 'GET', `/services/${name}`)
    if (r?.status !== 200) return null
    return { spec: r.body.Spec, version: r.body.Version.Index, value: r.body.Spec.Labels?.[LABEL] ?? '' }
  }

  // One request, recorded. Reads record what they saw (value, and a service's previous
  // spec's value); their answer is returned for the caller's next step.
  // `retry`: false for the final reads, made once all is quiet.
  async op(client: number, m: Member, key: string, op: OpName, args: { value?: string; expect?: string }, method: string, path: string, body?: unknown, retry = true) {
    const faults = [...this.nemesis.active]
    const cutOff = this.nemesis.cutOff.has(m.name)
    const headers = op === 'read' ? {} : { 'x-shoal-request-id': randomUUID() }
    const call = this.history.now()
    const attempt = async (at: Member): Promise<Attempt> => {
      try {
        return await request(at.daemon.socket, method, path, body, headers)
      } catch (err) {
        return { error: err as Error & { code?: string } }
      }
    }
    let a = await attempt(m)
    let c = classify(op, a)
    const first = c.outcome === 'ok' ? undefined : { outcome: c.outcome, error: c.error ?? '' }
    let attempts = 1
    let server = m
    if (first && retry) {
      const managers = this.cluster.managerMembers
      const deadline = Date.now() + RETRY_BOUND_MS
      for (let i = managers.indexOf(m) + 1; c.outcome !== 'ok' && Date.now() < deadline && !this.stopped; i++) {
        await new Promise((r) => setTimeout(r, RETRY_EVERY_MS))
        server = managers[i % managers.length]
        a = await attempt(server)
        c = classify(op, a)
        attempts++
      }
    }
    const ret = this.history.now()
    const rec: OpRecord = { client, key, op, ...args, call, return: ret, outcome: c.outcome, server: server.name, faults }
    if (c.status) rec.status = c.status
    if (c.error) rec.error = c.error
    if (first) rec.first = { ...first, server: m.name, attempts, ...(cutOff ? { cutOff } : {}) }
    if (op === 'read' && 'status' in a && a.status === 200) {
      rec.out = a.body.Spec?.Labels?.[LABEL] ?? ''
      if (key.startsWith('service:')) rec.prev = a.body.PreviousSpec?.Labels?.[LABEL] ?? ''
    }
    this.history.add(rec)
    return 'status' in a ? a : null
  }
}
