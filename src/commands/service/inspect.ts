import { Args } from '@oclif/core'

import { ShoalCommand, jsonFormatFlag } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'
import { inspectArray } from '../../cli/format'
import { parseObjectFormat, renderObjectsAs } from '../../cli/template-format'

export default class ServiceInspect extends ShoalCommand {
  static summary = 'Display detailed information on one or more services'
  static usage = 'service inspect [OPTIONS] SERVICE [SERVICE...]'
  static examples = ['<%= config.bin %> service inspect web', '<%= config.bin %> service inspect --format json web api']
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID (one or more)', ignoreStdin: true }) }
  static flags = { format: jsonFormatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceInspect)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const format = parseObjectFormat(flags.format)
    const client = this.client(flags.host)
    const { results, errors } = await forEachTarget(targets, (ref) => client.serviceInspect(ref))
    const services = results.map((r) => r.value)
    this.write(renderObjectsAs(format, services, () => inspectArray(services)))
    throwIfAny(errors)
  }
}
