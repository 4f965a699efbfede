import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'

export default class SecretRm extends ShoalCommand {
  static summary = 'Remove one or more secrets'
  static usage = 'secret rm SECRET [SECRET...]'
  static description = 'A secret a service uses cannot be removed: update the service first (--secret-rm).'
  static hiddenAliases = ['secret:remove']
  static examples = ['<%= config.bin %> secret rm db-pass']
  static strict = false
  static args = { secret: Args.string({ description: 'secret name or ID (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SecretRm)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    // As docker: each target printed once gone; failures reported after the rest.
    const { errors } = await forEachTarget(targets, async (ref) => {
      await client.secretRemove(ref)
      this.write(`${ref}\n`)
    })
    throwIfAny(errors)
  }
}
