// The contract between the dispatcher (manager side) and the agent (node side), and
// between the agent and its executors. Plain data: it crosses gRPC in the multi-node
// issue, so nothing here holds functions or class instances.

import type { ConfigRef, SecretRef } from './files'
import type { NetworkAttachment, PublishedPort } from './network/types'

// Task states move forward only, in this order (SwarmKit's TaskState numbering).
export enum TaskState {
  NEW = 0,
  PENDING = 64,
  ASSIGNED = 192,
  ACCEPTED = 256,
  PREPARING = 320,
  READY = 384,
  STARTING = 448,
  RUNNING = 512,
  COMPLETE = 576,
  SHUTDOWN = 640,
  FAILED = 704,
  REJECTED = 768,
  REMOVE = 800,
  ORPHANED = 832,
}

export interface ProcessSpec {
  runtime: string // 'container' (an OCI image through containerd) | 'process' (a host executable)
  image: string // container: the image reference; process: the executable (a path or a name on PATH)
  args: string[]
  env: string[] // KEY=VALUE
  // How long shutdown waits between SIGTERM and SIGKILL; the agent's default (10 s, as
  // Docker's stop timeout) when absent.
  stopGracePeriodMs?: number
  // Files the task gets from secrets: references only (the data arrives beside the
  // assignments and stays in memory, src/agent/files.ts).
  secrets?: SecretRef[]
  // The service's log options (docker's LogDriver.Options: max-size, max-file), over the
  // node's defaults (logopts.ts).
  logOptions?: Record<string, string>
  // Files the task gets from configs, the same way.
  configs?: ConfigRef[]
  // The container runtime's part of the spec (docker's ContainerSpec); the process
  // runtime refuses a task that sets any of them.
  command?: string[] // replaces the image's Entrypoint (--entrypoint)
  hostname?: string // may hold docker's templates ({{.Task.Slot}}...)
  dir?: string // working directory
  user?: string // NAME|UID[:GROUP|GID] (oci-spec.ts resolveUser)
  mounts?: ContainerMount[]
  stopSignal?: string
  readOnly?: boolean
  capAdd?: string[]
  capDrop?: string[]
  networkMode?: string // 'host': the host's network namespace; '' a private one
  limits?: ResourceLimits
  healthcheck?: HealthCheck // absent: the image's own HEALTHCHECK, if any
  init?: boolean // docker's --init: tini as PID 1
  registryAuth?: string // --with-registry-auth: X-Registry-Auth's encoding (images.ts decodeRegistryAuth)
}

// docker's HealthConfig, durations in ms; test ['NONE'] turns the image's check off.
export interface HealthCheck {
  test: string[] // ['CMD', argv...] | ['CMD-SHELL', command] | ['NONE']
  intervalMs?: number
  timeoutMs?: number
  startPeriodMs?: number
  retries?: number
}

export interface ContainerMount {
  type: 'bind' | 'volume' | 'tmpfs'
  source: string // bind: host path; volume: volume name; tmpfs: ''
  target: string
  readOnly: boolean
  tmpfsSizeBytes?: number
}

// Enforced by the container runtime as cgroup limits (cgroup v1 or v2).
export interface ResourceLimits {
  nanoCpus?: number
  memoryBytes?: number
  pids?: number
}

// What the dispatcher sends: every task currently assigned to this node.
export interface AssignedTask {
  id: string
  serviceId: string
  serviceName: string
  serviceLabels?: Record<string, string> // for {{.Service.Labels}} templates (gotemplate/task.ts)
  slot: number // replicated services: 1..N; global services: 0
  nodeId: string
  desiredState: TaskState // RUNNING, or SHUTDOWN/REMOVE when the manager wants it stopped
  spec: ProcessSpec
  // The task's addresses on its networks (src/agent/network/types.ts); absent: none, the
  // task runs in the host's network namespace as it always did.
  networks?: NetworkAttachment[]
  // Its host-mode published ports (the task's own, as it was created): only this node
  // answers them, at the task.
  hostPorts?: PublishedPort[]
}

// What the agent reports back: the observed state of one task.
export interface TaskStatusUpdate {
  taskId: string
  state: TaskState
  timestamp: number // ms since epoch, when the agent observed it
  message: string // short, e.g. 'started', 'exited'
  err?: string // set on FAILED/REJECTED: why
  exitCode?: number
  pid?: number
  startedAt?: number // ms since epoch, when it became RUNNING (kept on later reports)
}

// One line of a task's output as the agent serves it (docker service logs). Lines are
// bytes without their trailing newline; a line longer than 16 KiB arrives as several.
export interface TaskLogEntry {
  taskId: string
  stream: 'stdout' | 'stderr'
  time: number // ms since epoch, when the agent read the line from the task's output
  line: Buffer
}
