import { Args, Flags } from '@oclif/core'

import { ShoalCommand, jsonFormatFlag } from '../../cli/base'
import { forEachTarget, throwIfAny, UsageError } from '../../cli/errors'
import { prettyConfig } from '../../cli/file-format'
import { inspectArray } from '../../cli/format'
import { parseObjectFormat, renderObjectsAs } from '../../cli/template-format'

export default class ConfigInspect extends ShoalCommand {
  static summary = 'Display detailed information on one or more configs'
  static usage = 'config inspect [OPTIONS] CONFIG [CONFIG...]'
  static examples = ['<%= config.bin %> config inspect nginx.conf', '<%= config.bin %> config inspect --pretty nginx.conf']
  static strict = false
  static args = { config: Args.string({ description: 'config name or ID (one or more)', ignoreStdin: true }) }
  static flags = { format: jsonFormatFlag, pretty: Flags.boolean({ summary: 'Print the information in a human friendly format' }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ConfigInspect)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    if (flags.pretty && flags.format) throw new UsageError('--format is incompatible with human friendly format')
    const format = parseObjectFormat(flags.format)
    const client = this.client(flags.host)
    const { results, errors } = await forEachTarget(targets, (ref) => client.configInspect(ref))
    const configs = results.map((r) => r.value)
    if (flags.pretty) this.write(configs.map(prettyConfig).join('\n'))
    else this.write(renderObjectsAs(format, configs, () => inspectArray(configs)))
    throwIfAny(errors)
  }
}
