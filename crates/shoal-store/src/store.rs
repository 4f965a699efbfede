use std::cmp::Ordering;
use std::sync::Arc;

use bytes::Bytes;
use equivalent::{Comparable, Equivalent};
use imbl::OrdMap;

use crate::{Action, ActionKind, IndexEntry, StoreError};

pub(crate) type Str = Arc<str>;

/// An object as read from a view. Cloning is cheap: `data` is reference counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Object {
    pub table: String,
    pub id: String,
    /// Version of the batch (the Raft index) that last wrote the object.
    pub version: u64,
    pub data: Bytes,
}

/// What one action did, in batch order, for watchers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: ActionKind,
    pub table: String,
    pub id: String,
    /// The batch's version; for a delete that is the version at which the object went away.
    pub version: u64,
    /// The stored bytes after a create or update; `None` for a delete.
    pub data: Option<Bytes>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Ix {
    pub(crate) name: Str,
    pub(crate) value: Str,
    pub(crate) unique: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub(crate) version: u64,
    pub(crate) data: Bytes,
    /// Sorted by (name, value) without duplicates, so an update can cheaply tell whether
    /// its index entries changed and a snapshot is byte-for-byte deterministic.
    pub(crate) ix: Arc<[Ix]>,
}

/// One flat ordered set per table instead of name -> value -> ids maps: a single B-tree
/// insert or remove per index entry, and the ids holding a (name, value) are a contiguous,
/// id-ordered range.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct IxKey {
    pub(crate) name: Str,
    pub(crate) value: Str,
    pub(crate) id: Str,
}

/// Borrowed form of `IxKey` for lookups, so queries and removals allocate nothing.
struct IxRef<'a> {
    name: &'a str,
    value: &'a str,
    id: &'a str,
}

impl Equivalent<IxKey> for IxRef<'_> {
    fn equivalent(&self, k: &IxKey) -> bool {
        self.name == &*k.name && self.value == &*k.value && self.id == &*k.id
    }
}

impl Comparable<IxKey> for IxRef<'_> {
    fn compare(&self, k: &IxKey) -> Ordering {
        (self.name, self.value, self.id).cmp(&(&*k.name, &*k.value, &*k.id))
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    pub(crate) objects: OrdMap<Str, Entry>,
    /// Value: whether that holder's entry is unique. Invariant: when any holder of a
    /// (name, value) is unique it is the only holder.
    pub(crate) index: OrdMap<IxKey, bool>,
}

pub(crate) type Tables = OrdMap<Str, Table>;

type Norm<'a> = Vec<(&'a str, &'a str, bool)>;

fn normalize(entries: &[IndexEntry]) -> Norm<'_> {
    let mut v: Norm<'_> =
        entries.iter().map(|e| (e.name.as_str(), e.value.as_str(), e.unique)).collect();
    v.sort_unstable();
    // The same (name, value) twice on one object is one index key; unique if either says so.
    v.dedup_by(|cur, prev| {
        let same = cur.0 == prev.0 && cur.1 == prev.1;
        if same {
            prev.2 |= cur.2;
        }
        same
    });
    v
}

fn same_entries(old: &[Ix], new: &Norm<'_>) -> bool {
    old.len() == new.len()
        && old
            .iter()
            .zip(new)
            .all(|(o, n)| &*o.name == n.0 && &*o.value == n.1 && o.unique == n.2)
}

