// Runs inside the user-mode-linux kernel (see mesh-uml.test.ts): two hosts (network
// namespaces joined by a veth pair), each with the node's real OverlayDataPlane, a service
// of two tasks (one per host) and a client task on an internal overlay network; the kernel
// has IPVS, so each task's VIP balancer is IPVS. Every observation goes as JSON to process.env.RESULT.
// Then the routing mesh and the gateway bridge, whose node rules this kernel takes only
// as iptables (no nftables for IPv4: CONFIG_NF_TABLES_IPV4 unset): mesh-uml-ingress.ts.
import { spawnSync, type ChildProcess } from 'node:child_process'
import { ask, udpTcpBackend } from './uml-backend'
import { publishedPorts } from './mesh-uml-ingress'
import { recordRun } from './uml-result'
import native = require('../../src/native')
import { OverlayDataPlane } from '../../src/agent/network/overlay'
import type { LoadBalancerState, NetworkConfig } from '../../src/agent/network/types'

const DIR = '/run/shoal-uml'
const VIP = '10.0.1.2'
const out: Record<string, unknown> = {}

const net: NetworkConfig = { id: 'appnet', name: 'appnet', driver: 'overlay', vni: 4100, subnet: '10.0.1.0/24', gateway: '10.0.1.1', ingress: false, internal: true, nodeAddress: '' }
const tasks = [
  { taskId: 't0', nodeId: 'n0', nodeAddr: '10.98.0.10', address: '10.0.1.5' },
  { taskId: 't1', nodeId: 'n1', nodeAddr: '10.98.0.11', address: '10.0.1.6' },
]
const stateWith = (active: boolean[]): LoadBalancerState => ({
  networks: [
    {
      network: net,
      services: [
        {
          serviceId: 's',
          serviceName: 'web',
          aliases: [],
          endpointMode: 'vip',
          vip: VIP,
          ports: [
            { protocol: 'tcp', targetPort: 7000, publishedPort: 0, publishMode: 'ingress' },
            { protocol: 'udp', targetPort: 7000, publishedPort: 0, publishMode: 'ingress' },
          ],
          tasks: tasks.map((t, i) => ({ ...t, active: active[i] })),
        },
        // The client's own service: every task on a network is some service's, and the
        // other host's FDB entries for it (its replies' way back) come from there.
        { serviceId: 'c', serviceName: 'client', aliases: [], endpointMode: 'vip', vip: '10.0.1.3', ports: [], tasks: [{ taskId: 'c', nodeId: 'n1', nodeAddr: '10.98.0.11', address: '10.0.1.7', active: true }] },
      ],
    },
  ],
})


const askVip = (ns: string, n: number) => ask(ns, VIP, 7000, n)

const ipvsadmIn = (ns: string): string => spawnSync('nsenter', [`--net=${ns}`, 'ipvsadm', '-Ln'], { encoding: 'utf8' }).stdout

async function main(): Promise<void> {
  const children: ChildProcess[] = []
  await recordRun(out, children, async () => {
    const hosts = [await native.netnsCreate(`${DIR}/hosts`, 'h0'), await native.netnsCreate(`${DIR}/hosts`, 'h1')]
    await native.linkApply(hosts[0], [{ op: 'veth', name: 'eth0', peer: 'eth0', peerNetns: hosts[1] }])
    for (const [i, h] of hosts.entries()) await native.linkApply(h, [{ op: 'address', name: 'eth0', address: `${tasks[i].nodeAddr}/24` }, { op: 'up', name: 'eth0' }])
    const planes = hosts.map((h, i) => new OverlayDataPlane({ nodeId: `n${i}`, underlayAddr: tasks[i].nodeAddr, netnsDir: `${DIR}/n${i}`, underlayNetns: h }))
    out.backend = planes[0].backend
    for (const p of planes) await p.apply(stateWith([true, true]))
    const attach = (p: OverlayDataPlane, taskId: string, address: string) =>
      p.attach({ taskId, serviceName: 'web', attachments: [{ networkId: net.id, addresses: [`${address}/24`], aliases: [] }], networks: [net] })
    const taskNs: string[] = []
    for (const [i, p] of planes.entries()) {
      const { netnsPath } = await attach(p, tasks[i].taskId, tasks[i].address)
      taskNs.push(netnsPath)
      children.push(await udpTcpBackend(netnsPath, tasks[i].address, 7000))
    }
    // A client task on host 1, on the network but not in the service.
    const client = (await attach(planes[1], 'c', '10.0.1.7')).netnsPath
    out.ipvsadm = ipvsadmIn(client)
    out.both = askVip(client, 8)
    // From a task of the service: the other task (its own address is left out under IPVS).
    out.ipvsadmT0 = ipvsadmIn(taskNs[0])
    out.fromT0 = askVip(taskNs[0], 4)
    // t1 told to stop: weight 0, new connections only to t0.
    for (const p of planes) await p.apply(stateWith([true, false]))
    out.ipvsadmDrained = ipvsadmIn(client)
    out.drained = askVip(client, 4)
    // Published ports through the routing mesh (node rules in iptables here).
    await publishedPorts({ hosts, planes, base: () => stateWith([true, false]), dir: DIR, out, children })

    for (const c of children.splice(0)) c.kill('SIGKILL')
    await planes[1].detach('c')
    for (const [i, p] of planes.entries()) {
      await p.detach(tasks[i].taskId)
      await p.leave()
    }
    out.netnsLeft = [...native.netnsList(`${DIR}/n0`, ''), ...native.netnsList(`${DIR}/n1`, '')]
    out.hostLinks = (await Promise.all(hosts.map((h) => native.linkList(h)))).map((ls) => ls.map((l) => l.name).sort())
    out.natLeft = hosts.map((h) => spawnSync('nsenter', [`--net=${h}`, 'iptables-legacy-save', '-t', 'nat'], { encoding: 'utf8' }).stdout)
    await native.netnsRemoveAll(`${DIR}/hosts`)
    out.done = true
  })
}

void main()
