// GET /version and GET /info: what this node is and, in a swarm, what it knows of it
// (docker's shapes, limited to what shoal reports).
import * as fs from 'node:fs'
import * as os from 'node:os'
import { clusterToDocker } from '../api/convert'
import { raftToDocker } from '../api/convert-raft'
import { idOf } from '../manager/store'
import type { SwarmComponents } from './components'
import { hostOf, type NodeContext } from './context'
import { API_VERSION, MIN_API_VERSION } from '../api/version'
import { ENGINE_PLUGINS } from '../api/convert-node'

export const VERSION: string = require('../../../package.json').version

// docker's /version. docker's CLI prints the server's part from Components, and the API
// versions only for a component named "Engine": shoal's engine is named so.
export function versionInfo(): Record<string, unknown> {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch
  const details = { ApiVersion: API_VERSION, MinAPIVersion: MIN_API_VERSION, Os: 'linux', Arch: arch, KernelVersion: os.release(), Experimental: 'false', GitCommit: '', GoVersion: '', BuildTime: '' }
  return {
    Platform: { Name: 'shoal' },
    Components: [{ Name: 'Engine', Version: VERSION, Details: { ...details, NodeVersion: process.version } }],
    Version: VERSION,
    ApiVersion: API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: '',
    GoVersion: '',
    Os: 'linux',
    Arch: arch,
    KernelVersion: os.release(),
    BuildTime: '',
  }
}

// The Swarm header of /_ping (moby's Cluster.Status): the state, and the role when active.
export function swarmStatus(ctx: NodeContext): string {
  if (ctx.locked) return 'locked'
  if (!ctx.state) return 'inactive'
  return `active/${ctx.state.role}`
}

export function systemInfo(ctx: NodeContext, components: Pick<SwarmComponents, 'mgr' | 'agent'>, runtimes: string[]): Record<string, unknown> {
  const s = ctx.state
  const mgr = components.mgr
  const swarm: Record<string, unknown> = {
    NodeID: s?.nodeId ?? '',
    NodeAddr: s ? hostOf(s.advertiseAddr) : '',
    LocalNodeState: s ? (ctx.locked ? 'locked' : 'active') : 'inactive',
    ControlAvailable: !!mgr,
    Error: '',
    RemoteManagers: s && s.role === 'worker' ? (s.managers ?? []).map((addr) => ({ NodeID: '', Addr: addr })) : null,
    // docker: counted only on a manager (zero elsewhere), as Cluster is only there.
    Nodes: 0,
    Managers: 0,
  }
  const warnings: string[] = []
  // Chosen by the kernel when the agent's data plane starts (agent/network/overlay.ts).
  const backend = components.agent?.networkBackend
  if (backend) swarm.LoadBalancer = backend
  const nodeRules = components.agent?.nodeRules
  if (nodeRules) swarm.NodeRules = nodeRules
  if (mgr) {
    const view = mgr.control.view()
    const nodes = view.list('nodes')
    const cluster = view.list('clusters')[0]
    const managers = nodes.filter((n) => n.spec?.role === 'manager')
    swarm.Nodes = nodes.length
    swarm.Managers = managers.length
    swarm.RemoteManagers = managers.map((n) => ({ NodeID: idOf(n), Addr: n.managerStatus?.addr ?? '' }))
    // dockerd's words (daemon/cluster/swarm.go), shown by `docker info`.
    if (managers.length === 2)
      warnings.push(`WARNING: Running Swarm in a two-manager configuration. This configuration provides
         no fault tolerance, and poses a high risk to lose control over the cluster.
         Refer to https://docs.docker.com/engine/swarm/admin_guide/ to configure the
         Swarm for fault-tolerance.`)
    if (cluster) {
      // docker's ClusterInfo (with TLSInfo and RootRotationInProgress), join tokens aside.
      const { JoinTokens: _tokens, ...clusterInfo } = clusterToDocker(cluster)
      swarm.Cluster = clusterInfo
    }
    const raft = mgr.raft.status()
    const settings = raftToDocker(mgr.raftSettings().inEffect)
    swarm.Raft = { Term: raft.term, Commit: raft.commit, Applied: raft.applied, Role: raft.role, Settings: settings }
    swarm.ComponentFailures = mgr.componentFailures().map((f) => ({ Component: f.component, Error: f.error, Time: new Date(f.at).toISOString(), Failures: f.failures, Failing: f.failing }))
  }
  return {
    ID: s?.nodeId ?? '',
    Name: ctx.hostname,
    ServerVersion: VERSION,
    OperatingSystem: operatingSystem(),
    OSType: 'linux',
    KernelVersion: os.release(),
    Architecture: os.machine(),
    NCPU: os.cpus().length,
    MemTotal: os.totalmem(),
    DockerRootDir: ctx.dataDir,
    Runtimes: Object.fromEntries(runtimes.map((r) => [r, {}])),
    DefaultRuntime: 'container',
    // What docker info lists as plugins: the drivers shoal has, built in.
    Plugins: { Volume: ENGINE_PLUGINS.Volume, Network: ENGINE_PLUGINS.Network, Authorization: null, Log: ENGINE_PLUGINS.Log },
    Swarm: swarm,
    Warnings: warnings,
  }
}

// As docker's: the distribution's name (/etc/os-release PRETTY_NAME), else the kernel's.
function operatingSystem(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))
    if (m) return m[1]
  } catch {}
  return os.type()
}
