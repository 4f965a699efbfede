// Secrets end to end: real daemons (a manager and a worker, a second manager joining),
// the real CLI, real task processes. What must hold: the data is stored only encrypted
// (no plaintext anywhere under a manager's data dir, Raft log included), reaches only the
// node that runs a task using it (in memory, a file per task), is never logged, and bad
// input is refused with a clear message and no change.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TestDaemon, cli, freePort, waitFor } from './helpers/daemon'
import { filesContaining } from './helpers/files'
import { SecretsKey } from '../src/manager/secrets/key'

const SECRETS_ROOT = '/dev/shm/shoal'
const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))
const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex')

async function nodeIdOf(d: TestDaemon): Promise<string> {
  return (await d.api('GET', '/info')).body.Swarm.NodeID
}

async function runningTask(m: TestDaemon, service: string): Promise<any> {
  return waitFor(`a running task of ${service}`, async () => {
    const r = await m.api('GET', `/tasks?filters=${filters({ service: [service], 'desired-state': ['running'] })}`)
    return (r.body as any[]).find((t) => t.Status.State === 'running')
  }, 30_000)
}

// Task directories in a node's in-memory secrets root.
function secretDirsOf(nodeId: string): string[] {
  const root = path.join(SECRETS_ROOT, nodeId)
  return fs.existsSync(root) ? fs.readdirSync(root) : []
}

