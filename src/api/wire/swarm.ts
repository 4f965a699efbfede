// Wire shapes of the daemon, the swarm, its nodes and its event stream (Docker Engine API
// v1.41 shapes, the subset shoal serves). Fields the daemon may omit are optional so
// renderers stay defensive.

import type { Labels, ObjectVersion, Platform, TLSInfo } from './common'

export interface Node {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: {
    Name?: string
    Labels?: Labels
    Role?: 'worker' | 'manager' | string
    Availability?: 'active' | 'pause' | 'drain' | string
  }
  Description?: {
    Hostname?: string
    Platform?: Platform
    Resources?: { NanoCPUs?: number; MemoryBytes?: number }
    Engine?: { EngineVersion?: string; Labels?: Labels }
    TLSInfo?: TLSInfo
  }
  Status?: {
    State?: 'unknown' | 'down' | 'ready' | 'disconnected' | string
    Message?: string
    Addr?: string
  }
  ManagerStatus?: {
    Leader?: boolean
    Reachability?: 'unknown' | 'unreachable' | 'reachable' | string
    Addr?: string
  }
}

// docker's events.Message, as /events streams it (one JSON object per line).
export interface EventMessage {
  Type: string
  Action: string
  Actor: { ID: string; Attributes: Record<string, string> }
  scope: string
  time: number // seconds since the epoch
  timeNano: number
}

export interface EventsOptions {
  since?: string // seconds[.nanoseconds] since the epoch, as docker's API takes it
  until?: string
  filters?: Record<string, string[]>
}

export interface SwarmInfo {
  NodeID?: string
  NodeAddr?: string
  LocalNodeState?: 'inactive' | 'pending' | 'active' | 'error' | 'locked' | string
  ControlAvailable?: boolean
  Error?: string
  RemoteManagers?: Array<{ NodeID?: string; Addr?: string }> | null
  Nodes?: number
  Managers?: number
  Cluster?: { ID?: string; TLSInfo?: TLSInfo; RootRotationInProgress?: boolean; Spec?: { Raft?: RaftSpec; [key: string]: unknown }; [key: string]: unknown }
  // This manager's Raft state, and the settings it runs with (shoal).
  Raft?: { Term?: number; Commit?: number; Applied?: number; Role?: string; Settings?: RaftSpec }
  // This manager's components that failed, and whether they still do (shoal).
  ComponentFailures?: ComponentFailureInfo[]
  // The kernel backend balancing service VIPs on this node: 'ipvs', 'nftables', or 'none'
  // when neither is usable (shoal).
  LoadBalancer?: string
  // How this node writes its NAT rules (published ports, the gateway bridge): 'nftables',
  // 'iptables' where the kernel has no nftables for IPv4, or 'none' (shoal).
  NodeRules?: string
}

export interface ComponentFailureInfo {
  Component: string
  Error: string
  Time: string // RFC 3339, the last failure
  Failures: number
  Failing: boolean
}

// docker's SwarmSpec.Raft, plus shoal's TickPeriod (ns).
export interface RaftSpec {
  SnapshotInterval?: number
  KeepOldSnapshots?: number
  LogEntriesForSlowFollowers?: number
  ElectionTick?: number
  HeartbeatTick?: number
  TickPeriod?: number
}

export interface SystemInfo {
  ID?: string
  Name?: string
  ServerVersion?: string
  OperatingSystem?: string
  OSType?: string
  Architecture?: string
  KernelVersion?: string
  NCPU?: number
  MemTotal?: number
  Swarm?: SwarmInfo
  [key: string]: unknown
}

export interface VersionInfo {
  Version?: string
  ApiVersion?: string
  MinAPIVersion?: string
  GitCommit?: string
  Os?: string
  Arch?: string
  KernelVersion?: string
  [key: string]: unknown
}

export interface Swarm {
  ID?: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: Record<string, unknown>
  JoinTokens?: { Worker?: string; Manager?: string }
  [key: string]: unknown
}

export interface SwarmInitRequest {
  ListenAddr: string
  AdvertiseAddr?: string
  ForceNewCluster?: boolean
  AutoLockManagers?: boolean
  DefaultAddrPool?: string[]
  SubnetSize?: number
  Spec?: Record<string, unknown>
}

export interface SwarmJoinRequest {
  JoinToken: string
  RemoteAddrs: string[]
  ListenAddr?: string
  AdvertiseAddr?: string
  Availability?: string
}
