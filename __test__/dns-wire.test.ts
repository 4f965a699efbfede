// The embedded DNS server's messages (src/agent/network/dns-wire.ts) and the resolv.conf it
// reads and writes (resolv-conf.ts): queries as bytes in, replies as bytes
// out, decoded here with dns-packet as a client would.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as packet from 'dns-packet'
import { ServiceNames } from '../src/agent/network/names'
import { answer, frame, unframe, UDP_LIMIT, TTL, type Lookup } from '../src/agent/network/dns-wire'
import { containerResolvConf, parseResolvConf } from '../src/agent/network/resolv-conf'
import { redirectScript } from '../src/agent/network/dns-redirect'
import type { LoadBalancerState } from '../src/agent/network/types'
import { dataOf, decodeReply } from './helpers/dns'
import { net, svc, task } from './helpers/netstate'

const many = Array.from({ length: 100 }, (_, i) => task(`10.0.1.${100 + i}`))
const state: LoadBalancerState = { networks: [net('back', [svc('api', '10.0.1.2', [task('10.0.1.3'), task('10.0.1.4')]), svc('big', '', many)])] }
const names = new ServiceNames(state)
const lookup: Lookup = (name, type) => names.resolve(['back'], name, type)

const query = (name: string, type: string = 'A', extra: Partial<packet.Packet> = {}) =>
  packet.encode({ type: 'query', id: 777, flags: packet.RECURSION_DESIRED, questions: [{ type: type as 'A', class: 'IN', name }], ...extra })

function replyTo(q: Buffer, limit = Infinity) {
  const r = answer(q, lookup, limit)
  assert.equal(r.kind, 'reply')
  return decodeReply((r as { bytes: Buffer }).bytes)
}

