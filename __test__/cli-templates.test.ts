// docker's --format (Go templates, "table ...", json), --filter and --quiet on the list and
// inspect commands, run as a user runs them against a real daemon.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort } from './helpers/daemon'

describe('--format and --filter', () => {
  const d = new TestDaemon('shoal-fmt')
  const ok = async (...args: string[]) => {
    const r = await d.cli(...args)
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`)
    return r.stdout
  }

  before(async () => {
    await d.start()
    const addr = `127.0.0.1:${await freePort()}`
    await ok('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    await ok('service', 'create', '--detach', '--name', 'web', '--replicas', '2', '-l', 'team=blue', '--runtime', 'process', 'sleep', '600')
    await ok('service', 'create', '--detach', '--name', 'agent', '--mode', 'global', '--runtime', 'process', 'sleep', '600')
    const secret = await d.api('POST', '/secrets/create', { Name: 'db-pass', Labels: { env: 'prod' }, Data: Buffer.from('x').toString('base64') })
    assert.equal(secret.status, 201, secret.text)
  })
  after(() => d.destroy())

  test('service ls: templates, table templates, filters', async () => {
    assert.equal(await ok('service', 'ls', '--format', '{{.Name}} {{.Mode}}'), 'agent global\nweb replicated\n')
    assert.equal(await ok('service', 'ls', '--format', 'table {{.Name | upper}}\\t{{.Mode}}'), 'NAME      MODE\nAGENT     global\nWEB       replicated\n')
    assert.equal(await ok('service', 'ls', '--filter', 'mode=global', '--format', '{{.Name}}'), 'agent\n')
    assert.equal(await ok('service', 'ls', '--filter', 'label=team=blue', '--format', '{{.Name}}'), 'web\n')
    assert.equal(await ok('service', 'ls', '--filter', 'label=team=red', '-q'), '')
    const web = JSON.parse((await ok('service', 'ls', '--filter', 'name=we', '--format', 'json')).trim())
    assert.equal(web.Name, 'web')
    assert.equal(await ok('service', 'inspect', '--format', '{{.Spec.Name}} {{.Spec.Mode.Replicated.Replicas}} {{index .Spec.Labels "team"}}', 'web'), 'web 2 blue\n')
  })

  test('service ps, node ls, secret ls, version', async () => {
    const names = (await ok('service', 'ps', '--filter', 'desired-state=running', '--format', '{{.Name}} {{.DesiredState}}', 'web')).split('\n').filter(Boolean).sort()
    assert.deepEqual(names, ['web.1 Running', 'web.2 Running'])
    assert.equal(await ok('service', 'ps', '--filter', 'name=web.2', '--format', '{{.Name}}', 'web'), 'web.2\n')
    const host = JSON.parse((await ok('node', 'ls', '--format', '{{json .}}')).trim()).Hostname
    assert.equal(await ok('node', 'ls', '--format', '{{.Hostname}} {{.Status}}'), `${host} Ready\n`)
    assert.equal(await ok('node', 'ls', '--filter', 'role=worker', '-q'), '')
    assert.equal(await ok('secret', 'ls', '--format', '{{.Name}} {{.Label "env"}}'), 'db-pass prod\n')
    assert.match(await ok('version', '--format', '{{.Client.Version}}'), /^\d+\.\d+\.\d+/)
  })

  test('a bad format or filter is refused, naming it', async () => {
    let r = await d.cli('service', 'ls', '--format', '{{.Nmae}}')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /can't evaluate field Nmae in type serviceContext/)
    r = await d.cli('service', 'ls', '--format', '{{.Name')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /invalid --format "\{\{\.Name": template: :1: unclosed action/)
    r = await d.cli('service', 'ls', '--filter', 'colour=red')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /invalid filter "colour=red"/)
    const api = await d.api('GET', `/services?filters=${encodeURIComponent(JSON.stringify({ colour: ['red'] }))}`)
    assert.equal(api.status, 400)
    assert.match(api.body.message, /invalid filter 'colour'/)
  })
})
