import { Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { parseDuration } from '../../cli/duration'
import { UsageError } from '../../cli/errors'

export default class SwarmUpdate extends ShoalCommand {
  static summary = 'Update the swarm'
  static usage = 'swarm update [OPTIONS]'
  static examples = ['<%= config.bin %> swarm update --dispatcher-heartbeat 5s', '<%= config.bin %> swarm update --task-history-limit 10']
  static strict = false
  static flags = {
    'dispatcher-heartbeat': Flags.string({
      summary: 'Dispatcher heartbeat period (ns|us|ms|s|m|h); a node is marked down after missing 3',
      helpValue: 'duration',
    }),
    'cert-expiry': Flags.string({ summary: 'Validity period for node certificates (ns|us|ms|s|m|h)', helpValue: 'duration' }),
    'task-history-limit': Flags.string({ summary: 'Task history retention limit', helpValue: 'int' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmUpdate)
    this.requireNoArgs(argv as string[])
    const client = this.client(flags.host)
    const swarm = await client.swarmInspect()
    // Send back the spec as read, with only the flags given changed (docker's behaviour).
    const spec = structuredClone(swarm.Spec ?? {}) as Record<string, any>
    if (flags['dispatcher-heartbeat'] !== undefined) {
      spec.Dispatcher = { ...(spec.Dispatcher ?? {}), HeartbeatPeriod: positive(parseDuration(flags['dispatcher-heartbeat']), '--dispatcher-heartbeat') }
    }
    if (flags['cert-expiry'] !== undefined) {
      spec.CAConfig = { ...(spec.CAConfig ?? {}), NodeCertExpiry: positive(parseDuration(flags['cert-expiry']), '--cert-expiry') }
    }
    if (flags['task-history-limit'] !== undefined) {
      const raw = flags['task-history-limit']
      if (!/^\d+$/.test(raw)) throw new UsageError(`invalid --task-history-limit "${raw}": expected a non-negative integer`)
      spec.Orchestration = { ...(spec.Orchestration ?? {}), TaskHistoryRetentionLimit: Number(raw) }
    }
    await client.swarmUpdate(swarm.Version?.Index ?? 0, spec)
    this.write('Swarm updated.\n')
  }
}

function positive(ns: number, flag: string): number {
  if (ns <= 0) throw new UsageError(`invalid ${flag}: must be greater than 0`)
  return ns
}
