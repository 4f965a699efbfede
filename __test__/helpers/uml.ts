// Runs a script inside Debian's user-mode-linux kernel (a Linux 6.1 with IPVS as modules,
// see shared/recipes/ipvs-in-user-mode-linux.md): the host's root file system through
// hostfs, our own init that mounts proc/sys/run, loads the modules asked for from the
// package's directory, runs the script and powers off. The kernel's exit status does not
// carry the script's, so the script writes its results to a host file we read afterwards.
import { spawnSync } from 'node:child_process'
import * as assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const KERNEL = '/usr/bin/linux'
const MODULES = '/usr/lib/uml/modules'

// Why UML tests cannot run here, or null.
export function umlUnavailable(): string | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'user-mode-linux tests need root'
  if (!existsSync(KERNEL)) return 'user-mode-linux is not installed (apt-get install user-mode-linux ipvsadm kmod)'
  if (!existsSync(MODULES) || readdirSync(MODULES).length === 0) return `no user-mode-linux modules under ${MODULES}`
  return null
}

export interface UmlRun {
  output: string // what the script printed (stdout and stderr)
  result: string | null // what the script wrote to $RESULT, null when it wrote nothing
  seconds: number
}

// Boots the kernel with `script` (shell, run as root in the UML kernel with $RESULT set to a
// host path for results), after loading `modules`. Bounded by `timeoutSeconds`.
// `memory`: the UML kernel's RAM, backed by a (deleted) file in $TMPDIR; keep it small.
export function runInUml(script: string, modules: string[], timeoutSeconds = 180, memory = '384M'): UmlRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'shoal-uml-'))
  try {
    const version = readdirSync(MODULES)[0]
    const out = path.join(dir, 'output.txt')
    const result = path.join(dir, 'result.txt')
    const init = path.join(dir, 'init.sh')
    writeFileSync(
      init,
      [
        '#!/bin/sh',
        `exec > ${out} 2>&1`,
        'export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t tmpfs tmp /run',
        // modprobe looks under <root>/lib/modules/<version>: a root of our own pointing there.
        `mkdir -p /run/mods/lib/modules && ln -s ${MODULES}/${version} /run/mods/lib/modules/${version}`,
        ...modules.map((m) => `modprobe -d /run/mods ${m} || echo "modprobe ${m} failed"`),
        `export RESULT=${result}`,
        '(',
        script,
        ')',
        'echo "script exit $?"',
        'poweroff -f',
        '',
      ].join('\n'),
    )
    chmodSync(init, 0o755)
    const started = process.hrtime.bigint()
    spawnSync(
      'timeout',
      [String(timeoutSeconds), KERNEL, `mem=${memory}`, 'rootfstype=hostfs', 'rootflags=/', 'rw', `init=${init}`, 'con=null', 'con0=fd:0,fd:1'],
      { stdio: ['ignore', 'ignore', 'ignore'], timeout: (timeoutSeconds + 10) * 1000 },
    )
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    return {
      output: existsSync(out) ? readFileSync(out, 'utf8') : '',
      result: existsSync(result) ? readFileSync(result, 'utf8') : null,
      seconds,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// What the node rules need where the kernel has no nftables for IPv4 (agent/network/
// node-rules.ts writes them with iptables): the nat table and the matches and targets used.
export const IPTABLES_NAT_MODULES = ['iptable_nat', 'xt_nat', 'xt_MASQUERADE', 'xt_addrtype', 'xt_tcpudp']

// Runs the driver script `driver` (compiled, under dist/) with Node.js in the kernel and
// returns its run and its JSON result, failing unless it finished (`done`) without error.
export function runDriverInUml(driver: string, modules: string[], timeoutSeconds: number, memory?: string): { run: UmlRun; r: any } {
  const run = runInUml(`${process.execPath} ${driver}`, modules, timeoutSeconds, memory)
  assert.ok(run.result, `the driver wrote no result; its output:\n${run.output}`)
  const r = JSON.parse(run.result!)
  assert.equal(r.error, undefined, `driver failed: ${r.error}\n${(r.logs ?? []).join('\n')}\n${run.output}`)
  assert.equal(r.done, true)
  return { run, r }
}
