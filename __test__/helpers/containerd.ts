// Real container components for tests, each private to the test that starts it: a
// containerd with its own root, state, socket and config (never the system one), a
// registry (Debian's docker-registry) on a loopback port with its own storage, and a tiny
// image built here from busybox-static (docker save layout: no downloads). Everything is
// torn down by destroy(), even after a failure: containers killed and deleted, shims and
// daemons killed, leftover mounts unmounted, directories removed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './daemon'

export const CONTAINERD = '/usr/bin/containerd'
export const CTR = '/usr/bin/ctr'
export const REGISTRY = '/usr/bin/docker-registry'
export const BUSYBOX = '/usr/bin/busybox'
const NAMESPACE = 'shoal'

// Why the container tests cannot run here, or null. CI installs all of these (.ci/run).
export function containerSkipReason(): string | null {
  for (const bin of [CONTAINERD, CTR, REGISTRY, BUSYBOX, '/usr/sbin/runc']) {
    if (!fs.existsSync(bin)) return `${bin} is not installed (.ci/run installs it)`
  }
  if (process.getuid?.() !== 0) return 'containers need root'
  return null
}

export class TestContainerd {
  readonly dir: string
  readonly socket: string
  private proc: ChildProcess | null = null
  log = ''

  constructor(name = 'shoal-ctd') {
    // Short: containerd's and the shims' socket paths must fit in sun_path.
    this.dir = fs.mkdtempSync(path.join('/tmp', `${name}-`))
    this.socket = path.join(this.dir, 'ctd.sock')
  }

  async start(): Promise<this> {
    const config = [
      'version = 2',
      `root = "${this.dir}/root"`,
      `state = "${this.dir}/state"`,
      'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
      '[grpc]',
      `  address = "${this.socket}"`,
      '[ttrpc]',
      `  address = "${this.socket}.ttrpc"`,
      '[debug]',
      '  address = ""',
      '[metrics]',
      '  address = ""',
    ].join('\n')
    fs.writeFileSync(path.join(this.dir, 'config.toml'), config + '\n')
    const proc = spawn(CONTAINERD, ['--config', path.join(this.dir, 'config.toml')], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.proc = proc
    proc.stdout!.on('data', (d) => (this.log += d))
    proc.stderr!.on('data', (d) => (this.log = (this.log + d).slice(-20_000)))
    await waitFor('containerd', () => {
      if (proc.exitCode !== null) throw new Error(`containerd exited with ${proc.exitCode}: ${this.log}`)
      return spawnSync(CTR, ['-a', this.socket, 'version'], { timeout: 5000 }).status === 0
    }, 30_000, 100)
    return this
  }

  ctr(...args: string[]): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(CTR, ['-a', this.socket, '-n', NAMESPACE, ...args], { encoding: 'utf8', timeout: 30_000 })
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
  }

  // The ids of containers in shoal's namespace.
  containers(): string[] {
    return this.ctr('containers', 'ls', '-q').stdout.split('\n').filter(Boolean)
  }

  // Running tasks: id → pid.
  tasks(): Map<string, { pid: number; status: string }> {
    const out = new Map<string, { pid: number; status: string }>()
    for (const line of this.ctr('tasks', 'ls').stdout.split('\n').slice(1)) {
      const [id, pid, status] = line.trim().split(/\s+/)
      if (id) out.set(id, { pid: Number(pid), status })
    }
    return out
  }

  async destroy(): Promise<void> {
    if (this.proc && this.proc.exitCode === null) {
      for (const id of this.tasks().keys()) this.ctr('tasks', 'kill', '-a', '-s', 'SIGKILL', id)
      for (const id of this.containers()) {
        this.ctr('tasks', 'rm', '-f', id)
        this.ctr('containers', 'rm', id)
      }
      const exited = new Promise((r) => this.proc!.once('exit', r))
      this.proc.kill('SIGKILL')
      await exited
    }
    // Shims started by this containerd name its socket on their command line.
    spawnSync('pkill', ['-9', '-f', `containerd-shim-runc-v2 .*-address ${this.socket}`])
    for (const m of fs.readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1]).filter((p) => p?.startsWith(this.dir)).reverse()) {
      spawnSync('umount', ['-l', m])
    }
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

