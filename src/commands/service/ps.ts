import { Args, Flags } from '@oclif/core'

import { ShoalCommand, filterFlag, formatFlag, quietFlag } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { renderTasks, taskName } from '../../cli/format'
import { parseFilterFlags } from '../../cli/parse'
import { parseFormat } from '../../cli/template-format'
import type { Node, Service, Task } from '../../api/client'

// desired-state and id are the daemon's; node (id or hostname) and name (the task's,
// "web.2") are matched here, as docker's CLI resolves them.
const FILTERS = ['desired-state', 'id', 'name', 'node']

export default class ServicePs extends ShoalCommand {
  static summary = 'List the tasks of one or more services'
  static usage = 'service ps [OPTIONS] SERVICE [SERVICE...]'
  static examples = [
    '<%= config.bin %> service ps web',
    '<%= config.bin %> service ps --no-trunc web api',
    '<%= config.bin %> service ps --filter desired-state=running --filter node=worker-1 web',
    "<%= config.bin %> service ps --format '{{.Name}} {{.CurrentState}}' web",
  ]
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID (one or more)', ignoreStdin: true }) }
  static flags = {
    format: formatFlag,
    quiet: { ...quietFlag, summary: 'Only display task IDs' },
    'no-trunc': Flags.boolean({ summary: 'Do not truncate output' }),
    filter: filterFlag(FILTERS),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServicePs)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const format = parseFormat(flags.format)
    const { name: names, node: nodeRefs, ...daemonFilters } = parseFilterFlags(flags.filter, FILTERS)
    const client = this.client(flags.host)

    const { results, errors } = await forEachTarget(targets, (ref) => client.serviceInspect(ref))
    const services = results.map((r) => r.value)
    if (services.length > 0) {
      const [all, nodes] = await Promise.all([
        client.taskList({ ...daemonFilters, service: services.map((s) => s.ID) }),
        client.nodeList(),
      ])
      const tasks = all.filter((t) => matchesNode(t, nodes, nodeRefs) && matchesName(t, services, names))
      this.write(renderTasks(tasks, services, nodes, { quiet: flags.quiet, noTrunc: flags['no-trunc'], format }))
    }
    throwIfAny(errors)
  }
}

function matchesNode(t: Task, nodes: readonly Node[], refs: readonly string[] | undefined): boolean {
  if (!refs) return true
  const node = nodes.find((n) => n.ID === t.NodeID)
  return refs.some((r) => (t.NodeID ?? '').startsWith(r) || node?.Description?.Hostname === r)
}

function matchesName(t: Task, services: readonly Service[], names: readonly string[] | undefined): boolean {
  if (!names) return true
  const service = services.find((s) => s.ID === t.ServiceID)
  const name = taskName(t, service?.Spec.Name ?? t.ServiceID ?? '')
  return names.some((n) => name === n || name.startsWith(`${n}.`) || n === service?.Spec.Name)
}