impl Table {
    /// Checks one index entry against the other live holders and returns the name and
    /// value as `Arc`s shared with existing keys where possible: repeated names and values
    /// (index names, node ids...) then cost one allocation, not one per object.
    fn check(
        &self,
        table: &str,
        id: &str,
        name: &str,
        value: &str,
        unique: bool,
    ) -> Result<(Str, Str), StoreError> {
        let probe = IxRef { name, value, id: "" };
        let mut name_arc = None;
        let mut value_arc = None;
        if let Some((k, &held_unique)) = self.index.range(probe..).next() {
            if &*k.name == name {
                name_arc = Some(k.name.clone());
                if &*k.value == value {
                    value_arc = Some(k.value.clone());
                    // Callers release the object's own keys first, so k is another object.
                    debug_assert!(&*k.id != id);
                    if unique || held_unique {
                        return Err(StoreError::NameConflict {
                            table: table.to_owned(),
                            id: id.to_owned(),
                            index: name.to_owned(),
                            value: value.to_owned(),
                            holder: k.id.to_string(),
                        });
                    }
                }
            }
        }
        if name_arc.is_none() {
            if let Some((k, _)) = self.index.get_prev(&IxRef { name, value, id: "" }) {
                if &*k.name == name {
                    name_arc = Some(k.name.clone());
                }
            }
        }
        Ok((name_arc.unwrap_or_else(|| name.into()), value_arc.unwrap_or_else(|| value.into())))
    }

    fn claim(&mut self, table: &str, id: &Str, entries: &Norm<'_>) -> Result<Arc<[Ix]>, StoreError> {
        let mut out = Vec::with_capacity(entries.len());
        for &(name, value, unique) in entries {
            let (name, value) = self.check(table, id, name, value, unique)?;
            self.index.insert(IxKey { name: name.clone(), value: value.clone(), id: id.clone() }, unique);
            out.push(Ix { name, value, unique });
        }
        Ok(out.into())
    }

    fn release(&mut self, id: &str, ix: &[Ix]) {
        for e in ix {
            self.index.remove(&IxRef { name: &e.name, value: &e.value, id });
        }
    }
}

fn not_found(a: &Action) -> StoreError {
    StoreError::NotFound { table: a.table.clone(), id: a.id.clone() }
}

fn check_expected(a: &Action, actual: u64) -> Result<(), StoreError> {
    match a.expected_version {
        Some(expected) if expected != actual => Err(StoreError::Conflict {
            table: a.table.clone(),
            id: a.id.clone(),
            expected,
            actual,
        }),
        _ => Ok(()),
    }
}

fn apply_one(tables: &mut Tables, version: u64, a: &Action) -> Result<Change, StoreError> {
    let table = a.table.as_str();
    let data = match a.kind {
        ActionKind::Create => {
            if !tables.contains_key(table) {
                tables.insert(table.into(), Table::default());
            }
            let t = tables.get_mut(table).expect("table just ensured");
            if t.objects.contains_key(a.id.as_str()) {
                return Err(StoreError::Exists { table: a.table.clone(), id: a.id.clone() });
            }
            let id: Str = a.id.as_str().into();
            let ix = t.claim(table, &id, &normalize(&a.indexes))?;
            let data = a.data.as_deref().map(Bytes::copy_from_slice).unwrap_or_default();
            t.objects.insert(id, Entry { version, data: data.clone(), ix });
            Some(data)
        }
        ActionKind::Update => {
            let t = tables.get_mut(table).ok_or_else(|| not_found(a))?;
            let (id, old) = t.objects.get_key_value(a.id.as_str()).ok_or_else(|| not_found(a))?;
            let (id, old) = (id.clone(), old.clone());
            check_expected(a, old.version)?;
            let new = normalize(&a.indexes);
            let ix = if same_entries(&old.ix, &new) {
                old.ix.clone()
            } else {
                // Released first so the object never conflicts with its own previous entries.
                t.release(&id, &old.ix);
                t.claim(table, &id, &new)?
            };
            let data = match a.data.as_deref() {
                Some(d) => Bytes::copy_from_slice(d),
                None => old.data.clone(),
            };
            t.objects.insert(id, Entry { version, data: data.clone(), ix });
            Some(data)
        }
        ActionKind::Delete => {
            let t = tables.get_mut(table).ok_or_else(|| not_found(a))?;
            let old = t.objects.get(a.id.as_str()).ok_or_else(|| not_found(a))?;
            check_expected(a, old.version)?;
            let old = t.objects.remove(a.id.as_str()).expect("present");
            t.release(&a.id, &old.ix);
            if t.objects.is_empty() {
                tables.remove(table);
            }
            None
        }
    };
    Ok(Change { kind: a.kind, table: a.table.clone(), id: a.id.clone(), version, data })
}

