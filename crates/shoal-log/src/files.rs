//! The files of a log directory: segment and snapshot names, a segment created with its
//! header, a snapshot file written and read.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{HardState, Snapshot, SnapshotMetadata};

use crate::record::push_record;
use crate::seal::{open_in_place, segment_header, Key, Sealer};
use crate::{
    io_err, LogError, Result, FORMAT_1_ADVICE, FORMAT_VERSION, KIND_HARD_STATE, NONCE_LEN,
    SEAL_OVERHEAD, SNAPSHOT_MAGIC,
};

pub(crate) fn segment_name(seq: u64) -> String {
    format!("log-{seq:016x}.seg")
}

pub(crate) fn parse_segment_name(name: &str) -> Option<u64> {
    let hex = name.strip_prefix("log-")?.strip_suffix(".seg")?;
    (hex.len() == 16)
        .then(|| u64::from_str_radix(hex, 16).ok())
        .flatten()
}

pub(crate) fn snapshot_name(index: u64, term: u64) -> String {
    format!("snap-{index:016x}-{term:016x}.snap")
}

pub(crate) fn parse_snapshot_name(name: &str) -> Option<(u64, u64)> {
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
pub(crate) fn create_segment(
    path: &Path,
    sealer: &mut Sealer,
    hard_state: &HardState,
) -> Result<(File, u64)> {
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

pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(format!("fsync directory {}", dir.display())))
}

/// Snapshot file: magic, version, then `[u32 metadata length][metadata][data]` sealed with the
/// magic and version as additional data, then a CRC32C of everything before it. Written to a
/// temporary name and renamed, so a reader sees all or nothing. Sealing needs the data in one
/// buffer: writing holds a second copy of the snapshot for a moment.
pub(crate) fn write_snapshot(path: &Path, snapshot: &Snapshot, sealer: &mut Sealer) -> Result<()> {
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
