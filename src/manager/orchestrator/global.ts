import type { Node, Service } from '../store'
import type { WantedSlot } from './slots'
import { idOf } from '../store'

// A node takes global tasks while it is up and its availability is active; drained or
// paused nodes keep none (docker drains them; pause keeps existing ones in docker, but a
// paused node must not receive new work, and a global task on it is new work).
export function eligibleForGlobal(node: Node): boolean {
  return node.status?.state === 'ready' && (node.spec?.availability ?? 'active') === 'active'
}

// A global service wants one slot per eligible node; the node is fixed in advance.
export function globalSlots(_service: Service, nodes: Node[]): WantedSlot[] {
  return nodes.filter(eligibleForGlobal).map((n) => ({ key: `node:${idOf(n)}`, slot: 0, nodeId: idOf(n) }))
}
