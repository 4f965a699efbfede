// What the API shows of a swarm's store, for tests that check a refused request changed
// nothing (refusals.test, fuzzing): every table as it lists it.
import type { TestDaemon } from './daemon'

export const STORE_TABLES = ['/swarm', '/nodes', '/services', '/tasks', '/secrets', '/configs', '/networks'] as const

export type StoreState = Record<string, unknown>

// Every table as the API lists it (a status code where the listing failed).
export async function storeTables(d: Pick<TestDaemon, 'api'>): Promise<StoreState> {
  const tables: StoreState = {}
  for (const p of STORE_TABLES) {
    const r = await d.api('GET', p)
    tables[p] = r.status === 200 ? r.body : r.status
  }
  return tables
}

export async function storeState(d: Pick<TestDaemon, 'api'>): Promise<string> {
  return JSON.stringify(await storeTables(d))
}

// The tables that differ between two readings.
export function changedTables(before: StoreState, after: StoreState): string[] {
  return STORE_TABLES.filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]))
}

// The store once it stops moving: `readings` equal readings `everyMs` apart (a removed
// service's tasks leave through the reaper; a node's status settles after init), bounded.
export async function settledStore(d: Pick<TestDaemon, 'api'>, opts: { readings?: number; everyMs?: number; timeoutMs?: number } = {}): Promise<StoreState> {
  const readings = opts.readings ?? 3
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000)
  let last = ''
  let same = 0
  for (;;) {
    const now = await storeTables(d)
    const text = JSON.stringify(now)
    same = text === last ? same + 1 : 1
    last = text
    if (same >= readings) return now
    if (Date.now() > deadline) throw new Error(`the store did not settle within ${opts.timeoutMs ?? 60_000} ms`)
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 400))
  }
}
