import { Args, Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { renderTasks } from '../../cli/format'
import { parseFormat } from '../../cli/template-format'
import { parseFilterFlags } from '../../cli/parse'
import { stackServices } from '../../stack/objects'

export default class StackPs extends ShoalCommand {
  static summary = 'List the tasks in the stack'
  static usage = 'stack ps [OPTIONS] STACK'
  static examples = ['<%= config.bin %> stack ps web', '<%= config.bin %> stack ps --no-trunc web', '<%= config.bin %> stack ps --filter desired-state=running web']
  static strict = false
  static args = { stack: Args.string({ description: 'stack name', ignoreStdin: true }) }
  static flags = {
    format: formatFlag,
    quiet: { ...quietFlag, summary: 'Only display task IDs' },
    'no-trunc': Flags.boolean({ summary: 'Do not truncate output' }),
    filter: Flags.string({ char: 'f', summary: 'Filter output based on conditions provided (desired-state, id, node)', helpValue: 'filter', multiple: true, multipleNonGreedy: true }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(StackPs)
    const args = argv as string[]
    this.requireArgs(args, { exactly: 1 })
    const format = parseFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, ['desired-state', 'id', 'node'])
    const client = this.client(flags.host)
    const services = await stackServices(client, args[0])
    if (services.length === 0) throw new Error(`nothing found in stack: ${args[0]}`)
    const [tasks, nodes] = await Promise.all([client.taskList({ ...filters, service: services.map((s) => s.ID) }), client.nodeList()])
    this.write(renderTasks(tasks, services, nodes, { quiet: flags.quiet, noTrunc: flags['no-trunc'], format }))
  }
}
