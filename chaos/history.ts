// The record of every client operation of a chaos run: what was asked, of which object,
// when it was invoked and when it completed (ns on this process's monotonic clock), and
// its outcome, as the linearizability checker (chaos/checker) reads it. One JSON line per
// operation.
//
// Outcomes, as Jepsen and Porcupine treat them:
// - ok: a definite answer: the operation took effect, or it was refused for a reason the
//   model knows (status: exists, notfound, conflict, noprev);
// - fail: it surely had no effect: the request never reached a daemon (the socket
//   refused it) or was refused before anything was proposed;
// - unknown: it may or may not have taken effect (a timeout, a connection lost after the
//   request went out, an error answer after it may have been proposed). The checker lets
//   it take effect at any time after its invocation, or never.
import * as fs from 'node:fs'

export type Outcome = 'ok' | 'fail' | 'unknown'
export type OpName = 'create' | 'update' | 'rollback' | 'remove' | 'read'
export type Status = 'ok' | 'exists' | 'notfound' | 'conflict' | 'noprev'

export interface OpRecord {
  client: number
  key: string // service:NAME | secret:NAME | node:ID
  op: OpName
  value?: string // create/update: the value written (unique in the run)
  expect?: string // update/rollback: the value read before, whose version the request carries
  call: number
  return: number
  outcome: Outcome
  status?: Status // outcome ok
  out?: string // read: the value seen
  prev?: string // read of a service: its previous spec's value
  server: string // the manager asked
  error?: string // what the client saw when the outcome is not ok (for the run's report)
  faults?: string[] // faults in force at invocation
  // The first attempt, when it got no definite answer: what it met, at which manager, and
  // how many attempts the operation took in all (chaos/workload.ts retries); cutOff: that
  // manager could reach no majority of the managers then (nemesis.ts).
  first?: { outcome: Outcome; error: string; server: string; attempts: number; cutOff?: boolean }
}

export class History {
  private readonly start = process.hrtime.bigint()
  readonly ops: OpRecord[] = []

  // ns since the history began; monotonic, and exact as a double for 104 days.
  now(): number {
    return Number(process.hrtime.bigint() - this.start)
  }

  add(op: OpRecord): void {
    this.ops.push(op)
  }

  write(file: string): void {
    fs.writeFileSync(file, this.ops.map((o) => JSON.stringify(o)).join('\n') + '\n')
  }
}

// An answer, or what went wrong with the request.
export type Attempt = { status: number; body: any; text: string } | { error: Error & { code?: string } }

// Error codes that mean the request was never received: the daemon's socket is not
// there or nobody listens on it.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOENT'])
const NOT_FORWARDED = /^forwarding to the leader at \S+ failed: (this manager is no longer the leader|No connection established)/

// What an HTTP attempt says about an operation's effect. Refusals the model knows are
// read from docker's status codes and shoal's messages (src/manager/errors.ts).
export function classify(op: OpName, a: Attempt): { outcome: Outcome; status?: Status; error?: string } {
  if ('error' in a) {
    const code = a.error.code ?? ''
    return { outcome: NOT_SENT.has(code) ? 'fail' : 'unknown', error: `${code || 'error'}: ${a.error.message}` }
  }
  const message = typeof a.body === 'object' && a.body?.message ? String(a.body.message) : a.text.slice(0, 200)
  if (a.status >= 200 && a.status < 300) return { outcome: 'ok', status: 'ok' }
  if (a.status === 404) return { outcome: 'ok', status: 'notfound' }
  if (a.status === 409) return { outcome: 'ok', status: op === 'create' ? 'exists' : 'conflict' }
  if (a.status === 503 && /does not have a previous spec/.test(message)) return { outcome: 'ok', status: 'noprev' }
  // 400: refused while checking the request, before any proposal. A follower that found
  // no leader to forward to, or whose forward never connected or reached a manager that
  // had stopped leading, sent the write nowhere (src/daemon/leader-proxy.ts,
  // src/rpc/server.ts ControlProxy).
  if (a.status === 400 || NOT_FORWARDED.test(message)) return { outcome: 'fail', error: `${a.status}: ${message}` }
  // 5xx: a manager that found no leader within its bound (docker's "The swarm does not
  // have a leader"), a forward that broke, a proposal whose leader stepped down: it may
  // have been proposed (an earlier attempt of the forward), so it may still commit.
  return { outcome: 'unknown', error: `${a.status}: ${message}` }
}
