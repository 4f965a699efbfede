import { Args } from '@oclif/core'

import { ShoalCommand, detachFlag, quietFlag } from '../../cli/base'

export default class ServiceRollback extends ShoalCommand {
  static summary = "Revert changes to a service's configuration"
  static description =
    'Restores the spec the service had before its last update and rolls it out with the service\'s rollback config ' +
    '(--rollback-* flags of service create/update). The same as `service update --rollback`.'
  static usage = 'service rollback [OPTIONS] SERVICE'
  static examples = ['<%= config.bin %> service rollback web', '<%= config.bin %> service rollback --detach web']
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID', ignoreStdin: true }) }
  static flags = {
    detach: detachFlag,
    quiet: { ...quietFlag, summary: 'Suppress progress output' },
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceRollback)
    this.requireArgs(argv as string[], { exactly: 1 })
    const ref = argv[0] as string
    await this.rollbackService(flags.host, ref, flags)
  }
}
