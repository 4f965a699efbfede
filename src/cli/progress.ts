// Live convergence progress for `service create/update/scale` without --detach, after
// docker's cli/command/service/progress: poll the service and its tasks, draw one line per
// slot (replicated) or per node (global), and finish once every task has been running for
// a short verification window.
//
//   overall progress: 3 out of 5 tasks
//   1/5: running   [==================================================>]
//   2/5: starting  [============================================>      ]
//   ...
//   verify: Service converged
//
// On a terminal the lines are redrawn in place; otherwise each line is printed again only
// when its text changes, so logs of CI runs stay readable. Ctrl-C detaches: the service
// keeps converging on the daemon, the CLI just stops watching.

import type { Node, Service, Task } from '../api/client'
import { truncateId } from './format'
import { JobUpdater, isJob } from './job-progress'

// ---------------------------------------------------------------------------------------
// Task states, in docker's progress numbering. Anything past "running" is terminal.

const STATE_ORDER: Record<string, number> = {
  new: 1,
  allocated: 2,
  pending: 3,
  assigned: 4,
  accepted: 5,
  preparing: 6,
  ready: 7,
  starting: 8,
  running: 9,
  complete: 10,
  shutdown: 11,
  failed: 12,
  rejected: 13,
  remove: 14,
  orphaned: 15,
}
const RUNNING = STATE_ORDER.running
const MAX_PROGRESS = RUNNING
// Pad state names to the longest non-terminal one (plus "complete") so bars line up.
const STATE_WIDTH = Math.max(...Object.keys(STATE_ORDER).filter((s) => STATE_ORDER[s] <= STATE_ORDER.complete).map((s) => s.length))
// More slots than this and only the overall line is drawn (docker's limit).
export const MAX_PROGRESS_BARS = 20
const BAR_WIDTH = 50
const MAX_ERROR_WIDTH = 75

function order(state: string | undefined): number {
  return STATE_ORDER[state ?? ''] ?? 0
}

function isTerminal(state: string | undefined): boolean {
  return order(state) > RUNNING
}

// docker's JSONProgress bar with HideCounts: "[=====>     ]", always 52 characters.
export function progressBar(current: number, total: number): string {
  const filled = Math.min(BAR_WIDTH, Math.floor(Math.floor((current / total) * 100) / 2))
  return `[${'='.repeat(filled)}>${' '.repeat(BAR_WIDTH - filled)}]`
}

function stateLine(state: string): string {
  return `${state.padEnd(STATE_WIDTH)} ${progressBar(order(state), MAX_PROGRESS)}`
}

// Task errors can be long and multi-line; one progress line must stay one terminal line.
export function truncateError(message: string): string {
  const oneLine = message.replace(/\n/g, ' ')
  const runes = [...oneLine]
  return runes.length > MAX_ERROR_WIDTH ? runes.slice(0, MAX_ERROR_WIDTH - 1).join('') + '…' : oneLine
}

// ---------------------------------------------------------------------------------------
// Which tasks count

// Whether a task was created from the service's current spec. Docker asks the daemon
// for this (the "_up-to-date" filter); shoal compares what the CLI can change, so that
// during an update the old tasks still running don't read as converged. Fields the daemon
// may fill in on its own (Runtime) only count when both sides carry them.
export function isUpToDate(task: Task, service: Service): boolean {
  const spec = task.Spec
  if (!spec) return true
  const template = service.Spec.TaskTemplate ?? {}
  const a = spec.ContainerSpec ?? { Image: '' }
  const b = template.ContainerSpec ?? { Image: '' }
  if ((a.Image ?? '') !== (b.Image ?? '')) return false
  if (JSON.stringify(a.Args ?? []) !== JSON.stringify(b.Args ?? [])) return false
  if (JSON.stringify(a.Env ?? []) !== JSON.stringify(b.Env ?? [])) return false
  if (spec.Runtime && template.Runtime && spec.Runtime !== template.Runtime) return false
  if ((spec.ForceUpdate ?? 0) !== (template.ForceUpdate ?? 0)) return false
  return true
}

// Among several tasks for one slot (or node), the one that represents it: the lowest
// desired state (the replacement, not the one being shut down), then the least advanced
// observed state, as docker does.
function preferred(existing: Task | undefined, candidate: Task): Task {
  if (!existing) return candidate
  const de = order(existing.DesiredState)
  const dc = order(candidate.DesiredState)
  if (de !== dc) return dc < de ? candidate : existing
  return order(candidate.Status?.State) < order(existing.Status?.State) ? candidate : existing
}

