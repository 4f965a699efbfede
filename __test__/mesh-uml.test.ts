// The node's real overlay data plane with the IPVS backend, inside Debian's user-mode-linux
// kernel (the host kernel has no IPVS; helpers/mesh-uml-driver.ts runs in there): two
// hosts, a service of two tasks (one per host) and a client task on an overlay network;
// from the client, the VIP is balanced by IPVS in its namespace over both tasks (one across
// VXLAN), for TCP and UDP; a task of the service reaches the other one (IPVS cannot hand a
// connection to its client's own address: ip_vs_nat_xmit keeps the packet's route out of
// the namespace, so a task's own address is left out of its balancer); a task told to stop
// drains (weight 0, no new connections). Then the routing mesh (helpers/mesh-uml-ingress.ts):
// this kernel has no nftables for IPv4 (CONFIG_NF_TABLES_IPV4 unset), so the node rules
// (published ports, the gateway bridge) are written with iptables, while the mesh balances
// with IPVS: a published port answers on both hosts over the tasks of both, a host-mode
// port only on its task's host, a held connection survives both data planes restarting,
// and service rm, network rm and leave take everything away (mesh-ingress.test.ts runs
// the same with nftables on the host kernel). One UML boot, bounded by `timeout`.
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
    // iptables' nat table and the matches the node rules use are modules here too.
    run = runInUml(`${process.execPath} ${driver}`, ['ip_vs', 'ip_vs_rr', 'veth', 'vxlan', 'bridge', 'iptable_nat', 'xt_nat', 'xt_MASQUERADE', 'xt_addrtype', 'xt_tcpudp'], 360, '640M')
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

  const TASKS = ['10.0.0.5', '10.0.0.6']
  const natRules = (saved: string): string[] => saved.split('\n').filter((l) => l.startsWith('-A '))

  test('without nftables for IPv4 the node rules are iptables chains of their own, jumped to once per hook', () => {
    assert.deepEqual(r.nodeRules, ['iptables', 'iptables'])
    const rules = natRules(r.meshNat)
    for (const hook of ['PREROUTING', 'OUTPUT', 'POSTROUTING']) {
      assert.equal(rules.filter((l) => l === `-A ${hook} -j SHOAL-MESH-${hook}`).length, 1, r.meshNat)
      assert.equal(rules.filter((l) => l === `-A ${hook} -j SHOAL-GATEWAY-${hook}`).length, 1, r.meshNat)
    }
    assert.ok(rules.includes('-A SHOAL-MESH-PREROUTING -p udp -m addrtype --dst-type LOCAL -m udp --dport 8080 -j DNAT --to-destination 169.254.217.2'), r.meshNat)
    assert.ok(rules.includes('-A SHOAL-GATEWAY-PREROUTING -p tcp -m addrtype --dst-type LOCAL -m tcp --dport 8090 -j DNAT --to-destination 172.18.0.3:7000'), r.meshNat)
  })

  test('a published port answers on every host (from the other host, the host itself, 127.0.0.1), balanced by IPVS over the tasks of both hosts', () => {
    assert.match(r.meshIpvsadm, /TCP {2}169\.254\.217\.2:8080 rr\n +-> 10\.0\.0\.5:7000 +Masq +1 .*\n +-> 10\.0\.0\.6:7000 +Masq +1/)
    assert.match(r.meshIpvsadm, /UDP {2}169\.254\.217\.2:8080 rr/)
    for (const [where, got] of Object.entries(r.ingress as Record<string, { tcp: string[]; udp: string[] }>)) {
      for (const [what, answers] of [['tcp', got.tcp], ['udp', got.udp]] as const) {
        assert.ok(answers.length >= 4 && answers.every((a) => TASKS.includes(a)), `${where} ${what}: ${answers}`)
        assert.ok(TASKS.every((t) => answers.includes(t)), `${where} ${what} reaches both hosts' tasks: ${answers}`)
      }
    }
  })

  test("a host-mode port answers on its task's host only", () => {
    assert.deepEqual(r.hostMode, { taskHost: ['10.0.0.7', '10.0.0.7'], otherHost: ['error ECONNREFUSED'] })
  })

  test('a connection held through the mesh keeps going while both data planes are replaced; the rules converge unchanged', () => {
    const [first, ...later] = r.held as string[]
    const task = first.split(':')[0]
    assert.ok(TASKS.includes(task), `${r.held}`)
    assert.deepEqual(r.held, [`${task}:a`, `${task}:b0`, `${task}:b1`])
    assert.equal(later.length, 2)
    assert.ok(TASKS.every((t) => r.afterRestart.includes(t)), `new connections spread: ${r.afterRestart}`)
    assert.deepEqual(natRules(r.natAfterRestart), natRules(r.meshNat))
  })

  test('service rm and network rm take the mesh and the gateway away; leave takes a mesh still up', () => {
    assert.deepEqual(natRules(r.serviceRm.nat), [])
    assert.deepEqual(r.serviceRm.links, ['eth0', 'lo'])
    assert.ok(!r.serviceRm.namespaces.includes('ingress-sbox'), r.serviceRm.namespaces.join(' '))
    assert.deepEqual(r.serviceRm.answer, ['error ECONNREFUSED'])
    assert.equal(r.serviceRm.namespaces.filter((n: string) => n.startsWith('sb-')).length, 2, 'ingress stays until the network goes')
    assert.equal(r.networkRm.namespaces.filter((n: string) => n.startsWith('sb-')).length, 1)
    assert.deepEqual(r.natLeft.map(natRules), [[], []])
  })

  test('detach and leave leave nothing', () => {
    assert.deepEqual(r.netnsLeft, [])
    assert.deepEqual(r.hostLinks, [['eth0', 'lo'], ['eth0', 'lo']])
    console.log(`# whole UML run ${run.seconds.toFixed(1)} s`)
  })
})
