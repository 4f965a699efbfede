// The cluster a chaos run works on: real shoal daemons, each host a network namespace of
// its own on one test bridge (__test__/helpers/netns.ts), managers first. One manager's
// data directory can be a small tmpfs so that its disk can be filled. Everything it makes
// (namespaces, daemons and their task processes, the tmpfs, temp dirs) is removed by
// destroy(), whatever state a run left it in.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, killProcessesUnder, waitFor } from '../__test__/helpers/daemon'
import { TestNetwork, type Host } from '../__test__/helpers/netns'
import { TestContainerd, buildBusyboxImage, dockerSaveArchive } from '../__test__/helpers/containerd'
import { clockEnv, faketimeLibrary, setClockOffset } from './clock'

export interface Member {
  name: string // m0, m1, ..., w0, w1, ...
  role: 'manager' | 'worker'
  host: Host
  daemon: TestDaemon
  nodeId: string
  tmpfs: string | null // a mounted data dir, if this member's disk can be filled
  clockFile: string | null // its wall clock's offset (clock.ts), if clocks can jump
  containerd: TestContainerd | null // its own containerd (--containers), which outlives its kills
}

// The image container tasks run (--containers), loaded on every node.
export const CONTAINER_IMAGE = 'busybox:chaos'

export const DISK_MB = 64

export class ChaosCluster {
  readonly net: TestNetwork
  readonly members: Member[] = []
  // Set once teardown begins: nothing may start a daemon after it (a run cut short by its
  // time limit still has its nemesis and workload unwinding).
  closed = false
  // libfaketime, when installed: every daemon's wall clock can then jump.
  readonly faketime = faketimeLibrary()

  constructor(readonly managers: number, readonly workers: number, readonly opts: { subnet: string; diskFull: boolean; containers?: boolean }) {
    this.net = new TestNetwork(opts.subnet)
  }

  get managerMembers(): Member[] {
    return this.members.filter((m) => m.role === 'manager')
  }

