//! The durable Raft log of a shoal manager.
//!
//! A data directory holds:
//!
//! * segment files `log-<seq>.seg` (sequence numbers in hex, zero padded so that name order is
//!   write order), each a header `[b"SHOALLOG"][u32 format version][key check]` followed by a run
//!   of records `[u32 head][u32 crc32c][sealed payload]`, little endian;
//! * at most one durable snapshot `snap-<index>-<term>.snap` (plus, briefly, its successor);
//! * a `LOCK` file held with an exclusive lock while the log is open.
//!
//! Everything that holds state machine or Raft data is encrypted at rest with AES-256-GCM under
//! the [`Key`] given to [`Log::open`] (SwarmKit's Raft DEK): each record's payload is sealed as
//! `[12-byte nonce][ciphertext][16-byte tag]` with the record's `head` as additional data, and a
//! snapshot file's metadata and data are sealed as one. The key check in each segment header
//! (a seal of nothing) tells a wrong key from damage. Nonces: 12 random bytes from the OS at each
//! open, then counted up by one per seal (a 96-bit counter). Within one open no value repeats;
//! every open (a restart, or the open that truncates a torn tail and then appends where the torn
//! record was) starts at a fresh random point, so two opens' runs of a and b seals overlap with
//! probability at most (a+b)/2^96: nothing on disk has to be trusted to pick the next nonce.
//!
//! `head` is the (sealed) payload length in its low 30 bits and the record kind in its top two bits:
//! a protobuf `eraftpb::Entry`, a protobuf `eraftpb::HardState`, or a snapshot mark (a protobuf
//! `eraftpb::SnapshotMetadata`, written when a snapshot received from a leader replaces the log).
//! The CRC covers `head` as well as the sealed payload, so a flipped length bit is caught rather
//! than sending the reader to a wrong offset, and an all-zero region never reads as a valid record.
//! The CRC, not the GCM tag, decides what a torn write is; a record whose CRC checks out but whose
//! tag does not was altered after it was written, and is always an error.
//!
//! Writes are buffered and made durable by [`Log::sync`]: one `fdatasync` for everything buffered
//! since the last one (group commit). Nothing in a file is ever rewritten in place: raft's
//! conflicting-suffix overwrite is an append of entries whose index is not above the last one,
//! and recovery lets the later record win. The hard state lives in the same stream, so entries and
//! the hard state that refers to them become durable with the same single fsync; every new
//! segment starts with a copy of the current hard state, so dropping old segments never loses it.
//!
//! Recovery ([`Log::open`]) replays every segment. A bad record at the very end of the newest
//! segment is what a crash during an append leaves behind: it was never acknowledged, so it is
//! truncated away. A bad record anywhere else — in an older segment, or followed by a record that
//! checks out — means the disk lost acknowledged data, and opening fails with
//! [`LogError::Corrupt`] instead of silently dropping it. A segment or snapshot without the
//! current format's header (shoal's first, plaintext format) is refused with
//! [`LogError::Format`]: there is no migration.

mod error;
mod files;
mod record;
mod seal;

use std::collections::VecDeque;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use raft::eraftpb::{Entry, HardState, Snapshot, SnapshotMetadata};

pub use error::{LogError, Result};
pub use files::read_snapshot;
pub use seal::Key;

use error::io_err;
use files::{
    create_segment, parse_segment_name, parse_snapshot_name, segment_name, snapshot_name, sync_dir,
    write_snapshot,
};
use record::{push_record, Replay};
use seal::{check_segment_header, Sealer};

const HEADER_LEN: usize = 8;
const LEN_MASK: u32 = (1 << 30) - 1;
/// Records cannot be longer than the length field allows; 1 GiB is far above any sane batch.
pub const MAX_RECORD_LEN: usize = LEN_MASK as usize;

const KIND_ENTRY: u32 = 0;
const KIND_HARD_STATE: u32 = 1;
const KIND_SNAPSHOT_MARK: u32 = 2;

