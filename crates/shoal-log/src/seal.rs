//! Encryption at rest: the log's key, sealing with fresh nonces, and the segment header's key
//! check (see the crate documentation).

use std::fmt;
use std::io;
use std::path::Path;

use aes_gcm::aead::rand_core::RngCore as _;
use aes_gcm::aead::{AeadInPlace as _, KeyInit as _, OsRng};
use aes_gcm::{Aes256Gcm, Nonce, Tag};

use crate::{
    LogError, Result, FORMAT_1_ADVICE, FORMAT_VERSION, NONCE_LEN, SEAL_OVERHEAD,
    SEGMENT_HEADER_LEN, SEGMENT_MAGIC, TAG_LEN,
};

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

    pub(crate) fn cipher(&self) -> Aes256Gcm {
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
pub(crate) struct Sealer {
    cipher: Aes256Gcm,
    next_nonce: u128,
}

impl Sealer {
    pub(crate) fn new(key: &Key) -> Result<Sealer> {
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
    pub(crate) fn seal_tail(&mut self, buf: &mut Vec<u8>, at: usize, aad: &[u8]) {
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
pub(crate) fn open_in_place(
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

pub(crate) fn segment_header(sealer: &mut Sealer) -> Vec<u8> {
    let mut h = Vec::with_capacity(SEGMENT_HEADER_LEN);
    h.extend_from_slice(SEGMENT_MAGIC);
    h.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    h.resize(12 + NONCE_LEN, 0);
    let aad = h[..12].to_vec();
    sealer.seal_tail(&mut h, 12, &aad);
    h
}

/// Refuses a segment of another format or written under another key.
pub(crate) fn check_segment_header(path: &Path, data: &mut [u8], cipher: &Aes256Gcm) -> Result<()> {
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
