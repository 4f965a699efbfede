// Idempotency of forwarded writes. A manager that forwards a client's write to the leader
// gives it a request id and keeps that id over its retries (a leader lost mid-call, a new
// one elected: src/daemon/leader-proxy.ts). The leader that commits the write records the
// id in the replicated store, in the same Raft entry as the write's first change, so
// whichever leader a retry reaches knows whether the write committed: a retry of a
// committed write is answered from the record, never applied twice. A write refused for
// good (409, 404, 400) under an id that came from outside the leader (a client's header, a
// forwarding manager's) is recorded too (recordRefusal): a late copy is refused the same way.
//
// Why the write's own entry and not a second one: a record written after the write could
// be lost with the leader between the two, and the retry would apply the write again.
// Why AsyncLocalStorage: every write path (Control, secrets, configs, networks, the swarm's
// own settings) commits through ClusterStore.commit; carrying the id through each of their
// signatures would touch every one of them for one concern that none of them acts on.
import { AsyncLocalStorage } from 'node:async_hooks'
import { shoal } from '../generated/shoal'
import type { ClusterStore, StoreReader, WriteBatch } from './store'
import { ShoalError, invalid, type ErrorCode } from './errors'

// How long a record is kept. A retry comes within two election timeouts of the failure
// (2 s at the default Raft settings, 40 s at the largest election tick and tick period a
// swarm may set: raft-config.ts); a client's own retry within minutes.
export const REQUEST_RECORD_TTL_MS = 5 * 60_000
// At most this many records are kept (the oldest go first): each is ~100 bytes in every
// manager's store and snapshot. 10,000 is far above the writes a swarm takes in a TTL
// (measured commit rates are hundreds per second only under benchmarks, with no retries).
export const MAX_REQUEST_RECORDS = 10_000
// Request ids are UUIDs as the forwarding manager makes them; a client may give its own.
const MAX_REQUEST_ID_BYTES = 128

export type RequestRecord = shoal.v1.RequestRecord

interface Scope {
  readonly id: string
  readonly method: string
  readonly path: string
  // Closed once the request is answered: a timer or promise the handler started (which
  // inherits this scope) must not put the record into a later, unrelated write.
  open: boolean
  // The batch carrying the record while it is proposed; set for good once it committed.
  carrier: WriteBatch | null
  committed: boolean
}

// Batches that hold a record action already (a batch proposed again after a failure, as a
// retry loop does, must not get a second one).
const carrying = new WeakSet<WriteBatch>()

const scopes = new AsyncLocalStorage<Scope>()

// A request id as a client or a manager sends it: refused unless printable and short.
export function checkRequestId(id: string): string {
  if (!/^[\x21-\x7e]+$/.test(id) || id.length > MAX_REQUEST_ID_BYTES) {
    throw invalid(`invalid request id ${JSON.stringify(id.slice(0, 40))}: at most ${MAX_REQUEST_ID_BYTES} printable ASCII characters`)
  }
  return id
}

// Runs a write's handler with its request id in scope: the first batch it commits carries
// the record (recordInto).
export async function withRequestId<T>(id: string, method: string, path: string, fn: () => Promise<T>): Promise<T> {
  const scope: Scope = { id, method, path, open: true, carrier: null, committed: false }
  try {
    return await scopes.run(scope, fn)
  } finally {
    scope.open = false
  }
}

// Called by ClusterStore.commit for every batch: adds the record of the request in scope
// to its first batch (the next one, if that one failed). Returns what the commit reports
// its outcome to, or null when the batch carries no record.
export function recordInto(batch: WriteBatch): ((committed: boolean) => void) | null {
  const scope = scopes.getStore()
  if (!scope || !scope.open || scope.committed || batch.size === 0) return null
  if (scope.carrier && scope.carrier !== batch) return null
  scope.carrier = batch
  if (!carrying.has(batch)) {
    carrying.add(batch)
    const created = batch.actions.find((a) => a.kind === 'create')
    batch.create(
      'requests',
      new shoal.v1.RequestRecord({ meta: new shoal.v1.Meta({ id: scope.id }), method: scope.method, path: scope.path, createdId: created?.id ?? '' }),
    )
  }
  return (committed) => {
    if (committed) scope.committed = true
    if (scope.carrier === batch) scope.carrier = null
  }
}

