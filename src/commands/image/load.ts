import * as fs from 'node:fs'
import { Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { UsageError } from '../../cli/errors'

export default class ImageLoad extends ShoalCommand {
  static summary = 'Load images from a docker save or OCI archive (plain or gzip-compressed) onto this node'
  static usage = 'image load -i FILE'
  static examples = ['<%= config.bin %> image load -i busybox.tar', '<%= config.bin %> image load -i busybox.tar.gz']
  static flags = {
    input: Flags.string({ char: 'i', summary: 'The archive (docker save / OCI image layout tar, or the same gzip-compressed)', required: true }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ImageLoad)
    this.requireNoArgs(argv as string[])
    try {
      if (!fs.statSync(flags.input).isFile()) throw new UsageError(`${flags.input} is not a file`)
    } catch (err) {
      if (err instanceof UsageError) throw err
      throw new UsageError(`cannot read ${flags.input}: ${(err as Error).message}`)
    }
    for (const r of await this.client(flags.host).imageLoad(flags.input)) this.write(r.stream)
  }
}
