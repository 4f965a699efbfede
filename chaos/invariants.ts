// What a chaos run checks once the nemesis has stopped and every fault is healed:
// convergence to the desired state within a stated bound, and, after teardown, that
// nothing is left behind.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CONTAINER_SERVICES, TASK_ARGS, serviceSpec } from './workload'
import { CONTAINER_IMAGE, type ChaosCluster } from './cluster'

// The stated bound: after the last heal, the cluster reaches its desired state within
// this long (a restarted manager replays its log, sessions reconnect with backoff up to
// 8 s, a restarted task waits its restart delay).
export const CONVERGE_MS = 90_000

export interface Convergence {
  ms: number // from the last heal until every check held
  services: number
  tasksRunning: number
}

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

// Why the cluster is not (yet) in its desired state, or null when it is: a leader, every
// manager reachable and holding the same services at the same versions, every node
// ready, every service's running tasks at its replica count with no slot twice and none
// on a node that is down, and as many task processes alive on the hosts as tasks
// reported running (none orphaned by a kill, none started twice).
export async function notConverged(c: ChaosCluster): Promise<string | null> {
  const leader = await c.leader()
  if (!leader) return 'no leader'
  const api = async (path: string) => {
    const r = await leader.daemon.api('GET', path)
    if (r.status !== 200) throw new Error(`GET ${path} on ${leader.name}: ${r.status} ${r.text}`)
    return r.body as any
  }
  const nodes: any[] = await api('/nodes')
  const notReady = nodes.filter((n) => n.Status.State !== 'ready' || (n.ManagerStatus && n.ManagerStatus.Reachability !== 'reachable'))
  if (notReady.length) return `nodes not ready or unreachable: ${notReady.map((n) => n.Description.Hostname).join(', ')}`
  const ready = new Set(nodes.map((n) => n.ID))
  const services: any[] = await api('/services')
  const view = (ss: any[]) => JSON.stringify(ss.map((s) => [s.ID, s.Version.Index]).sort())
  for (const m of c.managerMembers) {
    const r = await m.daemon.api('GET', '/services')
    if (r.status !== 200 || view(r.body) !== view(services)) return `${m.name} holds other services than the leader ${leader.name}`
  }
  let running = 0
  const runningIds = new Set<string>()
  const containerIds = new Set<string>()
  for (const s of services) {
    const want = s.Spec.Mode.Replicated.Replicas
    const tasks: any[] = await api(`/tasks?filters=${filters({ service: [s.ID] })}`)
    const up = tasks.filter((t) => t.Status.State === 'running' && t.DesiredState === 'running')
    const slots = up.map((t) => t.Slot)
    if (new Set(slots).size !== slots.length) return `${s.Spec.Name}: a slot runs two tasks (${slots.join(',')})`
    const onDown = up.filter((t) => !ready.has(t.NodeID))
    if (onDown.length) return `${s.Spec.Name}: ${onDown.length} running tasks on nodes that are not ready`
    if (up.length !== want) return `${s.Spec.Name}: ${up.length} of ${want} tasks running`
    // Containers are counted in their containerds, processes on the hosts.
    for (const t of up) (t.Spec?.Runtime === 'process' ? runningIds : containerIds).add(t.ID)
    running += up.filter((t) => t.Spec?.Runtime === 'process').length
  }
  const ctds = c.members.filter((m) => m.containerd)
  if (ctds.length) {
    const inContainerd = ctds.flatMap((m) => [...m.containerd!.tasks()].filter(([, t]) => t.status === 'RUNNING').map(([id]) => id))
    const extra = inContainerd.filter((id) => !containerIds.has(id))
    if (inContainerd.length !== containerIds.size || extra.length) {
      return `${inContainerd.length} containers running in the hosts' containerds for ${containerIds.size} running container tasks${extra.length ? `; not running as far as the store knows: ${extra.map((id) => id.slice(0, 12)).join(', ')}` : ''}`
    }
  }
  const procs = taskProcesses(c.members.map((m) => m.daemon.dir))
  if (procs.length !== running) {
    // Name the extra ones: the task each belongs to (its wrapper names the task's dir) and
    // what the store says of that task.
    const all: any[] = await api('/tasks')
    const extra = procs
      .filter((p) => !runningIds.has(p.task))
      .map((p) => {
        const t = all.find((x) => x.ID === p.task)
        return `${p.task.slice(0, 12)} (pid ${p.pid}: ${t ? `${t.Status.State}, desired ${t.DesiredState}, on ${t.NodeID.slice(0, 8)}` : 'no such task in the store'})`
      })
    return `${procs.length} task processes alive on the hosts for ${running} running tasks${extra.length ? `; not running as far as the store knows: ${extra.join('; ')}` : ''}`
  }
  return null
}

