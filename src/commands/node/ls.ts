import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { jsonLines, nodeRow, nodeTable, parseListFormat, sortNodes } from '../../cli/format'

export default class NodeLs extends ShoalCommand {
  static summary = 'List nodes in the swarm'
  static usage = 'node ls [OPTIONS]'
  static hiddenAliases = ['node:list']
  static examples = ['<%= config.bin %> node ls', '<%= config.bin %> node ls --format json']
  static strict = false
  static flags = { format: formatFlag, quiet: quietFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodeLs)
    this.requireNoArgs(argv as string[])
    const format = parseListFormat(flags.format)
    const client = this.client(flags.host)
    // info tells us which node is this one (the " *" marker and the Self field).
    const [nodes, info] = await Promise.all([client.nodeList(), client.info()])
    const sorted = sortNodes(nodes)
    if (flags.quiet) {
      this.write(sorted.map((n) => `${n.ID}\n`).join(''))
      return
    }
    const rows = sorted.map((n) => nodeRow(n, info))
    this.write(format === 'json' ? jsonLines(rows) : nodeTable(rows))
  }
}