/// The replicated state machine: tables of opaque objects with secondary indexes.
#[derive(Clone, Debug, Default)]
pub struct Store {
    pub(crate) tables: Tables,
    pub(crate) version: u64,
}

impl Store {
    pub fn new() -> Store {
        Store::default()
    }

    /// Applies a batch atomically: either every action applies, or none does and the
    /// first failing action's error is returned. Each action sees the effects of the
    /// actions before it in the batch. Every object written gets `version`.
    pub fn apply(&mut self, version: u64, actions: &[Action]) -> Result<Vec<Change>, StoreError> {
        // Working on an O(1) copy of the persistent maps makes rollback free (drop it) and
        // validation exact (later actions see earlier ones) without a separate overlay.
        let mut next = self.tables.clone();
        let mut changes = Vec::with_capacity(actions.len());
        for a in actions {
            changes.push(apply_one(&mut next, version, a)?);
        }
        self.tables = next;
        self.version = version;
        Ok(changes)
    }

    /// O(1) consistent snapshot for reads; later writes to the store do not show in it.
    pub fn view(&self) -> View {
        View { tables: self.tables.clone(), version: self.version }
    }

    /// Version of the last batch applied successfully (or restored), 0 for a new store.
    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn len(&self, table: &str) -> usize {
        self.tables.get(table).map_or(0, |t| t.objects.len())
    }

    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }

    /// Serializes the whole store; see `snapshot.rs` for the format.
    pub fn snapshot(&self) -> Vec<u8> {
        crate::snapshot::encode(&self.tables, self.version)
    }

    pub fn restore(bytes: &[u8]) -> Result<Store, StoreError> {
        let (tables, version) = crate::snapshot::decode(bytes)?;
        Ok(Store { tables, version })
    }
}

/// A read transaction: an immutable snapshot of the store. Cheap to clone and share
/// across threads.
#[derive(Clone, Debug)]
pub struct View {
    tables: Tables,
    version: u64,
}

fn object(table: &str, id: &str, e: &Entry) -> Object {
    Object { table: table.to_owned(), id: id.to_owned(), version: e.version, data: e.data.clone() }
}

impl View {
    pub fn get(&self, table: &str, id: &str) -> Option<Object> {
        let e = self.tables.get(table)?.objects.get(id)?;
        Some(object(table, id, e))
    }

    /// All objects of the table, sorted by id.
    pub fn list(&self, table: &str) -> Vec<Object> {
        match self.tables.get(table) {
            Some(t) => t.objects.iter().map(|(id, e)| object(table, id, e)).collect(),
            None => Vec::new(),
        }
    }

    /// Objects whose index entries include (index, value), sorted by id.
    pub fn find(&self, table: &str, index: &str, value: &str) -> Vec<Object> {
        let Some(t) = self.tables.get(table) else { return Vec::new() };
        t.index
            .range(IxRef { name: index, value, id: "" }..)
            .take_while(|(k, _)| &*k.name == index && &*k.value == value)
            .filter_map(|(k, _)| t.objects.get(&*k.id).map(|e| object(table, &k.id, e)))
            .collect()
    }

    pub fn count(&self, table: &str) -> usize {
        self.tables.get(table).map_or(0, |t| t.objects.len())
    }

    /// The store's version when this view was taken.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Names of the tables that hold at least one object, sorted.
    pub fn tables(&self) -> Vec<String> {
        self.tables.keys().map(|k| k.to_string()).collect()
    }
}
