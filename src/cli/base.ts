// The base of every shoal command (except `daemon`): the --host flag, the API client, the
// output streams, argument-count checks, and the one error path. Whatever goes wrong, the
// user sees `Error: <message>` on a single line of stderr and the exit status is 1: no
// stack traces, no oclif banners. (SHOAL_DEBUG=1 adds the stack, for developers.)

import { Command, Errors, Flags } from '@oclif/core'

import { resolveHost, ShoalClient } from '../api/client'
import { MultiError, UsageError, errorMessage } from './errors'
import { PlainRenderer, TtyRenderer, silentRenderer, waitOnService, type WaitResult } from './progress'
import { requestRollback } from './rollout'

// Shared flag definitions, so every command spells them the same way.
export const formatFlag = Flags.string({
  summary: 'Format output: "table" (default), "json" (one JSON object per line), "table TEMPLATE" or a Go template (docker\'s: \'{{.Name}} {{.ID}}\')',
  helpValue: 'string',
})

// For commands that print whole objects (inspect, info, version).
export const jsonFormatFlag = Flags.string({
  summary: 'Format output: "json" (each object as compact JSON on one line) or a Go template (docker\'s: \'{{.Spec.Name}}\')',
  helpValue: 'string',
})

// docker's --filter KEY=VALUE (repeatable), with the keys the command takes.
export function filterFlag(keys: readonly string[]) {
  return Flags.string({ char: 'f', summary: `Filter output (${keys.map((k) => `${k}=`).join(', ')})`, helpValue: 'filter', multiple: true, multipleNonGreedy: true })
}

// The task template flags `service create` and `service update` share.
export const taskFlags = {
    'restart-condition': Flags.string({
      summary: 'Restart when condition is met ("none", "on-failure", "any")',
      helpValue: 'string',
    }),
    'restart-delay': Flags.string({ summary: 'Delay between restart attempts (ns|us|ms|s|m|h)', helpValue: 'duration' }),
    'restart-max-attempts': Flags.string({ summary: 'Maximum number of restarts before giving up', helpValue: 'uint' }),
    runtime: Flags.string({ summary: 'Task runtime ("process" or "container")', helpValue: 'string' }),
    'log-driver': Flags.string({ summary: 'Logging driver for the service ("local" or "json-file": shoal keeps task output itself)', helpValue: 'string' }),
    'log-opt': repeatable({ summary: 'Logging driver options (max-size=20m, max-file=5)', helpValue: 'list' }),
}

export const quietFlag = Flags.boolean({ char: 'q', summary: 'Only display IDs' })

export const detachFlag = Flags.boolean({
  char: 'd',
  summary: 'Exit immediately instead of waiting for the service to converge',
})

