// Builders of real store objects (v1.Node, v1.Task) for the scheduler's unit tests.
import { TaskState } from '../../src/agent/types'
import { v1, type Node, type Task } from '../../src/manager/store'

export interface NodeOptions {
  id: string
  hostname?: string
  role?: string
  availability?: string
  state?: string
  labels?: Record<string, string>
  engineLabels?: Record<string, string>
  runtimes?: string[]
  nanoCpus?: number
  memoryBytes?: number
  os?: string
  arch?: string
  addr?: string
  maxTasks?: number
}

export const GiB = 2 ** 30

export function node(o: NodeOptions): Node {
  return new v1.Node({
    meta: new v1.Meta({ id: o.id, version: 1 }),
    spec: new v1.NodeSpec({ role: o.role ?? 'worker', availability: o.availability ?? 'active', annotations: new v1.Annotations({ labels: o.labels ?? {} }) }),
    status: new v1.NodeStatus({ state: o.state ?? 'ready', addr: o.addr ?? '10.0.0.1' }),
    description: new v1.NodeDescription({
      hostname: o.hostname ?? o.id,
      platform: new v1.Platform({ os: o.os ?? 'linux', architecture: o.arch ?? 'x86_64' }),
      nanoCpus: o.nanoCpus ?? 4e9,
      memoryBytes: o.memoryBytes ?? 8 * GiB,
      runtimes: o.runtimes ?? ['process'],
      engineLabels: o.engineLabels ?? {},
      maxTasks: o.maxTasks ?? 0,
    }),
  })
}

export interface TaskOptions {
  id?: string
  service?: string
  slot?: number
  nodeId?: string
  state?: TaskState
  desired?: TaskState
  specVersion?: number
  runtime?: string
  constraints?: string[]
  spread?: string[]
  maxReplicas?: number
  platforms?: { os?: string; architecture?: string }[]
  reserveCpu?: number
  reserveMemory?: number
  ports?: { target: number; published?: number; mode?: string; protocol?: string }[]
  createdAt?: number
}

let seq = 0

export function task(o: TaskOptions = {}): Task {
  const id = o.id ?? `task${String(++seq).padStart(6, '0')}`
  return new v1.Task({
    meta: new v1.Meta({ id, version: 1, createdAt: o.createdAt ?? seq }),
    serviceId: o.service ?? 'svc',
    serviceName: o.service ?? 'svc',
    slot: o.slot ?? 1,
    nodeId: o.nodeId ?? '',
    specVersion: o.specVersion ?? 1,
    desiredState: o.desired ?? TaskState.RUNNING,
    status: new v1.TaskStatus({ state: o.state ?? TaskState.PENDING }),
    spec: new v1.TaskSpec({
      runtime: o.runtime ?? 'process',
      container: new v1.ProcessSpec({ image: 'sleep' }),
      placement: new v1.Placement({
        constraints: o.constraints ?? [],
        preferences: (o.spread ?? []).map((d) => new v1.PlacementPreference({ spreadDescriptor: d })),
        maxReplicas: o.maxReplicas ?? 0,
        platforms: (o.platforms ?? []).map((p) => new v1.Platform(p)),
      }),
      resources: new v1.ResourceRequirements({
        reservations: new v1.Resources({ nanoCpus: o.reserveCpu ?? 0, memoryBytes: o.reserveMemory ?? 0 }),
      }),
    }),
    ports: (o.ports ?? []).map(
      (p) => new v1.PortConfig({ targetPort: p.target, publishedPort: p.published ?? 0, publishMode: p.mode ?? 'host', protocol: p.protocol ?? 'tcp' }),
    ),
  })
}

// `count` pending tasks of one service, slots 1..count.
export function tasks(count: number, o: TaskOptions = {}): Task[] {
  return Array.from({ length: count }, (_, i) => task({ ...o, slot: (o.slot ?? 0) + i + 1 }))
}

// A task already running on a node.
export function running(nodeId: string, o: TaskOptions = {}): Task {
  return task({ state: TaskState.RUNNING, ...o, nodeId })
}

// Tasks per node id in a plan's assignments.
export function perNode(assigned: { nodeId: string }[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const a of assigned) out[a.nodeId] = (out[a.nodeId] ?? 0) + 1
  return out
}
