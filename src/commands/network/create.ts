import { Args, Flags } from '@oclif/core'

import { ShoalCommand, repeatable } from '../../cli/base'
import { UsageError } from '../../cli/errors'
import { parseLabels } from '../../cli/parse'

export default class NetworkCreate extends ShoalCommand {
  static summary = 'Create a network'
  static usage = 'network create [OPTIONS] NETWORK'
  static description =
    'Creates a swarm-scoped overlay network. Without --subnet the network takes the next free subnet of the swarm\'s default address pool (swarm init --default-addr-pool).'
  static examples = [
    '<%= config.bin %> network create -d overlay backend',
    '<%= config.bin %> network create -d overlay --subnet 10.20.0.0/24 --gateway 10.20.0.1 --attachable --label env=prod backend',
  ]
  static strict = false
  static args = { network: Args.string({ description: 'network name', ignoreStdin: true }) }
  static flags = {
    driver: Flags.string({ char: 'd', summary: 'Driver to manage the Network', default: 'overlay', helpValue: 'string' }),
    subnet: Flags.string({ summary: 'Subnet in CIDR format that represents a network segment', helpValue: 'CIDR' }),
    gateway: Flags.string({ summary: 'IPv4 Gateway for the master subnet', helpValue: 'IP' }),
    'ip-range': Flags.string({ summary: 'Allocate container ip from a sub-range', helpValue: 'CIDR' }),
    attachable: Flags.boolean({ summary: 'Enable manual container attachment' }),
    internal: Flags.boolean({ summary: 'Restrict external access to the network' }),
    ingress: Flags.boolean({ summary: 'Create swarm routing-mesh network' }),
    label: repeatable({ summary: 'Set metadata on a network (KEY=VALUE)', helpValue: 'KEY=VALUE' }),
    opt: Flags.string({ char: 'o', summary: 'Set driver specific options (KEY=VALUE)', helpValue: 'KEY=VALUE', multiple: true, multipleNonGreedy: true }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NetworkCreate)
    this.requireArgs(argv as string[], { exactly: 1 })
    const [name] = argv as string[]
    if ((flags.gateway || flags['ip-range']) && !flags.subnet) throw new UsageError('--gateway and --ip-range need a --subnet')
    const config = flags.subnet ? [{ Subnet: flags.subnet, ...(flags.gateway ? { Gateway: flags.gateway } : {}), ...(flags['ip-range'] ? { IPRange: flags['ip-range'] } : {}) }] : []
    const created = await this.client(flags.host).networkCreate({
      Name: name,
      Driver: flags.driver,
      Scope: 'swarm',
      Attachable: flags.attachable,
      Internal: flags.internal,
      Ingress: flags.ingress,
      IPAM: { Driver: 'default', Config: config },
      Options: parseLabels(flags.opt),
      Labels: parseLabels(flags.label),
    })
    this.write(`${created.Id}\n`)
  }
}
