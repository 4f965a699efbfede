// Distributed Application Bundles: reading and checking .dab files (docker's Version 0.1
// shapes, bad input named with its line), and end to end with a real daemon, containerd and
// a registry: `bundle` pins each image to the digest the registry serves, `deploy` runs it
// (a container and a process-runtime service), a redeploy changes nothing, `stack rm`.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

import { MultiError } from '../src/cli/errors'
import { planFromCompose } from '../src/stack/compose'
import { bundleFromPlan, bundleText, planFromBundle } from '../src/stack/dab'
import { NAMESPACE_LABEL } from '../src/stack/plan'
import { TestDaemon, cli, freePort, waitFor } from './helpers/daemon'
import { TestContainerd, TestRegistry, buildBusyboxImage, containerSkipReason } from './helpers/containerd'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-dab-'))
after(() => fs.rmSync(scratch, { recursive: true, force: true }))
const write = (name: string, text: string) => {
  fs.writeFileSync(path.join(scratch, name), text)
  return path.join(scratch, name)
}

function refusal(file: string): string[] {
  try {
    planFromBundle(file, undefined)
  } catch (err) {
    return (err instanceof MultiError ? err.messages : [(err as Error).message]).map((m) => m.replace(scratch + '/', ''))
  }
  assert.fail('expected the bundle to be refused')
}

describe('bundle files', () => {
  test('a bundle becomes docker\'s services and networks; the namespace defaults to the file name', () => {
    const file = write(
      'shop.dab',
      JSON.stringify({
        Version: '0.1',
        Services: {
          web: { Image: 'nginx@sha256:' + 'a'.repeat(64), Command: ['nginx'], Args: ['-g', 'daemon off;'], Env: ['A=1'], Labels: { tier: 'front' }, Ports: [{ Protocol: 'tcp', Port: 80 }], WorkingDir: '/srv', User: '1000', Networks: ['front', 'back'] },
          worker: { Image: '/bin/sleep', Args: ['1000'], Networks: ['back'], 'x-shoal-runtime': 'process' },
        },
      }),
    )
    const { plan, warnings } = planFromBundle(file, undefined)
    assert.deepEqual(warnings, [])
    assert.equal(plan.namespace, 'shop')
    assert.deepEqual(plan.networks.map((n) => [n.name, n.request?.Driver, n.request?.Labels]), [
      ['shop_front', 'overlay', { [NAMESPACE_LABEL]: 'shop' }],
      ['shop_back', 'overlay', { [NAMESPACE_LABEL]: 'shop' }],
    ])
    const [web, worker] = plan.services.map((s) => s.spec)
    assert.equal(web.Name, 'shop_web')
    assert.equal(web.Labels!.tier, 'front')
    assert.deepEqual(web.TaskTemplate.ContainerSpec, {
      Image: 'nginx@sha256:' + 'a'.repeat(64),
      Labels: { [NAMESPACE_LABEL]: 'shop' },
      Command: ['nginx'],
      Args: ['-g', 'daemon off;'],
      Env: ['A=1'],
      Dir: '/srv',
      User: '1000',
    })
    assert.deepEqual(web.EndpointSpec, { Ports: [{ Protocol: 'tcp', TargetPort: 80 }] })
    assert.deepEqual(web.TaskTemplate.Networks, [
      { Target: 'shop_front', Aliases: ['web'] },
      { Target: 'shop_back', Aliases: ['web'] },
    ])
    assert.equal(worker.TaskTemplate.Runtime, 'process')
    assert.equal(planFromBundle(file, 'prod').plan.services[0].name, 'prod_web')
  })

  test('compose to bundle to stack: the services round-trip; images are pinned by the resolver given', async () => {
    const compose = write(
      'compose.yml',
      'services:\n  web:\n    image: registry.local/web:1\n    command: [serve]\n    environment: [A=1]\n    labels: {tier: front}\n    ports: ["8080:80"]\n    networks: [front]\n  job:\n    image: /bin/sleep\n    command: "1000"\n    x-shoal-runtime: process\nnetworks:\n  front: {}\n',
    )
    const asked: string[] = []
    const bundle = await bundleFromPlan(planFromCompose([compose], 'x', { env: {} }).plan, async (image) => {
      asked.push(image)
      return `${image}@sha256:${'b'.repeat(64)}`
    })
    assert.deepEqual(asked, ['registry.local/web:1'], 'only container images are resolved')
    assert.deepEqual(bundle, {
      Version: '0.1',
      Services: {
        web: { Image: `registry.local/web:1@sha256:${'b'.repeat(64)}`, Args: ['serve'], Env: ['A=1'], Labels: { tier: 'front' }, Ports: [{ Protocol: 'tcp', Port: 80 }], Networks: ['front'] },
        job: { Image: '/bin/sleep', Args: ['1000'], Networks: ['default'], 'x-shoal-runtime': 'process' },
      },
    })
    const { plan } = planFromBundle(write('x.dab', bundleText(bundle)), undefined)
    // The file's keys are sorted (as docker-compose wrote them): job comes first.
    assert.deepEqual(plan.services.map((s) => [s.name, s.spec.TaskTemplate.ContainerSpec!.Args, (s.spec.TaskTemplate.Networks ?? []).map((n) => n.Target)]), [
      ['x_job', ['1000'], ['x_default']],
      ['x_web', ['serve'], ['x_front']],
    ])
  })

  test('bad bundles: JSON errors with their line, unknown keys, versions, missing images', () => {
    assert.deepEqual(refusal(write('a.dab', '{\n  "Version": "0.1",\n  "Services": {\n    "a": {"Image": "x",}\n  }\n}\n')), ['a.dab:4: invalid JSON: Expected double-quoted property name'])
    assert.deepEqual(refusal(write('b.dab', '{\n  "Version": "0.2",\n  "Services": {\n    "a": {"Imag": "x"},\n    "b": {"Image": "y", "Ports": [{"Port": 70000}]}\n  }\n}\n')), [
      'b.dab:2: Version: version "0.2" is not supported (only "0.1")',
      'b.dab:4: Services.a.Imag: unknown key "Imag" (did you mean "Image"?)',
      'b.dab:4: Services.a: "Image" is required',
      'b.dab:5: Services.b.Ports[0].Port: a port number from 1 to 65535 is required',
    ])
    assert.deepEqual(refusal(write('c.dab', '[]')), ['c.dab:1: a bundle is a JSON object {"Version": "0.1", "Services": {...}}'])
    assert.deepEqual(refusal(path.join(scratch, 'none.dab')), ['none.dab: no such file'])
  })
})

