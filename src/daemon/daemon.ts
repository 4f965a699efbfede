// One shoal node: the API server, and when the node is in a swarm, its agent and (on
// managers) its manager. Swarm membership survives restarts through swarm.json, the Raft
// log and the agent's task database, all under the data directory.
import * as fs from 'node:fs'
import type * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { Agent } from '../agent/agent'
import { ProcessExecutor } from '../agent/exec/process'
import type { TaskStatusUpdate } from '../agent/types'
import { ShoalError, NOT_IN_SWARM, invalid } from '../manager/errors'
import { newId, newRaftId } from '../manager/ids'
import { Manager } from '../manager/manager'
import { createRootCA, load as loadRootCA } from '../manager/ca/rootca'
import { createCSR, generateNodeKey } from '../manager/ca/node'
import { issueNodeCertificate } from '../manager/ca/issuer'
import { generateJoinToken } from '../manager/ca/tokens'
import { MANAGER_ROLE } from '../manager/ca/identity'
import { DEFAULT_CERT_EXPIRY_MS } from '../manager/manager'
import { DEFAULT_SWARM_PORT, defaultAdvertise, formatAddr, parseAddr } from './addr'
import { clearSwarmState, loadSwarmState, saveSwarmState, writeFileAtomic, type SwarmState } from './state'
import { writeLogFrames } from './logs'
import { idOf } from '../manager/store'

export const VERSION: string = require('../../../package.json').version

export interface DaemonOptions {
  dataDir: string
  hostname?: string
  snapshotInterval?: number
}

export class Daemon {
  private state: SwarmState | null = null
  private mgr: Manager | null = null
  private agent: Agent | null = null
  private readonly hostname: string
  // Swarm init/leave must not interleave: each is a multi-step change of the node.
  private membership: Promise<unknown> = Promise.resolve()

