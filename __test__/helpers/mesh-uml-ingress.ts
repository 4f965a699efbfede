// The routing mesh inside user-mode-linux (part of mesh-uml-driver.ts's run, after its VIP
// checks): that kernel has IPVS and no nftables for IPv4, so each node's data plane writes
// its node rules with iptables (node-rules.ts) and balances with IPVS. On the two hosts:
// the ingress network, service `pub` publishing 8080 (TCP and UDP) and 8081 (TCP, echo) in
// ingress mode over a task on each host, and service `solo` publishing 8090 in host mode
// from one task on host 0. Observed: the port answering on both hosts (from the other host,
// from the host itself, on 127.0.0.1) spread over both tasks; the host-mode port answering
// only on its task's host; a connection held through the mesh while both data planes are
// replaced by new ones (a daemon restart); then on host 0 the services removed (the mesh's
// and the gateway's rules, links and namespace go) and the ingress network removed (its
// sandbox goes). Host 1 keeps its mesh: the driver's `leave()` must take it.
import { spawnSync, type ChildProcess } from 'node:child_process'
import native = require('../../src/native')
import { OverlayDataPlane } from '../../src/agent/network/overlay'
import type { LoadBalancerState, NetworkConfig, NetworkState, PublishedPort } from '../../src/agent/network/types'
import { ask, holdConnection, udpTcpBackend } from './uml-backend'

const NODES = [
  { nodeId: 'n0', nodeAddr: '10.98.0.10', ingressAddr: '10.0.0.250' },
  { nodeId: 'n1', nodeAddr: '10.98.0.11', ingressAddr: '10.0.0.251' },
]
const ingressOf = (i: number): NetworkConfig => ({
  id: 'ingressnet',
  name: 'ingress',
  driver: 'overlay',
  vni: 4101,
  subnet: '10.0.0.0/24',
  gateway: '10.0.0.1',
  ingress: true,
  internal: false,
  nodeAddress: `${NODES[i].ingressAddr}/24`,
})
const pubTasks = [
  { taskId: 'p0', node: 0, address: '10.0.0.5' },
  { taskId: 'p1', node: 1, address: '10.0.0.6' },
]
const SOLO = { taskId: 's0', node: 0, address: '10.0.0.7' }
const soloPorts: PublishedPort[] = [{ protocol: 'tcp', targetPort: 7000, publishedPort: 8090, publishMode: 'host' }]
const endpoint = (t: { taskId: string; node: number; address: string }) => ({ taskId: t.taskId, nodeId: NODES[t.node].nodeId, nodeAddr: NODES[t.node].nodeAddr, address: t.address, active: true })

// Node i's ingress network with the services (`published` false: none left, `service rm`).
function ingressState(i: number, published: boolean): NetworkState {
  return {
    network: ingressOf(i),
    peers: NODES.map((n) => ({ nodeId: n.nodeId, address: n.ingressAddr, nodeAddr: n.nodeAddr })),
    services: published
      ? [
          {
            serviceId: 'pub',
            serviceName: 'pub',
            aliases: [],
            endpointMode: 'vip',
            vip: '10.0.0.2',
            ports: [
              { protocol: 'tcp', targetPort: 7000, publishedPort: 8080, publishMode: 'ingress' },
              { protocol: 'udp', targetPort: 7000, publishedPort: 8080, publishMode: 'ingress' },
              { protocol: 'tcp', targetPort: 7001, publishedPort: 8081, publishMode: 'ingress' },
            ],
            tasks: pubTasks.map(endpoint),
          },
          { serviceId: 'solo', serviceName: 'solo', aliases: [], endpointMode: 'vip', vip: '10.0.0.3', ports: soloPorts, tasks: [endpoint(SOLO)] },
        ]
      : [],
  }
}

const natIn = (ns: string): string => spawnSync('nsenter', [`--net=${ns}`, 'iptables-legacy-save', '-t', 'nat'], { encoding: 'utf8' }).stdout
const linkNames = async (ns: string): Promise<string[]> => (await native.linkList(ns)).map((l) => l.name).sort()

export interface MeshRun {
  hosts: string[]
  planes: OverlayDataPlane[] // replaced in place by the restart
  base: (i: number) => LoadBalancerState // node i's state without the ingress network
  dir: string
  out: Record<string, unknown>
  children: ChildProcess[]
}

export async function publishedPorts({ hosts, planes, base, dir, out, children }: MeshRun): Promise<void> {
  const full = (i: number): LoadBalancerState => ({ networks: [...base(i).networks, ingressState(i, true)] })
  out.nodeRules = planes.map((p) => p.nodeRules)
  for (const [i, p] of planes.entries()) await p.apply(full(i))
  const attach = (i: number, t: { taskId: string; address: string }, hostPorts: PublishedPort[] = []) =>
    planes[i].attach({ taskId: t.taskId, serviceName: t.taskId, attachments: [{ networkId: 'ingressnet', addresses: [`${t.address}/24`], aliases: [] }], networks: [ingressOf(i)], hostPorts })
  for (const t of pubTasks) children.push(await udpTcpBackend((await attach(t.node, t)).netnsPath, t.address, 7000))
  children.push(await udpTcpBackend((await attach(SOLO.node, SOLO, soloPorts)).netnsPath, SOLO.address, 7000))

  out.meshNat = natIn(hosts[0])
  out.meshIpvsadm = spawnSync('nsenter', [`--net=${dir}/n0/ingress-sbox`, 'ipvsadm', '-Ln'], { encoding: 'utf8' }).stdout
  const [h0, h1] = [NODES[0].nodeAddr, NODES[1].nodeAddr]
  out.ingress = {
    fromOtherToH0: ask(hosts[1], h0, 8080, 6),
    fromOtherToH1: ask(hosts[0], h1, 8080, 6),
    h0Itself: ask(hosts[0], h0, 8080, 4),
    h0Loopback: ask(hosts[0], '127.0.0.1', 8080, 4),
  }
  out.hostMode = { taskHost: ask(hosts[1], h0, 8090, 2, false).tcp, otherHost: ask(hosts[0], h1, 8090, 1, false).tcp }

  // A daemon restart, under traffic: new data planes over what the old ones left.
  const held = holdConnection(hosts[1], h0, 8081)
  const replies = [await held.send('a')]
  for (const i of [0, 1]) {
    planes[i] = new OverlayDataPlane({ nodeId: NODES[i].nodeId, underlayAddr: NODES[i].nodeAddr, netnsDir: `${dir}/n${i}`, underlayNetns: hosts[i] })
    await planes[i].apply(full(i))
    replies.push(await held.send(`b${i}`))
  }
  held.close()
  out.held = replies
  out.afterRestart = ask(hosts[1], h0, 8080, 4, false).tcp
  out.natAfterRestart = natIn(hosts[0])

  // Host 0: the services go (`service rm`): the state keeps ingress without ports, the
  // tasks end and are detached; then the network goes (`network rm`).
  await planes[0].apply({ networks: [...base(0).networks, ingressState(0, false)] })
  for (const t of [pubTasks[0], SOLO]) await planes[0].detach(t.taskId)
  out.serviceRm = {
    nat: natIn(hosts[0]),
    links: await linkNames(hosts[0]),
    namespaces: native.netnsList(`${dir}/n0`, '').sort(),
    answer: ask(hosts[1], h0, 8080, 1, false).tcp,
  }
  await planes[0].apply(base(0))
  out.networkRm = { namespaces: native.netnsList(`${dir}/n0`, '').sort() }
}