const SNAPSHOT_MAGIC: &[u8; 8] = b"SHOALSNP";
const SEGMENT_MAGIC: &[u8; 8] = b"SHOALLOG";
/// Format 2: encrypted. Format 1 (the first shoal) wrote plaintext: snapshots with version 1,
/// segments with no header at all.
const FORMAT_VERSION: u32 = 2;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
const SEAL_OVERHEAD: usize = NONCE_LEN + TAG_LEN;
/// Magic, version, and the key check: a seal of nothing under the segment's key.
const SEGMENT_HEADER_LEN: usize = 8 + 4 + SEAL_OVERHEAD;
const FORMAT_1_ADVICE: &str = "written by an older shoal whose Raft log was not encrypted; \
     there is no migration: remove the manager's raft directory (swarm leave, then init or join)";

/// Tunables of a [`Log`].
#[derive(Clone, Debug)]
pub struct Options {
    /// A segment is closed and a new one started once it reaches this size. A single batch is
    /// never split, so a segment can exceed it by up to one batch.
    pub segment_size: u64,
    /// Superseded snapshots kept on disk besides the newest (docker's KeepOldSnapshots), for
    /// an operator's recovery; the log only ever reads the newest.
    pub keep_old_snapshots: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            segment_size: 64 << 20,
            keep_old_snapshots: 0,
        }
    }
}

/// What [`Log::open`] found on disk.
#[derive(Debug, Default)]
pub struct Recovered {
    pub hard_state: HardState,
    /// The newest durable snapshot, data included.
    pub snapshot: Option<Snapshot>,
    /// Every entry after the snapshot, in index order, contiguous.
    pub entries: Vec<Entry>,
    /// Set when an unacknowledged, partially written tail was cut off.
    pub truncated_tail: Option<TailTruncation>,
}

#[derive(Debug, Clone)]
pub struct TailTruncation {
    pub path: PathBuf,
    pub offset: u64,
    pub dropped_bytes: u64,
}

#[derive(Debug)]
struct Segment {
    seq: u64,
    path: PathBuf,
    /// Highest entry index ever written to this segment (0 when none): the segment may go once
    /// a snapshot covers it.
    max_index: u64,
}

/// An open log. Not thread safe by itself: the Raft driver owns it on one thread.
pub struct Log {
    dir: PathBuf,
    opts: Options,
    _lock: File,
    segments: Vec<Segment>,
    active: File,
    active_len: u64,
    buf: Vec<u8>,
    buf_max_index: u64,
    hard_state: HardState,
    /// The newest hard state already on disk. A new segment starts with this one, not with a
    /// buffered newer one whose commit index may point at entries not yet written.
    durable_hard_state: HardState,
    /// Index of the last entry (or of the snapshot when no entry follows it).
    last_index: u64,
    snapshot: Option<(SnapshotMetadata, PathBuf)>,
    /// Superseded snapshot files still on disk, oldest first (at most keep_old_snapshots).
    old_snapshots: VecDeque<PathBuf>,
    sealer: Sealer,
}

