import { Args } from '@oclif/core'

import { ShoalCommand, jsonFormatFlag } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { inspectArray } from '../../cli/format'
import { parseObjectFormat, renderObjectsAs } from '../../cli/template-format'

export default class NetworkInspect extends ShoalCommand {
  static summary = 'Display detailed information on one or more networks'
  static usage = 'network inspect [OPTIONS] NETWORK [NETWORK...]'
  static examples = ['<%= config.bin %> network inspect backend', '<%= config.bin %> network inspect ingress --format json']
  static strict = false
  static args = { network: Args.string({ description: 'network name or ID (one or more)', ignoreStdin: true }) }
  static flags = { format: jsonFormatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NetworkInspect)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const format = parseObjectFormat(flags.format)
    const client = this.client(flags.host)
    const { results, errors } = await forEachTarget(targets, (ref) => client.networkInspect(ref))
    const networks = results.map((r) => r.value)
    this.write(renderObjectsAs(format, networks, () => inspectArray(networks)))
    throwIfAny(errors)
  }
}
