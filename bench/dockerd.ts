// A private Docker daemon for side-by-side benchmarks: its own data root, exec root,
// socket, config file and managed containerd (dockerd starts one under its exec root when
// not given --containerd), in a network namespace of its own (so its swarm listener, its
// ingress sandbox's VXLAN device and anything it does to the network never meet the
// host's or other engineers' daemons). No bridge (--bridge none): its containers get a
// namespace with loopback only, as shoal's do without networks. destroy() leaves nothing:
// dockerd stopped (it stops its containerd, shims and mounts), then anything still running
// under the directory killed by pid, mounts under it unmounted, the directory removed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { killProcessesUnder, request, waitFor, type CliResult } from '../__test__/helpers/daemon'

export const DOCKERD = '/usr/sbin/dockerd'
export const DOCKER = ['/usr/local/bin/docker', '/usr/bin/docker'].find((p) => fs.existsSync(p)) ?? 'docker'

export function dockerSkipReason(): string | null {
  if (!fs.existsSync(DOCKERD)) return `${DOCKERD} is not installed (Debian's docker.io)`
  if (!fs.existsSync(DOCKER)) return 'the docker CLI is not installed'
  return null
}

export class PrivateDockerd {
  readonly dir: string
  readonly socket: string
  private proc: ChildProcess | null = null
  log = ''

  // runtime: the default OCI runtime of its containers (runc, or crun added by path).
  constructor(readonly runtime: 'runc' | 'crun' = 'runc') {
    // Short: containerd's and the shims' socket paths under it must fit in sun_path.
    this.dir = fs.mkdtempSync('/tmp/shoal-bench-dkr-')
    this.socket = path.join(this.dir, 'docker.sock')
  }

  async start(): Promise<this> {
    fs.writeFileSync(path.join(this.dir, 'daemon.json'), '{}\n')
    const args = [
      '--config-file', path.join(this.dir, 'daemon.json'),
      '--data-root', path.join(this.dir, 'data'),
      '--exec-root', path.join(this.dir, 'exec'),
      '--pidfile', path.join(this.dir, 'docker.pid'),
      '-H', `unix://${this.socket}`,
      '--bridge', 'none', '--iptables=false', '--ip-masq=false',
      '--storage-driver', 'overlay2',
      '--cgroup-parent', `/${path.basename(this.dir)}`,
      ...(this.runtime === 'crun' ? ['--add-runtime', 'crun=/usr/bin/crun', '--default-runtime', 'crun'] : []),
    ]
    // unshare execs a shell that brings loopback up and execs dockerd: the pid is dockerd's.
    const proc = spawn('unshare', ['--net', '--', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', DOCKERD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.proc = proc
    const keep = (d: Buffer) => (this.log = (this.log + d).slice(-20_000))
    proc.stdout!.on('data', keep)
    proc.stderr!.on('data', keep)
    await waitFor('dockerd', async () => {
      if (proc.exitCode !== null) throw new Error(`dockerd exited with ${proc.exitCode}: ${this.log}`)
      return (await request(this.socket, 'GET', '/_ping')).status === 200
    }, 60_000, 200)
    return this
  }

  get pid(): number {
    return this.proc?.pid ?? 0
  }

  // The containerd dockerd started (its config lies under our exec root).
  containerdPid(): number {
    return pidWhoseArgsInclude('containerd\0', path.join(this.dir, 'exec', 'containerd'))
  }

  api(method: string, urlPath: string, body?: unknown) {
    return request(this.socket, method, urlPath, body)
  }

  cli(...args: string[]): Promise<CliResult> {
    return new Promise((resolve) => {
      const child = spawn(DOCKER, ['-H', `unix://${this.socket}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout!.on('data', (d) => (stdout += d))
      child.stderr!.on('data', (d) => (stderr += d))
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolve({ code: code ?? 1, stdout, stderr })
      })
    })
  }

  async destroy(): Promise<void> {
    const p = this.proc
    if (p && p.exitCode === null) {
      const exited = new Promise((r) => p.once('exit', r))
      p.kill('SIGTERM')
      const timer = setTimeout(() => p.kill('SIGKILL'), 30_000)
      await exited
      clearTimeout(timer)
    }
    killProcessesUnder(this.dir)
    const mounts = fs.readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1]).filter((m) => m?.startsWith(this.dir))
    for (const m of mounts.reverse()) spawnSync('umount', ['-l', m])
    fs.rmSync(this.dir, { recursive: true, force: true })
    removeCgroupParent(path.basename(this.dir))
  }
}

// runc leaves the parent cgroup of the containers (their own are removed with them): the
// empty directory `name` goes from every v1 controller and the unified tree. rmdir only
// removes an empty cgroup, so nothing alive is touched.
export function removeCgroupParent(name: string): void {
  const root = '/sys/fs/cgroup'
  const dirs = [path.join(root, name), ...fs.readdirSync(root).map((c) => path.join(root, c, name))]
  for (const d of dirs) {
    try {
      fs.rmdirSync(d)
    } catch {}
  }
}

// The pid of the process whose command line starts with `start` and includes `part`, or 0.
export function pidWhoseArgsInclude(start: string, part: string): number {
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue
    try {
      const cmd = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8')
      if ((cmd.startsWith(start) || cmd.startsWith(`/usr/bin/${start}`)) && cmd.includes(part)) return Number(e)
    } catch {}
  }
  return 0
}
