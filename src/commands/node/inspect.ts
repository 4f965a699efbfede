import { Args } from '@oclif/core'

import { ShoalCommand, jsonFormatFlag } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { inspectArray } from '../../cli/format'
import { parseObjectFormat, renderObjectsAs } from '../../cli/template-format'

export default class NodeInspect extends ShoalCommand {
  static summary = 'Display detailed information on one or more nodes'
  static usage = 'node inspect [OPTIONS] NODE [NODE...]'
  static description = 'NODE is a node ID or hostname; "self" is the node the daemon runs on.'
  static examples = ['<%= config.bin %> node inspect self', '<%= config.bin %> node inspect --format json NODE1 NODE2']
  static strict = false
  static args = { node: Args.string({ description: 'node ID, hostname or "self" (one or more)', ignoreStdin: true }) }
  static flags = { format: jsonFormatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodeInspect)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const format = parseObjectFormat(flags.format)
    const client = this.client(flags.host)
    let selfId: string | undefined
    const { results, errors } = await forEachTarget(targets, async (ref) => {
      if (ref === 'self') {
        selfId ??= (await client.info()).Swarm?.NodeID
        if (!selfId) throw new Error('this node is not part of a swarm')
        return client.nodeInspect(selfId)
      }
      return client.nodeInspect(ref)
    })
    const nodes = results.map((r) => r.value)
    // Like docker, print what was found even when some targets weren't, then fail.
    this.write(renderObjectsAs(format, nodes, () => inspectArray(nodes)))
    throwIfAny(errors)
  }
}
