import { ShoalCommand, filterFlag, formatFlag, quietFlag } from '../../cli/base'
import { SERVICE_HEADERS, serviceRow, serviceTable, sortServices } from '../../cli/format'
import { parseFilterFlags } from '../../cli/parse'
import { parseFormat, renderList } from '../../cli/template-format'

const FILTERS = ['id', 'label', 'mode', 'name']

export default class ServiceLs extends ShoalCommand {
  static summary = 'List services'
  static usage = 'service ls [OPTIONS]'
  static hiddenAliases = ['service:list']
  static examples = [
    '<%= config.bin %> service ls',
    '<%= config.bin %> service ls --filter mode=replicated-job --filter label=team=blue',
    "<%= config.bin %> service ls --format '{{.Name}} {{.Replicas}}'",
    "<%= config.bin %> service ls --format 'table {{.ID}}\\t{{.Name}}'",
    '<%= config.bin %> service ls --format json',
  ]
  static strict = false
  static flags = { format: formatFlag, quiet: quietFlag, filter: filterFlag(FILTERS) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, FILTERS)
    // status=true asks the daemon for running/desired task counts (the REPLICAS column).
    const services = sortServices(await this.client(flags.host).serviceList({ status: true, filters }))
    if (flags.quiet) {
      this.write(services.map((s) => `${s.ID}\n`).join(''))
      return
    }
    const rows = services.map(serviceRow)
    this.write(renderList(format, { rows, type: 'serviceContext', headers: SERVICE_HEADERS, table: () => serviceTable(rows) }))
  }
}
