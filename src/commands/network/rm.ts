import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'

export default class NetworkRm extends ShoalCommand {
  static summary = 'Remove one or more networks'
  static usage = 'network rm NETWORK [NETWORK...]'
  static description = 'A network a service is on cannot be removed: update or remove the service first (--network-rm).'
  static hiddenAliases = ['network:remove']
  static examples = ['<%= config.bin %> network rm backend']
  static strict = false
  static args = { network: Args.string({ description: 'network name or ID (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NetworkRm)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    // As docker: each target printed once gone; failures reported after the rest.
    const { errors } = await forEachTarget(targets, async (ref) => {
      await client.networkRemove(ref)
      this.write(`${ref}\n`)
    })
    throwIfAny(errors)
  }
}
