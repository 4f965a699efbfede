// Runs inside the user-mode-linux kernel for bench/netlink.ts: IPVS programming cost of the
// addon's Balancer at N services × B backends (from empty, one backend added, one removed),
// then the same rules through `ipvsadm -R` and one change through `ipvsadm -a`/`-d`, in the
// same kernel. Writes figures as JSON to process.env.RESULT.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import native = require('../src/native')
import type { VirtualServiceJs } from '../native/index'

const [services, backends] = (process.env.SIZE ?? '10000x10').split('x').map(Number)
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6
const vip = (i: number): string => `10.100.${i >> 8}.${i & 255}`
const be = (i: number, j: number): string => `10.${200 + j}.${i >> 8}.${i & 255}`

function state(extra = false, drop = false): VirtualServiceJs[] {
  const out: VirtualServiceJs[] = []
  for (let i = 0; i < services; i++) {
    const bs = []
    for (let j = 0; j < backends; j++) if (!(drop && i === 0 && j === 0)) bs.push({ address: be(i, j), port: 8080, weight: 1 })
    if (extra && i === 0) bs.push({ address: '10.250.0.1', port: 8080, weight: 1 })
    out.push({ protocol: 'tcp', address: vip(i), port: 80, scheduler: 'rr', backends: bs })
  }
  return out
}

async function main(): Promise<void> {
  const r: Record<string, unknown> = { services, backends }
  try {
    // Real servers must be routable (the kernel refuses an unreachable one): 10/8 local.
    await native.linkApply(null, [{ op: 'up', name: 'lo' }, { op: 'address', name: 'lo', address: '10.0.0.1/8' }])
    const lb = native.Balancer.open(null, 'shoal', 'ipvs')
    const full = state()
    let t0 = process.hrtime.bigint()
    r.applyFromEmptyMs = ms(t0)
    await lb.sync(full)
    r.applyFromEmptyMs = ms(t0)
    const added = state(true)
    t0 = process.hrtime.bigint()
    await lb.sync(added)
    r.addOneMs = ms(t0)
    t0 = process.hrtime.bigint()
    await lb.sync(full)
    r.removeOneMs = ms(t0)
    const dropped = state(false, true)
    t0 = process.hrtime.bigint()
    await lb.sync(dropped)
    r.removeExistingOneMs = ms(t0)
    // The same single changes through update(): only the changed service crosses.
    t0 = process.hrtime.bigint()
    await lb.update([added[0]], [])
    r.updateAddOneMs = ms(t0)
    t0 = process.hrtime.bigint()
    await lb.update([dropped[0]], [])
    r.updateRemoveOneMs = ms(t0)
    r.ipvsLines = spawnSync('sh', ['-c', 'ipvsadm -Ln | wc -l'], { encoding: 'utf8' }).stdout.trim()
    t0 = process.hrtime.bigint()
    await lb.teardown()
    r.teardownMs = ms(t0)

    // The kernel's own batch tool, same rules, same kernel.
    const lines: string[] = []
    for (let i = 0; i < services; i++) {
      lines.push(`-A -t ${vip(i)}:80 -s rr`)
      for (let j = 0; j < backends; j++) lines.push(`-a -t ${vip(i)}:80 -r ${be(i, j)}:8080 -m -w 1`)
    }
    writeFileSync('/run/rules', lines.join('\n') + '\n')
    t0 = process.hrtime.bigint()
    const restore = spawnSync('sh', ['-c', 'ipvsadm -R < /run/rules'], { encoding: 'utf8' })
    r.ipvsadmRestoreMs = ms(t0)
    r.ipvsadmRestoreStatus = restore.status
    t0 = process.hrtime.bigint()
    spawnSync('ipvsadm', ['-a', '-t', `${vip(0)}:80`, '-r', '10.250.0.1:8080', '-m', '-w', '1'])
    r.ipvsadmAddOneMs = ms(t0)
    t0 = process.hrtime.bigint()
    spawnSync('ipvsadm', ['-d', '-t', `${vip(0)}:80`, '-r', '10.250.0.1:8080'])
    r.ipvsadmRemoveOneMs = ms(t0)
    r.ipvsadmLines = spawnSync('sh', ['-c', 'ipvsadm -Ln | wc -l'], { encoding: 'utf8' }).stdout.trim()
    // A balancer started over a populated kernel reads it all back (a restarted agent).
    const fresh = native.Balancer.open(null, 'shoal', 'ipvs')
    t0 = process.hrtime.bigint()
    await fresh.sync(full)
    r.restartConvergeMs = ms(t0)
    await fresh.teardown()
  } catch (e: any) {
    r.error = `${e.code ?? ''} ${e.stack ?? e}`
  }
  writeFileSync(process.env.RESULT!, JSON.stringify(r))
}

void main()
