// Runs inside the user-mode-linux kernel (see mesh-uml.test.ts): two hosts (network
// namespaces joined by a veth pair), each with the node's real OverlayDataPlane, a service
// of two tasks (one per host) and a client task on an internal overlay network; the kernel
// has IPVS, so each task's VIP balancer is IPVS. Every observation goes as JSON to process.env.RESULT.
// The network is internal because this kernel has no nftables for IPv4
// (CONFIG_NF_TABLES_IPV4 unset): the gateway bridge and the routing mesh program the
// node's namespace with nftables, the VIP balancers only with IPVS.
import { spawnSync, type ChildProcess } from 'node:child_process'
import { udpTcpBackend } from './uml-backend'
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


// `n` TCP connections and `n` UDP requests to VIP:7000 from namespace `ns`: who answered.
function ask(ns: string, n: number): { tcp: string[]; udp: string[] } {
  const code = `
    const net = require('net'), dgram = require('dgram')
    const tcp = () => new Promise((res) => { let got = ''; const s = net.connect({ host: '${VIP}', port: 7000, timeout: 3000 });
      s.on('data', (d) => (got += d)); s.on('end', () => res(got)); s.on('timeout', () => { s.destroy(); res('timeout') }); s.on('error', (e) => res('error ' + e.message)) })
    const udp = () => new Promise((res) => { const u = dgram.createSocket('udp4'); const t = setTimeout(() => { u.close(); res('timeout') }, 3000);
      u.on('message', (m) => { clearTimeout(t); u.close(); res(m.toString()) }); u.send('who', 7000, '${VIP}') })
    ;(async () => { const r = { tcp: [], udp: [] }; for (let i = 0; i < ${n}; i++) { r.tcp.push(await tcp()); r.udp.push(await udp()) } console.log(JSON.stringify(r)) })()`
  const r = spawnSync('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { encoding: 'utf8', timeout: 60_000 })
  return JSON.parse(r.stdout.trim() || '{"tcp":[],"udp":[]}')
}

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
    out.both = ask(client, 8)
    // From a task of the service: the other task (its own address is left out under IPVS).
    out.ipvsadmT0 = ipvsadmIn(taskNs[0])
    out.fromT0 = ask(taskNs[0], 4)
    // t1 told to stop: weight 0, new connections only to t0.
    for (const p of planes) await p.apply(stateWith([true, false]))
    out.ipvsadmDrained = ipvsadmIn(client)
    out.drained = ask(client, 4)

    for (const c of children.splice(0)) c.kill('SIGKILL')
    await planes[1].detach('c')
    for (const [i, p] of planes.entries()) {
      await p.detach(tasks[i].taskId)
      await p.leave()
    }
    out.netnsLeft = [...native.netnsList(`${DIR}/n0`, ''), ...native.netnsList(`${DIR}/n1`, '')]
    out.hostLinks = (await Promise.all(hosts.map((h) => native.linkList(h)))).map((ls) => ls.map((l) => l.name).sort())
    await native.netnsRemoveAll(`${DIR}/hosts`)
    out.done = true
  })
}

void main()
