import { Args, Flags } from '@oclif/core'

import { ShoalCommand, quietFlag } from '../../cli/base'
import { UsageError } from '../../cli/errors'
import { joinCommand, joinInstructions, type JoinRole } from '../../cli/swarm'

export default class SwarmJoinToken extends ShoalCommand {
  static summary = 'Manage join tokens'
  static usage = 'swarm join-token [OPTIONS] (worker|manager)'
  static description = 'Prints the command that adds a worker or a manager to this swarm.'
  static examples = ['<%= config.bin %> swarm join-token worker', '<%= config.bin %> swarm join-token -q manager']
  static strict = false
  static args = {
    role: Args.string({ description: 'worker or manager', ignoreStdin: true }),
  }
  static flags = {
    quiet: { ...quietFlag, summary: 'Only display token' },
    rotate: Flags.boolean({ summary: 'Rotate join token (the old one stops working for new joins)' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmJoinToken)
    this.requireArgs(argv as string[], { exactly: 1 })
    const role = argv[0] as string
    if (role !== 'worker' && role !== 'manager') throw new UsageError(`unknown role ${role}: must be "worker" or "manager"`)
    const client = this.client(flags.host)
    const info = await client.info()
    const nodeId = info.Swarm?.NodeID
    if (!nodeId || info.Swarm?.LocalNodeState !== 'active') {
      throw new Error(`this node is not part of a swarm: run '${this.config.bin} swarm init' first`)
    }
    if (flags.rotate) {
      const swarm = await client.swarmInspect()
      await client.swarmUpdate(swarm.Version?.Index ?? 0, swarm.Spec ?? {}, { [role]: true })
      if (!flags.quiet) this.write(`Successfully rotated ${role} join token.\n\n`)
    }
    const { token, addr } = await joinCommand(client, nodeId, role as JoinRole)
    this.write(flags.quiet ? `${token}\n` : joinInstructions(this.config.bin, role as JoinRole, token, addr))
  }
}
