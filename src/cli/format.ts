// Output formatting: docker's tables (its tabwriter settings, its column sets, its cell
// renderings), `--format json` rows (the shape of docker's `--format '{{json .}}'`), and
// inspect output. Commands build rows with the *Row functions and print them with
// renderTable / jsonLines, so every listing looks and parses the same way.

import type { Node, PortConfig, RaftSpec, Service, SystemInfo, Task } from '../api/client'
import { humanDuration } from './duration'
import { UsageError } from './errors'
import { parseFormat, renderList, type ListFormatSpec } from './template-format'

// ---------------------------------------------------------------------------------------
// Output format selection: cli/template-format.ts (parseFormat, renderList: docker's Go
// templates). parseListFormat is the older table|json choice, kept for commands written
// against it on other branches (stack ls|ps|services) until they move to parseFormat.

export type ListFormat = 'table' | 'json'

export function parseListFormat(value: string | undefined): ListFormat {
  const f = parseFormat(value)
  if (f.kind === 'template') throw new UsageError(`unsupported --format "${value}": use "table" or "json"`)
  return f.kind
}

// ---------------------------------------------------------------------------------------
// Tables

// docker renders tables with Go's tabwriter: minwidth 10, padding 3, padded with spaces.
// A column is as wide as its widest cell plus the padding, and never narrower than the
// minimum; the last column is not padded (it isn't tab-terminated in docker's templates).
const TAB_MIN_WIDTH = 10
const TAB_PADDING = 3

export function displayWidth(text: string): number {
  // tabwriter counts runes, not UTF-16 units ("…" in a truncated error is one).
  return [...text].length
}

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return tabwrite([header, ...rows].map((cells) => cells.join('\t')))
}

// Go's tabwriter as docker sets it up, over lines of tab-separated cells: a cell followed by
// a tab is padded to its column's width (widest cell + padding, at least the minimum); the
// text after a line's last tab is not.
export function tabwrite(lines: readonly string[]): string {
  const split = lines.flatMap((l) => l.split('\n')).map((l) => l.split('\t'))
  const widths: number[] = []
  for (const cells of split) {
    for (let c = 0; c < cells.length - 1; c++) widths[c] = Math.max(widths[c] ?? TAB_MIN_WIDTH, displayWidth(cells[c]) + TAB_PADDING)
  }
  return split.map((cells) => cells.map((cell, c) => (c < cells.length - 1 ? cell + ' '.repeat(widths[c] - displayWidth(cell)) : cell)).join('') + '\n').join('')
}

// One compact JSON object per line: easy to pipe into jq or parse line by line.
export function jsonLines(objects: readonly unknown[]): string {
  return objects.map((o) => JSON.stringify(o) + '\n').join('')
}

// docker inspect's default: an array indented with four spaces ("[]" when empty).
export function inspectArray(objects: readonly unknown[]): string {
  return JSON.stringify(objects, null, 4) + '\n'
}

// ---------------------------------------------------------------------------------------
// Cell helpers (docker's formatter package)

const SHORT_ID_LENGTH = 12

export function truncateId(id: string | undefined): string {
  return (id ?? '').slice(0, SHORT_ID_LENGTH)
}

// docker's formatter.PrettyPrint for state strings: "running" -> "Running".
export function capitalize(text: string | undefined): string {
  if (!text) return ''
  return text[0].toUpperCase() + text.slice(1)
}

// docker's formatter.Ellipsis: at most maxLength runes, the last one "…" when cut.
export function ellipsis(text: string, maxLength: number): string {
  const runes = [...text]
  if (runes.length <= maxLength) return text
  if (maxLength <= 1) return runes.slice(0, maxLength).join('')
  return runes.slice(0, maxLength - 1).join('') + '…'
}

// Natural ordering ("web2" before "web10"), as docker sorts names with sortorder.NaturalLess.
export function naturalCompare(a: string, b: string): number {
  const chunk = /(\d+|\D+)/g
  const as = a.match(chunk) ?? []
  const bs = b.match(chunk) ?? []
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]
    const y = bs[i]
    if (x === y) continue
    const xd = /^\d/.test(x)
    const yd = /^\d/.test(y)
    if (xd && yd) {
      // Compare numerically without overflow: strip leading zeros, then by length.
      const xs = x.replace(/^0+(?=\d)/, '')
      const ys = y.replace(/^0+(?=\d)/, '')
      if (xs.length !== ys.length) return xs.length - ys.length
      if (xs !== ys) return xs < ys ? -1 : 1
      if (x.length !== y.length) return x.length - y.length // fewer leading zeros first
      continue
    }
    return x < y ? -1 : 1
  }
  return as.length - bs.length
}

