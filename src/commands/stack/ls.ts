import { ShoalCommand, formatFlag } from '../../cli/base'
import { naturalCompare, renderTable } from '../../cli/format'
import { parseFormat, renderList } from '../../cli/template-format'
import { stackNames } from '../../stack/objects'

export default class StackLs extends ShoalCommand {
  static summary = 'List stacks'
  static usage = 'stack ls [OPTIONS]'
  static aliases = ['stack:list']
  static examples = ['<%= config.bin %> stack ls', '<%= config.bin %> stack ls --format json']
  static strict = false
  static flags = { format: formatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(StackLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const stacks = [...(await stackNames(this.client(flags.host)))].sort(([a], [b]) => naturalCompare(a, b))
    const rows = stacks.map(([name, services]) => ({ Name: name, Services: String(services) }))
    this.write(renderList(format, { rows, type: 'stackContext', headers: { Name: 'NAME', Services: 'SERVICES' }, table: () => renderTable(['NAME', 'SERVICES'], rows.map((r) => [r.Name, r.Services])) }))
  }
}