function newest(tasks: readonly Task[]): Task | undefined {
  let best: Task | undefined
  let bestAt = -Infinity
  for (const t of tasks) {
    const at = Date.parse(t.Status?.Timestamp ?? t.UpdatedAt ?? t.CreatedAt ?? '') || 0
    if (at >= bestAt) {
      best = t
      bestAt = at
    }
  }
  return best
}

// The line for one slot/node. A task's own error wins; otherwise, while a replacement is
// still starting, the error of the most recent failed attempt stays visible, because that
// is the thing the user needs to see when a task crash-loops.
function taskLine(chosen: Task, group: readonly Task[]): string | undefined {
  if (chosen.Status?.Err) return truncateError(chosen.Status.Err)
  const state = chosen.Status?.State ?? ''
  if (order(state) < RUNNING) {
    const failed = newest(group.filter((t) => t !== chosen && t.Status?.Err && isTerminal(t.Status?.State)))
    if (failed?.Status?.Err) return truncateError(failed.Status.Err)
  }
  if (!isTerminal(chosen.DesiredState) && !isTerminal(state)) return stateLine(state)
  return undefined
}

// ---------------------------------------------------------------------------------------
// Updaters: from one poll's observations to progress lines

export interface ProgressLine {
  id: string // the text before ": "; lines are keyed (and redrawn) by it
  text: string
}

export interface Observation {
  service: Service
  tasks: readonly Task[] // this service's tasks (any filter already applied)
  activeNodes: ReadonlySet<string> // nodes not down
  // A rollback is being rolled out: the overall line says so, as docker's does.
  rollback?: boolean
}

export interface Updater {
  update(observation: Observation): { converged: boolean; lines: ProgressLine[] }
}

function overall(running: number, total: number, rollback = false): ProgressLine {
  return { id: 'overall progress', text: `${rollback ? 'rolling back update: ' : ''}${running} out of ${total} tasks` }
}

export class ReplicatedUpdater implements Updater {
  private initialized = false
  private done = false
  // Real slot numbers mapped onto 1..N in order of first sight, so after a scale-down
  // (slots 1, 3, 5 left) the lines still read 1/3, 2/3, 3/3.
  private readonly slotMap = new Map<number, number>()

  update({ service, tasks, activeNodes, rollback }: Observation): { converged: boolean; lines: ProgressLine[] } {
    const replicas = service.Spec.Mode?.Replicated?.Replicas ?? 1
    const lines: ProgressLine[] = []
    if (!this.initialized) {
      lines.push(overall(0, replicas, rollback))
      if (replicas <= MAX_PROGRESS_BARS) {
        for (let i = 1; i <= replicas; i++) lines.push({ id: `${i}/${replicas}`, text: '' })
      }
      this.initialized = true
    }

    const groups = new Map<number, Task[]>()
    for (const task of tasks) {
      if (order(task.DesiredState) === 0 || order(task.Status?.State) === 0) continue
      // A task on a node that is down no longer represents its slot.
      if (task.NodeID && !activeNodes.has(task.NodeID)) continue
      const slot = task.Slot ?? 0
      groups.set(slot, [...(groups.get(slot) ?? []), task])
    }
    const slots = [...groups.keys()].sort((a, b) => a - b)

    const chosen = new Map<number, Task>()
    for (const slot of slots) {
      let pick: Task | undefined
      for (const t of groups.get(slot)!) pick = preferred(pick, t)
      // A slot whose every task is being shut down is leaving (scale-down): not shown.
      if (pick && !isTerminal(pick.DesiredState)) chosen.set(slot, pick)
    }

    if (this.done && [...chosen.values()].some((t) => t.Status?.State !== 'running')) this.done = false

    let running = 0
    for (const [slot, task] of chosen) {
      let mapped = this.slotMap.get(slot)
      if (mapped === undefined) {
        mapped = this.slotMap.size + 1
        this.slotMap.set(slot, mapped)
      }
      if (task.Status?.State === 'running') running++
      if (this.done || replicas > MAX_PROGRESS_BARS || mapped > replicas) continue
      const text = taskLine(task, groups.get(slot)!)
      if (text !== undefined) lines.push({ id: `${mapped}/${replicas}`, text })
    }

    if (!this.done) {
      lines.push(overall(running, replicas, rollback))
      if (running === replicas) this.done = true
    }
    return { converged: running === replicas, lines }
  }
}

export class GlobalUpdater implements Updater {
  private initialized = false
  private done = false

