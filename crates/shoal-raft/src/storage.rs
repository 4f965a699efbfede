//! raft-rs reads the log through [`raft::Storage`]; this is the in-memory mirror of what
//! shoal-log holds on disk. The driver writes to both, disk first, so the mirror never claims an
//! entry that a crash could lose.

use std::cell::Cell;
use std::path::PathBuf;

use raft::eraftpb::{ConfState, Entry, HardState, Snapshot, SnapshotMetadata};
use raft::{GetEntriesContext, RaftState, StorageError};
use shoal_log::Key;

pub struct LogStorage {
    hard_state: HardState,
    conf_state: ConfState,
    /// The newest durable snapshot; followers that fall behind the log get it from this file.
    snapshot_meta: SnapshotMetadata,
    snapshot_path: Option<PathBuf>,
    /// Contiguous; may start before the snapshot index, to spare slow followers a snapshot.
    entries: Vec<Entry>,
    /// Set when raft asked for a snapshot the newest one cannot serve (too old, or taken before
    /// the follower it is for joined the configuration); the driver then takes a new one.
    snapshot_wanted: Cell<bool>,
    /// The log's key: snapshot files are encrypted with it.
    key: Key,
}

impl LogStorage {
    pub fn new(
        hard_state: HardState,
        snapshot: Option<(SnapshotMetadata, PathBuf)>,
        entries: Vec<Entry>,
        key: Key,
    ) -> LogStorage {
        let mut s = LogStorage {
            hard_state,
            conf_state: ConfState::default(),
            snapshot_meta: SnapshotMetadata::default(),
            snapshot_path: None,
            entries,
            snapshot_wanted: Cell::new(false),
            key,
        };
        if let Some((meta, path)) = snapshot {
            s.conf_state = meta.get_conf_state().clone();
            // A snapshot is committed by definition, even if the hard state record saying so
            // was lost with a torn tail.
            s.hard_state.term = s.hard_state.term.max(meta.term);
            s.hard_state.commit = s.hard_state.commit.max(meta.index);
            s.snapshot_meta = meta;
            s.snapshot_path = Some(path);
        }
        s
    }

    pub fn hard_state(&self) -> &HardState {
        &self.hard_state
    }

    pub fn set_hard_state(&mut self, hs: HardState) {
        self.hard_state = hs;
    }

    pub fn set_commit(&mut self, commit: u64) {
        self.hard_state.commit = commit;
    }

    pub fn conf_state(&self) -> &ConfState {
        &self.conf_state
    }

    pub fn set_conf_state(&mut self, cs: ConfState) {
        self.conf_state = cs;
    }

    pub fn snapshot_index(&self) -> u64 {
        self.snapshot_meta.index
    }

    pub fn first(&self) -> u64 {
        self.entries
            .first()
            .map_or(self.snapshot_meta.index + 1, |e| e.index)
    }

    pub fn last(&self) -> u64 {
        self.entries
            .last()
            .map_or(self.snapshot_meta.index, |e| e.index)
    }

    pub fn term_of(&self, index: u64) -> Option<u64> {
        if index == self.snapshot_meta.index {
            return Some(self.snapshot_meta.term);
        }
        let first = self.first();
        if index < first || index > self.last() {
            return None;
        }
        Some(self.entries[(index - first) as usize].term)
    }

    /// Appends entries that are already durable; an overlap replaces the old suffix.
    pub fn append(&mut self, ents: Vec<Entry>) {
        let Some(head) = ents.first() else { return };
        let first = self.first();
        assert!(
            head.index >= first,
            "append at {} below first index {first}",
            head.index
        );
        assert!(
            head.index <= self.last() + 1,
            "append at {} leaves a gap after {}",
            head.index,
            self.last()
        );
        self.entries.truncate((head.index - first) as usize);
        self.entries.extend(ents);
    }

    /// Records a newer durable snapshot taken locally; entries stay until [`compact`].
    pub fn set_snapshot(&mut self, meta: SnapshotMetadata, path: PathBuf) {
        self.snapshot_meta = meta;
        self.snapshot_path = Some(path);
    }

    /// Drops entries below `index` (they stay readable through the snapshot).
    pub fn compact(&mut self, index: u64) {
        let first = self.first();
        if index <= first {
            return;
        }
        let n = ((index - first) as usize).min(self.entries.len());
        self.entries.drain(..n);
    }

    /// Whether raft asked for a newer snapshot since the last call.
    pub fn take_snapshot_wanted(&self) -> bool {
        self.snapshot_wanted.replace(false)
    }

    /// Replaces everything with a snapshot received from the leader.
    pub fn install_snapshot(&mut self, meta: SnapshotMetadata, path: PathBuf) {
        self.hard_state.term = self.hard_state.term.max(meta.term);
        self.hard_state.commit = meta.index;
        self.conf_state = meta.get_conf_state().clone();
        self.entries.clear();
        self.snapshot_meta = meta;
        self.snapshot_path = Some(path);
    }
}

impl raft::Storage for LogStorage {
    fn initial_state(&self) -> raft::Result<RaftState> {
        Ok(RaftState::new(
            self.hard_state.clone(),
            self.conf_state.clone(),
        ))
    }

    fn entries(
        &self,
        low: u64,
        high: u64,
        max_size: impl Into<Option<u64>>,
        _context: GetEntriesContext,
    ) -> raft::Result<Vec<Entry>> {
        let first = self.first();
        if low < first {
            return Err(raft::Error::Store(StorageError::Compacted));
        }
        if high > self.last() + 1 {
            return Err(raft::Error::Store(StorageError::Unavailable));
        }
        let mut ents = self.entries[(low - first) as usize..(high - first) as usize].to_vec();
        raft::util::limit_size(&mut ents, max_size.into());
        Ok(ents)
    }

    fn term(&self, idx: u64) -> raft::Result<u64> {
        if idx == self.snapshot_meta.index {
            return Ok(self.snapshot_meta.term);
        }
        if idx < self.first() {
            return Err(raft::Error::Store(StorageError::Compacted));
        }
        self.term_of(idx)
            .ok_or(raft::Error::Store(StorageError::Unavailable))
    }

    fn first_index(&self) -> raft::Result<u64> {
        Ok(self.first())
    }

    fn last_index(&self) -> raft::Result<u64> {
        Ok(self.last())
    }

    fn snapshot(&self, request_index: u64, to: u64) -> raft::Result<Snapshot> {
        let unavailable = || {
            self.snapshot_wanted.set(true);
            raft::Error::Store(StorageError::SnapshotTemporarilyUnavailable)
        };
        let Some(path) = &self.snapshot_path else {
            return Err(unavailable());
        };
        let meta = &self.snapshot_meta;
        let cs = meta.get_conf_state();
        // A member refuses a snapshot whose configuration does not include it, so one taken
        // before the member was added is no use to it.
        let includes_target = cs.voters.contains(&to) || cs.learners.contains(&to);
        if meta.index < request_index || !includes_target {
            return Err(unavailable());
        }
        // A read failure here is an I/O failure of our own disk: raft-rs treats it as fatal.
        shoal_log::read_snapshot(path, &self.key)
            .map_err(|e| raft::Error::Store(StorageError::Other(Box::new(e))))
    }
}
