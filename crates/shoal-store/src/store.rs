use std::sync::Arc;

use bytes::Bytes;
use imbl::{OrdMap, OrdSet};

use crate::action::{walk_batch, ActionRef};
use crate::codec::{put_bytes, put_str, put_uvarint};
use crate::keys::{Key, KeyRef, Pair, PairMap, PairRef, Str};
use crate::{Action, ActionKind, StoreError};

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
    /// The stored bytes after a create or update (a merge is reported as an update, with
    /// the merged bytes); `None` for a delete.
    pub data: Option<Bytes>,
}

impl Change {
    /// Encodes a run of changes as one buffer, for a watcher that takes them across a
    /// language boundary in one piece: per change, u8 kind (0 create, 1 update, 2 delete),
    /// str table, str id, uvarint version, u8 has-data, [bytes data]; str and bytes are a
    /// uvarint length and the bytes (UTF-8 for str), as in the action batch format.
    pub fn encode_all(changes: &[Change]) -> Vec<u8> {
        let size: usize = changes
            .iter()
            .map(|c| 22 + c.table.len() + c.id.len() + c.data.as_ref().map_or(0, |d| d.len() + 5))
            .sum();
        let mut out = Vec::with_capacity(size);
        for c in changes {
            out.push(c.kind.to_byte());
            put_str(&mut out, &c.table);
            put_str(&mut out, &c.id);
            put_uvarint(&mut out, c.version);
            match &c.data {
                Some(d) => {
                    out.push(1);
                    put_bytes(&mut out, d);
                }
                None => out.push(0),
            }
        }
        out
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Ix {
    pub(crate) pair: Pair,
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

pub(crate) type Tables = OrdMap<Str, Table>;

type Norm<'a> = Vec<(&'a str, &'a str, bool)>;

/// Sorts index entries by (name, value) and merges repeats in place.
fn normalize(v: &mut Norm<'_>) {
    v.sort_unstable();
    // The same (name, value) twice on one object is one index entry; unique if either says so.
    v.dedup_by(|cur, prev| {
        let same = cur.0 == prev.0 && cur.1 == prev.1;
        if same {
            prev.2 |= cur.2;
        }
        same
    });
}

/// One action as apply takes it, borrowed either from an [`Action`] or straight from the
/// bytes of an encoded batch (`Store::apply_encoded`: no owned strings or data copies per
/// action before the store keeps what it keeps). `indexes` are normalized.
struct Op<'a> {
    kind: ActionKind,
    table: &'a str,
    id: &'a str,
    expected_version: Option<u64>,
    data: Option<&'a [u8]>,
    indexes: Norm<'a>,
}

impl<'a> Op<'a> {
    fn of_action(a: &'a Action) -> Op<'a> {
        let mut indexes: Norm<'a> = a
            .indexes
            .iter()
            .map(|e| (e.name.as_str(), e.value.as_str(), e.unique))
            .collect();
        normalize(&mut indexes);
        Op {
            kind: a.kind,
            table: &a.table,
            id: &a.id,
            expected_version: a.expected_version,
            data: a.data.as_deref(),
            indexes,
        }
    }

    fn of_ref(a: ActionRef<'a>) -> Op<'a> {
        let mut indexes = a.indexes;
        normalize(&mut indexes);
        Op {
            kind: a.kind,
            table: a.table,
            id: a.id,
            expected_version: a.expected_version,
            data: a.data,
            indexes,
        }
    }
}

fn same_entries(old: &[Ix], new: &Norm<'_>) -> bool {
    old.len() == new.len()
        && old
            .iter()
            .zip(new)
            .all(|(o, n)| o.pair.is(n.0, n.1) && o.unique == n.2)
}

/// The ids holding one index (name, value) pair, with the holder's unique flag when
/// there is one holder. Invariant: a unique holder is its pair's only holder, so unique
/// pairs (names, the common case) never pay for a set, and a set's members are all
/// non-unique.
#[derive(Clone, Debug)]
pub(crate) enum Holders {
    One(Key, bool),
    Many(OrdSet<Key>),
}

impl Holders {
    /// Holders in id order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&Key, bool)> {
        let (one, many) = match self {
            Holders::One(k, u) => (Some((k, *u)), None),
            Holders::Many(m) => (None, Some(m.iter().map(|k| (k, false)))),
        };
        one.into_iter().chain(many.into_iter().flatten())
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    /// Entries sit behind an `Arc` so copying a node on write costs one refcount per slot.
    pub(crate) objects: OrdMap<Key, Arc<Entry>>,
    /// Keyed by hash rather than ordered: lookups are exact, order only matters among a
    /// pair's holders, and a hash trie takes far fewer cache misses per lookup than a
    /// B-tree over 100k+ keys.
    pub(crate) index: PairMap<Holders>,
}

/// Resolves an object's index entries against the other live holders without changing
/// anything. `held` are the object's current entries (none for a create): one it keeps
/// as it is needs no look-up, since by the holders' invariant it cannot conflict (a
/// unique holder is its pair's only holder; a non-unique one has no unique co-holder).
/// An assignment keeps all but its node entry, and its service's holder set is large.
fn resolve(
    index: &PairMap<Holders>,
    table: &str,
    id: &str,
    held: &[Ix],
    entries: &Norm<'_>,
) -> Result<Arc<[Ix]>, StoreError> {
    let mut out = Vec::with_capacity(entries.len());
    for &(name, value, unique) in entries {
        if let Some(kept) = held
            .iter()
            .find(|o| o.unique == unique && o.pair.is(name, value))
        {
            out.push(kept.clone());
            continue;
        }
        let pair = match index.get_key_value(&PairRef::new(name, value)) {
            None => Pair::new(name, value),
            Some((pair, holders)) => {
                // An update still holds its old entries; they are about to be replaced.
                // By the invariant, a non-unique first other holder means none is unique.
                if let Some((other, held_unique)) = holders.iter().find(|(k, _)| k.as_str() != id) {
                    if unique || held_unique {
                        return Err(StoreError::NameConflict {
                            table: table.to_owned(),
                            id: id.to_owned(),
                            index: name.to_owned(),
                            value: value.to_owned(),
                            holder: other.as_str().to_owned(),
                        });
                    }
                }
                pair.clone()
            }
        };
        out.push(Ix { pair, unique });
    }
    Ok(out.into())
}

impl Table {
    /// Adds `id` as a holder of the entry's pair. Returns a holder that the unique-index
    /// invariant says should not coexist with this one (apply has ruled that out already;
    /// restore reports it as corruption); the entry is added regardless.
    pub(crate) fn hold(&mut self, ix: &Ix, id: &Key) -> Option<Key> {
        let Some(h) = self.index.get_mut(&ix.pair) else {
            self.index
                .insert(ix.pair.clone(), Holders::One(id.clone(), ix.unique));
            return None;
        };
        match h {
            Holders::One(k, u) => {
                let clash = (*u || ix.unique).then(|| k.clone());
                *h = Holders::Many(OrdSet::from_iter([k.clone(), id.clone()]));
                clash
            }
            Holders::Many(m) => {
                m.insert(id.clone());
                if ix.unique {
                    m.get_min().cloned()
                } else {
                    None
                }
            }
        }
    }

    fn unhold(&mut self, ix: &Ix, id: &Key) {
        let Some(h) = self.index.get_mut(&ix.pair) else {
            return;
        };
        match h {
            Holders::One(k, _) => {
                if k == id {
                    self.index.remove(&ix.pair);
                }
            }
            Holders::Many(m) => {
                m.remove(&id.as_ref());
                if m.len() == 1 {
                    let k = m.get_min().cloned().expect("one left");
                    *h = Holders::One(k, false);
                }
            }
        }
    }

    /// Moves `id`'s index entries from `old` to `new` (None = no object). A shared Arc
    /// means an update kept its entries: nothing to move. Otherwise only the entries that
    /// changed move (an assignment: a task's node, not its service, whose holder set is
    /// large); objects have a handful of entries, so a scan finds them.
    fn reindex(&mut self, id: &Key, old: Option<&Arc<[Ix]>>, new: Option<&Arc<[Ix]>>) {
        if matches!((old, new), (Some(o), Some(n)) if Arc::ptr_eq(o, n)) {
            return;
        }
        let old: &[Ix] = old.map_or(&[], |v| v);
        let new: &[Ix] = new.map_or(&[], |v| v);
        let within = |ix: &Ix, list: &[Ix]| {
            list.iter()
                .any(|o| o.unique == ix.unique && o.pair == ix.pair)
        };
        for ix in old {
            if !within(ix, new) {
                self.unhold(ix, id);
            }
        }
        for ix in new {
            if !within(ix, old) {
                let clash = self.hold(ix, id);
                debug_assert!(clash.is_none(), "put after validation broke a unique index");
            }
        }
    }
}

/// Sets one object to `new` (None = absent), keeping its index entries and the table's
/// existence in step, and returns what was there. Does no validation: both apply (after
/// validating) and rollback (restoring earlier states) go through here.
fn put(tables: &mut Tables, table: &str, id: &Key, new: Option<Arc<Entry>>) -> Option<Arc<Entry>> {
    if new.is_some() && !tables.contains_key(table) {
        tables.insert(table.into(), Table::default());
    }
    let t = tables.get_mut(table)?;
    let new_ix = new.as_ref().map(|e| e.ix.clone());
    let old = match new {
        Some(e) => t.objects.insert(id.clone(), e),
        None => t.objects.remove(&id.as_ref()),
    };
    t.reindex(id, old.as_ref().map(|e| &e.ix), new_ix.as_ref());
    if t.objects.is_empty() {
        tables.remove(table);
    }
    old
}

fn not_found(a: &Op<'_>) -> StoreError {
    StoreError::NotFound {
        table: a.table.to_owned(),
        id: a.id.to_owned(),
    }
}

fn check_expected(a: &Op<'_>, actual: u64) -> Result<(), StoreError> {
    match a.expected_version {
        Some(expected) if expected != actual => Err(StoreError::Conflict {
            table: a.table.to_owned(),
            id: a.id.to_owned(),
            expected,
            actual,
        }),
        _ => Ok(()),
    }
}

/// Validates one action against the current state, then performs it. On error nothing
/// has changed. Returns the change, the object's key and its previous state for undo.
fn apply_one(
    tables: &mut Tables,
    version: u64,
    a: &Op<'_>,
) -> Result<(Change, Key, Option<Arc<Entry>>), StoreError> {
    let (id, prev, data) = match a.kind {
        ActionKind::Update | ActionKind::Merge => rewrite(tables, version, a)?,
        ActionKind::Create => {
            let t = tables.get(a.table);
            if t.is_some_and(|t| t.objects.contains_key(&KeyRef::new(a.id))) {
                return Err(StoreError::Exists {
                    table: a.table.to_owned(),
                    id: a.id.to_owned(),
                });
            }
            let ix = match t {
                Some(t) => resolve(&t.index, a.table, a.id, &[], &a.indexes)?,
                None => resolve(&Table::default().index, a.table, a.id, &[], &a.indexes)?,
            };
            let data = a.data.map(Bytes::copy_from_slice).unwrap_or_default();
            let id = Key::new(a.id);
            let entry = Entry {
                version,
                data: data.clone(),
                ix,
            };
            put(tables, a.table, &id, Some(Arc::new(entry)));
            (id, None, Some(data))
        }
        ActionKind::Delete => {
            let current = tables
                .get(a.table)
                .and_then(|t| t.objects.get_key_value(&KeyRef::new(a.id)));
            let Some((id, old)) = current else {
                return Err(not_found(a));
            };
            check_expected(a, old.version)?;
            let id = id.clone();
            let prev = put(tables, a.table, &id, None);
            (id, prev, None)
        }
    };
    let change = Change {
        // A watcher gets a merge's result, the whole stored bytes, as an update's.
        kind: match a.kind {
            ActionKind::Merge => ActionKind::Update,
            k => k,
        },
        table: a.table.to_owned(),
        id: a.id.to_owned(),
        version,
        data,
    };
    Ok((change, id, prev))
}

/// An update or merge of an existing object, in one descent of the objects' B-tree: the
/// entry is replaced where it sits (its path copied first while a view shares it), rather
/// than looked up and then inserted. Returns the key, the previous entry and the new bytes.
fn rewrite(
    tables: &mut Tables,
    version: u64,
    a: &Op<'_>,
) -> Result<(Key, Option<Arc<Entry>>, Option<Bytes>), StoreError> {
    let t = tables.get_mut(a.table).ok_or_else(|| not_found(a))?;
    let Table { objects, index } = &mut *t;
    let (id, slot) = objects
        .get_key_value_mut(&KeyRef::new(a.id))
        .ok_or_else(|| not_found(a))?;
    check_expected(a, slot.version)?;
    let ix = if same_entries(&slot.ix, &a.indexes) {
        // Sharing the Arc tells `reindex` to leave the index alone.
        slot.ix.clone()
    } else {
        resolve(index, a.table, a.id, &slot.ix, &a.indexes)?
    };
    let data = match (a.kind, a.data) {
        (ActionKind::Merge, Some(patch)) => {
            let mut merged = Vec::with_capacity(slot.data.len() + patch.len());
            merged.extend_from_slice(&slot.data);
            merged.extend_from_slice(patch);
            Bytes::from(merged)
        }
        (ActionKind::Merge, None) => {
            return Err(StoreError::corrupt(format!(
                "merge of {}/{} without a patch",
                a.table, a.id
            )))
        }
        (_, Some(d)) => Bytes::copy_from_slice(d),
        (_, None) => slot.data.clone(),
    };
    let id = id.clone();
    let new_ix = ix.clone();
    let entry = Entry {
        version,
        data: data.clone(),
        ix,
    };
    let prev = std::mem::replace(slot, Arc::new(entry));
    t.reindex(&id, Some(&prev.ix), Some(&new_ix));
    Ok((id, Some(prev), Some(data)))
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
        let ops: Vec<Op<'_>> = actions.iter().map(Op::of_action).collect();
        self.apply_ops(version, &ops)
    }

    /// `apply` for a batch in the encoded batch format (`Action::encode_batch`), read in
    /// place: what a Raft entry holds. A malformed batch changes nothing.
    pub fn apply_encoded(&mut self, version: u64, batch: &[u8]) -> Result<Vec<Change>, StoreError> {
        let mut ops = Vec::new();
        walk_batch(batch, |a| ops.push(Op::of_ref(a)))?;
        self.apply_ops(version, &ops)
    }

    fn apply_ops(&mut self, version: u64, ops: &[Op<'_>]) -> Result<Vec<Change>, StoreError> {
        // Mutating in place with an undo log, rather than working on a clone, matters for
        // speed: while the maps are shared with a clone every touched B-tree node must be
        // copied, whereas unshared nodes are updated in place. Views still get isolation
        // because the nodes they share are copied on write.
        let mut changes = Vec::with_capacity(ops.len());
        let mut undo = Vec::with_capacity(ops.len());
        for a in ops {
            match apply_one(&mut self.tables, version, a) {
                Ok((change, id, prev)) => {
                    changes.push(change);
                    undo.push((id, prev));
                }
                Err(e) => {
                    for ((id, prev), a) in undo.into_iter().zip(ops).rev() {
                        put(&mut self.tables, a.table, &id, prev);
                    }
                    return Err(e);
                }
            }
        }
        self.version = version;
        Ok(changes)
    }

    /// O(1) consistent snapshot for reads; later writes to the store do not show in it.
    pub fn view(&self) -> View {
        View {
            tables: self.tables.clone(),
            version: self.version,
        }
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
    Object {
        table: table.to_owned(),
        id: id.to_owned(),
        version: e.version,
        data: e.data.clone(),
    }
}

impl View {
    pub fn get(&self, table: &str, id: &str) -> Option<Object> {
        let e = self.tables.get(table)?.objects.get(&KeyRef::new(id))?;
        Some(object(table, id, e))
    }

    /// All objects of the table, sorted by id.
    pub fn list(&self, table: &str) -> Vec<Object> {
        match self.tables.get(table) {
            Some(t) => t
                .objects
                .iter()
                .map(|(id, e)| object(table, id.as_str(), e))
                .collect(),
            None => Vec::new(),
        }
    }

    /// Objects whose index entries include (index, value), sorted by id.
    pub fn find(&self, table: &str, index: &str, value: &str) -> Vec<Object> {
        let Some(t) = self.tables.get(table) else {
            return Vec::new();
        };
        let Some(holders) = t.index.get(&PairRef::new(index, value)) else {
            return Vec::new();
        };
        holders
            .iter()
            .filter_map(|(id, _)| {
                t.objects
                    .get(&id.as_ref())
                    .map(|e| object(table, id.as_str(), e))
            })
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
