//! Snapshot format (integers are LEB128 varints unless noted):
//!
//! ```text
//! "SHST" format:u8=1 version table_count
//!   table*: name object_count
//!     object*: id version data_len data ix_count
//!       ix*: tag [name] value      tag = name_number << 1 | unique
//! crc32:u32le                       over every byte before it
//! ```
//!
//! Index names repeat on nearly every object, so each table numbers them in order of
//! first use: a tag whose name number equals the count of names seen so far introduces
//! a new name, spelled out right after the tag; other tags refer back to one.
//!
//! Tables, objects and each object's index entries are written in sorted order and
//! restore rejects anything out of order, so a state has exactly one valid spelling and
//! replicas that agree on state produce identical bytes.

use std::sync::Arc;

use bytes::Bytes;

use crate::codec::{put_bytes, put_str, put_uvarint, Reader};
use crate::keys::{Key, Pair};
use crate::store::{Entry, Ix, Table, Tables};
use crate::StoreError;

const MAGIC: &[u8; 4] = b"SHST";
const FORMAT: u8 = 1;

pub(crate) fn encode(tables: &Tables, version: u64) -> Vec<u8> {
    let objects: usize = tables.values().map(|t| t.objects.len()).sum();
    let mut out = Vec::with_capacity(64 + objects * 128);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    put_uvarint(&mut out, version);
    put_uvarint(&mut out, tables.len() as u64);
    for (name, t) in tables {
        put_str(&mut out, name);
        put_uvarint(&mut out, t.objects.len() as u64);
        let mut names: Vec<&str> = Vec::new();
        // Objects of a table mostly carry the same index names in the same order, so
        // guessing "same number as the previous object's entry at this position" almost
        // always avoids searching.
        let mut hints: Vec<usize> = Vec::new();
        for (id, e) in &t.objects {
            put_str(&mut out, id.as_str());
            put_uvarint(&mut out, e.version);
            put_bytes(&mut out, &e.data);
            put_uvarint(&mut out, e.ix.len() as u64);
            for (j, ix) in e.ix.iter().enumerate() {
                let name = ix.pair.name();
                let known = match hints.get(j) {
                    Some(&h) if names[h] == name => Some(h),
                    _ => names.iter().position(|n| *n == name),
                };
                let number = known.unwrap_or(names.len());
                put_uvarint(&mut out, ((number as u64) << 1) | ix.unique as u64);
                if known.is_none() {
                    put_str(&mut out, name);
                    names.push(name);
                }
                put_str(&mut out, ix.pair.value());
                if j < hints.len() {
                    hints[j] = number;
                } else {
                    hints.push(number);
                }
            }
        }
    }
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

pub(crate) fn decode(bytes: &[u8]) -> Result<(Tables, u64), StoreError> {
    if bytes.len() < MAGIC.len() + 1 + 4 || &bytes[..4] != MAGIC {
        return Err(StoreError::corrupt(
            "not a shoal store snapshot (bad magic)",
        ));
    }
    if bytes[4] != FORMAT {
        return Err(StoreError::corrupt(format!(
            "unsupported snapshot format {}",
            bytes[4]
        )));
    }
    let (body, tail) = bytes.split_at(bytes.len() - 4);
    let want = u32::from_le_bytes(tail.try_into().expect("4 bytes"));
    let got = crc32fast::hash(body);
    if want != got {
        return Err(StoreError::corrupt(format!(
            "snapshot checksum mismatch (stored {want:08x}, computed {got:08x})"
        )));
    }
    let mut r = Reader::new(&body[5..], "snapshot");
    let version = r.uvarint()?;
    let table_count = r.count(3)?;
    let mut tables = Tables::new();
    let mut prev_table: Option<&str> = None;
    for _ in 0..table_count {
        let name = r.str()?;
        if prev_table.is_some_and(|p| p >= name) {
            return Err(r.err(&format!("table {name:?} out of order or repeated")));
        }
        prev_table = Some(name);
        let table = decode_table(&mut r, name)?;
        // Tables exist only while they hold objects, so an empty one was never written.
        if table.objects.is_empty() {
            return Err(r.err(&format!("table {name:?} is empty")));
        }
        tables.insert(name.into(), table);
    }
    r.finish()?;
    Ok((tables, version))
}

fn decode_table(r: &mut Reader<'_>, table: &str) -> Result<Table, StoreError> {
    let mut t = Table::default();
    let mut names: Vec<&str> = Vec::new();
    let count = r.count(4)?;
    let mut prev_id: Option<&str> = None;
    for _ in 0..count {
        let id_str = r.str()?;
        if prev_id.is_some_and(|p| p >= id_str) {
            return Err(r.err(&format!(
                "table {table:?}: id {id_str:?} out of order or repeated"
            )));
        }
        prev_id = Some(id_str);
        let id = Key::new(id_str);
        let version = r.uvarint()?;
        let data = Bytes::copy_from_slice(r.bytes()?);
        let n = r.count(2)?;
        let mut ix: Vec<Ix> = Vec::with_capacity(n);
        let mut prev: Option<(usize, &str, &str)> = None;
        for _ in 0..n {
            let tag = r.uvarint()?;
            let (number, unique) = ((tag >> 1) as usize, tag & 1 == 1);
            if number == names.len() {
                let name = r.str()?;
                if names.contains(&name) {
                    return Err(r.err(&format!("index name {name:?} defined twice")));
                }
                names.push(name);
            } else if number > names.len() {
                return Err(r.err(&format!("index name #{number} used before it is defined")));
            }
            let name = names[number];
            let value = r.str()?;
            // Same number means same name: skip comparing the name strings.
            let ordered = match prev {
                None => true,
                Some((pn, _, pv)) if pn == number => pv < value,
                Some((_, pname, _)) => pname < name,
            };
            if !ordered {
                return Err(r.err(&format!(
                    "{table}/{id_str}: index entries out of order or repeated"
                )));
            }
            prev = Some((number, name, value));
            ix.push(Ix {
                pair: Pair::new(name, value),
                unique,
            });
        }
        // A snapshot that breaks the unique-index invariant would make later applies
        // behave differently from the replica that wrote it, so refuse it.
        for e in &ix {
            if let Some(holder) = t.hold(e, &id) {
                return Err(StoreError::corrupt(format!(
                    "snapshot: {table}/{id_str} and {table}/{} share unique index {:?} value {:?}",
                    holder.as_str(),
                    e.pair.name(),
                    e.pair.value()
                )));
            }
        }
        t.objects.insert(
            id,
            Arc::new(Entry {
                version,
                data,
                ix: ix.into(),
            }),
        );
    }
    Ok(t)
}
