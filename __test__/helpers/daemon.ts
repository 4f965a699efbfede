// Test harness: real daemons on temp dirs and sockets, the real CLI run as a user runs it.
// Everything a test starts is torn down by destroy(), including task processes that
// outlive their daemon (they are found by their working directory or arguments, which
// lie inside the test's temp dir).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..', '..')
export const BIN = path.join(ROOT, 'bin', 'run.js')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 20_000, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const v = await fn()
      if (v) return v as NonNullable<T>
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ''}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

export function request(socketPath: string, method: string, urlPath: string, body?: unknown, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; body: any; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    const req = http.request(
      // agent false: a connection per request. Node's global agent keeps connections alive
      // and may reuse one the daemon is closing as idle (EPIPE; seen in user-mode-linux).
      { socketPath, method, path: urlPath, agent: false, headers: { ...headers, ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}) }, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {}
          resolve({ status: res.statusCode ?? 0, body: parsed, text })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`${method} ${urlPath} timed out`)))
    req.on('error', reject)
    req.end(payload)
  })
}

// A TCP port nobody listens on right now (the kernel's pick), for swarm listeners: tests
// must not use 2377, which another test run on the same machine may hold.
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, host, () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

// `node ARGS`, or inside a network namespace `nsenter --net=/run/netns/NS node ARGS` (which
// execs node, so the child's pid is node's own and signals reach it directly). nsenter,
// not `ip netns exec`: that would also give each start a mount namespace of its own, and
// the namespaces a daemon mounts (its --netns-dir) would then be invisible to its next
// start, unlike a real host's daemon restarted in the same mount namespace.
function nodeCommand(args: string[], netns?: string): [string, string[]] {
  return netns ? ['nsenter', [`--net=/run/netns/${netns}`, '--', process.execPath, ...args]] : [process.execPath, args]
}

// Runs the CLI as a user would; bounded in time. With netns, inside that namespace; with
// input, that on its stdin (a pipe).
export function cli(socketPath: string, args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; netns?: string; input?: string | Buffer } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const [cmd, argv] = nodeCommand([BIN, ...args], opts.netns)
    const child = spawn(cmd, argv, {
      env: { ...process.env, SHOAL_HOST: `unix://${socketPath}`, ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    })
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => undefined) // the CLI may fail before it reads its input
      child.stdin!.end(opts.input)
    }
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (d) => (stdout += d))
    child.stderr!.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })
    })
  })
}

export class TestDaemon {
  readonly dir: string
  readonly socket: string
  proc: ChildProcess | null = null
  log = ''