// For display, drop an image's digest when it also has a tag, as docker does
// ("nginx:1.25@sha256:..." shows as "nginx:1.25"). Paths (the process runtime's
// "images") and digest-only references are shown unchanged.
export function displayImage(image: string | undefined): string {
  const ref = image ?? ''
  const at = ref.indexOf('@')
  if (at === -1) return ref
  const name = ref.slice(0, at)
  const lastSegment = name.slice(name.lastIndexOf('/') + 1)
  return lastSegment.includes(':') ? name : ref
}

function byProtocolThenPort(a: PortConfig, b: PortConfig): number {
  const pa = a.Protocol ?? ''
  const pb = b.Protocol ?? ''
  if (pa !== pb) return pa < pb ? -1 : 1
  return (a.PublishedPort ?? 0) - (b.PublishedPort ?? 0)
}

// docker's service PORTS cell: ingress ports, consecutive mappings grouped into ranges
// ("*:80-81->80-81/tcp").
export function formatServicePorts(ports: readonly PortConfig[] | undefined): string {
  if (!ports || ports.length === 0) return ''
  const sorted = [...ports].sort(byProtocolThenPort)
  const out: string[] = []
  let range: { pStart: number; pEnd: number; tStart: number; tEnd: number; protocol: string } | null = null
  const show = (r: NonNullable<typeof range>) => {
    const pub = r.pEnd > r.pStart ? `${r.pStart}-${r.pEnd}` : `${r.pStart}`
    const tgt = r.tEnd > r.tStart ? `${r.tStart}-${r.tEnd}` : `${r.tStart}`
    return `*:${pub}->${tgt}/${r.protocol}`
  }
  for (const p of sorted) {
    if ((p.PublishMode ?? 'ingress') !== 'ingress') continue
    const published = p.PublishedPort ?? 0
    const target = p.TargetPort ?? 0
    const protocol = p.Protocol ?? 'tcp'
    // docker's grouping rule: continue the current range when the protocol matches and
    // both the published and the target port advance by 0 or 1, unless the target would
    // fold back into a range of targets (80->80, 81->81, 82->80 stays two entries).
    if (range !== null) {
      const dp = published - range.pEnd
      const dt = target - range.tEnd
      const isRange = range.tEnd !== range.tStart
      const continues = protocol === range.protocol && (dp === 0 || dp === 1) && (dt === 0 || dt === 1) && !(isRange && target <= range.tEnd)
      if (continues) {
        range.pEnd = published
        range.tEnd = target
        continue
      }
    }
    if (range !== null && range.pStart > 0) out.push(show(range))
    range = { pStart: published, pEnd: published, tStart: target, tEnd: target, protocol }
  }
  if (range !== null && range.pStart > 0) out.push(show(range))
  return out.join(', ')
}

// ---------------------------------------------------------------------------------------
// service ls

export const SERVICE_LS_HEADER = ['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS'] as const

export interface ServiceRow {
  ID: string
  Image: string
  Mode: string
  Name: string
  Ports: string
  Replicas: string
}

export function serviceMode(service: Service): string {
  const mode = service.Spec.Mode
  if (mode?.Global) return 'global'
  if (mode?.Replicated) return 'replicated'
  if (mode?.ReplicatedJob) return 'replicated job'
  if (mode?.GlobalJob) return 'global job'
  return mode ? '' : 'replicated'
}

// Keys in alphabetical order: docker marshals these rows from a Go map.
export function serviceRow(service: Service): ServiceRow {
  const status = service.ServiceStatus
  return {
    ID: truncateId(service.ID),
    Image: displayImage(service.Spec.TaskTemplate?.ContainerSpec?.Image),
    Mode: serviceMode(service),
    Name: service.Spec.Name ?? '',
    Ports: formatServicePorts(service.Endpoint?.Ports),
    Replicas: replicasCell(service),
  }
}

