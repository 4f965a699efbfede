import { Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { parseFilterFlags } from '../../cli/parse'
import { parseFormat, renderList } from '../../cli/template-format'
import { labelMethod } from '../../cli/file-format'
import { NETWORK_HEADERS, networkRow, networkTable, sortNetworks } from '../../cli/network-format'

const FILTERS = ['driver', 'id', 'label', 'name', 'scope', 'type']

export default class NetworkLs extends ShoalCommand {
  static summary = 'List networks'
  static usage = 'network ls [OPTIONS]'
  static hiddenAliases = ['network:list']
  static examples = ['<%= config.bin %> network ls', '<%= config.bin %> network ls --filter name=back --format json']
  static strict = false
  static flags = {
    format: formatFlag,
    quiet: quietFlag,
    'no-trunc': Flags.boolean({ summary: 'Do not truncate the output' }),
    filter: Flags.string({ char: 'f', summary: 'Filter output (driver=, id=, label=, name=, scope=, type=)', helpValue: 'filter', multiple: true, multipleNonGreedy: true }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NetworkLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, FILTERS)
    const networks = sortNetworks(await this.client(flags.host).networkList(filters))
    if (flags.quiet) {
      this.write(networks.map((n) => `${flags['no-trunc'] ? n.Id : n.Id.slice(0, 12)}\n`).join(''))
      return
    }
    const rows = networks.map((n) => networkRow(n, flags['no-trunc']))
    this.write(renderList(format, { rows, type: 'networkContext', headers: NETWORK_HEADERS, table: () => networkTable(rows), methods: (r) => labelMethod(r.Labels) }))
  }
}
