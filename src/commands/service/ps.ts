import { Args, Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { parseListFormat, renderTasks } from '../../cli/format'

export default class ServicePs extends ShoalCommand {
  static summary = 'List the tasks of one or more services'
  static usage = 'service ps [OPTIONS] SERVICE [SERVICE...]'
  static examples = ['<%= config.bin %> service ps web', '<%= config.bin %> service ps --no-trunc web api']
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID (one or more)', ignoreStdin: true }) }
  static flags = {
    format: formatFlag,
    quiet: { ...quietFlag, summary: 'Only display task IDs' },
    'no-trunc': Flags.boolean({ summary: 'Do not truncate output' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServicePs)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const format = parseListFormat(flags.format)
    const client = this.client(flags.host)

    const { results, errors } = await forEachTarget(targets, (ref) => client.serviceInspect(ref))
    const services = results.map((r) => r.value)
    if (services.length > 0) {
      const [tasks, nodes] = await Promise.all([
        client.taskList({ service: services.map((s) => s.ID) }),
        client.nodeList(),
      ])
      this.write(renderTasks(tasks, services, nodes, { quiet: flags.quiet, noTrunc: flags['no-trunc'], format }))
    }
    throwIfAny(errors)
  }
}
