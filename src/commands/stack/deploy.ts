import { Args, Flags } from '@oclif/core'

import { composeFiles, composeFlags } from '../../cli/compose-flags'
import { ShoalCommand } from '../../cli/base'
import { parseNonNegativeDuration } from '../../cli/duration'
import { UsageError } from '../../cli/errors'
import { deployStack, type ResolveImage } from '../../stack/apply'
import { planFromCompose } from '../../stack/compose'

export default class StackDeploy extends ShoalCommand {
  static summary = 'Deploy a new stack or update an existing stack'
  static description =
    'Reads compose files (version 3.x, or the Compose Specification without version:), with variables from the environment and from a .env file beside the first file. ' +
    'The whole file is checked before anything is created: a deploy that fails creates nothing. ' +
    'A redeploy updates only the services whose definition changed. ' +
    'depends_on (condition: service_started or service_healthy) orders the creation of new services. ' +
    'x-shoal-runtime: process in a service runs IMAGE as a host executable (shoal\'s process runtime).'
  static usage = 'stack deploy [OPTIONS] STACK'
  static aliases = ['stack:up']
  static examples = [
    '<%= config.bin %> stack deploy -c compose.yml web',
    '<%= config.bin %> stack deploy -c compose.yml -c compose.prod.yml --prune web',
    'TAG=1.2 <%= config.bin %> stack deploy -c compose.yml --strict web',
  ]
  static strict = false
  static args = { stack: Args.string({ description: 'stack name', ignoreStdin: true }) }
  static flags = {
    ...composeFlags,
    prune: Flags.boolean({ summary: 'Remove services, networks, secrets and configs the files no longer have' }),
    'resolve-image': Flags.string({ summary: 'Query the registry to resolve image digests ("always", "changed", "never")', default: 'always', helpValue: 'string' }),
    detach: Flags.boolean({ char: 'd', summary: 'Exit immediately instead of waiting for the services to converge (--detach=false waits)', default: true, allowNo: true }),
    quiet: Flags.boolean({ char: 'q', summary: 'Suppress progress output' }),
    'dependency-timeout': Flags.string({ summary: 'How long a new service waits for what it depends_on (ns|us|ms|s|m|h)', default: '5m', helpValue: 'duration' }),
  }

  async run(): Promise<void> {
    // docker's spelling, --detach=false, for oclif's --no-detach.
    const { flags, argv } = await this.parse(StackDeploy, this.argv.map((a) => (a === '--detach=false' ? '--no-detach' : a === '--detach=true' ? '--detach' : a)))
    const args = argv as string[]
    this.requireArgs(args, { exactly: 1 })
    const files = composeFiles(flags)
    const resolve = flags['resolve-image']
    if (!['always', 'changed', 'never'].includes(resolve)) throw new UsageError(`invalid --resolve-image value "${resolve}": must be always, changed or never`)
    const timeoutNs = parseNonNegativeDuration(flags['dependency-timeout'], '--dependency-timeout')
    const { plan, warnings } = planFromCompose(files, args[0], { strict: flags.strict })
    for (const w of warnings) this.writeErr(`Warning: ${w}\n`)
    const client = this.client(flags.host)
    const { changed } = await deployStack(client, plan, {
      prune: flags.prune,
      resolveImage: resolve as ResolveImage,
      dependencyTimeoutMs: timeoutNs / 1e6,
      out: (line) => this.write(`${line}\n`),
      warn: (line) => this.writeErr(`${line}\n`),
    })
    if (flags.detach) return
    for (const s of changed) await this.watchService(client, s.id, s.name, flags.quiet)
  }
}