export class TestRegistry {
  readonly dir: string
  addr = ''
  private proc: ChildProcess | null = null
  log = ''

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-registry-'))
  }

  // htpasswd: a bcrypt "user:hash" line; the registry then asks for basic auth.
  async start(opts: { htpasswd?: string } = {}): Promise<this> {
    const port = await freePort()
    this.addr = `127.0.0.1:${port}`
    const auth = opts.htpasswd
      ? `auth:\n  htpasswd:\n    realm: shoal-test\n    path: ${path.join(this.dir, 'htpasswd')}\n`
      : ''
    if (opts.htpasswd) fs.writeFileSync(path.join(this.dir, 'htpasswd'), opts.htpasswd + '\n')
    fs.writeFileSync(
      path.join(this.dir, 'config.yml'),
      `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(this.dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${this.addr}\n${auth}`,
    )
    const proc = spawn(REGISTRY, ['serve', path.join(this.dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.proc = proc
    proc.stdout!.on('data', (d) => (this.log = (this.log + d).slice(-20_000)))
    proc.stderr!.on('data', (d) => (this.log = (this.log + d).slice(-20_000)))
    await waitFor('the registry', async () => {
      if (proc.exitCode !== null) throw new Error(`registry exited with ${proc.exitCode}: ${this.log}`)
      const r = await httpRequest('GET', `http://${this.addr}/v2/`)
      return r.status === 200 || r.status === 401
    }, 20_000, 100)
    return this
  }

  // Pushes an image (by the distribution API's monolithic uploads); returns the
  // manifest's digest.
  async push(repo: string, tag: string, image: BuiltImage, authHeader?: string): Promise<string> {
    const headers: http.OutgoingHttpHeaders = authHeader ? { Authorization: authHeader } : {}
    for (const blob of [image.config, image.layer]) {
      const start = await httpRequest('POST', `http://${this.addr}/v2/${repo}/blobs/uploads/`, headers)
      if (start.status !== 202) throw new Error(`upload start: ${start.status} ${start.body}`)
      const loc = new URL(String(start.headers.location), `http://${this.addr}`)
      loc.searchParams.set('digest', sha256(blob))
      const put = await httpRequest('PUT', loc.toString(), { ...headers, 'Content-Type': 'application/octet-stream' }, blob)
      if (put.status !== 201) throw new Error(`upload: ${put.status} ${put.body}`)
    }
    const put = await httpRequest('PUT', `http://${this.addr}/v2/${repo}/manifests/${tag}`, { ...headers, 'Content-Type': image.manifestType }, image.manifest)
    if (put.status !== 201) throw new Error(`manifest: ${put.status} ${put.body}`)
    return sha256(image.manifest)
  }

  async destroy(): Promise<void> {
    if (this.proc && this.proc.exitCode === null) {
      const exited = new Promise((r) => this.proc!.once('exit', r))
      this.proc.kill('SIGKILL')
      await exited
    }
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

function httpRequest(method: string, url: string, headers: http.OutgoingHttpHeaders = {}, body?: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...headers, ...(body ? { 'Content-Length': body.length } : {}) }, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out`)))
    req.on('error', reject)
    req.end(body)
  })
}

// A one-node swarm whose agent runs containers: a private containerd, a registry (with
// htpasswd auth when given) and a daemon on them, swarm initialized.
export class ContainerSwarm {
  ctd!: TestContainerd
  registry!: TestRegistry
  d!: TestDaemon

  async start(name: string, registry: { htpasswd?: string } = {}): Promise<this> {
    this.ctd = await new TestContainerd().start()
    this.registry = await new TestRegistry().start(registry)
    this.d = new TestDaemon(name, ['--containerd-socket', this.ctd.socket])
    await this.d.start()
    const addr = `127.0.0.1:${await freePort()}`
    const init = await this.d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(init.code, 0, init.stderr)
    return this
  }

  // The service's tasks as the API shows them.
  async tasksOf(service: string): Promise<any[]> {
    return (await this.d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service] }))}`)).body
  }

  async destroy(): Promise<void> {
    await this.d?.destroy()
    await this.ctd?.destroy()
    await this.registry?.destroy()
  }
}

