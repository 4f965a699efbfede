import { Args, Flags } from '@oclif/core'

import { ShoalCommand, jsonFormatFlag } from '../../cli/base'
import { forEachTarget, throwIfAny, UsageError } from '../../cli/errors'
import { inspectArray } from '../../cli/format'
import { parseObjectFormat, renderObjectsAs } from '../../cli/template-format'
import { prettySecret } from '../../cli/file-format'

export default class SecretInspect extends ShoalCommand {
  static summary = 'Display detailed information on one or more secrets (never their data)'
  static usage = 'secret inspect [OPTIONS] SECRET [SECRET...]'
  static examples = ['<%= config.bin %> secret inspect db-pass', '<%= config.bin %> secret inspect --pretty db-pass']
  static strict = false
  static args = { secret: Args.string({ description: 'secret name or ID (one or more)', ignoreStdin: true }) }
  static flags = { format: jsonFormatFlag, pretty: Flags.boolean({ summary: 'Print the information in a human friendly format' }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SecretInspect)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    if (flags.pretty && flags.format) throw new UsageError('--format is incompatible with human friendly format')
    const format = parseObjectFormat(flags.format)
    const client = this.client(flags.host)
    const { results, errors } = await forEachTarget(targets, (ref) => client.secretInspect(ref))
    const secrets = results.map((r) => r.value)
    if (flags.pretty) this.write(secrets.map(prettySecret).join('\n'))
    else this.write(renderObjectsAs(format, secrets, () => inspectArray(secrets)))
    throwIfAny(errors)
  }
}
