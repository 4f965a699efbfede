// The node's NAT rules (node-rules.ts): the iptables form of the routing mesh's and the
// gateway's tables, as generated (pure), and the iptables backend against the host kernel's
// real nat table in a namespace of the test's own (iptables-legacy; the kernel here has both
// interfaces, so the fallback is forced). The whole fallback with IPVS runs in
// mesh-uml.test.ts, inside user-mode-linux, where the kernel chooses it.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as native from '../src/native'
import { gatewayRules } from '../src/agent/network/gateway'
import { MESH_LINK_ADDR, hostRules, meshRules } from '../src/agent/network/mesh'
import { iptablesDropScript, iptablesScript, openNodeRules, savedTable } from '../src/agent/network/node-rules'
import type { PublishedPort } from '../src/agent/network/types'
import type { VirtualServiceJs } from '../native/index'

// Two published ingress ports as the mesh sandbox's balancer holds them (meshServices,
// tested in mesh-units.test.ts, makes these from a network state).
const published: VirtualServiceJs[] = [
  { protocol: 'tcp', address: MESH_LINK_ADDR, port: 8080, scheduler: 'rr', backends: [] },
  { protocol: 'udp', address: MESH_LINK_ADDR, port: 5353, scheduler: 'rr', backends: [] },
]
const hostPort: PublishedPort = { protocol: 'tcp', targetPort: 81, publishedPort: 9090, publishMode: 'host' }

describe('node rules in iptables form (pure)', () => {
  test("the node's mesh table: a DNAT per ingress port on a local address, in prerouting and output; its own connections into the link masqueraded", () => {
    const set = hostRules(published)
    const dnat = [
      `-m addrtype --dst-type LOCAL -p tcp --dport 8080 -j DNAT --to-destination ${MESH_LINK_ADDR}`,
      `-m addrtype --dst-type LOCAL -p udp --dport 5353 -j DNAT --to-destination ${MESH_LINK_ADDR}`,
    ]
    assert.deepEqual(set.iptables, { PREROUTING: dnat, OUTPUT: dnat, POSTROUTING: ['-o shoal-ingress -m addrtype --src-type LOCAL -j MASQUERADE'] })
    assert.equal(set.name, 'shoal_mesh')
    assert.deepEqual(meshRules().iptables, { POSTROUTING: ['-o eth0 -j MASQUERADE'] })
  })

  test('the gateway table: host-mode ports to their task, what tasks send beyond the bridge masqueraded', () => {
    const set = gatewayRules([
      { address: '172.18.0.2', hostPorts: [hostPort] },
      { address: '172.18.0.3', hostPorts: [] },
    ])
    const dnat = ['-m addrtype --dst-type LOCAL -p tcp --dport 9090 -j DNAT --to-destination 172.18.0.2:81']
    assert.deepEqual(set.iptables, { PREROUTING: dnat, OUTPUT: dnat, POSTROUTING: ['-s 172.18.0.0/16 ! -o shoal_gwbridge -j MASQUERADE'] })
    assert.deepEqual(gatewayRules([]).iptables.PREROUTING, [])
  })

  test('a change checks the jumps in its transaction; a first one inserts those missing', () => {
    const set = gatewayRules([{ address: '172.18.0.2', hostPorts: [hostPort] }])
    const chains = [':SHOAL-GATEWAY-PREROUTING - [0:0]', ':SHOAL-GATEWAY-OUTPUT - [0:0]', ':SHOAL-GATEWAY-POSTROUTING - [0:0]']
    const rules = [
      '-A SHOAL-GATEWAY-PREROUTING -m addrtype --dst-type LOCAL -p tcp --dport 9090 -j DNAT --to-destination 172.18.0.2:81',
      '-A SHOAL-GATEWAY-OUTPUT -m addrtype --dst-type LOCAL -p tcp --dport 9090 -j DNAT --to-destination 172.18.0.2:81',
      '-A SHOAL-GATEWAY-POSTROUTING -s 172.18.0.0/16 ! -o shoal_gwbridge -j MASQUERADE',
    ]
    assert.equal(
      iptablesScript(set, null),
      ['*nat', ...chains, '-C PREROUTING -j SHOAL-GATEWAY-PREROUTING', '-C OUTPUT -j SHOAL-GATEWAY-OUTPUT', '-C POSTROUTING -j SHOAL-GATEWAY-POSTROUTING', ...rules, 'COMMIT', ''].join('\n'),
    )
    assert.equal(iptablesScript(set, new Set(['OUTPUT'])), ['*nat', ...chains, '-I OUTPUT -j SHOAL-GATEWAY-OUTPUT', ...rules, 'COMMIT', ''].join('\n'))
    // A hook the table has no rules for gets no chain.
    assert.equal(iptablesScript(meshRules(), null), ['*nat', ':SHOAL-MESH-POSTROUTING - [0:0]', '-C POSTROUTING -j SHOAL-MESH-POSTROUTING', '-A SHOAL-MESH-POSTROUTING -o eth0 -j MASQUERADE', 'COMMIT', ''].join('\n'))
  })

  test('removal takes every jump and chain of the table, and nothing else', () => {
    const saved = [
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      ':SHOAL-MESH-PREROUTING - [0:0]',
      ':SHOAL-MESH-POSTROUTING - [0:0]',
      ':DOCKER - [0:0]',
      '-A PREROUTING -j SHOAL-MESH-PREROUTING',
      '-A PREROUTING -j SHOAL-MESH-PREROUTING',
      '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
      '-A SHOAL-MESH-PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 169.254.217.2',
      'COMMIT',
    ].join('\n')
    assert.deepEqual(savedTable(saved, 'shoal_mesh').chains, ['PREROUTING', 'POSTROUTING'])
    assert.equal(
      iptablesDropScript(saved, 'shoal_mesh'),
      ['*nat', '-D PREROUTING -j SHOAL-MESH-PREROUTING', '-D PREROUTING -j SHOAL-MESH-PREROUTING', '-F SHOAL-MESH-PREROUTING', '-X SHOAL-MESH-PREROUTING', '-F SHOAL-MESH-POSTROUTING', '-X SHOAL-MESH-POSTROUTING', 'COMMIT', ''].join('\n'),
    )
    assert.equal(iptablesDropScript(saved, 'shoal_gateway'), null)
  })
})

