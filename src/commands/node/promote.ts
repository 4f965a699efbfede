import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { NoChange, changeNode } from '../../cli/nodes'

export default class NodePromote extends ShoalCommand {
  static summary = 'Promote one or more nodes to manager in the swarm'
  static usage = 'node promote NODE [NODE...]'
  static examples = ['<%= config.bin %> node promote worker-1']
  static strict = false
  static args = { node: Args.string({ description: 'node ID or hostname (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodePromote)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    const { errors } = await forEachTarget(targets, async (ref) => {
      const changed = await changeNode(client, ref, (spec, node) => {
        if (spec.Role === 'manager') {
          this.write(`Node ${node.ID} is already a manager.\n`)
          throw new NoChange()
        }
        spec.Role = 'manager'
      })
      if (changed) this.write(`Node ${ref} promoted to a manager in the swarm.\n`)
    })
    throwIfAny(errors)
  }
}
