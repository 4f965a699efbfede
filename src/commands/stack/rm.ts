import { ShoalCommand } from '../../cli/base'
import { throwIfAny } from '../../cli/errors'
import { removalOf, removeObjects, stackObjects } from '../../stack/objects'

export default class StackRm extends ShoalCommand {
  static summary = 'Remove one or more stacks'
  static description = 'Removes the services, secrets, configs and networks labelled with the stack\'s name, as docker\'s stack rm.'
  static usage = 'stack rm STACK [STACK...]'
  static aliases = ['stack:remove', 'stack:down']
  static examples = ['<%= config.bin %> stack rm web', '<%= config.bin %> stack rm web api']
  static strict = false

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(StackRm)
    const stacks = argv as string[]
    this.requireArgs(stacks, { min: 1 })
    const client = this.client(flags.host)
    const errors: string[] = []
    for (const name of stacks) {
      const objects = await stackObjects(client, name)
      if (objects.services.length + objects.networks.length + objects.secrets.length + objects.configs.length === 0) {
        this.writeErr(`Nothing found in stack: ${name}\n`)
        continue
      }
      errors.push(...(await removeObjects(client, removalOf(objects), (line) => this.write(`${line}\n`))))
    }
    throwIfAny(errors)
  }
}
