import { Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { parseDuration } from '../../cli/duration'
import { UsageError } from '../../cli/errors'
import { externalCAFlag, parseExternalCA } from '../../cli/external-ca'
import { unlockKeyInstructions } from '../../cli/swarm'
import { parsePositiveCount, parseUint } from '../../cli/parse'

export default class SwarmUpdate extends ShoalCommand {
  static summary = 'Update the swarm'
  static usage = 'swarm update [OPTIONS]'
  static examples = [
    '<%= config.bin %> swarm update --dispatcher-heartbeat 5s',
    '<%= config.bin %> swarm update --task-history-limit 10',
    '<%= config.bin %> swarm update --raft-tick 100ms --election-tick 10 --heartbeat-tick 1',
  ]
  static strict = false
  static flags = {
    'dispatcher-heartbeat': Flags.string({
      summary: 'Dispatcher heartbeat period (ns|us|ms|s|m|h); a node is marked down after missing 3',
      helpValue: 'duration',
    }),
    'cert-expiry': Flags.string({ summary: 'Validity period for node certificates (ns|us|ms|s|m|h)', helpValue: 'duration' }),
    'task-history-limit': Flags.string({ summary: 'Task history retention limit', helpValue: 'int' }),
    'task-limit': Flags.string({ summary: 'Most tasks the services of the swarm may ask for in total (default 100000)', helpValue: 'int' }),
    'external-ca': externalCAFlag,
    autolock: Flags.string({ summary: 'Change manager autolocking setting (true|false)', helpValue: 'true|false' }),
    // Raft (docker's --snapshot-interval and --max-snapshots; the rest are shoal's).
    'snapshot-interval': Flags.string({ summary: 'Number of log entries between Raft snapshots', helpValue: 'int' }),
    'max-snapshots': Flags.string({ summary: 'Number of additional Raft snapshots to retain', helpValue: 'int' }),
    'log-entries-for-slow-followers': Flags.string({ summary: 'Raft log entries kept behind a snapshot for slow followers', helpValue: 'int' }),
    'raft-tick': Flags.string({ summary: 'Raft tick period (ms|s); election and heartbeat timeouts are counted in ticks', helpValue: 'duration' }),
    'election-tick': Flags.string({ summary: 'Ticks without a leader before an election (applies when each manager restarts)', helpValue: 'int' }),
    'heartbeat-tick': Flags.string({ summary: 'Ticks between leader heartbeats (applies when each manager restarts)', helpValue: 'int' }),
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
    // Replaces the list, as docker does.
    if (flags['external-ca']) spec.CAConfig = { ...(spec.CAConfig ?? {}), ExternalCAs: flags['external-ca'].map(parseExternalCA) }
    if (flags['task-history-limit'] !== undefined) {
      spec.Orchestration = { ...(spec.Orchestration ?? {}), TaskHistoryRetentionLimit: parseUint(flags['task-history-limit'], '--task-history-limit') }
    }
    if (flags['task-limit'] !== undefined) spec.Orchestration = { ...(spec.Orchestration ?? {}), TaskLimit: parsePositiveCount(flags['task-limit'], '--task-limit') }
    const raft: Record<string, number> = {}
    // A zero tick count or snapshot interval means "unchanged" to the daemon, as to docker's:
    // asked for here, it is a mistake.
    const count = (flag: keyof typeof flags, key: string, atLeastOne: boolean) => {
      const raw = flags[flag] as string | undefined
      if (raw === undefined) return
      raft[key] = atLeastOne ? parsePositiveCount(raw, `--${flag}`) : parseUint(raw, `--${flag}`)
    }
    count('snapshot-interval', 'SnapshotInterval', true)
    count('max-snapshots', 'KeepOldSnapshots', false)
    count('log-entries-for-slow-followers', 'LogEntriesForSlowFollowers', false)
    count('election-tick', 'ElectionTick', true)
    count('heartbeat-tick', 'HeartbeatTick', true)
    if (flags['raft-tick'] !== undefined) raft.TickPeriod = positive(parseDuration(flags['raft-tick']), '--raft-tick')
    // The daemon checks the ranges and how the values fit together (election > heartbeat).
    if (Object.keys(raft).length > 0) spec.Raft = { ...(spec.Raft ?? {}), ...raft }
    const wasLocked = (spec.EncryptionConfig as { AutoLockManagers?: boolean } | undefined)?.AutoLockManagers === true
    if (flags.autolock !== undefined) {
      if (flags.autolock !== 'true' && flags.autolock !== 'false') throw new UsageError(`invalid --autolock "${flags.autolock}": expected true or false`)
      spec.EncryptionConfig = { ...(spec.EncryptionConfig ?? {}), AutoLockManagers: flags.autolock === 'true' }
    }
    await client.swarmUpdate(swarm.Version?.Index ?? 0, spec)
    this.write('Swarm updated.\n')
    // As docker: the key is shown when autolock is turned on.
    if (flags.autolock === 'true' && !wasLocked) this.write(unlockKeyInstructions(this.config.bin, await client.swarmUnlockKey()))
  }
}

function positive(ns: number, flag: string): number {
  if (ns <= 0) throw new UsageError(`invalid ${flag}: must be greater than 0`)
  return ns
}
