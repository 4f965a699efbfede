import { Args, Flags } from '@oclif/core'

import { ShoalCommand, detachFlag, quietFlag, repeatable, taskFlags } from '../../cli/base'
import { UsageError } from '../../cli/errors'
import {
  envKey,
  parseEnvList,
  parseLabels,
  parseReplicas,
  restartOptions,
  parseLogFlags,
  parseRuntime,
  parseUint,
  shellSplit,
} from '../../cli/parse'
import { rolloutFlags, rolloutOptions } from '../../cli/rollout'
import { placementUpdateFlags, placementUpdateOptions } from '../../cli/placement'
import { applyServiceUpdate } from '../../cli/service-spec'
import { configUpdateFlags, parseConfigRef, parseSecretRef, secretUpdateFlags } from '../../cli/file-refs'
import { networkUpdateFlags, parseEndpointMode, parseNetworkRef } from '../../cli/network-refs'
import { applyContainerUpdate, containerUpdateFlags, pinImageDigest } from '../../cli/container-opts'
import { registryAuthFor } from '../../cli/registry-auth'

export default class ServiceUpdate extends ShoalCommand {
  static summary = 'Update a service'
  static usage = 'service update [OPTIONS] SERVICE'
  static description = 'Changes only what the flags say; the rest of the service spec is kept.'
  static examples = [
    '<%= config.bin %> service update --image /usr/local/bin/web-v2 web',
    '<%= config.bin %> service update --args "--port 8080 --verbose" web',
    '<%= config.bin %> service update --env-add LOG_LEVEL=debug --env-rm OLD_VAR web',
    '<%= config.bin %> service update --replicas 5 --detach web',
    '<%= config.bin %> service update --update-parallelism 2 --update-delay 10s --update-failure-action rollback --image /usr/local/bin/web-v3 web',
    '<%= config.bin %> service update --force web',
    '<%= config.bin %> service update --config-rm app.conf --config-add source=app.conf.v2,target=/etc/app.conf web',
    '<%= config.bin %> service update --rollback web',
    '<%= config.bin %> service update --image nginx:1.27 --health-cmd "wget -qO- localhost" --update-failure-action rollback web',
    '<%= config.bin %> service update --mount-rm /cache --mount-add type=volume,source=data,target=/data --user app --init web',
  ]
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID', ignoreStdin: true }) }
  static flags = {
    image: Flags.string({ summary: 'Service image tag (process runtime: the executable)', helpValue: 'string' }),
    args: Flags.string({ summary: 'Service command args (shell-style quoting)', helpValue: 'command' }),
    'env-add': repeatable({ summary: 'Add or update an environment variable (KEY=VALUE)', helpValue: 'KEY=VALUE' }),
    'env-rm': repeatable({ summary: 'Remove an environment variable', helpValue: 'KEY' }),
    'label-add': repeatable({ summary: 'Add or update a service label (KEY=VALUE)', helpValue: 'KEY=VALUE' }),
    'label-rm': repeatable({ summary: 'Remove a label by its key', helpValue: 'KEY' }),
    replicas: Flags.string({ summary: 'Number of tasks (replicated-job: completions wanted)', helpValue: 'uint' }),
    'max-concurrent': Flags.string({ summary: 'Number of job tasks to run concurrently (default equal to --replicas)', helpValue: 'uint' }),
    ...taskFlags,
    ...rolloutFlags,
    ...placementUpdateFlags,
    ...secretUpdateFlags,
    ...networkUpdateFlags,
    ...configUpdateFlags,
    ...containerUpdateFlags,
    force: Flags.boolean({ summary: 'Force update even if no changes require it (replaces every task)' }),
    rollback: Flags.boolean({ summary: 'Rollback to previous specification' }),
    detach: detachFlag,
    quiet: { ...quietFlag, summary: 'Suppress progress output' },
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceUpdate)
    this.requireArgs(argv as string[], { exactly: 1 })
    const ref = argv[0] as string

    if (flags.rollback) {
      // docker: --rollback stands alone (besides --detach and --quiet).
      const others = Object.keys(flags).filter((f) => !['rollback', 'detach', 'quiet', 'host'].includes(f) && flags[f as keyof typeof flags] !== undefined && flags[f as keyof typeof flags] !== false)
      if (others.length > 0) throw new UsageError('other flags may not be combined with --rollback')
      await this.rollbackService(flags.host, ref, flags)
      return
    }

    // Validate everything locally before the first request.
    const envRemove = (flags['env-rm'] ?? []).map((key) => {
      if (envKey(key) === '') throw new UsageError(`invalid --env-rm value "${key}": empty name`)
      return envKey(key)
    })
    const labelRemove = (flags['label-rm'] ?? []).map((key) => {
      if (key.trim() === '') throw new UsageError('invalid --label-rm value: empty name')
      return key.trim()
    })
    const options = {
      image: flags.image,
      args: flags.args === undefined ? undefined : shellSplit(flags.args),
      envAdd: parseEnvList(flags['env-add']),
      envRemove,
      labelAdd: parseLabels(flags['label-add']),
      labelRemove,
      replicas: flags.replicas === undefined ? undefined : parseReplicas(flags.replicas),
      maxConcurrent: flags['max-concurrent'] === undefined ? undefined : parseUint(flags['max-concurrent'], '--max-concurrent value'),
      restart: restartOptions(flags),
      runtime: flags.runtime === undefined ? undefined : parseRuntime(flags.runtime),
      update: rolloutOptions(flags, 'update'),
      rollback: rolloutOptions(flags, 'rollback'),
      force: flags.force,
      placement: placementUpdateOptions(flags),
      secretAdd: (flags['secret-add'] ?? []).map(parseSecretRef),
      log: parseLogFlags(flags['log-driver'], flags['log-opt']),
      secretRemove: flags['secret-rm'] ?? [],
      configAdd: (flags['config-add'] ?? []).map(parseConfigRef),
      configRemove: flags['config-rm'] ?? [],
      networkAdd: (flags['network-add'] ?? []).map(parseNetworkRef),
      networkRemove: flags['network-rm'] ?? [],
      endpointMode: flags['endpoint-mode'] === undefined ? undefined : parseEndpointMode(flags['endpoint-mode']),
    }

    const client = this.client(flags.host)
    const service = await client.serviceInspect(ref)
    // The service stores network ids: the names given are looked up (an unknown one fails here).
    const networkIds = new Map<string, string>()
    for (const name of [...options.networkRemove, ...options.networkAdd.map((n) => n.Target)]) {
      if (!networkIds.has(name)) networkIds.set(name, (await client.networkInspect(name)).Id)
    }
    const spec = applyServiceUpdate(service, { ...options, networkIds })
    applyContainerUpdate(spec, flags)
    const registryAuth = flags['with-registry-auth'] ? registryAuthFor(spec.TaskTemplate.ContainerSpec?.Image ?? '') : undefined
    // A new image is pinned to its registry's digest, as at create (docker's update).
    if (flags.image !== undefined && !flags['no-resolve-image'] && (spec.TaskTemplate.Runtime ?? 'container') === 'container') {
      await pinImageDigest(client, spec, (line) => this.writeErr(`${line}\n`), registryAuth)
    }
    // version makes the update conditional: if someone else changed the service since we
    // read it, the daemon refuses instead of silently overwriting their change.
    const result = await client.serviceUpdate(service.ID, service.Version?.Index ?? 0, spec, { registryAuth })
    this.printWarnings(result.Warnings)
    this.write(`${ref}\n`)
    if (flags.detach) return
    await this.watchService(client, service.ID, ref, flags.quiet)
  }
}
