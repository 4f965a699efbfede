import { ShoalCommand, formatFlag, quietFlag } from '../../cli/base'
import { renderTable } from '../../cli/format'
import { parseFormat, renderList } from '../../cli/template-format'

// docker's column headers by field, for "table TEMPLATE" formats.
const HEADERS = { Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', ID: 'IMAGE ID', Size: 'SIZE' }

export default class ImageLs extends ShoalCommand {
  static summary = "List this node's images"
  static usage = 'image ls [OPTIONS]'
  static description = "Images are per node (in this node's containerd, namespace shoal), as docker's are per engine."
  static hiddenAliases = ['image:list', 'images']
  static examples = ['<%= config.bin %> image ls', '<%= config.bin %> image ls --format json']
  static flags = { format: formatFlag, quiet: quietFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ImageLs)
    this.requireNoArgs(argv as string[])
    const format = parseFormat(flags.format)
    const images = (await this.client(flags.host).imageList()).sort((a, b) => (a.RepoTags[0] ?? '').localeCompare(b.RepoTags[0] ?? ''))
    if (flags.quiet) {
      this.write(images.map((i) => `${i.Id}\n`).join(''))
      return
    }
    const rows = images.map((i) => {
      const name = i.RepoTags[0] ?? i.RepoDigests[0] ?? ''
      const at = name.lastIndexOf(':')
      const slash = name.lastIndexOf('/')
      const [repo, tag] = at > slash ? [name.slice(0, at), name.slice(at + 1)] : [name, '<none>']
      // docker's field names (its --format '{{json .}}' keys).
      return { Digest: i.RepoDigests[0]?.split('@')[1] ?? '', ID: i.Id.replace(/^sha256:/, '').slice(0, 12), Repository: repo, Size: humanSize(i.Size), Tag: tag }
    })
    this.write(renderList(format, { rows, type: 'imageContext', headers: HEADERS, table: () => renderTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'SIZE'], rows.map((r) => [r.Repository, r.Tag, r.ID, r.Size])) }))
  }
}

function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes}B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let v = bytes / 1000
  let u = 0
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000
    u++
  }
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)}${units[u]}`
}
