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
  // The image's /etc/passwd and /etc/group, read when the user needs them (userNeedsLookup).
  userFiles?: UserFiles
  // The node's static init binary (tini-static), bind-mounted at INIT_PATH for --init.
  initPath?: string
  // A host file the container sees as /etc/resolv.conf (a task on overlay networks: the one
  // naming the embedded DNS server, as docker's on user-defined networks).
  resolvConf?: string
}

// Where docker mounts its init (tini) in a container.
export const INIT_PATH = '/sbin/docker-init'

export function imageRunConfig(configJson: string): ImageRunConfig {
  try {
    const c = JSON.parse(configJson) as { config?: ImageRunConfig }
    return c.config ?? {}
  } catch {
    throw new SpecError('the image config is not valid JSON')
  }
}

// ---- --user ----
// `--user NAME[:GROUP]` as docker resolves it (moby through runc's libcontainer/user
// GetExecUser): names are looked up in the image's /etc/passwd and /etc/group; numeric
// ids are taken as they are, a bare numeric uid still getting its primary group from
// passwd when it has an entry there, else gid 0; the user's supplementary groups are the
// primary group and the groups in /etc/group that list it. (HOME comes from passwd too,
// set by runc itself.)
// The executor reads the two files from the image's layers (Containerd.rootfsRead) when
// userNeedsLookup says so.

export interface ResolvedUser {
  uid: number
  gid: number
  additionalGids: number[]
}

interface PasswdEntry {
  name: string
  uid: number
  gid: number
}

interface GroupEntry {
  name: string
  gid: number
  members: string[]
}

const NUMERIC = /^\d+$/
const MAX_ID = 2 ** 31 - 1

function parsePasswd(text: string | null): PasswdEntry[] {
  const out: PasswdEntry[] = []
  for (const line of (text ?? '').split('\n')) {
    const f = line.trim().split(':')
    if (f.length < 4 || f[0] === '' || f[0].startsWith('#') || !NUMERIC.test(f[2]) || !NUMERIC.test(f[3])) continue
    out.push({ name: f[0], uid: Number(f[2]), gid: Number(f[3]) })
  }
  return out
}

function parseGroup(text: string | null): GroupEntry[] {
  const out: GroupEntry[] = []
  for (const line of (text ?? '').split('\n')) {
    const f = line.trim().split(':')
    if (f.length < 3 || f[0] === '' || f[0].startsWith('#') || !NUMERIC.test(f[2])) continue
    out.push({ name: f[0], gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) })
  }
  return out
}

function id(text: string, what: string, user: string): number {
  const n = Number(text)
  if (n > MAX_ID) throw new SpecError(`user "${user}": ${what} ${text} is out of range`)
  return n
}

// Whether resolving `user` needs the image's files: names do, and a bare numeric uid does
// for its primary group. "uid:gid" and the default (root) do not.
export function userNeedsLookup(user: string): boolean {
  return user !== '' && !/^\d+:\d+$/.test(user)
}

export interface UserFiles {
  passwd: string | null
  group: string | null
}

// The user a container runs as: the service's, else the image's.
export function userOf(task: AssignedTask, image: ImageRunConfig): string {
  return task.spec.user || image.User || ''
}

export function resolveUser(user: string, files: UserFiles): ResolvedUser {
  if (user === '') return { uid: 0, gid: 0, additionalGids: [] }
  const colon = user.indexOf(':')
  const u = colon < 0 ? user : user.slice(0, colon)
  const g = colon < 0 ? undefined : user.slice(colon + 1)
  if (u === '' || g === '') throw new SpecError(`invalid user "${user}": expected NAME|UID[:GROUP|GID]`)
  const passwd = parsePasswd(files.passwd)
  const groups = parseGroup(files.group)

  let entry: PasswdEntry | undefined
  let uid: number
  if (NUMERIC.test(u)) {
    uid = id(u, 'uid', user)
    entry = passwd.find((p) => p.uid === uid)
  } else {
    entry = passwd.find((p) => p.name === u)
    // An image without /etc/passwd still runs as root by that name.
    if (!entry && u === 'root') entry = { name: 'root', uid: 0, gid: 0 }
    if (!entry) throw new SpecError(`unable to find user ${u}: no matching entries in passwd file`)
    uid = entry.uid
  }

  let gid = entry?.gid ?? 0
  if (g !== undefined) {
    if (NUMERIC.test(g)) gid = id(g, 'gid', user)
    else {
      const group = groups.find((x) => x.name === g)
      if (!group) throw new SpecError(`unable to find group ${g}: no matching entries in group file`)
      gid = group.gid
    }
  }

  // The primary group first, then the groups that list the user (moby's getUser since
  // 20.10.18: the primary group is a supplementary one too).
  const name = entry?.name
  const listed = name ? groups.filter((x) => x.members.includes(name)).map((x) => x.gid) : []
  return { uid, gid, additionalGids: [...new Set([gid, ...listed])] }
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
  // Templates ({{.Task.Slot}}...) were expanded by the task's runner (gotemplate/task.ts).
  const hostname = spec.hostname || task.id.slice(0, 12)
  if (!/^[A-Za-z0-9]([A-Za-z0-9.-]{0,62})$/.test(hostname)) throw new SpecError(`invalid hostname "${hostname}"`)
  const user = resolveUser(userOf(task, image), i.userFiles ?? { passwd: null, group: null })
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
  let argv = argvOf(task, image)
  if (spec.init) {
    // docker's --init: tini as PID 1 reaps orphaned processes and forwards signals to the
    // command, which a program as PID 1 would neither do nor expect.
    if (!i.initPath) throw new SpecError('--init needs a static init binary on the node (tini-static, Debian package "tini"), and none was found')
    mounts.push({ destination: INIT_PATH, type: 'bind', source: i.initPath, options: ['rbind', 'rprivate', 'ro'] })
    argv = [INIT_PATH, '--', ...argv]
  }
  if (i.resolvConf) mounts.push({ destination: '/etc/resolv.conf', type: 'bind', source: i.resolvConf, options: ['rbind', 'rprivate'] })
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
      user: { uid: user.uid, gid: user.gid, ...(user.additionalGids.length > 0 ? { additionalGids: user.additionalGids } : {}) },
      args: argv,
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
