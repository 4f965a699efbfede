// The small pure pieces of node-to-node joining and sessions; the behaviour end to end is
// in cluster-join.test.ts and cluster-netns.test.ts.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { peerHost } from '../src/rpc/server'
import { tokenRole, INVALID_JOIN_TOKEN } from '../src/manager/nodeca'
import { gracePeriodMs } from '../src/manager/dispatcher'
import { clusterSpecUpdateFromDocker } from '../src/api/convert'
import { createRootCA, generateJoinToken } from '../src/manager/ca'
import { v1 } from '../src/manager/store'

describe('rpc helpers', () => {
  test('peerHost takes the host out of what grpc-js reports', () => {
    assert.equal(peerHost('10.0.0.2:51234'), '10.0.0.2')
    assert.equal(peerHost('::ffff:10.0.0.2:51234'), '10.0.0.2')
    assert.equal(peerHost('[fd00::2]:51234'), 'fd00::2')
    assert.equal(peerHost('ipv4:127.0.0.1:9'), '127.0.0.1')
  })

  test('grace is three heartbeats plus a bounded epsilon', () => {
    assert.equal(gracePeriodMs(5000), 15_500)
    assert.equal(gracePeriodMs(500), 1750)
    assert.equal(gracePeriodMs(100), 350)
  })

  test('a join token grants the role of the token it equals, and nothing else', async () => {
    const root = await createRootCA()
    const worker = generateJoinToken(root.certPem)
    const manager = generateJoinToken(root.certPem)
    const cluster = new v1.Cluster({ joinTokens: new v1.JoinTokens({ worker, manager }), rootCaCertPem: root.certPem })
    assert.equal(tokenRole(worker, cluster), 'worker')
    assert.equal(tokenRole(` ${manager}\n`, cluster), 'manager')
    assert.throws(() => tokenRole(generateJoinToken(root.certPem), cluster), { message: INVALID_JOIN_TOKEN })
    assert.throws(() => tokenRole('SWMTKN-1-x', cluster), /^ShoalError: invalid join token: /)
    // A cluster without tokens (never the case after init) admits nobody, not everybody.
    assert.throws(() => tokenRole(worker, new v1.Cluster({ joinTokens: new v1.JoinTokens({}) })), { message: INVALID_JOIN_TOKEN })
  })

  test('swarm update reads the Docker spec, keeping what is absent or zero', () => {
    assert.deepEqual(clusterSpecUpdateFromDocker({ Dispatcher: { HeartbeatPeriod: 500e6 } }), { heartbeatPeriodMs: 500 })
    assert.deepEqual(clusterSpecUpdateFromDocker({ Dispatcher: { HeartbeatPeriod: 0 }, CAConfig: {} }), {})
    assert.deepEqual(clusterSpecUpdateFromDocker({ Orchestration: { TaskHistoryRetentionLimit: 10 }, Labels: { a: 'b' } }), {
      taskHistoryLimit: 10,
      labels: { a: 'b' },
    })
    assert.throws(() => clusterSpecUpdateFromDocker({ Dispatcher: { HeartbeatPeriod: 1e6 } }), /between 100ms and 24h/)
    assert.throws(() => clusterSpecUpdateFromDocker({ CAConfig: { NodeCertExpiry: 60e9 } }), /at least 30m/)
    assert.throws(() => clusterSpecUpdateFromDocker({ Name: 'prod' }), /named "default"/)
    assert.throws(() => clusterSpecUpdateFromDocker({ Dispatcher: { HeartbeatPeriod: -1 } }), /non-negative/)
  })
})
