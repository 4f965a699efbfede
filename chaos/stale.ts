// Reads that were certainly stale, found directly in a history (Porcupine says which
// objects' histories are not linearizable; this says which reads, and by how much): a read
// that returned the value of write W although another write X, invoked after W completed,
// had completed before the read was invoked, with no rollback overlapping (a rollback can
// bring an older value back).
import type { OpRecord } from './history'

export interface StaleRead {
  read: OpRecord
  written: OpRecord // the write whose value it returned
  newer: OpRecord // a write acknowledged before the read began, after that one
  staleMs: number // from the newer write's completion to the read's invocation
}

export function staleReads(ops: OpRecord[]): StaleRead[] {
  const byKey = new Map<string, OpRecord[]>()
  for (const op of ops) byKey.set(op.key, [...(byKey.get(op.key) ?? []), op])
  const found: StaleRead[] = []
  for (const list of byKey.values()) {
    const acked = list.filter((o) => o.op !== 'read' && o.op !== 'rollback' && o.outcome === 'ok' && o.status === 'ok')
    const rollbacks = list.filter((o) => o.op === 'rollback' && o.outcome !== 'fail')
    const writer = new Map(acked.filter((o) => o.value).map((o) => [o.value!, o]))
    for (const r of list) {
      if (r.op !== 'read' || r.outcome !== 'ok' || r.status !== 'ok') continue
      const w = writer.get(r.out ?? '')
      if (!w) continue
      const newer = acked.filter(
        (x) => x.call > w.return && x.return < r.call && !rollbacks.some((y) => y.call < r.return && (y.outcome === 'ok' ? y.return : Infinity) > x.call),
      )
      if (newer.length) {
        const x = newer[newer.length - 1]
        found.push({ read: r, written: w, newer: x, staleMs: (r.call - x.return) / 1e6 })
      }
    }
  }
  return found
}
