// Docker's SwarmSpec.Raft <-> shoal's Raft settings (src/manager/raft-config.ts), plus
// shoal's TickPeriod (nanoseconds, as docker's other durations). Here only the shape is
// checked; ranges and the relations between fields are checked against the stored
// settings when the update is applied (mergeRaftSettings).
import { invalid } from '../manager/errors'
import type { RaftSettings, RaftUpdate } from '../manager/raft-config'
import { nonNegativeInt } from './convert'

type Json = Record<string, any>

// An absent or null field keeps its stored value (clients send back the spec they read).
// So does a zero where zero cannot be meant, as docker's daemon merges a spec
// (MergeSwarmSpecToGRPC): docker's CLI sends ElectionTick and HeartbeatTick as 0 with every
// `swarm init`. KeepOldSnapshots and LogEntriesForSlowFollowers take 0 as given (docker's
// CLI leaves them out unless set).
export function raftUpdateFromDocker(raw: unknown): RaftUpdate {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid('invalid Raft: must be an object')
  const r = raw as Json
  const field = (key: string) => (r[key] === undefined || r[key] === null ? undefined : nonNegativeInt(r[key], `Raft ${key}`))
  const unlessZero = (key: string) => field(key) || undefined
  const out: RaftUpdate = {
    snapshotInterval: unlessZero('SnapshotInterval'),
    keepOldSnapshots: field('KeepOldSnapshots'),
    logEntriesForSlowFollowers: field('LogEntriesForSlowFollowers'),
    electionTicks: unlessZero('ElectionTick'),
    heartbeatTicks: unlessZero('HeartbeatTick'),
  }
  const tickNs = unlessZero('TickPeriod')
  if (tickNs !== undefined) {
    if (tickNs % 1e6 !== 0) throw invalid(`invalid Raft TickPeriod ${tickNs}: must be a whole number of milliseconds`)
    out.tickMs = tickNs / 1e6
  }
  return out
}

export function raftToDocker(s: RaftSettings): Json {
  return {
    SnapshotInterval: s.snapshotInterval,
    KeepOldSnapshots: s.keepOldSnapshots,
    LogEntriesForSlowFollowers: s.logEntriesForSlowFollowers,
    ElectionTick: s.electionTicks,
    HeartbeatTick: s.heartbeatTicks,
    TickPeriod: s.tickMs * 1e6,
  }
}