const skip = process.getuid?.() !== 0 ? 'needs root (namespaces)' : null

describe('the iptables backend on a real nat table', { skip: skip ?? false }, () => {
  let dir: string
  let ns: string
  const save = (): string => execFileSync('nsenter', [`--net=${ns}`, 'iptables-legacy-save', '-t', 'nat'], { encoding: 'utf8' })
  const rulesOf = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('-A ') || (l.startsWith(':') && !/^:(PREROUTING|INPUT|OUTPUT|POSTROUTING) /.test(l)))

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'shoal-node-rules-'))
    ns = await native.netnsCreate(dir, 'host')
    // Someone else's rule in the same hook: ours never touch it.
    execFileSync('nsenter', [`--net=${ns}`, 'iptables-legacy', '-t', 'nat', '-A', 'PREROUTING', '-p', 'tcp', '--dport', '1', '-j', 'DNAT', '--to-destination', '192.0.2.9'])
  })
  after(async () => {
    await native.netnsRemoveAll(dir)
    rmSync(dir, { recursive: true, force: true })
  })

  test('replace, change, repair a removed jump, restart, drop', async () => {
    const rules = openNodeRules(ns, 'iptables')
    assert.equal(rules.kind, 'iptables')
    const one = gatewayRules([{ address: '172.18.0.2', hostPorts: [hostPort] }])
    await rules.replace(ns, one)
    await rules.replace(ns, one)
    const first = rulesOf(save())
    assert.equal(first.filter((l) => l === '-A PREROUTING -j SHOAL-GATEWAY-PREROUTING').length, 1, 'one jump per hook, however many changes')
    assert.ok(first.includes('-A SHOAL-GATEWAY-OUTPUT -p tcp -m addrtype --dst-type LOCAL -m tcp --dport 9090 -j DNAT --to-destination 172.18.0.2:81'), first.join('\n'))
    assert.ok(first.includes('-A SHOAL-GATEWAY-POSTROUTING -s 172.18.0.0/16 ! -o shoal_gwbridge -j MASQUERADE'), first.join('\n'))

    // A change replaces the chains' rules whole.
    await rules.replace(ns, gatewayRules([{ address: '172.18.0.3', hostPorts: [{ ...hostPort, publishedPort: 9091 }] }]))
    const changed = rulesOf(save())
    assert.ok(!changed.some((l) => l.includes('9090')), changed.join('\n'))
    assert.equal(changed.filter((l) => l.includes('--dport 9091')).length, 2)

    // A jump someone removed comes back with the next change.
    execFileSync('nsenter', [`--net=${ns}`, 'iptables-legacy', '-t', 'nat', '-D', 'OUTPUT', '-j', 'SHOAL-GATEWAY-OUTPUT'])
    await rules.replace(ns, one)
    assert.equal(rulesOf(save()).filter((l) => l === '-A OUTPUT -j SHOAL-GATEWAY-OUTPUT').length, 1)

    // A restarted agent (a new backend, nothing in memory) converges to the same rules.
    const again = openNodeRules(ns, 'iptables')
    await again.replace(ns, one)
    assert.deepEqual(rulesOf(save()), first)

    // Two tables side by side; dropping one leaves the other and the foreign rule.
    await again.replace(ns, hostRules(published))
    await again.drop(ns, 'shoal_gateway')
    await again.drop(ns, 'shoal_gateway')
    const left = rulesOf(save())
    assert.ok(!left.some((l) => l.includes('SHOAL-GATEWAY')), left.join('\n'))
    assert.ok(left.includes('-A PREROUTING -j SHOAL-MESH-PREROUTING'), left.join('\n'))
    await again.drop(ns, 'shoal_mesh')
    assert.deepEqual(rulesOf(save()), ['-A PREROUTING -p tcp -m tcp --dport 1 -j DNAT --to-destination 192.0.2.9'])
  })

  test('the kernel decides when nothing is forced: nftables here (it has both)', () => {
    assert.equal(openNodeRules(ns).kind, 'nftables')
  })
})
