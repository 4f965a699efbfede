import { ShoalCommand, jsonFormatFlag } from '../cli/base'
import { renderInfo } from '../cli/format'
import { parseObjectFormat, renderObjectsAs } from '../cli/template-format'

export default class Info extends ShoalCommand {
  static summary = 'Display system-wide information'
  static usage = 'info [OPTIONS]'
  static examples = ['<%= config.bin %> info', '<%= config.bin %> info --format json']
  static strict = false
  static flags = { format: jsonFormatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(Info)
    this.requireNoArgs(argv as string[])
    const format = parseObjectFormat(flags.format)
    const client = this.client(flags.host)
    const info = await client.info()
    this.write(renderObjectsAs(format, [info], () => renderInfo(info, { version: this.config.version, host: client.address.url })))
  }
}
