import { Flags } from '@oclif/core'

import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { parseFilterFlags } from '../../cli/parse'
import { jsonLines, parseListFormat } from '../../cli/format'
import { secretRow, secretTable, sortSecrets } from '../../cli/secret-format'

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
    const format = parseListFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, FILTERS)
    const secrets = sortSecrets(await this.client(flags.host).secretList(filters))
    if (flags.quiet) {
      this.write(secrets.map((s) => `${s.ID}\n`).join(''))
      return
    }
    const rows = secrets.map((s) => secretRow(s))
    this.write(format === 'json' ? jsonLines(rows) : secretTable(rows))
  }
}
