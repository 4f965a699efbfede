// Every command documents itself with at least one example that runs it, `--help` shows
// them, and `shoal autocomplete` writes shell completion that completes commands and flags
// (@oclif/plugin-autocomplete's, bundled among the commands: scripts/build-cli.js).
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { BIN, ROOT } from './helpers/daemon'

interface ManifestCommand {
  hidden?: boolean
  aliases?: string[]
  examples?: (string | { command: string })[]
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'oclif.manifest.json'), 'utf8')) as { commands: Record<string, ManifestCommand> }

function shoal(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 })
}

describe('help and completion', () => {
  test('every command has an example that runs it', () => {
    const visible = Object.entries(manifest.commands).filter(([, c]) => !c.hidden)
    assert.ok(visible.length > 40, `${visible.length} commands in the manifest`)
    const missing: string[] = []
    for (const [id, c] of visible) {
      const names = [id, ...(c.aliases ?? [])].map((n) => `<%= config.bin %> ${n.replace(/:/g, ' ')}`)
      const examples = (c.examples ?? []).map((e) => (typeof e === 'string' ? e : e.command))
      const runsIt = (e: string) => names.some((n) => e.includes(`${n} `) || e.endsWith(n))
      if (examples.length === 0) missing.push(`${id}: no example`)
      for (const e of examples) if (!runsIt(e)) missing.push(`${id}: example does not run it: ${e}`)
    }
    assert.deepEqual(missing, [])
  })

  test('--help prints the examples with the binary name', () => {
    const r = shoal(['service', 'create', '--help'])
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /EXAMPLES[\s\S]*\$ shoal service create --name web --replicas 3 nginx/)
    assert.match(r.stdout, /--mode=string[\s\S]*?"replicated-job"/)
    const v = shoal(['version', '--help'])
    assert.match(v.stdout, /EXAMPLES[\s\S]*\$ shoal version --format '\{\{\.Server\.Version\}\}'/)
  })

  test('shoal autocomplete writes bash completion that completes commands and flags', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-ac-'))
    try {
      const env = { HOME: home, XDG_CACHE_HOME: path.join(home, '.cache'), SHELL: '/bin/bash' }
      const r = shoal(['autocomplete', 'bash'], env)
      assert.equal(r.status, 0, r.stderr)
      assert.match(r.stdout, /shoal autocomplete script bash/)
      const script = shoal(['autocomplete', 'script', 'bash'], env)
      const setup = /SHOAL_AC_BASH_SETUP_PATH=(\S+)/.exec(script.stdout)?.[1]
      assert.ok(setup && fs.existsSync(setup), script.stdout)
      // What bash runs on <TAB>: the completion function over COMP_WORDS.
      const complete = (line: string) => {
        const words = line.split(' ')
        const sh = [
          `source ${JSON.stringify(setup)}`,
          `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; COMP_LINE=${JSON.stringify(line)}; COMP_POINT=${line.length}`,
          '_shoal_autocomplete',
          'echo "${COMPREPLY[@]}"',
        ].join('\n')
        const b = spawnSync('bash', ['-c', sh], { encoding: 'utf8', env: { ...process.env, ...env } })
        assert.equal(b.status, 0, b.stderr)
        return b.stdout.trim().split(/\s+/)
      }
      assert.deepEqual(complete('shoal service cr'), ['create'])
      assert.ok(complete('shoal ser').includes('service'))
      assert.deepEqual(complete('shoal service create --max-con'), ['--max-concurrent'])
      assert.deepEqual(complete('shoal service ls --fi'), ['--filter'])
    } finally {
      fs.rmSync(home, { recursive: true, force: true })
    }
  })
})
