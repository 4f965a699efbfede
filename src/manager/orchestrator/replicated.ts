import type { Service, Shared, Task } from '../store'
import type { WantedSlot } from './slots'

export interface ReplicatedSlots {
  wanted: WantedSlot[]
  added: number // slots in `wanted` no task holds yet
  // Slots wanted that `wanted` leaves out (beyond the allowance): a later pass fills them.
  unfilled: number
}

// A replicated service wants slots 1..replicas; the scheduler picks their nodes. Only the
// slots its tasks already hold and at most `allowance` new ones (the lowest free numbers)
// are listed, so the work is bounded by the store's tasks and the allowance, never by the
// replica count (orchestrator/budget.ts).
export function replicatedSlots(service: Shared<Service>, tasks: readonly Shared<Task>[], allowance: number): ReplicatedSlots {
  const n = Number(service.spec?.replicas ?? 0)
  const held = new Set<number>()
  for (const t of tasks) {
    const slot = Number(t.slot)
    if (slot >= 1 && slot <= n) held.add(slot)
  }
  const taken = [...held].sort((a, b) => a - b)
  const wanted: WantedSlot[] = []
  let added = 0
  let i = 0
  for (let slot = 1; slot <= n; ) {
    if (i < taken.length && taken[i] === slot) {
      wanted.push({ slot, nodeId: '' })
      i++
      slot++
    } else if (added < allowance) {
      wanted.push({ slot, nodeId: '' })
      added++
      slot++
    } else if (i < taken.length) {
      slot = taken[i] // no new slot allowed: on to the next one held
    } else {
      break
    }
  }
  return { wanted, added, unfilled: n - taken.length - added }
}
