// The Raft settings of the swarm (docker's SwarmSpec.Raft plus shoal's tick period): their
// defaults, how an update merges into what is stored, what makes them valid, and how each
// manager applies them. Stored in the cluster object so every manager runs with the same.
//
// Applied live: the tick period, the snapshot interval, the old snapshots kept and the
// entries kept for slow followers (RaftStore.tune). raft-rs fixes the election and heartbeat ticks when it builds
// the node, so those apply when a manager next starts; each manager records the settings it
// last saw in <data-dir>/raft/settings.json (beside the Raft data, so they go with it) and
// opens its store with them.
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { OpenOptions, TuneOptions } from '../../native/index'
import { writeFileAtomic } from '../daemon/state'
import { invalid } from './errors'
import { v1 } from './store'

export interface RaftSettings {
  tickMs: number
  electionTicks: number
  heartbeatTicks: number
  snapshotInterval: number
  keepOldSnapshots: number
  logEntriesForSlowFollowers: number
}

// Failover within 1-2 s (an election timeout is randomised between electionTicks and
// twice that): 10x SwarmKit's 1 s tick, and still well clear of the stalls a loaded
// 2-core machine shows (a slow event loop or fsync must not look like a dead leader).
// The rest are SwarmKit's defaults.
export const DEFAULT_RAFT: Readonly<RaftSettings> = {
  tickMs: 100,
  electionTicks: 10,
  heartbeatTicks: 1,
  snapshotInterval: 10_000,
  keepOldSnapshots: 0,
  logEntriesForSlowFollowers: 500,
}

export const MIN_TICK_MS = 10
export const MAX_TICK_MS = 10_000
const MAX_TICKS = 10_000
const MAX_COUNT = 1_000_000_000
// Each is a copy of the whole store on disk.
const MAX_OLD_SNAPSHOTS = 100

export type RaftUpdate = Partial<RaftSettings>

// The stored settings (absent or zero fields: the default; a cluster made before these
// settings existed has none).
export function raftSettingsOf(spec: v1.IClusterSpec | null | undefined): RaftSettings {
  const r = spec?.raft
  const pick = (v: number | Long | null | undefined, def: number) => (v === null || v === undefined || Number(v) === 0 ? def : Number(v))
  return {
    tickMs: pick(r?.tickMs, DEFAULT_RAFT.tickMs),
    electionTicks: pick(r?.electionTicks, DEFAULT_RAFT.electionTicks),
    heartbeatTicks: pick(r?.heartbeatTicks, DEFAULT_RAFT.heartbeatTicks),
    snapshotInterval: pick(r?.snapshotInterval, DEFAULT_RAFT.snapshotInterval),
    // Zero is meaningful for these two, and is what an unset field reads as.
    keepOldSnapshots: Number(r?.keepOldSnapshots ?? 0),
    logEntriesForSlowFollowers: r?.logEntriesForSlowFollowers == null ? DEFAULT_RAFT.logEntriesForSlowFollowers : Number(r.logEntriesForSlowFollowers),
  }
}

// `current` with `update` applied, or an InvalidArgument error naming the first thing
// wrong (the caller then writes nothing).
export function mergeRaftSettings(current: RaftSettings, update: RaftUpdate): RaftSettings {
  const next = { ...current, ...stripUndefined(update) }
  const int = (v: number, name: string, min: number, max: number) => {
    if (!Number.isSafeInteger(v) || v < min || v > max) throw invalid(`invalid Raft ${name} ${v}: must be an integer from ${min} to ${max}`)
  }
  int(next.tickMs, 'tick period (ms)', MIN_TICK_MS, MAX_TICK_MS)
  int(next.heartbeatTicks, 'heartbeat tick', 1, MAX_TICKS - 1)
  int(next.electionTicks, 'election tick', 2, MAX_TICKS)
  if (next.electionTicks <= next.heartbeatTicks) {
    throw invalid(`invalid Raft election tick ${next.electionTicks}: must be greater than the heartbeat tick (${next.heartbeatTicks})`)
  }
  int(next.snapshotInterval, 'snapshot interval', 1, MAX_COUNT)
  int(next.logEntriesForSlowFollowers, 'log entries for slow followers', 0, MAX_COUNT)
  int(next.keepOldSnapshots, 'old snapshots to keep', 0, MAX_OLD_SNAPSHOTS)
  return next
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

export function raftConfigOf(s: RaftSettings): v1.RaftConfig {
  return new v1.RaftConfig({
    tickMs: s.tickMs,
    electionTicks: s.electionTicks,
    heartbeatTicks: s.heartbeatTicks,
    snapshotInterval: s.snapshotInterval,
    keepOldSnapshots: s.keepOldSnapshots,
    logEntriesForSlowFollowers: s.logEntriesForSlowFollowers,
  })
}

// What RaftStore.open takes from the settings.
export function openOptionsOf(s: RaftSettings): Pick<OpenOptions, 'tickMs' | 'electionTicks' | 'heartbeatTicks' | 'snapshotInterval' | 'catchUpEntries' | 'keepOldSnapshots'> {
  return {
    tickMs: s.tickMs,
    electionTicks: s.electionTicks,
    heartbeatTicks: s.heartbeatTicks,
    snapshotInterval: s.snapshotInterval,
    catchUpEntries: s.logEntriesForSlowFollowers,
    keepOldSnapshots: s.keepOldSnapshots,
  }
}

// What RaftStore.tune applies to a running store.
export function tuneOptionsOf(s: RaftSettings): TuneOptions {
  return { tickMs: s.tickMs, snapshotInterval: s.snapshotInterval, catchUpEntries: s.logEntriesForSlowFollowers, keepOldSnapshots: s.keepOldSnapshots }
}

const SETTINGS_FILE = 'settings.json'

// The settings this manager last saw in the cluster object (defaults before it saw any, or
// when the file is unreadable: the cluster object brings them again once applied).
export function loadLocalRaftSettings(raftDir: string): RaftSettings {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(raftDir, SETTINGS_FILE), 'utf8')) as RaftUpdate
    return mergeRaftSettings(DEFAULT_RAFT, saved)
  } catch {
    return { ...DEFAULT_RAFT }
  }
}

export function saveLocalRaftSettings(raftDir: string, s: RaftSettings): void {
  writeFileAtomic(path.join(raftDir, SETTINGS_FILE), JSON.stringify(s) + '\n', 0o644)
}

export function sameRaftSettings(a: RaftSettings, b: RaftSettings): boolean {
  return (Object.keys(DEFAULT_RAFT) as (keyof RaftSettings)[]).every((k) => a[k] === b[k])
}
