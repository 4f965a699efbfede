// docker's task templates in --env, --hostname and --mount ({{.Service.Name}},
// {{.Task.Slot}}, {{.Node.Hostname}}, ...): expanded by the agent for each task, and a bad
// template refused when the service is created, nothing created. A real daemon, the CLI,
// process-runtime tasks that write what they got.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, freePort } from './helpers/daemon'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

describe('task templates', () => {
  const d = new TestDaemon('shoal-tpl')

  before(async () => {
    await d.start()
    const addr = `127.0.0.1:${await freePort()}`
    const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test('env templates are expanded per task on its node', async () => {
    const out = path.join(d.dir, 'out')
    fs.mkdirSync(out)
    const r = await d.cli(
      'service', 'create', '--name', 'tpl', '--mode', 'replicated-job', '--replicas', '2', '-l', 'team=blue',
      '-e', 'SERVICE={{.Service.Name}} {{.Service.ID}} {{index .Service.Labels "team"}}',
      '-e', 'NODE={{.Node.ID}} {{.Node.Hostname}} {{.Node.Platform.OS}}',
      '-e', 'TASK={{.Task.Slot}} {{.Task.ID}} {{.Task.Name}}',
      '-e', 'SLOT={{.Task.Slot}}',
      '-e', 'PLAIN=no {template} here',
      '--runtime', 'process', 'sh', '-c', `printf '%s\\n' "$SERVICE" "$NODE" "$TASK" "$PLAIN" > ${out}/$SLOT`,
    )
    assert.equal(r.code, 0, r.stderr)
    const service = (await d.api('GET', '/services/tpl')).body
    const tasks = (await d.api('GET', `/tasks?filters=${filters({ service: ['tpl'] })}`)).body
    const node = (await d.api('GET', `/nodes/${tasks[0].NodeID}`)).body
    assert.deepEqual(fs.readdirSync(out).sort(), ['1', '2'])
    for (const t of tasks) {
      const lines = fs.readFileSync(path.join(out, String(t.Slot)), 'utf8').split('\n')
      assert.equal(lines[0], `tpl ${service.ID} blue`)
      assert.equal(lines[1], `${t.NodeID} ${node.Description.Hostname} linux`)
      assert.equal(lines[2], `${t.Slot} ${t.ID} tpl.${t.Slot}.${t.ID}`)
      assert.equal(lines[3], 'no {template} here')
    }
    // The service keeps the templates, not what they expanded to.
    assert.equal(service.Spec.TaskTemplate.ContainerSpec.Env[3], 'SLOT={{.Task.Slot}}')
  })

  test('templated mounts and hostname are accepted where their expansion is valid', async () => {
    const r = await d.cli('service', 'create', '--detach', '--no-resolve-image', '--name', 'vol', '--hostname', '{{.Service.Name}}-{{.Task.Slot}}', '--mount', 'type=volume,source=data-{{.Task.Slot}},target=/data/{{.Service.Name}}', 'busybox', 'true')
    assert.equal(r.code, 0, r.stderr)
    const cs = (await d.api('GET', '/services/vol')).body.Spec.TaskTemplate.ContainerSpec
    assert.equal(cs.Hostname, '{{.Service.Name}}-{{.Task.Slot}}')
    assert.equal(cs.Mounts[0].Source, 'data-{{.Task.Slot}}')
    assert.equal((await d.cli('service', 'rm', 'vol')).code, 0)
  })

  test('a bad template is refused at create, naming it; nothing is created', async () => {
    const cases: [string[], RegExp][] = [
      [['-e', 'A={{.Task.Nmae}}', '--runtime', 'process', 'true'], /invalid template in env "A=\{\{\.Task\.Nmae\}\}": .*can't evaluate field Nmae in type Task/],
      [['-e', 'A={{.Service.Name', '--runtime', 'process', 'true'], /invalid template in env .*unclosed action/],
      [['-e', 'A={{nope}}', '--runtime', 'process', 'true'], /function "nope" not defined/],
      [['--no-resolve-image', '--hostname', '{{.Node.Name}}', 'busybox'], /invalid template in hostname .*can't evaluate field Name in type Node/],
      [['--no-resolve-image', '--mount', 'type=bind,source=/srv/{{.Task.Slott}},target=/x', 'busybox'], /invalid template in mount source/],
    ]
    for (const [args, re] of cases) {
      const r = await d.cli('service', 'create', '--detach', '--name', 'bad', ...args)
      assert.equal(r.code, 1, args.join(' '))
      assert.match(r.stderr, re)
    }
    assert.equal((await d.api('GET', '/services/bad')).status, 404)
  })
})
