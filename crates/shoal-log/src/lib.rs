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

use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use aes_gcm::aead::rand_core::RngCore as _;
use aes_gcm::aead::{AeadInPlace as _, KeyInit as _, OsRng};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
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

/// The 32-byte AES-256-GCM key a log is encrypted with (the manager's data key).
#[derive(Clone)]
pub struct Key([u8; 32]);

impl Key {
    pub fn new(bytes: [u8; 32]) -> Key {
        Key(bytes)
    }

    pub fn from_slice(bytes: &[u8]) -> Result<Key> {
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| {
            LogError::Invalid(format!("the log key must be 32 bytes, got {}", bytes.len()))
        })?;
        Ok(Key(bytes))
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new((&self.0).into())
    }
}

impl fmt::Debug for Key {
    // Configurations that hold a key get printed; the key must not be.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key(..)")
    }
}

/// Seals with fresh nonces: a random 96-bit starting point per open, counted up per seal (see
/// the module documentation for why that never repeats a nonce under one key).
struct Sealer {
    cipher: Aes256Gcm,
    next_nonce: u128,
}

impl Sealer {
    fn new(key: &Key) -> Result<Sealer> {
        let mut start = [0u8; 16];
        OsRng
            .try_fill_bytes(&mut start[4..])
            .map_err(|e| LogError::Io {
                context: "draw a random nonce".into(),
                source: io::Error::other(e.to_string()),
            })?;
        Ok(Sealer {
            cipher: key.cipher(),
            next_nonce: u128::from_be_bytes(start),
        })
    }

    /// `buf[at..at + NONCE_LEN]` (reserved by the caller) receives the nonce, the plaintext after
    /// it is encrypted in place, and the tag is appended.
    fn seal_tail(&mut self, buf: &mut Vec<u8>, at: usize, aad: &[u8]) {
        let nonce = self.next_nonce.to_be_bytes();
        self.next_nonce = (self.next_nonce + 1) & ((1 << 96) - 1);
        buf[at..at + NONCE_LEN].copy_from_slice(&nonce[4..]);
        let (head, plain) = buf.split_at_mut(at + NONCE_LEN);
        let tag = self
            .cipher
            .encrypt_in_place_detached(Nonce::from_slice(&head[at..]), aad, plain)
            .expect("AES-GCM seals any buffer under 64 GiB");
        buf.extend_from_slice(&tag);
    }
}

/// Opens `[nonce][ciphertext][tag]` in place; returns where the plaintext is, or None when the
/// tag does not check out (another key, or altered bytes).
fn open_in_place(
    cipher: &Aes256Gcm,
    aad: &[u8],
    sealed: &mut [u8],
) -> Option<std::ops::Range<usize>> {
    if sealed.len() < SEAL_OVERHEAD {
        return None;
    }
    let end = sealed.len() - TAG_LEN;
    let (head, tag) = sealed.split_at_mut(end);
    let (nonce, body) = head.split_at_mut(NONCE_LEN);
    cipher
        .decrypt_in_place_detached(Nonce::from_slice(nonce), aad, body, Tag::from_slice(tag))
        .ok()?;
    Some(NONCE_LEN..end)
}

fn segment_header(sealer: &mut Sealer) -> Vec<u8> {
    let mut h = Vec::with_capacity(SEGMENT_HEADER_LEN);
    h.extend_from_slice(SEGMENT_MAGIC);
    h.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    h.resize(12 + NONCE_LEN, 0);
    let aad = h[..12].to_vec();
    sealer.seal_tail(&mut h, 12, &aad);
    h
}

