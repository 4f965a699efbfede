// What one change of the node rules costs, nftables against the iptables fallback
// (src/agent/network/node-rules.ts), on this machine's kernel (it has both) in a namespace
// of its own: the routing mesh's node table with P published ports (first write, then one
// port added, the median of `rounds` changes). Both are a process of the system's tool per
// change (`nft -f`, `iptables-legacy-restore`), so the tools are their own anchor.
// Run: `node dist/bench/node-rules.js [P ...]` as root (default 1 100 1000).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as native from '../src/native'
import { hostRules } from '../src/agent/network/mesh'
import { openNodeRules } from '../src/agent/network/node-rules'
import type { VirtualServiceJs } from '../native/index'

// The mesh sandbox's end of the node's link (the data plane picks a free /30; any does here).
const MESH_LINK_ADDR = '169.254.217.2'

const ports = (n: number): VirtualServiceJs[] =>
  Array.from({ length: n }, (_, i) => ({ protocol: 'tcp' as const, address: MESH_LINK_ADDR, port: 10_000 + i, scheduler: 'rr', backends: [] }))

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number)
  const rounds = 9
  const dir = mkdtempSync(path.join(tmpdir(), 'shoal-bench-rules-'))
  try {
    const ns = await native.netnsCreate(dir, 'bench')
    console.log('| backend | published ports | first write (ms) | one port added, median of 9 (ms) |')
    console.log('|---|---:|---:|---:|')
    for (const size of sizes.length ? sizes : [1, 100, 1000]) {
      for (const kind of ['nftables', 'iptables'] as const) {
        const rules = openNodeRules(ns, kind)
        let t0 = process.hrtime.bigint()
        await rules.replace(ns, hostRules(ports(size), MESH_LINK_ADDR))
        const first = ms(t0)
        const times: number[] = []
        for (let i = 1; i <= rounds; i++) {
          t0 = process.hrtime.bigint()
          await rules.replace(ns, hostRules(ports(size + i), MESH_LINK_ADDR))
          times.push(ms(t0))
        }
        times.sort((a, b) => a - b)
        console.log(`| ${kind} | ${size} | ${first.toFixed(1)} | ${times[(rounds - 1) / 2].toFixed(1)} |`)
        await rules.drop(ns, 'shoal_mesh')
      }
    }
  } finally {
    await native.netnsRemoveAll(dir)
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
