// Certificate renewal schedule: random point in [50%, 80%) of the lifetime.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  MIN_NODE_CERT_EXPIRY_MS,
  nextRenewal,
  RENEWAL_LOWER_FRACTION,
  RENEWAL_UPPER_FRACTION,
  renewalDelayMs,
} from '../src/manager/ca'

const HOUR = 60 * 60 * 1000
const from = new Date('2030-01-01T00:00:00Z')
const until = new Date(from.getTime() + 100 * HOUR)

test('constants match SwarmKit', () => {
  assert.equal(RENEWAL_LOWER_FRACTION, 0.5)
  assert.equal(RENEWAL_UPPER_FRACTION, 0.8)
  assert.equal(MIN_NODE_CERT_EXPIRY_MS, 30 * 60 * 1000)
})

test('window bounds: rand 0 -> 50%, rand -> 1 approaches 80%', () => {
  assert.equal(nextRenewal(from, until, () => 0).getTime(), from.getTime() + 50 * HOUR)
  const top = nextRenewal(from, until, () => 1 - Number.EPSILON).getTime()
  assert.ok(top < from.getTime() + 80 * HOUR && top > from.getTime() + 79.999 * HOUR)
  assert.equal(nextRenewal(from, until, () => 0.5).getTime(), from.getTime() + 65 * HOUR)
})

test('with Math.random every pick is inside [50%, 80%)', () => {
  const lo = from.getTime() + 50 * HOUR
  const hi = from.getTime() + 80 * HOUR
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < 2000; i++) {
    const t = nextRenewal(from, until).getTime()
    assert.ok(t >= lo && t < hi, `${t} outside window`)
    min = Math.min(min, t)
    max = Math.max(max, t)
  }
  // And it actually spreads (thundering-herd avoidance).
  assert.ok(max - min > 20 * HOUR)
})

test('accepts epoch milliseconds and works for the minimum lifetime', () => {
  const start = from.getTime()
  const t = nextRenewal(start, start + MIN_NODE_CERT_EXPIRY_MS, () => 0).getTime()
  assert.equal(t, start + MIN_NODE_CERT_EXPIRY_MS / 2)
})

test('rejects an empty or inverted lifetime and a bad rand', () => {
  assert.throws(() => nextRenewal(until, from), RangeError)
  assert.throws(() => nextRenewal(from, from), RangeError)
  assert.throws(() => nextRenewal(from, until, () => 1), RangeError)
  assert.throws(() => nextRenewal(from, until, () => -0.1), RangeError)
  assert.throws(() => nextRenewal(from, until, () => NaN), RangeError)
  assert.throws(() => nextRenewal(new Date('x'), until), TypeError)
})

test('renewalDelayMs uses the injected clock and never goes negative', () => {
  const rand = () => 0 // renew at 50 h
  assert.equal(renewalDelayMs(from, until, { now: from, rand }), 50 * HOUR)
  assert.equal(renewalDelayMs(from, until, { now: from.getTime() + 49 * HOUR, rand }), HOUR)
  assert.equal(renewalDelayMs(from, until, { now: from.getTime() + 60 * HOUR, rand }), 0) // overdue: renew now
  assert.equal(renewalDelayMs(from, until, { now: until.getTime() + HOUR, rand }), 0) // expired: renew now
})
