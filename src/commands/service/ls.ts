import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { jsonLines, parseListFormat, serviceRow, serviceTable, sortServices } from '../../cli/format'

export default class ServiceLs extends ShoalCommand {
  static summary = 'List services'
  static usage = 'service ls [OPTIONS]'
  static hiddenAliases = ['service:list']
  static examples = ['<%= config.bin %> service ls', '<%= config.bin %> service ls --format json']
  static strict = false
  static flags = { format: formatFlag, quiet: quietFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceLs)
    this.requireNoArgs(argv as string[])
    const format = parseListFormat(flags.format)
    // status=true asks the daemon for running/desired task counts (the REPLICAS column).
    const services = sortServices(await this.client(flags.host).serviceList({ status: true }))
    if (flags.quiet) {
      this.write(services.map((s) => `${s.ID}\n`).join(''))
      return
    }
    const rows = services.map(serviceRow)
    this.write(format === 'json' ? jsonLines(rows) : serviceTable(rows))
  }
}
