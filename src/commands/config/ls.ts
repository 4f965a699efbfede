import { Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { fileListing } from '../../cli/file-format'
import { parseFormat } from '../../cli/template-format'
import { parseFilterFlags } from '../../cli/parse'

const FILTERS = ['id', 'label', 'name', 'names']

export default class ConfigLs extends ShoalCommand {
  static summary = 'List configs'
  static usage = 'config ls [OPTIONS]'
  static hiddenAliases = ['config:list']
  static examples = ['<%= config.bin %> config ls', '<%= config.bin %> config ls --filter label=env=prod --format json']
  static strict = false
  static flags = {
    format: formatFlag,
    quiet: quietFlag,
    filter: Flags.string({ char: 'f', summary: 'Filter output (id=, label=, name=)', helpValue: 'filter', multiple: true, multipleNonGreedy: true }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ConfigLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, FILTERS)
    this.write(fileListing('config', await this.client(flags.host).configList(filters), format, flags.quiet))
  }
}
