import { Args, Flags } from '@oclif/core'

import { ShoalCommand, repeatable } from '../../cli/base'
import { readContent } from '../../cli/content'
import { parseLabels } from '../../cli/parse'

export default class ConfigCreate extends ShoalCommand {
  static summary = 'Create a config from a file or STDIN'
  static usage = 'config create [OPTIONS] CONFIG file|-'
  static description =
    'A config is a non-secret file (less than 500 KiB) that tasks get: stored by the managers as it is, immutable but for its labels, and given only to nodes that run a task using it.'
  static examples = ['<%= config.bin %> config create nginx.conf ./nginx.conf', 'echo "level=debug" | <%= config.bin %> config create --label env=dev app.conf -']
  static strict = false
  static args = {
    config: Args.string({ description: 'config name', ignoreStdin: true }),
    file: Args.string({ description: 'file to read the data from, or - for STDIN', ignoreStdin: true }),
  }
  static flags = {
    label: repeatable({ char: 'l', summary: 'Config labels (KEY=VALUE)', helpValue: 'KEY=VALUE' }),
    // Sent as docker's CLI sends it; the daemon refuses every template driver by name.
    'template-driver': Flags.string({ summary: 'Template driver (none is supported: the data is used as it is)', helpValue: 'string' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ConfigCreate)
    const [name, file] = argv as string[]
    this.requireArgs(argv as string[], { exactly: 2 })
    const labels = parseLabels(flags.label)
    const data = await readContent(file)
    const templating = flags['template-driver'] ? { Name: flags['template-driver'] } : undefined
    const created = await this.client(flags.host).configCreate({ Name: name, Labels: labels, Data: data.toString('base64'), Templating: templating })
    this.write(`${created.ID}\n`)
  }
}
