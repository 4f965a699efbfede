// Names of what the overlay data plane creates in the kernel, derived from ids so that a restarted agent
// finds its own objects again: named namespaces under shoal's run dir, and interface names
// (at most 15 bytes, the kernel's IFNAMSIZ - 1).
import { createHash } from 'node:crypto'

const short = (s: string, n: number): string => createHash('sha256').update(s).digest('hex').slice(0, n)

// The sandbox namespace of a network: its bridge, VXLAN device and balancer live there.
export const sandboxName = (networkId: string): string => `sb-${short(networkId, 16)}`

// A task's own network namespace (the runtime runs the task in it).
export const taskNsName = (taskId: string): string => `task-${short(taskId, 20)}`

export const BRIDGE = 'br0'

// The VXLAN device of a network, created in the node's namespace and moved into the
// sandbox; named by VNI, unique per node.
export const vxlanName = (vni: number): string => `vx-${vni}`

// The sandbox end of a task's veth on one network; the task's end is eth<index>.
export const vethName = (taskId: string, networkId: string): string => `ve${short(`${taskId}/${networkId}`, 12)}`
export const taskIfName = (index: number): string => `eth${index}`

// The node's end of a task's veth into the gateway bridge (gateway.ts).
export const gatewayVethName = (taskId: string): string => `gw${short(`gw/${taskId}`, 12)}`
