//! The durable Raft log of a shoal manager.
//!
//! A data directory holds:
//!
//! * segment files `log-<seq>.seg` (sequence numbers in hex, zero padded so that name order is
//!   write order), each a run of records `[u32 head][u32 crc32c][payload]`, little endian;
//! * at most one durable snapshot `snap-<index>-<term>.snap` (plus, briefly, its successor);
//! * a `LOCK` file held with an exclusive lock while the log is open.
//!
//! `head` is the payload length in its low 30 bits and the record kind in its top two bits:
//! a protobuf `eraftpb::Entry`, a protobuf `eraftpb::HardState`, or a snapshot mark (a protobuf
//! `eraftpb::SnapshotMetadata`, written when a snapshot received from a leader replaces the log).
//! The CRC covers `head` as well as the payload, so a flipped length bit is caught rather than
//! sending the reader to a wrong offset, and an all-zero region never reads as a valid record.
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
//! [`LogError::Corrupt`] instead of silently dropping it.

use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{Entry, HardState, Snapshot, SnapshotMetadata};

const HEADER_LEN: usize = 8;
const LEN_MASK: u32 = (1 << 30) - 1;
/// Records cannot be longer than the length field allows; 1 GiB is far above any sane batch.
pub const MAX_RECORD_LEN: usize = LEN_MASK as usize;

const KIND_ENTRY: u32 = 0;
const KIND_HARD_STATE: u32 = 1;
const KIND_SNAPSHOT_MARK: u32 = 2;

const SNAPSHOT_MAGIC: &[u8; 8] = b"SHOALSNP";
const SNAPSHOT_VERSION: u32 = 1;

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

#[derive(Debug)]
pub enum LogError {
    Io {
        context: String,
        source: io::Error,
    },
    /// The files on disk do not hold what was acknowledged. Never repaired automatically.
    Corrupt {
        path: PathBuf,
        offset: u64,
        reason: String,
    },
    /// Another process (or another open `Log`) holds the data directory.
    Locked(PathBuf),
    /// The caller broke the log's contract (e.g. compacting past the durable snapshot).
    Invalid(String),
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogError::Io { context, source } => write!(f, "{context}: {source}"),
            LogError::Corrupt {
                path,
                offset,
                reason,
            } => {
                write!(
                    f,
                    "raft log corrupt: {} at offset {offset}: {reason}",
                    path.display()
                )
            }
            LogError::Locked(dir) => write!(
                f,
                "data directory {} is in use by another process",
                dir.display()
            ),
            LogError::Invalid(msg) => write!(f, "raft log misuse: {msg}"),
        }
    }
}

impl std::error::Error for LogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LogError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, LogError>;

fn io_err(context: impl Into<String>) -> impl FnOnce(io::Error) -> LogError {
    let context = context.into();
    move |source| LogError::Io { context, source }
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
}

