// GET /version and GET /info: what this node is and, in a swarm, what it knows of it
// (docker's shapes, limited to what shoal reports).
import * as os from 'node:os'
import { clusterToDocker } from '../api/convert'
import { raftToDocker } from '../api/convert-raft'
import { idOf } from '../manager/store'
import type { SwarmComponents } from './components'
import { hostOf, type NodeContext } from './context'

export const VERSION: string = require('../../../package.json').version

export function versionInfo(): Record<string, unknown> {
  return {
    Version: VERSION,
    ApiVersion: '1.41',
    MinAPIVersion: '1.24',
    Os: process.platform,
    Arch: process.arch === 'x64' ? 'amd64' : process.arch,
    KernelVersion: os.release(),
    Components: [{ Name: 'shoal', Version: VERSION }],
  }
}

export function systemInfo(ctx: NodeContext, components: Pick<SwarmComponents, 'mgr' | 'agent'>): Record<string, unknown> {
  const s = ctx.state
  const mgr = components.mgr
  const swarm: Record<string, unknown> = {
    NodeID: s?.nodeId ?? '',
    NodeAddr: s ? hostOf(s.advertiseAddr) : '',
    LocalNodeState: s ? (ctx.locked ? 'locked' : 'active') : 'inactive',
    ControlAvailable: !!mgr,
    Error: '',
    RemoteManagers: s && s.role === 'worker' ? (s.managers ?? []).map((addr) => ({ NodeID: '', Addr: addr })) : null,
  }
  // Chosen by the kernel when the agent's data plane starts (agent/network/overlay.ts).
  const backend = components.agent?.networkBackend
  if (backend) swarm.LoadBalancer = backend
  if (mgr) {
    const view = mgr.control.view()
    const nodes = view.list('nodes')
    const cluster = view.list('clusters')[0]
    swarm.Nodes = nodes.length
    swarm.Managers = nodes.filter((n) => n.spec?.role === 'manager').length
    swarm.RemoteManagers = nodes.filter((n) => n.spec?.role === 'manager').map((n) => ({ NodeID: idOf(n), Addr: n.managerStatus?.addr }))
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
    OperatingSystem: os.type(),
    OSType: process.platform,
    Architecture: os.arch(),
    NCPU: os.cpus().length,
    MemTotal: os.totalmem(),
    DockerRootDir: ctx.dataDir,
    Runtimes: { process: {} },
    Swarm: swarm,
  }
}
