// dockerode (the Docker Engine API's JavaScript client, unchanged) against a real shoal
// daemon: version negotiation, swarm init, and a service listed, created, inspected,
// updated (the way dockerode's users write it: the version beside the spec) and removed;
// its errors carry docker's status codes and messages.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import Docker from 'dockerode'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

describe('dockerode', () => {
  const d = new TestDaemon('shoal-dockerode', ['--hostname', 'dn1'])
  let docker: Docker

  before(async () => {
    await d.start()
    docker = new Docker({ socketPath: d.socket })
  })
  after(() => d.destroy())

  test('version, ping and swarm init', async () => {
    const v = await docker.version()
    assert.equal(v.ApiVersion, '1.50')
    assert.equal((v as unknown as { MinAPIVersion: string }).MinAPIVersion, '1.24')
    assert.equal(String(await docker.ping()), 'OK')
    const addr = `127.0.0.1:${await freePort()}`
    const nodeId = await docker.swarmInit({ ListenAddr: addr, AdvertiseAddr: addr })
    assert.equal(nodeId, (await docker.info()).Swarm.NodeID)
    assert.equal((await docker.swarmInspect()).Spec.Name, 'default')
  })

  test('a service listed, created, inspected, updated and removed', async () => {
    assert.deepEqual(await docker.listServices(), [])
    const spec = {
      Name: 'web',
      Labels: { team: 'a' },
      TaskTemplate: { ContainerSpec: { Image: '/bin/sleep', Args: ['600'] }, Runtime: 'process' },
      Mode: { Replicated: { Replicas: 1 } },
    } as Docker.CreateServiceOptions
    const created = await docker.createService(spec)
    const id = (created as unknown as { id: string }).id
    assert.match(id, /^\w{25}$/)

    const service = docker.getService('web')
    const info = await service.inspect()
    assert.equal(info.ID, id)
    assert.deepEqual(info.Spec.Labels, { team: 'a' })
    await waitFor('one running task', async () => {
      const tasks = await docker.listTasks({ filters: JSON.stringify({ service: ['web'], 'desired-state': ['running'] }) })
      return tasks.length === 1 && tasks[0].Status?.State === 'running'
    })
    const listed = await docker.listServices({ filters: { name: ['web'] }, status: true } as Docker.ServiceListOptions)
    assert.deepEqual(listed.map((s) => [s.Spec?.Name, (s as { ServiceStatus?: { DesiredTasks: number } }).ServiceStatus?.DesiredTasks]), [['web', 1]])

    // dockerode's update: the version with the spec (it sends both as query and body).
    const updated = await service.update({ version: info.Version!.Index, ...info.Spec, Mode: { Replicated: { Replicas: 2 } } })
    assert.deepEqual(updated, { Warnings: null })
    const after2 = await service.inspect()
    assert.equal(after2.Spec.Mode.Replicated.Replicas, 2)
    assert.equal(after2.PreviousSpec.Mode.Replicated.Replicas, 1)

    // Errors: docker's codes and {"message"} bodies, as dockerode reports them.
    await assert.rejects(service.update({ version: info.Version!.Index, ...info.Spec }), (err: any) => err.statusCode === 409 && /update out of sequence/.test(err.json.message))
    await assert.rejects(
      service.update({ version: after2.Version!.Index, ...after2.Spec, TaskTemplate: { ...after2.Spec.TaskTemplate, ContainerSpec: { ...after2.Spec.TaskTemplate.ContainerSpec, Hosts: ['10.0.0.1 db'] } } }),
      (err: any) => err.statusCode === 400 && err.json.message === 'ServiceSpec.TaskTemplate.ContainerSpec.Hosts: shoal does not support extra /etc/hosts entries (--host)',
    )
    await service.remove()
    await assert.rejects(service.inspect(), (err: any) => err.statusCode === 404 && err.json.message === 'service web not found')
    assert.deepEqual(await docker.listServices(), [])
  })
})
