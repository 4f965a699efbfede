import { Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { parseNonNegativeDuration } from '../../cli/duration'
import { externalCAFlag, parseExternalCA, readPem } from '../../cli/external-ca'
import { addressFlags, joinCommand, joinInstructions, unlockKeyInstructions } from '../../cli/swarm'
import { parsePositiveCount } from '../../cli/parse'

export default class SwarmInit extends ShoalCommand {
  static summary = 'Initialize a swarm'
  static usage = 'swarm init [OPTIONS]'
  static description = 'Makes this node the first manager of a new swarm.'
  static examples = [
    '<%= config.bin %> swarm init',
    '<%= config.bin %> swarm init --advertise-addr 192.168.1.10',
    '<%= config.bin %> swarm init --force-new-cluster',
    '<%= config.bin %> swarm init --default-addr-pool 10.20.0.0/16 --default-addr-pool-mask-length 26',
    '<%= config.bin %> swarm init --external-ca protocol=cfssl,url=https://ca.example:8888/api/v1/cfssl/sign --ca-cert root.pem',
  ]
  static strict = false
  static flags = {
    ...addressFlags,
    'force-new-cluster': Flags.boolean({ summary: 'Force create a new cluster from current state' }),
    autolock: Flags.boolean({ summary: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' }),
    'external-ca': externalCAFlag,
    'ca-cert': Flags.string({ summary: "Path to the PEM root CA certificate an external CA signs with (the swarm holds no root key)", helpValue: 'pem-file' }),
    'default-addr-pool': Flags.string({ summary: 'Default address pool in CIDR format (repeatable; default 10.0.0.0/8)', helpValue: 'CIDR', multiple: true, multipleNonGreedy: true }),
    'default-addr-pool-mask-length': Flags.integer({ summary: 'Default address pool subnet mask length (default 24)', helpValue: 'N' }),
    'cert-expiry': Flags.string({ summary: 'Validity period for node certificates (ns|us|ms|s|m|h); at least 30m, default 2160h', helpValue: 'duration' }),
    'task-limit': Flags.string({ summary: 'Most tasks the services of the swarm may ask for in total (default 100000)', helpValue: 'int' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmInit)
    this.requireNoArgs(argv as string[])
    const client = this.client(flags.host)
    const spec: Record<string, any> = {}
    const ca: Record<string, unknown> = {}
    if (flags['cert-expiry'] !== undefined) ca.NodeCertExpiry = parseNonNegativeDuration(flags['cert-expiry'], '--cert-expiry')
    if (flags['external-ca']) ca.ExternalCAs = flags['external-ca'].map(parseExternalCA)
    if (flags['ca-cert'] !== undefined) ca.SigningCACert = readPem(flags['ca-cert'], '--ca-cert')
    if (Object.keys(ca).length > 0) spec.CAConfig = ca
    if (flags['task-limit'] !== undefined) spec.Orchestration = { TaskLimit: parsePositiveCount(flags['task-limit'], '--task-limit') }
    const nodeId = await client.swarmInit({
      ListenAddr: flags['listen-addr'],
      ...(flags['advertise-addr'] ? { AdvertiseAddr: flags['advertise-addr'] } : {}),
      ForceNewCluster: Boolean(flags['force-new-cluster']),
      AutoLockManagers: Boolean(flags.autolock),
      ...(flags['default-addr-pool'] ? { DefaultAddrPool: flags['default-addr-pool'] } : {}),
      ...(flags['default-addr-pool-mask-length'] !== undefined ? { SubnetSize: flags['default-addr-pool-mask-length'] } : {}),
      Spec: spec,
    })
    this.write(`Swarm initialized: current node (${nodeId}) is now a manager.\n\n`)
    const { token, addr } = await joinCommand(client, nodeId, 'worker')
    this.write(joinInstructions(this.config.bin, 'worker', token, addr))
    this.write(`To add a manager to this swarm, run '${this.config.bin} swarm join-token manager' and follow the instructions.\n\n`)
    if (flags.autolock) this.write(unlockKeyInstructions(this.config.bin, await client.swarmUnlockKey()))
  }
}
