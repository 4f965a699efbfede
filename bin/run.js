#!/usr/bin/env node
// The shoal CLI. Client commands run from one bundled file (dist/cli/shoal.js, built by
// scripts/build-cli.js) compiled with a V8 code cache kept beside it, so a command starts in
// about Node's own start-up time. `shoal daemon` is a long-running server whose start-up time
// does not matter: it runs from the unbundled tree as oclif loads it.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const Module = require('node:module')
const vm = require('node:vm')

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'shoal.js')

// Compiles and runs the bundle as a CommonJS module, with V8's code cache for it when one is
// there and still valid (same source, same V8); registers it in require's cache so oclif's
// require() of its command target gets this instance. Returns its exports.
function loadBundle() {
  const source = fs.readFileSync(bundle, 'utf8')
  const cacheFile = bundle + '.cache'
  let cachedData
  try {
    cachedData = fs.readFileSync(cacheFile)
  } catch {}
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  })
  const mod = new Module(bundle, module)
  mod.filename = bundle
  mod.paths = Module._nodeModulePaths(path.dirname(bundle))
  require.cache[bundle] = mod
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle))
  mod.loaded = true
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so it holds every function this run compiled. Best effort: an
    // installation directory may be read-only, and the next run just compiles again.
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}`
      try {
        fs.writeFileSync(tmp, script.createCachedData())
        fs.renameSync(tmp, cacheFile)
      } catch {
        fs.rmSync(tmp, { force: true })
      }
    })
  }
  return mod.exports
}

if (!fs.existsSync(bundle)) {
  console.error(`Error: ${bundle} is missing: build shoal first (npm run build)`)
  process.exit(1)
}
if (process.argv[2] === 'daemon') {
  require('@oclif/core').execute({ dir: __dirname }).catch(require('@oclif/core/handle'))
} else {
  loadBundle().run(__dirname)
}
