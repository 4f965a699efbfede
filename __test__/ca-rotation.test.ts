// Root CA rotation (`swarm ca --rotate`) on real daemons: two managers and a worker with a
// running service. The rotation completes with every node on a certificate from the new
// root, the tasks never stop (same ids, same pids), old join tokens stop working and new
// ones work, the managers keep their quorum and the worker its heartbeats. Bad input is
// refused with one line and changes nothing.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, cli, freePort, pidAlive, waitFor } from './helpers/daemon'
import { cfsslAvailable, cfsslInitCA, startCfssl, stopCfssl } from './helpers/cfssl'
import type { ChildProcess } from 'node:child_process'
import { createCSR, createRootCA, parseNodeCertificate, pemCertificates, generateNodeKey, issueNodeCertificate, load, planRootRotation, trustBundle, verifyChain, withIntermediate, WORKER_ROLE } from '../src/manager/ca'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

function certFile(d: TestDaemon, name: 'swarm-node.crt' | 'swarm-root-ca.crt'): string {
  return fs.readFileSync(path.join(d.dir, 'data', 'certificates', name), 'utf8')
}

// The leaf alone: what a node's own certificate says, without the rotation's intermediate.
const leafOf = (chain: string) => chain.slice(0, chain.indexOf('-----END CERTIFICATE-----') + '-----END CERTIFICATE-----\n'.length)

async function nodeIdOf(d: TestDaemon): Promise<string> {
  return (await d.api('GET', '/info')).body.Swarm.NodeID
}

async function nodeState(m: TestDaemon, id: string): Promise<string> {
  return (await m.api('GET', `/nodes/${id}`)).body?.Status?.State
}

