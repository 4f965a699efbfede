// Autolock end to end (docker's `swarm init|update --autolock`, `swarm unlock`,
// `swarm unlock-key`): real daemons, the real CLI. What must hold: with autolock on, a
// manager's key files are sealed on disk; a restarted manager stays locked (every swarm
// call refused, nothing changed) until it is given the right key, then carries on with
// its services and tasks; a rotated key replaces the old one on every manager; turning
// autolock off writes the files clear again. The Raft log is encrypted with the manager's
// data key, autolock or not. Bad input: one-line errors, no change.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { createPrivateKey, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, cli, freePort, pidAlive, waitFor } from './helpers/daemon'
import { KeyFiles } from '../src/daemon/keys'
import { RaftStore } from '../src/native'

const LOCKED = 'Swarm is encrypted and needs to be unlocked before it can be used. Please use `shoal swarm unlock` to unlock it.'
const certsOf = (d: TestDaemon) => path.join(d.dir, 'data', 'certificates')
const nodeKeyOf = (d: TestDaemon) => fs.readFileSync(path.join(certsOf(d), 'swarm-node.key'))
// The data key the files are sealed with, itself sealed with the unlock key: what a rotation rewrites.
const dekFileOf = (d: TestDaemon) => path.join(certsOf(d), 'swarm-autolock.dek')
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))

// Whether the node's TLS key on disk is usable without the unlock key.
function nodeKeyIsClear(d: TestDaemon): boolean {
  try {
    createPrivateKey({ key: nodeKeyOf(d), format: 'pem' })
    return true
  } catch {
    return false
  }
}

const unlock = (d: TestDaemon, key: string) => cli(d.socket, ['swarm', 'unlock'], { input: `${key}\n` })
const localState = async (d: TestDaemon) => (await d.api('GET', '/info')).body.Swarm.LocalNodeState as string

async function restart(d: TestDaemon): Promise<void> {
  await d.stop()
  await d.start()
}

// After a rotation: the restarted manager is locked, the old key is refused, the new one opens it.
async function restartRotated(d: TestDaemon, old: string, next: string): Promise<void> {
  await restart(d)
  assert.equal(await localState(d), 'locked')
  assert.match((await unlock(d, old)).stderr, /invalid key/)
  const r = await unlock(d, next)
  assert.equal(r.code, 0, r.stderr)
  assert.equal(await localState(d), 'active')
}

// The ids of the service's running tasks, once `count` of them run.
async function runningTasks(d: TestDaemon, service: string, count: number): Promise<string[]> {
  const tasks = await waitFor(`${count} running tasks of ${service}`, async () => {
    const r = await d.api('GET', `/tasks?filters=${filters({ service: [service], 'desired-state': ['running'] })}`)
    const running = Array.isArray(r.body) ? (r.body as any[]).filter((t) => t.Status.State === 'running') : []
    return running.length === count ? running : null
  }, 30_000)
  return tasks.map((t) => t.ID as string).sort()
}

