//! Tree keys built so that nearly every comparison is an integer comparison.
//!
//! Comparing `Arc<str>` keys chases a pointer per comparison; with ~100k random ids that
//! cache miss dominated apply time. Ids carry their first 8 bytes inline, and index keys
//! lead with a hash of (index name, value), so the string behind the pointer is only read
//! to break ties.

use std::cmp::Ordering;
use std::sync::Arc;

use equivalent::{Comparable, Equivalent};

pub(crate) type Str = Arc<str>;

/// First 8 bytes big-endian, zero padded: if head(a) < head(b) then a < b bytewise, so
/// ordering by (head, full string) is exactly string order.
fn head(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    u64::from_be_bytes(buf)
}

/// An object id.
#[derive(Clone, Debug)]
pub(crate) struct Key {
    head: u64,
    s: Str,
}

impl Key {
    pub(crate) fn new(s: &str) -> Key {
        Key { head: head(s), s: s.into() }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.s
    }

    pub(crate) fn as_ref(&self) -> KeyRef<'_> {
        KeyRef { head: self.head, s: &self.s }
    }
}

impl PartialEq for Key {
    fn eq(&self, o: &Key) -> bool {
        self.head == o.head && (Arc::ptr_eq(&self.s, &o.s) || self.s == o.s)
    }
}
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, o: &Key) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Key {
    fn cmp(&self, o: &Key) -> Ordering {
        self.head.cmp(&o.head).then_with(|| self.s.cmp(&o.s))
    }
}

/// Borrowed id for lookups.
#[derive(Clone, Copy)]
pub(crate) struct KeyRef<'a> {
    head: u64,
    s: &'a str,
}

impl<'a> KeyRef<'a> {
    pub(crate) const MIN: KeyRef<'static> = KeyRef { head: 0, s: "" };

    pub(crate) fn new(s: &'a str) -> Self {
        KeyRef { head: head(s), s }
    }
}

impl Equivalent<Key> for KeyRef<'_> {
    fn equivalent(&self, k: &Key) -> bool {
        self.head == k.head && self.s == &*k.s
    }
}
impl Comparable<Key> for KeyRef<'_> {
    fn compare(&self, k: &Key) -> Ordering {
        self.head.cmp(&k.head).then_with(|| self.s.cmp(&k.s))
    }
}

/// Deterministic (same on every replica and build) 64-bit hash of an index (name, value).
pub(crate) fn group_hash(name: &str, value: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (name.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for part in [name.as_bytes(), value.as_bytes()] {
        let mut chunks = part.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("8 bytes")))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        let mut buf = [0u8; 8];
        let rest = chunks.remainder();
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59))
            .wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    // murmur3 finalizer: the tree orders by the whole word, so spread every input bit.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// An index (name, value) pair as one allocation: `nv` is name followed by value. All
/// holders of a pair in a table share the same `Arc`, so it costs one allocation per
/// distinct pair rather than per object.
#[derive(Clone, Debug)]
pub(crate) struct Pair {
    pub(crate) group: u64,
    name_len: usize,
    nv: Str,
}

impl Pair {
    pub(crate) fn new(name: &str, value: &str) -> Pair {
        let mut s = String::with_capacity(name.len() + value.len());
        s.push_str(name);
        s.push_str(value);
        Pair { group: group_hash(name, value), name_len: name.len(), nv: s.into() }
    }

    pub(crate) fn name(&self) -> &str {
        &self.nv[..self.name_len]
    }

    pub(crate) fn value(&self) -> &str {
        &self.nv[self.name_len..]
    }

    pub(crate) fn is(&self, name: &str, value: &str) -> bool {
        self.name_len == name.len() && self.name() == name && self.value() == value
    }

    fn same(&self, o: &Pair) -> bool {
        self.group == o.group && self.name_len == o.name_len && (Arc::ptr_eq(&self.nv, &o.nv) || self.nv == o.nv)
    }

    /// Total order: hash first, then (name length, name + value) to separate collisions.
    fn cmp(&self, o: &Pair) -> Ordering {
        if self.same(o) {
            return Ordering::Equal;
        }
        self.group
            .cmp(&o.group)
            .then_with(|| self.name_len.cmp(&o.name_len))
            .then_with(|| self.nv.cmp(&o.nv))
    }
}

/// Index key: the holders of one (name, value) are contiguous and ordered by id.
#[derive(Clone, Debug)]
pub(crate) struct IxKey {
    pub(crate) pair: Pair,
    pub(crate) id: Key,
}

impl PartialEq for IxKey {
    fn eq(&self, o: &IxKey) -> bool {
        self.pair.same(&o.pair) && self.id == o.id
    }
}
impl Eq for IxKey {}
impl PartialOrd for IxKey {
    fn partial_cmp(&self, o: &IxKey) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for IxKey {
    fn cmp(&self, o: &IxKey) -> Ordering {
        self.pair.cmp(&o.pair).then_with(|| self.id.cmp(&o.id))
    }
}

/// Borrowed index key for lookups; `KeyRef::MIN` as id starts a scan of a pair's holders.
pub(crate) struct IxProbe<'a> {
    pub(crate) group: u64,
    pub(crate) name: &'a str,
    pub(crate) value: &'a str,
    pub(crate) id: KeyRef<'a>,
}

impl<'a> IxProbe<'a> {
    pub(crate) fn first(name: &'a str, value: &'a str) -> Self {
        IxProbe { group: group_hash(name, value), name, value, id: KeyRef::MIN }
    }

    pub(crate) fn of(pair: &'a Pair, id: &'a Key) -> Self {
        IxProbe { group: pair.group, name: pair.name(), value: pair.value(), id: id.as_ref() }
    }
}

impl Equivalent<IxKey> for IxProbe<'_> {
    fn equivalent(&self, k: &IxKey) -> bool {
        self.compare(k) == Ordering::Equal
    }
}
impl Comparable<IxKey> for IxProbe<'_> {
    fn compare(&self, k: &IxKey) -> Ordering {
        // Same order as Pair::cmp: equal name lengths make comparing name then value the
        // same as comparing the concatenations.
        self.group
            .cmp(&k.pair.group)
            .then_with(|| self.name.len().cmp(&k.pair.name_len))
            .then_with(|| self.name.cmp(k.pair.name()))
            .then_with(|| self.value.cmp(k.pair.value()))
            .then_with(|| self.id.compare(&k.id))
    }
}
