import { Args } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { forEachTarget, throwIfAny } from '../../cli/errors'

export default class ImageRm extends ShoalCommand {
  static summary = 'Remove one or more images from this node'
  static usage = 'image rm IMAGE [IMAGE...]'
  static description = "Layers no other image or container uses are freed by containerd's garbage collector."
  static hiddenAliases = ['image:remove', 'rmi']
  static examples = ['<%= config.bin %> image rm busybox:latest']
  static strict = false
  static args = { image: Args.string({ description: 'image reference (one or more)', ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ImageRm)
    const targets = argv as string[]
    this.requireArgs(targets, { min: 1 })
    const client = this.client(flags.host)
    const { errors } = await forEachTarget(targets, async (ref) => {
      for (const r of await client.imageRemove(ref)) this.write(`Untagged: ${r.Untagged}\n`)
    })
    throwIfAny(errors)
  }
}
