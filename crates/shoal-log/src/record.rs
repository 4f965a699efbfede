//! Records: one sealed, checksummed record appended to a buffer, and a segment's records
//! checked, decrypted and replayed on open (a torn tail told from damage).

use std::path::Path;

use aes_gcm::Aes256Gcm;
use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{Entry, HardState, SnapshotMetadata};

use crate::seal::{open_in_place, Sealer};
use crate::{
    LogError, Result, HEADER_LEN, KIND_ENTRY, KIND_HARD_STATE, KIND_SNAPSHOT_MARK, LEN_MASK,
    MAX_RECORD_LEN, NONCE_LEN, SEGMENT_HEADER_LEN, TAG_LEN,
};

pub(crate) struct Replay {
    /// Entries at or below this index are covered by a snapshot.
    pub(crate) floor: u64,
    pub(crate) entries: Vec<Entry>,
    pub(crate) hard_state: Option<HardState>,
}

impl Replay {
    /// Replays one segment whose header is checked: every record is checked and decrypted in
    /// place, then decoded. Returns the length of its valid prefix and its highest entry index.
    pub(crate) fn segment(
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

    pub(crate) fn entry(&mut self, e: Entry) -> std::result::Result<(), String> {
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

pub(crate) struct Record {
    pub(crate) head: u32,
    pub(crate) kind: u32,
    /// Where the sealed payload is.
    pub(crate) payload: std::ops::Range<usize>,
    pub(crate) end: usize,
}

pub(crate) fn parse_record(data: &[u8], off: usize) -> std::result::Result<Record, String> {
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
pub(crate) fn find_valid_record(data: &[u8], from: usize, cipher: &Aes256Gcm) -> Option<usize> {
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
pub(crate) fn push_record(
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
