import { ShoalCommand, jsonFormatFlag } from '../cli/base'
import type { VersionInfo } from '../api/client'
import { parseObjectFormat, renderObjectsAs } from '../cli/template-format'
import { API_VERSION } from '../api/version'

function goArch(arch: string): string {
  return ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[arch] ?? arch
}

export default class Version extends ShoalCommand {
  static summary = 'Show the shoal version information'
  static usage = 'version [OPTIONS]'
  static strict = false
  static flags = { format: jsonFormatFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(Version)
    this.requireNoArgs(argv as string[])
    const format = parseObjectFormat(flags.format)
    const client = {
      Version: this.config.version,
      ApiVersion: API_VERSION,
      NodeVersion: process.version,
      Os: process.platform,
      Arch: goArch(process.arch),
    }
    // As docker's: the client's part is printed even when no daemon answers, then the
    // error (exit status 1).
    let server: VersionInfo | null = null
    let failure: unknown = null
    try {
      server = await this.client(flags.host).version()
    } catch (err) {
      failure = err
    }
    if (format.kind !== 'default') {
      this.write(renderObjectsAs(format, [{ Client: client, Server: server }], () => ''))
    } else {
      const row = (label: string, value: unknown) => `${label.padEnd(18)}${value ?? ''}\n`
      let out = 'Client:\n'
      out += row(' Version:', client.Version)
      out += row(' API version:', client.ApiVersion)
      out += row(' Node.js version:', client.NodeVersion)
      out += row(' OS/Arch:', `${client.Os}/${client.Arch}`)
      if (server) {
        out += '\nServer:\n'
        out += row(' Version:', server.Version)
        const min = server.MinAPIVersion ? ` (minimum version ${server.MinAPIVersion})` : ''
        out += row(' API version:', `${server.ApiVersion ?? ''}${min}`)
        if (server.GitCommit) out += row(' Git commit:', server.GitCommit)
        if (server.Os || server.Arch) out += row(' OS/Arch:', `${server.Os ?? ''}/${server.Arch ?? ''}`)
      }
      this.write(out)
    }
    if (failure) throw failure
  }
}
