import { Args } from '@oclif/core'

import { ShoalCommand, repeatable } from '../../cli/base'
import { readContent } from '../../cli/content'
import { parseLabels } from '../../cli/parse'

export default class SecretCreate extends ShoalCommand {
  static summary = 'Create a secret from a file or STDIN as content'
  static usage = 'secret create [OPTIONS] SECRET file|-'
  static description = 'The data is sent to the managers, stored encrypted, and given only to nodes that run a task using it.'
  static examples = ['<%= config.bin %> secret create db-pass ./password.txt', 'printf s3cret | <%= config.bin %> secret create --label env=prod db-pass -']
  static strict = false
  static args = {
    secret: Args.string({ description: 'secret name', ignoreStdin: true }),
    file: Args.string({ description: 'file to read the data from, or - for STDIN', ignoreStdin: true }),
  }
  static flags = { label: repeatable({ char: 'l', summary: 'Secret labels (KEY=VALUE)', helpValue: 'KEY=VALUE' }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SecretCreate)
    const [name, file] = argv as string[]
    this.requireArgs(argv as string[], { exactly: 2 })
    const labels = parseLabels(flags.label)
    const data = await readContent(file)
    const created = await this.client(flags.host).secretCreate({ Name: name, Labels: labels, Data: data.toString('base64') })
    this.write(`${created.ID}\n`)
  }
}

