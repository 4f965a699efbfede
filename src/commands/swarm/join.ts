import { Flags } from '@oclif/core'

import { ShoalCommand } from '../../cli/base'
import { addressFlags } from '../../cli/swarm'
import { UsageError } from '../../cli/errors'

export default class SwarmJoin extends ShoalCommand {
  static summary = 'Join a swarm as a node'
  static usage = 'swarm join [OPTIONS] HOST:PORT'
  static description =
    'Joins the swarm a manager at HOST:PORT belongs to. The join token authorises the node and pins the swarm\'s root CA: the node refuses a manager whose CA does not match it.'
  static examples = [
    '<%= config.bin %> swarm join --token SWMTKN-1-... 192.168.1.10:2377',
    '<%= config.bin %> swarm join --token SWMTKN-1-... --advertise-addr 192.168.1.11 192.168.1.10:2377',
  ]
  static strict = false
  static flags = {
    token: Flags.string({ summary: 'Token for entry into the swarm', helpValue: 'string' }),
    ...addressFlags,
    availability: Flags.string({
      summary: 'Availability of the node ("active", "pause", "drain")',
      default: 'active',
      helpValue: 'string',
    }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmJoin)
    this.requireArgs(argv as string[], { exactly: 1 })
    if (!flags.token) throw new UsageError('a join token is required: --token SWMTKN-...')
    const client = this.client(flags.host)
    await client.swarmJoin({
      JoinToken: flags.token,
      RemoteAddrs: [argv[0] as string],
      ListenAddr: flags['listen-addr'],
      ...(flags['advertise-addr'] ? { AdvertiseAddr: flags['advertise-addr'] } : {}),
      Availability: flags.availability,
    })
    // The token decided the role; the daemon's info says which it was (as docker does).
    const info = await client.info()
    this.write(`This node joined a swarm as a ${info.Swarm?.ControlAvailable ? 'manager' : 'worker'}.\n`)
  }
}
