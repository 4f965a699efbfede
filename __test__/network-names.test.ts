// The embedded DNS's name resolution (src/agent/network/names.ts): what a name means to a
// task, from a node's network state.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { ServiceNames } from '../src/agent/network/names'
import type { LoadBalancerState } from '../src/agent/network/types'
import { net, svc, task } from './helpers/netstate'

const state: LoadBalancerState = {
  networks: [
    net('back', [
      svc('api', '10.0.1.2', [{ ...task('10.0.1.3'), slot: 2 }, task('10.0.1.4'), task('10.0.1.5', false)], { aliases: ['DB'] }),
      svc('rr', '', [task('10.0.1.6'), task('10.0.1.7')]),
      svc('idle', '', []),
    ]),
    net('front', [svc('api', '10.0.2.2', [task('10.0.2.3')]), svc('web', '10.0.2.9', [task('10.0.2.10')])]),
    net('ingress', [svc('web', '10.0.0.2', [task('10.0.0.3')])], true),
  ],
}
const names = new ServiceNames(state)

describe('embedded DNS names', () => {
  test('a service name is its VIP; tasks.NAME its running tasks; an alias too; any case, trailing dot', () => {
    assert.deepEqual(names.resolve(['back'], 'api', 'A'), { kind: 'answer', addresses: ['10.0.1.2'] })
    assert.deepEqual(names.resolve(['back'], 'API.', 'A'), { kind: 'answer', addresses: ['10.0.1.2'] })
    assert.deepEqual(names.resolve(['back'], 'db', 'A'), { kind: 'answer', addresses: ['10.0.1.2'] })
    assert.deepEqual(names.resolve(['back'], 'tasks.api', 'A'), { kind: 'answer', addresses: ['10.0.1.3', '10.0.1.4'] }, 'the draining task is left out')
    assert.deepEqual(names.resolve(['back'], 'tasks.db.', 'A'), { kind: 'answer', addresses: ['10.0.1.3', '10.0.1.4'] })
  })

  test('dnsrr: the task addresses, turned round per query; a service with none answers empty', () => {
    assert.deepEqual(names.resolve(['back'], 'rr', 'A'), { kind: 'answer', addresses: ['10.0.1.6', '10.0.1.7'] })
    assert.deepEqual(names.resolve(['back'], 'rr', 'A', 1), { kind: 'answer', addresses: ['10.0.1.7', '10.0.1.6'] })
    assert.deepEqual(names.resolve(['back'], 'rr', 'A', 2), { kind: 'answer', addresses: ['10.0.1.6', '10.0.1.7'] })
    assert.deepEqual(names.resolve(['back'], 'idle', 'A'), { kind: 'nodata' })
  })

  test('only the asking task\'s networks, in its order; never through ingress; else forwarded', () => {
    assert.deepEqual(names.resolve(['front'], 'api', 'A'), { kind: 'answer', addresses: ['10.0.2.2'] })
    assert.deepEqual(names.resolve(['front', 'back'], 'api', 'A'), { kind: 'answer', addresses: ['10.0.2.2'] })
    assert.deepEqual(names.resolve(['back', 'front'], 'api', 'A'), { kind: 'answer', addresses: ['10.0.1.2'] })
    assert.deepEqual(names.resolve(['back'], 'web', 'A'), { kind: 'forward' }, 'web shares no network with the task')
    assert.deepEqual(names.resolve(['ingress'], 'web', 'A'), { kind: 'forward' }, 'no discovery on ingress')
    assert.deepEqual(names.resolve([], 'api', 'A'), { kind: 'forward' })
    assert.deepEqual(names.resolve(['back'], 'example.com', 'A'), { kind: 'forward' })
    assert.deepEqual(names.resolve(['back'], 'tasks.nosuch', 'A'), { kind: 'forward' })
  })

  test('PTR: a task address is its task\'s name on the network, a VIP its service\'s; only on the asker\'s networks', () => {
    const ptr = (networks: string[], name: string) => names.resolve(networks, name, 'PTR')
    // A replicated task by its slot; without one (a global service's) by its node, as docker.
    assert.deepEqual(ptr(['back'], '3.1.0.10.in-addr.arpa'), { kind: 'name', name: 'api.2.t-10.0.1.3.back' })
    assert.deepEqual(ptr(['back'], '4.1.0.10.IN-ADDR.ARPA.'), { kind: 'name', name: 'api.n1.t-10.0.1.4.back' })
    assert.deepEqual(ptr(['back'], '5.1.0.10.in-addr.arpa'), { kind: 'name', name: 'api.n1.t-10.0.1.5.back' }, 'a draining task still holds its address')
    assert.deepEqual(ptr(['back'], '2.1.0.10.in-addr.arpa'), { kind: 'name', name: 'api.back' })
    assert.deepEqual(ptr(['front', 'back'], '9.2.0.10.in-addr.arpa'), { kind: 'name', name: 'web.front' })
    assert.deepEqual(ptr(['back'], '9.2.0.10.in-addr.arpa'), { kind: 'forward' }, 'front is not the asker\'s')
    assert.deepEqual(ptr(['ingress'], '3.0.0.10.in-addr.arpa'), { kind: 'forward' }, 'never through ingress')
    assert.deepEqual(ptr(['back'], '99.1.0.10.in-addr.arpa'), { kind: 'forward' }, 'an address no task holds')
    for (const bad of ['1.0.10.in-addr.arpa', '256.1.0.10.in-addr.arpa', '03.1.0.10.in-addr.arpa', 'api']) assert.deepEqual(ptr(['back'], bad), { kind: 'forward' }, bad)
  })

  test('AAAA for a name known here: an empty answer, never forwarded', () => {
    assert.deepEqual(names.resolve(['back'], 'api', 'AAAA'), { kind: 'nodata' })
    assert.deepEqual(names.resolve(['back'], 'tasks.rr', 'AAAA'), { kind: 'nodata' })
    assert.deepEqual(names.resolve(['back'], 'example.com', 'AAAA'), { kind: 'forward' })
  })
})
