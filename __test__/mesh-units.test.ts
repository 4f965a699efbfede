// The routing mesh's pure parts: what each balancer holds and the nftables rulesets the
// node's namespace gets, from a node's network state (no kernel involved; the live
// scenarios are mesh-ingress.test.ts and mesh-uml.test.ts).
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { gatewayRuleset } from '../src/agent/network/gateway'
import { MESH_LINK_ADDR, hostRuleset, meshServices } from '../src/agent/network/mesh'
import { vipServices } from '../src/agent/network/overlay'
import type { LoadBalancerState, NetworkState, ServiceEndpoints } from '../src/agent/network/types'

const task = (taskId: string, address: string, active = true) => ({ taskId, nodeId: `node-${taskId}`, nodeAddr: '192.0.2.1', address, active })
const service = (over: Partial<ServiceEndpoints>): ServiceEndpoints => ({ serviceId: 's', serviceName: 'web', aliases: [], endpointMode: 'vip', vip: '10.0.0.2', ports: [], tasks: [], ...over })
const network = (id: string, services: ServiceEndpoints[], ingress = false): NetworkState => ({
  network: { id, name: id, driver: 'overlay', vni: 4096, subnet: '10.0.0.0/24', gateway: '10.0.0.1', ingress, internal: false, nodeAddress: '10.0.0.9/24' },
  services,
})

describe('the routing mesh, pure parts', () => {
  const web = service({
    ports: [
      { protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' },
      { protocol: 'udp', targetPort: 53, publishedPort: 5353, publishMode: 'ingress' },
      { protocol: 'tcp', targetPort: 81, publishedPort: 9090, publishMode: 'host' },
    ],
    tasks: [task('a', '10.0.0.5'), task('b', '10.0.0.6', false), task('c', '')],
  })

  test('the mesh sandbox balances each ingress port on the link address over every task with an address, draining ones at weight 0', () => {
    assert.deepEqual(meshServices(network('ingress', [web], true)), [
      { protocol: 'tcp', address: MESH_LINK_ADDR, port: 8080, scheduler: 'rr', backends: [{ address: '10.0.0.5', port: 80, weight: 1 }, { address: '10.0.0.6', port: 80, weight: 0 }] },
      { protocol: 'udp', address: MESH_LINK_ADDR, port: 5353, scheduler: 'rr', backends: [{ address: '10.0.0.5', port: 53, weight: 1 }, { address: '10.0.0.6', port: 53, weight: 0 }] },
    ])
  })

  test("the node's table sends exactly the ingress ports to the mesh sandbox, replaced whole", () => {
    const script = hostRuleset(meshServices(network('ingress', [web], true)))
    assert.match(script, /^table ip shoal_mesh \{\}\ndelete table ip shoal_mesh\ntable ip shoal_mesh \{/)
    assert.match(script, /elements = \{ tcp \. 8080, udp \. 5353 \}/)
    assert.doesNotMatch(script, /9090/, 'a host-mode port is not the mesh\'s')
    assert.equal(script.match(/dnat ip to 169\.254\.217\.2/g)?.length, 2, 'prerouting and output')
  })

  test('host-mode ports map to their task on the gateway bridge', () => {
    const script = gatewayRuleset([
      { address: '172.18.0.2', hostPorts: [{ protocol: 'tcp', targetPort: 81, publishedPort: 9090, publishMode: 'host' }] },
      { address: '172.18.0.3', hostPorts: [] },
    ])
    assert.match(script, /elements = \{ tcp \. 9090 : 172\.18\.0\.2 \. 81 \}/)
    assert.match(script, /ip saddr 172\.18\.0\.0\/16 oifname != "shoal_gwbridge" masquerade/)
    assert.doesNotMatch(gatewayRuleset([]), /elements/, 'an empty map is declared without elements')
    // A task in the node's own namespace (no address): a published port other than its
    // target is redirected to the target; one equal to it needs nothing.
    const own = gatewayRuleset([
      { address: '', hostPorts: [{ protocol: 'tcp', targetPort: 7005, publishedPort: 8095, publishMode: 'host' }, { protocol: 'udp', targetPort: 53, publishedPort: 53, publishMode: 'host' }] },
    ])
    assert.match(own, /map redirects \{ type inet_proto \. inet_service : inet_service; elements = \{ tcp \. 8095 : 7005 \} \}/)
    assert.match(own, /map hostports \{ type inet_proto \. inet_service : ipv4_addr \. inet_service; \}/)
    assert.match(own, /redirect to meta l4proto \. th dport map @redirects/)
  })

  test("a task's VIP balancer: every task, or under IPVS all but itself while another is active", () => {
    const vipOnly = service({ ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 0, publishMode: 'ingress' }], tasks: [task('a', '10.0.0.5'), task('b', '10.0.0.6')] })
    const state: LoadBalancerState = { networks: [network('n1', [vipOnly]), network('n2', [service({ vip: '10.0.1.2', ports: vipOnly.ports })])] }
    const addrs = (xs: ReturnType<typeof vipServices>) => xs.flatMap((v) => v.backends.map((b) => `${v.address}>${b.address}/${b.weight}`))
    assert.deepEqual(addrs(vipServices(state, ['n1'])), ['10.0.0.2>10.0.0.5/1', '10.0.0.2>10.0.0.6/1'])
    assert.deepEqual(addrs(vipServices(state, ['n1'], 'a')), ['10.0.0.2>10.0.0.6/1'])
    // The other task draining: itself stays (nothing else would answer).
    const draining: LoadBalancerState = { networks: [network('n1', [{ ...vipOnly, tasks: [task('a', '10.0.0.5'), task('b', '10.0.0.6', false)] }])] }
    assert.deepEqual(addrs(vipServices(draining, ['n1'], 'a')), ['10.0.0.2>10.0.0.5/1', '10.0.0.2>10.0.0.6/0'])
    // Only the task's networks; dnsrr services have no VIP.
    assert.deepEqual(vipServices({ networks: [network('n1', [{ ...vipOnly, endpointMode: 'dnsrr', vip: '' }])] }, ['n1']), [])
    assert.deepEqual(vipServices(state, ['other']), [])
  })
})
