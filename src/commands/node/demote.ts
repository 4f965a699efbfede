import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { NoChange, changeNode } from '../../cli/nodes'

export default class NodeDemote extends ShoalCommand {
  static summary = 'Demote one or more nodes from manager in the swarm'
  static usage = 'node demote NODE [NODE...]'
  static description = 'The last manager of a swarm cannot be demoted.'
  static examples = ['<%= config.bin %> node demote manager-2']
  static strict = false
  static args = { node: Args.string({ description: 'node ID or hostname (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodeDemote)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    const { errors } = await forEachTarget(targets, async (ref) => {
      const changed = await changeNode(client, ref, (spec, node) => {
        if ((spec.Role ?? 'worker') === 'worker') {
          this.write(`Node ${node.ID} is already a worker.\n`)
          throw new NoChange()
        }
        spec.Role = 'worker'
      })
      if (changed) this.write(`Manager ${ref} demoted in the swarm.\n`)
    })
    throwIfAny(errors)
  }
}
