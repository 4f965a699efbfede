import { Flags } from '@oclif/core'

import { ShoalCommand, quietFlag } from '../../cli/base'
import { unlockKeyInstructions } from '../../cli/swarm'

export default class SwarmUnlockKey extends ShoalCommand {
  static summary = 'Manage the unlock key'
  static usage = 'swarm unlock-key [OPTIONS]'
  static description = 'Shows (or rotates) the key a manager needs after a restart while autolock is on.'
  static examples = ['<%= config.bin %> swarm unlock-key', '<%= config.bin %> swarm unlock-key -q', '<%= config.bin %> swarm unlock-key --rotate']
  static strict = false
  static flags = {
    quiet: { ...quietFlag, summary: 'Only display token' },
    rotate: Flags.boolean({ summary: 'Rotate unlock key (managers that were down need the old key once)' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmUnlockKey)
    this.requireNoArgs(argv as string[])
    const client = this.client(flags.host)
    if (flags.rotate) {
      const swarm = await client.swarmInspect()
      await client.swarmUpdate(swarm.Version?.Index ?? 0, swarm.Spec ?? {}, { unlockKey: true })
      if (!flags.quiet) this.write('Successfully rotated manager unlock key.\n\n')
    }
    const key = await client.swarmUnlockKey()
    if (!key) throw new Error('no unlock key is set')
    this.write(flags.quiet ? `${key}\n` : unlockKeyInstructions(this.config.bin, key))
  }
}
