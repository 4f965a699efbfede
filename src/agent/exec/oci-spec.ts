// The OCI runtime spec of a container task, built from the task spec and the image's
// config: a pure function, so every rule here is unit-tested without a runtime
// (__test__/oci-spec.test.ts). The defaults follow what docker gives a container: its
// capability set, masked and read-only /proc paths, /dev as tmpfs, a private
// network/pid/ipc/uts/mount namespace each.
import type { AssignedTask, ContainerMount } from '../types'
import type { ImageHealthcheck } from './health'

export class SpecError extends Error {}

// docker's default capabilities (moby oci/caps/defaults.go).
export const DEFAULT_CAPS = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
]

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
const CPU_PERIOD_US = 100_000

// The parts of an image config (the OCI image spec's "config" object) a container uses.
export interface ImageRunConfig {
  Entrypoint?: string[] | null
  Cmd?: string[] | null
  Env?: string[] | null
  User?: string
  WorkingDir?: string
  StopSignal?: string
  Healthcheck?: ImageHealthcheck | null
}

export interface SpecInputs {
  task: AssignedTask
  image: ImageRunConfig
  // cgroupfs path of the container, e.g. /shoal/<task id>: runc creates it under every v1
  // controller, or once in the unified v2 hierarchy.
  cgroupsPath: string
  // Host directory with the task's secret files, mounted read-only at /run/secrets.
  secretsDir?: string
  // Host directory of a named volume (the executor creates it).
  volumeDir: (name: string) => string
  // A network namespace to join (the network attacher's); absent: a new one with loopback
  // only, or the host's when the task asks for network mode "host".
  netnsPath?: string
}

export function imageRunConfig(configJson: string): ImageRunConfig {
  try {
    const c = JSON.parse(configJson) as { config?: ImageRunConfig }
    return c.config ?? {}
  } catch {
    throw new SpecError('the image config is not valid JSON')
  }
}

function expandTemplate(s: string, t: AssignedTask): string {
  const values: Record<string, string> = {
    '.Task.ID': t.id,
    '.Task.Slot': String(t.slot),
    '.Task.Name': `${t.serviceName}.${t.slot || t.nodeId}.${t.id}`,
    '.Service.ID': t.serviceId,
    '.Service.Name': t.serviceName,
    '.Node.ID': t.nodeId,
  }
  return s.replace(/\{\{\s*([.A-Za-z]+)\s*\}\}/g, (whole, key: string) => {
    const v = values[key]
    if (v === undefined) throw new SpecError(`unknown template ${whole} (known: ${Object.keys(values).map((k) => `{{${k}}}`).join(', ')})`)
    return v
  })
}

// "uid", "uid:gid", "root": numeric ids only, since names need the image's /etc/passwd.
export function parseUser(user: string): { uid: number; gid: number } {
  if (user === '' || user === 'root') return { uid: 0, gid: 0 }
  const m = /^(\d+)(?::(\d+))?$/.exec(user)
  if (!m) throw new SpecError(`user "${user}": give a numeric uid[:gid] (user names from the image's /etc/passwd are not supported yet)`)
  return { uid: Number(m[1]), gid: m[2] === undefined ? Number(m[1]) : Number(m[2]) }
}

function mergeEnv(image: string[], task: string[], hostname: string): string[] {
  const out = new Map<string, string>()
  out.set('PATH', DEFAULT_PATH)
  out.set('HOSTNAME', hostname)
  for (const e of [...image, ...task]) {
    const eq = e.indexOf('=')
    if (eq <= 0) throw new SpecError(`invalid environment entry "${e}": expected KEY=VALUE`)
    out.set(e.slice(0, eq), e.slice(eq + 1))
  }
  return [...out].map(([k, v]) => `${k}=${v}`)
}

function capName(c: string): string {
  const up = c.toUpperCase()
  return up === 'ALL' || up.startsWith('CAP_') ? up : `CAP_${up}`
}

export function capabilities(add: string[], drop: string[]): string[] {
  const a = add.map(capName)
  const d = drop.map(capName)
  let caps = a.includes('ALL') ? ALL_CAPS : [...DEFAULT_CAPS, ...a.filter((c) => c !== 'ALL')]
  if (d.includes('ALL')) caps = a.filter((c) => c !== 'ALL')
  else caps = caps.filter((c) => !d.includes(c))
  for (const c of [...a, ...d]) if (c !== 'ALL' && !ALL_CAPS.includes(c)) throw new SpecError(`unknown capability "${c}"`)
  return [...new Set(caps)]
}

