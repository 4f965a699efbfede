// The order a stack's services are first created in: each after the services it
// depends_on. A cycle is refused with its members named in order (a -> b -> a); so is a
// dependency on a service the stack does not have.
import type { PlannedService } from './plan'

export function dependencyProblems(services: readonly PlannedService[]): string[] {
  const byKey = new Map(services.map((s) => [s.key, s]))
  const problems: string[] = []
  for (const s of services) {
    for (const d of s.dependsOn) {
      if (d.service === s.key) problems.push(`${d.where}: services.${s.key}.depends_on: a service cannot depend on itself`)
      else if (!byKey.has(d.service)) problems.push(`${d.where}: services.${s.key}.depends_on: service "${d.service}" is not in the stack`)
    }
  }
  if (problems.length > 0) return problems
  // Depth-first search; a service met again while still on the path closes a cycle.
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const seen = new Set<string>()
  const visit = (key: string): void => {
    state.set(key, 'open')
    path.push(key)
    for (const d of byKey.get(key)!.dependsOn) {
      const st = state.get(d.service)
      if (st === 'open') {
        const cycle = [...path.slice(path.indexOf(d.service)), d.service]
        const id = [...cycle.slice(0, -1)].sort().join(',')
        if (!seen.has(id)) {
          seen.add(id)
          problems.push(`${d.where}: depends_on cycle: ${cycle.join(' -> ')}`)
        }
      } else if (st === undefined) visit(d.service)
    }
    path.pop()
    state.set(key, 'done')
  }
  for (const s of services) if (!state.has(s.key)) visit(s.key)
  return problems
}

// Services in an order where every dependency comes first (file order otherwise).
// Assumes dependencyProblems found none.
export function creationOrder(services: readonly PlannedService[]): PlannedService[] {
  const byKey = new Map(services.map((s) => [s.key, s]))
  const out: PlannedService[] = []
  const placed = new Set<string>()
  const place = (s: PlannedService): void => {
    if (placed.has(s.key)) return
    placed.add(s.key)
    for (const d of s.dependsOn) place(byKey.get(d.service)!)
    out.push(s)
  }
  for (const s of services) place(s)
  return out
}
