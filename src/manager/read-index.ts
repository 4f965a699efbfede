// Linearizable reads on every manager (Raft's ReadIndex, section 6.4 of the Raft thesis):
// before a read of the store is answered, this manager asks the leader for its commit
// index (the leader confirms with a quorum that it still leads) and waits until it has
// applied up to it (RaftStore.readIndex does both). A read then sees every write
// acknowledged before it began, whichever manager answers it: a follower catching up after
// a restart, or a leader deposed without knowing it, waits or fails instead of answering
// from a stale replica (the stale reads docs/RELIABILITY.md records).
//
// Reads that arrive while a round is in flight share the next round (not the current one:
// it may have been confirmed before they arrived), so a burst of reads costs two rounds.
import type { RaftStore } from '../../native/index'
import { NO_LEADER, ShoalError } from './errors'

export class ReadBarrier {
  private inFlight: Promise<void> | null = null
  private queued: Promise<void> | null = null

  constructor(private readonly raft: Pick<RaftStore, 'readIndex'>) {}

  // Resolves once this manager's store holds every write acknowledged before the call;
  // rejects (Unavailable, in docker's words) when no leader confirmed one in time.
  wait(): Promise<void> {
    if (!this.inFlight) return (this.inFlight = this.round())
    if (!this.queued) {
      const current = this.inFlight
      this.queued = current.then(
        () => this.next(),
        () => this.next(),
      )
    }
    return this.queued
  }

  private next(): Promise<void> {
    this.queued = null
    return (this.inFlight = this.round())
  }

  private round(): Promise<void> {
    const p: Promise<void> = this.raft.readIndex().then(
      () => {
        if (this.inFlight === p) this.inFlight = null
      },
      (err: Error & { code?: string }) => {
        if (this.inFlight === p) this.inFlight = null
        if (err.code === 'Timeout') throw new ShoalError('Unavailable', NO_LEADER)
        throw new ShoalError('Unavailable', `reading the swarm's state: ${err.message}`)
      },
    )
    return p
  }
}
