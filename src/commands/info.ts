import { ShoalCommand, jsonFormatFlag } from '../cli/base'
import { parseObjectFormat, renderInfo } from '../cli/format'

export default class Info extends ShoalCommand {
  static summary = 'Display system-wide information'
  static usage = 'info [OPTIONS]'
  static examples = ['<%= config.bin %> info', '<%= config.bin %> info --format json']
  static strict = false
  static flags = { format: jsonFormatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(Info)
    this.requireNoArgs(argv as string[])
    const json = parseObjectFormat(flags.format) === 'json'
    const client = this.client(flags.host)
    const info = await client.info()
    if (json) {
      this.write(JSON.stringify(info) + '\n')
      return
    }
    this.write(renderInfo(info, { version: this.config.version, host: client.address.url }))
  }
}
