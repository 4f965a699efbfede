// Compose files to stack plans, without a daemon: interpolation, .env, override merging,
// docker's names and labels, and every kind of bad input named with its file and line.
import { after, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

import { MultiError } from '../src/cli/errors'
import { planFromCompose } from '../src/stack/compose'
import { InterpolationError, interpolate } from '../src/stack/interpolate'
import { creationOrder } from '../src/stack/order'
import { DIGEST_LABEL, NAMESPACE_LABEL } from '../src/stack/plan'

const dirs: string[] = []
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

// Writes files into a fresh directory; returns the path of each, by name.
function files(contents: Record<string, string>): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-compose-'))
  dirs.push(dir)
  const out: Record<string, string> = {}
  for (const [name, text] of Object.entries(contents)) {
    fs.writeFileSync(path.join(dir, name), text)
    out[name] = path.join(dir, name)
  }
  return out
}

function plan(text: string, extra: Record<string, string> = {}, opts: { env?: NodeJS.ProcessEnv; strict?: boolean; ns?: string } = {}) {
  const f = files({ 'compose.yml': text, ...extra })
  return planFromCompose([f['compose.yml']], opts.ns ?? 'app', { env: opts.env ?? {}, strict: opts.strict })
}

// The messages of a refused plan (each "compose.yml:LINE: ...", the directory dropped).
function refusal(text: string, extra: Record<string, string> = {}, opts: { env?: NodeJS.ProcessEnv; strict?: boolean } = {}): string[] {
  try {
    plan(text, extra, opts)
  } catch (err) {
    const messages = err instanceof MultiError ? err.messages : [(err as Error).message]
    return messages.map((m) => m.replace(/^\/\S*\/(compose\.yml|override\.yml)/, '$1'))
  }
  assert.fail('expected the file to be refused')
}

describe('interpolation', () => {
  const env: Record<string, string> = { SET: 'v', EMPTY: '' }
  const look = (n: string) => env[n]
  test('the Compose Specification forms', () => {
    assert.equal(interpolate('$SET ${SET} $$SET $${SET}', look), 'v v $SET ${SET}')
    assert.equal(interpolate('${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d}', look), 'd d  d')
    assert.equal(interpolate('${SET:+alt}|${EMPTY:+alt}|${EMPTY+alt}|${UNSET+alt}', look), 'alt||alt|')
    assert.equal(interpolate('${UNSET:-${SET}-x}', look), 'v-x')
    assert.equal(interpolate('a$SET.b', look), 'av.b')
    assert.equal(interpolate('${EMPTY?err}', look), '')
  })
  test('required variables and malformed references are errors naming them', () => {
    assert.throws(() => interpolate('${NEED:?set NEED to the tag}', look), { message: 'required variable NEED is missing: set NEED to the tag' })
    assert.throws(() => interpolate('${EMPTY:?}', look), { message: 'required variable EMPTY is empty' })
    assert.throws(() => interpolate('${SET', look), InterpolationError)
    assert.throws(() => interpolate('cost $5', look), /"\$" must be followed by a name/)
    assert.throws(() => interpolate('${SET%x}', look), /after the name, expected one of/)
  })
})