const skip = containerSkipReason()

describe('bundle and deploy with a daemon', { skip: skip ?? false }, () => {
  let ctd: TestContainerd
  let registry: TestRegistry
  let d: TestDaemon

  before(async () => {
    ctd = await new TestContainerd().start()
    registry = await new TestRegistry().start()
    d = new TestDaemon('shoal-dab', ['--containerd-socket', ctd.socket])
    await d.start()
    const addr = `127.0.0.1:${await freePort()}`
    const init = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(init.code, 0, init.stderr)
  })
  after(async () => {
    await d?.destroy()
    await ctd?.destroy()
    await registry?.destroy()
  })

  test('bundle pins the registry digest; deploy runs it; redeploy leaves it; stack rm removes it', async () => {
    const digest = await registry.push('shoal/busybox', 'v1', buildBusyboxImage({ cmd: ['sh', '-c', 'exec sleep 3600'] }))
    // No networks: tasks stay in the host's namespace (an overlay would need a namespace per host).
    const compose = write(
      'app.yml',
      `services:\n  web:\n    image: \${REG}/shoal/busybox:v1\n    deploy: {replicas: 2}\n  helper:\n    image: /bin/sleep\n    command: "3600"\n    x-shoal-runtime: process\n`,
    )
    const dab = path.join(scratch, 'app.dab')
    // Networks: the compose file's default network would be written as "default"; this
    // bundle's services get none, so the tasks need no overlay.
    const b = await cli(d.socket, ['bundle', '-c', compose, '-o', dab], { env: { REG: registry.addr } })
    assert.equal(b.code, 0, b.stderr)
    assert.equal(b.stdout, `Wrote bundle to ${dab}\n`)
    assert.match(b.stderr, /app\.yml:4: services\.web\.deploy: a bundle cannot carry it, left out/)
    assert.match(b.stderr, /Service helper: process runtime, \/bin\/sleep kept as a path/)
    const bundle = JSON.parse(fs.readFileSync(dab, 'utf8'))
    assert.equal(bundle.Services.web.Image, `${registry.addr}/shoal/busybox:v1@${digest}`)
    assert.equal(bundle.Services.helper['x-shoal-runtime'], 'process')
    for (const s of Object.values(bundle.Services) as any[]) delete s.Networks
    fs.writeFileSync(dab, JSON.stringify(bundle))

    const dep = await d.cli('deploy', '--namespace', 'prod', dab)
    assert.equal(dep.code, 0, dep.stderr)
    assert.deepEqual(dep.stdout.trimEnd().split('\n'), ['Creating service prod_helper', 'Creating service prod_web'])
    await waitFor('prod converged', async () => {
      const ls = (await d.cli('stack', 'services', 'prod')).stdout
      return /prod_helper\s+replicated\s+1\/1/.test(ls) && /prod_web\s+replicated\s+1\/1/.test(ls)
    }, 60_000)
    const web = (await d.api('GET', '/services/prod_web')).body
    assert.equal(web.Spec.TaskTemplate.ContainerSpec.Image, `${registry.addr}/shoal/busybox:v1@${digest}`)
    const again = await d.cli('deploy', '--namespace', 'prod', dab)
    assert.deepEqual(again.stdout.trimEnd().split('\n'), ['Service prod_helper is up to date', 'Service prod_web is up to date'])
    assert.equal((await d.cli('stack', 'ls')).stdout, 'NAME      SERVICES\nprod      2\n')
    const rm = await d.cli('stack', 'rm', 'prod')
    assert.equal(rm.code, 0, rm.stderr)
    assert.deepEqual((await d.api('GET', '/services')).body, [])
  })

  test('stack deploy: images pinned at deploy; depends_on service_healthy waits for the health check', async () => {
    const digest = await registry.push('shoal/busybox', 'v2', buildBusyboxImage({ cmd: ['sh', '-c', 'exec sleep 3600'] }))
    // db turns healthy only once it has written /tmp/ready, a few checks after it starts.
    const compose = write(
      'health.yml',
      [
        'services:',
        '  db:',
        `    image: ${registry.addr}/shoal/busybox:v2`,
        '    command: ["sh", "-c", "sleep 2; touch /tmp/ready; exec sleep 3600"]',
        '    healthcheck: {test: ["CMD", "test", "-f", "/tmp/ready"], interval: 500ms, retries: 20}',
        '    networks: [host]',
        '  web:',
        `    image: ${registry.addr}/shoal/busybox:v2`,
        '    networks: [host]',
        '    depends_on: {db: {condition: service_healthy}}',
        'networks:',
        '  host: {external: true, name: host}',
        '',
      ].join('\n'),
    )
    const r = await d.cli('stack', 'deploy', '-c', compose, 'hc')
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(r.stdout.trimEnd().split('\n'), ['Creating service hc_db', 'Waiting for service hc_db to be healthy (depends_on of hc_web)', 'Creating service hc_web'])
    const web = (await d.api('GET', '/services/hc_web')).body
    assert.equal(web.Spec.TaskTemplate.ContainerSpec.Image, `${registry.addr}/shoal/busybox:v2@${digest}`)
    // Running is reported only once healthy, and hc_web was created after that.
    const [db] = (await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: ['hc_db'] }))}`)).body
    assert.equal(db.Status.State, 'running')
    assert.ok(Date.parse(db.Status.Timestamp) <= Date.parse(web.CreatedAt), JSON.stringify([db.Status, web.CreatedAt]))
    // The same file again: nothing to do, until the registry serves the tag at a new digest.
    const same = await d.cli('stack', 'deploy', '-c', compose, 'hc')
    assert.deepEqual(same.stdout.trimEnd().split('\n'), ['Service hc_db is up to date', 'Service hc_web is up to date'])
    const moved = await registry.push('shoal/busybox', 'v2', buildBusyboxImage({ cmd: ['sh', '-c', 'exec sleep 3601'] }))
    const again = await d.cli('stack', 'deploy', '-c', compose, 'hc')
    assert.equal(again.code, 0, again.stderr)
    assert.match(again.stdout, /^Updating service hc_db \(id: \w+\)\nUpdating service hc_web \(id: \w+\)\n$/)
    assert.equal((await d.api('GET', '/services/hc_web')).body.Spec.TaskTemplate.ContainerSpec.Image, `${registry.addr}/shoal/busybox:v2@${moved}`)
    assert.equal((await d.cli('stack', 'rm', 'hc')).code, 0)
  })
})
