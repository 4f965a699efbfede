import { Args, Flags } from '@oclif/core'

import { ShoalCommand, detachFlag, quietFlag, repeatable, taskFlags } from '../../cli/base'
import {
  flagShapes,
  parseEnvList,
  parseLabels,
  parseLogFlags,
  parseMode,
  parseReplicas,
  restartOptions,
  parseRuntime,
  parseUint,
  splitArgvAtImage,
} from '../../cli/parse'
import { rolloutFlags, rolloutOptions } from '../../cli/rollout'
import { placementCreateFlags, placementCreateOptions } from '../../cli/placement'
import { buildServiceSpec } from '../../cli/service-spec'
import { configCreateFlags, parseConfigRef, parseSecretRef, secretCreateFlags } from '../../cli/file-refs'
import { networkCreateFlags, parseEndpointMode, parseNetworkRef } from '../../cli/network-refs'
import { applyContainerCreate, containerCreateFlags, pinImageDigest } from '../../cli/container-opts'
import { registryAuthFor } from '../../cli/registry-auth'

export default class ServiceCreate extends ShoalCommand {
  static summary = 'Create a new service'
  static description =
    'Flags must come before IMAGE: everything after IMAGE is passed to the task unchanged, even when it looks like a flag. ' +
    'To pass --help to a task, end the flags with "--" (<%= config.bin %> service create --name x -- IMAGE --help). ' +
    'IMAGE is a container image (run through containerd, pulled from its registry when a node does not have it), ' +
    'unless --runtime process: then IMAGE is the host executable to run, a path or a name on PATH.'
  static usage = 'service create [OPTIONS] IMAGE [ARG...]'
  static examples = [
    '<%= config.bin %> service create --name web --replicas 3 nginx',
    '<%= config.bin %> service create --name job --limit-memory 64M --limit-pids 50 --mount type=tmpfs,target=/scratch busybox sh -c "echo hi"',
    '<%= config.bin %> service create --name web --replicas 3 --runtime process /usr/bin/python3 -m http.server 8000',
    '<%= config.bin %> service create --name pinger --mode global -e TARGET=10.0.0.1 --runtime process /bin/ping 10.0.0.1',
    '<%= config.bin %> service create --name migrate --mode replicated-job --replicas 5 --max-concurrent 2 --runtime process /bin/sh -c "echo done"',
    '<%= config.bin %> service create --name prune --mode global-job --runtime process /usr/bin/find /tmp/cache -mtime +7 -delete',
    '<%= config.bin %> service create --restart-condition on-failure --restart-delay 1m30s --detach alpine sleep 60',
    '<%= config.bin %> service create --name web --network backend -p 8080:80 nginx',
    '<%= config.bin %> service create --name app --user app:staff --init --with-registry-auth registry.example.com/team/app:1.4',
    '<%= config.bin %> service create --name api --secret db-pass --secret source=tls-key,target=tls/key.pem,mode=0400 --runtime process ./api',
    '<%= config.bin %> service create --name web --config source=nginx.conf,target=/etc/nginx/nginx.conf --runtime process ./web',
  ]
  // Parsing stops at IMAGE (see run), so the positional tail is taken as is.
  static strict = false
  static args = {
    image: Args.string({ description: 'the image (process runtime: the executable) to run', ignoreStdin: true }),
    arg: Args.string({ description: 'arguments for the task', ignoreStdin: true }),
  }
  static flags = {
    name: Flags.string({ summary: 'Service name', helpValue: 'string' }),
    mode: Flags.string({ summary: 'Service mode ("replicated", "global", "replicated-job" or "global-job")', default: 'replicated', helpValue: 'string' }),
    replicas: Flags.string({ summary: 'Number of tasks (replicated-job: completions wanted)', helpValue: 'uint' }),
    'max-concurrent': Flags.string({ summary: 'Number of job tasks to run concurrently (default equal to --replicas)', helpValue: 'uint' }),
    env: repeatable({ char: 'e', summary: 'Set environment variables (KEY=VALUE)', helpValue: 'KEY=VALUE' }),
    label: repeatable({ char: 'l', summary: 'Service labels (KEY=VALUE)', helpValue: 'KEY=VALUE' }),
    ...taskFlags,
    ...rolloutFlags,
    ...placementCreateFlags,
    ...secretCreateFlags,
    ...networkCreateFlags,
    ...configCreateFlags,
    ...containerCreateFlags,
    'no-resolve-image': Flags.boolean({ summary: 'Do not query the registry to resolve the image digest' }),
    'with-registry-auth': Flags.boolean({ summary: "Send registry authentication details (docker's config.json) to swarm agents" }),
    detach: detachFlag,
    quiet: { ...quietFlag, summary: 'Suppress progress output' },
  }

  async run(): Promise<void> {
    // Docker semantics: flags end at IMAGE. Only the head of argv goes to oclif.
    const shapes = flagShapes({ ...ServiceCreate.baseFlags, ...ServiceCreate.flags })
    const { flags: flagArgv, positional } = splitArgvAtImage(this.argv, shapes)
    const { flags } = await this.parse(ServiceCreate, flagArgv)
    this.requireArgs(positional, { min: 1 })
    const [image, ...args] = positional

    const spec = buildServiceSpec({
      image,
      args,
      name: flags.name,
      mode: parseMode(flags.mode),
      replicas: flags.replicas === undefined ? undefined : parseReplicas(flags.replicas),
      maxConcurrent: flags['max-concurrent'] === undefined ? undefined : parseUint(flags['max-concurrent'], '--max-concurrent value'),
      env: parseEnvList(flags.env),
      labels: parseLabels(flags.label),
      restart: restartOptions(flags),
      runtime: flags.runtime === undefined ? undefined : parseRuntime(flags.runtime),
      update: rolloutOptions(flags, 'update'),
      rollback: rolloutOptions(flags, 'rollback'),
      placement: placementCreateOptions(flags),
      secrets: (flags.secret ?? []).map(parseSecretRef),
      configs: (flags.config ?? []).map(parseConfigRef),
      log: parseLogFlags(flags['log-driver'], flags['log-opt']),
      networks: (flags.network ?? []).map(parseNetworkRef),
      endpointMode: flags['endpoint-mode'] === undefined ? undefined : parseEndpointMode(flags['endpoint-mode']),
    })

    applyContainerCreate(spec, flags)

    const client = this.client(flags.host)
    const registryAuth = flags['with-registry-auth'] ? registryAuthFor(image) : undefined
    if (!flags['no-resolve-image'] && (spec.TaskTemplate.Runtime ?? 'container') === 'container') {
      await pinImageDigest(client, spec, (line) => this.writeErr(`${line}\n`), registryAuth)
    }
    const created = await client.serviceCreate(spec, { registryAuth })
    this.printWarnings(created.Warnings)
    this.write(`${created.ID}\n`)
    if (flags.detach) return
    await this.watchService(client, created.ID, flags.name ?? created.ID, flags.quiet)
  }
}