export async function converge(c: ChaosCluster, since: number): Promise<Convergence> {
  let why: string | null = 'not checked'
  while (Date.now() - since < CONVERGE_MS) {
    why = await notConverged(c).catch((err) => `${err}`)
    if (!why) {
      const services = ((await (await c.leader())!.daemon.api('GET', '/services')).body as any[]).length
      return { ms: Date.now() - since, services, tasksRunning: taskProcesses(c.members.map((m) => m.daemon.dir)).length }
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`not converged ${CONVERGE_MS} ms after the last heal: ${why}`)
}

// The workload's task processes (`sleep 3601`) started by any of the daemons whose dirs
// are given, with the task each runs: the process runtime starts each under a wrapper
// whose command line names the task's dir in the daemon's data dir (the last path
// component of it that is a task id).
export function taskProcesses(dirs: string[]): { pid: number; task: string }[] {
  const found: { pid: number; task: string }[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean)
      if (!argv[0]?.endsWith('sleep') || argv.slice(1).join(' ') !== TASK_ARGS.join(' ')) continue
      const ppid = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]
      const wrapper = fs.readFileSync(`/proc/${ppid}/cmdline`, 'utf8')
      if (!dirs.some((d) => wrapper.includes(d))) continue
      const task = /\/tasks\/process\/([A-Za-z0-9]+)/.exec(wrapper)?.[1] ?? ''
      found.push({ pid: Number(entry), task })
    } catch {}
  }
  return found
}

// What the machine's own namespace holds of the kinds a run makes: links (the run names
// them h<N>, eth0, br0, all inside its namespaces), nftables tables (shoal_fault, only in
// its namespaces) and namespaces. Compared before and after; other work on the machine
// may add other things meanwhile, so only these names count.
export interface MachineState {
  links: string[]
  faultTables: number
  netns: string[]
}

const OUR_LINK = /^(h\d+|eth0|br0)(@|$)/

export function machineState(): MachineState {
  const out = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout ?? ''
  return {
    links: out('ip', ['-o', 'link', 'show'])
      .split('\n')
      .map((l) => l.replace(/^\d+: /, '').split(':')[0])
      .filter((l) => OUR_LINK.test(l)),
    faultTables: (out('nft', ['list', 'tables']).match(/shoal_fault/g) ?? []).length,
    netns: out('ip', ['netns', 'list']).split('\n').filter(Boolean).map((l) => l.split(' ')[0]),
  }
}

// Everything a run left behind: processes naming its dirs, its namespaces, its mounts,
// its dirs, and links or nftables tables of its kinds in the machine's namespace that
// were not there before.
export function leaks(before: MachineState, dirs: string[], nsTag: string): string[] {
  const left: string[] = []
  const after = machineState()
  const added = after.links.filter((l) => !before.links.includes(l))
  if (added.length) left.push(`links in the machine's namespace: ${added.join(', ')}`)
  if (after.faultTables > before.faultTables) left.push('an nftables table shoal_fault in the machine\'s namespace')
  for (const ns of after.netns) if (ns.includes(nsTag)) left.push(`namespace ${ns}`)
  const mounts = fs.readFileSync('/proc/mounts', 'utf8')
  for (const d of dirs) {
    if (mounts.includes(d)) left.push(`a mount under ${d}`)
    if (fs.existsSync(d)) left.push(`dir ${d}`)
  }
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const cwd = fs.readlinkSync(`/proc/${entry}/cwd`)
      const env = fs.readFileSync(`/proc/${entry}/environ`, 'utf8')
      if (dirs.some((d) => cmd.includes(d) || cwd.startsWith(d) || env.includes(d)) || cmd.includes(nsTag)) left.push(`process ${entry}: ${cmd.replace(/\0/g, ' ')}`)
    } catch {}
  }
  return left
}

