import { Args, Flags } from '@oclif/core'

import { ShoalCommand } from '../cli/base'
import { deployStack } from '../stack/apply'
import { planFromBundle } from '../stack/dab'

export default class Deploy extends ShoalCommand {
  static summary = 'Deploy a stack from a Distributed Application Bundle (.dab)'
  static description =
    'Creates or updates the services and networks of a bundle (Version 0.1), as docker\'s experimental `docker deploy` did: ' +
    'services are named NAMESPACE_SERVICE, each network a service names becomes the overlay network NAMESPACE_NETWORK. ' +
    'A redeploy updates only the services that changed. Write bundles with `<%= config.bin %> bundle`.'
  static usage = 'deploy [OPTIONS] FILE.dab'
  static examples = ['<%= config.bin %> deploy app.dab', '<%= config.bin %> deploy --namespace prod --prune app.dab']
  static strict = false
  static args = { file: Args.string({ description: 'the bundle file', ignoreStdin: true }) }
  static flags = {
    namespace: Flags.string({ summary: 'Stack name (default: the file name without .dab)', helpValue: 'string' }),
    prune: Flags.boolean({ summary: 'Remove services and networks the bundle no longer has' }),
    strict: Flags.boolean({ summary: 'Refuse keys shoal does not support (a warning otherwise)' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(Deploy)
    const args = argv as string[]
    this.requireArgs(args, { exactly: 1 })
    const { plan, warnings } = planFromBundle(args[0], flags.namespace, flags.strict)
    for (const w of warnings) this.writeErr(`Warning: ${w}\n`)
    // Images are pinned by the bundle itself: no registry look-up at deploy.
    await deployStack(this.client(flags.host), plan, {
      prune: flags.prune,
      resolveImage: 'never',
      dependencyTimeoutMs: 0,
      out: (line) => this.write(`${line}\n`),
      warn: (line) => this.writeErr(`${line}\n`),
    })
  }
}
