// Container services at scale (issue 12): a real daemon whose agent runs containers through
// a private containerd (runc), the busybox image built by the tests, loaded locally. Times
// `service create --replicas N` to all N running, then a scale to M, and reports the peak
// resident memory of the daemon and of containerd (shims not included).
// Run: npm run build && flock /tmp/shoal-heavy.lock node dist/bench/containers.js [N M]
// (default 100 300). Docker's swarm on the same image is the anchor to compare with (see
// bench/RESULTS.md for what was measured and what was not).
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, freePort, waitFor } from '../__test__/helpers/daemon'
import { TestContainerd, buildBusyboxImage, containerSkipReason, dockerSaveArchive } from '../__test__/helpers/containerd'

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : NaN
}

function containerdPid(ctd: TestContainerd): number {
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue
    try {
      const cmd = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8')
      if (cmd.startsWith('/usr/bin/containerd\0') && cmd.includes(ctd.dir)) return Number(e)
    } catch {}
  }
  return 0
}

async function main(): Promise<void> {
  const skip = containerSkipReason()
  if (skip) throw new Error(`cannot run: ${skip}`)
  const [n, m] = process.argv.slice(2).map(Number)
  const first = n || 100
  const second = m || 300
  const ctd = await new TestContainerd('shoal-bench-ctd').start()
  const d = new TestDaemon('shoal-bench-ctr', ['--containerd-socket', ctd.socket])
  try {
    await d.start()
    const init = await d.api('POST', '/swarm/init', { ListenAddr: `127.0.0.1:${await freePort()}`, AdvertiseAddr: '127.0.0.1' })
    if (init.status !== 200) throw new Error(`init: ${init.text}`)
    const archive = dockerSaveArchive(buildBusyboxImage(), ['busybox:bench'], path.join(d.dir, 'busybox.tar'))
    const load = await d.cli('image', 'load', '-i', archive)
    if (load.code !== 0) throw new Error(`load: ${load.stderr}`)
    await waitFor('the container runtime', async () => (await d.api('GET', '/nodes')).body[0]?.Description?.Engine?.Runtimes?.includes('container'))
    const running = async (want: number) => {
      await waitFor(`${want} running`, async () => (await d.api('GET', '/services/bench')).body.ServiceStatus?.RunningTasks === want, 600_000, 100)
    }
    const spec = {
      Name: 'bench',
      TaskTemplate: { ContainerSpec: { Image: 'busybox:bench', Args: ['sleep', '3600'], StopGracePeriod: 1e9 }, RestartPolicy: { Condition: 'none' } },
      Mode: { Replicated: { Replicas: first } },
    }
    const t0 = performance.now()
    const res = await d.api('POST', '/services/create', spec)
    if (res.status !== 201) throw new Error(`create: ${res.text}`)
    await running(first)
    const firstMs = performance.now() - t0
    const svc = (await d.api('GET', '/services/bench')).body
    const t1 = performance.now()
    const upd = await d.api('POST', `/services/bench/update?version=${svc.Version.Index}`, { ...svc.Spec, Mode: { Replicated: { Replicas: second } } })
    if (upd.status !== 200) throw new Error(`scale: ${upd.text}`)
    await running(second)
    const secondMs = performance.now() - t1
    const failed = ((await d.api('GET', '/tasks')).body as any[]).filter((t) => t.Status.State === 'failed' || t.Status.State === 'rejected').length
    const daemonMb = peakRssMb(d.proc!.pid!)
    const ctdMb = peakRssMb(containerdPid(ctd))
    console.log(JSON.stringify({ first, firstS: +(firstMs / 1000).toFixed(2), second, scaleS: +(secondMs / 1000).toFixed(2), failed, daemonPeakMb: Math.round(daemonMb), containerdPeakMb: Math.round(ctdMb) }))
    await d.api('DELETE', '/services/bench')
    await waitFor('containers removed', () => ctd.containers().length === 0, 600_000, 500)
  } finally {
    await d.destroy()
    await ctd.destroy()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
