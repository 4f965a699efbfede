import { Flags } from '@oclif/core'
import { stringify } from 'yaml'

import { ShoalCommand } from '../../cli/base'
import { UsageError } from '../../cli/errors'
import { planFromCompose } from '../../stack/compose'

export default class StackConfig extends ShoalCommand {
  static summary = 'Outputs the final config file, after doing merges and interpolations'
  static description = 'Checks the files as `stack deploy` does (nothing is sent to the daemon) and prints what it would deploy from, as docker\'s stack config.'
  static usage = 'stack config [OPTIONS]'
  static examples = ['<%= config.bin %> stack config -c compose.yml', '<%= config.bin %> stack config -c compose.yml -c compose.prod.yml']
  static flags = {
    'compose-file': Flags.string({ char: 'c', summary: 'Path to a Compose file, or "-" to read from stdin (repeat to merge overrides)', helpValue: 'strings', multiple: true, multipleNonGreedy: true }),
    strict: Flags.boolean({ summary: 'Refuse compose keys shoal does not support (a warning otherwise)' }),
  }

  async run(): Promise<void> {
    const { flags } = await this.parse(StackConfig)
    const files = flags['compose-file'] ?? []
    if (files.length === 0) throw new UsageError('Please specify a Compose file (with --compose-file)')
    const { warnings, root } = planFromCompose(files, 'config', { strict: flags.strict })
    for (const w of warnings) this.writeErr(`Warning: ${w}\n`)
    this.write(stringify(root.value))
  }
}
