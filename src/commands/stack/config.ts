import { stringify } from 'yaml'

import { composeFiles, composeFlags } from '../../cli/compose-flags'
import { ShoalCommand } from '../../cli/base'
import { planFromCompose } from '../../stack/compose'

export default class StackConfig extends ShoalCommand {
  static summary = 'Outputs the final config file, after doing merges and interpolations'
  static description = 'Checks the files as `stack deploy` does (nothing is sent to the daemon) and prints what it would deploy from, as docker\'s stack config.'
  static usage = 'stack config [OPTIONS]'
  static examples = ['<%= config.bin %> stack config -c compose.yml', '<%= config.bin %> stack config -c compose.yml -c compose.prod.yml']
  static flags = {
    ...composeFlags,
  }

  async run(): Promise<void> {
    const { flags } = await this.parse(StackConfig)
    const files = composeFiles(flags)
    const { warnings, root } = planFromCompose(files, 'config', { strict: flags.strict })
    for (const w of warnings) this.writeErr(`Warning: ${w}\n`)
    this.write(stringify(root.value))
  }
}