describe('compose files to a plan', () => {
  test('docker names, labels, the default network, and the service fields', () => {
    const { plan: p, warnings } = plan(
      `
version: "3.8"
services:
  web:
    image: nginx:\${TAG:-1.27}
    entrypoint: /docker-entrypoint.sh
    command: nginx -g "daemon off;"
    environment: [A=1, PASSED]
    labels: {tier: front}
    ports: ["8080:80", {target: 443, published: 8443, mode: host}]
    user: "1000:1000"
    working_dir: /srv
    hostname: web-{{.Task.Slot}}
    healthcheck: {test: curl -f localhost, interval: 10s, retries: 2}
    secrets: [db_pw, {source: db_pw, target: other, mode: 0400}]
    configs: [site]
    deploy:
      replicas: 3
      labels: [svc=web]
      placement: {constraints: [node.role==worker], preferences: [{spread: node.labels.zone}], max_replicas_per_node: 2}
      resources: {limits: {cpus: "0.5", memory: 64M, pids: 100}, reservations: {memory: 32M}}
      update_config: {parallelism: 2, delay: 10s, order: start-first}
      rollback_config: {failure_action: continue}
      restart_policy: {condition: on-failure, max_attempts: 3, delay: 1s}
      endpoint_mode: vip
    build: .
secrets:
  db_pw: {file: ./pw.txt}
configs:
  site: {content: "listen 80"}
`,
      { 'pw.txt': 'hunter2' },
      { env: { PASSED: 'yes' } },
    )
    assert.deepEqual(warnings.map((w) => w.replace(/^\S+compose\.yml/, 'compose.yml')), ['compose.yml:26: services.web.build: not supported by shoal (a stack deploys images: build and push them first), ignored'])
    assert.deepEqual(p.networks.map((n) => [n.name, n.external, n.request?.Labels]), [['app_default', false, { [NAMESPACE_LABEL]: 'app' }]])
    assert.deepEqual(p.secrets.map((s) => [s.name, Buffer.from(s.spec!.Data, 'base64').toString()]), [['app_db_pw', 'hunter2']])
    assert.deepEqual(p.configs.map((c) => c.name), ['app_site'])
    const [web] = p.services
    assert.equal(web.name, 'app_web')
    const s = web.spec
    assert.equal(s.Name, 'app_web')
    assert.equal(s.Labels![NAMESPACE_LABEL], 'app')
    assert.equal(s.Labels!['com.docker.stack.image'], 'nginx:1.27')
    assert.equal(s.Labels!.svc, 'web')
    assert.match(s.Labels![DIGEST_LABEL], /^[0-9a-f]{32}$/)
    const cs = s.TaskTemplate.ContainerSpec!
    assert.equal(cs.Image, 'nginx:1.27')
    assert.deepEqual(cs.Command, ['/docker-entrypoint.sh'])
    assert.deepEqual(cs.Args, ['nginx', '-g', 'daemon off;'])
    assert.deepEqual(cs.Env, ['A=1', 'PASSED=yes'])
    assert.deepEqual(cs.Labels, { tier: 'front', [NAMESPACE_LABEL]: 'app' })
    assert.equal(cs.User, '1000:1000')
    assert.equal(cs.Dir, '/srv')
    assert.equal(cs.Hostname, 'web-{{.Task.Slot}}')
    assert.deepEqual(cs.Healthcheck, { Test: ['CMD-SHELL', 'curl -f localhost'], Interval: 10e9, Retries: 2 })
    assert.deepEqual(cs.Secrets, [
      { SecretName: 'app_db_pw', File: { Name: 'db_pw', UID: '0', GID: '0', Mode: 0o444 } },
      { SecretName: 'app_db_pw', File: { Name: 'other', UID: '0', GID: '0', Mode: 0o400 } },
    ])
    assert.deepEqual(cs.Configs, [{ ConfigName: 'app_site', File: { Name: 'site', UID: '0', GID: '0', Mode: 0o444 } }])
    assert.deepEqual(s.Mode, { Replicated: { Replicas: 3 } })
    assert.deepEqual(s.TaskTemplate.Placement, { Constraints: ['node.role==worker'], Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.zone' } }], MaxReplicas: 2 })
    assert.deepEqual(s.TaskTemplate.Resources, { Limits: { NanoCPUs: 5e8, MemoryBytes: 64 * 2 ** 20, Pids: 100 }, Reservations: { MemoryBytes: 32 * 2 ** 20 } })
    // docker's convertUpdateConfig: what is given, Parallelism 1 unless given.
    assert.deepEqual(s.UpdateConfig, { Parallelism: 2, Delay: 10e9, Order: 'start-first' })
    assert.deepEqual(s.RollbackConfig, { Parallelism: 1, FailureAction: 'continue' })
    assert.deepEqual(s.TaskTemplate.RestartPolicy, { Condition: 'on-failure', MaxAttempts: 3, Delay: 1e9 })
    assert.deepEqual(s.TaskTemplate.Networks, [{ Target: 'app_default', Aliases: ['web'] }])
    assert.deepEqual(s.EndpointSpec, {
      Mode: 'vip',
      Ports: [
        { Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' },
        { Protocol: 'tcp', TargetPort: 443, PublishedPort: 8443, PublishMode: 'host' },
      ],
    })
  })

  test('the Compose Specification without version:, named and external networks, process runtime', () => {
    const { plan: p } = plan(`
services:
  api:
    image: /usr/bin/python3
    x-shoal-runtime: process
    command: [-m, http.server, "8000"]
    networks: {back: {aliases: [backend]}, shared: null}
networks:
  back: {driver: overlay, attachable: true, labels: {a: b}, ipam: {config: [{subnet: 10.9.0.0/24}]}}
  shared: {external: true, name: corp-net}
`)
    assert.deepEqual(
      p.networks.map((n) => [n.key, n.name, n.external]),
      [
        ['back', 'app_back', false],
        ['shared', 'corp-net', true],
      ],
    )
    assert.deepEqual(p.networks[0].request, { Name: 'app_back', Driver: 'overlay', Scope: 'swarm', Labels: { a: 'b', [NAMESPACE_LABEL]: 'app' }, Attachable: true, IPAM: { Driver: 'default', Config: [{ Subnet: '10.9.0.0/24' }] } })
    const s = p.services[0].spec
    assert.equal(s.TaskTemplate.Runtime, 'process')
    assert.deepEqual(s.TaskTemplate.ContainerSpec!.Args, ['-m', 'http.server', '8000'])
    assert.deepEqual(s.TaskTemplate.Networks, [
      { Target: 'app_back', Aliases: ['backend', 'api'] },
      { Target: 'corp-net', Aliases: ['api'] },
    ])
  })

  test('volumes: binds from the file\'s directory, named volumes scoped to the stack unless external', () => {
    const { plan: p } = plan(`
services:
  db:
    image: postgres
    volumes: ["data:/var/lib/db", "./conf:/etc/db:ro", {type: volume, source: shared, target: /shared}, {type: tmpfs, target: /tmp, tmpfs: {size: 64M}}]
    tmpfs: /run
volumes:
  data: {}
  shared: {external: true}
`)
    const mounts = p.services[0].spec.TaskTemplate.ContainerSpec!.Mounts!
    assert.deepEqual(mounts.map((m) => [m.Type, m.Source?.replace(/^\/.*\/(conf)$/, '<dir>/$1'), m.Target, m.ReadOnly ?? false]), [
      ['volume', 'app_data', '/var/lib/db', false],
      ['bind', '<dir>/conf', '/etc/db', true],
      ['volume', 'shared', '/shared', false],
      ['tmpfs', undefined, '/tmp', false],
      ['tmpfs', undefined, '/run', false],
    ])
    assert.deepEqual(mounts[3].TmpfsOptions, { SizeBytes: 64 * 2 ** 20 })
    assert.deepEqual(refusal('services:\n  db:\n    image: x\n    volumes: ["nothere:/d"]\n'), ['compose.yml:4: services.db.volumes[0]: volume "nothere" is not declared in the top-level volumes'])
  })

  test('secrets and configs from the environment, inline content, external ones by name', () => {
    const { plan: p } = plan(
      'services:\n  a: {image: x, secrets: [tok, ext], configs: [inline]}\nsecrets:\n  tok: {environment: TOKEN, labels: {k: v}}\n  ext: {external: true, name: corp-tok}\nconfigs:\n  inline: {content: "a=1"}\n',
      {},
      { env: { TOKEN: 'abc' } },
    )
    assert.deepEqual(
      p.secrets.map((s) => [s.name, s.external, s.spec && Buffer.from(s.spec.Data, 'base64').toString(), s.spec?.Labels.k]),
      [
        ['app_tok', false, 'abc', 'v'],
        ['corp-tok', true, undefined, undefined],
      ],
    )
    assert.equal(Buffer.from(p.configs[0].spec!.Data, 'base64').toString(), 'a=1')
    assert.deepEqual(refusal('services:\n  a: {image: x}\nsecrets:\n  tok: {environment: NOPE}\n  two: {file: a, environment: B}\n'), [
      'compose.yml:4: secrets.tok.environment: variable NOPE is not set',
      'compose.yml:5: secrets.two: give only one of file, environment',
    ])
  })

  test('.env beside the file; the environment wins over it; env_file; anchors and merge keys', () => {
    const { plan: p } = plan(
      `
x-common: &common
  image: "busybox:\${TAG}"
  env_file: [vars.env]
services:
  a:
    <<: *common
    environment: {FROM_FILE: overridden, OWN: "\${OWN}"}
  b: *common
`,
      { '.env': 'TAG=1.36\nOWN=from-dotenv\n', 'vars.env': '# comment\nFROM_FILE=1\nOTHER="quoted value"\n' },
      { env: { OWN: 'from-shell' } },
    )
    const [a, b] = p.services.map((s) => s.spec.TaskTemplate.ContainerSpec!)
    assert.equal(a.Image, 'busybox:1.36')
    assert.equal(b.Image, 'busybox:1.36')
    assert.deepEqual(a.Env, ['FROM_FILE=overridden', 'OTHER=quoted value', 'OWN=from-shell'])
    assert.deepEqual(b.Env, ['FROM_FILE=1', 'OTHER=quoted value'])
  })

  test('override files: mappings merge, list and mapping forms meet, ports and secrets append, command is replaced', () => {
    const f = files({
      'compose.yml': `
services:
  web:
    image: nginx
    command: [a, b]
    environment: [A=1, B=2]
    ports: ["80:80"]
    secrets: [a, c]
    deploy: {replicas: 1, labels: {x: "1"}}
secrets:
  a: {external: true}
  b: {external: true}
  c: {external: true}
`,
      'override.yml': `
services:
  web:
    command: [c]
    environment: {B: "3", C: "4"}
    ports: ["443:443"]
    secrets: [{source: a, target: renamed}, b]
    deploy: {replicas: 5, labels: [y=2]}
`,
    })
    const { plan: p } = planFromCompose([f['compose.yml'], f['override.yml']], 'app', { env: {}, strict: false }) as never as { plan: any }
    const s = p.services[0].spec
    assert.deepEqual(s.TaskTemplate.ContainerSpec.Args, ['c'])
    assert.deepEqual(s.TaskTemplate.ContainerSpec.Env, ['A=1', 'B=3', 'C=4'])
    assert.deepEqual(s.EndpointSpec.Ports.map((x: any) => x.TargetPort), [80, 443])
    // The same secret again replaces the earlier reference; new ones are added.
    assert.deepEqual(s.TaskTemplate.ContainerSpec.Secrets.map((r: any) => `${r.SecretName}:${r.File.Name}`), ['c:c', 'a:renamed', 'b:b'])
    assert.deepEqual(s.Mode, { Replicated: { Replicas: 5 } })
    assert.equal(s.Labels.x, '1')
    assert.equal(s.Labels.y, '2')
  })

  test('an unknown key in an override file is named with that file and its line', () => {
    const f = files({ 'compose.yml': 'services:\n  web:\n    image: nginx\n', 'override.yml': 'services:\n  web:\n    replicas: 2\n' })
    assert.throws(() => planFromCompose([f['compose.yml'], f['override.yml']], 'app', { env: {} }), (err: MultiError) => {
      assert.deepEqual(err.messages, [`${f['override.yml']}:3: services.web.replicas: unknown key "replicas"`])
      return true
    })
  })

  test('depends_on orders creation; its short form means service_started', () => {
    const { plan: p } = plan(`
services:
  web: {image: nginx, depends_on: {api: {condition: service_healthy}}}
  api: {image: api, depends_on: [db]}
  db: {image: postgres}
`)
    assert.deepEqual(creationOrder(p.services).map((s) => s.key), ['db', 'api', 'web'])
    const done = plan('services:\n  a: {image: x, depends_on: {b: {condition: service_completed_successfully}}}\n  b: {image: y}\n')
    assert.deepEqual(done.warnings.map((w) => w.replace(/^\S+compose\.yml/, 'compose.yml')), [
      'compose.yml:2: services.a.depends_on.b.condition: not supported by shoal (only a job completes, and b is not one (deploy.mode: replicated-job or global-job)), waited on as service_started',
    ])
    assert.equal(done.plan.services[0].dependsOn[0].condition, 'service_started')
    // Jobs as docker's convert makes them; a job can be waited on to complete.
    const job = plan(
      'services:\n  migrate: {image: x, deploy: {mode: replicated-job, replicas: 3}}\n  sweep: {image: x, deploy: {mode: global-job}}\n  web: {image: y, depends_on: {migrate: {condition: service_completed_successfully}}}\n',
    )
    assert.deepEqual(job.warnings, [])
    assert.deepEqual(
      job.plan.services.map((s) => [s.spec.Mode, s.spec.TaskTemplate.RestartPolicy]),
      [
        [{ ReplicatedJob: { MaxConcurrent: 3, TotalCompletions: 3 } }, { Condition: 'on-failure' }],
        [{ GlobalJob: {} }, { Condition: 'on-failure' }],
        [{ Replicated: { Replicas: 1 } }, undefined],
      ],
    )
    assert.equal(job.plan.services[2].dependsOn[0].condition, 'service_completed_successfully')
    assert.deepEqual(refusal('services:\n  j:\n    image: x\n    deploy:\n      mode: global-job\n      replicas: 2\n      update_config: {parallelism: 1}\n'), [
      'compose.yml:6: services.j.deploy.replicas: replicas cannot be used with global-job mode',
      'compose.yml:7: services.j.deploy.update_config: a job is not updated by rolling updates: remove update_config',
    ])
    assert.deepEqual(refusal('services:\n  g:\n    image: x\n    deploy:\n      mode: global\n      placement: {max_replicas_per_node: 1}\n'), [
      'compose.yml:6: services.g.deploy.placement.max_replicas_per_node: cannot be used with global mode (one task per node already)',
    ])
    assert.deepEqual(p.services.map((s) => s.dependsOn.map((d) => `${d.service}:${d.condition}`)), [['api:service_healthy'], ['db:service_started'], []])
  })
})

describe('bad input: named with file and line, nothing planned', () => {
  test('malformed YAML', () => {
    assert.match(refusal('services:\n  web:\n    image: [nginx\n')[0], /^compose\.yml:\d+: invalid YAML: /)
    assert.match(refusal('services:\n  web: {image: a}\n  web: {image: b}\n')[0], /^compose\.yml:3: invalid YAML: Map keys must be unique/)
  })

  test('unknown keys, wrong types and values, each on its line', () => {
    assert.deepEqual(
      refusal(`services:
  web:
    image: nginx
    imagee: typo
    deploy:
      replicas: many
      mode: everywhere
      restart_policy: {condition: sometimes}
      resources: {limits: {memory: lots}}
    ports: ["1.2.3.4:80:80"]
    healthcheck: {interval: 5}
`),
      [
        'compose.yml:4: services.web.imagee: unknown key "imagee" (did you mean "image"?)',
        'compose.yml:6: services.web.deploy.replicas: must be a whole number ≥ 0, not "many"',
        'compose.yml:7: services.web.deploy.mode: "everywhere" is not one of replicated, global, replicated-job, global-job',
        'compose.yml:8: services.web.deploy.restart_policy.condition: "sometimes" is not one of none, on-failure, any',
        'compose.yml:9: services.web.deploy.resources.limits.memory: invalid value "lots": expected a size such as 512M or 1G',
        'compose.yml:10: services.web.ports[0]: invalid publish value "1.2.3.4:80:80": service ports take no IP address (expected [published:]target[/protocol])',
        'compose.yml:11: services.web.healthcheck.interval: invalid duration "5": missing unit; use a number with a unit, e.g. 5s, 1m30s, 100ms (units: ns, us, ms, s, m, h)',
      ],
    )
  })

  test('references to undeclared networks, secrets, configs and services; missing files and variables', () => {
    // A variable's error stops before conversion: the file is not what its author meant.
    assert.deepEqual(refusal('services:\n  web:\n    image: nginx:${TAG:?TAG must be set}\n    networks: [nowhere]\n'), ['compose.yml:3: required variable TAG is missing: TAG must be set'])
    const messages = refusal(`services:
  web:
    image: nginx
    networks: [nowhere]
    secrets: [nothing]
    configs: [none]
    depends_on: [ghost]
secrets:
  key: {file: ./missing.pem}
`)
    assert.equal(messages.length, 5)
    assert.match(messages[4], /^compose\.yml:9: secrets\.key\.file: cannot read \S+missing\.pem: no such file$/)
    assert.deepEqual(messages.slice(0, 4), [
      'compose.yml:4: services.web.networks.nowhere: network "nowhere" is not declared in the top-level networks',
      'compose.yml:5: services.web.secrets[0]: secret "nothing" is not declared in the top-level secrets',
      'compose.yml:6: services.web.configs[0]: config "none" is not declared in the top-level configs',
      'compose.yml:7: services.web.depends_on: service "ghost" is not in the stack',
    ])
  })

  test('a depends_on cycle is refused, naming its members in order', () => {
    assert.deepEqual(
      refusal(`services:
  a: {image: x, depends_on: [b]}
  b: {image: x, depends_on: {c: {condition: service_healthy}}}
  c: {image: x, depends_on: [a]}
  d: {image: x, depends_on: [d]}
`),
      ['compose.yml:5: services.d.depends_on: a service cannot depend on itself'],
    )
    assert.deepEqual(
      refusal(`services:
  a: {image: x, depends_on: [b]}
  b: {image: x, depends_on: {c: {condition: service_healthy}}}
  c: {image: x, depends_on: [a]}
`),
      ['compose.yml:4: depends_on cycle: a -> b -> c -> a'],
    )
  })

  test('version 2 files, container-only keys on process services, and --strict', () => {
    assert.deepEqual(refusal('version: "2.4"\nservices:\n  a: {image: x}\n'), ['compose.yml:1: version: version "2.4" is not supported: a stack file is version 3.x, or has no version (the Compose Specification)'])
    assert.deepEqual(refusal('services:\n  a:\n    image: /bin/true\n    x-shoal-runtime: process\n    user: "1000"\n'), [
      'compose.yml:5: services.a.user: needs the container runtime (x-shoal-runtime: process runs host processes)',
    ])
    const text = 'services:\n  a:\n    image: x\n    restart: always\n'
    assert.deepEqual(plan(text).warnings.length, 1)
    assert.deepEqual(refusal(text, {}, { strict: true }), ['compose.yml:4: services.a.restart: not supported by shoal (use deploy.restart_policy)'])
  })
})
