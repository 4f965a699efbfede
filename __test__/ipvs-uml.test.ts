// The IPVS backend live, inside Debian's user-mode-linux kernel (the host kernel has no
// IPVS): the addon's Balancer programs virtual services and real servers, checked by
// `ipvsadm -Ln` and by real TCP and UDP traffic through a VIP to backends in namespaces;
// draining (weight 0), removal, a restarted balancer reading the kernel, a 1,000-service
// batch and teardown. One UML boot (syscalls are slow there), bounded by `timeout`.
import { before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import { runDriverInUml, umlUnavailable, type UmlRun } from './helpers/uml'

const skip = umlUnavailable()
const driver = path.join(__dirname, 'helpers', 'ipvs-uml-driver.js')

const count = (xs: string[], name: string): number => xs.filter((x) => x === name).length

describe('IPVS programmed by the addon inside user-mode-linux', { skip: skip ?? false }, () => {
  let run: UmlRun
  let r: any

  before(() => {
    ;({ run, r } = runDriverInUml(driver, ['ip_vs', 'ip_vs_rr', 'ip_vs_wrr', 'veth'], 240))
  })

  test('the kernel has IPVS, so the balancer chose it', () => {
    assert.equal(r.backend, 'ipvs')
  })

  test('services and real servers as ipvsadm lists them', () => {
    assert.deepEqual(r.first, { servicesAdded: 3, servicesRemoved: 0, servicesUpdated: 0, backendsAdded: 5, backendsRemoved: 0, backendsUpdated: 0 })
    const l: string = r.ipvsadmBoth
    assert.match(l, /TCP {2}10\.97\.0\.10:80 rr/)
    assert.match(l, /UDP {2}10\.97\.0\.10:53 wrr/)
    assert.match(l, /FWM {2}5 rr/)
    assert.match(l, /-> 10\.97\.1\.2:8080 +Masq +1/)
    assert.match(l, /-> 10\.97\.2\.2:8080 +Masq +1/)
    assert.equal(r.listBoth.length, 3)
  })

  test('TCP and UDP through the VIP reach both backends', () => {
    const { tcp, udp } = r.trafficBoth
    assert.equal(count(tcp, 'b1') + count(tcp, 'b2'), 8, `${tcp}`)
    assert.equal(count(udp, 'b1') + count(udp, 'b2'), 8, `${udp}`)
    assert.ok(count(tcp, 'b1') >= 2 && count(tcp, 'b2') >= 2, `rr spreads TCP: ${tcp}`)
    assert.ok(count(udp, 'b1') >= 2 && count(udp, 'b2') >= 2, `wrr spreads UDP: ${udp}`)
  })

  test('weight 0 drains a backend and removal takes it out', () => {
    assert.equal(r.drain.backendsUpdated, 2) // b2 on the TCP and the UDP service (the fwmark one has b1 only)
    assert.match(r.ipvsadmDrained, /-> 10\.97\.2\.2:8080 +Masq +0/)
    assert.deepEqual(r.trafficDrained.tcp, ['b1', 'b1', 'b1', 'b1'])
    assert.deepEqual(r.trafficDrained.udp, ['b1', 'b1', 'b1', 'b1'])
    assert.equal(r.remove.backendsRemoved, 2)
    assert.doesNotMatch(r.ipvsadmRemoved, /10\.97\.2\.2/)
    assert.deepEqual(r.again, { servicesAdded: 0, servicesRemoved: 0, servicesUpdated: 0, backendsAdded: 0, backendsRemoved: 0, backendsUpdated: 0 })
  })

  test('bad input is refused by name', () => {
    assert.equal(r.invalid.code, 'Invalid')
    assert.match(r.invalid.message, /not-an-ip/)
  })

  test('a change the kernel refuses is named, and the next sync converges', () => {
    assert.equal(r.refused.code, 'Kernel', JSON.stringify(r.refused))
    assert.match(r.refused.message, /set real server 10\.97\.1\.2:8080 of IPVS service tcp 10\.97\.0\.10:80 weight 2/)
    assert.match(r.refused.message, /No such process/) // ESRCH: no such service
    assert.equal(r.afterRefused.servicesAdded, 1)
    assert.match(r.ipvsadmAfterRefused, /TCP {2}10\.97\.0\.10:80 rr/)
  })

  test('a restarted balancer reads the kernel and finds nothing to change', () => {
    assert.equal(r.freshList.length, 3)
    assert.deepEqual(r.freshSame, { servicesAdded: 0, servicesRemoved: 0, servicesUpdated: 0, backendsAdded: 0, backendsRemoved: 0, backendsUpdated: 0 })
  })

  test('1,000 services in one sync, then teardown leaves nothing', () => {
    assert.equal(r.many.servicesAdded, 1000)
    assert.equal(r.many.servicesRemoved, 3)
    // 3 header lines + 1,000 services × (1 + 2 real servers)
    assert.equal(r.manyLines, 3 + 3000)
    assert.equal(r.ipvsadmAfterTeardown.trim().split('\n').length, 3)
    assert.deepEqual(r.netnsLeft, [])
    console.log(`# 1,000 services × 2 backends synced in ${r.manyMs.toFixed(1)} ms inside UML; whole run ${run.seconds.toFixed(1)} s`)
  })
})
