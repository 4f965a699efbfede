// Plugging a namespace into a network's bridge: the one way the data plane gives a task
// (overlay.ts) or the routing mesh's sandbox (mesh.ts) an interface on an overlay.
import * as native from '../../native'
import { BRIDGE } from './link-names'

// A veth from `bridge` in namespace `sandbox` (null: the daemon's; its end there named
// `veth`) to interface `ifname` in namespace `ns`, with `address` (CIDR) and the MAC derived
// from it, both ends up (idempotent: existing links and addresses are kept).
export async function plugInto(sandbox: string | null, veth: string, ns: string, ifname: string, address: string, bridge = BRIDGE): Promise<void> {
  await native.linkApply(sandbox, [
    { op: 'veth', name: veth, peer: ifname, peerNetns: ns, peerMac: native.macOf(address.split('/')[0]) },
    { op: 'master', name: veth, bridge },
    { op: 'up', name: veth },
  ])
  await native.linkApply(ns, [
    { op: 'address', name: ifname, address },
    { op: 'up', name: ifname },
  ])
}
