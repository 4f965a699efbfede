// Runs inside the user-mode-linux kernel (see ipvs-uml.test.ts): the addon programs IPVS,
// we check with ipvsadm and with real TCP and UDP traffic to backends in namespaces, and
// write every observation as JSON to process.env.RESULT for the host-side test to judge.
import { spawnSync, type ChildProcess } from 'node:child_process'
import { udpTcpBackend } from './uml-backend'
import { recordRun } from './uml-result'
import * as net from 'node:net'
import * as dgram from 'node:dgram'
import native = require('../../src/native')
import type { VirtualServiceJs } from '../../native/index'

const DIR = '/run/shoal-uml/netns'
const VIP = '10.97.0.10'
const out: Record<string, unknown> = {}

const ipvsadm = (): string => spawnSync('ipvsadm', ['-Ln'], { encoding: 'utf8' }).stdout


function tcpAsk(): Promise<string> {
  return new Promise((resolve) => {
    let got = ''
    const s = net.connect({ host: VIP, port: 80, timeout: 3000 })
    s.on('data', (d) => (got += d))
    s.on('end', () => resolve(got))
    s.on('timeout', () => { s.destroy(); resolve('timeout') })
    s.on('error', (e) => resolve(`error ${e.message}`))
  })
}

function udpAsk(): Promise<string> {
  return new Promise((resolve) => {
    const u = dgram.createSocket('udp4')
    const timer = setTimeout(() => { u.close(); resolve('timeout') }, 3000)
    u.on('message', (m) => { clearTimeout(timer); u.close(); resolve(m.toString()) })
    u.send('who', 53, VIP)
  })
}

async function ask(n: number): Promise<{ tcp: string[]; udp: string[] }> {
  const tcp: string[] = []
  const udp: string[] = []
  for (let i = 0; i < n; i++) {
    tcp.push(await tcpAsk())
    udp.push(await udpAsk())
  }
  return { tcp, udp }
}

const services = (weights: Record<string, number>): VirtualServiceJs[] => {
  const backends = Object.entries(weights).map(([address, weight]) => ({ address, port: 8080, weight }))
  return [
    { protocol: 'tcp', address: VIP, port: 80, scheduler: 'rr', backends },
    { protocol: 'udp', address: VIP, port: 53, scheduler: 'wrr', backends },
    { fwmark: 5, scheduler: 'rr', backends: backends.slice(0, 1) },
  ]
}

async function main(): Promise<void> {
  const children: ChildProcess[] = []
  await recordRun(out, children, async () => {
    const ns: string[] = []
    for (const i of [1, 2]) {
      const p = await native.netnsCreate(DIR, `b${i}`)
      ns.push(p)
      await native.linkApply(null, [
        { op: 'veth', name: `to-b${i}`, peer: 'eth0', peerNetns: p },
        { op: 'address', name: `to-b${i}`, address: `10.97.${i}.1/24` },
        { op: 'up', name: `to-b${i}` },
      ])
      await native.linkApply(p, [
        { op: 'address', name: 'eth0', address: `10.97.${i}.2/24` },
        { op: 'up', name: 'eth0' },
        { op: 'route', destination: '0.0.0.0/0', gateway: `10.97.${i}.1` },
      ])
      children.push(await udpTcpBackend(p, `b${i}`, 8080))
    }
    // The VIP is local (on lo) so that connections to it pass IPVS's hooks.
    await native.linkApply(null, [{ op: 'up', name: 'lo' }, { op: 'address', name: 'lo', address: `${VIP}/32` }])

    const lb = native.Balancer.open(null, 'shoal', null)
    out.backend = lb.backend
    out.first = await lb.sync(services({ '10.97.1.2': 1, '10.97.2.2': 1 }))
    out.ipvsadmBoth = ipvsadm()
    out.listBoth = await lb.list()
    out.trafficBoth = await ask(8)

    out.drain = await lb.sync(services({ '10.97.1.2': 1, '10.97.2.2': 0 }))
    out.ipvsadmDrained = ipvsadm()
    out.trafficDrained = await ask(4)
    out.remove = await lb.sync(services({ '10.97.1.2': 1 }))
    out.ipvsadmRemoved = ipvsadm()
    out.again = await lb.sync(services({ '10.97.1.2': 1 }))
    try {
      await lb.sync([{ protocol: 'tcp', address: 'not-an-ip', port: 80, scheduler: 'rr', backends: [] }])
      out.invalid = 'accepted'
    } catch (e: any) {
      out.invalid = { code: e.code, message: e.message }
    }

    // Someone deletes a service behind the balancer's back: the next change to it is
    // refused by the kernel, named; the sync after it reads the kernel and restores it.
    spawnSync('ipvsadm', ['-D', '-t', `${VIP}:80`])
    try {
      await lb.update([{ ...services({ '10.97.1.2': 2 })[0] }], [])
      out.refused = 'accepted'
    } catch (e: any) {
      out.refused = { code: e.code, message: e.message }
    }
    out.afterRefused = await lb.sync(services({ '10.97.1.2': 1 }))
    out.ipvsadmAfterRefused = ipvsadm()

    // A fresh balancer (an agent restarted) reads the kernel and converges from it.
    const fresh = native.Balancer.open(null, 'shoal', 'ipvs')
    out.freshList = await fresh.list()
    out.freshSame = await fresh.sync(services({ '10.97.1.2': 1 }))

    // 1,000 services × 2 backends in one sync: one batch on one socket.
    const many: VirtualServiceJs[] = []
    for (let i = 0; i < 1000; i++) {
      many.push({ protocol: 'tcp', address: `10.98.${i >> 8}.${i & 255}`, port: 80, scheduler: 'rr',
        backends: [{ address: '10.97.1.2', port: 8080, weight: 1 }, { address: '10.97.2.2', port: 8080, weight: 1 }] })
    }
    const t0 = process.hrtime.bigint()
    out.many = await fresh.sync(many)
    out.manyMs = Number(process.hrtime.bigint() - t0) / 1e6
    out.manyLines = ipvsadm().trim().split('\n').length

    await fresh.teardown()
    out.ipvsadmAfterTeardown = ipvsadm()
    await native.netnsRemoveAll(DIR)
    out.netnsLeft = native.netnsList(DIR, '')
    out.done = true
  })
}

void main()
