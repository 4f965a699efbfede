import type { Service, Shared } from '../store'
import type { WantedSlot } from './slots'

// A replicated service wants slots 1..replicas; the scheduler picks their nodes.
export function replicatedSlots(service: Shared<Service>): WantedSlot[] {
  const n = Number(service.spec?.replicas ?? 0)
  const wanted: WantedSlot[] = []
  for (let slot = 1; slot <= n; slot++) wanted.push({ slot, nodeId: '' })
  return wanted
}