// Repeatable flags must not be greedy: oclif's default would read `-e A=1 web` as two
// values of -e and lose the positional argument.
export function repeatable(options: { char?: 'e' | 'l'; summary: string; helpValue?: string }) {
  return Flags.string({ ...options, multiple: true, multipleNonGreedy: true })
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g

// The lines to print for an error, each already prefixed with "Error: ".
export function errorLines(err: unknown, commandPath: string): string[] {
  const hint = ` (see '${commandPath} --help')`
  const oneLine = (text: string) =>
    text
      .replace(ANSI, '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && l !== 'See more help with --help')
      .join(' ')
  if (err instanceof MultiError) return err.messages.map((m) => `Error: ${oneLine(m)}`)
  if (err instanceof UsageError) return [`Error: ${oneLine(err.message)}${hint}`]
  if (err instanceof Errors.CLIError) {
    // Raised by oclif's parser (unknown flag, flag missing its value): usage mistakes.
    // Phrase them as docker does ("unknown flag: --foo").
    const text = oneLine(err.message)
      .replace(/^Nonexistent flags?:/, (m) => (m.includes('flags') ? 'unknown flags:' : 'unknown flag:'))
      .replace(/^Flag (--\S+) expects a value$/, 'flag needs an argument: $1')
    return [`Error: ${text}${hint}`]
  }
  return [`Error: ${oneLine(errorMessage(err)) || 'unknown error'}`]
}

export abstract class ShoalCommand extends Command {
  static baseFlags = {
    host: Flags.string({
      char: 'H',
      summary: 'Daemon socket to connect to (unix:///path or a path)',
      description: 'Defaults to $SHOAL_HOST, then /run/shoal/shoal.sock.',
      helpGroup: 'GLOBAL',
      helpValue: 'unix:///path',
    }),
  }

  private apiClient?: ShoalClient

  // The client for the daemon named by --host (or $SHOAL_HOST, or the default socket).
  protected client(host: string | undefined): ShoalClient {
    this.apiClient ??= new ShoalClient(resolveHost(host))
    return this.apiClient
  }

  // "shoal service create": for messages that tell the user what to run.
  protected get commandPath(): string {
    return `${this.config.bin} ${(this.id ?? '').replace(/:/g, ' ')}`.trim()
  }

  protected get stdoutIsTTY(): boolean {
    return Boolean(process.stdout.isTTY)
  }

  // Output goes straight to the streams: this.log() formats its argument and is a no-op
  // under --json, neither of which suits tables that must come out byte-for-byte.
  protected write(text: string): void {
    process.stdout.write(text)
  }

  protected writeErr(text: string): void {
    process.stderr.write(text)
  }

  // Server warnings (e.g. from service create) go to stderr, one per line, as docker does.
  protected printWarnings(warnings: readonly string[] | null | undefined): void {
    for (const w of warnings ?? []) this.writeErr(`${w}\n`)
  }

  // Shows convergence progress for a service until it converges or the user presses
  // Ctrl-C (which detaches; the daemon carries on). displayName is what the detach hint
  // tells the user to pass to `service ps`.
  protected watchService(client: ShoalClient, serviceId: string, displayName: string, quiet: boolean): Promise<WaitResult> {
    const out = process.stdout
    const renderer = quiet ? silentRenderer : out.isTTY ? new TtyRenderer(out, () => out.columns) : new PlainRenderer(out)
    return waitOnService(client, serviceId, { renderer, displayName, bin: this.config.bin })
  }

  // `service rollback` and `service update --rollback`: the previous spec restored and
  // rolled out (the service's rollback config), its progress shown unless detached.
  protected async rollbackService(host: string | undefined, ref: string, opts: { detach: boolean; quiet: boolean }): Promise<void> {
    const client = this.client(host)
    const { id, warnings } = await requestRollback(client, ref)
    this.printWarnings(warnings)
    this.write(`${ref}\n`)
    if (opts.detach) return
    await this.watchService(client, id, ref, opts.quiet)
  }

  // docker's argument-count messages: `"shoal service rm" requires at least 1 argument.`
  protected requireArgs(args: readonly string[], rule: { exactly?: number; min?: number }): void {
    const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`
    if (rule.exactly !== undefined && args.length !== rule.exactly) {
      throw new UsageError(`"${this.commandPath}" requires exactly ${plural(rule.exactly)}`)
    }
    if (rule.min !== undefined && args.length < rule.min) {
      throw new UsageError(`"${this.commandPath}" requires at least ${plural(rule.min)}`)
    }
  }

  protected requireNoArgs(args: readonly string[]): void {
    if (args.length > 0) throw new UsageError(`"${this.commandPath}" accepts no arguments`)
  }

  async catch(err: Error & { exitCode?: number }): Promise<never> {
    // this.exit() inside a command is a deliberate status, not a failure to report.
    if (err instanceof Errors.ExitError) throw err
    for (const line of errorLines(err, this.commandPath)) this.writeErr(`${line}\n`)
    if (process.env.SHOAL_DEBUG && err.stack) this.writeErr(`${err.stack}\n`)
    // ExitError is printed by nobody and makes oclif's handler exit with status 1.
    this.exit(1)
    throw err // unreachable: exit() throws
  }

  async finally(err: Error | undefined): Promise<void> {
    this.apiClient?.close()
    await super.finally(err)
  }
}
