// docker's task templates (SwarmKit's template package): a service's --hostname, --env
// values and --mount sources and targets may hold Go templates over the task's context,
// expanded by the agent on the node that runs the task:
//   {{.Service.ID}} {{.Service.Name}} {{.Service.Labels}}
//   {{.Node.ID}} {{.Node.Hostname}} {{.Node.Platform.OS}} {{.Node.Platform.Architecture}}
//   {{.Task.ID}} {{.Task.Name}} {{.Task.Slot}}
// The API parses and runs each one against a stand-in context when the service is written,
// so a bad template (a syntax error, an unknown field such as {{.Task.Nmae}}) is refused
// there with the value named, never discovered on a node.
import { closed, dockerTemplate } from './funcs'
import { TemplateError } from './parse'

export interface TaskTemplateContext {
  serviceId: string
  serviceName: string
  serviceLabels: Record<string, string>
  nodeId: string
  nodeHostname: string
  nodeOS: string
  nodeArchitecture: string
  taskId: string
  slot: number // 0: a global task, whose slot is its node (as SwarmKit)
}

function contextOf(c: TaskTemplateContext): object {
  const slot = c.slot !== 0 ? String(c.slot) : c.nodeId
  return closed(
    {
      Service: closed({ ID: c.serviceId, Name: c.serviceName, Labels: { ...c.serviceLabels } }, 'Service'),
      Node: closed({ ID: c.nodeId, Hostname: c.nodeHostname, Platform: closed({ Architecture: c.nodeArchitecture, OS: c.nodeOS }, 'Platform') }, 'Node'),
      // SwarmKit's naming.Task: service.slot.id (global: service.node.id).
      Task: closed({ ID: c.taskId, Name: `${c.serviceName}.${slot}.${c.taskId}`, Slot: slot }, 'Task'),
    },
    'Context',
  )
}

const hasTemplate = (s: string) => s.includes('{{')

export function expandTemplate(text: string, ctx: TaskTemplateContext): string {
  return hasTemplate(text) ? dockerTemplate(text).execute(contextOf(ctx)) : text
}

// The fields templates may appear in, as SwarmKit expands them.
export interface TemplatedFields {
  env?: string[]
  hostname?: string
  mounts?: { source: string; target: string }[]
}

export function expandFields<T extends TemplatedFields>(fields: T, ctx: TaskTemplateContext): T {
  const out: T = { ...fields }
  if (fields.env?.some(hasTemplate)) out.env = fields.env.map((e) => expandTemplate(e, ctx))
  if (fields.hostname && hasTemplate(fields.hostname)) out.hostname = expandTemplate(fields.hostname, ctx)
  if (fields.mounts?.some((m) => hasTemplate(m.source) || hasTemplate(m.target)))
    out.mounts = fields.mounts.map((m) => ({ ...m, source: expandTemplate(m.source, ctx), target: expandTemplate(m.target, ctx) }))
  return out
}

const STAND_IN: TaskTemplateContext = {
  serviceId: 'service-id',
  serviceName: 'service',
  serviceLabels: {},
  nodeId: 'node-id',
  nodeHostname: 'host',
  nodeOS: 'linux',
  nodeArchitecture: 'x86_64',
  taskId: 'task-id',
  slot: 1,
}

// What a stand-in task makes of `text` (the text itself when its template is bad: that is
// reported by templateProblem), for checks of the expanded value (mount paths).
export function standIn(text: string): string {
  try {
    return expandTemplate(text, STAND_IN)
  } catch (err) {
    if (err instanceof TemplateError) return text
    throw err
  }
}

// Refuses a template that would fail on a node: returns the first problem, naming the
// field and value ('env "X={{.Nope}}": template: ...'), or null.
export function templateProblem(fields: TemplatedFields): string | null {
  const check = (what: string, text: string): string | null => {
    if (!hasTemplate(text)) return null
    try {
      expandTemplate(text, STAND_IN)
      return null
    } catch (err) {
      if (err instanceof TemplateError) return `invalid template in ${what} ${JSON.stringify(text)}: ${err.message}`
      throw err
    }
  }
  for (const e of fields.env ?? []) {
    const p = check('env', e)
    if (p) return p
  }
  const h = check('hostname', fields.hostname ?? '')
  if (h) return h
  for (const m of fields.mounts ?? []) {
    const p = check('mount source', m.source) ?? check('mount target', m.target)
    if (p) return p
  }
  return null
}

// Whether any template reads the service's labels: only then do tasks carry them.
export function usesServiceLabels(fields: TemplatedFields): boolean {
  const all = [...(fields.env ?? []), fields.hostname ?? '', ...(fields.mounts ?? []).flatMap((m) => [m.source, m.target])]
  return all.some((s) => hasTemplate(s) && s.includes('Labels'))
}
