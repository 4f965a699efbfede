import { ShoalCommand, filterFlag, formatFlag, quietFlag } from '../../cli/base'
import { NODE_HEADERS, nodeRow, nodeTable, sortNodes } from '../../cli/format'
import { parseFilterFlags } from '../../cli/parse'
import { parseFormat, renderList } from '../../cli/template-format'

const FILTERS = ['id', 'label', 'membership', 'name', 'node.label', 'role']

export default class NodeLs extends ShoalCommand {
  static summary = 'List nodes in the swarm'
  static usage = 'node ls [OPTIONS]'
  static hiddenAliases = ['node:list']
  static examples = ['<%= config.bin %> node ls', '<%= config.bin %> node ls --filter role=manager', "<%= config.bin %> node ls --format '{{.Hostname}}: {{.Status}}'", '<%= config.bin %> node ls --format json']
  static strict = false
  static flags = { format: formatFlag, quiet: quietFlag, filter: filterFlag(FILTERS) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodeLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const filters = parseFilterFlags(flags.filter, FILTERS)
    const client = this.client(flags.host)
    // info tells us which node is this one (the " *" marker and the Self field).
    const [nodes, info] = await Promise.all([client.nodeList(filters), client.info()])
    const sorted = sortNodes(nodes)
    if (flags.quiet) {
      this.write(sorted.map((n) => `${n.ID}\n`).join(''))
      return
    }
    const rows = sorted.map((n) => nodeRow(n, info))
    this.write(renderList(format, { rows, type: 'nodeContext', headers: NODE_HEADERS, table: () => nodeTable(rows) }))
  }
}