/// Refuses a segment of another format or written under another key.
fn check_segment_header(path: &Path, data: &mut [u8], cipher: &Aes256Gcm) -> Result<()> {
    let format = |reason: String| LogError::Format {
        path: path.to_path_buf(),
        reason,
    };
    if data.len() < 12 || &data[..8] != SEGMENT_MAGIC {
        return Err(format(format!(
            "no segment header: format 1, {FORMAT_1_ADVICE}"
        )));
    }
    let version = u32::from_le_bytes(data[8..12].try_into().unwrap());
    if version != FORMAT_VERSION {
        return Err(format(format!(
            "segment format {version}; this shoal reads format {FORMAT_VERSION}"
        )));
    }
    if data.len() < SEGMENT_HEADER_LEN {
        return Err(LogError::Corrupt {
            path: path.to_path_buf(),
            offset: 0,
            reason: "segment header cut short".into(),
        });
    }
    let (aad, check) = data[..SEGMENT_HEADER_LEN].split_at_mut(12);
    match open_in_place(cipher, aad, check) {
        Some(_) => Ok(()),
        None => Err(LogError::WrongKey(path.to_path_buf())),
    }
}

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
    /// The log was encrypted with another key.
    WrongKey(PathBuf),
    /// A file of a format this version does not read (e.g. the first, plaintext one).
    Format {
        path: PathBuf,
        reason: String,
    },
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
            LogError::WrongKey(path) => write!(
                f,
                "raft log {} was encrypted with another key than this manager's data key",
                path.display()
            ),
            LogError::Format { path, reason } => {
                write!(f, "raft log {} not readable: {reason}", path.display())
            }
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

struct Replay {
    /// Entries at or below this index are covered by a snapshot.
    floor: u64,
    entries: Vec<Entry>,
    hard_state: Option<HardState>,
}