// docker's REPLICAS: running/desired; a job adds its progress ("2/2 (1/5 completed)"); a
// global job's total is what is still to run plus what completed.
function replicasCell(service: Service): string {
  const status = service.ServiceStatus
  const running = status?.RunningTasks ?? 0
  const desired = status?.DesiredTasks ?? 0
  const completed = status?.CompletedTasks ?? 0
  const mode = service.Spec.Mode
  if (mode?.ReplicatedJob) return `${running}/${desired} (${completed}/${mode.ReplicatedJob.TotalCompletions ?? 0} completed)`
  if (mode?.GlobalJob) return `${running}/${desired} (${completed}/${desired + completed} completed)`
  const max = service.Spec.TaskTemplate?.Placement?.MaxReplicas ?? 0
  if (max > 0) return `${running}/${desired} (max ${max} per node)`
  return `${running}/${desired}`
}

export function sortServices(services: readonly Service[]): Service[] {
  return [...services].sort((a, b) => naturalCompare(a.Spec.Name ?? '', b.Spec.Name ?? ''))
}

// docker's column headers by field, for "table TEMPLATE" formats.
export const SERVICE_HEADERS = { ID: 'ID', Name: 'NAME', Mode: 'MODE', Replicas: 'REPLICAS', Image: 'IMAGE', Ports: 'PORTS' }
export const TASK_HEADERS = { ID: 'ID', Name: 'NAME', Image: 'IMAGE', Node: 'NODE', DesiredState: 'DESIRED STATE', CurrentState: 'CURRENT STATE', Error: 'ERROR', Ports: 'PORTS' }
export const NODE_HEADERS = { ID: 'ID', Hostname: 'HOSTNAME', Status: 'STATUS', Availability: 'AVAILABILITY', ManagerStatus: 'MANAGER STATUS', EngineVersion: 'ENGINE VERSION', TLSStatus: 'TLS STATUS' }

export function serviceTable(rows: readonly ServiceRow[]): string {
  return renderTable(
    SERVICE_LS_HEADER,
    rows.map((r) => [r.ID, r.Name, r.Mode, r.Replicas, r.Image, r.Ports]),
  )
}

// ---------------------------------------------------------------------------------------
// service ps

export const TASK_PS_HEADER = ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR', 'PORTS'] as const

export interface TaskRow {
  CurrentState: string
  DesiredState: string
  Error: string
  ID: string
  Image: string
  Name: string
  Node: string
  Ports: string
}

const MAX_ERROR_LENGTH = 30

export interface TaskRowContext {
  serviceNames: ReadonlyMap<string, string> // service id -> name
  nodeNames: ReadonlyMap<string, string> // node id -> hostname
  trunc: boolean // docker's default; --no-trunc turns it off
  table: boolean // history rows are indented only in tables
  now: number // ms since epoch; a parameter so output is testable
}

// docker's task name: service.slot for replicated tasks, service.nodeID for global ones.
export function taskName(task: Task, serviceName: string): string {
  return task.Slot ? `${serviceName}.${task.Slot}` : `${serviceName}.${task.NodeID ?? ''}`
}

function timestampMs(value: string | undefined): number {
  const ms = value ? Date.parse(value) : NaN
  return Number.isNaN(ms) ? 0 : ms
}

// Rows for `service ps`, in docker's order: tasks grouped by name (naturally sorted),
// newest first within a slot, with older tasks of the same slot shown as " \_ name".
export function taskRows(tasks: readonly Task[], ctx: TaskRowContext): TaskRow[] {
  const named = tasks.map((task) => {
    const serviceName = ctx.serviceNames.get(task.ServiceID ?? '') ?? task.ServiceID ?? ''
    return { task, name: taskName(task, serviceName) }
  })
  named.sort((a, b) => {
    if (a.name !== b.name) return naturalCompare(a.name, b.name)
    return timestampMs(b.task.CreatedAt) - timestampMs(a.task.CreatedAt)
  })
  let previous = ''
  return named.map(({ task, name }) => {
    const displayName = ctx.table && name === previous ? ` \\_ ${name}` : name
    previous = name
    const err = task.Status?.Err ?? ''
    const shownErr = ctx.trunc ? ellipsis(err, MAX_ERROR_LENGTH) : err
    const since = ctx.now - timestampMs(task.Status?.Timestamp)
    const ports = task.Status?.PortStatus?.Ports ?? []
    const image = task.Spec?.ContainerSpec?.Image ?? ''
    return {
      CurrentState: `${capitalize(task.Status?.State)} ${humanDuration(since).toLowerCase()} ago`,
      DesiredState: capitalize(task.DesiredState),
      Error: shownErr ? `"${shownErr}"` : '',
      ID: ctx.trunc ? truncateId(task.ID) : task.ID,
      Image: ctx.trunc ? displayImage(image) : image,
      Name: displayName,
      Node: ctx.nodeNames.get(task.NodeID ?? '') ?? task.NodeID ?? '',
      Ports: ports.map((p) => `*:${p.PublishedPort ?? 0}->${p.TargetPort ?? 0}/${p.Protocol ?? 'tcp'}`).join(','),
    }
  })
}

