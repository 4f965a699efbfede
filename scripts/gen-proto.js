#!/usr/bin/env node
// Generates src/generated/shoal.{js,d.ts} from proto/ with protobufjs-cli. The output is
// committed; __test__/proto-generated.test.ts regenerates into a temp dir and fails when
// the committed copy is stale. `--check` does the same comparison from the command line.
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const root = path.resolve(__dirname, '..')

function protoFiles() {
  const dir = path.join(root, 'proto', 'shoal', 'v1')
  return fs.readdirSync(dir).filter((f) => f.endsWith('.proto')).sort().map((f) => path.join(dir, f))
}

function generate(outDir) {
  const bin = path.join(root, 'node_modules', '.bin')
  const js = path.join(outDir, 'shoal.js')
  // -p: imports are written from the proto root (import "shoal/v1/objects.proto"), as protoc expects.
  execFileSync(path.join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'commonjs', '--force-number', '--no-verify', '--no-delimited', '-p', path.join(root, 'proto'), '-o', js, ...protoFiles()], { stdio: 'inherit' })
  execFileSync(path.join(bin, 'pbts'), ['-o', path.join(outDir, 'shoal.d.ts'), js], { stdio: 'inherit' })
}

function copyToDist() {
  const dist = path.join(root, 'dist', 'src', 'generated')
  fs.mkdirSync(dist, { recursive: true })
  fs.copyFileSync(path.join(root, 'src', 'generated', 'shoal.js'), path.join(dist, 'shoal.js'))
}

if (process.argv.includes('--check')) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-proto-'))
  try {
    generate(tmp)
    for (const f of ['shoal.js', 'shoal.d.ts']) {
      const a = fs.readFileSync(path.join(tmp, f), 'utf8')
      const b = fs.readFileSync(path.join(root, 'src', 'generated', f), 'utf8')
      if (a !== b) {
        console.error(`src/generated/${f} is stale: run npm run build:proto`)
        process.exitCode = 1
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
} else {
  generate(path.join(root, 'src', 'generated'))
  copyToDist()
}