  // opts.netns: run the daemon (and its CLI) inside that network namespace; opts.nodeArgs:
  // node's own options for the daemon (e.g. --cpu-prof, which NODE_OPTIONS refuses).
  constructor(
    readonly name = 'shoal-test',
    readonly extraArgs: string[] = [],
    readonly opts: { netns?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`))
    this.socket = path.join(this.dir, 'shoal.sock')
  }

  async start(): Promise<this> {
    // The daemon's network namespaces (tasks on networks, overlay sandboxes) under its own
    // directory, so daemons never share them.
    const netnsDir = this.extraArgs.includes('--netns-dir') ? [] : ['--netns-dir', this.netnsDir]
    const [cmd, argv] = nodeCommand([...(this.opts.nodeArgs ?? []), BIN, 'daemon', '--data-dir', path.join(this.dir, 'data'), '-H', `unix://${this.socket}`, ...netnsDir, ...this.extraArgs], this.opts.netns)
    // The test run's environment, SHOAL_FREEZE_SHARED included (npm test): the daemon's
    // manager freezes its shared objects as the tests' own stores do.
    const proc = spawn(cmd, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SHOAL_HOST: '', ...this.opts.env },
    })
    this.proc = proc
    proc.stdout!.on('data', (d) => (this.log += d))
    proc.stderr!.on('data', (d) => (this.log += d))
    await waitFor(
      `daemon on ${this.socket}`,
      async () => {
        if (proc.exitCode !== null) throw new Error(`daemon exited with ${proc.exitCode}: ${this.log}`)
        return (await request(this.socket, 'GET', '/_ping')).status === 200
      },
      30_000,
    )
    return this
  }

  get netnsDir(): string {
    return path.join(this.dir, 'netns')
  }

  cli(...args: string[]): Promise<CliResult> {
    return cli(this.socket, args, { netns: this.opts.netns })
  }

  api(method: string, urlPath: string, body?: unknown, headers?: http.OutgoingHttpHeaders) {
    return request(this.socket, method, urlPath, body, headers)
  }

  async kill9(): Promise<void> {
    const p = this.proc
    if (!p || p.exitCode !== null) return
    const exited = new Promise((r) => p.once('exit', r))
    p.kill('SIGKILL')
    await exited
    this.proc = null
  }

  // SIGSTOP / SIGCONT: the process stays, answering nothing, until resumed.
  pause(): void {
    if (this.proc?.pid && this.proc.exitCode === null) process.kill(this.proc.pid, 'SIGSTOP')
  }

  resume(): void {
    if (this.proc?.pid && this.proc.exitCode === null) process.kill(this.proc.pid, 'SIGCONT')
  }

  async stop(): Promise<void> {
    const p = this.proc
    if (!p || p.exitCode !== null) return
    const exited = new Promise((r) => p.once('exit', r))
    p.kill('SIGTERM')
    const timer = setTimeout(() => p.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    this.proc = null
  }

  // Tears everything down, whatever state the test left it in.
  async destroy(): Promise<void> {
    if (this.proc && this.proc.exitCode === null) {
      await request(this.socket, 'POST', '/swarm/leave?force=1').catch(() => undefined)
      await this.kill9()
    }
    killProcessesUnder(this.dir)
    // Namespaces the daemon left mounted (it was killed before leaving): a mount point
    // cannot be deleted while mounted.
    for (const name of fs.existsSync(this.netnsDir) ? fs.readdirSync(this.netnsDir) : []) {
      spawnSync('umount', ['-l', path.join(this.netnsDir, name)], { stdio: 'ignore' })
    }
    // The directory itself is bind-mounted on itself (shared), as ip-netns does /run/netns.
    if (fs.existsSync(this.netnsDir)) spawnSync('umount', ['-l', this.netnsDir], { stdio: 'ignore' })
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

// A swarm of `manager` (init, advertising `addr`) and `workers` (joined with the worker
// token), each worker ready: the workers' node ids.
export async function formSwarm(manager: TestDaemon, addr: string, workers: TestDaemon[]): Promise<string[]> {
  const init = await manager.cli('swarm', 'init', '--advertise-addr', addr)
  if (init.code !== 0) throw new Error(`swarm init: ${init.stderr}`)
  const token = (await manager.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
  const ids: string[] = []
  for (const w of workers) {
    const join = await w.cli('swarm', 'join', '--token', token, `${addr}:2377`)
    if (join.code !== 0) throw new Error(`swarm join: ${join.stderr}`)
    const id = (await w.api('GET', '/info')).body.Swarm.NodeID as string
    await waitFor(`worker ${id} ready`, async () => (await manager.api('GET', `/nodes/${id}`)).body?.Status?.State === 'ready', 15_000)
    ids.push(id)
  }
  return ids
}

// Kills every process whose working directory, command line or environment names `dir`,
// with its whole process group when that group is not the test runner's: a task runs in a
// group of its own, and a shell it started may name the test's directory nowhere (this
// left `while sleep` loops behind when only the group's leader was killed).
export function killProcessesUnder(dir: string): number {
  const groupOf = (pid: string | number) => Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[2])
  const ours = groupOf('self')
  let killed = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const cwd = fs.readlinkSync(`/proc/${entry}/cwd`)
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const env = fs.readFileSync(`/proc/${entry}/environ`, 'utf8')
      if (!cwd.startsWith(dir) && !cmd.includes(dir) && !env.includes(dir)) continue
      const group = groupOf(entry)
      process.kill(group !== ours && group > 1 ? -group : Number(entry), 'SIGKILL')
      killed++
    } catch {}
  }
  return killed
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export function psCount(pattern: string): number {
  const r = spawnSync('pgrep', ['-fc', pattern], { encoding: 'utf8' })
  return Number(r.stdout.trim() || 0)
}

// A started daemon that has initialised a one-node swarm on a free port (not 2377, which
// another run on the machine may hold).
export async function startSwarm(d: TestDaemon): Promise<TestDaemon> {
  await d.start()
  const addr = `127.0.0.1:${await freePort()}`
  const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
  if (r.code !== 0) throw new Error(`swarm init failed: ${r.stderr}`)
  return d
}
