// The cluster API's logic: what the REST handlers (and, later, the gRPC Control service)
// call. It validates, then writes desired state through the store; it never talks to
// orchestrators or agents directly, they react to the store.
import { TaskState } from '../agent/types'
import { ShoalError, invalid, notFound } from './errors'
import { newId } from './ids'
import { dirtyCheck, isLive, portsEqual } from './orchestrator/tasks'
import { globalSlots } from './orchestrator/global'
import { checkPortConflicts, removeNode, updateNode } from './node-control'
import { UpdateState } from './orchestrator/update'
import { v1, WriteBatch, type ClusterStore, type Node, type Service, type StoreView, type Task } from './store'
import { idOf } from './store'
import { generateJoinToken } from './ca/tokens'
import { planClusterRotation } from './ca-reconciler'
import type { ClusterSpecUpdate } from '../api/convert'
import { resolveReferences } from './files/control'
import { configKind, secretKind, type FileKind } from './files/kinds'
import { resolveServiceNetworks } from './network/control'
import { usesNetworking } from './allocator/needs'
import { mergeRaftSettings, raftConfigOf, raftSettingsOf } from './raft-config'
import { planAutolock } from './autolock'
import type { SecretsKey } from './secrets/key'
import { checkTaskLimit, swarmTaskLimit } from './bounds'
import { DesiredTaskCount } from './desired-tasks'
import { isGlobalMode, isJobMode } from './modes'
import { jobCounts } from './orchestrator/jobs'

export interface TaskFilter {
  service?: string[] // ids or names
  node?: string[]
  desiredState?: string[]
  id?: string[]
  // docker's "_up-to-date" filter (what `service update` progress asks for): only tasks
  // of their service's current template.
  upToDate?: boolean
}

// Resolves an id, a unique id prefix or a name, as docker does.
function resolve<T extends { meta?: v1.IMeta | null }>(all: T[], ref: string, nameOf: (o: T) => string, kind: string): T {
  const exact = all.find((o) => idOf(o) === ref) ?? all.find((o) => nameOf(o) === ref)
  if (exact) return exact
  const byPrefix = all.filter((o) => idOf(o).startsWith(ref))
  if (byPrefix.length === 1 && ref.length > 0) return byPrefix[0]
  if (byPrefix.length > 1) throw invalid(`${kind} ${ref} is ambiguous (${byPrefix.length} matches found)`)
  throw notFound(`${kind} ${ref} not found`)
}

export class Control {
  // What the services ask for in all, against the swarm's task limit.
  private readonly desired: DesiredTaskCount
  // The kinds of file a service's tasks may reference (secrets, configs): their
  // references are checked and resolved when the service is written.
  private readonly fileKinds: FileKind[]

  // secretsKey seals the unlock key autolock keeps in the cluster object.
  constructor(
    private readonly store: ClusterStore,
    private readonly secretsKey?: SecretsKey,
  ) {
    this.fileKinds = [secretKind(secretsKey), configKind]
    this.desired = new DesiredTaskCount(store)
  }

  // Refuses a service spec that would take the swarm past its task limit, else holds its
  // count until the write is seen (see DesiredTaskCount); returns the release for a write
  // that failed. A write that asks for no more than the service has now always passes, so
  // an operator can scale down a swarm that is over a lowered limit.
  private reserveTasks(id: string, spec: v1.IServiceSpec, current?: v1.IServiceSpec | null): () => void {
    const wanted = this.desired.demand(spec)
    const now = current ? this.desired.demand(current) : null
    if (!now || wanted.tasks > now.tasks || wanted.bytes > now.bytes) {
      checkTaskLimit(spec.annotations?.name ?? '', wanted, this.desired.othersThan(id), this.desired.limit(), isGlobalMode(spec.mode))
    }
    return this.desired.reserve(id, spec)
  }

  view(): StoreView {
    return this.store.view()
  }

