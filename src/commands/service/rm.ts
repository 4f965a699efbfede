import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'

export default class ServiceRm extends ShoalCommand {
  static summary = 'Remove one or more services'
  static usage = 'service rm SERVICE [SERVICE...]'
  static hiddenAliases = ['service:remove']
  static examples = ['<%= config.bin %> service rm web', '<%= config.bin %> service rm web api']
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceRm)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    // Each removed service is printed as soon as it is gone (as given, like docker), so
    // a failure later in the list doesn't hide what already happened.
    const { errors } = await forEachTarget(targets, async (ref) => {
      const service = await client.serviceInspect(ref)
      await client.serviceRemove(service.ID)
      this.write(`${ref}\n`)
    })
    throwIfAny(errors)
  }
}
