import { Args, Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { UsageError } from '../../cli/errors'

export default class ImagePull extends ShoalCommand {
  static summary = 'Pull an image from a registry onto this node'
  static usage = 'image pull [OPTIONS] NAME[:TAG|@DIGEST]'
  static description =
    'Short names resolve as docker\'s do (nginx is docker.io/library/nginx:latest). Registries on loopback are spoken to over plain HTTP, as docker treats 127.0.0.0/8 as insecure.'
  static examples = ['<%= config.bin %> image pull nginx', '<%= config.bin %> image pull 127.0.0.1:5000/app@sha256:…']
  static flags = {
    username: Flags.string({ char: 'u', summary: 'Registry user name' }),
    'password-stdin': Flags.boolean({ summary: 'Read the registry password (or token) from stdin' }),
  }
  static args = { image: Args.string({ description: 'image reference', required: true, ignoreStdin: true }) }

  async run(): Promise<void> {
    const { flags, args } = await this.parse(ImagePull)
    let auth: { username: string; password: string } | undefined
    if (flags['password-stdin']) {
      if (!flags.username) throw new UsageError('--password-stdin needs --username')
      const chunks: Buffer[] = []
      for await (const c of process.stdin) chunks.push(c as Buffer)
      auth = { username: flags.username, password: Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '') }
    } else if (flags.username) {
      throw new UsageError('--username needs --password-stdin')
    }
    const r = await this.client(flags.host).imagePull(args.image, auth)
    this.write(`${r.status}\nDigest: ${r.digest}\n`)
  }
}
