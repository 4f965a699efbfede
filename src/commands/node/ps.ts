import { Args, Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { UsageError, forEachTarget, throwIfAny } from '../../cli/errors'
import { renderTasks } from '../../cli/format'
import { parseFormat } from '../../cli/template-format'
import { nodeReference } from '../../cli/nodes'
import type { Task } from '../../api/client'

// The task filters the daemon serves, besides the node itself.
const FILTERS = ['desired-state', 'id', 'service']

export default class NodePs extends ShoalCommand {
  static summary = 'List tasks running on one or more nodes, defaults to current node'
  static usage = 'node ps [OPTIONS] [NODE...]'
  static examples = ['<%= config.bin %> node ps', '<%= config.bin %> node ps --filter desired-state=running worker-1 worker-2']
  static strict = false
  static args = { node: Args.string({ description: 'node ID, hostname or "self" (default: self)', ignoreStdin: true }) }
  static flags = {
    format: formatFlag,
    quiet: { ...quietFlag, summary: 'Only display task IDs' },
    'no-trunc': Flags.boolean({ summary: 'Do not truncate output' }),
    filter: Flags.string({
      char: 'f',
      summary: `Filter output (${FILTERS.map((f) => `${f}=...`).join(', ')})`,
      helpValue: 'filter',
      multiple: true,
      multipleNonGreedy: true,
    }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodePs)
    const targets = (argv as string[]).length > 0 ? (argv as string[]) : ['self']
    const format = parseFormat(flags.format)
    const filters: Record<string, string[]> = {}
    for (const f of flags.filter ?? []) {
      const eq = f.indexOf('=')
      const key = eq === -1 ? f : f.slice(0, eq)
      if (eq === -1 || !FILTERS.includes(key)) throw new UsageError(`invalid filter "${f}": expected ${FILTERS.map((k) => `${k}=<value>`).join(', ')}`)
      ;(filters[key] ??= []).push(f.slice(eq + 1))
    }
    const client = this.client(flags.host)

    const { results, errors } = await forEachTarget(targets, async (ref) => {
      const node = await client.nodeInspect(await nodeReference(client, ref))
      return client.taskList({ ...filters, node: [node.ID] })
    })
    // A node named twice lists its tasks once.
    const seen = new Set<string>()
    const tasks: Task[] = results.flatMap((r) => r.value).filter((t) => !seen.has(t.ID) && (seen.add(t.ID), true))
    if (errors.length === 0 || tasks.length > 0) {
      const [services, nodes] = flags.quiet ? [[], []] : await Promise.all([client.serviceList(), client.nodeList()])
      this.write(renderTasks(tasks, services, nodes, { quiet: flags.quiet, noTrunc: flags['no-trunc'], format }))
    }
    throwIfAny(errors)
  }
}
