// Health check settings and the monitor's verdicts (src/agent/exec/health.ts), without a
// container: the check is a function here. The end-to-end checks are in
// container-service.test.ts.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { HealthMonitor, healthSettings } from '../src/agent/exec/health'

describe('health checks', () => {
  test('settings: the service over the image, docker defaults, NONE turns off', () => {
    assert.equal(healthSettings(undefined, undefined), null)
    assert.deepEqual(healthSettings({ test: ['CMD-SHELL', 'curl -f localhost'] }, undefined), {
      argv: ['/bin/sh', '-c', 'curl -f localhost'],
      intervalMs: 30_000,
      timeoutMs: 30_000,
      startPeriodMs: 0,
      retries: 3,
    })
    const image = { Test: ['CMD', '/check', '--fast'], Interval: 5e9, Retries: 7 }
    assert.deepEqual(healthSettings(undefined, image)?.argv, ['/check', '--fast'])
    assert.equal(healthSettings(undefined, image)?.intervalMs, 5000)
    assert.equal(healthSettings({ test: [], intervalMs: 100 }, image)?.intervalMs, 100, 'a service field over the image one')
    assert.equal(healthSettings({ test: [], intervalMs: 100 }, image)?.retries, 7)
    assert.equal(healthSettings({ test: ['NONE'] }, image), null)
  })

  test('monitor: healthy after a pass; unhealthy after `retries` failures past the start period', async () => {
    const results = [false, true]
    let unhealthy = false
    const m = new HealthMonitor({ argv: ['x'], intervalMs: 5, timeoutMs: 5, startPeriodMs: 0, retries: 3 }, async () => results.shift() ?? true, () => (unhealthy = true))
    m.start()
    assert.equal(await m.firstVerdict(), true)
    m.stop()
    assert.equal(unhealthy, false)

    let calls = 0
    const bad = new HealthMonitor({ argv: ['x'], intervalMs: 5, timeoutMs: 5, startPeriodMs: 0, retries: 2 }, async () => (calls++, false), () => (unhealthy = true))
    bad.start()
    assert.equal(await bad.firstVerdict(), false)
    assert.equal(unhealthy, true)
    assert.equal(calls, 2)
    assert.equal(bad.state, 'unhealthy')
  })

  test('monitor: failures inside the start period do not count', async () => {
    let calls = 0
    let unhealthy = false
    const m = new HealthMonitor({ argv: ['x'], intervalMs: 5, timeoutMs: 5, startPeriodMs: 60_000, retries: 1 }, async () => ++calls > 5, () => (unhealthy = true))
    m.start()
    assert.equal(await m.firstVerdict(), true)
    assert.equal(unhealthy, false)
    assert.equal(calls, 6)
    m.stop()
  })
})
