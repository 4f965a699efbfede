//! Keys laid out for cheap comparison and cheap copying.
//!
//! Both matter for speed. Comparing `Arc<str>` keys chases a pointer per comparison, and
//! while a view shares the maps every touched B-tree node is copied on write, which
//! clones each key in it: for an `Arc` that is a cache miss on a distant refcount. So
//! short strings (ids, most index pairs) live inline in the node, and index pairs carry
//! their hash, computed once, for the hash trie that indexes them.

use std::cmp::Ordering;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

use equivalent::{Comparable, Equivalent};

pub(crate) type Str = Arc<str>;

/// Swarm-style ids are 25 characters; 30 keeps them and typical index pairs inline while
/// the whole value stays 32 bytes.
const INLINE: usize = 30;

/// A string stored inline when short, shared on the heap otherwise.
#[derive(Clone)]
pub(crate) enum SmallStr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Str),
}

impl SmallStr {
    pub(crate) fn new(s: &str) -> SmallStr {
        SmallStr::concat(s, "")
    }

    fn concat(a: &str, b: &str) -> SmallStr {
        let n = a.len() + b.len();
        if n <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..a.len()].copy_from_slice(a.as_bytes());
            buf[a.len()..n].copy_from_slice(b.as_bytes());
            SmallStr::Inline { len: n as u8, buf }
        } else {
            let mut s = String::with_capacity(n);
            s.push_str(a);
            s.push_str(b);
            SmallStr::Heap(s.into())
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        match self {
            SmallStr::Inline { len, buf } => &buf[..*len as usize],
            SmallStr::Heap(s) => s.as_bytes(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            // SAFETY: inline bytes are only ever copied whole from `&str`s (see `concat`),
            // so they are valid UTF-8.
            SmallStr::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(&buf[..*len as usize])
            },
            SmallStr::Heap(s) => s,
        }
    }

    fn same(&self, o: &SmallStr) -> bool {
        match (self, o) {
            (SmallStr::Heap(a), SmallStr::Heap(b)) if Arc::ptr_eq(a, b) => true,
            _ => self.as_bytes() == o.as_bytes(),
        }
    }
}

impl std::fmt::Debug for SmallStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// Byte-string order, deciding on the first 8 bytes as one integer when it can: ids are
/// mostly random, so that settles nearly every comparison without a `memcmp` call.
#[inline]
fn cmp_bytes(a: &[u8], b: &[u8]) -> Ordering {
    if let (Some(x), Some(y)) = (a.first_chunk::<8>(), b.first_chunk::<8>()) {
        let (x, y) = (u64::from_be_bytes(*x), u64::from_be_bytes(*y));
        if x != y {
            return x.cmp(&y);
        }
    }
    a.cmp(b)
}

/// An object id, ordered as its string.
#[derive(Clone, Debug)]
pub(crate) struct Key(SmallStr);

impl Key {
    pub(crate) fn new(s: &str) -> Key {
        Key(SmallStr::new(s))
    }

    pub(crate) fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub(crate) fn as_ref(&self) -> KeyRef<'_> {
        KeyRef(self.0.as_str())
    }
}

impl PartialEq for Key {
    fn eq(&self, o: &Key) -> bool {
        self.0.same(&o.0)
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
        cmp_bytes(self.0.as_bytes(), o.0.as_bytes())
    }
}

/// Borrowed id for lookups.
#[derive(Clone, Copy)]
pub(crate) struct KeyRef<'a>(&'a str);

impl<'a> KeyRef<'a> {
    pub(crate) fn new(s: &'a str) -> Self {
        KeyRef(s)
    }
}

impl Equivalent<Key> for KeyRef<'_> {
    fn equivalent(&self, k: &Key) -> bool {
        self.0.as_bytes() == k.0.as_bytes()
    }
}
impl Comparable<Key> for KeyRef<'_> {
    fn compare(&self, k: &Key) -> Ordering {
        cmp_bytes(self.0.as_bytes(), k.0.as_bytes())
    }
}

/// Deterministic (same on every replica and build) 64-bit hash of an index (name, value).
pub(crate) fn group_hash(name: &str, value: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 =
        0xcbf2_9ce4_8422_2325 ^ (name.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for part in [name.as_bytes(), value.as_bytes()] {
        let mut chunks = part.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("8 bytes")))
                .wrapping_mul(K);
        }
        let rest = chunks.remainder();
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59))
            .wrapping_mul(K);
    }
    // murmur3 finalizer: the hash trie consumes the hash a few bits per level.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// An index (name, value) pair stored as one string, name then value.
#[derive(Clone, Debug)]
pub(crate) struct Pair {
    pub(crate) group: u64,
    name_len: u32,
    nv: SmallStr,
}