  async start(): Promise<void> {
    const hosts = this.net.setup(this.managers + this.workers).hosts
    for (const [i, host] of hosts.entries()) {
      const role = i < this.managers ? 'manager' : 'worker'
      const name = role === 'manager' ? `m${i}` : `w${i - this.managers}`
      // A containerd of its own, in the machine's namespace (as a host's would be); the
      // daemon reaches it by its socket.
      const containerd = this.opts.containers ? await new TestContainerd(`shoal-cx-${name}`).start() : null
      const daemon = new TestDaemon(`shoal-chaos-${name}`, ['--hostname', name, ...(containerd ? ['--containerd-socket', containerd.socket] : [])], { netns: host.ns })
      const clockFile = this.faketime ? path.join(daemon.dir, 'clock') : null
      if (this.faketime && clockFile) daemon.opts.env = { ...daemon.opts.env, ...clockEnv(this.faketime, clockFile) }
      let tmpfs: string | null = null
      // The last manager's data lives on a small tmpfs (never the founder's).
      if (this.opts.diskFull && role === 'manager' && i === this.managers - 1) {
        tmpfs = path.join(daemon.dir, 'data')
        fs.mkdirSync(tmpfs)
        run('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'shoal-chaos', tmpfs])
      }
      this.members.push({ name, role, host, daemon, nodeId: '', tmpfs, clockFile, containerd })
    }
    await Promise.all(this.members.map((m) => m.daemon.start()))
    const [first, ...rest] = this.members
    let r = await first.daemon.cli('swarm', 'init', '--advertise-addr', first.host.addr)
    if (r.code !== 0) throw new Error(`swarm init: ${r.stderr}`)
    // Down after 1.5 s of silence: faults are seconds long, so nodes do go down.
    r = await first.daemon.cli('swarm', 'update', '--dispatcher-heartbeat', '500ms')
    if (r.code !== 0) throw new Error(`swarm update: ${r.stderr}`)
    const token = { manager: '', worker: '' }
    for (const role of ['manager', 'worker'] as const) token[role] = (await first.daemon.cli('swarm', 'join-token', '-q', role)).stdout.trim()
    for (const m of rest) {
      r = await m.daemon.cli('swarm', 'join', '--token', token[m.role], `${first.host.addr}:2377`)
      if (r.code !== 0) throw new Error(`${m.name} join: ${r.stderr}`)
    }
    for (const m of this.members) m.nodeId = (await m.daemon.api('GET', '/info')).body.Swarm.NodeID
    if (this.opts.containers) {
      // Images are per node, as docker's.
      const archive = dockerSaveArchive(buildBusyboxImage(), [CONTAINER_IMAGE], path.join(first.daemon.dir, 'image.tar'))
      for (const m of this.members) {
        r = await m.daemon.cli('image', 'load', '-i', archive)
        if (r.code !== 0) throw new Error(`${m.name} image load: ${r.stderr}`)
      }
    }
    await waitFor('every node ready and every manager reachable', async () => {
      const nodes = (await first.daemon.api('GET', '/nodes')).body as any[]
      const runtimes = (n: any) => !this.opts.containers || (n.Description?.Engine?.Runtimes ?? []).includes('container')
      return nodes.length === this.members.length && nodes.every((n) => n.Status.State === 'ready' && runtimes(n) && (n.Spec.Role !== 'manager' || n.ManagerStatus?.Reachability === 'reachable'))
    }, 60_000)
  }

  // An overlay network for the workload's services (run.ts --overlay).
  async createNetwork(name: string): Promise<void> {
    const r = await this.members[0].daemon.api('POST', '/networks/create', { Name: name, Driver: 'overlay' })
    if (r.status !== 201) throw new Error(`network create ${name}: ${r.status} ${r.text}`)
  }

  // The member that says it leads, among those given (a deposed leader may still say so
  // until it hears of the new term; the first one found is returned).
  async leader(among = this.managerMembers): Promise<Member | null> {
    const roles = await Promise.all(among.map((m) => this.raftRole(m)))
    const i = roles.indexOf('leader')
    return i < 0 ? null : among[i]
  }

  async raftRole(m: Member): Promise<string> {
    if (!m.daemon.proc) return ''
    try {
      return (await m.daemon.api('GET', '/info')).body?.Swarm?.Raft?.Role ?? ''
    } catch {
      return ''
    }
  }

  // Fills the member's tmpfs data dir (a file of zeros up to ENOSPC); unfill() frees it.
  fill(m: Member): void {
    if (!m.tmpfs) throw new Error(`${m.name} has no tmpfs data dir`)
    spawnSync('dd', ['if=/dev/zero', `of=${path.join(m.tmpfs, 'chaos-filler')}`, 'bs=1M', `count=${DISK_MB}`], { stdio: 'ignore', timeout: 30_000 })
  }

  unfill(m: Member): void {
    if (m.tmpfs) fs.rmSync(path.join(m.tmpfs, 'chaos-filler'), { force: true })
  }

  // Removes every fault still in force: network rules, stopped processes, a full disk.
  healAll(): void {
    for (const m of this.members) {
      this.net.heal(m.host)
      m.daemon.resume()
      this.unfill(m)
      if (m.clockFile) setClockOffset(m.clockFile, 0)
    }
  }

  // Tears everything down; returns what could not be removed.
  async destroy(): Promise<string[]> {
    this.closed = true
    const left: string[] = []
    try {
      this.healAll()
    } catch (err) {
      left.push(`heal: ${(err as Error).message}`)
    }
    // Daemons (and their tasks) first, then the namespaces; the tmpfs only once nothing
    // runs in it, and before destroy() removes the temp dir holding it.
    for (const m of this.members) {
      await m.daemon.kill9().catch(() => undefined)
      killProcessesUnder(m.daemon.dir)
      if (m.tmpfs) {
        const err = await unmount(m.tmpfs, m.daemon.dir)
        if (err) left.push(`umount ${m.tmpfs}: ${err}`)
      }
    }
    left.push(...(await this.net.destroyWith(this.members.map((m) => m.daemon))))
    for (const m of this.members) await m.containerd?.destroy().catch((err) => left.push(`${m.name}'s containerd: ${err}`))
    return left
  }
}

// Unmounts a member's tmpfs; null when done. SIGKILL is not instant: a task process killed
// a moment ago may still hold its directory ("target is busy", seen in 2 chaos runs of 4
// under load), so a busy mount is tried again for up to 5 s, killing again meanwhile.
async function unmount(dir: string, owner: string): Promise<string | null> {
  for (let tries = 0; ; tries++) {
    const r = spawnSync('umount', [dir], { encoding: 'utf8' })
    if (r.status === 0) return null
    if (!/busy/.test(r.stderr) || tries >= 50) return r.stderr.trim()
    killProcessesUnder(owner)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error?.message}`)
}