impl Replay {
    /// Replays one segment whose header is checked: every record is checked and decrypted in
    /// place, then decoded. Returns the length of its valid prefix and its highest entry index.
    fn segment(
        &mut self,
        path: &Path,
        mut data: Vec<u8>,
        is_last: bool,
        cipher: &Aes256Gcm,
    ) -> Result<(usize, u64)> {
        let corrupt = |offset: usize, reason: String| LogError::Corrupt {
            path: path.to_path_buf(),
            offset: offset as u64,
            reason,
        };
        // (offset, kind, where the plaintext is) of each record.
        let mut records = Vec::new();
        let mut off = SEGMENT_HEADER_LEN;
        while off < data.len() {
            let rec = match parse_record(&data, off) {
                Ok(rec) => rec,
                Err(reason) => {
                    if !is_last {
                        return Err(corrupt(
                            off,
                            format!("{reason} in a segment that is not the newest"),
                        ));
                    }
                    if let Some(next) = find_valid_record(&data, off + 1, cipher) {
                        return Err(corrupt(
                            off,
                            format!("{reason}, yet a valid record follows at offset {next}"),
                        ));
                    }
                    break;
                }
            };
            let at = rec.payload.start;
            let Some(plain) =
                open_in_place(cipher, &rec.head.to_le_bytes(), &mut data[rec.payload])
            else {
                // The CRC says the bytes are as written, so this is no torn write.
                return Err(corrupt(
                    off,
                    "record fails authentication (its checksum matches): altered after it was written"
                        .into(),
                ));
            };
            records.push((off, rec.kind, at + plain.start..at + plain.end));
            off = rec.end;
        }
        let data = Bytes::from(data);
        let mut max_index = 0;
        for (at, kind, plain) in records {
            let payload = data.slice(plain);
            let corrupt = |reason: String| corrupt(at, reason);
            match kind {
                KIND_ENTRY => {
                    let e = Entry::parse_from_carllerche_bytes(&payload)
                        .map_err(|e| corrupt(format!("undecodable entry: {e}")))?;
                    max_index = max_index.max(e.index);
                    self.entry(e).map_err(corrupt)?;
                }
                KIND_HARD_STATE => {
                    let hs = HardState::parse_from_bytes(&payload)
                        .map_err(|e| corrupt(format!("undecodable hard state: {e}")))?;
                    self.hard_state = Some(hs);
                }
                KIND_SNAPSHOT_MARK => {
                    let meta = SnapshotMetadata::parse_from_bytes(&payload)
                        .map_err(|e| corrupt(format!("undecodable snapshot mark: {e}")))?;
                    self.entries.clear();
                    self.floor = self.floor.max(meta.index);
                }
                k => return Err(corrupt(format!("unknown record kind {k}"))),
            }
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
    head: u32,
    kind: u32,
    /// Where the sealed payload is.
    payload: std::ops::Range<usize>,
    end: usize,
}

fn parse_record(data: &[u8], off: usize) -> std::result::Result<Record, String> {
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
    let payload = off + HEADER_LEN..off + HEADER_LEN + len;
    let actual = crc32c::crc32c_append(crc32c::crc32c(&head.to_le_bytes()), &data[payload.clone()]);
    if actual != crc {
        return Err(format!(
            "checksum mismatch (stored {crc:08x}, computed {actual:08x})"
        ));
    }
    Ok(Record {
        head,
        kind,
        end: payload.end,
        payload,
    })
}

/// Looks for any record that checks out (checksum, tag, decoding) at or after `from`. Used only
/// after a bad record, to tell a torn tail (nothing valid after it) from damage in the middle of
/// the log.
fn find_valid_record(data: &[u8], from: usize, cipher: &Aes256Gcm) -> Option<usize> {
    (from..data.len().saturating_sub(HEADER_LEN - 1)).find(|&off| {
        let Ok(rec) = parse_record(data, off) else {
            return false;
        };
        let mut sealed = data[rec.payload].to_vec();
        let Some(plain) = open_in_place(cipher, &rec.head.to_le_bytes(), &mut sealed) else {
            return false;
        };
        let payload = &sealed[plain];
        match rec.kind {
            KIND_ENTRY => Entry::parse_from_bytes(payload).is_ok(),
            KIND_HARD_STATE => HardState::parse_from_bytes(payload).is_ok(),
            KIND_SNAPSHOT_MARK => SnapshotMetadata::parse_from_bytes(payload).is_ok(),
            _ => false,
        }
    })
}

/// Appends `msg` as one sealed record.
fn push_record(
    buf: &mut Vec<u8>,
    sealer: &mut Sealer,
    kind: u32,
    msg: &dyn protobuf::Message,
) -> Result<()> {
    let start = buf.len();
    buf.resize(start + HEADER_LEN + NONCE_LEN, 0);
    if let Err(e) = msg.write_to_vec(buf) {
        buf.truncate(start);
        return Err(LogError::Invalid(format!("encode record: {e}")));
    }
    let len = buf.len() - start - HEADER_LEN + TAG_LEN;
    if len > MAX_RECORD_LEN {
        buf.truncate(start);
        return Err(LogError::Invalid(format!(
            "record of {len} bytes exceeds {MAX_RECORD_LEN}"
        )));
    }
    let head = (kind << 30) | len as u32;
    sealer.seal_tail(buf, start + HEADER_LEN, &head.to_le_bytes());
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

/// Creates a segment holding its header and, unless it is the default, a copy of `hard_state`
/// (which must outlive the segments that compaction removes). Written under a temporary name and
/// renamed, so a segment file never lacks its header; returns it open for appending, and its length.
fn create_segment(path: &Path, sealer: &mut Sealer, hard_state: &HardState) -> Result<(File, u64)> {
    let mut head = segment_header(sealer);
    if *hard_state != HardState::default() {
        push_record(&mut head, sealer, KIND_HARD_STATE, hard_state)?;
    }
    let tmp = path.with_extension("seg.tmp");
    let mut f = OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(&tmp)
        .map_err(io_err(format!("create {}", tmp.display())))?;
    f.write_all(&head)
        .and_then(|_| f.sync_all())
        .map_err(io_err(format!("write {}", tmp.display())))?;
    fs::rename(&tmp, path).map_err(io_err(format!("rename {}", tmp.display())))?;
    let dir = path.parent().expect("a segment lives in the log directory");
    sync_dir(dir)?;
    let file = OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(io_err(format!("open {}", path.display())))?;
    Ok((file, head.len() as u64))
}

fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(format!("fsync directory {}", dir.display())))
}

/// Snapshot file: magic, version, then `[u32 metadata length][metadata][data]` sealed with the
/// magic and version as additional data, then a CRC32C of everything before it. Written to a
/// temporary name and renamed, so a reader sees all or nothing. Sealing needs the data in one
/// buffer: writing holds a second copy of the snapshot for a moment.
fn write_snapshot(path: &Path, snapshot: &Snapshot, sealer: &mut Sealer) -> Result<()> {
    let meta = snapshot
        .get_metadata()
        .write_to_bytes()
        .map_err(|e| LogError::Invalid(format!("encode snapshot metadata: {e}")))?;
    let mut buf = Vec::with_capacity(12 + SEAL_OVERHEAD + 4 + meta.len() + snapshot.data.len() + 4);
    buf.extend_from_slice(SNAPSHOT_MAGIC);
    buf.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    buf.resize(12 + NONCE_LEN, 0);
    buf.extend_from_slice(&(meta.len() as u32).to_le_bytes());
    buf.extend_from_slice(&meta);
    buf.extend_from_slice(&snapshot.data);
    let aad: [u8; 12] = buf[..12].try_into().unwrap();
    sealer.seal_tail(&mut buf, 12, &aad);
    let crc = crc32c::crc32c(&buf);
    buf.extend_from_slice(&crc.to_le_bytes());
    let mut f = OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(path)
        .map_err(io_err(format!("create {}", path.display())))?;
    f.write_all(&buf)
        .and_then(|_| f.sync_all())
        .map_err(io_err(format!("write {}", path.display())))
}

/// Reads, verifies and decrypts a snapshot file written by [`Log::save_snapshot`].
pub fn read_snapshot(path: &Path, key: &Key) -> Result<Snapshot> {
    let mut raw = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut raw))
        .map_err(io_err(format!("read {}", path.display())))?;
    let corrupt = |reason: &str| LogError::Corrupt {
        path: path.to_path_buf(),
        offset: 0,
        reason: reason.into(),
    };
    if raw.len() < 12 || &raw[..8] != SNAPSHOT_MAGIC {
        return Err(corrupt("not a snapshot file"));
    }
    let version = u32::from_le_bytes(raw[8..12].try_into().unwrap());
    if version != FORMAT_VERSION {
        let reason = if version == 1 {
            format!("snapshot format 1, {FORMAT_1_ADVICE}")
        } else {
            format!("snapshot format {version}; this shoal reads format {FORMAT_VERSION}")
        };
        return Err(LogError::Format {
            path: path.to_path_buf(),
            reason,
        });
    }
    if raw.len() < 12 + SEAL_OVERHEAD + 4 + 4 {
        return Err(corrupt("snapshot file cut short"));
    }
    let body_len = raw.len() - 4;
    let stored = u32::from_le_bytes(raw[body_len..].try_into().unwrap());
    if crc32c::crc32c(&raw[..body_len]) != stored {
        return Err(corrupt("snapshot checksum mismatch"));
    }
    let (aad, sealed) = raw[..body_len].split_at_mut(12);
    let plain = open_in_place(&key.cipher(), aad, sealed).ok_or_else(|| {
        corrupt("snapshot fails authentication: written with another key, or altered since")
    })?;
    let (start, end) = (12 + plain.start, 12 + plain.end);
    if end - start < 4 {
        return Err(corrupt("snapshot metadata length missing"));
    }
    let meta_len = u32::from_le_bytes(raw[start..start + 4].try_into().unwrap()) as usize;
    let data_at = start + 4 + meta_len;
    if data_at > end {
        return Err(corrupt("snapshot metadata length out of range"));
    }
    let meta = SnapshotMetadata::parse_from_bytes(&raw[start + 4..data_at])
        .map_err(|e| corrupt(&format!("undecodable snapshot metadata: {e}")))?;
    let raw = Bytes::from(raw);
    let mut snap = Snapshot::default();
    snap.set_metadata(meta);
    snap.data = raw.slice(data_at..end);
    Ok(snap)
}

#[cfg(test)]
mod crash_tests;
#[cfg(test)]
mod tests;
