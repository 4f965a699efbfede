import { ShoalCommand, detachFlag } from '../../cli/base'
import { errorMessage, throwIfAny } from '../../cli/errors'
import { parseScaleArgs } from '../../cli/parse'
import { setReplicas } from '../../cli/service-spec'

export default class ServiceScale extends ShoalCommand {
  static summary = 'Scale one or multiple replicated services'
  static usage = 'service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]'
  static examples = ['<%= config.bin %> service scale web=5', '<%= config.bin %> service scale web=5 api=2 --detach']
  static strict = false
  static flags = { detach: detachFlag }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceScale)
    this.requireArgs(argv as string[], { min: 1 })
    // All specifiers are checked before any service is touched.
    const targets = parseScaleArgs(argv as string[])
    const client = this.client(flags.host)

    const errors: string[] = []
    const scaled: Array<{ name: string; id: string }> = []
    for (const { service: ref, replicas } of targets) {
      try {
        const service = await client.serviceInspect(ref)
        const spec = structuredClone(service.Spec)
        try {
          setReplicas(spec, replicas)
        } catch {
          throw new Error('scale can only be used with replicated or replicated-job mode')
        }
        const result = await client.serviceUpdate(service.ID, service.Version?.Index ?? 0, spec)
        this.printWarnings(result.Warnings)
        this.write(`${ref} scaled to ${replicas}\n`)
        scaled.push({ name: ref, id: service.ID })
      } catch (err) {
        errors.push(`${ref}: ${errorMessage(err)}`)
      }
    }

    if (!flags.detach) {
      for (const { name, id } of scaled) {
        try {
          // Ctrl-C detaches from all of them, not just the one being watched.
          if ((await this.watchService(client, id, name, false)) === 'detached') break
        } catch (err) {
          errors.push(`${name}: ${errorMessage(err)}`)
        }
      }
    }
    throwIfAny(errors)
  }
}