impl Log {
    /// Opens (creating if needed) the log in `dir` and recovers its content.
    pub fn open(dir: impl AsRef<Path>, opts: Options) -> Result<(Log, Recovered)> {
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
                // An interrupted snapshot write; the rename never happened, so it was never used.
                let _ = fs::remove_file(ent.path());
            } else if let Some(seq) = parse_segment_name(name) {
                seg_seqs.push(seq);
            } else if let Some((index, term)) = parse_snapshot_name(name) {
                snaps.push((index, term, ent.path()));
            }
        }
        seg_seqs.sort_unstable();
        snaps.sort_unstable_by_key(|s| (s.0, s.1));

        let mut rec = Recovered::default();
        let mut snapshot_state = None;
        if let Some((_, _, path)) = snaps.last() {
            let snap = read_snapshot(path)?;
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
            let data = Bytes::from(data);
            let (valid_len, max_index) = replay.segment(&path, &data, is_last)?;
            if valid_len < data.len() {
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
                    dropped_bytes: (data.len() - valid_len) as u64,
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

        let (active, new_segment) = match segments.last() {
            Some(seg) => (
                OpenOptions::new()
                    .append(true)
                    .open(&seg.path)
                    .map_err(io_err(format!("open {}", seg.path.display())))?,
                false,
            ),
            None => {
                let path = dir.join(segment_name(1));
                let f = create_file(&path)?;
                segments.push(Segment {
                    seq: 1,
                    path,
                    max_index: 0,
                });
                (f, true)
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
        };
        log.trim_old_snapshots();
        if new_segment {
            sync_dir(&log.dir)?;
        }
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
            push_record(&mut self.buf, KIND_ENTRY, e)?;
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
        push_record(&mut self.buf, KIND_HARD_STATE, hs)?;
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
        let mut file = create_file(&path)?;
        // The hard state must outlive the segments that compaction removes.
        let mut head = Vec::new();
        if self.durable_hard_state != HardState::default() {
            push_record(&mut head, KIND_HARD_STATE, &self.durable_hard_state)?;
            file.write_all(&head)
                .map_err(io_err("write segment head"))?;
        }
        file.sync_all().map_err(io_err("fsync new segment"))?;
        sync_dir(&self.dir)?;
        self.active = file;
        self.active_len = head.len() as u64;
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
        write_snapshot(&tmp, snapshot)?;
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
        push_record(&mut self.buf, KIND_SNAPSHOT_MARK, meta)?;
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

struct Replay {
    /// Entries at or below this index are covered by a snapshot.
    floor: u64,
    entries: Vec<Entry>,
    hard_state: Option<HardState>,
}

impl Replay {
    /// Replays one segment; returns the length of its valid prefix and its highest entry index.
    fn segment(&mut self, path: &Path, data: &Bytes, is_last: bool) -> Result<(usize, u64)> {
        let mut off = 0;
        let mut max_index = 0;
        while off < data.len() {
            let rec = match parse_record(data, off) {
                Ok(rec) => rec,
                Err(reason) => {
                    let corrupt = |reason: String| LogError::Corrupt {
                        path: path.to_path_buf(),
                        offset: off as u64,
                        reason,
                    };
                    if !is_last {
                        return Err(corrupt(format!(
                            "{reason} in a segment that is not the newest"
                        )));
                    }
                    if let Some(next) = find_valid_record(data, off + 1) {
                        return Err(corrupt(format!(
                            "{reason}, yet a valid record follows at offset {next}"
                        )));
                    }
                    return Ok((off, max_index));
                }
            };
            let corrupt = |reason: String| LogError::Corrupt {
                path: path.to_path_buf(),
                offset: off as u64,
                reason,
            };
            match rec.kind {
                KIND_ENTRY => {
                    let e = Entry::parse_from_carllerche_bytes(&rec.payload)
                        .map_err(|e| corrupt(format!("undecodable entry: {e}")))?;
                    max_index = max_index.max(e.index);
                    self.entry(e).map_err(corrupt)?;
                }
                KIND_HARD_STATE => {
                    let hs = HardState::parse_from_bytes(&rec.payload)
                        .map_err(|e| corrupt(format!("undecodable hard state: {e}")))?;
                    self.hard_state = Some(hs);
                }
                KIND_SNAPSHOT_MARK => {
                    let meta = SnapshotMetadata::parse_from_bytes(&rec.payload)
                        .map_err(|e| corrupt(format!("undecodable snapshot mark: {e}")))?;
                    self.entries.clear();
                    self.floor = self.floor.max(meta.index);
                }
                k => return Err(corrupt(format!("unknown record kind {k}"))),
            }
            off = rec.end;
        }
        Ok((off, max_index))
    }

    fn entry(&mut self, e: Entry) -> std::result::Result<(), String> {
        if e.index <= self.floor {
            return Ok(());
        }
        let next = self.entries.last().map_or(self.floor + 1, |l| l.index + 1);
        if e.index > next {
            return Err(format!("entry {} follows {} with a gap", e.index, next - 1));
        }
        if e.index < next {
            // A later write of the same index replaced the suffix from here on.
            let keep = (e.index - self.floor - 1) as usize;
            self.entries.truncate(keep);
        }
        self.entries.push(e);
        Ok(())
    }
}

struct Record {
    kind: u32,
    payload: Bytes,
    end: usize,
}

fn parse_record(data: &Bytes, off: usize) -> std::result::Result<Record, String> {
    let rest = data.len() - off;
    if rest < HEADER_LEN {
        return Err(format!("partial record header ({rest} bytes)"));
    }
    let head = u32::from_le_bytes(data[off..off + 4].try_into().unwrap());
    let crc = u32::from_le_bytes(data[off + 4..off + 8].try_into().unwrap());
    let len = (head & LEN_MASK) as usize;
    let kind = head >> 30;
    if HEADER_LEN + len > rest {
        return Err(format!(
            "record of {len} bytes runs past the end of the file"
        ));
    }
    let payload = data.slice(off + HEADER_LEN..off + HEADER_LEN + len);
    let actual = crc32c::crc32c_append(crc32c::crc32c(&head.to_le_bytes()), &payload);
    if actual != crc {
        return Err(format!(
            "checksum mismatch (stored {crc:08x}, computed {actual:08x})"
        ));
    }
    Ok(Record {
        kind,
        payload,
        end: off + HEADER_LEN + len,
    })
}

/// Looks for any record that checks out at or after `from`. Used only after a bad record, to tell
/// a torn tail (nothing valid after it) from damage in the middle of the log.
fn find_valid_record(data: &Bytes, from: usize) -> Option<usize> {
    (from..data.len().saturating_sub(HEADER_LEN - 1)).find(|&off| match parse_record(data, off) {
        Ok(rec) => match rec.kind {
            KIND_ENTRY => Entry::parse_from_bytes(&rec.payload).is_ok(),
            KIND_HARD_STATE => HardState::parse_from_bytes(&rec.payload).is_ok(),
            KIND_SNAPSHOT_MARK => SnapshotMetadata::parse_from_bytes(&rec.payload).is_ok(),
            _ => false,
        },
        Err(_) => false,
    })
}

fn push_record(buf: &mut Vec<u8>, kind: u32, msg: &dyn protobuf::Message) -> Result<()> {
    let start = buf.len();
    buf.extend_from_slice(&[0; HEADER_LEN]);
    msg.write_to_vec(buf)
        .map_err(|e| LogError::Invalid(format!("encode record: {e}")))?;
    let len = buf.len() - start - HEADER_LEN;
    if len > MAX_RECORD_LEN {
        buf.truncate(start);
        return Err(LogError::Invalid(format!(
            "record of {len} bytes exceeds {MAX_RECORD_LEN}"
        )));
    }
    let head = (kind << 30) | len as u32;
    let crc = crc32c::crc32c_append(
        crc32c::crc32c(&head.to_le_bytes()),
        &buf[start + HEADER_LEN..],
    );
    buf[start..start + 4].copy_from_slice(&head.to_le_bytes());
    buf[start + 4..start + 8].copy_from_slice(&crc.to_le_bytes());
    Ok(())
}

fn segment_name(seq: u64) -> String {
    format!("log-{seq:016x}.seg")
}

fn parse_segment_name(name: &str) -> Option<u64> {
    let hex = name.strip_prefix("log-")?.strip_suffix(".seg")?;
    (hex.len() == 16)
        .then(|| u64::from_str_radix(hex, 16).ok())
        .flatten()
}

fn snapshot_name(index: u64, term: u64) -> String {
    format!("snap-{index:016x}-{term:016x}.snap")
}

fn parse_snapshot_name(name: &str) -> Option<(u64, u64)> {
    let body = name.strip_prefix("snap-")?.strip_suffix(".snap")?;
    let (i, t) = body.split_once('-')?;
    Some((
        u64::from_str_radix(i, 16).ok()?,
        u64::from_str_radix(t, 16).ok()?,
    ))
}

fn create_file(path: &Path) -> Result<File> {
    OpenOptions::new()
        .create_new(true)
        .append(true)
        .open(path)
        .map_err(io_err(format!("create {}", path.display())))
}

fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(format!("fsync directory {}", dir.display())))
}

/// Snapshot file: magic, version, metadata length, metadata, data length, data, and a CRC32C of
/// everything before it. Written to a temporary name and renamed, so a reader sees all or nothing.
fn write_snapshot(path: &Path, snapshot: &Snapshot) -> Result<()> {
    let meta = snapshot
        .get_metadata()
        .write_to_bytes()
        .map_err(|e| LogError::Invalid(format!("encode snapshot metadata: {e}")))?;
    let mut head = Vec::with_capacity(24 + meta.len());
    head.extend_from_slice(SNAPSHOT_MAGIC);
    head.extend_from_slice(&SNAPSHOT_VERSION.to_le_bytes());
    head.extend_from_slice(&(meta.len() as u32).to_le_bytes());
    head.extend_from_slice(&meta);
    head.extend_from_slice(&(snapshot.data.len() as u64).to_le_bytes());
    let crc = crc32c::crc32c_append(crc32c::crc32c(&head), &snapshot.data);
    let mut f = OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(path)
        .map_err(io_err(format!("create {}", path.display())))?;
    f.write_all(&head)
        .and_then(|_| f.write_all(&snapshot.data))
        .and_then(|_| f.write_all(&crc.to_le_bytes()))
        .and_then(|_| f.sync_all())
        .map_err(io_err(format!("write {}", path.display())))
}

/// Reads and verifies a snapshot file written by [`Log::save_snapshot`].
pub fn read_snapshot(path: &Path) -> Result<Snapshot> {
    let mut raw = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut raw))
        .map_err(io_err(format!("read {}", path.display())))?;
    let corrupt = |reason: &str| LogError::Corrupt {
        path: path.to_path_buf(),
        offset: 0,
        reason: reason.into(),
    };
    if raw.len() < 28 || &raw[..8] != SNAPSHOT_MAGIC {
        return Err(corrupt("not a snapshot file"));
    }
    let version = u32::from_le_bytes(raw[8..12].try_into().unwrap());
    if version != SNAPSHOT_VERSION {
        return Err(corrupt(&format!("unsupported snapshot version {version}")));
    }
    let body_len = raw.len() - 4;
    let stored = u32::from_le_bytes(raw[body_len..].try_into().unwrap());
    if crc32c::crc32c(&raw[..body_len]) != stored {
        return Err(corrupt("snapshot checksum mismatch"));
    }
    let meta_len = u32::from_le_bytes(raw[12..16].try_into().unwrap()) as usize;
    let data_at = 16 + meta_len + 8;
    if data_at > body_len {
        return Err(corrupt("snapshot metadata length out of range"));
    }
    let meta = SnapshotMetadata::parse_from_bytes(&raw[16..16 + meta_len])
        .map_err(|e| corrupt(&format!("undecodable snapshot metadata: {e}")))?;
    let data_len = u64::from_le_bytes(raw[16 + meta_len..data_at].try_into().unwrap()) as usize;
    if data_at + data_len != body_len {
        return Err(corrupt("snapshot data length mismatch"));
    }
    let raw = Bytes::from(raw);
    let mut snap = Snapshot::default();
    snap.set_metadata(meta);
    snap.data = raw.slice(data_at..body_len);
    Ok(snap)
}

#[cfg(test)]
mod tests;
