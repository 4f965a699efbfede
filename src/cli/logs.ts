// `service logs` line formatting, after docker's cli/command/service/logs.go.
//
// The CLI asks the daemon for details=1, so each log line arrives as
//   [<timestamp> ]<details> <message>
// where details is "k=v,k=v" (URL-escaped) carrying com.docker.swarm.{node,service,task}.id.
// The CLI turns that into docker's prefix:
//   <service>.<slot>.<task id>@<node hostname><pad>    | <message>
// A line without parseable details is printed unchanged rather than dropped.

import { truncateId } from './format'

export const NODE_ID_KEY = 'com.docker.swarm.node.id'
export const SERVICE_ID_KEY = 'com.docker.swarm.service.id'
export const TASK_ID_KEY = 'com.docker.swarm.task.id'

// docker's logs.ParseLogDetails; null when the token isn't a details string.
export function parseLogDetails(token: string): Map<string, string> | null {
  if (token === '') return null
  const details = new Map<string, string>()
  for (const pair of token.split(',')) {
    const eq = pair.indexOf('=')
    if (eq === -1) return null
    try {
      details.set(decodeQueryComponent(pair.slice(0, eq)), decodeQueryComponent(pair.slice(eq + 1)))
    } catch {
      return null
    }
  }
  return details
}

// Go's url.QueryUnescape: '+' is a space.
function decodeQueryComponent(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '))
}

export interface LogLine {
  timestamp?: string
  details?: Map<string, string>
  message: string
}

export function splitLogLine(line: string, timestamps: boolean): LogLine {
  let rest = line
  let timestamp: string | undefined
  if (timestamps) {
    const sp = rest.indexOf(' ')
    timestamp = sp === -1 ? rest : rest.slice(0, sp)
    rest = sp === -1 ? '' : rest.slice(sp + 1)
  }
  const sp = rest.indexOf(' ')
  const token = sp === -1 ? rest : rest.slice(0, sp)
  const details = parseLogDetails(token)
  if (details && details.has(TASK_ID_KEY)) {
    return { timestamp, details, message: sp === -1 ? '' : rest.slice(sp + 1) }
  }
  return { timestamp, message: rest }
}

export interface TaskIdentity {
  slot?: number
  nodeId?: string
  serviceId?: string
}

// How the formatter learns names; implementations cache, since every line asks.
export interface LogNameResolver {
  task(id: string): Promise<TaskIdentity | undefined>
  nodeName(id: string): Promise<string>
  serviceName(id: string): Promise<string>
}

export interface LogFormatOptions {
  timestamps: boolean
  noTrunc: boolean
  noTaskIds: boolean
  raw: boolean // no prefix at all, just the message (docker's --raw)
  // Digits in the service's replica count, so "web.2" and "web.10" line up.
  slotWidth: number
}

export class ServiceLogFormatter {
  private readonly prefixes = new Map<string, string>()

  constructor(
    private readonly names: LogNameResolver,
    private readonly options: LogFormatOptions,
  ) {}

  // Formats one line (without its newline).
  async format(line: string): Promise<string> {
    const parsed = splitLogLine(line, this.options.timestamps)
    if (!parsed.details) return line
    const ts = parsed.timestamp !== undefined ? `${parsed.timestamp} ` : ''
    if (this.options.raw) return `${ts}${parsed.message}`
    const prefix = await this.prefix(parsed.details)
    return `${ts}${prefix}    | ${parsed.message}`
  }

  private async prefix(details: Map<string, string>): Promise<string> {
    const taskId = details.get(TASK_ID_KEY) ?? ''
    const nodeId = details.get(NODE_ID_KEY) ?? ''
    const serviceId = details.get(SERVICE_ID_KEY) ?? ''
    const key = `${taskId}\0${nodeId}\0${serviceId}`
    const cached = this.prefixes.get(key)
    if (cached !== undefined) return cached

    const task = await this.names.task(taskId)
    const serviceName = await this.names.serviceName(serviceId || task?.serviceId || '')
    const nodeName = await this.names.nodeName(nodeId || task?.nodeId || '')
    const slot = task?.slot ?? 0
    let name = `${serviceName}.${slot}`
    if (!this.options.noTaskIds) name += `.${this.options.noTrunc ? taskId : truncateId(taskId)}`
    const pad = ' '.repeat(Math.max(0, this.options.slotWidth - String(slot).length))
    const prefix = `${name}@${nodeName}${pad}`
    this.prefixes.set(key, prefix)
    return prefix
  }
}

// Splits a frame payload into lines, keeping a final piece without a newline as a line of
// its own (the daemon sends one message per frame, normally newline-terminated).
export function payloadLines(payload: string): Array<{ text: string; newline: boolean }> {
  const parts = payload.split('\n')
  const lines: Array<{ text: string; newline: boolean }> = []
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1
    if (last && parts[i] === '') break
    lines.push({ text: parts[i], newline: !last })
  }
  return lines
}