describe('the secrets key', () => {
  test('seals so that only the same key and secret id open it; the file is private', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-sec-key-'))
    try {
      const file = path.join(dir, 'swarm-secrets.key')
      const key = new SecretsKey(file)
      assert.equal(key.raw(), null)
      assert.throws(() => key.seal('id1', Buffer.from('x')), /holds no secrets key/)
      key.generate()
      assert.equal(fs.statSync(file).mode & 0o777, 0o600)
      const plain = Buffer.from(`plain-${randomBytes(8).toString('hex')}`)
      const sealed = key.seal('id1', plain)
      assert.ok(!sealed.includes(plain))
      assert.notDeepEqual(key.seal('id1', plain), sealed, 'a fresh nonce every time')
      assert.deepEqual(new SecretsKey(file).open('id1', sealed), plain, 'the key survives a reload')
      assert.throws(() => key.open('id2', sealed), /does not open/, 'bound to its secret id')
      const tampered = Buffer.from(sealed)
      tampered[20] ^= 1
      assert.throws(() => key.open('id1', tampered), /does not open/)
      const other = new SecretsKey(path.join(dir, 'other.key'))
      other.generate()
      assert.throws(() => other.open('id1', sealed), /does not open/)
      assert.throws(() => other.set(Buffer.alloc(16)), /32 bytes, not 16/)
      key.forget()
      assert.ok(!fs.existsSync(file))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('secrets', () => {
  const m = new TestDaemon('shoal-sec-m', ['--hostname', 'm1'])
  const w = new TestDaemon('shoal-sec-w', ['--hostname', 'w1'])
  const m2 = new TestDaemon('shoal-sec-m2', ['--hostname', 'm2'])
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-sec-files-'))
  // Plaintexts nobody could find by chance, and the secret names (stored in clear).
  const forWorker = `for-w-${randomBytes(16).toString('hex')}`
  const forManager = `for-m-${randomBytes(16).toString('hex')}`
  const added = `added-${randomBytes(16).toString('hex')}`
  const ids: Record<string, string> = {}
  let addr = ''

  before(async () => {
    await Promise.all([m, w, m2].map((d) => d.start()))
    addr = `127.0.0.1:${await freePort()}`
    assert.equal((await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)).code, 0)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const j = await w.cli('swarm', 'join', '--token', token, addr)
    assert.equal(j.code, 0, j.stderr)
    ids.m = await nodeIdOf(m)
    ids.w = await nodeIdOf(w)
    await waitFor('w1 ready', async () => (await m.api('GET', `/nodes/${ids.w}`)).body?.Status?.State === 'ready')
  })
  after(async () => {
    await Promise.all([w, m2].map((d) => d.destroy()))
    await m.destroy()
    for (const id of Object.values(ids)) fs.rmSync(path.join(SECRETS_ROOT, id), { recursive: true, force: true })
    fs.rmSync(scratch, { recursive: true, force: true })
  })

  test('secret create (file and stdin), ls, inspect, rm', async () => {
    const file = path.join(scratch, 'w.txt')
    fs.writeFileSync(file, forWorker)
    const c1 = await m.cli('secret', 'create', '--label', 'env=prod', 'db-pass', file)
    assert.equal(c1.code, 0, c1.stderr)
    assert.match(c1.stdout, /^[0-9a-z]{25}\n$/)
    const c2 = await cli(m.socket, ['secret', 'create', 'mgr-pass', '-'], { input: forManager })
    assert.equal(c2.code, 0, c2.stderr)

    const ls = await m.cli('secret', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    const lines = ls.stdout.trimEnd().split('\n')
    assert.match(lines[0], /^ID\s+NAME\s+DRIVER\s+CREATED\s+UPDATED$/)
    assert.match(lines[1], new RegExp(`^${c1.stdout.trim()}\\s+db-pass\\s+\\S.* ago\\s+\\S.* ago$`))
    assert.match(lines[2], /^\S+\s+mgr-pass\s/)
    assert.equal(lines.length, 3)
    const q = await m.cli('secret', 'ls', '-q', '--filter', 'name=db-pass')
    assert.equal(q.stdout, c1.stdout)
    const byLabel = await m.cli('secret', 'ls', '--format', 'json', '--filter', 'label=env=prod')
    assert.deepEqual(byLabel.stdout.trim().split('\n').map((l) => JSON.parse(l).Name), ['db-pass'])

    const inspect = await m.cli('secret', 'inspect', 'db-pass')
    assert.equal(inspect.code, 0, inspect.stderr)
    const [obj] = JSON.parse(inspect.stdout)
    assert.equal(obj.ID, c1.stdout.trim())
    assert.deepEqual(obj.Spec, { Name: 'db-pass', Labels: { env: 'prod' } })
    const pretty = await m.cli('secret', 'inspect', '--pretty', 'db-pass')
    assert.match(pretty.stdout, /^ID:\s+\S+\nName:\s+db-pass\nLabels:\n - env=prod\nDriver:\s+\nCreated at:\s+\S+\nUpdated at:\s+\S+\n$/)
    // The data never comes back, in any form.
    for (const out of [ls.stdout, byLabel.stdout, inspect.stdout, pretty.stdout]) {
      assert.ok(!out.includes(forWorker) && !out.includes(Buffer.from(forWorker).toString('base64')))
    }

    // docker's POST /secrets/{id}/update: labels only, at the version read.
    const version = obj.Version.Index
    const labels = await m.api('POST', `/secrets/${obj.ID}/update?version=${version}`, { Name: 'db-pass', Labels: { env: 'staging' } })
    assert.equal(labels.status, 200, labels.text)
    assert.deepEqual((await m.api('GET', '/secrets/db-pass')).body.Spec.Labels, { env: 'staging' })
    const stale = await m.api('POST', `/secrets/${obj.ID}/update?version=${version}`, { Name: 'db-pass', Labels: {} })
    assert.equal(stale.status, 409)
    const now = (await m.api('GET', '/secrets/db-pass')).body.Version.Index
    const data = await m.api('POST', `/secrets/${obj.ID}/update?version=${now}`, { Name: 'db-pass', Data: Buffer.from('changed').toString('base64') })
    assert.deepEqual([data.status, data.body.message], [400, 'only updates to Labels are allowed'])
    const rename = await m.api('POST', `/secrets/${obj.ID}/update?version=${now}`, { Name: 'other' })
    assert.deepEqual([rename.status, rename.body.message], [400, 'only updates to Labels are allowed'])
    assert.equal((await m.api('GET', '/secrets/db-pass')).body.Version.Index, now)

    const tmp = await cli(m.socket, ['secret', 'create', 'tmp', '-'], { input: 'short-lived' })
    assert.equal(tmp.code, 0, tmp.stderr)
    const rm = await m.cli('secret', 'rm', 'tmp', 'no-such')
    assert.equal(rm.code, 1)
    assert.equal(rm.stdout, 'tmp\n')
    assert.equal(rm.stderr, 'Error: secret no-such not found\n')
    assert.equal((await m.cli('secret', 'inspect', 'tmp')).stderr, 'Error: secret tmp not found\n')
  })

  test('bad input is refused with a clear message and changes nothing', async () => {
    const before = (await m.cli('secret', 'ls', '-q')).stdout
    const services = (await m.cli('service', 'ls', '-q')).stdout
    const cases: [string[], string | Buffer, RegExp][] = [
      [['secret', 'create', 'db-pass', '-'], 'other', /^Error: secret db-pass already exists\n$/],
      [['secret', 'create', 'empty', '-'], '', /^Error: secret data must be larger than 0 and less than 512000 bytes \(500 KiB\); got 0 bytes\n$/],
      [['secret', 'create', 'big', '-'], Buffer.alloc(512_000, 'x'), /^Error: secret data must be larger than 0 and less than 512000 bytes \(500 KiB\); got 512000 bytes\n$/],
      [['secret', 'create', 'bad_', '-'], 'x', /^Error: invalid secret name "bad_": only 64 \[a-zA-Z0-9-_.\] characters allowed/],
    ]
    for (const [args, input, message] of cases) {
      const r = await cli(m.socket, args, { input })
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`)
      assert.match(r.stderr, message)
    }
    const notBase64 = await m.api('POST', '/secrets/create', { Name: 'b64', Data: 'not base64!' })
    assert.deepEqual([notBase64.status, notBase64.body.message], [400, 'invalid secret data: must be base64 (standard alphabet, padded)'])
    const missingFile = await m.cli('secret', 'create', 'nofile', path.join(scratch, 'missing'))
    assert.match(missingFile.stderr, /^Error: error reading content from ".*missing": no such file/)

    const unknown = await m.cli('service', 'create', '-d', '--name', 'uses-unknown', '--runtime', 'process', '--secret', 'db-pass', '--secret', 'nope', 'sleep', '60')
    assert.equal(unknown.code, 1)
    assert.equal(unknown.stderr, 'Error: secret not found: nope\n')
    const clash = await m.cli('service', 'create', '-d', '--name', 'clash', '--runtime', 'process', '--secret', 'source=db-pass,target=x', '--secret', 'source=mgr-pass,target=x', 'sleep', '60')
    assert.equal(clash.stderr, "Error: secret references 'db-pass' and 'mgr-pass' have a conflicting target: 'x'\n")
    const escape = await m.cli('service', 'create', '-d', '--name', 'escape', '--runtime', 'process', '--secret', 'source=db-pass,target=../x', 'sleep', '60')
    assert.match(escape.stderr, /^Error: invalid secret target "\.\.\/x" for secret db-pass: /)
    const badMode = await m.cli('service', 'create', '-d', '--name', 'badmode', '--secret', 'source=db-pass,mode=rw', 'sleep', '60')
    assert.match(badMode.stderr, /^Error: invalid secret "source=db-pass,mode=rw": invalid mode specified: rw/)

    assert.equal((await m.cli('secret', 'ls', '-q')).stdout, before)
    assert.equal((await m.cli('service', 'ls', '-q')).stdout, services)
  })

  test('a task gets its secret as a private in-memory file; only its node receives it', async () => {
    const r = await m.cli(
      'service', 'create', '-d', '--name', 'on-w', '--runtime', 'process', '--constraint', 'node.hostname==w1',
      '--secret', 'source=db-pass,target=app/pw,mode=0400,uid=1234,gid=4321',
      '/bin/sh', '-c', 'cd "$SHOAL_SECRETS_DIR" && echo "hash=$(sha256sum app/pw | cut -d" " -f1) stat=$(stat -c %a:%u:%g app/pw) dir=$(stat -c %a .)" && exec sleep 300',
    )
    assert.equal(r.code, 0, r.stderr)
    const onM = await m.cli('service', 'create', '-d', '--name', 'on-m', '--runtime', 'process', '--constraint', 'node.hostname==m1', '--secret', 'mgr-pass',
      '/bin/sh', '-c', 'echo "hash=$(sha256sum "$SHOAL_SECRETS_DIR/mgr-pass" | cut -d" " -f1) stat=$(stat -c %a "$SHOAL_SECRETS_DIR/mgr-pass")" && exec sleep 300')
    assert.equal(onM.code, 0, onM.stderr)
    const tw = await runningTask(m, 'on-w')
    const tm = await runningTask(m, 'on-m')
    assert.equal(tw.NodeID, ids.w)
    assert.equal(tm.NodeID, ids.m)

    // The task read the file the secret became (its hash proves the bytes; the plaintext
    // never appears in any output).
    const logs = await waitFor('on-w output', async () => {
      const l = await m.cli('service', 'logs', 'on-w')
      return l.stdout.includes('hash=') ? l.stdout : null
    })
    assert.match(logs, new RegExp(`hash=${sha256(forWorker)} stat=400:1234:4321 dir=700`))
    const logsM = await waitFor('on-m output', async () => {
      const l = await m.cli('service', 'logs', 'on-m')
      return l.stdout.includes('hash=') ? l.stdout : null
    })
    assert.match(logsM, new RegExp(`hash=${sha256(forManager)} stat=444`))

    // Each node holds the directory of its own task only, in memory (tmpfs).
    assert.deepEqual(secretDirsOf(ids.w), [tw.ID])
    assert.deepEqual(secretDirsOf(ids.m), [tm.ID])
    assert.equal(fs.readFileSync(path.join(SECRETS_ROOT, ids.w, tw.ID, 'app', 'pw'), 'utf8'), forWorker)
    assert.equal(fs.statfsSync(SECRETS_ROOT).type, 0x01021994)
    // Nothing on disk anywhere: not the worker's state dir (task db, task dirs), not the
    // manager's (Raft log and snapshots included), in neither direction.
    for (const plain of [forWorker, forManager]) {
      for (const d of [m, w]) assert.deepEqual(filesContaining(d.dir, plain), [], `plaintext on disk under ${d.dir}`)
      assert.ok(!m.log.includes(plain) && !w.log.includes(plain), 'plaintext in a daemon log')
    }
    // The Raft log is encrypted (with the manager's data key): not even the secret's name is
    // there. The scan does read its files: each segment's header is.
    const raft = path.join(m.dir, 'data', 'raft')
    assert.deepEqual(filesContaining(raft, 'mgr-pass'), [])
    assert.ok(filesContaining(raft, 'SHOALLOG').length > 0, 'the scan reads the Raft log segments')
    // service inspect shows the reference, not the data.
    const inspect = (await m.cli('service', 'inspect', 'on-w')).stdout
    assert.match(inspect, /"SecretName": "db-pass"/)
    assert.ok(!inspect.includes(forWorker))

    const inUse = await m.cli('secret', 'rm', 'db-pass')
    assert.equal(inUse.stderr, "Error: secret 'db-pass' is in use by the following service: on-w\n")
    assert.equal((await m.cli('secret', 'ls', '-q', '--filter', 'name=db-pass')).stdout.split('\n').length, 2)
  })

  test('--secret-add/--secret-rm roll the tasks; an ended task leaves no secret file', async () => {
    const c = await cli(m.socket, ['secret', 'create', 'added', '-'], { input: added })
    assert.equal(c.code, 0, c.stderr)
    const old = await runningTask(m, 'on-w')
    const u = await m.cli('service', 'update', '-d', '--secret-rm', 'db-pass', '--secret-add', 'added', 'on-w')
    assert.equal(u.code, 0, u.stderr)
    const fresh = await waitFor('a replacement task', async () => {
      const t = await runningTask(m, 'on-w')
      return t.ID !== old.ID ? t : null
    })
    const spec = (await m.api('GET', '/services/on-w')).body.Spec.TaskTemplate.ContainerSpec
    assert.deepEqual(spec.Secrets.map((s: any) => s.SecretName), ['added'])
    await waitFor('the old task dir gone, the new one there', () => {
      const dirs = secretDirsOf(ids.w)
      return dirs.length === 1 && dirs[0] === fresh.ID
    })
    assert.equal(fs.readFileSync(path.join(SECRETS_ROOT, ids.w, fresh.ID, 'added'), 'utf8'), added)
    // db-pass is no longer used: it can go now.
    assert.equal((await m.cli('secret', 'rm', 'db-pass')).code, 0)

    assert.equal((await m.cli('service', 'rm', 'on-w')).code, 0)
    await waitFor('no secret files left on w1', () => secretDirsOf(ids.w).length === 0)
    assert.deepEqual(filesContaining(w.dir, added), [])
    assert.ok(!w.log.includes(added) && !m.log.includes(added))
  })

  const keyOf = (d: TestDaemon) => path.join(d.dir, 'data', 'certificates', 'swarm-secrets.key')

  test('a joining manager receives the secrets key; workers never hold it', async () => {
    assert.equal(fs.statSync(keyOf(m)).mode & 0o777, 0o600)
    assert.equal(fs.statSync(keyOf(m)).size, 32)
    assert.ok(!fs.existsSync(keyOf(w)), 'a worker holds no secrets key')
    const token = (await m.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim()
    const port = await freePort()
    const j = await m2.cli('swarm', 'join', '--token', token, '--listen-addr', `127.0.0.1:${port}`, '--advertise-addr', `127.0.0.1:${port}`, addr)
    assert.equal(j.code, 0, j.stderr)
    assert.deepEqual(fs.readFileSync(keyOf(m2)), fs.readFileSync(keyOf(m)))
    assert.equal(fs.statSync(keyOf(m2)).mode & 0o777, 0o600)
    // Its replica of the log holds ciphertext only, like the leader's.
    ids.m2 = await nodeIdOf(m2)
    await waitFor('m2 has the secrets replicated', async () => (await m2.api('GET', '/secrets')).body.length === 2)
    for (const plain of [forWorker, forManager, added]) assert.deepEqual(filesContaining(m2.dir, plain), [])
  })

  test('a manager without its key file gets the key back from another manager at start', async () => {
    assert.ok(ids.m2, 'm2 joined as a manager (previous test)')
    await m2.stop()
    fs.rmSync(keyOf(m2))
    await m2.start()
    await waitFor('m2 has the secrets key again', () => fs.existsSync(keyOf(m2)), 30_000)
    assert.deepEqual(fs.readFileSync(keyOf(m2)), fs.readFileSync(keyOf(m)))
    assert.equal(fs.statSync(keyOf(m2)).mode & 0o777, 0o600)
    // The daemon logs it right after writing the file: its output may reach us a moment later.
    await waitFor('m2 says where it got the key', () => /received the secrets key from the manager at /.test(m2.log))
    await waitFor('m2 reachable again', async () => (await m.api('GET', `/nodes/${ids.m2}`)).body?.ManagerStatus?.Reachability === 'reachable', 30_000)
  })

  test('a demoted manager drops the secrets key', async () => {
    assert.ok(ids.m2, 'm2 joined as a manager (previous tests)')
    const d = await m.cli('node', 'demote', ids.m2)
    assert.equal(d.code, 0, d.stderr)
    await waitFor('m2 is a worker', async () => (await m2.api('GET', '/info')).body.Swarm.ControlAvailable === false, 20_000)
    await waitFor('m2 dropped the secrets key', () => !fs.existsSync(keyOf(m2)), 10_000)
  })
})