  constructor(private readonly opts: DaemonOptions) {
    this.hostname = opts.hostname ?? os.hostname()
    fs.mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 })
  }

  private get certDir(): string {
    return path.join(this.opts.dataDir, 'certificates')
  }

  // Rejoins the swarm this node was part of before a restart.
  async start(): Promise<void> {
    this.state = loadSwarmState(this.opts.dataDir)
    if (this.state) await this.startSwarmComponents(this.state)
  }

  manager(): Manager {
    if (!this.mgr) throw new ShoalError('FailedPrecondition', NOT_IN_SWARM)
    return this.mgr
  }

  swarmInit(body: { ListenAddr?: string; AdvertiseAddr?: string; ForceNewCluster?: boolean }): Promise<string> {
    return this.serialize(async () => {
      if (this.state) {
        throw new ShoalError('FailedPrecondition', 'This node is already part of a swarm. Use "shoal swarm leave" to leave this swarm and join another one.')
      }
      const listen = parseAddr(body.ListenAddr || `0.0.0.0:${DEFAULT_SWARM_PORT}`, 'listen address')
      const advertise = body.AdvertiseAddr ? parseAddr(body.AdvertiseAddr, 'advertise address', listen.port) : defaultAdvertise(listen)
      const state: SwarmState = {
        nodeId: newId(),
        clusterId: newId(),
        raftId: newRaftId(),
        role: 'manager',
        listenAddr: formatAddr(listen),
        advertiseAddr: formatAddr(advertise),
      }
      // The CA material goes to disk before swarm.json: a crash in between leaves no
      // swarm.json, so the node is simply not in a swarm and init can run again.
      const root = await createRootCA({ clusterId: state.clusterId })
      const key = await generateNodeKey()
      const cert = await issueNodeCertificate(await loadRootCA(root.certPem, root.keyPem), await createCSR(key), {
        nodeId: state.nodeId,
        role: MANAGER_ROLE,
        clusterId: state.clusterId,
        expiryMs: DEFAULT_CERT_EXPIRY_MS,
      })
      fs.rmSync(path.join(this.opts.dataDir, 'raft'), { recursive: true, force: true })
      fs.mkdirSync(this.certDir, { recursive: true, mode: 0o700 })
      writeFileAtomic(path.join(this.certDir, 'swarm-root-ca.crt'), root.certPem, 0o644)
      writeFileAtomic(path.join(this.certDir, 'swarm-root-ca.key'), root.keyPem)
      writeFileAtomic(path.join(this.certDir, 'swarm-node.crt'), cert, 0o644)
      writeFileAtomic(path.join(this.certDir, 'swarm-node.key'), key.keyPem)
      saveSwarmState(this.opts.dataDir, state)
      this.state = state
      await this.startSwarmComponents(state)
      return state.nodeId
    })
  }

  swarmLeave(force: boolean): Promise<void> {
    return this.serialize(async () => {
      if (!this.state) throw new ShoalError('FailedPrecondition', 'This node is not part of a swarm')
      if (this.state.role === 'manager' && !force) {
        throw new ShoalError(
          'FailedPrecondition',
          'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.',
        )
      }
      await this.agent?.shutdownAll()
      await this.stopSwarmComponents()
      clearSwarmState(this.opts.dataDir)
      this.state = null
      for (const dir of ['raft', 'certificates', 'agent']) fs.rmSync(path.join(this.opts.dataDir, dir), { recursive: true, force: true })
    })
  }

  version(): Record<string, unknown> {
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

  info(): Record<string, unknown> {
    const s = this.state
    const swarm: Record<string, unknown> = {
      NodeID: s?.nodeId ?? '',
      NodeAddr: s ? s.advertiseAddr.replace(/:\d+$/, '').replace(/^\[|\]$/g, '') : '',
      LocalNodeState: s ? 'active' : 'inactive',
      ControlAvailable: !!this.mgr,
      Error: '',
      RemoteManagers: null,
    }
    if (this.mgr) {
      const view = this.mgr.control.view()
      const nodes = view.list('nodes')
      const cluster = view.list('clusters')[0]
      swarm.Nodes = nodes.length
      swarm.Managers = nodes.filter((n) => n.spec?.role === 'manager').length
      swarm.RemoteManagers = nodes.filter((n) => n.spec?.role === 'manager').map((n) => ({ NodeID: idOf(n), Addr: n.managerStatus?.addr }))
      swarm.Cluster = cluster ? { ID: idOf(cluster), Version: { Index: Number(cluster.meta!.version) } } : undefined
      const raft = this.mgr.raft.status()
      swarm.Raft = { Term: raft.term, Commit: raft.commit, Applied: raft.applied, Role: raft.role }
    }
    return {
      ID: s?.nodeId ?? '',
      Name: this.hostname,
      ServerVersion: VERSION,
      OperatingSystem: os.type(),
      OSType: process.platform,
      Architecture: os.arch(),
      NCPU: os.cpus().length,
      MemTotal: os.totalmem(),
      DockerRootDir: this.opts.dataDir,
      Runtimes: { process: {} },
      Swarm: swarm,
    }
  }

  async serviceLogs(ref: string, query: URLSearchParams, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const control = this.manager().control
    const service = control.getService(ref)
    const tasks = control.listTasks({ service: [idOf(service)] })
    if (!this.agent) throw new ShoalError('Unavailable', 'this node has no agent to read logs from')
    const tailRaw = query.get('tail')
    const tail = tailRaw === null || tailRaw === 'all' || tailRaw === '' ? undefined : Number(tailRaw)
    if (tail !== undefined && (!Number.isInteger(tail) || tail < 0)) throw invalid(`invalid tail "${tailRaw}": expected a non-negative integer or "all"`)
    const truthy = (k: string) => ['1', 'true'].includes(query.get(k) ?? '')
    const follow = truthy('follow')
    const byId = new Map(tasks.map((t) => [idOf(t), t]))
    const controller = new AbortController()
    req.on('close', () => controller.abort())
    res.statusCode = 200
    res.setHeader('Content-Type', 'application/vnd.docker.multiplexed-stream')
    res.flushHeaders()
    const lines = this.agent.logs({ taskIds: [...byId.keys()] }, { follow, tail, signal: controller.signal })
    await writeLogFrames(res, lines, {
      timestamps: truthy('timestamps'),
      details: truthy('details'),
      stdout: query.get('stdout') === null || truthy('stdout'),
      stderr: query.get('stderr') === null || truthy('stderr'),
      detailsOf: (taskId) => {
        const t = byId.get(taskId)
        return `com.docker.swarm.node.id=${t?.nodeId},com.docker.swarm.service.id=${t?.serviceId},com.docker.swarm.task.id=${taskId}`
      },
      signal: controller.signal,
    })
    res.end()
  }

  async stop(): Promise<void> {
    // Tasks keep running: a restarted daemon adopts them.
    await this.stopSwarmComponents()
  }

  private async startSwarmComponents(state: SwarmState): Promise<void> {
    if (state.role !== 'manager') throw new ShoalError('FailedPrecondition', 'worker nodes need the multi-node dispatcher (not available yet)')
    const mgr = Manager.open({ dataDir: this.opts.dataDir, raftId: state.raftId, snapshotInterval: this.opts.snapshotInterval })
    this.mgr = mgr
    const read = (f: string) => fs.readFileSync(path.join(this.certDir, f), 'utf8')
    const rootCertPem = read('swarm-root-ca.crt')
    await mgr.bootstrap({
      clusterId: state.clusterId,
      nodeId: state.nodeId,
      rootCaCertPem: rootCertPem,
      rootCaKeyPem: read('swarm-root-ca.key'),
      nodeCertPem: read('swarm-node.crt'),
      joinTokens: { worker: generateJoinToken(rootCertPem), manager: generateJoinToken(rootCertPem) },
      addr: state.advertiseAddr,
    })
    mgr.start()
    const agent = new Agent({
      nodeId: state.nodeId,
      dataDir: path.join(this.opts.dataDir, 'agent'),
      executors: [new ProcessExecutor()],
      report: (updates: TaskStatusUpdate[]) => mgr.dispatcher.report(state.nodeId, updates),
    })
    this.agent = agent
    await agent.start()
    await mgr.dispatcher.register(
      state.nodeId,
      {
        hostname: this.hostname,
        os: process.platform,
        architecture: os.arch() === 'x64' ? 'x86_64' : os.arch(),
        nanoCpus: os.cpus().length * 1e9,
        memoryBytes: os.totalmem(),
        engineVersion: VERSION,
        runtimes: await agent.runtimes(),
        addr: state.advertiseAddr.replace(/:\d+$/, ''),
      },
      { assign: (tasks) => void agent.assign(tasks).catch((err) => console.error('agent: assign failed:', err)) },
    )
  }

  private async stopSwarmComponents(): Promise<void> {
    const agent = this.agent
    this.agent = null
    await agent?.stop()
    const mgr = this.mgr
    this.mgr = null
    await mgr?.close()
  }

  private serialize<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.membership.then(fn, fn)
    this.membership = next.catch(() => undefined)
    return next
  }
}
