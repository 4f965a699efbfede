// Kernel settings the data plane makes outside netlink: nftables scripts (`nft -f`, one
// transaction each), the commands node-rules.ts runs and /proc/sys switches, in a given
// network namespace (entered with nsenter: /proc/sys/net, nft and iptables act on the
// namespace of the process that runs them).
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'

// Runs `cmd args` in namespace `netns` (null: the daemon's own) with `input` on stdin;
// what it printed.
export function runIn(netns: string | null, cmd: string, args: string[], input: string): Promise<string> {
  const argv = netns ? ['nsenter', `--net=${netns}`, '--', cmd, ...args] : [cmd, ...args]
  return new Promise((resolve, reject) => {
    const p = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] })
    let [out, err] = ['', '']
    p.stdout.on('data', (d) => (out += d))
    p.stderr.on('data', (d) => (err += d))
    p.on('error', (e) => reject(new Error(`${cmd}: ${e.message}`)))
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')}: ${err.trim() || `exit ${code}`}`))))
    // A command that exits before reading its input (nft list, a failing nft -f) makes the
    // write fail with EPIPE: its exit status says what happened, the pipe's error nothing.
    p.stdin.on('error', () => undefined)
    p.stdin.end(input)
  })
}

export const nftIn = async (netns: string | null, script: string): Promise<void> => {
  await runIn(netns, 'nft', ['-f', '-'], script)
}

// Deletes table `ip name` in `netns` if it is there. Looks first: on a kernel without
// nftables for IPv4 (or without nft) no table of ours can exist, and nothing fails.
export async function dropTable(netns: string | null, name: string): Promise<void> {
  const tables = await runIn(netns, 'nft', ['list', 'tables'], '').catch(() => '')
  if (tables.split('\n').some((l) => l.trim() === `table ip ${name}`)) await nftIn(netns, `delete table ip ${name}\n`)
}

// Kernel settings (paths under /proc/sys, value 1) in namespace `netns`; a path whose
// parent is absent (net/ipv4/vs without the ip_vs module) is skipped.
export async function enableIn(netns: string | null, paths: string[]): Promise<void> {
  if (netns === null) {
    for (const p of paths) {
      try {
        writeFileSync(`/proc/sys/${p}`, '1')
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      }
    }
    return
  }
  // /proc/sys/net shows the namespace of whoever opens it: the shell inside.
  const script = paths.map((p) => `[ ! -e /proc/sys/${p} ] || echo 1 > /proc/sys/${p}`).join(' && ')
  await runIn(netns, 'sh', ['-e'], `${script}\n`)
}

