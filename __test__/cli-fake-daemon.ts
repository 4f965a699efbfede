// A stand-in for the shoal daemon's REST API, for testing the CLI on its own: the Docker
// Engine API shapes the real server returns (src/api/convert.ts), in memory, on a unix
// socket. Tasks advance one lifecycle step each time anyone lists them, so a CLI that
// polls sees services converge; an image named "crash" fails on start, forever.
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { spawn } from 'node:child_process'

export const ROOT = path.resolve(__dirname, '..', '..')
export const BIN = path.join(ROOT, 'bin', 'run.js')

const LIFECYCLE = ['new', 'pending', 'assigned', 'accepted', 'preparing', 'ready', 'starting', 'running']

export interface Recorded {
  method: string
  url: string
  body: any
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

let counter = 0
const newId = (prefix: string) => `${prefix}${String(++counter).padStart(4, '0')}`.padEnd(25, 'x')

export class FakeDaemon {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-cli-'))
  readonly socket = path.join(this.dir, 'shoal.sock')
  readonly requests: Recorded[] = []
  swarmActive = true
  readonly nodeId = 'node0000000000000000000001'.slice(0, 25)
  services: any[] = []
  tasks: any[] = []
  // Log lines served for any service: [stream, taskId, text].
  logLines: Array<[1 | 2, string, string]> = []
  private version = 10
  private readonly server = http.createServer((req, res) => void this.handle(req, res))

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(this.socket, resolve))
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    fs.rmSync(this.dir, { recursive: true, force: true })
  }

  // Runs the real CLI against this daemon, as a user would (stdout/stderr are pipes).
  cli(...args: string[]): Promise<CliResult> {
    return runCli([...args, '-H', `unix://${this.socket}`])
  }

  node(): any {
    return {
      ID: this.nodeId,
      Version: { Index: 2 },
      Spec: { Labels: {}, Role: 'manager', Availability: 'active' },
      Description: { Hostname: 'host-a', Platform: { Architecture: 'x86_64', OS: 'linux' }, Engine: { EngineVersion: '0.1.0' } },
      Status: { State: 'ready', Addr: '127.0.0.1' },
      ManagerStatus: { Leader: true, Reachability: 'reachable', Addr: '127.0.0.1:2377' },
    }
  }

  addService(spec: any): any {
    const s = {
      ID: newId('svc'),
      Version: { Index: ++this.version },
      CreatedAt: new Date().toISOString(),
      Spec: normalizeSpec(spec),
      Endpoint: { Spec: {} },
    }
    this.services.push(s)
    this.reconcile(s)
    return s
  }

  private reconcile(s: any): void {
    const live = this.tasks.filter((t) => t.ServiceID === s.ID && t.DesiredState === 'running')
    const want = s.Spec.Mode.Global ? 1 : s.Spec.Mode.Replicated.Replicas
    const template = JSON.stringify(s.Spec.TaskTemplate)
    for (const t of live) {
      const slot = t.Slot ?? 1
      if ((!s.Spec.Mode.Global && slot > want) || JSON.stringify(t.Spec) !== template) t.DesiredState = 'shutdown'
    }
    for (let slot = 1; slot <= want; slot++) {
      const exists = this.tasks.some((t) => t.ServiceID === s.ID && t.DesiredState === 'running' && (s.Spec.Mode.Global || t.Slot === slot))
      if (!exists) this.addTask(s, s.Spec.Mode.Global ? undefined : slot)
    }
  }

  private addTask(s: any, slot: number | undefined): void {
    this.tasks.push({
      ID: newId('task'),
      Version: { Index: ++this.version },
      CreatedAt: new Date().toISOString(),
      ServiceID: s.ID,
      Slot: slot,
      NodeID: this.nodeId,
      DesiredState: 'running',
      Spec: JSON.parse(JSON.stringify(s.Spec.TaskTemplate)),
      Status: { Timestamp: new Date().toISOString(), State: 'new' },
    })
  }

  // One lifecycle step for every task; "crash" tasks fail when they would start, and the
  // fake orchestrator replaces them.
  private advance(): void {
    for (const t of [...this.tasks]) {
      const state = t.Status.State
      if (t.DesiredState !== 'running') {
        if (state === 'running') t.Status = { ...t.Status, State: 'shutdown', Timestamp: new Date().toISOString() }
        continue
      }
      const i = LIFECYCLE.indexOf(state)
      if (i === -1 || state === 'running') continue
      const next = LIFECYCLE[Math.min(i + 2, LIFECYCLE.length - 1)]
      if (next === 'running' && t.Spec.ContainerSpec.Image === 'crash') {
        t.Status = { State: 'failed', Err: 'non-zero exit (1)', Timestamp: new Date().toISOString(), ContainerStatus: { ExitCode: 1 } }
        t.DesiredState = 'shutdown'
        const s = this.services.find((x) => x.ID === t.ServiceID)
        if (s) this.addTask(s, t.Slot)
        continue
      }
      t.Status = { ...t.Status, State: next, Timestamp: new Date().toISOString() }
    }
  }

  private find(ref: string): any {
    const s = this.services.find((x) => x.ID === ref || x.Spec.Name === ref) ?? this.services.find((x) => x.ID.startsWith(ref))
    if (!s) throw Object.assign(new Error(`service ${ref} not found`), { status: 404 })
    return s
  }

  private status(s: any) {
    const tasks = this.tasks.filter((t) => t.ServiceID === s.ID)
    return {
      RunningTasks: tasks.filter((t) => t.Status.State === 'running').length,
      DesiredTasks: s.Spec.Mode.Global ? 1 : s.Spec.Mode.Replicated.Replicas,
      CompletedTasks: 0,
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString()
    const body = text ? JSON.parse(text) : undefined
    const url = new URL(req.url ?? '/', 'http://x')
    const method = req.method ?? 'GET'
    this.requests.push({ method, url: req.url ?? '', body })
    const send = (status: number, payload: unknown) => {
      res.statusCode = status
      if (typeof payload === 'string') {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8')
        res.end(payload)
      } else {
        res.setHeader('Content-Type', 'application/json')
        res.end(JSON.stringify(payload) + '\n')
      }
    }
    try {
      const p = url.pathname
      let m: RegExpExecArray | null
      const managerOnly = () => {
        if (!this.swarmActive) throw Object.assign(new Error('This node is not a swarm manager. Use "shoal swarm init" to make this node a manager.'), { status: 503 })
      }
      if (method === 'GET' && p === '/_ping') return send(200, 'OK')
      if (method === 'GET' && p === '/info') {
        return send(200, {
          ID: 'daemon-id',
          Name: 'host-a',
          ServerVersion: '0.1.0',
          Swarm: this.swarmActive
            ? { NodeID: this.nodeId, NodeAddr: '127.0.0.1', LocalNodeState: 'active', ControlAvailable: true, Nodes: 1, Managers: 1, Cluster: { ID: 'cluster1' }, RemoteManagers: [{ NodeID: this.nodeId, Addr: '127.0.0.1:2377' }] }
            : { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false },
        })
      }
      if (method === 'POST' && p === '/swarm/init') {
        if (this.swarmActive) throw Object.assign(new Error('This node is already part of a swarm.'), { status: 503 })
        this.swarmActive = true
        return send(200, this.nodeId)
      }
      if (method === 'POST' && p === '/swarm/leave') {
        this.swarmActive = false
        return send(200, '')
      }
      if (method === 'GET' && p === '/swarm') {
        managerOnly()
        return send(200, { ID: 'cluster1', JoinTokens: { Worker: 'SWMTKN-1-worker', Manager: 'SWMTKN-1-manager' } })
      }
      if (method === 'GET' && p === '/nodes') return managerOnly(), send(200, [this.node()])
      if (method === 'GET' && (m = /^\/nodes\/([^/]+)$/.exec(p))) {
        managerOnly()
        if (decodeURIComponent(m[1]) !== this.nodeId && decodeURIComponent(m[1]) !== 'host-a') {
          throw Object.assign(new Error(`node ${decodeURIComponent(m[1])} not found`), { status: 404 })
        }
        return send(200, this.node())
      }
      if (method === 'GET' && p === '/services') {
        managerOnly()
        const withStatus = url.searchParams.get('status') === 'true'
        return send(200, this.services.map((s) => (withStatus ? { ...s, ServiceStatus: this.status(s) } : s)))
      }
      if (method === 'POST' && p === '/services/create') {
        managerOnly()
        if (!body?.Name) throw Object.assign(new Error('service name is required (--name)'), { status: 400 })
        if (this.services.some((s) => s.Spec.Name === body.Name)) throw Object.assign(new Error(`service ${body.Name} already exists`), { status: 409 })
        const s = this.addService(body)
        return send(201, { ID: s.ID, Warnings: body.Name === 'warned' ? ['a warning from the daemon'] : null })
      }
      if ((m = /^\/services\/([^/]+)\/update$/.exec(p)) && method === 'POST') {
        managerOnly()
        const s = this.find(decodeURIComponent(m[1]))
        if (Number(url.searchParams.get('version')) !== s.Version.Index) {
          throw Object.assign(new Error('update out of sequence'), { status: 409 })
        }
        s.Spec = normalizeSpec(body)
        s.Version = { Index: ++this.version }
        this.reconcile(s)
        return send(200, { Warnings: null })
      }
      if ((m = /^\/services\/([^/]+)\/logs$/.exec(p)) && method === 'GET') {
        const s = this.find(decodeURIComponent(m[1]))
        res.statusCode = 200
        res.setHeader('Content-Type', 'application/vnd.docker.multiplexed-stream')
        const details = url.searchParams.get('details') === '1'
        const stamps = url.searchParams.get('timestamps') === '1'
        for (const [stream, taskId, line] of this.logLines) {
          const prefix = (stamps ? '2024-01-01T00:00:00.000000000Z ' : '') + (details ? `com.docker.swarm.node.id=${this.nodeId},com.docker.swarm.service.id=${s.ID},com.docker.swarm.task.id=${taskId} ` : '')
          const payload = Buffer.from(prefix + line + '\n')
          const header = Buffer.alloc(8)
          header[0] = stream
          header.writeUInt32BE(payload.length, 4)
          // Split header and payload across writes, as a real socket may.
          res.write(header.subarray(0, 3))
          res.write(Buffer.concat([header.subarray(3), payload]))
        }
        return void res.end()
      }
      if ((m = /^\/services\/([^/]+)$/.exec(p))) {
        managerOnly()
        const s = this.find(decodeURIComponent(m[1]))
        if (method === 'GET') return send(200, { ...s, ServiceStatus: this.status(s) })
        if (method === 'DELETE') {
          this.services = this.services.filter((x) => x !== s)
          this.tasks = this.tasks.filter((t) => t.ServiceID !== s.ID)
          return send(200, '')
        }
      }
      if (method === 'GET' && p === '/tasks') {
        managerOnly()
        this.advance()
        const filters = JSON.parse(url.searchParams.get('filters') ?? '{}')
        let tasks = this.tasks
        if (filters.service) {
          const ids = filters.service.map((ref: string) => this.find(ref).ID)
          tasks = tasks.filter((t) => ids.includes(t.ServiceID))
        }
        return send(200, tasks)
      }
      if (method === 'GET' && (m = /^\/tasks\/([^/]+)$/.exec(p))) {
        const t = this.tasks.find((x) => x.ID === m![1])
        if (!t) throw Object.assign(new Error(`task ${m[1]} not found`), { status: 404 })
        return send(200, t)
      }
      throw Object.assign(new Error(`page not found: ${p}`), { status: 404 })
    } catch (err: any) {
      send(err.status ?? 500, { message: err.message })
    }
  }
}

// The server's normalization (src/api/convert.ts): defaults filled, lists never null.
function normalizeSpec(spec: any): any {
  const tt = spec.TaskTemplate ?? {}
  const cs = tt.ContainerSpec ?? {}
  return {
    Name: spec.Name,
    Labels: spec.Labels ?? {},
    TaskTemplate: {
      ContainerSpec: { Image: cs.Image, Args: cs.Args ?? [], Env: cs.Env ?? [], Labels: {} },
      RestartPolicy: { Condition: 'any', Delay: 5e9, MaxAttempts: 0, Window: 0, ...(tt.RestartPolicy ?? {}) },
      Runtime: tt.Runtime ?? 'container',
      ForceUpdate: tt.ForceUpdate ?? 0,
    },
    Mode: spec.Mode?.Global ? { Global: {} } : { Replicated: { Replicas: spec.Mode?.Replicated?.Replicas ?? 1 } },
  }
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, SHOAL_HOST: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })
    })
  })
}
