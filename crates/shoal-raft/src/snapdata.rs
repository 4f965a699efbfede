//! What a Raft snapshot's data holds: the member contexts, then the state machine's own bytes.
//!
//! ```text
//! "SHRM" format:u8=1 count:u32le (id:u64le len:u32le context)*   state machine snapshot
//! ```
//!
//! The configuration itself (who votes) is in the snapshot metadata; the contexts (addresses)
//! ride here so that a member that restores or receives a snapshot knows every member's
//! address, not just those added after it. Data without the magic is a bare state machine
//! snapshot written before contexts existed; it restores with no contexts. The snapshot file
//! (shoal-log) carries its own checksum.

use crate::Contexts;

const MAGIC: &[u8; 4] = b"SHRM";
const FORMAT: u8 = 1;

pub(crate) fn encode(contexts: &Contexts, state: &[u8]) -> Vec<u8> {
    let head: usize = contexts.values().map(|c| 12 + c.len()).sum();
    let mut out = Vec::with_capacity(9 + head + state.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&(contexts.len() as u32).to_le_bytes());
    for (id, ctx) in contexts {
        out.extend_from_slice(&id.to_le_bytes());
        out.extend_from_slice(&(ctx.len() as u32).to_le_bytes());
        out.extend_from_slice(ctx);
    }
    out.extend_from_slice(state);
    out
}

pub(crate) fn decode(data: &[u8]) -> Result<(Contexts, &[u8]), String> {
    let mut contexts = Contexts::new();
    if !data.starts_with(MAGIC) {
        return Ok((contexts, data));
    }
    let bad = |what: &str| format!("snapshot member section: {what}");
    let mut r = &data[MAGIC.len()..];
    let mut take = |n: usize| -> Result<&[u8], String> {
        if r.len() < n {
            return Err(bad("truncated"));
        }
        let (head, rest) = r.split_at(n);
        r = rest;
        Ok(head)
    };
    let format = take(1)?[0];
    if format != FORMAT {
        return Err(bad(&format!("unsupported format {format}")));
    }
    let count = u32::from_le_bytes(take(4)?.try_into().unwrap());
    for _ in 0..count {
        let id = u64::from_le_bytes(take(8)?.try_into().unwrap());
        let len = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
        let ctx = take(len)?.to_vec();
        if contexts.insert(id, ctx).is_some() {
            return Err(bad(&format!("member {id} listed twice")));
        }
    }
    Ok((contexts, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_legacy() {
        let mut c = Contexts::new();
        c.insert(1, b"10.0.0.1:4242".to_vec());
        c.insert(7, Vec::new());
        let data = encode(&c, b"SHST...state");
        let (back, state) = decode(&data).unwrap();
        assert_eq!(back, c);
        assert_eq!(state, b"SHST...state");

        let (none, state) = decode(b"SHST...state").unwrap();
        assert!(none.is_empty());
        assert_eq!(state, b"SHST...state");

        assert!(decode(&data[..12]).is_err());
    }
}