export const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`

// ---- the busybox image ----

export interface BuiltImage {
  config: Buffer
  layer: Buffer // uncompressed tar
  manifest: Buffer // docker schema 2, for pushing
  manifestType: string
}

const APPLETS = ['sh', 'sleep', 'echo', 'cat', 'ls', 'id', 'hostname', 'env', 'true', 'false', 'mkdir', 'touch', 'head', 'dd', 'tail', 'grep', 'kill', 'ps', 'test', 'printf', 'wc']

export function buildBusyboxImage(opts: { cmd?: string[]; env?: string[]; stopSignal?: string } = {}): BuiltImage {
  const entries: TarEntry[] = [
    { name: 'bin/', type: 'dir', mode: 0o755 },
    { name: 'bin/busybox', type: 'file', mode: 0o755, data: fs.readFileSync(BUSYBOX) },
    ...APPLETS.map((a): TarEntry => ({ name: `bin/${a}`, type: 'symlink', mode: 0o777, link: 'busybox' })),
    { name: 'etc/', type: 'dir', mode: 0o755 },
    { name: 'etc/passwd', type: 'file', mode: 0o644, data: Buffer.from('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\napp:x:1000:1500:app:/home/app:/bin/sh\n') },
    { name: 'etc/group', type: 'file', mode: 0o644, data: Buffer.from('root:x:0:\nnogroup:x:65534:\napp:x:1500:\nstaff:x:50:app\n') },
    { name: 'tmp/', type: 'dir', mode: 0o1777 },
  ]
  const layer = tar(entries)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: opts.cmd ?? ['sh'], Env: opts.env ?? ['PATH=/bin'], ...(opts.stopSignal ? { StopSignal: opts.stopSignal } : {}) },
      rootfs: { type: 'layers', diff_ids: [sha256(layer)] },
    }),
  )
  const manifestType = 'application/vnd.docker.distribution.manifest.v2+json'
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: manifestType,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: sha256(config) },
      layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar', size: layer.length, digest: sha256(layer) }],
    }),
  )
  return { config, layer, manifest, manifestType }
}

// The image as `docker save` writes it, tagged with tags.
export function dockerSaveArchive(image: BuiltImage, tags: string[], file: string): string {
  const configName = `${sha256(image.config).slice(7)}.json`
  const layerName = `${sha256(image.layer).slice(7, 19)}/layer.tar`
  fs.writeFileSync(
    file,
    tar([
      { name: configName, type: 'file', mode: 0o644, data: image.config },
      { name: layerName.split('/')[0] + '/', type: 'dir', mode: 0o755 },
      { name: layerName, type: 'file', mode: 0o644, data: image.layer },
      { name: 'manifest.json', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify([{ Config: configName, RepoTags: tags, Layers: [layerName] }])) },
    ]),
  )
  return file
}

// ---- a minimal ustar writer (enough for the image above) ----

export interface TarEntry {
  name: string
  type: 'file' | 'dir' | 'symlink'
  mode: number
  data?: Buffer
  link?: string
}

export function tar(entries: TarEntry[]): Buffer {
  const blocks: Buffer[] = []
  for (const e of entries) {
    const h = Buffer.alloc(512)
    const data = e.data ?? Buffer.alloc(0)
    h.write(e.name, 0, 100, 'utf8')
    h.write(e.mode.toString(8).padStart(7, '0') + '\0', 100)
    h.write('0000000\0', 108)
    h.write('0000000\0', 116)
    h.write((e.type === 'file' ? data.length : 0).toString(8).padStart(11, '0') + '\0', 124)
    h.write('00000000000\0', 136)
    h.write('        ', 148)
    h.write(e.type === 'file' ? '0' : e.type === 'dir' ? '5' : '2', 156)
    if (e.link) h.write(e.link, 157, 100, 'utf8')
    h.write('ustar\0', 257)
    h.write('00', 263)
    let sum = 0
    for (const b of h) sum += b
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
    blocks.push(h)
    if (e.type === 'file') {
      blocks.push(data)
      const pad = (512 - (data.length % 512)) % 512
      if (pad) blocks.push(Buffer.alloc(pad))
    }
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}
