// The generated protobuf code is committed; it must match what proto/ generates now.
import { test } from 'node:test'
import * as assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { ROOT } from './helpers/daemon'

test('src/generated is up to date with proto/', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-proto.js'), '--check'], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
})
