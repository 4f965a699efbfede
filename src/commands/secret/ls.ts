import { Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { parseFormat } from '../../cli/template-format'
import { parseFilterFlags } from '../../cli/parse'
import { fileListing } from '../../cli/file-format'

const FILTERS = ['id', 'label', 'name', 'names']

export default class SecretLs extends ShoalCommand {
  static summary = 'List secrets'
  static usage = 'secret ls [OPTIONS]'
  static hiddenAliases = ['secret:list']
  static examples = ['<%= config.bin %> secret ls', '<%= config.bin %> secret ls --filter name=db-pass --format json']
  static strict = false
  static flags = {
    format: formatFlag,
    quiet: quietFlag,
    filter: Flags.string({ char: 'f', summary: 'Filter output (id=, label=, name=)', helpValue: 'filter', multiple: true, multipleNonGreedy: true }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SecretLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, FILTERS)
    this.write(fileListing('secret', await this.client(flags.host).secretList(filters), format, flags.quiet))
  }
}