describe('embedded DNS wire format', () => {
  test('a service name: its VIP, authoritative, id, question and RD echoed, TTL 600', () => {
    const r = replyTo(query('api'))
    assert.equal(r.type, 'response')
    assert.equal(r.id, 777)
    assert.equal(r.rcode, 'NOERROR')
    assert.ok(r.flag_aa && r.flag_rd && r.flag_ra)
    assert.deepEqual(r.questions, [{ name: 'api', type: 'A', class: 'IN' }])
    assert.deepEqual(r.answers!.map((a) => [a.name, a.type, (a as { ttl: number }).ttl, dataOf(a)]), [['api', 'A', TTL, '10.0.1.2']])
    assert.deepEqual(replyTo(query('tasks.api')).answers!.map(dataOf), ['10.0.1.3', '10.0.1.4'])
  })

  test('a known name asked for another type: an empty NOERROR answer; an unknown one is forwarded', () => {
    for (const type of ['AAAA', 'MX', 'TXT']) {
      const r = replyTo(query('api', type))
      assert.equal(r.rcode, 'NOERROR', type)
      assert.deepEqual(r.answers, [], type)
    }
    assert.deepEqual(answer(query('example.com'), lookup), { kind: 'forward' })
    assert.deepEqual(answer(query('example.com', 'MX'), lookup), { kind: 'forward' })
    assert.deepEqual(answer(packet.encode({ type: 'query', id: 1, questions: [{ type: 'A', class: 'CH', name: 'api' }] }), lookup), { kind: 'forward' }, 'not class IN')
  })

  test('PTR: a task address or VIP answers its name, authoritative, TTL 600; another address is forwarded', () => {
    const r = replyTo(query('2.1.0.10.in-addr.arpa', 'PTR'))
    assert.equal(r.rcode, 'NOERROR')
    assert.ok(r.flag_aa)
    assert.deepEqual(r.answers!.map((a) => [a.name, a.type, (a as { ttl: number }).ttl, dataOf(a)]), [['2.1.0.10.in-addr.arpa', 'PTR', TTL, 'api.back']])
    assert.deepEqual(replyTo(query('3.1.0.10.in-addr.arpa', 'PTR')).answers!.map(dataOf), ['api.n1.t-10.0.1.3.back'])
    assert.deepEqual(answer(query('9.9.0.10.in-addr.arpa', 'PTR'), lookup), { kind: 'forward' })
    // A PTR of a name that is no reverse name, and another type of a reverse name.
    assert.deepEqual(answer(query('api', 'PTR'), lookup), { kind: 'forward' })
    assert.deepEqual(answer(query('2.1.0.10.in-addr.arpa', 'A'), lookup), { kind: 'forward' })
  })

  test('what is not a plain query: dropped, FORMERR or NOTIMP, with the id echoed', () => {
    assert.deepEqual(answer(Buffer.from([1, 2, 3]), lookup), { kind: 'drop' }, 'shorter than a header')
    assert.deepEqual(answer(packet.encode({ type: 'response', id: 1, questions: [] }), lookup), { kind: 'drop' }, 'a response')
    const garbage = Buffer.concat([query('api').subarray(0, 12), Buffer.from([0xff, 0xff])])
    let r = replyTo(garbage)
    assert.deepEqual([r.id, r.rcode], [777, 'FORMERR'])
    r = replyTo(packet.encode({ type: 'query', id: 9, questions: [{ type: 'A', class: 'IN', name: 'api' }, { type: 'A', class: 'IN', name: 'tasks.api' }] }))
    assert.deepEqual([r.id, r.rcode], [9, 'FORMERR'], 'two questions')
    r = replyTo(query('api', 'A', { flags: 2 << 11 }))
    assert.deepEqual([r.id, r.rcode, r.opcode], [777, 'NOTIMP', 'STATUS'])
  })

  test('over UDP a reply is cut to 512 bytes and marked truncated; over TCP it is whole', () => {
    const udp = answer(query('tasks.big'), lookup, UDP_LIMIT) as { bytes: Buffer }
    assert.ok(udp.bytes.length <= UDP_LIMIT, `${udp.bytes.length} bytes`)
    const cut = packet.decode(udp.bytes)
    assert.ok(cut.flag_tc)
    assert.ok(cut.answers!.length >= 10 && cut.answers!.length < 100, `${cut.answers!.length} answers`)
    const whole = replyTo(query('tasks.big'))
    assert.equal(whole.flag_tc, false)
    assert.deepEqual(whole.answers!.map(dataOf), many.map((t) => t.address))
  })

  test('TCP framing: whole messages out of any split of the stream', () => {
    const a = query('api')
    const b = query('tasks.api')
    const stream = Buffer.concat([frame(a), frame(b)])
    for (let cut = 0; cut <= stream.length; cut++) {
      const first = unframe(stream.subarray(0, cut))
      const second = unframe(Buffer.concat([first.rest, stream.subarray(cut)]))
      assert.deepEqual([...first.messages, ...second.messages], [a, b], `cut at ${cut}`)
      assert.equal(second.rest.length, 0)
    }
  })

  test('the redirect of port 53: one table of its own, replaced whole, DNAT per address and transport', () => {
    assert.equal(
      redirectScript([{ address: '127.0.0.11', udpPort: 40001, tcpPort: 40002 }, { address: '10.255.255.53', udpPort: 40003, tcpPort: 40004 }]),
      [
        'table ip shoal_dns',
        'delete table ip shoal_dns',
        'table ip shoal_dns {',
        '  chain output {',
        '    type nat hook output priority -100; policy accept;',
        '    ip daddr 127.0.0.11 udp dport 53 dnat to 127.0.0.11:40001',
        '    ip daddr 127.0.0.11 tcp dport 53 dnat to 127.0.0.11:40002',
        '    ip daddr 10.255.255.53 udp dport 53 dnat to 10.255.255.53:40003',
        '    ip daddr 10.255.255.53 tcp dport 53 dnat to 10.255.255.53:40004',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
  })

  test('resolv.conf: the host\'s resolvers, search domains and options; a container\'s names the embedded server', () => {
    const host = parseResolvConf('# comment\nnameserver 10.255.255.53\nnameserver fe80::1%eth0\nnameserver bogus\nsearch corp.example lab.example ; trailing\noptions timeout:2 ndots:3\n')
    assert.deepEqual(host, { nameservers: ['10.255.255.53', 'fe80::1'], search: ['corp.example', 'lab.example'], options: ['timeout:2', 'ndots:3'] })
    assert.equal(containerResolvConf(host), 'nameserver 127.0.0.11\nsearch corp.example lab.example\noptions timeout:2 ndots:0\n')
    assert.equal(containerResolvConf(parseResolvConf('')), 'nameserver 127.0.0.11\noptions ndots:0\n')
  })
})
