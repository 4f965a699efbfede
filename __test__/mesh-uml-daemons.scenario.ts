// The routing mesh as a user runs it, inside Debian's user-mode-linux kernel (IPVS, and no
// nftables for IPv4): two hosts, a daemon on each (helpers/mesh-uml-daemons-driver.ts runs
// in there), `swarm init` / `join`, `service create -p 8080:7000 --replicas 2` (a task per
// node) and a host-mode service on an overlay. Checked: `info` and the start log say IPVS
// and iptables; the published port answers on both nodes, from the other node and the node
// itself, over the tasks of both (IPVS in the mesh sandbox); the host-mode port answers on
// its node only; `service rm`, `network rm` and `swarm leave` leave no chain, link or
// namespace. About 60-80 s in one UML boot, so not in `npm test` (its file name does not
// match *.test.js): `npm run test:uml-daemons`. mesh-uml.test.ts runs the same data plane
// without daemons in `npm test`.
import { before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import { IPTABLES_NAT_MODULES, runDriverInUml, umlUnavailable, type UmlRun } from './helpers/uml'

const skip = umlUnavailable()
const driver = path.join(__dirname, 'helpers', 'mesh-uml-daemons-driver.js')

describe('the routing mesh with daemons inside user-mode-linux', { skip: skip ?? false }, () => {
  let run: UmlRun
  let r: any

  before(() => {
    ;({ run, r } = runDriverInUml(driver, ['ip_vs', 'ip_vs_rr', 'veth', 'vxlan', 'bridge', ...IPTABLES_NAT_MODULES], 400, '1024M'))
  })

  test('each daemon chose IPVS and iptables at start, and says so', () => {
    assert.match(r.info, /Load Balancer: ipvs\n  Node Rules: iptables\n/)
    assert.deepEqual(r.startLog, ['shoal daemon: load balancer ipvs, node rules iptables', 'shoal daemon: load balancer ipvs, node rules iptables'])
  })

  test('the published port answers on both nodes over the tasks of both, balanced by IPVS', () => {
    assert.equal(r.taskAddrs.length, 2)
    for (const a of r.taskAddrs) assert.match(r.meshIpvsadm, new RegExp(`-> ${a.replace(/\./g, '\\.')}:7000 +Masq +1`))
    for (const [where, answers] of Object.entries(r.ingress as Record<string, string[]>)) {
      assert.ok(answers.every((a) => r.taskAddrs.includes(a)), `${where}: ${answers}\n${JSON.stringify(r.diag, null, 1)}`)
      assert.ok(r.taskAddrs.every((t: string) => answers.includes(t)), `${where} reaches both tasks: ${answers}`)
    }
    console.log(`# service create to both tasks running: ${r.webRunningMs} ms; whole UML run ${run.seconds.toFixed(1)} s`)
  })

  test('the host-mode port answers on its node only', () => {
    assert.match(r.hostMode.worker, /^172\.18\.0\.\d+$/)
    assert.equal(r.hostMode.manager, 'error ECONNREFUSED')
    assert.match(r.natWorker, /-A SHOAL-GATEWAY-PREROUTING .*--dport 8090 -j DNAT/)
  })

  test('service rm, network rm and swarm leave leave nothing', () => {
    assert.deepEqual(r.afterRm, { chains: [[], []], links: [['eth0', 'lo'], ['eth0', 'lo']], sandbox: [] })
    assert.equal(r.networkRm, 'ok')
    assert.deepEqual(r.afterLeave, { chains: [[], []], links: [['eth0', 'lo'], ['eth0', 'lo']], namespaces: [[], []] })
  })
})
