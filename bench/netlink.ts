// Programming cost of the load balancer at N services × B backends (issue 13, benchmark 1):
// IPVS through the addon inside user-mode-linux beside `ipvsadm -R` in the same kernel;
// nftables through the addon on the host kernel (in a namespace of its own) beside `nft -f`
// of the same ruleset. Prints one line per figure. Usage:
//   node dist/bench/netlink.js [10000x10] [nft|ipvs]   (both when the second is left out)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import native = require('../src/native')
import type { VirtualServiceJs } from '../native/index'
import { runInUml, umlUnavailable } from '../__test__/helpers/uml'

const size = process.argv[2] ?? '10000x10'
const [services, backends] = size.split('x').map(Number)
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6
const vip = (i: number): string => `10.100.${i >> 8}.${i & 255}`
const be = (i: number, j: number): string => `10.${200 + j}.${i >> 8}.${i & 255}`

function state(extra = false): VirtualServiceJs[] {
  const out: VirtualServiceJs[] = []
  for (let i = 0; i < services; i++) {
    const bs = []
    for (let j = 0; j < backends; j++) bs.push({ address: be(i, j), port: 8080, weight: 1 })
    if (extra && i === 0) bs.push({ address: '10.250.0.1', port: 8080, weight: 1 })
    out.push({ protocol: 'tcp', address: vip(i), port: 80, scheduler: 'rr', backends: bs })
  }
  return out
}

function ipvs(): void {
  const why = umlUnavailable()
  if (why) return console.log(`ipvs: skipped (${why})`)
  const driver = path.join(__dirname, 'netlink-uml-driver.js')
  const run = runInUml(`SIZE=${size} ${process.execPath} ${driver}`, ['ip_vs', 'ip_vs_rr'], 600, '1G')
  if (!run.result) return console.log(`ipvs: no result\n${run.output}`)
  const r = JSON.parse(run.result)
  if (r.error) return console.log(`ipvs: ${r.error}\n${run.output}`)
  console.log(`ipvs (user-mode-linux 6.1) ${services}×${backends}: addon from empty ${r.applyFromEmptyMs.toFixed(0)} ms, ` +
    `whole-state sync: add one backend ${r.addOneMs.toFixed(2)} ms, remove it ${r.removeOneMs.toFixed(2)} ms, remove an original ${r.removeExistingOneMs.toFixed(2)} ms; ` +
    `update(): add one ${r.updateAddOneMs.toFixed(2)} ms, remove one ${r.updateRemoveOneMs.toFixed(2)} ms; ` +
    `teardown ${r.teardownMs.toFixed(0)} ms; ipvsadm -R ${r.ipvsadmRestoreMs.toFixed(0)} ms (exit ${r.ipvsadmRestoreStatus}), ` +
    `ipvsadm -a one ${r.ipvsadmAddOneMs.toFixed(1)} ms, -d one ${r.ipvsadmRemoveOneMs.toFixed(1)} ms; ` +
    `restarted balancer reads ${services} services back and converges in ${r.restartConvergeMs.toFixed(0)} ms; ` +
    `ipvsadm -Ln lines ${r.ipvsLines} / ${r.ipvsadmLines}; whole UML run ${run.seconds.toFixed(1)} s`)
}

// The ruleset the nftables backend builds (one class of 10-slot services: a set of
// frontends, a map of slots, one rule), written out whole, for `nft -f`.
function nftRuleset(table: string): string {
  const n = backends
  const l: string[] = [`table ip ${table} {`,
    '  chain services { }',
    '  chain prerouting { type nat hook prerouting priority dstnat; policy accept; jump services; }',
    '  chain output { type nat hook output priority -100; policy accept; jump services; }',
    `  set m_${n} { typeof ip daddr . meta l4proto . th dport; }`,
    `  map b_${n} { typeof ip daddr . meta l4proto . th dport . numgen random mod ${n} : ip daddr . th dport; }`,
    '}',
    `add rule ip ${table} services ip daddr . meta l4proto . th dport @m_${n} meta l4proto { tcp, udp, sctp } dnat ip to ip daddr . meta l4proto . th dport . numgen random mod ${n} map @b_${n}`]
  const members: string[] = []
  const slots: string[] = []
  for (let i = 0; i < services; i++) {
    members.push(`${vip(i)} . tcp . 80`)
    for (let j = 0; j < n; j++) slots.push(`${vip(i)} . tcp . 80 . ${j} : ${be(i, j)} . 8080`)
  }
  l.push(`add element ip ${table} m_${n} { ${members.join(', ')} }`)
  for (let k = 0; k < slots.length; k += 20000) l.push(`add element ip ${table} b_${n} { ${slots.slice(k, k + 20000).join(', ')} }`)
  return l.join('\n') + '\n'
}

async function nft(): Promise<void> {
  const dir = `/run/shoal-bench-${process.pid}`
  const ns = await native.netnsCreate(dir, 'nft')
  const tmp = mkdtempSync(path.join(tmpdir(), 'shoal-nft-'))
  try {
    const lb = native.Balancer.open(ns, 'shoal_bench', 'nftables')
    const full = state()
    let t0 = process.hrtime.bigint()
    await lb.sync(full)
    const fromEmpty = ms(t0)
    t0 = process.hrtime.bigint()
    await lb.sync(state(true))
    const addOne = ms(t0)
    t0 = process.hrtime.bigint()
    await lb.sync(full)
    const removeOne = ms(t0)
    const added = state(true)
    t0 = process.hrtime.bigint()
    await lb.update([added[0]], [])
    const updAdd = ms(t0)
    t0 = process.hrtime.bigint()
    await lb.update([full[0]], [])
    const updRemove = ms(t0)
    t0 = process.hrtime.bigint()
    await lb.teardown()
    const teardown = ms(t0)
    const file = path.join(tmp, 'ruleset.nft')
    writeFileSync(file, nftRuleset('shoal_anchor'))
    t0 = process.hrtime.bigint()
    const r = spawnSync('nsenter', [`--net=${ns}`, 'nft', '-f', file], { encoding: 'utf8' })
    const nftFull = ms(t0)
    console.log(`nftables (host ${spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim()}) ${services}×${backends}: addon from empty ${fromEmpty.toFixed(0)} ms, ` +
      `whole-state sync: add one backend ${addOne.toFixed(1)} ms, remove it ${removeOne.toFixed(1)} ms; ` +
      `update(): add one ${updAdd.toFixed(1)} ms, remove one ${updRemove.toFixed(1)} ms; teardown ${teardown.toFixed(0)} ms; ` +
      `nft -f of the same ruleset ${nftFull.toFixed(0)} ms (exit ${r.status}${r.status ? ` ${r.stderr.slice(0, 200)}` : ''})`)
  } finally {
    await native.netnsRemoveAll(dir)
    rmSync(tmp, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const only = process.argv[3]
  if (only !== 'ipvs') await nft()
  if (only !== 'nft') ipvs()
}

void main()