impl Log {
    /// Opens (creating if needed) the log in `dir`, encrypted with `key`, and recovers its
    /// content. A log written with another key fails with [`LogError::WrongKey`].
    pub fn open(dir: impl AsRef<Path>, key: &Key, opts: Options) -> Result<(Log, Recovered)> {
        let dir = dir.as_ref().to_path_buf();
        fs::create_dir_all(&dir).map_err(io_err(format!("create {}", dir.display())))?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("LOCK"))
            .map_err(io_err("open LOCK"))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(LogError::Locked(dir)),
            Err(fs::TryLockError::Error(e)) => return Err(io_err("lock LOCK")(e)),
        }

        let mut seg_seqs = Vec::new();
        let mut snaps = Vec::new();
        for ent in fs::read_dir(&dir).map_err(io_err(format!("read {}", dir.display())))? {
            let ent = ent.map_err(io_err("read dir entry"))?;
            let name = ent.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.ends_with(".tmp") {
                // An interrupted snapshot or segment creation; the rename never happened, so it
                // was never used.
                let _ = fs::remove_file(ent.path());
            } else if let Some(seq) = parse_segment_name(name) {
                seg_seqs.push(seq);
            } else if let Some((index, term)) = parse_snapshot_name(name) {
                snaps.push((index, term, ent.path()));
            }
        }
        seg_seqs.sort_unstable();
        snaps.sort_unstable_by_key(|s| (s.0, s.1));

        // Every segment's format and key check first, so that a wrong key or an old log is
        // reported as such rather than as whatever fails to decrypt first.
        let cipher = key.cipher();
        for &seq in &seg_seqs {
            let path = dir.join(segment_name(seq));
            let mut head = Vec::with_capacity(SEGMENT_HEADER_LEN);
            File::open(&path)
                .and_then(|f| f.take(SEGMENT_HEADER_LEN as u64).read_to_end(&mut head))
                .map_err(io_err(format!("read {}", path.display())))?;
            check_segment_header(&path, &mut head, &cipher)?;
        }
        let mut sealer = Sealer::new(key)?;

        let mut rec = Recovered::default();
        let mut snapshot_state = None;
        if let Some((_, _, path)) = snaps.last() {
            let snap = read_snapshot(path, key)?;
            snapshot_state = Some((snap.get_metadata().clone(), path.clone()));
            rec.snapshot = Some(snap);
        }
        // Older snapshots are superseded once a newer one is durable: kept only as asked.
        let old_snapshots: VecDeque<PathBuf> = snaps
            .iter()
            .take(snaps.len().saturating_sub(1))
            .map(|(_, _, p)| p.clone())
            .collect();
        let snap_index = snapshot_state.as_ref().map_or(0, |(m, _)| m.index);

        let mut replay = Replay {
            floor: snap_index,
            entries: Vec::new(),
            hard_state: None,
        };
        let mut segments = Vec::new();
        let mut active_len = 0;
        for (i, &seq) in seg_seqs.iter().enumerate() {
            let path = dir.join(segment_name(seq));
            let is_last = i + 1 == seg_seqs.len();
            let data = fs::read(&path).map_err(io_err(format!("read {}", path.display())))?;
            let file_len = data.len();
            let (valid_len, max_index) = replay.segment(&path, data, is_last, &cipher)?;
            if valid_len < file_len {
                let file = OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .map_err(io_err(format!("open {}", path.display())))?;
                file.set_len(valid_len as u64)
                    .map_err(io_err("truncate torn tail"))?;
                file.sync_all().map_err(io_err("sync truncated segment"))?;
                rec.truncated_tail = Some(TailTruncation {
                    path: path.clone(),
                    offset: valid_len as u64,
                    dropped_bytes: (file_len - valid_len) as u64,
                });
            }
            if is_last {
                active_len = valid_len as u64;
            }
            segments.push(Segment {
                seq,
                path,
                max_index,
            });
        }
        if replay.floor > snap_index {
            return Err(LogError::Corrupt {
                path: dir.clone(),
                offset: 0,
                reason: format!(
                    "log refers to a snapshot at index {} but the newest snapshot file is at {}",
                    replay.floor, snap_index
                ),
            });
        }

        rec.hard_state = replay.hard_state.unwrap_or_default();
        rec.entries = replay.entries;
        let last_index = rec.entries.last().map_or(snap_index, |e| e.index);

        let active = match segments.last() {
            Some(seg) => OpenOptions::new()
                .append(true)
                .open(&seg.path)
                .map_err(io_err(format!("open {}", seg.path.display())))?,
            None => {
                let path = dir.join(segment_name(1));
                let (f, len) = create_segment(&path, &mut sealer, &HardState::default())?;
                segments.push(Segment {
                    seq: 1,
                    path,
                    max_index: 0,
                });
                active_len = len;
                f
            }
        };
        let mut log = Log {
            dir,
            opts,
            _lock: lock,
            segments,
            active,
            active_len,
            buf: Vec::new(),
            buf_max_index: 0,
            hard_state: rec.hard_state.clone(),
            durable_hard_state: rec.hard_state.clone(),
            last_index,
            snapshot: snapshot_state,
            old_snapshots,
            sealer,
        };
        log.trim_old_snapshots();
        Ok((log, rec))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn hard_state(&self) -> &HardState {
        &self.hard_state
    }

    /// Index of the last entry, or of the snapshot when the log holds nothing after it.
    pub fn last_index(&self) -> u64 {
        self.last_index
    }

    /// Metadata and path of the newest durable snapshot.
    pub fn snapshot(&self) -> Option<(&SnapshotMetadata, &Path)> {
        self.snapshot.as_ref().map(|(m, p)| (m, p.as_path()))
    }

    /// Buffers `entries` (contiguous, ascending). An entry whose index is not above the current
    /// last index replaces it and everything after it, as raft requires when a leader overwrites
    /// a conflicting suffix. Durable only after [`Log::sync`].
    pub fn append(&mut self, entries: &[Entry]) -> Result<()> {
        let Some(first) = entries.first() else {
            return Ok(());
        };
        let snap_index = self.snapshot.as_ref().map_or(0, |(m, _)| m.index);
        if first.index <= snap_index {
            return Err(LogError::Invalid(format!(
                "append at index {} is at or below the snapshot at {}",
                first.index, snap_index
            )));
        }
        if first.index > self.last_index + 1 {
            return Err(LogError::Invalid(format!(
                "append at index {} leaves a gap after {}",
                first.index, self.last_index
            )));
        }
        let mut expected = first.index;
        for e in entries {
            if e.index != expected {
                return Err(LogError::Invalid(format!(
                    "entries not contiguous at index {}",
                    e.index
                )));
            }
            expected += 1;
            push_record(&mut self.buf, &mut self.sealer, KIND_ENTRY, e)?;
        }
        self.last_index = expected - 1;
        self.buf_max_index = self.buf_max_index.max(self.last_index);
        Ok(())
    }

    /// Buffers a new hard state. Durable only after [`Log::sync`].
    pub fn set_hard_state(&mut self, hs: &HardState) -> Result<()> {
        if *hs == self.hard_state {
            return Ok(());
        }
        push_record(&mut self.buf, &mut self.sealer, KIND_HARD_STATE, hs)?;
        self.hard_state = hs.clone();
        Ok(())
    }

    /// Whether anything is buffered and not yet durable.
    pub fn has_pending(&self) -> bool {
        !self.buf.is_empty()
    }

    /// Writes everything buffered and makes it durable with a single fdatasync.
    pub fn sync(&mut self) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        if self.active_len > 0 && self.active_len + self.buf.len() as u64 > self.opts.segment_size {
            self.roll()?;
        }
        self.active
            .write_all(&self.buf)
            .map_err(io_err("append to segment"))?;
        self.active.sync_data().map_err(io_err("fsync segment"))?;
        self.active_len += self.buf.len() as u64;
        let seg = self.segments.last_mut().expect("an active segment");
        seg.max_index = seg.max_index.max(self.buf_max_index);
        self.durable_hard_state = self.hard_state.clone();
        self.buf.clear();
        self.buf_max_index = 0;
        // Keep a huge one-off batch from pinning its buffer forever.
        if self.buf.capacity() > 64 << 20 {
            self.buf = Vec::new();
        }
        Ok(())
    }

    /// Starts a new segment. The old one is already durable: every write is followed by fsync.
    fn roll(&mut self) -> Result<()> {
        let seq = self.segments.last().map_or(1, |s| s.seq + 1);
        let path = self.dir.join(segment_name(seq));
        let (file, len) = create_segment(&path, &mut self.sealer, &self.durable_hard_state)?;
        self.active = file;
        self.active_len = len;
        self.segments.push(Segment {
            seq,
            path,
            max_index: 0,
        });
        Ok(())
    }

    /// Durably stores a snapshot of the state machine taken at `snapshot.metadata.index` (which
    /// must already be in the log) and removes the previous snapshot. The log itself is not
    /// changed: call [`Log::compact`] to drop what the snapshot covers.
    pub fn save_snapshot(&mut self, snapshot: &Snapshot) -> Result<()> {
        let meta = snapshot.get_metadata();
        if let Some((cur, _)) = &self.snapshot {
            if meta.index < cur.index {
                return Err(LogError::Invalid(format!(
                    "snapshot at {} is older than the durable one at {}",
                    meta.index, cur.index
                )));
            }
            if meta.index == cur.index && meta.term == cur.term {
                return Ok(());
            }
        }
        let path = self.dir.join(snapshot_name(meta.index, meta.term));
        let tmp = path.with_extension("snap.tmp");
        write_snapshot(&tmp, snapshot, &mut self.sealer)?;
        fs::rename(&tmp, &path).map_err(io_err("rename snapshot"))?;
        sync_dir(&self.dir)?;
        if let Some((_, old)) = self.snapshot.replace((meta.clone(), path.clone())) {
            if old != path {
                self.old_snapshots.push_back(old);
                self.trim_old_snapshots();
            }
        }
        Ok(())
    }

    /// How many superseded snapshots to keep from now on (the oldest beyond it go at once).
    pub fn set_keep_old_snapshots(&mut self, n: u64) {
        self.opts.keep_old_snapshots = n;
        self.trim_old_snapshots();
    }

    fn trim_old_snapshots(&mut self) {
        while self.old_snapshots.len() as u64 > self.opts.keep_old_snapshots {
            if let Some(old) = self.old_snapshots.pop_front() {
                let _ = fs::remove_file(old);
            }
        }
    }

    /// Replaces the whole log with a snapshot received from a leader: the snapshot file is made
    /// durable, then a mark that discards every earlier entry (including any after the snapshot
    /// index, which the leader's log does not vouch for) is synced, then old segments go.
    pub fn install_snapshot(&mut self, snapshot: &Snapshot) -> Result<()> {
        self.save_snapshot(snapshot)?;
        let meta = snapshot.get_metadata();
        push_record(&mut self.buf, &mut self.sealer, KIND_SNAPSHOT_MARK, meta)?;
        self.last_index = meta.index;
        self.sync()?;
        self.compact(meta.index)
    }

    /// Deletes the oldest segments while every entry in them is at or below `index`, which a
    /// durable snapshot must cover. The active segment always stays.
    pub fn compact(&mut self, index: u64) -> Result<()> {
        let snap_index = self.snapshot.as_ref().map_or(0, |(m, _)| m.index);
        if index > snap_index {
            return Err(LogError::Invalid(format!(
                "compact to {index} beyond the durable snapshot at {snap_index}"
            )));
        }
        let mut n = 0;
        while n + 1 < self.segments.len() && self.segments[n].max_index <= index {
            n += 1;
        }
        if n == 0 {
            return Ok(());
        }
        for seg in self.segments.drain(..n) {
            fs::remove_file(&seg.path).map_err(io_err(format!("remove {}", seg.path.display())))?;
        }
        sync_dir(&self.dir)
    }

    /// Number of segment files, for tests and diagnostics.
    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }
}

impl Drop for Log {
    fn drop(&mut self) {
        // Buffered commit-index updates are an optimisation, not a promise; still, a clean
        // shutdown should leave them on disk.
        let _ = self.sync();
    }
}

#[cfg(test)]
mod crash_tests;
#[cfg(test)]
mod tests;
