// The subnets a node takes for itself (src/agent/network/local-subnets.ts): the host's
// routes as /proc/net/route lists them, and the choice of the first candidate that
// overlaps neither them nor the swarm's address space, or an error naming each collision.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { GATEWAY_CANDIDATES, MESH_LINK_CANDIDATES, chooseSubnet, parseRoutes, routesInUse, swarmInUse, type InUse } from '../src/agent/network/local-subnets'
import { formatCidr, parseSubnet } from '../src/manager/allocator/ipam'
import { net } from './helpers/netstate'

// A /proc/net/route listing (x86: addresses in little-endian hex).
const LISTING = [
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
  'eth0\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0', // default via 10.0.0.1
  'eth0\t0000000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0', // 10.0.0.0/24
  'docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0', // 172.17.0.0/16
  'tun0\t00000000\t00000000\t0001\t0\t0\t0\t00000080\t0\t0\t0', // 0.0.0.0/1 (a VPN's)
  'eth0\t0000FEA9\t00000000\t0001\t0\t0\t1000\t0000FFFF\t0\t0\t0', // 169.254.0.0/16 (zeroconf)
  'shoal_gwbridge\t000012AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0', // 172.18.0.0/16 (ours)
  '',
].join('\n')
const use = (cidr: string, what = cidr): InUse => ({ cidr: parseSubnet(cidr), what })

describe('subnets a node takes for itself', () => {
  test('/proc/net/route: every route but the default one, by device', () => {
    assert.deepEqual(
      parseRoutes(LISTING).map((r) => `${formatCidr(r.cidr)} ${r.dev}`),
      ['10.0.0.0/24 eth0', '172.17.0.0/16 docker0', '0.0.0.0/1 tun0', '169.254.0.0/16 eth0', '172.18.0.0/16 shoal_gwbridge'],
    )
    // Our own device and catch-alls broader than asked are left out.
    assert.deepEqual(
      routesInUse(parseRoutes(LISTING), ['shoal_gwbridge'], 8).map((u) => u.what),
      ["the host's route 10.0.0.0/24 dev eth0", "the host's route 172.17.0.0/16 dev docker0", "the host's route 169.254.0.0/16 dev eth0"],
    )
  })

  test('the first free candidate: 172.18.0.0/16 unless something holds it', () => {
    assert.equal(chooseSubnet('the gateway', GATEWAY_CANDIDATES, []), '172.18.0.0/16')
    assert.equal(chooseSubnet('the gateway', GATEWAY_CANDIDATES, [use('172.18.5.0/24'), use('172.19.0.0/16')]), '172.20.0.0/16')
    // A pool covering 172.16.0.0/12 leaves docker's 192.168 pools.
    assert.equal(chooseSubnet('the gateway', GATEWAY_CANDIDATES, [use('172.16.0.0/12')]), '192.168.0.0/20')
    assert.equal(chooseSubnet('the link', MESH_LINK_CANDIDATES, [use('169.254.217.0/30')]), '169.254.217.4/30')
  })

  test('none free: an error naming what held each candidate', () => {
    assert.throws(
      () => chooseSubnet('the gateway bridge shoal_gwbridge', GATEWAY_CANDIDATES, [use('172.16.0.0/12', "the swarm's address pool 172.16.0.0/12"), use('192.168.0.0/16', "the host's route 192.168.0.0/16 dev eth1")]),
      { message: "no free subnet for the gateway bridge shoal_gwbridge: 172.18.0.0/16 … 172.31.0.0/16 overlap the swarm's address pool 172.16.0.0/12; 192.168.0.0/20 … 192.168.240.0/20 overlap the host's route 192.168.0.0/16 dev eth1" },
    )
    assert.throws(() => chooseSubnet('x', ['10.1.0.0/16'], [use('10.0.0.0/8', 'pool 10.0.0.0/8')]), { message: 'no free subnet for x: 10.1.0.0/16 overlaps pool 10.0.0.0/8' })
  })

  test("the swarm's address space: its pools and the networks of the state", () => {
    const state = { networks: [{ ...net('appnet', []), network: { ...net('appnet', []).network, subnet: '172.20.1.0/24' } }], addressPools: ['10.0.0.0/8'] }
    assert.deepEqual(swarmInUse(state).map((u) => [formatCidr(u.cidr), u.what]), [
      ['10.0.0.0/8', "the swarm's address pool 10.0.0.0/8"],
      ['172.20.1.0/24', 'network appnet (172.20.1.0/24)'],
    ])
  })
})
