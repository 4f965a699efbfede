// What every part of the daemon shares about this node: where its data lives, its name,
// its certificate directory, and its swarm membership (swarm.json, kept in step with the
// file), and the queue that keeps membership changes from interleaving.
import * as fs from 'node:fs'
import * as os from 'node:os'
import { defaultMaxTasks } from '../agent/capacity'
import type { LogRotation } from '../agent/logopts'
import { NodeFiles } from './node-files'
import { ContainerExecutor } from '../agent/exec/container'
import { HOST_RESOLV_CONF } from '../agent/network/resolv-conf'
import * as path from 'node:path'
import { clearSwarmState, saveSwarmState, type SwarmState } from './state'

export const DEFAULT_NETNS_DIR = '/run/shoal/netns'

export class NodeContext {
  readonly files: NodeFiles
  readonly hostname: string
  // How many tasks this node will hold (--max-tasks; default from the host, agent/capacity.ts).
  readonly maxTasks: number
  // How task logs are rotated unless a service says otherwise (--log-opt, agent/logopts.ts).
  readonly logRotation: LogRotation | undefined
  // Where the overlay data plane keeps its named network namespaces (--netns-dir; default
  // /run/shoal/netns): one daemon's own, on a tmpfs so they go with a reboot.
  readonly netnsDir: string
  // Where the host's resolvers are read (--resolv-conf; default /etc/resolv.conf): the
  // embedded DNS of tasks forwards the names that are not the swarm's to them.
  readonly resolvConf: string
  // The node's containerd client: the agent's `container` executor, and the images
  // `shoal image` manages (which need no swarm).
  readonly containers: ContainerExecutor
  // This node's membership, as swarm.json holds it (null: not in a swarm).
  state: SwarmState | null = null
  // A manager restarted with its key files sealed (autolock): it waits for `swarm unlock`.
  locked = false
  // Init, join, leave, unlock, promotion and demotion each change the node in several
  // steps: one at a time.
  private membership: Promise<unknown> = Promise.resolve()

  constructor(
    readonly dataDir: string,
    opts: { hostname?: string; maxTasks?: number; logRotation?: LogRotation; netnsDir?: string; resolvConf?: string; containerdSocket?: string; ociRuntime?: 'runc' | 'crun' } = {},
  ) {
    this.hostname = opts.hostname ?? os.hostname()
    this.maxTasks = opts.maxTasks ?? defaultMaxTasks()
    this.logRotation = opts.logRotation
    this.netnsDir = opts.netnsDir ?? DEFAULT_NETNS_DIR
    this.resolvConf = opts.resolvConf ?? HOST_RESOLV_CONF
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    this.files = new NodeFiles(dataDir)
    this.containers = new ContainerExecutor({
      socket: opts.containerdSocket,
      ociRuntime: opts.ociRuntime,
      volumesDir: path.join(dataDir, 'volumes'),
      logRotation: opts.logRotation,
    })
  }

  // Records the membership in swarm.json (atomically) and here; null: not in a swarm.
  setState(state: SwarmState | null): void {
    if (state) saveSwarmState(this.dataDir, state)
    else clearSwarmState(this.dataDir)
    this.state = state
  }

  serialize<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.membership.then(fn, fn)
    this.membership = next.catch(() => undefined)
    return next
  }
}

// "10.0.0.2:2377" or "[fd00::2]:2377" -> the IP.
export function hostOf(addr: string): string {
  return addr.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
}
