// Wire shapes of services and their tasks (Docker Engine API v1.41 shapes, the subset shoal
// serves). Fields the daemon may omit are optional so renderers stay defensive.

import type { Labels, ObjectVersion } from './common'
import type { ConfigReference, SecretReference } from './files'

export type RestartCondition = 'none' | 'on-failure' | 'any'

export type TaskRuntime = 'process' | 'container'

export interface ContainerSpec {
  Image: string
  Command?: string[]
  Args?: string[]
  Env?: string[]
  Labels?: Labels // the containers' (docker's ContainerSpec.Labels)
  Secrets?: SecretReference[]
  Configs?: ConfigReference[]
  Hostname?: string
  Dir?: string
  User?: string
  Mounts?: ContainerMount[]
  StopSignal?: string
  StopGracePeriod?: number // ns
  ReadOnly?: boolean
  Init?: boolean
  CapabilityAdd?: string[]
  CapabilityDrop?: string[]
  Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number } // durations in ns
}

export interface ContainerMount {
  Type: 'bind' | 'volume' | 'tmpfs'
  Source?: string
  Target: string
  ReadOnly?: boolean
  TmpfsOptions?: { SizeBytes?: number }
}

export interface RestartPolicy {
  Condition?: RestartCondition
  Delay?: number // nanoseconds, as Docker's time.Duration
  MaxAttempts?: number
  Window?: number
}

export interface TaskSpec {
  ContainerSpec?: ContainerSpec
  RestartPolicy?: RestartPolicy
  Runtime?: TaskRuntime | string
  ForceUpdate?: number
  Placement?: Placement
  Resources?: { Limits?: Resources; Reservations?: Resources }
  LogDriver?: { Name?: string; Options?: Record<string, string> }
  Networks?: NetworkAttachmentConfig[]
}

// A network a service's tasks join: Target is a network name or id (the daemon stores the id).
export interface NetworkAttachmentConfig {
  Target: string
  Aliases?: string[]
}

export interface Placement {
  Constraints?: string[]
  Preferences?: { Spread?: { SpreadDescriptor?: string } }[]
  MaxReplicas?: number
  Platforms?: { Architecture?: string; OS?: string }[]
}

export interface Resources {
  NanoCPUs?: number
  MemoryBytes?: number
  Pids?: number // limits only
}

export interface ServiceMode {
  Replicated?: { Replicas?: number }
  Global?: Record<string, never>
  ReplicatedJob?: { MaxConcurrent?: number; TotalCompletions?: number }
  GlobalJob?: Record<string, never>
}

export interface ServiceSpec {
  Name?: string
  Labels?: Labels
  TaskTemplate: TaskSpec
  Mode?: ServiceMode
  EndpointSpec?: { Mode?: 'vip' | 'dnsrr' | string; Ports?: PortConfig[] }
  UpdateConfig?: UpdateConfig
  RollbackConfig?: UpdateConfig
}

export type UpdateFailureAction = 'pause' | 'continue' | 'rollback'

export type UpdateOrder = 'stop-first' | 'start-first'

// docker's UpdateConfig, also the shape of RollbackConfig (whose failure action cannot be
// "rollback"). Durations in nanoseconds.
export interface UpdateConfig {
  Parallelism?: number // 0 = all at once
  Delay?: number
  FailureAction?: UpdateFailureAction | string
  Monitor?: number
  MaxFailureRatio?: number
  Order?: UpdateOrder | string
}

export type UpdateState = 'updating' | 'paused' | 'completed' | 'rollback_started' | 'rollback_paused' | 'rollback_completed'

export interface UpdateStatus {
  State?: UpdateState | string
  StartedAt?: string
  CompletedAt?: string
  Message?: string
}

export interface PortConfig {
  Name?: string
  Protocol?: 'tcp' | 'udp' | 'sctp' | string
  TargetPort?: number
  PublishedPort?: number
  PublishMode?: 'ingress' | 'host' | string
}

export interface Service {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec: ServiceSpec
  PreviousSpec?: ServiceSpec
  Endpoint?: { Spec?: { Mode?: string; Ports?: PortConfig[] }; Ports?: PortConfig[]; VirtualIPs?: { NetworkID: string; Addr: string }[] }
  ServiceStatus?: { RunningTasks?: number; DesiredTasks?: number; CompletedTasks?: number }
  JobStatus?: { JobIteration?: { Index?: number }; LastExecution?: string }
  UpdateStatus?: UpdateStatus
}

export type TaskState =
  | 'new'
  | 'allocated'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned'

export interface Task {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  ServiceID?: string
  Slot?: number
  NodeID?: string
  DesiredState?: TaskState | string
  Spec?: TaskSpec
  JobIteration?: { Index?: number } // a job's task: the iteration it runs for
  Status?: {
    Timestamp?: string
    State?: TaskState | string
    Message?: string
    Err?: string
    ContainerStatus?: { ExitCode?: number; PID?: number; ContainerID?: string }
    PortStatus?: { Ports?: PortConfig[] }
  }
  NetworksAttachments?: { Network: { ID: string }; Addresses: string[] }[]
}

export interface ServiceCreateResponse {
  ID: string
  Warnings?: string[] | null
}

export interface ServiceUpdateResponse {
  Warnings?: string[] | null
}

export interface LogsOptions {
  follow?: boolean
  tail?: string // a non-negative integer or 'all'
  timestamps?: boolean
  details?: boolean
}
