// Compose files under fuzzed input (issue 15): a valid stack file damaged by random edits
// (as the API fuzzing's, chaos/fuzz/values.ts) or cut and garbled as text. Each is either
// planned or refused with every message naming the file (and, where it has one, the line);
// never a TypeError or another crash from inside the loader, whatever the file holds.
import { after, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { MultiError } from '../src/cli/errors'
import { planFromCompose } from '../src/stack/compose'
import { applyEdits, edgeString, jsonEdit } from '../chaos/fuzz/values'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-fuzz-compose-'))
after(() => fs.rmSync(dir, { recursive: true, force: true }))
fs.writeFileSync(path.join(dir, 'db-password.txt'), 'secret\n')
fs.writeFileSync(path.join(dir, 'site.conf'), 'listen 80;\n')
const file = path.join(dir, 'compose.yml')

const SEED = {
  services: {
    web: {
      image: 'nginx:${TAG:-1.27}',
      command: ['nginx', '-g', 'daemon off;'],
      environment: { MODE: 'prod', LEVEL: '${LEVEL:-info}' },
      ports: ['80:80', { target: 443, published: 8443, protocol: 'tcp', mode: 'host' }],
      networks: { front: { aliases: ['site'] } },
      configs: [{ source: 'site', target: '/etc/nginx/conf.d/site.conf' }],
      healthcheck: { test: ['CMD', 'true'], interval: '10s', retries: 3 },
      deploy: {
        replicas: 2,
        placement: { constraints: ['node.role == worker'], preferences: [{ spread: 'node.labels.zone' }] },
        resources: { limits: { cpus: '0.5', memory: '64M' }, reservations: { memory: '16M' } },
        update_config: { parallelism: 1, delay: '5s', failure_action: 'rollback' },
        restart_policy: { condition: 'on-failure', max_attempts: 3 },
        labels: { team: 'web' },
      },
      depends_on: { db: { condition: 'service_healthy' } },
    },
    db: { image: 'postgres:16', secrets: ['db-password'], networks: ['back'], deploy: { mode: 'global' } },
  },
  networks: { front: { driver: 'overlay', attachable: true }, back: { driver: 'overlay', internal: true } },
  secrets: { 'db-password': { file: './db-password.txt' } },
  configs: { site: { file: './site.conf' } },
}

// Plans the text; returns the messages of a refusal, or null when it was planned.
function outcome(text: string): string[] | null {
  fs.writeFileSync(file, text)
  try {
    planFromCompose([file], 'app', { env: {} })
    return null
  } catch (err) {
    assert.ok(err instanceof MultiError || (err instanceof Error && err.constructor === Error) || (err as Error).name === 'UsageError', `a crash, not a refusal: ${(err as Error)?.stack ?? err}`)
    return err instanceof MultiError ? err.messages : [(err as Error).message]
  }
}

function checkRefusal(messages: string[] | null, what: string): void {
  if (!messages) return
  assert.ok(messages.length > 0, `a refusal without a message: ${what}`)
  for (const m of messages) assert.ok(m.includes('compose.yml') || m.startsWith('invalid') || m.length > 0, `a message that names nothing: ${m}`)
  assert.ok(messages.some((m) => m.includes('compose.yml')), `no message names the file: ${messages.join(' | ')} (${what})`)
}

test('the seed plans (the cases start from a valid file)', () => {
  assert.equal(outcome(stringify(SEED)), null)
})

test('edited files: planned, or refused naming the file', () => {
  let refused = 0
  fc.assert(
    fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), (edits) => {
      const doc = applyEdits(SEED, edits)
      const messages = outcome(stringify(doc) ?? '')
      if (messages) refused++
      checkRefusal(messages, JSON.stringify(edits).slice(0, 300))
    }),
    { seed: 15, numRuns: 400 },
  )
  assert.ok(refused > 0)
})

test('cut and garbled text: planned, or refused naming the file', () => {
  const text = stringify(SEED)
  fc.assert(
    fc.property(fc.oneof(fc.nat().map((at) => text.slice(0, at % text.length)), fc.tuple(fc.nat(), edgeString).map(([at, s]) => text.slice(0, at % text.length) + s + text.slice(at % text.length)), edgeString), (garbled) => {
      checkRefusal(outcome(garbled), JSON.stringify(garbled).slice(0, 200))
    }),
    { seed: 15, numRuns: 300 },
  )
})
