import { Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'

export default class SwarmLeave extends ShoalCommand {
  static summary = 'Leave the swarm'
  static usage = 'swarm leave [OPTIONS]'
  static examples = ['<%= config.bin %> swarm leave', '<%= config.bin %> swarm leave --force']
  static strict = false
  static flags = {
    force: Flags.boolean({
      char: 'f',
      summary: 'Force this node to leave the swarm, ignoring warnings',
    }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmLeave)
    this.requireNoArgs(argv as string[])
    await this.client(flags.host).swarmLeave(Boolean(flags.force))
    this.write('Node left the swarm.\n')
  }
}
