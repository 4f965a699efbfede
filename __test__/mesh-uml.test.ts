// The node's real overlay data plane with the IPVS backend, inside Debian's user-mode-linux
// kernel (the host kernel has no IPVS; helpers/mesh-uml-driver.ts runs in there): two
// hosts, a service of two tasks (one per host) and a client task on an overlay network;
// from the client, the VIP is balanced by IPVS in its namespace over both tasks (one across
// VXLAN), for TCP and UDP; a task of the service reaches the other one (IPVS cannot hand a
// connection to its client's own address: ip_vs_nat_xmit keeps the packet's route out of
// the namespace, so a task's own address is left out of its balancer); a task told to stop
// drains (weight 0, no new connections); detach and leave take
// everything away. This kernel has no nftables for IPv4 (CONFIG_NF_TABLES_IPV4 unset), so
// the network is internal (no gateway bridge) and published ports (node-namespace rules in
// nftables) are not part of this run: mesh-ingress.test.ts runs them on the host kernel.
// One UML boot, bounded by `timeout`.
import { before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import { runInUml, umlUnavailable, type UmlRun } from './helpers/uml'

const skip = umlUnavailable()
const driver = path.join(__dirname, 'helpers', 'mesh-uml-driver.js')
const count = (xs: string[], name: string): number => xs.filter((x) => x === name).length

describe('the overlay data plane with IPVS inside user-mode-linux', { skip: skip ?? false }, () => {
  let run: UmlRun
  let r: any

  before(() => {
    run = runInUml(`${process.execPath} ${driver}`, ['ip_vs', 'ip_vs_rr', 'veth', 'vxlan', 'bridge'], 240)
    assert.ok(run.result, `the driver wrote no result; its output:\n${run.output}`)
    r = JSON.parse(run.result!)
    assert.equal(r.error, undefined, `driver failed: ${r.error}\n${run.output}`)
    assert.equal(r.done, true)
  })

  test('the kernel has IPVS, so the data plane balances with it', () => {
    assert.equal(r.backend, 'ipvs')
    assert.match(r.ipvsadm, /TCP {2}10\.0\.1\.2:7000 rr/)
    assert.match(r.ipvsadm, /UDP {2}10\.0\.1\.2:7000 rr/)
    assert.match(r.ipvsadm, /-> 10\.0\.1\.5:7000 +Masq +1/)
    assert.match(r.ipvsadm, /-> 10\.0\.1\.6:7000 +Masq +1/)
  })

  test('a task of the service reaches the other one: its own address is left out under IPVS', () => {
    assert.doesNotMatch(r.ipvsadmT0, /10\.0\.1\.5/)
    assert.deepEqual(r.fromT0.tcp, ['10.0.1.6', '10.0.1.6', '10.0.1.6', '10.0.1.6'])
    assert.deepEqual(r.fromT0.udp, ['10.0.1.6', '10.0.1.6', '10.0.1.6', '10.0.1.6'])
  })

  test('the VIP reaches the tasks on both hosts, TCP and UDP', () => {
    const { tcp, udp } = r.both
    for (const [what, got] of [['tcp', tcp], ['udp', udp]] as const) {
      assert.equal(count(got, '10.0.1.5') + count(got, '10.0.1.6'), 8, `${what}: ${got}`)
      assert.ok(count(got, '10.0.1.5') >= 2 && count(got, '10.0.1.6') >= 2, `rr spreads ${what}: ${got}`)
    }
  })

  test('a task told to stop drains: weight 0, no new connections', () => {
    assert.match(r.ipvsadmDrained, /-> 10\.0\.1\.6:7000 +Masq +0/)
    assert.deepEqual(r.drained.tcp, ['10.0.1.5', '10.0.1.5', '10.0.1.5', '10.0.1.5'])
    assert.deepEqual(r.drained.udp, ['10.0.1.5', '10.0.1.5', '10.0.1.5', '10.0.1.5'])
  })

  test('detach and leave leave nothing', () => {
    assert.deepEqual(r.netnsLeft, [])
    assert.deepEqual(r.hostLinks, [['eth0', 'lo'], ['eth0', 'lo']])
    console.log(`# whole UML run ${run.seconds.toFixed(1)} s`)
  })
})
