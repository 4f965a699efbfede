import { Args } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { SERVICE_HEADERS, serviceRow, serviceTable, sortServices } from '../../cli/format'
import { parseFormat, renderList } from '../../cli/template-format'
import { stackServices } from '../../stack/objects'

export default class StackServices extends ShoalCommand {
  static summary = 'List the services in the stack'
  static usage = 'stack services [OPTIONS] STACK'
  static examples = ['<%= config.bin %> stack services web', '<%= config.bin %> stack services -q web']
  static strict = false
  static args = { stack: Args.string({ description: 'stack name', ignoreStdin: true }) }
  static flags = { format: formatFlag, quiet: quietFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(StackServices)
    const args = argv as string[]
    this.requireArgs(args, { exactly: 1 })
    const format = parseFormat(flags.format)
    const services = sortServices(await stackServices(this.client(flags.host), args[0], true))
    if (services.length === 0) {
      // docker's words, on stderr, status 0.
      this.writeErr(`Nothing found in stack: ${args[0]}\n`)
      return
    }
    if (flags.quiet) {
      this.write(services.map((s) => `${s.ID}\n`).join(''))
      return
    }
    const rows = services.map(serviceRow)
    this.write(renderList(format, { rows, type: 'serviceContext', headers: SERVICE_HEADERS, table: () => serviceTable(rows) }))
  }
}
