// Bounds on what callers of the swarm listener may hold open at once (issue 15: a caller
// must not take a manager down by opening too much). Past a bound a call is refused with
// RESOURCE_EXHAUSTED naming it, and whatever is already admitted goes on.

// Joins (NodeCA.IssueNodeCertificate) handled at once. Each signs a certificate and
// commits a node through Raft; a thousand nodes joining together would otherwise each hold
// a request, a CSR and a proposal on the manager. The joining side retries a refused join
// (src/rpc/join.ts), so a burst is spread out rather than failed.
export const MAX_CONCURRENT_JOINS = 32

// Dispatcher.Session streams open per node. A node has one session (the dispatcher closes
// the previous one when a new one registers); the slack covers a reconnection racing the
// close of the connection it replaces. A node opening sessions in a loop would otherwise
// have the dispatcher build its whole assignment set once per stream.
export const MAX_SESSIONS_PER_NODE = 4

// Counts what is admitted, per key; admits while under `max`.
export class Admission {
  private readonly held = new Map<string, number>()

  constructor(readonly max: number) {}

  // A release function (idempotent) if admitted, else null.
  enter(key = ''): (() => void) | null {
    const n = this.held.get(key) ?? 0
    if (n >= this.max) return null
    this.held.set(key, n + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = (this.held.get(key) ?? 1) - 1
      if (left > 0) this.held.set(key, left)
      else this.held.delete(key)
    }
  }

  count(key = ''): number {
    return this.held.get(key) ?? 0
  }
}
