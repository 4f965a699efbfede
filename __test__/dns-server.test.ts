// The embedded DNS server (src/agent/network/dns-server.ts) answering real queries inside
// real network namespaces, without daemons: two task namespaces on different networks ask
// the same names and get their own networks' answers, over UDP and TCP, at 127.0.0.11 and at
// the host's resolver addresses (what a process task's glibc asks); names that are not the
// swarm's are forwarded to an upstream resolver the test runs on a loopback address of its
// own namespace; answers follow new states; a task no longer served gets no answer, its
// TCP clients are let go, and its namespace can go.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as native from '../src/native'
import { EmbeddedDns } from '../src/agent/network/dns-server'
import { HOST_RESOLV_CONF, readResolvConf } from '../src/agent/network/resolv-conf'
import type { LoadBalancerState } from '../src/agent/network/types'
import { netnsUnavailable } from './helpers/netns'
import { net, svc, task } from './helpers/netstate'
import { TestResolver, answered, lookupFrom, nsenter, queryFrom } from './helpers/dns'
import * as packet from 'dns-packet'

const skip = netnsUnavailable()

const big = Array.from({ length: 60 }, (_, i) => task(`10.0.1.${100 + i}`))
const state: LoadBalancerState = {
  networks: [
    net('back', [svc('api', '10.0.1.2', [task('10.0.1.3'), task('10.0.1.4')]), svc('rr', '', [task('10.0.1.6'), task('10.0.1.7')]), svc('big', '', big)]),
    net('front', [svc('api', '10.0.2.2', [task('10.0.2.3')]), svc('web', '10.0.2.9', [task('10.0.2.10')])]),
  ],
}