impl Pair {
    pub(crate) fn new(name: &str, value: &str) -> Pair {
        let name_len = u32::try_from(name.len()).expect("index name shorter than 4 GiB");
        Pair {
            group: group_hash(name, value),
            name_len,
            nv: SmallStr::concat(name, value),
        }
    }

    pub(crate) fn name(&self) -> &str {
        &self.nv.as_str()[..self.name_len as usize]
    }

    pub(crate) fn value(&self) -> &str {
        &self.nv.as_str()[self.name_len as usize..]
    }

    pub(crate) fn is(&self, name: &str, value: &str) -> bool {
        let b = self.nv.as_bytes();
        self.name_len as usize == name.len()
            && b.len() == name.len() + value.len()
            && &b[..name.len()] == name.as_bytes()
            && &b[name.len()..] == value.as_bytes()
    }
}

impl PartialEq for Pair {
    fn eq(&self, o: &Pair) -> bool {
        self.group == o.group && self.name_len == o.name_len && self.nv.same(&o.nv)
    }
}
impl Eq for Pair {}
impl PartialOrd for Pair {
    fn partial_cmp(&self, o: &Pair) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
/// Any total order will do (it only groups pairs when restoring); hash first is cheapest.
impl Ord for Pair {
    fn cmp(&self, o: &Pair) -> Ordering {
        self.group
            .cmp(&o.group)
            .then_with(|| self.name_len.cmp(&o.name_len))
            .then_with(|| self.nv.as_bytes().cmp(o.nv.as_bytes()))
    }
}
impl Hash for Pair {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u64(self.group);
    }
}

/// Borrowed pair for lookups.
pub(crate) struct PairRef<'a> {
    group: u64,
    name: &'a str,
    value: &'a str,
}

impl<'a> PairRef<'a> {
    pub(crate) fn new(name: &'a str, value: &'a str) -> Self {
        PairRef {
            group: group_hash(name, value),
            name,
            value,
        }
    }
}

impl Hash for PairRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u64(self.group);
    }
}
impl Equivalent<Pair> for PairRef<'_> {
    fn equivalent(&self, p: &Pair) -> bool {
        self.group == p.group && p.is(self.name, self.value)
    }
}

/// Pairs already carry a well-mixed deterministic hash; hashing it again would only cost
/// time, and a fixed hash keeps the maps' internal layout identical on every replica.
#[derive(Clone, Copy, Default)]
pub(crate) struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by our keys; fold anything else in rather than drop it.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

pub(crate) type PairMap<V> = imbl::GenericHashMap<
    Pair,
    V,
    BuildHasherDefault<PassHasher>,
    imbl::shared_ptr::DefaultSharedPtr,
>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_str_inline_and_heap() {
        for s in [
            "",
            "a",
            "0123456789abcdefghijklmnopqrs",
            "0123456789abcdefghijklmnopqrst",
            "é".repeat(20).as_str(),
        ] {
            assert_eq!(SmallStr::new(s).as_str(), s);
        }
        assert!(matches!(
            SmallStr::new(&"x".repeat(30)),
            SmallStr::Inline { .. }
        ));
        assert!(matches!(SmallStr::new(&"x".repeat(31)), SmallStr::Heap(_)));
        assert_eq!(std::mem::size_of::<SmallStr>(), 32);
    }

    #[test]
    fn key_order_is_string_order() {
        let mut words = vec![
            "b",
            "a",
            "ab",
            "a\u{0}",
            "",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "zz",
            "é",
            "Z",
            "abcdefgh",
            "abcdefgh\u{0}",
            "abcdefghi",
            "abcdefgg",
            "abcdefgi",
            "abcdefg",
        ];
        let mut keys: Vec<Key> = words.iter().map(|w| Key::new(w)).collect();
        words.sort();
        keys.sort();
        assert_eq!(keys.iter().map(|k| k.as_str()).collect::<Vec<_>>(), words);
        for a in &words {
            for b in &words {
                assert_eq!(
                    KeyRef::new(a).compare(&Key::new(b)),
                    a.cmp(b),
                    "{a:?} vs {b:?}"
                );
            }
        }
    }

    #[test]
    fn pair_split_and_match() {
        let long = "v".repeat(40);
        for (n, v) in [
            ("name", "web"),
            ("", "x"),
            ("x", ""),
            ("node", long.as_str()),
        ] {
            let p = Pair::new(n, v);
            assert_eq!((p.name(), p.value()), (n, v));
            assert!(p.is(n, v));
            assert!(PairRef::new(n, v).equivalent(&p));
        }
        // Same concatenation, different split.
        assert!(!Pair::new("ab", "c").is("a", "bc"));
        assert_ne!(Pair::new("ab", "c"), Pair::new("a", "bc"));
    }
}