function mountOf(m: ContainerMount, volumeDir: (name: string) => string): object {
  if (!m.target.startsWith('/')) throw new SpecError(`mount target "${m.target}" must be an absolute path`)
  const ro = m.readOnly ? ['ro'] : ['rw']
  switch (m.type) {
    case 'bind':
      if (!m.source.startsWith('/')) throw new SpecError(`bind mount source "${m.source}" must be an absolute host path`)
      return { destination: m.target, type: 'bind', source: m.source, options: ['rbind', 'rprivate', ...ro] }
    case 'volume':
      if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(m.source)) throw new SpecError(`volume name "${m.source}" must be [A-Za-z0-9_.-]`)
      return { destination: m.target, type: 'bind', source: volumeDir(m.source), options: ['rbind', 'rprivate', ...ro] }
    case 'tmpfs': {
      const opts = ['nosuid', 'nodev', ...ro]
      if (m.tmpfsSizeBytes) opts.push(`size=${m.tmpfsSizeBytes}`)
      return { destination: m.target, type: 'tmpfs', source: 'tmpfs', options: opts }
    }
    default:
      throw new SpecError(`unsupported mount type "${m.type}" (bind, volume, tmpfs)`)
  }
}

// The argv: --entrypoint (spec.command) replaces the image's Entrypoint and drops its Cmd;
// arguments replace Cmd (docker run semantics).
export function argvOf(task: AssignedTask, image: ImageRunConfig): string[] {
  const command = task.spec.command ?? []
  const entry = command.length > 0 ? command : (image.Entrypoint ?? [])
  const cmd = task.spec.args.length > 0 ? task.spec.args : command.length > 0 ? [] : (image.Cmd ?? [])
  const argv = [...entry, ...cmd]
  if (argv.length === 0) throw new SpecError('no command: the image has no Entrypoint or Cmd and the service gives none')
  return argv
}

export function stopSignalOf(task: AssignedTask, image: ImageRunConfig): string {
  const s = task.spec.stopSignal || image.StopSignal || 'SIGTERM'
  return /^\d+$/.test(s) || s.startsWith('SIG') ? s : `SIG${s.toUpperCase()}`
}

export function buildOciSpec(i: SpecInputs): Record<string, unknown> {
  const { task, image } = i
  const spec = task.spec
  const hostname = spec.hostname ? expandTemplate(spec.hostname, task) : task.id.slice(0, 12)
  if (!/^[A-Za-z0-9]([A-Za-z0-9.-]{0,62})$/.test(hostname)) throw new SpecError(`invalid hostname "${hostname}"`)
  const user = parseUser(spec.user || image.User || '')
  const cwd = spec.dir || image.WorkingDir || '/'
  if (!cwd.startsWith('/')) throw new SpecError(`working directory "${cwd}" must be absolute`)
  const caps = capabilities(spec.capAdd ?? [], spec.capDrop ?? [])
  const mounts: object[] = [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['nosuid', 'noexec', 'nodev', 'relatime', 'ro'] },
  ]
  for (const m of spec.mounts ?? []) mounts.push(mountOf(m, i.volumeDir))
  if (i.secretsDir) mounts.push({ destination: '/run/secrets', type: 'bind', source: i.secretsDir, options: ['rbind', 'rprivate', 'ro'] })

  const namespaces: object[] = [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }]
  if (i.netnsPath) namespaces.push({ type: 'network', path: i.netnsPath })
  else if (spec.networkMode !== 'host') namespaces.push({ type: 'network' })

  const resources: Record<string, unknown> = { devices: [{ allow: false, access: 'rwm' }] }
  const lim = spec.limits
  if (lim?.memoryBytes) resources.memory = { limit: lim.memoryBytes }
  if (lim?.nanoCpus) resources.cpu = { quota: Math.max(1000, Math.round((lim.nanoCpus * CPU_PERIOD_US) / 1e9)), period: CPU_PERIOD_US }
  if (lim?.pids) resources.pids = { limit: lim.pids }

  return {
    ociVersion: '1.0.2-dev',
    process: {
      terminal: false,
      user: { uid: user.uid, gid: user.gid },
      args: argvOf(task, image),
      env: mergeEnv(image.Env ?? [], spec.env, hostname),
      cwd,
      capabilities: { bounding: caps, effective: caps, permitted: caps },
      noNewPrivileges: false,
      oomScoreAdj: 0,
    },
    root: { path: 'rootfs', readonly: spec.readOnly === true },
    hostname: spec.networkMode === 'host' ? undefined : hostname,
    mounts,
    linux: {
      cgroupsPath: i.cgroupsPath,
      resources,
      namespaces,
      maskedPaths: [
        '/proc/asound',
        '/proc/acpi',
        '/proc/kcore',
        '/proc/keys',
        '/proc/latency_stats',
        '/proc/timer_list',
        '/proc/timer_stats',
        '/proc/sched_debug',
        '/proc/scsi',
        '/sys/firmware',
      ],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  }
}

const ALL_CAPS = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID',
  'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN',
  'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ',
  'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
]
