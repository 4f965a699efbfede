import { Args, Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { nodeReference } from '../../cli/nodes'

export default class NodeRm extends ShoalCommand {
  static summary = 'Remove one or more nodes from the swarm'
  static usage = 'node rm [OPTIONS] NODE [NODE...]'
  static description =
    'A node must be down to be removed, unless --force is given; a manager must be demoted first. The replicated tasks of a removed node are placed elsewhere.'
  static hiddenAliases = ['node:remove']
  static examples = ['<%= config.bin %> node rm worker-3', '<%= config.bin %> node rm --force worker-3']
  static strict = false
  static args = { node: Args.string({ description: 'node ID or hostname (one or more)', ignoreStdin: true }) }
  static flags = { force: Flags.boolean({ char: 'f', summary: 'Force remove a node from the swarm' }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodeRm)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    // As docker: remove what can be removed, print each, then report the rest.
    const { errors } = await forEachTarget(targets, async (ref) => {
      await client.nodeRemove(await nodeReference(client, ref), { force: flags.force })
      this.write(`${ref}\n`)
    })
    throwIfAny(errors)
  }
}
