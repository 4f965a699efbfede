import { Command, Flags } from '@oclif/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ApiServer } from '../api/server'
import { Daemon } from '../daemon/daemon'
import { DEFAULT_NETNS_DIR } from '../daemon/context'
import { HOST_RESOLV_CONF } from '../agent/network/resolv-conf'
import { DEFAULT_CONTAINERD_SOCKET } from '../agent/exec/container'
import { crunRefusal } from '../agent/exec/cgroups'
import { parseMaxTasks } from '../agent/capacity'
import { logRotationOf, parseLogOptFlags } from '../agent/logopts'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

export default class DaemonCommand extends Command {
  static description = 'Run a shoal node in the foreground (systemd-friendly)'

  static examples = ['<%= config.bin %> daemon --data-dir /var/lib/shoal', '<%= config.bin %> daemon --data-dir /tmp/n1 -H unix:///tmp/n1/shoal.sock']

  static flags = {
    'data-dir': Flags.string({ description: 'where the node keeps its state', default: isRoot() ? '/var/lib/shoal' : path.join(os.homedir(), '.local/share/shoal') }),
    host: Flags.string({ char: 'H', description: 'unix socket to serve the API on (default /run/shoal/shoal.sock as root, else DATA_DIR/shoal.sock)', env: 'SHOAL_HOST' }),
    hostname: Flags.string({ description: 'the node name other nodes and `node ls` show (default: the machine hostname)' }),
    'max-tasks': Flags.string({ description: "how many tasks this node holds at once (default: from the host's pid limits and memory)", helpValue: 'N' }),
    'log-opt': Flags.string({ description: 'task log rotation unless a service says otherwise: max-size=20m, max-file=5 (the defaults)', multiple: true, helpValue: 'key=value' }),
    'netns-dir': Flags.string({ description: "where the node keeps its tasks' and overlay networks' network namespaces (one node's own; a tmpfs)", default: DEFAULT_NETNS_DIR, helpValue: 'DIR' }),
    'resolv-conf': Flags.string({ description: "where the host's resolvers are read: tasks' embedded DNS forwards the names that are not the swarm's to them", default: HOST_RESOLV_CONF, helpValue: 'FILE' }),
    'containerd-socket': Flags.string({ description: "containerd's socket, for the container runtime", default: DEFAULT_CONTAINERD_SOCKET }),
    'oci-runtime': Flags.string({ description: 'the OCI runtime containers run under', options: ['runc', 'crun'], default: 'runc' }),
  }

  async run(): Promise<void> {
    const { flags } = await this.parse(DaemonCommand)
    const dataDir = path.resolve(flags['data-dir'])
    const socket = flags.host ? flags.host.replace(/^unix:\/\//, '') : isRoot() ? '/run/shoal/shoal.sock' : path.join(dataDir, 'shoal.sock')
    if (/^[a-z]+:\/\//.test(socket)) this.error(`unsupported host "${flags.host}": only unix:// sockets are served`, { exit: 2 })
    fs.mkdirSync(path.dirname(socket), { recursive: true })

    let maxTasks: number | undefined
    let logRotation
    try {
      maxTasks = flags['max-tasks'] === undefined ? undefined : parseMaxTasks(flags['max-tasks'])
      logRotation = logRotationOf(parseLogOptFlags(flags['log-opt'] ?? []))
    } catch (err) {
      this.error((err as Error).message, { exit: 2 })
    }
    const resolvConf = path.resolve(flags['resolv-conf'])
    // The default may be absent (glibc then asks the local host); a file named is a promise.
    if (flags['resolv-conf'] !== HOST_RESOLV_CONF && !fs.existsSync(resolvConf)) this.error(`--resolv-conf ${flags['resolv-conf']}: no such file`, { exit: 2 })
    let ociRuntime = flags['oci-runtime'] as 'runc' | 'crun'
    const refusal = ociRuntime === 'crun' ? crunRefusal() : null
    if (refusal) {
      process.stderr.write(`shoal daemon: --oci-runtime crun: ${refusal}; using runc\n`)
      ociRuntime = 'runc'
    }
    const daemon = new Daemon({ dataDir, hostname: flags.hostname, maxTasks, logRotation, containerdSocket: flags['containerd-socket'], ociRuntime, netnsDir: path.resolve(flags['netns-dir']), resolvConf })
    await daemon.start()
    const api = new ApiServer(daemon)
    await api.listen(socket)
    process.stderr.write(`shoal daemon: data dir ${dataDir}, API on unix://${socket}\n`)

    await new Promise<void>((resolve) => {
      let stopping = false
      const stop = async (signal: string) => {
        if (stopping) return
        stopping = true
        process.stderr.write(`shoal daemon: ${signal}, stopping (tasks keep running and are adopted on restart)\n`)
        await api.close().catch(() => undefined)
        await daemon.stop()
        fs.rmSync(socket, { force: true })
        resolve()
      }
      process.on('SIGTERM', () => void stop('SIGTERM'))
      process.on('SIGINT', () => void stop('SIGINT'))
    })
  }
}
