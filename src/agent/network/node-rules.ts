// The NAT rules the data plane puts outside its own namespaces' balancers: the routing
// mesh's (table shoal_mesh: a published port on a local address → the mesh sandbox; the
// node's connections into the link, and the sandbox's into ingress, masqueraded) and the
// gateway bridge's (table shoal_gateway: host-mode ports, the tasks' way out). Two kernel
// interfaces, chosen at start as the balancer's backend is (probed in the node's namespace):
//   - nftables: table `ip NAME`, replaced whole by one `nft -f` transaction;
//   - iptables (legacy), for kernels without nftables for IPv4. Debian's user-mode-linux
//     kernel, the only one here with IPVS, is one: CONFIG_NF_TABLES_IPV4 unset, so
//     iptables-nft cannot work there either (it programs that same nftables family), while
//     ip_tables, iptable_nat, xt_nat, xt_MASQUERADE, xt_addrtype and xt_tcpudp are modules.
//     The table becomes chains of its own in the nat table, `NAME-HOOK` (SHOAL-MESH-PREROUTING,
//     ...), each jumped to from the top of its hook. Every change is one
//     `iptables-legacy-restore --noflush` process: declaring a chain there flushes it, the
//     whole nat table is committed in one replace (atomic: conntrack keeps established
//     connections, nothing sees half the rules), other software's rules stay. The system's
//     restore rather than a library: the npm wrappers run `iptables` once per rule (not
//     atomic, a process each), and programming x_tables through its setsockopt blob by hand
//     would duplicate libiptc for three small chains. A change first checks (`-C`) that each
//     hook still jumps to its chain, in the same transaction, so the usual change needs one
//     process; when one is missing (first use, or someone removed it) the script fails whole,
//     and the table is read (`iptables-legacy-save`) and written again with the jumps.
//     `-w`: the restores of two tables wait for each other on the xtables lock.
import { spawnSync } from 'node:child_process'
import { dropTable, nftIn, runIn } from './kernel'

export type Hook = 'PREROUTING' | 'OUTPUT' | 'POSTROUTING'
const HOOKS: readonly Hook[] = ['PREROUTING', 'OUTPUT', 'POSTROUTING']

// One table's rules, in both forms (the backend uses its own): `nft`, the whole `nft -f`
// script replacing table `ip NAME`; `iptables`, each hook's rules (what follows `-A CHAIN`).
export interface NatRuleset {
  name: string
  nft: string
  iptables: Partial<Record<Hook, string[]>>
}

export type NodeRulesKind = 'nftables' | 'iptables' | 'none'

export interface NodeRules {
  readonly kind: NodeRulesKind
  // Makes table `set.name` in namespace `netns` (null: the daemon's own) hold exactly
  // `set`'s rules, in one transaction.
  replace(netns: string | null, set: NatRuleset): Promise<void>
  // Removes table `name` from `netns` if it is there (looks at the kernel: a restarted
  // agent removes what an earlier one made).
  drop(netns: string | null, name: string): Promise<void>
}

// `shoal_mesh`, PREROUTING → `SHOAL-MESH-PREROUTING` (under iptables' 28 characters).
export const chainName = (table: string, hook: Hook): string => `${table.toUpperCase().replace(/_/g, '-')}-${hook}`

const jump = (name: string, hook: Hook): string => `${hook} -j ${chainName(name, hook)}`

// The restore script for `set`. `missing`: null, each hook's jump is checked (the script
// fails whole if one is gone); else the hooks whose jump is to be inserted first in them.
export function iptablesScript(set: NatRuleset, missing: ReadonlySet<Hook> | null): string {
  const hooks = HOOKS.filter((h) => set.iptables[h])
  const lines = ['*nat', ...hooks.map((h) => `:${chainName(set.name, h)} - [0:0]`)]
  for (const h of hooks) {
    if (missing === null) lines.push(`-C ${jump(set.name, h)}`)
    else if (missing.has(h)) lines.push(`-I ${jump(set.name, h)}`)
  }
  for (const h of hooks) for (const rule of set.iptables[h]!) lines.push(`-A ${chainName(set.name, h)} ${rule}`)
  return [...lines, 'COMMIT', ''].join('\n')
}