// With every service removed (--overlay runs): once the store holds no task, no host may
// hold anything of one: a task process, a task's network namespace (task-* under its
// daemon's --netns-dir, file or mount), a task's veth (ve* in a network's sandbox, gw* on
// the gateway). What is left is listed; the network's own sandbox stays.
// Also answers how many tasks were running on a network (in a namespace of their own)
// when the services were removed, so that a run says what it covered.
// First a service of 2 replicas on the network is created and waited for, so the run
// covers at least that whatever the workload left.
export async function removedCleanly(c: ChaosCluster, network: string | null): Promise<{ onNetwork: number; containers: number; left: string[] }> {
  const leader = await c.leader()
  if (!leader) return { onNetwork: 0, containers: 0, left: ['no leader to remove the services'] }
  // The check service: containers when the hosts have containerd, on the network if any.
  const ctds = c.members.filter((m) => m.containerd)
  const shape = { network, image: ctds.length ? CONTAINER_IMAGE : null }
  const spec = serviceSpec(CONTAINER_SERVICES[0], 'check', 2, shape)
  spec.Name = 'check'
  const created = await leader.daemon.api('POST', '/services/create', spec)
  if (created.status !== 201) return { onNetwork: 0, containers: 0, left: [`service create: ${created.status} ${created.text}`] }
  const running = async () => ((await leader.daemon.api('GET', '/tasks')).body as any[]).filter((t) => t.Status.State === 'running')
  const containersUp = () => ctds.reduce((n, m) => n + [...m.containerd!.tasks().values()].filter((t) => t.status === 'RUNNING').length, 0)
  const deadlineUp = Date.now() + CONVERGE_MS
  let onNetwork = 0
  let containers = 0
  let checkUp = 0
  while (Date.now() < deadlineUp) {
    const up = await running()
    onNetwork = up.filter((t) => (t.NetworksAttachments ?? []).length > 0).length
    containers = containersUp()
    checkUp = up.filter((t) => t.ServiceID === created.body.ID).length
    if (checkUp === 2) break
    await new Promise((r) => setTimeout(r, 500))
  }
  if (checkUp < 2) return { onNetwork, containers, left: [`the check service did not run its 2 tasks within ${CONVERGE_MS} ms`] }
  const services: any[] = (await leader.daemon.api('GET', '/services')).body
  for (const s of services) await leader.daemon.api('DELETE', `/services/${s.ID}`)
  const left = async () => {
    const tasks: any[] = (await leader.daemon.api('GET', '/tasks')).body
    const out = tasks.map((t) => `task ${t.ID.slice(0, 12)} in the store (${t.Status.State}, desired ${t.DesiredState})`)
    for (const p of taskProcesses(c.members.map((m) => m.daemon.dir))) out.push(`task process ${p.pid} (task ${p.task.slice(0, 12)})`)
    const mounts = fs.readFileSync('/proc/mounts', 'utf8')
    for (const m of c.members) {
      // What containerd holds of shoal's: containers, their tasks, their rootfs mounts.
      for (const id of m.containerd?.containers() ?? []) out.push(`${m.name}: container ${id.slice(0, 12)} in containerd`)
      for (const id of m.containerd?.tasks().keys() ?? []) out.push(`${m.name}: containerd task ${id.slice(0, 12)}`)
      if (m.containerd && mounts.includes(`${m.containerd.dir}/state/`)) out.push(`${m.name}: a container's rootfs still mounted under ${m.containerd.dir}`)
      const dir = m.daemon.netnsDir
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (name.startsWith('task-')) out.push(`${m.name}: namespace ${name}`)
      if (mounts.includes(`${dir}/task-`)) out.push(`${m.name}: a task namespace still mounted under ${dir}`)
      for (const l of linksIn(['ip', 'netns', 'exec', m.host.ns])) if (/^gw[0-9a-f]{12}$/.test(l)) out.push(`${m.name}: gateway veth ${l}`)
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        if (!name.startsWith('sb-')) continue
        for (const l of linksIn(['nsenter', `--net=${path.join(dir, name)}`, '--'])) if (/^ve[0-9a-f]{12}$/.test(l)) out.push(`${m.name}: task veth ${l} in sandbox ${name}`)
      }
    }
    return out
  }
  let last: string[] = []
  const deadline = Date.now() + CONVERGE_MS
  while (Date.now() < deadline) {
    last = await left().catch((err) => [`${err}`])
    if (last.length === 0) return { onNetwork, containers, left: [] }
    await new Promise((r) => setTimeout(r, 1000))
  }
  return { onNetwork, containers, left: last }
}

// Interface names in a namespace, entered by the command prefix given.
function linksIn(enter: string[]): string[] {
  const r = spawnSync(enter[0], [...enter.slice(1), 'ip', '-o', 'link', 'show'], { encoding: 'utf8' })
  return (r.stdout ?? '').split('\n').filter(Boolean).map((l) => l.replace(/^\d+: /, '').split(/[:@]/)[0])
}
