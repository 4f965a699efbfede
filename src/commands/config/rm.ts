import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'

export default class ConfigRm extends ShoalCommand {
  static summary = 'Remove one or more configs'
  static usage = 'config rm CONFIG [CONFIG...]'
  static description = 'A config a service uses cannot be removed: update the service first (--config-rm).'
  static hiddenAliases = ['config:remove']
  static examples = ['<%= config.bin %> config rm nginx.conf']
  static strict = false
  static args = { config: Args.string({ description: 'config name or ID (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ConfigRm)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    // As docker: each target printed once gone; failures reported after the rest.
    const { errors } = await forEachTarget(targets, async (ref) => {
      await client.configRemove(ref)
      this.write(`${ref}\n`)
    })
    throwIfAny(errors)
  }
}
