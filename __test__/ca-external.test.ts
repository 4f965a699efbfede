// An external CA: a real cfssl signer (Debian's golang-cfssl) on loopback, with a CA made
// for the test. The swarm holds no root key; managers forward every CSR (the first
// manager's own, joins, renewals) to cfssl and check what comes back.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as grpc from '@grpc/grpc-js'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'
import { cfsslAvailable, cfsslInitCA, startCfssl, stopCfssl } from './helpers/cfssl'
import { createCSR, generateNodeKey, parseNodeCertificate, verifyChain, WORKER_ROLE, MANAGER_ROLE } from '../src/manager/ca'
import { NodeCA, unary } from '../src/rpc/services'
import { channelOptions, clientCredentials } from '../src/rpc/tls'
import { v1 } from '../src/manager/store'

// cfssl's signing policy: the node certificates' usages; its lifetime (30 days) differs
// from shoal's own default (90 days), which shows who signed.
const CFSSL_CONFIG = { signing: { default: { expiry: '720h', usages: ['digital signature', 'key encipherment', 'server auth', 'client auth'] } } }
const CFSSL_LIFETIME_H = 720

const lifetimeHours = (pem: string) => {
  const id = parseNodeCertificate(pem)
  return Math.round((id.notAfter.getTime() - id.notBefore.getTime()) / 3600_000)
}