export function taskTable(rows: readonly TaskRow[]): string {
  return renderTable(
    TASK_PS_HEADER,
    rows.map((r) => [r.ID, r.Name, r.Image, r.Node, r.DesiredState, r.CurrentState, r.Error, r.Ports]),
  )
}

// ---------------------------------------------------------------------------------------
// node ls

export const NODE_LS_HEADER = ['ID', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'] as const

export interface NodeRow {
  Availability: string
  EngineVersion: string
  Hostname: string
  ID: string
  ManagerStatus: string
  Self: boolean
  Status: string
  TLSStatus: string
}

function sameTLSInfo(a: object | undefined, b: object | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {})
}

export function nodeRow(node: Node, info: SystemInfo | undefined): NodeRow {
  const manager = node.ManagerStatus
  const reachability = manager ? (manager.Leader ? 'Leader' : (manager.Reachability ?? '')) : ''
  const clusterTLS = info?.Swarm?.Cluster?.TLSInfo
  const nodeTLS = node.Description?.TLSInfo
  let tlsStatus = 'Unknown'
  if (clusterTLS && nodeTLS && !sameTLSInfo(clusterTLS, {}) && !sameTLSInfo(nodeTLS, {})) {
    tlsStatus = sameTLSInfo(clusterTLS, nodeTLS) ? 'Ready' : 'Needs Rotation'
  }
  return {
    Availability: capitalize(node.Spec?.Availability),
    EngineVersion: node.Description?.Engine?.EngineVersion ?? '',
    Hostname: node.Description?.Hostname ?? '',
    ID: node.ID,
    ManagerStatus: capitalize(reachability),
    Self: node.ID !== '' && node.ID === info?.Swarm?.NodeID,
    Status: capitalize(node.Status?.State),
    TLSStatus: tlsStatus,
  }
}

export function sortNodes(nodes: readonly Node[]): Node[] {
  return [...nodes].sort((a, b) => naturalCompare(a.Description?.Hostname ?? '', b.Description?.Hostname ?? ''))
}

// docker's node table marks the current node with " *" after its ID.
export function nodeTable(rows: readonly NodeRow[]): string {
  return renderTable(
    NODE_LS_HEADER,
    rows.map((r) => [`${r.ID} ${r.Self ? '*' : ' '}`, r.Hostname, r.Status, r.Availability, r.ManagerStatus, r.EngineVersion]),
  )
}

// ---------------------------------------------------------------------------------------
// info

// docker's units.BytesSize: binary units, four significant digits ("1.953GiB").
export function bytesSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']
  let size = bytes
  let i = 0
  while (size >= 1024 && i < units.length - 1) {
    size /= 1024
    i++
  }
  return `${Number(size.toPrecision(4))}${units[i]}`
}

