// Duration parsing (Go syntax, as docker's flags) and docker's human-readable durations.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'

import { humanDuration, parseDuration, parseNonNegativeDuration } from '../src/cli/duration'
import { UsageError } from '../src/cli/errors'

const S = 1e9

describe('parseDuration', () => {
  test('single units', () => {
    assert.equal(parseDuration('5s'), 5 * S)
    assert.equal(parseDuration('100ms'), 100e6)
    assert.equal(parseDuration('250us'), 250e3)
    assert.equal(parseDuration('250µs'), 250e3)
    assert.equal(parseDuration('250μs'), 250e3)
    assert.equal(parseDuration('42ns'), 42)
    assert.equal(parseDuration('2m'), 120 * S)
    assert.equal(parseDuration('1h'), 3600 * S)
  })

  test('compound and fractional values', () => {
    assert.equal(parseDuration('1m30s'), 90 * S)
    assert.equal(parseDuration('1h2m3s4ms'), 3723 * S + 4e6)
    assert.equal(parseDuration('1.5h'), 5400 * S)
    assert.equal(parseDuration('0.1s'), 100e6)
    assert.equal(parseDuration('.5s'), 500e6)
    assert.equal(parseDuration('2.s'), 2 * S)
    assert.equal(parseDuration(' 3s '), 3 * S)
  })

  test('zero and signs', () => {
    assert.equal(parseDuration('0'), 0)
    assert.equal(parseDuration('0s'), 0)
    assert.equal(parseDuration('+2s'), 2 * S)
    assert.equal(parseDuration('-2s'), -2 * S)
  })

  test('malformed input is a UsageError naming the input', () => {
    for (const bad of ['', '5', '1m30', 's', 'abc', '5x', '5 s', '1.2.3s', '--5s', '-', '1h-5m', '5sec']) {
      assert.throws(() => parseDuration(bad), (err: unknown) => {
        assert.ok(err instanceof UsageError, `${bad}: ${err}`)
        assert.ok(err.message.includes(`"${bad}"`), err.message)
        return true
      })
    }
    assert.throws(() => parseDuration('5'), /missing unit/)
    assert.throws(() => parseDuration('5x'), /unknown unit "x"/)
  })

  test('values beyond safe integer nanoseconds are rejected, not rounded', () => {
    assert.throws(() => parseDuration('100000000h'), /too large/)
  })

  test('non-negative durations for flags', () => {
    assert.equal(parseNonNegativeDuration('1m30s', '--restart-delay'), 90 * S)
    assert.throws(() => parseNonNegativeDuration('-1s', '--restart-delay'), /--restart-delay.*cannot be negative/)
    assert.throws(() => parseNonNegativeDuration('5', '--restart-delay'), /invalid --restart-delay value: invalid duration "5": missing unit/)
  })
})

describe('humanDuration (docker units.HumanDuration)', () => {
  const cases: [number, string][] = [
    [-5000, 'Less than a second'],
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1000, '1 second'],
    [3500, '3 seconds'],
    [59_999, '59 seconds'],
    [60_000, 'About a minute'],
    [119_999, 'About a minute'],
    [120_000, '2 minutes'],
    [59 * 60_000, '59 minutes'],
    [60 * 60_000, 'About an hour'],
    [90 * 60_000, '2 hours'], // rounded to the nearest hour
    [47 * 3_600_000, '47 hours'],
    [48 * 3_600_000, '2 days'],
    [13 * 86_400_000, '13 days'],
    [14 * 86_400_000, '2 weeks'],
    [60 * 86_400_000, '2 months'],
    [800 * 86_400_000, '2 years'],
  ]
  for (const [ms, text] of cases) {
    test(`${ms} ms -> ${text}`, () => assert.equal(humanDuration(ms), text))
  }
})