describe('autolock', () => {
  const m1 = new TestDaemon('shoal-lock-m1', ['--hostname', 'm1'])
  const m2 = new TestDaemon('shoal-lock-m2', ['--hostname', 'm2'])
  let key = ''
  let tasks: string[] = []

  before(async () => {
    await Promise.all([m1.start(), m2.start()])
  })
  after(async () => {
    await m2.destroy()
    await m1.destroy()
  })

  test('init --autolock prints the key and seals the key files', async () => {
    const addr = `127.0.0.1:${await freePort()}`
    const r = await m1.cli('swarm', 'init', '--autolock', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
    const shown = /To unlock a swarm manager after it restarts, run the `\S+ swarm unlock`\ncommand and provide the following key:\n\n {4}(SWMKEY-1-\S+)\n\nPlease remember to store this key in a password manager/.exec(r.stdout)
    assert.ok(shown, r.stdout)
    key = shown[1]
    const created = await m1.cli('service', 'create', '--detach', '--name', 'web', '--replicas', '2', '--runtime', 'process', 'sleep', '300')
    assert.equal(created.code, 0, created.stderr)
    tasks = await runningTasks(m1, 'web', 2)
    // Sealed: the TLS key is no PEM key, the secrets key no bare 32 bytes, the CA key no PEM.
    assert.ok(fs.existsSync(dekFileOf(m1)))
    assert.ok(!nodeKeyIsClear(m1), 'the TLS key is sealed')
    assert.notEqual(fs.readFileSync(path.join(certsOf(m1), 'swarm-secrets.key')).length, 32)
    assert.ok(!fs.readFileSync(path.join(certsOf(m1), 'swarm-root-ca.key'), 'utf8').includes('PRIVATE KEY'))
    // The unlock key itself is nowhere on disk in clear (the cluster object holds it sealed).
    const raw = Buffer.from(key.slice('SWMKEY-1-'.length), 'base64')
    const holding = walk(path.join(m1.dir, 'data')).filter((f) => fs.readFileSync(f).includes(raw) || fs.readFileSync(f).includes(key))
    assert.deepEqual(holding, [])
    // Nor is the root CA key in the Raft log: the cluster object keeps it sealed too.
    const inRaft = walk(path.join(m1.dir, 'data', 'raft')).filter((f) => fs.readFileSync(f).includes('PRIVATE KEY'))
    assert.deepEqual(inRaft, [])
  })

  test('a restarted manager is locked until it gets the right key; services and tasks are intact', async () => {
    await restart(m1)
    assert.equal(await localState(m1), 'locked')
    assert.equal((await m1.api('GET', '/info')).body.Swarm.ControlAvailable, false)
    assert.ok(!nodeKeyIsClear(m1))
    for (const args of [['service', 'ls'], ['swarm', 'unlock-key'], ['service', 'rm', 'web'], ['swarm', 'update', '--autolock=false']]) {
      const r = await m1.cli(...args)
      assert.notEqual(r.code, 0, args.join(' '))
      assert.ok(r.stderr.includes(LOCKED), `${args.join(' ')}: ${r.stderr}`)
    }
    const wrong = await unlock(m1, `SWMKEY-1-${randomBytes(32).toString('base64').replace(/=+$/, '')}`)
    assert.notEqual(wrong.code, 0)
    assert.match(wrong.stderr, /swarm could not be unlocked: invalid key/)
    const garbled = await unlock(m1, 'not-a-key')
    assert.notEqual(garbled.code, 0)
    assert.match(garbled.stderr, /invalid unlock key: expected SWMKEY-1-/)
    assert.equal(await localState(m1), 'locked')

    const right = await unlock(m1, key)
    assert.equal(right.code, 0, right.stderr)
    assert.equal(await localState(m1), 'active')
    assert.deepEqual(await runningTasks(m1, 'web', 2), tasks)
    const again = await unlock(m1, key)
    assert.notEqual(again.code, 0)
    assert.match(again.stderr, /swarm is not locked/)
  })

  test('unlock-key shows the key; --rotate replaces it and the old one stops working', async () => {
    assert.equal((await m1.cli('swarm', 'unlock-key', '-q')).stdout, `${key}\n`)
    assert.ok((await m1.cli('swarm', 'unlock-key')).stdout.includes(`\n\n    ${key}\n\n`))
    const before = fs.readFileSync(dekFileOf(m1))
    const rotated = await m1.cli('swarm', 'unlock-key', '--rotate')
    assert.equal(rotated.code, 0, rotated.stderr)
    assert.match(rotated.stdout, /^Successfully rotated manager unlock key\.\n\n/)
    const next = (await m1.cli('swarm', 'unlock-key', '-q')).stdout.trim()
    assert.match(next, /^SWMKEY-1-/)
    assert.notEqual(next, key)
    assert.ok(rotated.stdout.includes(next))
    await waitFor('the data key resealed', () => !fs.readFileSync(dekFileOf(m1)).equals(before))
    await restartRotated(m1, key, next)
    key = next
  })

  test('a second manager seals its files and learns a rotation', async () => {
    const token = (await m1.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const port = await freePort()
    const managerAddr = (await m1.api('GET', '/info')).body.Swarm.RemoteManagers[0].Addr
    const j = await m2.cli('swarm', 'join', '--token', token, '--listen-addr', `127.0.0.1:${port}`, '--advertise-addr', `127.0.0.1:${port}`, managerAddr)
    assert.equal(j.code, 0, j.stderr)
    await waitFor('m2 seals its key files', () => !nodeKeyIsClear(m2))
    assert.equal((await m2.cli('swarm', 'unlock-key', '-q')).stdout.trim(), key)
    const before = fs.readFileSync(dekFileOf(m2))
    assert.equal((await m1.cli('swarm', 'unlock-key', '--rotate', '-q')).code, 0)
    const next = (await m1.cli('swarm', 'unlock-key', '-q')).stdout.trim()
    assert.notEqual(next, key)
    await waitFor('m2 learns the new key', async () => (await m2.cli('swarm', 'unlock-key', '-q')).stdout.trim() === next)
    await waitFor('m2 reseals its data key', () => !fs.readFileSync(dekFileOf(m2)).equals(before))
    await restartRotated(m2, key, next)
    key = next
  })

  test('bad input is refused with one line and changes nothing', async () => {
    const spec = (await m1.api('GET', '/swarm')).body
    const bad = await m1.cli('swarm', 'update', '--autolock=maybe')
    assert.notEqual(bad.code, 0)
    assert.match(bad.stderr, /invalid --autolock "maybe": expected true or false/)
    // m2 just came back: the group may still be electing (503 says retry).
    const api = await waitFor('an answer from the leader', async () => {
      const r = await m1.api('POST', `/swarm/update?version=${spec.Version.Index}`, { ...spec.Spec, EncryptionConfig: { AutoLockManagers: 'yes' } })
      return r.status === 503 ? null : r
    })
    assert.equal(api.status, 400)
    assert.match(api.body.message, /invalid EncryptionConfig.AutoLockManagers "yes"/)
    assert.equal((await m1.api('GET', '/swarm')).body.Version.Index, spec.Version.Index)
    assert.equal((await m1.cli('swarm', 'unlock-key', '-q')).stdout.trim(), key)
    assert.match((await m1.cli('swarm', 'unlock-key', 'extra')).stderr, /accepts no arguments|requires no arguments|argument/)
  })

  test('a demoted manager writes its TLS key clear (workers never lock) and drops the secrets key', async () => {
    assert.ok(!nodeKeyIsClear(m2))
    const id = (await m2.api('GET', '/info')).body.Swarm.NodeID
    const r = await waitFor('the demotion accepted', async () => {
      const d = await m1.cli('node', 'demote', id)
      return d.code === 0 ? d : null
    })
    assert.match(r.stdout, /demoted/)
    // A worker's info lists its managers (set once it is one: after the rewrap).
    await waitFor('m2 runs as a worker', async () => {
      const swarm = (await m2.api('GET', '/info')).body.Swarm
      return swarm.ControlAvailable === false && Array.isArray(swarm.RemoteManagers) && swarm.LocalNodeState === 'active'
    }, 30_000)
    assert.ok(nodeKeyIsClear(m2))
    assert.ok(!fs.existsSync(path.join(certsOf(m2), 'swarm-secrets.key')))
    assert.ok(!fs.existsSync(dekFileOf(m2)))
  })

  test('update --autolock=false: the files are written clear and a restart needs no key', async () => {
    const r = await m1.cli('swarm', 'update', '--autolock=false')
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, 'Swarm updated.\n')
    const none = await m1.cli('swarm', 'unlock-key')
    assert.notEqual(none.code, 0)
    assert.match(none.stderr, /no unlock key is set/)
    const rotate = await m1.cli('swarm', 'unlock-key', '--rotate')
    assert.notEqual(rotate.code, 0)
    assert.match(rotate.stderr, /autolock is not turned on/)
    // The data key goes last, once every file is clear; it stays (clear): the Raft log is
    // encrypted with it.
    await waitFor('the manager writes its keys clear', () => fs.readFileSync(dekFileOf(m1)).length === 32)
    assert.ok(nodeKeyIsClear(m1))
    assert.equal(fs.readFileSync(path.join(certsOf(m1), 'swarm-secrets.key')).length, 32)
    await restart(m1)
    assert.equal(await localState(m1), 'active')
    assert.deepEqual(await runningTasks(m1, 'web', 2), tasks)
    const notLocked = await unlock(m1, key)
    assert.match(notLocked.stderr, /swarm is not locked/)
  })

  test("the Raft log holds no store content in clear; the manager's data key opens it", async () => {
    // No replicas: the name and label go through the Raft log only, not the agent's task database.
    const name = `enc-${randomBytes(6).toString('hex')}`
    const label = `marker-${randomBytes(6).toString('hex')}`
    const r = await m1.cli('service', 'create', '-d', '--name', name, '--label', `k=${label}`, '--replicas', '0', '--runtime', 'process', 'sleep', '300')
    assert.equal(r.code, 0, r.stderr)
    const data = path.join(m1.dir, 'data')
    const raftDir = path.join(data, 'raft')
    await m1.stop()
    assert.deepEqual(walk(data).filter((f) => fs.readFileSync(f).includes(name) || fs.readFileSync(f).includes(label)), [])
    // The scan read the log: its segments are there, each with its header.
    const segments = walk(raftDir).filter((f) => f.endsWith('.seg'))
    assert.ok(segments.length > 0)
    for (const f of segments) assert.equal(fs.readFileSync(f).subarray(0, 8).toString(), 'SHOALLOG', f)
    // They hold the service, under the key derived from the manager's data key; another key is refused.
    const nodeId = JSON.parse(fs.readFileSync(path.join(data, 'swarm.json'), 'utf8')).raftId as number
    assert.throws(() => RaftStore.open({ dataDir: raftDir, key: randomBytes(32), nodeId }), (err: any) => err.code === 'WrongKey' && /encrypted with another key/.test(err.message))
    const raft = RaftStore.open({ dataDir: raftDir, key: new KeyFiles(certsOf(m1)).raftKey(), nodeId })
    try {
      const service = raft.list('services').find((s) => s.data.includes(name))
      assert.ok(service?.data.includes(label), 'the service is in the decrypted log')
    } finally {
      await raft.close()
    }
  })
  test('a locked manager that leaves with --force stops its tasks', async () => {
    await m1.start()
    assert.equal(await localState(m1), 'active')
    const on = await m1.cli('swarm', 'update', '--autolock=true')
    assert.equal(on.code, 0, on.stderr)
    const pids = await waitFor('the tasks of web running with pids', async () => {
      const r = await m1.api('GET', `/tasks?filters=${filters({ service: ['web'], 'desired-state': ['running'] })}`)
      const running = Array.isArray(r.body) ? (r.body as any[]).filter((t) => t.Status.State === 'running') : []
      return running.length === 2 ? running.map((t) => t.Status.ContainerStatus.PID as number) : null
    }, 30_000)
    await waitFor('the manager seals its keys', () => !nodeKeyIsClear(m1))
    await restart(m1)
    assert.equal(await localState(m1), 'locked')
    assert.ok(pids.every((p) => pidAlive(p)), 'tasks keep running while the manager is locked')
    const left = await m1.cli('swarm', 'leave', '--force')
    assert.equal(left.code, 0, left.stderr)
    await waitFor('the tasks of the locked manager stopped', () => pids.every((p) => !pidAlive(p)))
    assert.equal(await localState(m1), 'inactive')
  })
})