// The Server section of `docker info`, limited to what shoal reports.
export function renderInfo(info: SystemInfo, client: { version: string; host: string }): string {
  const lines: string[] = ['Client:', ` Version: ${client.version}`, ` Host: ${client.host}`, '', 'Server:']
  const add = (label: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') lines.push(` ${label}: ${value}`)
  }
  add('Server Version', info.ServerVersion)
  const swarm = info.Swarm ?? {}
  const state = swarm.LocalNodeState || 'inactive'
  lines.push(` Swarm: ${state}`)
  if (state !== 'inactive' && state !== 'locked') {
    lines.push(`  NodeID: ${swarm.NodeID ?? ''}`)
    if (swarm.Error) lines.push(`  Error: ${swarm.Error}`)
    lines.push(`  Is Manager: ${Boolean(swarm.ControlAvailable)}`)
    if (swarm.Cluster && swarm.ControlAvailable && !swarm.Error && state !== 'error') {
      lines.push(`  ClusterID: ${swarm.Cluster.ID ?? ''}`)
      lines.push(`  Managers: ${swarm.Managers ?? 0}`)
      lines.push(`  Nodes: ${swarm.Nodes ?? 0}`)
      const orchestration = swarm.Cluster.Spec?.Orchestration as { TaskHistoryRetentionLimit?: number; TaskLimit?: number } | undefined
      if (orchestration) {
        // docker's block, and shoal's task limit (src/manager/bounds.ts).
        lines.push('  Orchestration:', `   Task History Retention Limit: ${orchestration.TaskHistoryRetentionLimit ?? 0}`)
        if (orchestration.TaskLimit !== undefined) lines.push(`   Task Limit: ${orchestration.TaskLimit}`)
      }
      const raft = swarm.Cluster.Spec?.Raft
      if (raft) lines.push(...raftLines(raft, swarm.Raft?.Settings))
      // docker prints it last in this block, after the CA configuration and autolock.
      lines.push(`  Root Rotation In Progress: ${swarm.Cluster.RootRotationInProgress === true}`)
    }
    const failures = swarm.ComponentFailures ?? []
    if (failures.length > 0) {
      lines.push('  Component Failures:')
      for (const f of failures) lines.push(`   ${f.Component}: ${f.Failing ? 'failing' : 'recovered'}, ${f.Failures} failures, last at ${f.Time}: ${f.Error}`)
    }
    lines.push(`  Node Address: ${swarm.NodeAddr ?? ''}`)
    const managers = (swarm.RemoteManagers ?? []).map((m) => m.Addr ?? '').filter(Boolean).sort()
    if (managers.length > 0) {
      lines.push('  Manager Addresses:')
      for (const addr of managers) lines.push(`   ${addr}`)
    }
    // After docker's lines: shoal's own.
    if (swarm.LoadBalancer) lines.push(`  Load Balancer: ${swarm.LoadBalancer}`)
    if (swarm.NodeRules) lines.push(`  Node Rules: ${swarm.NodeRules}`)
  }
  add('Kernel Version', info.KernelVersion)
  add('Operating System', info.OperatingSystem)
  add('OSType', info.OSType)
  add('Architecture', info.Architecture)
  add('CPUs', info.NCPU)
  if (typeof info.MemTotal === 'number' && info.MemTotal > 0) add('Total Memory', bytesSize(info.MemTotal))
  add('Name', info.Name)
  add('ID', info.ID)
  return lines.join('\n') + '\n'
}

// docker info's Raft block, plus what this manager runs with where that differs (election
// and heartbeat ticks apply when a manager restarts).
function raftLines(spec: RaftSpec, inEffect: RaftSpec | undefined): string[] {
  const row = (label: string, key: keyof RaftSpec, show = (v: number) => String(v)) => {
    const v = Number(spec[key] ?? 0)
    const here = inEffect?.[key]
    return `   ${label}: ${show(v)}${here !== undefined && Number(here) !== v ? ` (this manager: ${show(Number(here))} until it restarts)` : ''}`
  }
  return [
    '  Raft:',
    row('Snapshot Interval', 'SnapshotInterval'),
    row('Number of Old Snapshots to Retain', 'KeepOldSnapshots'),
    row('Heartbeat Tick', 'HeartbeatTick'),
    row('Election Tick', 'ElectionTick'),
    row('Tick Period', 'TickPeriod', (ns) => `${ns / 1e6}ms`),
    row('Log Entries for Slow Followers', 'LogEntriesForSlowFollowers'),
  ]
}

// What `service ps` and `node ps` print: task ids with -q, else the task table or JSON
// rows, with service and node names resolved from the lists given.
export function renderTasks(
  tasks: readonly Task[],
  services: readonly Service[],
  nodes: readonly Node[],
  opts: { quiet: boolean; noTrunc: boolean; format: ListFormatSpec | ListFormat },
): string {
  const format: ListFormatSpec = typeof opts.format === 'string' ? { kind: opts.format } : opts.format
  if (opts.quiet) return tasks.map((t) => `${t.ID}\n`).join('')
  const rows = taskRows(tasks, {
    serviceNames: new Map(services.map((s) => [s.ID, s.Spec.Name ?? s.ID])),
    nodeNames: new Map(nodes.map((n) => [n.ID, n.Description?.Hostname || n.ID])),
    trunc: !opts.noTrunc,
    table: format.kind === 'table' || (format.kind === 'template' && format.table),
    now: Date.now(),
  })
  return renderList(format, { rows, type: 'taskContext', headers: TASK_HEADERS, table: () => taskTable(rows) })
}
