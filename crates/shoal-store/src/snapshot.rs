//! Snapshot format (all integers LEB128 varints unless noted):
//!
//! ```text
//! "SHST" format:u8=1 version table_count
//!   table*: name dict_count dict_name* object_count
//!     object*: id version data_len data ix_count
//!       ix*: (dict_index << 1 | unique) value
//! crc32:u32le            -- over every byte before it
//! ```
//!
//! Tables, objects and each object's index entries are written in sorted order and
//! restore rejects anything out of order, so a snapshot has exactly one valid spelling
//! and replicas that agree on state produce identical bytes. Index names repeat on
//! nearly every object, so each table carries a dictionary of them.

use std::collections::{BTreeSet, HashMap};

use bytes::Bytes;

use crate::codec::{put_bytes, put_str, put_uvarint, Reader};
use crate::store::{Entry, Ix, IxKey, Str, Table, Tables};
use crate::StoreError;

const MAGIC: &[u8; 4] = b"SHST";
const FORMAT: u8 = 1;

pub(crate) fn encode(tables: &Tables, version: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(estimate(tables));
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    put_uvarint(&mut out, version);
    put_uvarint(&mut out, tables.len() as u64);
    for (name, t) in tables {
        put_str(&mut out, name);
        let dict: Vec<&str> = t
            .objects
            .values()
            .flat_map(|e| e.ix.iter().map(|ix| &*ix.name))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        put_uvarint(&mut out, dict.len() as u64);
        for n in &dict {
            put_str(&mut out, n);
        }
        put_uvarint(&mut out, t.objects.len() as u64);
        for (id, e) in &t.objects {
            put_str(&mut out, id);
            put_uvarint(&mut out, e.version);
            put_bytes(&mut out, &e.data);
            put_uvarint(&mut out, e.ix.len() as u64);
            for ix in e.ix.iter() {
                let i = dict.binary_search(&&*ix.name).expect("name collected above");
                put_uvarint(&mut out, ((i as u64) << 1) | ix.unique as u64);
                put_str(&mut out, &ix.value);
            }
        }
    }
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

fn estimate(tables: &Tables) -> usize {
    let mut n = 64;
    for (_, t) in tables {
        for (id, e) in &t.objects {
            n += id.len() + e.data.len() + 16 + e.ix.iter().map(|ix| ix.value.len() + 3).sum::<usize>();
        }
    }
    n
}

pub(crate) fn decode(bytes: &[u8]) -> Result<(Tables, u64), StoreError> {
    if bytes.len() < MAGIC.len() + 1 + 4 || &bytes[..4] != MAGIC {
        return Err(StoreError::corrupt("not a shoal store snapshot (bad magic)"));
    }
    if bytes[4] != FORMAT {
        return Err(StoreError::corrupt(format!("unsupported snapshot format {}", bytes[4])));
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
        if !table.objects.is_empty() {
            tables.insert(name.into(), table);
        }
    }
    r.finish()?;
    Ok((tables, version))
}

fn decode_table(r: &mut Reader<'_>, table: &str) -> Result<Table, StoreError> {
    let dict_count = r.count(1)?;
    let mut dict: Vec<Str> = Vec::with_capacity(dict_count);
    for _ in 0..dict_count {
        let n = r.str()?;
        if dict.last().is_some_and(|p| &**p >= n) {
            return Err(r.err(&format!("table {table:?}: index names out of order")));
        }
        dict.push(n.into());
    }
    // Sharing value Arcs mirrors what apply does, so a restored replica uses as little
    // memory as the one that produced the snapshot.
    let mut values: HashMap<&str, Str> = HashMap::new();
    let mut keys: Vec<(IxKey, bool)> = Vec::new();
    let mut objects = imbl::OrdMap::new();
    let count = r.count(4)?;
    let mut prev_id: Option<&str> = None;
    for _ in 0..count {
        let id_str = r.str()?;
        if prev_id.is_some_and(|p| p >= id_str) {
            return Err(r.err(&format!("table {table:?}: id {id_str:?} out of order or repeated")));
        }
        prev_id = Some(id_str);
        let id: Str = id_str.into();
        let version = r.uvarint()?;
        let data = Bytes::copy_from_slice(r.bytes()?);
        let n = r.count(2)?;
        let mut ix: Vec<Ix> = Vec::with_capacity(n);
        let mut prev: Option<(usize, &str)> = None;
        for _ in 0..n {
            let tag = r.uvarint()?;
            let (di, unique) = ((tag >> 1) as usize, tag & 1 == 1);
            let value = r.str()?;
            let name = dict
                .get(di)
                .ok_or_else(|| r.err(&format!("index name #{di} not in the dictionary")))?;
            if prev.is_some_and(|p| p >= (di, value)) {
                return Err(r.err(&format!("{table}/{id}: index entries out of order")));
            }
            prev = Some((di, value));
            let value = values.entry(value).or_insert_with(|| value.into()).clone();
            keys.push((IxKey { name: name.clone(), value: value.clone(), id: id.clone() }, unique));
            ix.push(Ix { name: name.clone(), value, unique });
        }
        objects.insert(id, Entry { version, data, ix: ix.into() });
    }
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // A snapshot that breaks the unique-index invariant would make later applies behave
    // differently from the replica that wrote it, so refuse it rather than load it.
    for w in keys.windows(2) {
        let ((a, au), (b, bu)) = (&w[0], &w[1]);
        if a.name == b.name && a.value == b.value && (*au || *bu) {
            return Err(StoreError::corrupt(format!(
                "snapshot: {table}/{} and {table}/{} share unique index {:?} value {:?}",
                a.id, b.id, a.name, a.value
            )));
        }
    }
    let index: imbl::OrdMap<IxKey, bool> = keys.into_iter().collect();
    Ok(Table { objects, index })
}

