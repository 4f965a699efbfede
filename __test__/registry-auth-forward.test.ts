// --with-registry-auth through a follower manager: the write is forwarded to the leader
// (Raft.ControlProxy) with the client's X-Registry-Auth, so the credentials still reach
// the node that runs the task (its local task database holds the assignment); the API
// shows them nowhere and the managers' Raft logs (encrypted at rest) do not hold them
// in the clear. Two real daemons on loopback; a process task (the credentials
// ride with any task; only the container runtime pulls with them).
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, cli, freePort, waitFor } from './helpers/daemon'

const PASSWORD = 'forwarded-secret-pw'

describe('registry credentials through a follower manager', () => {
  const [m1, m2] = [1, 2].map((i) => new TestDaemon(`shoal-rauth-m${i}`, ['--hostname', `rauth${i}`]))

  before(async () => {
    await Promise.all([m1.start(), m2.start()])
    const [a1, a2] = [`127.0.0.1:${await freePort()}`, `127.0.0.1:${await freePort()}`]
    const init = await m1.cli('swarm', 'init', '--listen-addr', a1, '--advertise-addr', a1)
    assert.equal(init.code, 0, init.stderr)
    const token = (await m1.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const join = await m2.cli('swarm', 'join', '--token', token, '--listen-addr', a2, '--advertise-addr', a2, a1)
    assert.equal(join.code, 0, join.stderr)
  })

  after(async () => {
    await Promise.all([m1.destroy(), m2.destroy()])
  })

  test('a service created on the follower keeps the client\'s credentials', async () => {
    const dockerConfig = fs.mkdtempSync(path.join(m2.dir, 'docker-'))
    const auth = Buffer.from(`tester:${PASSWORD}`).toString('base64')
    fs.writeFileSync(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth } } }))
    const r = await cli(m2.socket, ['service', 'create', '--detach', '--name', 'fwd', '--with-registry-auth', '--runtime', 'process', '--constraint', 'node.hostname==rauth1', '/bin/sleep', '60'], { env: { DOCKER_CONFIG: dockerConfig } })
    assert.equal(r.code, 0, r.stderr)
    const encoded = Buffer.from(JSON.stringify({ username: 'tester', password: PASSWORD })).toString('base64url')
    const db = path.join(m1.dir, 'data', 'agent', 'taskdb', 'tasks.jsonl')
    await waitFor('the assignment on rauth1 with the credentials', () => fs.existsSync(db) && fs.readFileSync(db, 'utf8').includes(encoded), 30_000, 200)
    const shown = [(await m1.cli('service', 'inspect', 'fwd')).stdout, (await m2.cli('service', 'ps', '--no-trunc', 'fwd')).stdout, JSON.stringify((await m1.api('GET', '/tasks')).body), m1.log, m2.log].join('\n')
    assert.ok(!shown.includes(PASSWORD) && !shown.includes(encoded), 'never shown')
    // At rest: the managers' Raft logs are encrypted (shoal-log, under the Raft DEK).
    for (const m of [m1, m2]) {
      const raft = path.join(m.dir, 'data', 'raft')
      const bytes = Buffer.concat(fs.readdirSync(raft).filter((f) => f !== 'LOCK').map((f) => fs.readFileSync(path.join(raft, f))))
      assert.ok(bytes.length > 0 && !bytes.includes(encoded) && !bytes.includes(PASSWORD), `${m.name}'s Raft log holds no plain credentials`)
    }
    // An update on the follower without the flag keeps them.
    const u = await m2.cli('service', 'update', '--detach', '--env-add', 'A=1', 'fwd')
    assert.equal(u.code, 0, u.stderr)
    await waitFor('the updated task assigned with the credentials', () => fs.readFileSync(db, 'utf8').split('\n').some((l) => l.includes('A=1') && l.includes(encoded)), 30_000, 200)
  })
})
