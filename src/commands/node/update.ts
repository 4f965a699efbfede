import { Args, Flags } from '@oclif/core'

import { ShoalCommand, repeatable } from '../../cli/base'
import { UsageError } from '../../cli/errors'
import { changeNode } from '../../cli/nodes'
import { parseLabels } from '../../cli/parse'

const ROLES = ['worker', 'manager']
const AVAILABILITIES = ['active', 'pause', 'drain']

export default class NodeUpdate extends ShoalCommand {
  static summary = 'Update a node'
  static usage = 'node update [OPTIONS] NODE'
  static description =
    'Availability: "drain" moves the node\'s replicated tasks to other nodes and stops its global ones; "pause" keeps what runs there but places nothing new; "active" opens it again. ' +
    'Labels are what placement constraints (node.labels.<name>==<value>) and preferences (spread=node.labels.<name>) read.'
  static examples = [
    '<%= config.bin %> node update --availability drain worker-3',
    '<%= config.bin %> node update --label-add zone=eu-1 --label-add ssd self',
    '<%= config.bin %> node update --label-rm zone worker-3',
  ]
  static strict = false
  static args = { node: Args.string({ description: 'node ID, hostname or "self"', ignoreStdin: true }) }
  static flags = {
    availability: Flags.string({ summary: 'Availability of the node ("active", "pause", "drain")', helpValue: 'string' }),
    role: Flags.string({ summary: 'Role of the node ("worker", "manager")', helpValue: 'string' }),
    'label-add': repeatable({ summary: 'Add or update a node label (KEY=VALUE; KEY alone for an empty value)', helpValue: 'KEY=VALUE' }),
    'label-rm': repeatable({ summary: 'Remove a node label', helpValue: 'KEY' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(NodeUpdate)
    this.requireArgs(argv as string[], { exactly: 1 })
    const ref = argv[0] as string
    // Everything is checked before the first request.
    if (flags.availability !== undefined && !AVAILABILITIES.includes(flags.availability))
      throw new UsageError(`invalid --availability "${flags.availability}": must be one of "active", "pause", "drain"`)
    if (flags.role !== undefined && !ROLES.includes(flags.role)) throw new UsageError(`invalid --role "${flags.role}": must be one of "worker", "manager"`)
    const add = parseLabels(flags['label-add'])
    const remove = (flags['label-rm'] ?? []).map((k) => {
      if (k.trim() === '') throw new UsageError('invalid --label-rm value: empty name')
      return k.trim()
    })

    await changeNode(this.client(flags.host), ref, (spec) => {
      if (flags.role !== undefined) spec.Role = flags.role
      if (flags.availability !== undefined) spec.Availability = flags.availability
      // docker's order: additions, then removals; removing a label the node does not have
      // is an error rather than a silent no-op.
      Object.assign(spec.Labels!, add)
      for (const k of remove) {
        if (!(k in spec.Labels!)) throw new Error(`key ${k} doesn't exist in node's labels`)
        delete spec.Labels![k]
      }
    })
    this.write(`${ref}\n`)
  }
}