async function runningTasks(m: TestDaemon, service: string): Promise<Array<{ id: string; pid: number; node: string }>> {
  const r = await m.api('GET', `/tasks?filters=${filters({ service: [service], 'desired-state': ['running'] })}`)
  assert.equal(r.status, 200, r.text)
  return (r.body as any[])
    .filter((t) => t.Status.State === 'running')
    .map((t) => ({ id: t.ID, pid: t.Status.ContainerStatus.PID, node: t.NodeID }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

describe('root rotation plan (SwarmKit validateCAConfig)', () => {
  const request = { forceRotate: 0, hasExternalCA: false, clusterId: 'c1' }

  test('a new ForceRotate makes a new root cross-signed by the old key; old-root peers accept its certificates', async () => {
    const old = await createRootCA({ clusterId: 'c1' })
    const cluster = { rootCaCertPem: old.certPem, rootCaKeyPem: old.keyPem, lastForcedRotation: 0 }
    assert.equal(await planRootRotation(cluster, request), null, 'nothing asked, nothing changes')
    const plan = (await planRootRotation(cluster, { ...request, forceRotate: 1 }))!
    assert.equal(plan.lastForcedRotation, 1)
    const rotation = plan.rootRotation!
    assert.notEqual(rotation.caCertPem, old.certPem)
    const rotating = { ...cluster, rootRotation: rotation }
    assert.equal(trustBundle(rotating), old.certPem + rotation.caCertPem)
    const key = await generateNodeKey()
    const leaf = await issueNodeCertificate(await load(rotation.caCertPem!, rotation.caKeyPem!), await createCSR(key), { nodeId: 'n1', role: WORKER_ROLE, clusterId: 'c1' })
    const chain = withIntermediate(leaf, rotating)
    assert.equal(verifyChain(chain, old.certPem), true, 'through the cross-signed intermediate')
    assert.equal(verifyChain(chain, rotation.caCertPem!), true)
    assert.throws(() => verifyChain(leaf, old.certPem), /not issued by this root/)
    // The same target again keeps the rotation (and its intermediate); the current root ends it.
    const again = (await planRootRotation(rotating, { ...request, forceRotate: 1, signingCACert: rotation.caCertPem!, signingCAKey: rotation.caKeyPem! }))!
    assert.equal(again.rootRotation!.crossSignedCaCertPem, rotation.crossSignedCaCertPem)
    const back = (await planRootRotation(rotating, { ...request, forceRotate: 1, signingCACert: old.certPem, signingCAKey: old.keyPem }))!
    assert.equal(back.rootRotation, null)
  })

  test('a swarm without its root key cannot cross-sign: refused', async () => {
    const old = await createRootCA()
    await assert.rejects(planRootRotation({ rootCaCertPem: old.certPem, rootCaKeyPem: '' }, { ...request, forceRotate: 1 }), /cannot cross-sign a new root/)
  })

  test('an intermediate from another root does not make a chain', async () => {
    const a = await createRootCA({ clusterId: 'c1' })
    const b = await createRootCA({ clusterId: 'c1' })
    const plan = (await planRootRotation({ rootCaCertPem: b.certPem, rootCaKeyPem: b.keyPem }, { ...request, forceRotate: 1 }))!
    const leaf = await issueNodeCertificate(await load(plan.rootRotation!.caCertPem!, plan.rootRotation!.caKeyPem!), await createCSR(await generateNodeKey()), { nodeId: 'n1', role: WORKER_ROLE, clusterId: 'c1' })
    assert.throws(() => verifyChain(leaf + plan.rootRotation!.crossSignedCaCertPem, a.certPem), /not issued by this root/)
  })
})

describe('root CA rotation', () => {
  const m1 = new TestDaemon('shoal-rot-m1', ['--hostname', 'm1'])
  const m2 = new TestDaemon('shoal-rot-m2', ['--hostname', 'm2'])
  const w = new TestDaemon('shoal-rot-w', ['--hostname', 'w'])
  const late = new TestDaemon('shoal-rot-late', ['--hostname', 'late']) // joins after the rotation
  const all = [m1, m2, w, late]
  let addr = ''
  let oldRoot = ''
  let oldTokens = { worker: '', manager: '' }
  let tasksBefore: Array<{ id: string; pid: number; node: string }> = []
  const ids: Record<string, string> = {}
  let dir = ''

  before(async () => {
    dir = fs.mkdtempSync('/tmp/shoal-rot-files-')
    await Promise.all(all.map((d) => d.start()))
    const port = await freePort()
    addr = `127.0.0.1:${port}`
    assert.equal((await m1.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)).code, 0)
    // Heartbeats every 500 ms: a worker that lost its connection would be down in 2 s.
    assert.equal((await m1.cli('swarm', 'update', '--dispatcher-heartbeat', '500ms')).code, 0)
    oldTokens = {
      worker: (await m1.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim(),
      manager: (await m1.cli('swarm', 'join-token', '-q', 'manager')).stdout.trim(),
    }
    const port2 = await freePort()
    const r2 = await m2.cli('swarm', 'join', '--token', oldTokens.manager, '--listen-addr', `127.0.0.1:${port2}`, '--advertise-addr', `127.0.0.1:${port2}`, addr)
    assert.equal(r2.code, 0, r2.stderr)
    const rw = await w.cli('swarm', 'join', '--token', oldTokens.worker, '--listen-addr', `127.0.0.1:${await freePort()}`, addr)
    assert.equal(rw.code, 0, rw.stderr)
    for (const [k, d] of Object.entries({ m1, m2, w })) ids[k] = await nodeIdOf(d)
    for (const k of ['m2', 'w']) await waitFor(`${k} ready`, async () => (await nodeState(m1, ids[k])) === 'ready', 20_000)
    const s = await m1.cli('service', 'create', '--detach', '--name', 'steady', '--replicas', '3', '--runtime', 'process', 'sleep', '600')
    assert.equal(s.code, 0, s.stderr)
    tasksBefore = await waitFor('3 steady tasks running', async () => {
      const t = await runningTasks(m1, 'steady')
      return t.length === 3 && t.every((x) => x.pid > 0) ? t : null
    }, 30_000)
    oldRoot = (await m1.cli('swarm', 'ca')).stdout
  })
  after(async () => {
    await Promise.all([late, w, m2].map((d) => d.destroy()))
    await m1.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('swarm ca prints the root every node trusts', async () => {
    assert.match(oldRoot, /^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/)
    for (const d of [m1, m2, w]) assert.equal(certFile(d, 'swarm-root-ca.crt'), oldRoot)
    const swarm = (await m1.api('GET', '/swarm')).body
    assert.equal(swarm.TLSInfo.TrustRoot, oldRoot)
    assert.equal(swarm.RootRotationInProgress, false)
    // docker info's view of the same (ClusterInfo), without the join tokens.
    const cluster = (await m1.api('GET', '/info')).body.Swarm.Cluster
    assert.equal(cluster.TLSInfo.TrustRoot, oldRoot)
    assert.equal(cluster.RootRotationInProgress, false)
    assert.equal(cluster.JoinTokens, undefined)
  })

  test('bad input is refused with one line and changes nothing', async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text)
      return path.join(dir, name)
    }
    const a = await createRootCA()
    const b = await createRootCA()
    const expired = await createRootCA({ now: Date.now() - 3 * 24 * 3600_000, expiryDays: 1 })
    const short = await createRootCA({ expiryDays: 100 })
    const cases: Array<[string[], RegExp]> = [
      [['--rotate', '--ca-cert', write('a.pem', a.certPem)], /^Error: a new root CA certificate \(--ca-cert\) needs its key \(--ca-key\), or an external CA \(--external-ca\) that signs with it\n$/],
      [['--rotate', '--ca-cert', write('a.pem', a.certPem), '--ca-key', write('b.key', b.keyPem)], /^Error: root CA key does not match the root CA certificate\n$/],
      [['--rotate', '--ca-key', write('a.key', a.keyPem)], /^Error: a signing CA key \(--ca-key\) needs its certificate \(--ca-cert\)\n$/],
      [['--rotate', '--ca-cert', write('old.pem', expired.certPem), '--ca-key', write('old.key', expired.keyPem)], /^Error: invalid root CA certificate: not valid now \(valid .+ to .+\)\n$/],
      [['--rotate', '--ca-cert', write('short.pem', short.certPem), '--ca-key', write('short.key', short.keyPem)], /^Error: the new root CA certificate expires in less than a year\n$/],
      [['--rotate', '--ca-cert', write('junk.pem', 'not a certificate\n'), '--ca-key', write('a.key', a.keyPem)], /^Error: invalid root CA certificate: no CERTIFICATE PEM block found\n$/],
      [['--ca-cert', write('a.pem', a.certPem)], /^Error: --ca-cert requires --rotate to change the root CA/],
      [['--cert-expiry', '48h'], /^Error: --cert-expiry requires --rotate to change the root CA/],
      [['--rotate', '--external-ca', 'protocol=cfssl,url=http://127.0.0.1:9/sign'], /^Error: rotating to an external CA needs that CA's root certificate \(--ca-cert\)/],
    ]
    const before = (await m1.api('GET', '/swarm')).body
    for (const [args, message] of cases) {
      const r = await m1.cli('swarm', 'ca', ...args)
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`)
      assert.match(r.stderr, message, args.join(' '))
    }
    const now = (await m1.api('GET', '/swarm')).body
    assert.equal(now.Version.Index, before.Version.Index)
    assert.equal(now.TLSInfo.TrustRoot, oldRoot)
    assert.equal(now.RootRotationInProgress, false)
    assert.deepEqual(now.JoinTokens, before.JoinTokens)
  })

  test('swarm ca --rotate moves every node to a new root while the service keeps running', async () => {
    const r = await cli(m1.socket, ['swarm', 'ca', '--rotate'], { timeoutMs: 90_000 })
    assert.equal(r.code, 0, r.stderr)
    const newRoot = r.stdout.slice(r.stdout.indexOf('-----BEGIN CERTIFICATE-----'))
    assert.match(newRoot, /^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/)
    assert.notEqual(newRoot, oldRoot)
    assert.match(r.stdout, /^rotating root CA: \d\/3 nodes /)
    assert.match(r.stdout, /rotating root CA: 3\/3 nodes trust only the new root\n-----BEGIN/)
    assert.equal((await m1.cli('swarm', 'ca')).stdout, newRoot)
    assert.equal((await m2.cli('swarm', 'ca')).stdout, newRoot, 'the other manager agrees')
    const swarm = (await m1.api('GET', '/swarm')).body
    assert.equal(swarm.RootRotationInProgress, false)

    // Every node trusts only the new root, and its own certificate comes from it.
    for (const d of [m1, m2, w]) {
      assert.equal(certFile(d, 'swarm-root-ca.crt'), newRoot, d.name)
      const leaf = leafOf(certFile(d, 'swarm-node.crt'))
      assert.equal(verifyChain(leaf, newRoot), true)
      assert.throws(() => verifyChain(leaf, oldRoot), /not issued by this root/)
    }
    for (const n of (await m1.api('GET', '/nodes')).body) {
      assert.equal(n.Description.TLSInfo.TrustRoot, newRoot, n.Description.Hostname)
      assert.equal(n.Description.TLSInfo.CertIssuerPublicKey, swarm.TLSInfo.CertIssuerPublicKey)
    }

    // The tasks never stopped: same tasks, same processes, still alive.
    assert.deepEqual(await runningTasks(m1, 'steady'), tasksBefore)
    for (const t of tasksBefore) assert.ok(pidAlive(t.pid), `task ${t.id} still runs`)

    // The join tokens changed with the root they pin.
    const tokens = swarm.JoinTokens
    assert.notEqual(tokens.Worker, oldTokens.worker)
    assert.notEqual(tokens.Manager, oldTokens.manager)
  })

  test('after the rotation: old tokens are refused, new ones work', async () => {
    const old = await late.cli('swarm', 'join', '--token', oldTokens.worker, addr)
    assert.equal(old.code, 1)
    assert.equal(old.stderr, 'Error: remote CA does not match fingerprint in join token\n')
    const token = (await m1.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const r = await late.cli('swarm', 'join', '--token', token, '--listen-addr', `127.0.0.1:${await freePort()}`, addr)
    assert.equal(r.code, 0, r.stderr)
    ids.late = await nodeIdOf(late)
    await waitFor('late ready', async () => (await nodeState(m1, ids.late)) === 'ready', 20_000)
    assert.equal(certFile(late, 'swarm-root-ca.crt'), (await m1.cli('swarm', 'ca')).stdout)
  })

  test('after the rotation: quorum, writes through the follower, worker heartbeats', async () => {
    // A write made on the follower goes to the leader over the managers' new certificates.
    const s = await m2.cli('service', 'scale', 'steady=5', '--detach')
    assert.equal(s.code, 0, s.stderr)
    const tasks = await waitFor('5 steady tasks running', async () => {
      const t = await runningTasks(m1, 'steady')
      return t.length === 5 ? t : null
    }, 30_000)
    for (const t of tasksBefore) assert.ok(tasks.some((x) => x.id === t.id && x.pid === t.pid), `task ${t.id} kept running`)
    // More than a grace period (3 heartbeats) later, the worker is still ready.
    await new Promise((r) => setTimeout(r, 2500))
    for (const k of ['m1', 'm2', 'w', 'late']) assert.equal(await nodeState(m1, ids[k]), 'ready', k)
    // And the cluster is still one: the other manager serves the same cluster view.
    assert.equal((await m2.api('GET', '/nodes')).body.length, 4)
    const ls = await m1.cli('node', 'ls')
    assert.match(ls.stdout, /m1 .*Leader|m1\s+Ready\s+Active\s+(Leader|Reachable)/)
    assert.match(ls.stdout, /m2\s+Ready\s+Active\s+(Leader|Reachable)/)
  })

  test('swarm ca --rotate --ca-cert --ca-key --detach: to a root the operator supplies', async () => {
    const supplied = await createRootCA()
    fs.writeFileSync(path.join(dir, 'next.pem'), supplied.certPem)
    fs.writeFileSync(path.join(dir, 'next.key'), supplied.keyPem)
    const tasks = await runningTasks(m1, 'steady')
    const r = await m1.cli('swarm', 'ca', '--rotate', '--detach', '--ca-cert', path.join(dir, 'next.pem'), '--ca-key', path.join(dir, 'next.key'))
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, '')
    await waitFor('every node trusts only the supplied root', async () => {
      const swarm = (await m1.api('GET', '/swarm')).body
      if (swarm.RootRotationInProgress || swarm.TLSInfo.TrustRoot !== supplied.certPem) return false
      const nodes = (await m1.api('GET', '/nodes')).body as any[]
      return nodes.length === 4 && nodes.every((n) => n.Description.TLSInfo.TrustRoot === supplied.certPem)
    }, 60_000, 250)
    for (const d of all) {
      assert.equal(certFile(d, 'swarm-root-ca.crt'), supplied.certPem, d.name)
      assert.equal(verifyChain(leafOf(certFile(d, 'swarm-node.crt')), supplied.certPem), true)
    }
    assert.equal((await m1.cli('swarm', 'ca')).stdout, supplied.certPem)
    assert.deepEqual(await runningTasks(m1, 'steady'), tasks, 'no task was replaced')
  })

  test('swarm ca --rotate -q waits without a word, and is done when it returns', async () => {
    const before = (await m1.cli('swarm', 'ca')).stdout
    const r = await cli(m1.socket, ['swarm', 'ca', '--rotate', '-q'], { timeoutMs: 90_000 })
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, '')
    const swarm = (await m1.api('GET', '/swarm')).body
    assert.equal(swarm.RootRotationInProgress, false)
    assert.notEqual(swarm.TLSInfo.TrustRoot, before)
    for (const n of (await m1.api('GET', '/nodes')).body) assert.equal(n.Description.TLSInfo.TrustRoot, swarm.TLSInfo.TrustRoot)
  })

  test('a node that is down holds the rotation until it returns, then catches up', async () => {
    const before = (await m1.cli('swarm', 'ca')).stdout
    const tasks = await runningTasks(m1, 'steady')
    await w.kill9() // its tasks keep running without it
    const r = await m1.cli('swarm', 'ca', '--rotate', '--detach')
    assert.equal(r.code, 0, r.stderr)
    // The others move; the rotation cannot complete without w.
    await waitFor('m1, m2 and late on the new root', async () => {
      const nodes = (await m1.api('GET', '/nodes')).body as any[]
      const target = (await m1.api('GET', '/swarm')).body.TLSInfo.CertIssuerPublicKey
      return nodes.filter((n) => n.ID !== ids.w).every((n) => n.Description.TLSInfo.CertIssuerPublicKey === target)
    }, 30_000, 250)
    await new Promise((res) => setTimeout(res, 1500))
    let swarm = (await m1.api('GET', '/swarm')).body
    assert.equal(swarm.RootRotationInProgress, true, 'still waiting for w')
    assert.equal(certFile(w, 'swarm-root-ca.crt'), before)
    await w.start()
    await waitFor('the rotation completes with w back', async () => (await m1.api('GET', '/swarm')).body.RootRotationInProgress === false, 60_000, 250)
    swarm = (await m1.api('GET', '/swarm')).body
    await waitFor('w trusts only the new root', () => certFile(w, 'swarm-root-ca.crt') === swarm.TLSInfo.TrustRoot, 30_000)
    assert.equal(verifyChain(leafOf(certFile(w, 'swarm-node.crt')), swarm.TLSInfo.TrustRoot), true)
    await waitFor('w ready', async () => (await nodeState(m1, ids.w)) === 'ready', 20_000)
    // Tasks elsewhere never stopped (w's were replaced while it was down, as swarm does).
    const now = await runningTasks(m1, 'steady')
    for (const t of tasks.filter((x) => x.node !== ids.w)) assert.ok(now.some((x) => x.id === t.id && x.pid === t.pid), `task ${t.id} kept running`)
  })
})

describe('root CA rotation to an external CA (cfssl)', () => {
  const m = new TestDaemon('shoal-rotx-m', ['--hostname', 'm1'])
  const w = new TestDaemon('shoal-rotx-w', ['--hostname', 'w'])
  let dir = ''
  let cfssl: ChildProcess | null = null

  before(async () => {
    assert.ok(cfsslAvailable(), 'cfssl is not installed (apt-get install golang-cfssl)')
    dir = fs.mkdtempSync('/tmp/shoal-rotx-files-')
    const gen = cfsslInitCA(dir, 'ca')
    assert.equal(gen.status, 0, gen.stderr)
    // cfssl's 30-day lifetime, against shoal's 90 days, shows who signed.
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ signing: { default: { expiry: '720h', usages: ['digital signature', 'server auth', 'client auth'] } } }))
    await Promise.all([m.start(), w.start()])
  })
  after(async () => {
    await w.destroy()
    await m.destroy()
    await stopCfssl(cfssl)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('swarm ca --rotate --ca-cert --external-ca: the swarm moves to a root whose key it never holds', async () => {
    const addr = `127.0.0.1:${await freePort()}`
    assert.equal((await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)).code, 0)
    assert.equal((await m.cli('swarm', 'update', '--dispatcher-heartbeat', '500ms')).code, 0)
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    assert.equal((await w.cli('swarm', 'join', '--token', token, '--listen-addr', `127.0.0.1:${await freePort()}`, addr)).code, 0)
    const wid = await nodeIdOf(w)
    await waitFor('w ready', async () => (await nodeState(m, wid)) === 'ready', 20_000)
    const s = await m.cli('service', 'create', '--detach', '--name', 'steady', '--replicas', '2', '--runtime', 'process', 'sleep', '600')
    assert.equal(s.code, 0, s.stderr)
    const tasks = await waitFor('2 steady tasks running', async () => {
      const t = await runningTasks(m, 'steady')
      return t.length === 2 ? t : null
    }, 60_000)
    const port = await freePort()
    cfssl = await startCfssl(dir, port)
    const caPem = pemCertificates(fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'))[0]
    const r = await cli(m.socket, ['swarm', 'ca', '--rotate', '--ca-cert', path.join(dir, 'ca.pem'), '--external-ca', `protocol=cfssl,url=http://127.0.0.1:${port}/api/v1/cfssl/sign`], { timeoutMs: 90_000 })
    assert.equal(r.code, 0, r.stderr)
    assert.ok(r.stdout.endsWith(caPem), r.stdout)
    for (const d of [m, w]) {
      const leaf = leafOf(certFile(d, 'swarm-node.crt'))
      assert.equal(verifyChain(leaf, caPem), true)
      const id = parseNodeCertificate(leaf)
      assert.equal(Math.round((id.notAfter.getTime() - id.notBefore.getTime()) / 3600_000), 720, 'signed by cfssl')
      assert.equal(certFile(d, 'swarm-root-ca.crt'), caPem)
    }
    assert.deepEqual(await runningTasks(m, 'steady'), tasks)
    // Without the root key there is nothing to cross-sign a next root with.
    const before = (await m.api('GET', '/swarm')).body
    const again = await m.cli('swarm', 'ca', '--rotate')
    assert.equal(again.code, 1)
    assert.match(again.stderr, /^Error: this swarm does not hold its current root CA key, so it cannot cross-sign a new root/)
    assert.equal((await m.api('GET', '/swarm')).body.Version.Index, before.Version.Index)
  })
})