  // An exact id or name is an index lookup; only an id prefix needs the whole table.
  getService(ref: string, view = this.store.view()): Service {
    return (
      view.get('services', ref) ??
      view.find('services', 'name', ref)[0] ??
      resolve(view.list('services'), ref, (s) => s.spec?.annotations?.name ?? '', 'service')
    )
  }

  getNode(ref: string, view = this.store.view()): Node {
    return view.get('nodes', ref) ?? resolve(view.list('nodes'), ref, (n) => n.description?.hostname ?? '', 'node')
  }

  getTask(ref: string, view = this.store.view()): Task {
    return view.get('tasks', ref) ?? resolve(view.list('tasks'), ref, () => '', 'task')
  }

  async createService(spec: v1.ServiceSpec): Promise<Service> {
    const name = spec.annotations!.name as string
    // The name check is one index read, straight from the store: no read transaction, and
    // nothing decoded (only whether the name is taken matters). The checks that read more
    // (published ports, secret references) share one view, made only when the spec has any.
    if (this.store.raft.find('services', 'name', name).length > 0) throw new ShoalError('AlreadyExists', `name conflicts with an existing object: service ${name} already exists`)
    let view: StoreView | undefined
    const viewOf = () => (view ??= this.store.view())
    checkPortConflicts(spec, () => viewOf().list('services'))
    for (const kind of this.fileKinds) if (kind.refsOf(spec.task?.container).length > 0) resolveReferences(kind, spec, viewOf())
    if (usesNetworking(spec)) resolveServiceNetworks(spec, viewOf())
    const service = new v1.Service({ meta: new v1.Meta({ id: newId() }), spec, specVersion: 1 })
    if (isJobMode(spec.mode)) service.jobStatus = new v1.JobStatus({ jobIteration: 1, lastExecution: Date.now() })
    const release = this.reserveTasks(idOf(service), spec)
    const batch = new WriteBatch()
    batch.create('services', service)
    // The unique name index refuses a racing twin. What was committed is this object at
    // the commit's index: no need to read it back.
    try {
      service.meta!.version = await this.store.commit(batch)
    } catch (err) {
      release()
      throw err
    }
    return service
  }

  // `version` is the version the client read (docker's ?version=): an update based on an
  // older read is refused rather than silently undoing someone else's change.
  // With `rollback` (docker's ?rollback=previous) `spec` is ignored: the previous spec
  // comes back and is rolled out with the service's RollbackConfig.
  async updateService(ref: string, version: number, spec: v1.ServiceSpec | null, opts: { rollback?: boolean } = {}): Promise<Service> {
    const view = this.store.view()
    const service = this.getService(ref, view)
    if (!Number.isInteger(version) || version <= 0) throw invalid('update requires the version of the service being updated (?version=)')
    if (Number(service.meta!.version) !== version)
      throw new ShoalError('Conflict', `update out of sequence: service ${service.spec!.annotations!.name} is at version ${service.meta!.version}, not ${version}`)
    const current = service.spec!
    if (opts.rollback) {
      if (!service.previousSpec) throw new ShoalError('FailedPrecondition', `service ${current.annotations!.name} does not have a previous spec`)
      spec = service.previousSpec as v1.ServiceSpec
    } else if (!spec) throw invalid('missing service spec')
    if (spec.annotations!.name !== current.annotations!.name) throw invalid('renaming a service is not supported')
    if (spec.mode !== current.mode) throw invalid(`service mode cannot change (from ${current.mode} to ${spec.mode})`)
    checkPortConflicts(spec, () => view.list('services'), idOf(service))
    for (const kind of this.fileKinds) resolveReferences(kind, spec, view)
    resolveServiceNetworks(spec, view)
    const release = this.reserveTasks(idOf(service), spec, current)
    const taskChanged = !taskSpecEqual(current.task, spec.task) || !portsEqual(current.endpoint?.ports, spec.endpoint?.ports)
    service.previousSpec = current
    service.spec = spec
    if (taskChanged) service.specVersion = Number(service.specVersion) + 1
    // As SwarmKit: an update clears the rollout status (the updater starts a new rollout
    // if tasks are now outdated; an unfinished or paused one is resumed that way); a
    // rollback starts one, rolled out with the RollbackConfig.
    service.updateStatus = opts.rollback
      ? new v1.UpdateStatus({ state: UpdateState.ROLLBACK_STARTED, startedAt: Date.now(), message: 'manually requested rollback' })
      : null
    // As docker's: every update of a job runs it again, as a new iteration (orchestrator/jobs.ts).
    if (isJobMode(spec.mode)) {
      service.updateStatus = null
      service.jobStatus = new v1.JobStatus({ jobIteration: Number(service.jobStatus?.jobIteration ?? 0) + 1, lastExecution: Date.now() })
    }
    const batch = new WriteBatch()
    batch.update('services', service)
    try {
      await this.store.commit(batch)
    } catch (err) {
      release()
      throw err
    }
    return this.getService(idOf(service))
  }