// What of table `name` the nat table holds, from `iptables-save -t nat`: its chains and
// how many times each hook jumps to its chain.
export function savedTable(saved: string, name: string): { chains: Hook[]; jumps: Map<Hook, number> } {
  const lines = saved.split('\n').map((l) => l.trim())
  const chains = HOOKS.filter((h) => lines.some((l) => l.startsWith(`:${chainName(name, h)} `)))
  const jumps = new Map<Hook, number>()
  for (const h of HOOKS) {
    const n = lines.filter((l) => l === `-A ${jump(name, h)}`).length
    if (n > 0) jumps.set(h, n)
  }
  return { chains, jumps }
}

// The restore script taking table `name` away (null: nothing of it is there).
export function iptablesDropScript(saved: string, name: string): string | null {
  const { chains, jumps } = savedTable(saved, name)
  if (chains.length === 0 && jumps.size === 0) return null
  const lines = ['*nat']
  for (const [h, n] of jumps) for (let i = 0; i < n; i++) lines.push(`-D ${jump(name, h)}`)
  for (const h of chains) lines.push(`-F ${chainName(name, h)}`, `-X ${chainName(name, h)}`)
  return [...lines, 'COMMIT', ''].join('\n')
}

const RESTORE = ['iptables-legacy-restore', ['--noflush', '-w', '10']] as const
const SAVE = ['iptables-legacy-save', ['-t', 'nat']] as const

class IptablesRules implements NodeRules {
  readonly kind = 'iptables'

  async replace(netns: string | null, set: NatRuleset): Promise<void> {
    const restore = (script: string) => runIn(netns, RESTORE[0], [...RESTORE[1]], script)
    try {
      await restore(iptablesScript(set, null))
    } catch {
      const { jumps } = savedTable(await runIn(netns, SAVE[0], [...SAVE[1]], ''), set.name)
      await restore(iptablesScript(set, new Set(HOOKS.filter((h) => !jumps.has(h)))))
    }
  }

  async drop(netns: string | null, name: string): Promise<void> {
    const saved = await runIn(netns, SAVE[0], [...SAVE[1]], '').catch(() => '')
    const script = iptablesDropScript(saved, name)
    if (script) await runIn(netns, RESTORE[0], [...RESTORE[1]], script)
  }
}

class NftablesRules implements NodeRules {
  readonly kind = 'nftables'
  replace = (netns: string | null, set: NatRuleset): Promise<void> => nftIn(netns, set.nft)
  drop = (netns: string | null, name: string): Promise<void> => dropTable(netns, name)
}

// Neither: published ports and the gateway bridge cannot be programmed (a task that needs
// them is REJECTED with this reason); nothing of ours can be in the kernel to remove.
class NoRules implements NodeRules {
  readonly kind = 'none'
  replace(): Promise<void> {
    return Promise.reject(new Error('this kernel takes neither nftables (table ip) nor iptables (nat table) rules: published ports and the gateway bridge need one'))
  }
  drop = (): Promise<void> => Promise.resolve()
}

// Whether a command runs successfully in `netns` (synchronous: once, at start).
function runsIn(netns: string | null, cmd: string, args: string[], input = ''): boolean {
  const argv = netns ? ['nsenter', `--net=${netns}`, '--', cmd, ...args] : [cmd, ...args]
  return spawnSync(argv[0], argv.slice(1), { input, stdio: ['pipe', 'ignore', 'ignore'], timeout: 10_000 }).status === 0
}

// The kernel decides, in the node's namespace: nftables when it takes a table of family ip
// (made and deleted in one transaction: nothing stays), else iptables when its nat table
// answers, else none. `forced`: a kind chosen by the caller (tests of the fallback on a
// kernel that has both).
export function openNodeRules(netns: string | null, forced?: 'nftables' | 'iptables'): NodeRules {
  const kind =
    forced ??
    (runsIn(netns, 'nft', ['-f', '-'], 'table ip shoal_probe {}\ndelete table ip shoal_probe\n')
      ? 'nftables'
      : runsIn(netns, SAVE[0], [...SAVE[1]])
        ? 'iptables'
        : 'none')
  return kind === 'nftables' ? new NftablesRules() : kind === 'iptables' ? new IptablesRules() : new NoRules()
}