// Refusals decided by the input or the swarm's state: final, so recorded. Not Unavailable
// (no leader, leadership lost: the write may still commit) nor Internal.
const FINAL_REFUSALS: ReadonlySet<string> = new Set(['InvalidArgument', 'NotFound', 'AlreadyExists', 'Conflict'])

// Records a write's refusal under its request id before the client reads it, so a copy of
// the request that arrives later (a forward cut off by a partition reaching the leader once
// it heals, after the client retried elsewhere and was refused) is refused the same way
// instead of applying after the client was told it did not. Resolves true when recorded;
// false when the error is not a final refusal. A record that cannot be written fails: the
// outcome is then unknown to the client, which retries under the same id.
export async function recordRefusal(store: Pick<ClusterStore, 'write'>, id: string, method: string, path: string, err: unknown): Promise<boolean> {
  if (!(err instanceof ShoalError) || !FINAL_REFUSALS.has(err.code)) return false
  await store.write((batch) => {
    batch.create('requests', new shoal.v1.RequestRecord({ meta: new shoal.v1.Meta({ id }), method, path, refusedCode: err.code, refusedMessage: err.message }))
  })
  return true
}

// The error a recorded refusal answers with, or null for a record of a committed write.
export function refusalOf(rec: RequestRecord): ShoalError | null {
  return rec.refusedCode ? new ShoalError(rec.refusedCode as ErrorCode, rec.refusedMessage ?? '') : null
}

// The record of a request that committed, unless it expired (a record past its TTL and
// not yet pruned counts as gone, so the answer does not depend on when pruning ran).
export function findRecord(view: StoreReader, id: string, now = Date.now()): RequestRecord | null {
  const rec = view.get('requests', id) as RequestRecord | null
  return rec && !expired(rec, now) ? rec : null
}

function expired(rec: RequestRecord, now: number): boolean {
  return now - Number(rec.meta?.createdAt ?? 0) > REQUEST_RECORD_TTL_MS
}

// The records to delete: the expired ones, and the oldest beyond the bound.
export function recordsToPrune(records: readonly RequestRecord[], now = Date.now(), max = MAX_REQUEST_RECORDS): string[] {
  const live = records.filter((r) => !expired(r, now))
  const out = records.filter((r) => expired(r, now)).map((r) => r.meta!.id!)
  if (live.length > max) {
    live.sort((a, b) => Number(a.meta?.createdAt ?? 0) - Number(b.meta?.createdAt ?? 0))
    for (const r of live.slice(0, live.length - max)) out.push(r.meta!.id!)
  }
  return out
}

// How often the leader deletes records past their TTL or the bound.
const PRUNE_EVERY_MS = 30_000

// The leader's component that keeps the records within their TTL and bound.
export class RequestRecordPruner {
  private timer: NodeJS.Timeout | null = null
  private running = false

  constructor(private readonly store: Pick<ClusterStore, 'view' | 'write'>) {}

  start(): void {
    this.timer = setInterval(() => void this.prune().catch((err) => console.error(`manager: pruning request records: ${(err as Error).message}`)), PRUNE_EVERY_MS)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  // Deletes what recordsToPrune names; resolves with how many.
  async prune(now = Date.now()): Promise<number> {
    if (this.running) return 0
    this.running = true
    try {
      const ids = recordsToPrune(this.store.view().list('requests') as RequestRecord[], now)
      if (ids.length === 0) return 0
      await this.store.write((batch) => {
        for (const id of ids) batch.delete('requests', id)
      })
      return ids.length
    } finally {
      this.running = false
    }
  }
}