describe('external CA (cfssl)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-cfssl-'))
  const m = new TestDaemon('shoal-ext-m', ['--hostname', 'm1'])
  const w = new TestDaemon('shoal-ext-w', ['--hostname', 'w1'])
  const late = new TestDaemon('shoal-ext-late', ['--hostname', 'late'])
  let cfssl: ChildProcess | null = null
  let caPem = ''
  let signUrl = ''
  let addr = ''

  before(async () => {
    assert.ok(cfsslAvailable(), 'cfssl is not installed (apt-get install golang-cfssl)')
    // A CA for the test, made by cfssl itself.
    const gen = cfsslInitCA(dir, 'ca')
    assert.equal(gen.status, 0, gen.stderr)
    // Another CA, to name as the root by mistake: cfssl does not sign with it.
    const other = cfsslInitCA(dir, 'other')
    assert.equal(other.status, 0, other.stderr)
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(CFSSL_CONFIG))
    caPem = fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8')
    const port = await freePort()
    signUrl = `http://127.0.0.1:${port}/api/v1/cfssl/sign`
    cfssl = await startCfssl(dir, port)
    await Promise.all([m, w, late].map((d) => d.start()))
    addr = `127.0.0.1:${await freePort()}`
  })
  after(async () => {
    await Promise.all([w, late].map((d) => d.destroy()))
    await m.destroy()
    await stopCfssl(cfssl)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('init refuses an external CA without its root certificate, and bad CA flags, changing nothing', async () => {
    const cases: [string[], string][] = [
      [['--external-ca', `protocol=cfssl,url=${signUrl}`], 'Error: an external CA needs the root CA certificate it signs with (--ca-cert): the swarm does not hold that root key\n'],
      [['--external-ca', `protocol=acme,url=${signUrl}`], `Error: invalid --external-ca: unrecognized external CA protocol "acme" (only cfssl is supported) (see 'shoal swarm init --help')\n`],
      [['--external-ca', 'protocol=cfssl'], "Error: invalid --external-ca: url is required (see 'shoal swarm init --help')\n"],
      [['--external-ca', 'protocol=cfssl,url=ftp://x', '--ca-cert', path.join(dir, 'ca.pem')], 'Error: invalid external CA URL "ftp://x": expected http:// or https://\n'],
      [['--ca-cert', path.join(dir, 'ca.pem')], 'Error: a root CA certificate without its key (--ca-cert) needs an external CA to sign with (--external-ca)\n'],
      [['--external-ca', `protocol=cfssl,url=${signUrl}`, '--ca-cert', path.join(dir, 'nonexistent.pem')], `Error: invalid --ca-cert "${path.join(dir, 'nonexistent.pem')}": no such file (see 'shoal swarm init --help')\n`],
      [['--external-ca', `protocol=cfssl,url=${signUrl}`, '--ca-cert', path.join(dir, 'ca.csr')], 'Error: invalid root CA certificate: no CERTIFICATE PEM block found\n'],
    ]
    // A root that is not the signer's: what cfssl returns does not chain to it.
    const wrongRoot = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr, '--external-ca', `protocol=cfssl,url=${signUrl}`, '--ca-cert', path.join(dir, 'other.pem'))
    assert.equal(wrongRoot.code, 1)
    assert.match(wrongRoot.stderr, /^Error: the external CA's certificate does not chain to the swarm's root CA: .*\n$/)
    for (const [flags, stderr] of cases) {
      const r = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr, ...flags)
      assert.equal(r.code, 1, flags.join(' '))
      assert.equal(r.stderr, stderr, flags.join(' '))
    }
    assert.match((await m.cli('info')).stdout, /Swarm: inactive/)
  })

  test('init with cfssl: the first manager certificate comes from cfssl, no root key is kept', async () => {
    const r = await m.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr, '--external-ca', `protocol=cfssl,url=${signUrl}`, '--ca-cert', path.join(dir, 'ca.pem'))
    assert.equal(r.code, 0, r.stderr)
    const certs = path.join(m.dir, 'data', 'certificates')
    const cert = fs.readFileSync(path.join(certs, 'swarm-node.crt'), 'utf8')
    assert.equal(verifyChain(cert, caPem), true)
    assert.equal(parseNodeCertificate(cert).role, MANAGER_ROLE)
    assert.equal(lifetimeHours(cert), CFSSL_LIFETIME_H)
    assert.ok(!fs.existsSync(path.join(certs, 'swarm-root-ca.key')))
    const swarm = (await m.api('GET', '/swarm')).body
    assert.deepEqual(swarm.Spec.CAConfig.ExternalCAs, [{ Protocol: 'cfssl', URL: signUrl }])
    assert.equal(swarm.TLSInfo.TrustRoot.trim(), caPem.trim())
  })

  test('a worker joins with a certificate cfssl signed, and renews through it', async () => {
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const r = await w.cli('swarm', 'join', '--token', token, addr)
    assert.equal(r.code, 0, r.stderr)
    const certs = path.join(w.dir, 'data', 'certificates')
    const identity = { certPem: fs.readFileSync(path.join(certs, 'swarm-node.crt'), 'utf8'), keyPem: fs.readFileSync(path.join(certs, 'swarm-node.key'), 'utf8') }
    const id = parseNodeCertificate(identity.certPem)
    assert.equal(verifyChain(identity.certPem, caPem), true)
    assert.equal(id.role, WORKER_ROLE)
    assert.equal(lifetimeHours(identity.certPem), CFSSL_LIFETIME_H)
    await waitFor('w1 ready', async () => (await m.api('GET', `/nodes/${id.nodeId}`)).body?.Status?.State === 'ready')
    // Renewal (the RPC the node's renewer calls) goes through cfssl too.
    const client = new grpc.Client(addr, clientCredentials(caPem, identity), channelOptions('swarm-manager'))
    try {
      const key = await generateNodeKey()
      const res = await unary(client, NodeCA.RenewNodeCertificate, new v1.RenewNodeCertificateRequest({ csrPem: await createCSR(key) }), 10_000)
      assert.equal(verifyChain(res.certificatePem, caPem), true)
      assert.deepEqual([parseNodeCertificate(res.certificatePem).nodeId, lifetimeHours(res.certificatePem)], [id.nodeId, CFSSL_LIFETIME_H])
    } finally {
      client.close()
    }
  })

  test('with the signer down a join fails and creates nothing; swarm update --external-ca points at a new one', async () => {
    await stopCfssl(cfssl)
    cfssl = null
    const nodesBefore = (await m.api('GET', '/nodes')).body.length
    const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
    const failed = await late.cli('swarm', 'join', '--token', token, addr)
    assert.equal(failed.code, 1)
    assert.match(failed.stderr, /^Error: .*no external CA signed the certificate: http:\/\/127\.0\.0\.1:\d+\/api\/v1\/cfssl\/sign: .*\n$/)
    assert.equal((await m.api('GET', '/nodes')).body.length, nodesBefore)
    const info = await late.cli('info')
    assert.match(info.stdout, /Swarm: inactive/, info.stderr)

    // The swarm cannot be left without a signer: it holds no root key.
    const swarm = (await m.api('GET', '/swarm')).body
    const cleared = await m.api('POST', `/swarm/update?version=${swarm.Version.Index}`, { ...swarm.Spec, CAConfig: { ...swarm.Spec.CAConfig, ExternalCAs: [] } })
    assert.equal(cleared.status, 400)
    assert.match(cleared.body.message, /does not hold its root CA key: it needs at least one external CA/)

    const port = await freePort()
    const newUrl = `http://127.0.0.1:${port}/api/v1/cfssl/sign`
    cfssl = await startCfssl(dir, port)
    const u = await m.cli('swarm', 'update', '--external-ca', `protocol=cfssl,url=${newUrl}`)
    assert.equal(u.code, 0, u.stderr)
    assert.deepEqual((await m.api('GET', '/swarm')).body.Spec.CAConfig.ExternalCAs, [{ Protocol: 'cfssl', URL: newUrl }])
    const joined = await late.cli('swarm', 'join', '--token', token, addr)
    assert.equal(joined.code, 0, joined.stderr)
    assert.equal(verifyChain(fs.readFileSync(path.join(late.dir, 'data', 'certificates', 'swarm-node.crt'), 'utf8'), caPem), true)
  })
})