  // Deletes the service and, in the same write, tells its tasks to go; the task reaper
  // removes them from the store once their agents have stopped them.
  async removeService(ref: string): Promise<void> {
    await this.store.writeFresh((batch, view) => {
      const service = this.getService(ref, view)
      batch.delete('services', idOf(service), Number(service.meta!.version))
      for (const t of view.find('tasks', 'service', idOf(service))) {
        if (t.desiredState < TaskState.REMOVE) {
          t.desiredState = TaskState.REMOVE
          batch.update('tasks', t)
        }
      }
    })
  }

  // POST /swarm/update: `version` is the cluster version the client read, as for
  // services. Rotating a join token invalidates the old one for future joins; nodes
  // already in the swarm are unaffected (they hold certificates, not tokens).
  async updateCluster(version: number, update: ClusterSpecUpdate, rotate: { worker?: boolean; manager?: boolean; unlockKey?: boolean } = {}): Promise<void> {
    const cluster = this.store.view().list('clusters')[0]
    if (!cluster) throw new ShoalError('Unavailable', 'the swarm is still initialising')
    if (!Number.isInteger(version) || version <= 0) throw invalid('update requires the version of the swarm being updated (?version=)')
    if (Number(cluster.meta!.version) !== version)
      throw new ShoalError('Conflict', `update out of sequence: the swarm is at version ${cluster.meta!.version}, not ${version}`)
    const spec = cluster.spec ?? new v1.ClusterSpec()
    // A root rotation (or its end) is decided, and every bad input refused, before anything is written.
    const ca = await planClusterRotation(cluster, update, this.secretsKey)
    const lock = planAutolock(cluster, update.autoLockManagers, !!rotate.unlockKey, this.secretsKey)
    if (update.externalCas?.length === 0 && !cluster.rootCaKeyPem) {
      throw invalid('this swarm does not hold its root CA key: it needs at least one external CA (--external-ca) to sign certificates')
    }
    if (update.externalCas !== undefined) spec.externalCas = update.externalCas.map((ca) => new v1.ExternalCA(ca))
    // Checked first and as a whole (election > heartbeat, ...): a bad value changes nothing.
    if (update.raft) spec.raft = raftConfigOf(mergeRaftSettings(raftSettingsOf(spec), update.raft))
    if (update.labels) spec.annotations = new v1.Annotations({ name: spec.annotations?.name || 'default', labels: update.labels })
    if (update.heartbeatPeriodMs !== undefined) spec.heartbeatPeriodMs = update.heartbeatPeriodMs
    if (update.nodeCertExpiryMs !== undefined) spec.nodeCertExpiryMs = update.nodeCertExpiryMs
    if (update.taskHistoryLimit !== undefined) spec.taskHistoryLimit = update.taskHistoryLimit
    // Sent back unchanged (shoal's CLI returns the spec it read), the limit stays as stored:
    // a default is not pinned by an unrelated update.
    if (update.taskLimit !== undefined && update.taskLimit !== swarmTaskLimit(cluster)) spec.taskLimit = update.taskLimit
    if (update.forceRotate !== undefined) spec.caForceRotate = update.forceRotate
    if (lock) {
      spec.encryptionConfig = new v1.EncryptionConfig({ autoLockManagers: lock.autoLockManagers })
      cluster.sealedUnlockKey = lock.sealedUnlockKey
    }
    cluster.spec = spec
    if (ca) Object.assign(cluster, ca)
    const tokens = cluster.joinTokens ?? new v1.JoinTokens()
    if (rotate.worker) tokens.worker = generateJoinToken(cluster.rootCaCertPem)
    if (rotate.manager) tokens.manager = generateJoinToken(cluster.rootCaCertPem)
    cluster.joinTokens = tokens
    const batch = new WriteBatch()
    batch.update('clusters', cluster)
    await this.store.commit(batch)
  }