  update({ tasks, activeNodes, rollback }: Observation): { converged: boolean; lines: ProgressLine[] } {
    const groups = new Map<string, Task[]>()
    for (const task of tasks) {
      if (order(task.DesiredState) === 0 || order(task.Status?.State) === 0) continue
      if (!task.NodeID || !activeNodes.has(task.NodeID)) continue
      groups.set(task.NodeID, [...(groups.get(task.NodeID) ?? []), task])
    }
    const chosen = new Map<string, Task>()
    for (const nodeId of [...groups.keys()].sort()) {
      let pick: Task | undefined
      for (const t of groups.get(nodeId)!) pick = preferred(pick, t)
      if (pick && !isTerminal(pick.DesiredState)) chosen.set(nodeId, pick)
    }
    // The CLI can't know which nodes satisfy the service's constraints; the orchestrator
    // creates a task on each eligible node at once, so the tasks tell us the node count.
    const nodeCount = chosen.size
    const lines: ProgressLine[] = []
    if (!this.initialized) {
      if (nodeCount === 0) {
        return { converged: false, lines: [{ id: 'overall progress', text: 'waiting for new tasks' }] }
      }
      lines.push(overall(0, nodeCount, rollback))
      this.initialized = true
    }

    if (this.done && [...chosen.values()].some((t) => t.Status?.State !== 'running')) this.done = false

    let running = 0
    for (const [nodeId, task] of chosen) {
      if (task.Status?.State === 'running') running++
      if (this.done || nodeCount > MAX_PROGRESS_BARS) continue
      const text = taskLine(task, groups.get(nodeId)!)
      if (text !== undefined) lines.push({ id: truncateId(nodeId), text })
    }
    if (!this.done) {
      lines.push(overall(running, nodeCount, rollback))
      if (running === nodeCount) this.done = true
    }
    return { converged: running === nodeCount, lines }
  }
}

export function updaterFor(service: Service): Updater {
  const mode = service.Spec.Mode
  if (isJob(service)) return new JobUpdater()
  if (mode?.Global) return new GlobalUpdater()
  if (mode?.Replicated || !mode) return new ReplicatedUpdater()
  throw new Error('unrecognized service mode')
}

// ---------------------------------------------------------------------------------------
// Renderers

export interface ProgressRenderer {
  line(line: ProgressLine): void
  message(text: string): void // an unkeyed line below the block (detach notice)
}

interface Sink {
  write(text: string): unknown
}

// Not a terminal: print a keyed line whenever its text changes; blank placeholders,
// which only reserve positions on a terminal, are skipped.
export class PlainRenderer implements ProgressRenderer {
  private readonly last = new Map<string, string>()
  constructor(private readonly out: Sink) {}

  line({ id, text }: ProgressLine): void {
    if (this.last.get(id) === text) return
    this.last.set(id, text)
    if (text === '') return
    this.out.write(`${id}: ${text}\n`)
  }

  message(text: string): void {
    this.out.write(`${text}\n`)
  }
}

// A terminal: each id owns one line, in order of first appearance; an update moves the
// cursor up to that line, rewrites it, and moves back down. Lines are cut to the terminal
// width because a wrapped line would throw the cursor arithmetic off.
export class TtyRenderer implements ProgressRenderer {
  private readonly rows = new Map<string, { index: number; text: string }>()
  constructor(
    private readonly out: Sink,
    private readonly columns: () => number | undefined,
  ) {}

  line({ id, text }: ProgressLine): void {
    const rendered = this.fit(`${id}: ${text}`.trimEnd())
    const row = this.rows.get(id)
    if (!row) {
      this.rows.set(id, { index: this.rows.size, text: rendered })
      this.out.write(`${rendered}\n`)
      return
    }
    if (row.text === rendered) return
    row.text = rendered
    const up = this.rows.size - row.index
    this.out.write(`\x1b[${up}A\r\x1b[2K${rendered}\x1b[${up}B\r`)
  }

  message(text: string): void {
    // Clear the line first: the terminal has echoed "^C" where the cursor was.
    this.out.write(`\r\x1b[2K${this.fit(text)}\n`)
    // Lines printed after the block shift it up: keep ids' positions relative to the end.
    this.rows.set(`\0message${this.rows.size}`, { index: this.rows.size, text })
  }

  private fit(text: string): string {
    const width = this.columns()
    if (!width || width < 10) return text
    const runes = [...text]
    return runes.length >= width ? runes.slice(0, width - 1).join('') : text
  }
}

// --quiet: wait for convergence without drawing anything.
export const silentRenderer: ProgressRenderer = {
  line() {},
  message() {},
}

// ---------------------------------------------------------------------------------------
// The poll loop

export interface ProgressClient {
  serviceInspect(idOrName: string): Promise<Service>
  taskList(filters: Record<string, string[]>): Promise<Task[]>
  nodeList(): Promise<Node[]>
}