describe('the embedded DNS server in task namespaces', { skip: skip ?? false }, () => {
  const tag = randomBytes(3).toString('hex')
  const netnsDir = `/run/shoal-dns-${tag}`
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoal-dns-'))
  // The upstream: a loopback address of the test's own namespace, port 53.
  const upstreamAddr = `127.${53}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`
  const upstream = new TestResolver({ 'outside.test': '192.0.2.44' })
  const dns = new EmbeddedDns({ upstreamResolvConf: path.join(dir, 'resolv.conf') })
  let back = ''
  let front = ''
  const inBack = () => [`--net=${back}`]
  const inFront = () => [`--net=${front}`]

  before(async () => {
    writeFileSync(path.join(dir, 'resolv.conf'), `nameserver ${upstreamAddr}\n`)
    await upstream.start(upstreamAddr, null)
    back = await native.netnsCreate(netnsDir, 'task-back')
    front = await native.netnsCreate(netnsDir, 'task-front')
    dns.update(state)
    await dns.serve('t-back', back, ['back'])
    await dns.serve('t-front', front, ['front'])
  })

  after(async () => {
    await dns.stopAll()
    await upstream.stop()
    await native.netnsRemoveAll(netnsDir)
    rmSync(dir, { recursive: true, force: true })
  })

  test('a service name is its VIP on the asking task\'s networks; tasks.NAME and dnsrr its tasks', async () => {
    assert.deepEqual(await queryFrom(inBack(), '127.0.0.11', 'api'), { rcode: 'NOERROR', truncated: false, authoritative: true, addresses: ['10.0.1.2'] })
    assert.deepEqual(await queryFrom(inFront(), '127.0.0.11', 'api'), { rcode: 'NOERROR', truncated: false, authoritative: true, addresses: ['10.0.2.2'] })
    assert.deepEqual(answered(await queryFrom(inBack(), '127.0.0.11', 'tasks.api')).addresses.sort(), ['10.0.1.3', '10.0.1.4'])
    assert.deepEqual(answered(await queryFrom(inBack(), '127.0.0.11', 'rr', { tcp: true })).addresses.sort(), ['10.0.1.6', '10.0.1.7'], 'over TCP too')
    const v6 = await queryFrom(inBack(), '127.0.0.11', 'api', { type: 'AAAA' })
    assert.deepEqual(v6, { rcode: 'NOERROR', truncated: false, authoritative: true, addresses: [] }, 'known here, no IPv6: empty, not forwarded')
  })

  test('names of networks the task is not on, and names outside the swarm, go to the upstream', async () => {
    const before = upstream.seen.length
    assert.deepEqual(await queryFrom(inBack(), '127.0.0.11', 'web'), { rcode: 'NXDOMAIN', truncated: false, authoritative: false, addresses: [] }, 'web is on front only')
    assert.deepEqual(await queryFrom(inBack(), '127.0.0.11', 'outside.test'), { rcode: 'NOERROR', truncated: false, authoritative: false, addresses: ['192.0.2.44'] })
    assert.deepEqual(await queryFrom(inBack(), '127.0.0.11', 'outside.test', { tcp: true }), { rcode: 'NOERROR', truncated: false, authoritative: false, addresses: ['192.0.2.44'] })
    assert.deepEqual(upstream.seen.slice(before), ['web', 'outside.test', 'outside.test'])
  })

  test('a long answer is cut over UDP and whole over TCP', async () => {
    const udp = answered(await queryFrom(inBack(), '127.0.0.11', 'tasks.big'))
    assert.ok(udp.truncated && udp.addresses.length < big.length, `${udp.addresses.length} addresses over UDP`)
    const tcp = answered(await queryFrom(inBack(), '127.0.0.11', 'tasks.big', { tcp: true }))
    assert.equal(tcp.truncated, false)
    assert.deepEqual(tcp.addresses.sort(), big.map((t) => t.address).sort())
  })

  test('a process task asks what the host\'s resolv.conf names, through getaddrinfo, and is answered in its namespace', async () => {
    const hostResolver = readResolvConf(HOST_RESOLV_CONF).nameservers.find((a) => !a.includes(':'))
    assert.ok(hostResolver, 'the host has an IPv4 resolver (or none: glibc asks 127.0.0.1)')
    assert.deepEqual(await queryFrom(inBack(), hostResolver, 'api'), { rcode: 'NOERROR', truncated: false, authoritative: true, addresses: ['10.0.1.2'] })
    assert.deepEqual(await lookupFrom(inFront(), 'web'), ['10.0.2.9'])
    assert.deepEqual(await lookupFrom(inFront(), 'outside.test'), ['192.0.2.44'])
  })

  test('port 53 stays the task\'s: it serves DNS on 0.0.0.0:53 itself while 127.0.0.11 still answers', async () => {
    const q = packet.encode({ type: 'query', id: 1, questions: [{ type: 'A', class: 'IN', name: 'api' }] }).toString('base64')
    const code = `
      const dgram = require('dgram'), net = require('net')
      const fail = (what) => (e) => { console.log(what + ' ' + e.code); process.exit(0) }
      const own = dgram.createSocket('udp4').on('error', fail('udp'))
      own.bind(53, '0.0.0.0', () => net.createServer().on('error', fail('tcp')).listen(53, '0.0.0.0', () => {
        const c = dgram.createSocket('udp4')
        c.on('message', (m) => { console.log('answered ' + m.readUInt16BE(6)); process.exit(0) })
        c.send(Buffer.from('${q}', 'base64'), 53, '127.0.0.11')
        setTimeout(() => { console.log('no answer'); process.exit(0) }, 4000)
      }))`
    assert.equal((await nsenter(inBack(), code)).trim(), 'answered 1', 'bound both, and one answer came from the embedded server')
  })

  test('without the redirect (no nftables) the server takes port 53 itself, and still answers', async () => {
    const plain = new EmbeddedDns({ upstreamResolvConf: path.join(dir, 'resolv.conf'), redirect: false })
    const ns = await native.netnsCreate(netnsDir, 'task-plain')
    try {
      plain.update(state)
      await plain.serve('t-plain', ns, ['back'])
      assert.deepEqual(await queryFrom([`--net=${ns}`], '127.0.0.11', 'api'), { rcode: 'NOERROR', truncated: false, authoritative: true, addresses: ['10.0.1.2'] })
      assert.deepEqual(answered(await queryFrom([`--net=${ns}`], '127.0.0.11', 'tasks.api', { tcp: true })).addresses.sort(), ['10.0.1.3', '10.0.1.4'])
      const bind53 = `require('dgram').createSocket('udp4').on('error', (e) => { console.log(e.code); process.exit(0) }).bind(53, '0.0.0.0', () => { console.log('bound'); process.exit(0) })`
      assert.equal((await nsenter([`--net=${ns}`], bind53)).trim(), 'EADDRINUSE', 'port 53 is the server\'s here')
    } finally {
      await plain.stopAll()
      await native.netnsDelete(netnsDir, 'task-plain')
    }
  })

  test("a task only on internal networks (--internal): swarm names answered, nothing forwarded upstream (docker's SERVFAIL)", async () => {
    const ns = await native.netnsCreate(netnsDir, 'task-internal')
    try {
      await dns.serve('t-internal', ns, ['back'], false)
      const before = upstream.seen.length
      assert.deepEqual(await queryFrom([`--net=${ns}`], '127.0.0.11', 'api'), { rcode: 'NOERROR', truncated: false, authoritative: true, addresses: ['10.0.1.2'] })
      assert.equal(answered(await queryFrom([`--net=${ns}`], '127.0.0.11', 'outside.test')).rcode, 'SERVFAIL')
      assert.equal(answered(await queryFrom([`--net=${ns}`], '127.0.0.11', 'outside.test', { tcp: true })).rcode, 'SERVFAIL')
      assert.deepEqual(upstream.seen.slice(before), [], 'the upstream was not asked')
      // Joined to a network that is not internal: forwarded again.
      await dns.serve('t-internal', ns, ['back'], true)
      assert.deepEqual(answered(await queryFrom([`--net=${ns}`], '127.0.0.11', 'outside.test')).addresses, ['192.0.2.44'])
    } finally {
      await dns.stop('t-internal')
      await native.netnsDelete(netnsDir, 'task-internal')
    }
  })

  test('answers follow each new state', async () => {
    dns.update({ networks: [net('back', [svc('api', '10.0.1.20', [task('10.0.1.3')]), svc('late', '10.0.1.30', [])])] })
    const got = async (name: string) => {
      const r = answered(await queryFrom(inBack(), '127.0.0.11', name))
      return [r.rcode, ...r.addresses]
    }
    assert.deepEqual(await got('api'), ['NOERROR', '10.0.1.20'])
    assert.deepEqual(await got('late'), ['NOERROR', '10.0.1.30'])
    assert.deepEqual(await got('rr'), ['NXDOMAIN'], 'a service gone is not the swarm\'s any more')
    dns.update(state)
  })

  test('an upstream that does not answer: SERVFAIL', async () => {
    await upstream.stop()
    const r = answered(await queryFrom(inBack(), '127.0.0.11', 'outside.test'))
    assert.deepEqual([r.rcode, r.addresses], ['SERVFAIL', []])
    await upstream.start(upstreamAddr, null)
  })

  test('a task no longer served is not answered, its open TCP connections are closed, and its namespace can go', async () => {
    // A client idling on a TCP connection (it says 'open' once connected, then how it ended).
    const idle = spawn('nsenter', [...inFront(), process.execPath, '-e', `
      const c = require('net').connect({ host: '127.0.0.11', port: 53 })
      c.on('connect', () => console.log('open'))
      c.on('close', () => { console.log('closed'); process.exit(0) })
      setTimeout(() => { console.log('still open'); process.exit(0) }, 20000)`])
    let out = ''
    const ended = new Promise<void>((resolve) => idle.on('exit', () => resolve()))
    await new Promise<void>((resolve) => idle.stdout.on('data', (d) => { out += d; if (out.includes('open')) resolve() }))
    await dns.stop('t-front')
    await ended
    assert.equal(out, 'open\nclosed\n')
    assert.deepEqual(dns.tasks(), ['t-back'])
    assert.equal(await queryFrom(inFront(), '127.0.0.11', 'api'), 'timeout')
    await dns.stop('t-front') // twice is harmless
    await native.netnsDelete(netnsDir, 'task-front')
    assert.deepEqual(native.netnsList(netnsDir, ''), ['task-back'])
  })
})