  // POST /nodes/{id}/update: role, availability and labels (docker's NodeSpec).
  async updateNode(ref: string, version: number, spec: v1.NodeSpec): Promise<Node> {
    const view = this.store.view()
    const node = this.getNode(ref, view)
    await updateNode(this.store, node, version, spec, view)
    return this.getNode(idOf(node))
  }

  // DELETE /nodes/{id}[?force=1].
  async removeNode(ref: string, force: boolean): Promise<void> {
    await removeNode(this.store, this.getNode(ref), force)
  }

  listTasks(filter: TaskFilter = {}, view = this.store.view()): Task[] {
    let tasks: Task[]
    if (filter.service?.length) {
      const services = view.list('services')
      tasks = filter.service.flatMap((ref) => view.find('tasks', 'service', resolve(services, ref, (s) => s.spec?.annotations?.name ?? '', 'service').meta!.id!))
    } else tasks = view.list('tasks')
    if (filter.node?.length) {
      const nodes = view.list('nodes')
      const ids = new Set(filter.node.map((ref) => resolve(nodes, ref, (n) => n.description?.hostname ?? '', 'node').meta!.id))
      tasks = tasks.filter((t) => ids.has(t.nodeId))
    }
    if (filter.desiredState?.length) {
      const wanted = new Set(filter.desiredState.map((s) => s.toLowerCase()))
      tasks = tasks.filter((t) => wanted.has((TaskState[t.desiredState] ?? '').toLowerCase()))
    }
    if (filter.id?.length) tasks = tasks.filter((t) => filter.id!.some((p) => idOf(t).startsWith(p)))
    if (filter.upToDate) {
      const checks = new Map<string, ((t: Task) => boolean) | null>()
      tasks = tasks.filter((t) => {
        if (!checks.has(t.serviceId)) {
          const s = view.get('services', t.serviceId)
          checks.set(t.serviceId, s ? dirtyCheck(s) : null)
        }
        const isDirty = checks.get(t.serviceId)
        return isDirty ? !isDirty(t) : false
      })
    }
    return tasks
  }

  // Running, desired and completed task counts (docker's ServiceStatus).
  serviceCounts(service: Service, view = this.store.view()): { running: number; desired: number; completed: number } {
    const tasks = view.find('tasks', 'service', idOf(service))
    if (isJobMode(service.spec?.mode)) return jobCounts(service, tasks)
    let running = 0
    let completed = 0
    for (const t of tasks) {
      const st = t.status?.state ?? 0
      if (isLive(t) && st === TaskState.RUNNING) running++
      if (st === TaskState.COMPLETE) completed++
    }
    const desired =
      service.spec?.mode === 'global'
        ? globalSlots(service, view.list('nodes'), tasks).length // the nodes that should run one
        : Number(service.spec?.replicas ?? 0)
    return { running, desired, completed }
  }
}

function taskSpecEqual(a: v1.ITaskSpec | null | undefined, b: v1.ITaskSpec | null | undefined): boolean {
  const enc = (t: v1.ITaskSpec | null | undefined) => Buffer.from(v1.TaskSpec.encode(new v1.TaskSpec(t ?? {})).finish())
  return enc(a).equals(enc(b))
}
