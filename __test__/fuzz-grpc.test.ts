// The gRPC services under fuzzed calls (issue 15): a fixed-seed slice of chaos/fuzz/grpc.ts
// against a real manager (`npm run fuzz -- --surface grpc` runs long ones). First, that its
// callers are what they claim (a check that could not tell them apart could not fail).
import { test, describe, before, after } from 'node:test'
import * as assert from 'node:assert/strict'
import * as grpc from '@grpc/grpc-js'
import { callAs, checkAnswer, fuzzGrpc, startGrpcTarget, type GrpcTarget } from '../chaos/fuzz/grpc'

describe('the gRPC services under fuzzed calls', () => {
  let t: GrpcTarget
  before(async () => {
    t = await startGrpcTarget()
  })
  after(() => t?.close())

  test('the callers are what they claim', async () => {
    const empty = { kind: 'message' as const, value: {} }
    // Anyone may fetch the root; only a member of this swarm gets past the join calls.
    for (const caller of ['none', 'worker', 'manager'] as const) {
      assert.equal((await callAs(t, caller, '/shoal.v1.NodeCA/GetRootCACertificate', empty)).code, grpc.status.OK, caller)
    }
    assert.equal((await callAs(t, 'manager', '/shoal.v1.Raft/GetSecretsKey', empty)).code, grpc.status.OK)
    const raftAsWorker = await callAs(t, 'worker', '/shoal.v1.Raft/GetSecretsKey', empty)
    assert.equal(raftAsWorker.code, grpc.status.PERMISSION_DENIED, raftAsWorker.details)
    for (const caller of ['none', 'foreign', 'expired', 'removed'] as const) {
      const out = await callAs(t, caller, '/shoal.v1.Dispatcher/Heartbeat', empty)
      assert.ok([grpc.status.UNAUTHENTICATED, grpc.status.PERMISSION_DENIED, grpc.status.UNAVAILABLE].includes(out.code), `${caller}: ${grpc.status[out.code]} ${out.details}`)
    }
    // The answer check fails when it should.
    assert.throws(() => checkAnswer('Dispatcher/Heartbeat', 'removed', { code: grpc.status.OK, details: '' }, 'x'), /outsider was served/)
    assert.throws(() => checkAnswer('Raft/Join', 'worker', { code: grpc.status.OK, details: '' }, 'x'), /worker was served by Raft/)
    assert.throws(() => checkAnswer('Raft/Join', 'manager', { code: grpc.status.INTERNAL, details: 'TypeError: x is undefined' }, 'x'), /internal error/)
  })

  test('regression: a forwarded request that is no HTTP request is refused (was INTERNAL)', async () => {
    const out = await callAs(t, 'manager', '/shoal.v1.Raft/ControlProxy', { kind: 'message', value: { method: 'GET', path: '/services/\u00e9\u00e9', body: Buffer.alloc(0) } })
    assert.equal(out.code, grpc.status.INVALID_ARGUMENT, out.details)
    assert.match(out.details, /is not a request target/)
  })

  test('a forwarded request\'s headers: only those a manager forwards, with header values', async () => {
    const call = (headers: Record<string, string>) => callAs(t, 'manager', '/shoal.v1.Raft/ControlProxy', { kind: 'message', value: { method: 'GET', path: '/services', body: Buffer.alloc(0), headers } })
    const other = await call({ 'x-other': '1' })
    assert.equal(other.code, grpc.status.INVALID_ARGUMENT, other.details)
    assert.match(other.details, /header "x-other" is not one a manager forwards/)
    const bad = await call({ 'x-registry-auth': 'secret\nvalue' })
    assert.equal(bad.code, grpc.status.INVALID_ARGUMENT, bad.details)
    assert.match(bad.details, /header "x-registry-auth" is not a header value/)
    assert.doesNotMatch(bad.details, /secret/, 'a credential is never echoed')
    assert.equal((await call({ 'x-registry-auth': 'e30' })).code, grpc.status.OK)
  })

  test('a fixed-seed slice: definite answers, nobody served past their role, nothing changed by a refusal', async () => {
    const stats = await fuzzGrpc({ seed: 15, runs: 300, log: (l) => console.log(l) }, t)
    assert.ok(stats.cases > 250)
    assert.equal((await t.daemon.api('GET', '/_ping')).status, 200)
  })
})
