#!/usr/bin/env node
// Builds the CLI's start-up path (`npm run build:cli`, after tsc): every client command and
// @oclif/core bundled by esbuild into one file, dist/cli/shoal.js, and oclif.manifest.json.
//
// Why: loaded module by module from dist/ and node_modules/, `shoal version` read ~430 files
// (oclif alone is ~65 modules, plus semver, minimatch, ejs, ...) and spent 0.2-0.35 s of CPU
// before printing anything, against docker's 0.01-0.05 s. One bundled file read once, with a
// V8 code cache beside it (bin/run.js), and a manifest so oclif never loads every command to
// list them, brings that near Node's own start-up (bench/cli-startup.ts).
//
// The bundle exports COMMANDS (oclif's "explicit" command discovery, package.json) as lazy
// getters: running `service ls` evaluates service/ls and what it imports, nothing else. The
// `daemon` command is not bundled (it loads the native addon, gRPC and the CA, and finds files
// beside its own modules): its getter requires dist/src/commands/daemon.js, and bin/run.js
// starts the daemon through the unbundled tree without loading the bundle at all.
const fs = require('node:fs')
const path = require('node:path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')
const dist = path.join(root, 'dist')
const commandsDir = path.join(dist, 'src', 'commands')
const outDir = path.join(dist, 'cli')
const UNBUNDLED = new Set(['daemon'])
// Shell completion (`shoal autocomplete [bash|zsh|powershell]`) is @oclif/plugin-autocomplete's
// commands, bundled among ours rather than loaded as an oclif plugin: a plugin is found and
// read at every start-up, a bundled command only when it runs. It generates the completion
// functions from our manifest. By file: the package exports only its (empty) index.
const AUTOCOMPLETE = path.join(root, 'node_modules', '@oclif', 'plugin-autocomplete', 'lib', 'commands', 'autocomplete')
const PLUGIN_COMMANDS = [
  { id: 'autocomplete', file: path.join(AUTOCOMPLETE, 'index.js') },
  { id: 'autocomplete:create', file: path.join(AUTOCOMPLETE, 'create.js') },
  { id: 'autocomplete:script', file: path.join(AUTOCOMPLETE, 'script.js') },
]

function commandFiles(dir, prefix = []) {
  const out = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) out.push(...commandFiles(path.join(dir, entry.name), [...prefix, entry.name]))
    else if (entry.name.endsWith('.js')) out.push({ id: [...prefix, entry.name.slice(0, -3)].join(':'), file: path.join(dir, entry.name) })
  }
  return out
}

function entrySource(commands) {
  const lines = [
    "'use strict'",
    "const path = require('node:path')",
    'const COMMANDS = {}',
    '// Each command is loaded when oclif first asks for it, then kept.',
    'function lazy(id, load) {',
    '  Object.defineProperty(COMMANDS, id, {',
    '    enumerable: true,',
    '    configurable: true,',
    '    get() {',
    '      const command = load()',
    '      Object.defineProperty(COMMANDS, id, { value: command, enumerable: true })',
    '      return command',
    '    },',
    '  })',
    '}',
  ]
  for (const { id, file } of commands) {
    const rel = path.relative(outDir, file)
    if (UNBUNDLED.has(id)) {
      // A computed path: esbuild leaves it to Node's require at run time.
      lines.push(`lazy(${JSON.stringify(id)}, () => require(path.join(__dirname, ${JSON.stringify(rel)})).default)`)
    } else {
      lines.push(`lazy(${JSON.stringify(id)}, () => require(${JSON.stringify('./' + rel)}).default)`)
    }
  }
  lines.push('exports.COMMANDS = COMMANDS')
  lines.push("exports.run = (dir) => require('@oclif/core').execute({ dir }).catch(require('@oclif/core/handle'))")
  return lines.join('\n') + '\n'
}

async function writeManifest() {
  // oclif's own manifest builder (what `oclif manifest` writes), so help and command lookup
  // never have to load every command.
  const { Config } = require('@oclif/core')
  const config = await Config.load(root)
  const plugin = config.getPluginsList().find((p) => p.root === root)
  fs.writeFileSync(path.join(root, 'oclif.manifest.json'), JSON.stringify(plugin.manifest) + '\n')
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true })
  const entry = path.join(outDir, 'entry.js')
  fs.writeFileSync(entry, entrySource([...commandFiles(commandsDir), ...PLUGIN_COMMANDS]))
  fs.rmSync(path.join(root, 'oclif.manifest.json'), { force: true })
  fs.rmSync(path.join(outDir, 'shoal.js.cache'), { force: true })
  await esbuild.build({
    entryPoints: [entry],
    outfile: path.join(outDir, 'shoal.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Smaller to read and parse; identifiers kept so stack traces (SHOAL_DEBUG=1) stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    // oclif requires these only to run TypeScript sources in development (ts-node).
    external: ['typescript', 'ts-node'],
    logLevel: 'warning',
  })
  await writeManifest()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