export interface WaitOptions {
  renderer: ProgressRenderer
  // How to refer to the service in the detach hint (what the user typed, or the ID).
  displayName: string
  bin: string // "shoal": for the `shoal service ps` hint
  pollMs?: number
  // How long every task must stay running before the service counts as converged.
  monitorMs?: number
  // Aborted when the user asks to stop watching. Without it, Ctrl-C (SIGINT) detaches.
  detach?: AbortSignal
}

export const POLL_INTERVAL_MS = 150
// docker waits 5 s (UpdateConfig.Monitor). shoal's process runtime starts tasks within
// milliseconds, and a task that dies on startup does so well inside 2 s, so the shorter
// window catches crash loops without making every interactive create take 5 s. A
// service's own UpdateConfig.Monitor, when the daemon reports one, takes precedence.
export const DEFAULT_MONITOR_MS = 2000

export type WaitResult = 'converged' | 'detached'

// Watches a service until it converges, the user detaches, or a request fails (thrown).
export async function waitOnService(client: ProgressClient, serviceId: string, options: WaitOptions): Promise<WaitResult> {
  const pollMs = options.pollMs ?? POLL_INTERVAL_MS
  const render = options.renderer

  let detached = false
  let wake: (() => void) | undefined
  const onDetach = () => {
    // A second Ctrl-C while a request to the daemon hangs means "really quit now".
    if (detached && !options.detach) process.exit(130)
    detached = true
    wake?.()
  }
  const signal = options.detach
  if (signal) {
    if (signal.aborted) detached = true
    else signal.addEventListener('abort', onDetach, { once: true })
  } else {
    process.on('SIGINT', onDetach)
  }

  let updater: Updater | undefined
  let converged = false
  let convergedAt = 0
  // As docker's: whether a rollback is being watched (the service's UpdateStatus says so),
  // and the daemon's closing word on it, printed after "verify".
  let rollback = false
  let closing: ProgressLine | undefined
  try {
    for (;;) {
      const service = await client.serviceInspect(serviceId)
      const monitorNs = service.Spec.UpdateConfig?.Monitor
      // A job is done when its tasks have completed: nothing to watch them run for.
      const monitorMs = isJob(service) ? 0 : (options.monitorMs ?? (monitorNs ? monitorNs / 1e6 : DEFAULT_MONITOR_MS))
      updater ??= updaterFor(service)

      const state = service.UpdateStatus?.State
      const statusMessage = service.UpdateStatus?.Message ?? ''
      if (state === 'paused') throw new Error(`service update paused: ${statusMessage}`.trim())
      if (state === 'rollback_paused') throw new Error(`service rollback paused: ${statusMessage}`.trim())
      if (state === 'updating') rollback = false
      else if (state === 'rollback_started') {
        // e.g. "update rolled back due to failure or early termination of task …", or
        // "manually requested rollback"; shown once, when the rollback is first seen.
        if (!rollback && statusMessage) render.line({ id: 'rollback', text: statusMessage })
        rollback = true
      } else if (state === 'rollback_completed') {
        if (!converged && statusMessage) closing = { id: 'rollback', text: statusMessage }
        rollback = true
      }

      if (converged && Date.now() - convergedAt >= monitorMs) {
        render.line({ id: 'verify', text: 'Service converged' })
        if (closing) render.line(closing)
        return 'converged'
      }

      // "_up-to-date": the daemon knows which tasks are of the current template; the
      // local isUpToDate check below stays for daemons that ignore the filter.
      const [tasks, nodes] = await Promise.all([client.taskList({ service: [service.ID], '_up-to-date': ['true'] }), client.nodeList()])
      const activeNodes = new Set(nodes.filter((n) => n.Status?.State !== 'down').map((n) => n.ID))
      const current = tasks.filter((t) => (t.ServiceID ?? service.ID) === service.ID && isUpToDate(t, service))

      const result = updater.update({ service, tasks: current, activeNodes, rollback })
      for (const line of result.lines) render.line(line)
      converged = result.converged

      if (converged) {
        if (convergedAt === 0) convergedAt = Date.now()
        const wait = monitorMs - (Date.now() - convergedAt)
        if (wait >= 0) {
          const seconds = Math.max(1, Math.ceil(wait / 1000))
          render.line({ id: 'verify', text: `Waiting ${seconds} seconds to verify that tasks are stable...` })
        }
      } else {
        if (convergedAt !== 0) render.line({ id: 'verify', text: 'Detected task failure' })
        convergedAt = 0
      }

      if (!detached) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
        wake = undefined
      }
      if (detached) {
        if (!converged) {
          render.message('Operation continuing in background.')
          render.message(`Use \`${options.bin} service ps ${options.displayName}\` to check progress.`)
        }
        return 'detached'
      }
    }
  } finally {
    if (signal) signal.removeEventListener('abort', onDetach)
    else process.removeListener('SIGINT', onDetach)
  }
}
