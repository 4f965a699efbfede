// Runs inside the user-mode-linux kernel (see mesh-uml-daemons.test.ts): two hosts (network
// namespaces made with `ip netns add`, joined by a veth pair), a shoal daemon in each (a
// manager, a worker), driven by the CLI as a user drives it. The kernel has IPVS and no
// nftables for IPv4, so each daemon chooses IPVS and iptables at start. A service of two
// process tasks (one per node) publishes 8080 → 7000 in ingress mode; a service on an
// overlay publishes 8090 → 7000 in host mode from the worker. Every observation goes as
// JSON to process.env.RESULT. Daemon files and sockets live on a tmpfs inside (TMPDIR):
// unix sockets do not work on hostfs.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { TestDaemon, waitFor } from './daemon'
import { ask } from './uml-backend'
import { recordRun } from './uml-result'

process.env.TMPDIR = '/run/tmp'
mkdirSync(process.env.TMPDIR, { recursive: true })

const ADDRS = ['10.98.0.10', '10.98.0.11']
const out: Record<string, unknown> = {}
// A TCP server answering with the address a connection reached it on.
const SERVER = `require('net').createServer((c) => c.end(c.localAddress.replace(/^::ffff:/, ''))).listen(7000)`

const run = (cmd: string, args: string[]): string => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}
const inHost = (i: number, cmd: string, args: string[]): string => run('ip', ['netns', 'exec', `h${i}`, cmd, ...args])
const shoalChains = (i: number): string[] => inHost(i, 'iptables-legacy-save', ['-t', 'nat']).split('\n').filter((l) => l.startsWith(':SHOAL-'))
const links = (i: number): string[] => inHost(i, 'ip', ['-o', 'link', 'show']).split('\n').map((l) => l.split(':')[1]?.trim().split('@')[0]).filter((n): n is string => !!n).sort()
const runningTasks = async (d: TestDaemon, service: string): Promise<any[]> =>
  ((await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service], 'desired-state': ['running'] }))}`)).body as any[]).filter((t) => t.Status.State === 'running')

async function main(): Promise<void> {
  const daemons: TestDaemon[] = []
  await recordRun(out, [], async () => {
    try {
      run('ip', ['netns', 'add', 'h0'])
      run('ip', ['netns', 'add', 'h1'])
      run('ip', ['link', 'add', 'eth0', 'netns', 'h0', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', 'h1'])
      for (const i of [0, 1]) {
        inHost(i, 'ip', ['addr', 'add', `${ADDRS[i]}/24`, 'dev', 'eth0'])
        inHost(i, 'ip', ['link', 'set', 'eth0', 'up'])
        inHost(i, 'ip', ['link', 'set', 'lo', 'up'])
      }
      for (const i of [0, 1]) daemons.push(new TestDaemon(`uml${i}`, ['--hostname', `uml${i}`], { netns: `h${i}` }))
      await Promise.all(daemons.map((d) => d.start()))
      const [m, w] = daemons
      let r = await m.cli('swarm', 'init', '--advertise-addr', ADDRS[0])
      if (r.code !== 0) throw new Error(`swarm init: ${r.stderr}`)
      const token = (await m.cli('swarm', 'join-token', '-q', 'worker')).stdout.trim()
      r = await w.cli('swarm', 'join', '--token', token, `${ADDRS[0]}:2377`)
      if (r.code !== 0) throw new Error(`swarm join: ${r.stderr}`)
      await waitFor('two ready nodes', async () => ((await m.api('GET', '/nodes')).body as any[]).filter((n) => n.Status.State === 'ready').length === 2, 120_000, 500)
      out.info = (await w.cli('info')).stdout
      out.startLog = daemons.map((d) => d.log.split('\n').find((l) => l.includes('load balancer')) ?? '')

      const started = Date.now()
      r = await m.cli('service', 'create', '--detach', '--name', 'web', '--replicas', '2', '--replicas-max-per-node', '1', '-p', '8080:7000', '--runtime', 'process', process.execPath, '-e', SERVER)
      if (r.code !== 0) throw new Error(`service create web: ${r.stderr}`)
      const tasks = await waitFor('a task of web on each node', async () => {
        const ts = await runningTasks(m, 'web')
        return ts.length === 2 && new Set(ts.map((t) => t.NodeID)).size === 2 ? ts : null
      }, 180_000, 500)
      out.webRunningMs = Date.now() - started
      const ingressId = (await m.api('GET', '/networks/ingress')).body.Id
      out.taskAddrs = tasks.map((t) => t.NetworksAttachments.find((a: any) => a.Network.ID === ingressId).Addresses[0].split('/')[0]).sort()
      // The first answer on both nodes bounds when the mesh is up everywhere (polled).
      await waitFor('8080 answering on both nodes', () => [0, 1].every((i) => (out.taskAddrs as string[]).includes(ask(`/run/netns/h${1 - i}`, ADDRS[i], 8080, 1, false).tcp[0])), 60_000, 500)
      out.meshIpvsadm = run('nsenter', [`--net=${m.netnsDir}/ingress-sbox`, 'ipvsadm', '-Ln'])
      out.ingress = {
        toManager: ask('/run/netns/h1', ADDRS[0], 8080, 6, false).tcp,
        toWorker: ask('/run/netns/h0', ADDRS[1], 8080, 6, false).tcp,
        managerItself: ask('/run/netns/h0', ADDRS[0], 8080, 4, false).tcp,
      }

      // Whenever a connection went elsewhere than to a task: what the manager's mesh held.
      const answers = Object.values(out.ingress as Record<string, string[]>).flat()
      if (!answers.every((a) => (out.taskAddrs as string[]).includes(a))) {
        const sb = `--net=${m.netnsDir}/ingress-sbox`
        out.diag = {
          tasks: tasks.map((t) => `${t.NodeID} ${t.NetworksAttachments.map((a: any) => a.Addresses.join(',')).join(' ')}`),
          nodes: ((await m.api('GET', '/nodes')).body as any[]).map((n) => `${n.ID} ${n.Description.Hostname}`),
          ipvs: spawnSync('nsenter', [sb, 'ipvsadm', '-Lnc'], { encoding: 'utf8' }).stdout,
          natH0: spawnSync('ip', ['netns', 'exec', 'h0', 'iptables-legacy-save', '-c', '-t', 'nat'], { encoding: 'utf8' }).stdout,
          natSandbox: spawnSync('nsenter', [sb, 'iptables-legacy-save', '-c', '-t', 'nat'], { encoding: 'utf8' }).stdout,
          snmp: spawnSync('nsenter', [sb, 'sh', '-c', 'cat /proc/sys/net/ipv4/vs/conntrack; grep -E "Tcp:|Icmp:" /proc/net/snmp; ip addr; ip route'], { encoding: 'utf8' }).stdout,
        }
      }

      r = await m.cli('network', 'create', '-d', 'overlay', 'appnet')
      if (r.code !== 0) throw new Error(`network create: ${r.stderr}`)
      r = await m.cli('service', 'create', '--detach', '--name', 'solo', '--network', 'appnet', '--constraint', 'node.role==worker', '--publish', 'mode=host,published=8090,target=7000', '--runtime', 'process', process.execPath, '-e', SERVER)
      if (r.code !== 0) throw new Error(`service create solo: ${r.stderr}`)
      await waitFor('solo running', async () => (await runningTasks(m, 'solo')).length === 1, 120_000, 500)
      const onWorker = await waitFor('8090 answering on the worker', () => {
        const got = ask('/run/netns/h0', ADDRS[1], 8090, 1, false).tcp[0]
        return got.startsWith('172.18.') ? got : null
      }, 60_000, 500)
      out.hostMode = { worker: onWorker, manager: ask('/run/netns/h1', ADDRS[0], 8090, 1, false).tcp[0] }
      out.natWorker = inHost(1, 'iptables-legacy-save', ['-t', 'nat'])

      // service rm, network rm: every node's rules, links and the mesh sandbox go.
      r = await m.cli('service', 'rm', 'web', 'solo')
      if (r.code !== 0) throw new Error(`service rm: ${r.stderr}`)
      await waitFor('no mesh or gateway left', () => [0, 1].every((i) => shoalChains(i).length === 0 && links(i).join(' ') === 'eth0 lo'), 120_000, 500).catch(() => undefined)
      out.afterRm = { chains: [0, 1].map(shoalChains), links: [0, 1].map(links), sandbox: readdirSync(m.netnsDir).filter((n) => n === 'ingress-sbox') }
      r = await m.cli('network', 'rm', 'appnet')
      out.networkRm = r.code === 0 ? 'ok' : r.stderr
      for (const d of [w, m]) await d.cli('swarm', 'leave', '--force')
      out.afterLeave = { chains: [0, 1].map(shoalChains), links: [0, 1].map(links), namespaces: daemons.map((d) => readdirSync(d.netnsDir)) }
      out.done = true
    } finally {
      out.logs = daemons.map((d) => d.log.split('\n').slice(-30).join('\n'))
      for (const d of daemons) await d.destroy().catch(() => undefined)
    }
  })
}

void main()
