import * as fs from 'node:fs'
import * as path from 'node:path'

import { Flags } from '@oclif/core'

import { composeFiles, composeFlags } from '../cli/compose-flags'
import { ShoalCommand } from '../cli/base'
import { errorMessage } from '../cli/errors'
import { planFromCompose } from '../stack/compose'
import { BUNDLE_COMPOSE_KEYS, bundleFromPlan, bundleText } from '../stack/dab'

export default class Bundle extends ShoalCommand {
  static summary = 'Write a Distributed Application Bundle (.dab) from compose files'
  static description =
    'Each container image is resolved to its digest through the daemon (its registry look-up, as `service create` pins images), so every node runs the same bytes; an image that cannot be resolved is an error. ' +
    'A service with x-shoal-runtime: process keeps its executable\'s path (a host file has no digest) and the bundle marks it "x-shoal-runtime": "process". ' +
    'What a bundle cannot carry (deploy:, secrets, configs, healthcheck, published port numbers, ...) is left out, each named in a warning.'
  static usage = 'bundle -c compose.yml [-c override.yml] [-o FILE.dab]'
  static examples = ['<%= config.bin %> bundle -c compose.yml -o app.dab', '<%= config.bin %> bundle -c compose.yml -c prod.yml -o prod.dab']
  static flags = {
    ...composeFlags,
    output: Flags.string({ char: 'o', summary: 'Where to write the bundle (default: the first file\'s directory name + .dab)', helpValue: 'file' }),
  }

  async run(): Promise<void> {
    const { flags } = await this.parse(Bundle)
    const files = composeFiles(flags)
    const { plan, warnings, root } = planFromCompose(files, 'bundle', { strict: flags.strict })
    for (const w of warnings) this.writeErr(`Warning: ${w}\n`)
    for (const service of root.get('services').entries()) {
      for (const key of service.keys() ?? []) {
        const f = service.get(key)
        if (!BUNDLE_COMPOSE_KEYS.has(key)) this.writeErr(`Warning: ${f.where()}${f.pathText}: a bundle cannot carry it, left out\n`)
      }
    }
    const client = this.client(flags.host)
    for (const s of plan.services) {
      for (const p of s.spec.EndpointSpec?.Ports ?? [])
        if (p.PublishedPort) this.writeErr(`Warning: service ${s.key}: a bundle keeps target ports only: published port ${p.PublishedPort} left out (the swarm assigns one)\n`)
      if (s.spec.TaskTemplate.Runtime === 'process') this.writeErr(`Service ${s.key}: process runtime, ${s.spec.TaskTemplate.ContainerSpec!.Image} kept as a path (a host executable has no digest)\n`)
    }
    const bundle = await bundleFromPlan(plan, async (image) => {
      try {
        const { Descriptor } = await client.distributionInspect(image)
        return `${image.replace(/@.*$/, '')}@${Descriptor.digest}`
      } catch (err) {
        throw new Error(`cannot resolve image ${image} to a digest: ${errorMessage(err)} (push it to a registry the daemon reaches)`)
      }
    })
    const output = flags.output ?? `${path.basename(path.dirname(path.resolve(files[0])))}.dab`
    fs.writeFileSync(output, bundleText(bundle))
    this.write(`Wrote bundle to ${output}\n`)
  }
}
