use crate::codec::{put_bytes, put_str, put_uvarint, Reader};
use crate::StoreError;

/// A secondary index key the caller (JavaScript) derives from an object it encoded.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IndexEntry {
    pub name: String,
    pub value: String,
    /// At most one live object per table may hold this (name, value).
    pub unique: bool,
}

impl IndexEntry {
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        IndexEntry {
            name: name.into(),
            value: value.into(),
            unique: false,
        }
    }

    pub fn unique(name: impl Into<String>, value: impl Into<String>) -> Self {
        IndexEntry {
            name: name.into(),
            value: value.into(),
            unique: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionKind {
    Create,
    Update,
    Delete,
    /// Appends the action's bytes (a patch) to the stored object's bytes, unparsed: for
    /// protobuf objects, concatenating two serialized messages is merging them (singular
    /// fields: the patch's value wins; embedded messages merge field by field; repeated
    /// fields append). Reported to watchers as an update carrying the merged bytes.
    Merge,
}

impl ActionKind {
    /// The spelling used by the JavaScript contract.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Create => "create",
            ActionKind::Update => "update",
            ActionKind::Delete => "delete",
            ActionKind::Merge => "merge",
        }
    }

    pub(crate) fn to_byte(self) -> u8 {
        match self {
            ActionKind::Create => 0,
            ActionKind::Update => 1,
            ActionKind::Delete => 2,
            ActionKind::Merge => 3,
        }
    }
}

/// One write in a batch.
///
/// `data: None` on a create stores empty bytes; on an update it keeps the stored bytes
/// (the index entries are replaced either way). A merge must have `data` (the patch) and
/// replaces the index entries too. `expected_version` is checked by update, merge and
/// delete; delete ignores `data` and `indexes`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub kind: ActionKind,
    pub table: String,
    pub id: String,
    pub expected_version: Option<u64>,
    pub data: Option<Vec<u8>>,
    pub indexes: Vec<IndexEntry>,
}

// First byte of an encoded batch, so a later format can be told apart from this one in
// entries already sitting in the Raft log. Action kind 3 (merge) came later within both
// formats: every batch written before it still reads the same (a shoal without it refuses
// a batch holding one, so every manager must run a shoal that knows it before any merges).
const BATCH_FORMAT: u8 = 1;
// The same format with a tag after the format byte (a uvarint the proposer picks): the store
// ignores it; the proposer's own commit events echo it (`batch_tag`), so it can tell its own
// batch's event from another member's without comparing the changes' bytes.
const BATCH_FORMAT_TAGGED: u8 = 2;
const HAS_EXPECTED: u8 = 1;
const HAS_DATA: u8 = 2;

impl Action {
    pub fn create(
        table: impl Into<String>,
        id: impl Into<String>,
        data: impl Into<Vec<u8>>,
        indexes: Vec<IndexEntry>,
    ) -> Self {
        Action {
            kind: ActionKind::Create,
            table: table.into(),
            id: id.into(),
            expected_version: None,
            data: Some(data.into()),
            indexes,
        }
    }

    pub fn update(
        table: impl Into<String>,
        id: impl Into<String>,
        data: impl Into<Vec<u8>>,
        indexes: Vec<IndexEntry>,
    ) -> Self {
        Action {
            kind: ActionKind::Update,
            ..Action::create(table, id, data, indexes)
        }
    }

    /// Appends `patch` to the stored object's bytes (see [`ActionKind::Merge`]) and replaces
    /// its index entries.
    pub fn merge(
        table: impl Into<String>,
        id: impl Into<String>,
        patch: impl Into<Vec<u8>>,
        indexes: Vec<IndexEntry>,
    ) -> Self {
        Action {
            kind: ActionKind::Merge,
            ..Action::create(table, id, patch, indexes)
        }
    }

    pub fn delete(table: impl Into<String>, id: impl Into<String>) -> Self {
        Action {
            kind: ActionKind::Delete,
            table: table.into(),
            id: id.into(),
            expected_version: None,
            data: None,
            indexes: Vec::new(),
        }
    }

    pub fn expect_version(mut self, version: u64) -> Self {
        self.expected_version = Some(version);
        self
    }

    /// Deterministic binary encoding of a batch: the same actions always give the same bytes.
    pub fn encode_batch(actions: &[Action]) -> Vec<u8> {
        let size: usize = actions
            .iter()
            .map(|a| {
                16 + a.table.len()
                    + a.id.len()
                    + a.data.as_ref().map_or(0, |d| d.len() + 5)
                    + a.indexes
                        .iter()
                        .map(|e| e.name.len() + e.value.len() + 5)
                        .sum::<usize>()
            })
            .sum();
        let mut out = Vec::with_capacity(size + 6);
        out.push(BATCH_FORMAT);
        put_uvarint(&mut out, actions.len() as u64);
        for a in actions {
            out.push(a.kind.to_byte());
            put_str(&mut out, &a.table);
            put_str(&mut out, &a.id);
            let mut flags = 0;
            if a.expected_version.is_some() {
                flags |= HAS_EXPECTED;
            }
            if a.data.is_some() {
                flags |= HAS_DATA;
            }
            out.push(flags);
            if let Some(v) = a.expected_version {
                put_uvarint(&mut out, v);
            }
            if let Some(d) = &a.data {
                put_bytes(&mut out, d);
            }
            put_uvarint(&mut out, a.indexes.len() as u64);
            for e in &a.indexes {
                put_str(&mut out, &e.name);
                put_str(&mut out, &e.value);
                out.push(e.unique as u8);
            }
        }
        out
    }

    pub fn decode_batch(bytes: &[u8]) -> Result<Vec<Action>, StoreError> {
        let mut actions = Vec::new();
        walk_batch(bytes, |a| {
            actions.push(Action {
                kind: a.kind,
                table: a.table.to_owned(),
                id: a.id.to_owned(),
                expected_version: a.expected_version,
                data: a.data.map(<[u8]>::to_vec),
                indexes: a
                    .indexes
                    .into_iter()
                    .map(|(name, value, unique)| IndexEntry {
                        name: name.to_owned(),
                        value: value.to_owned(),
                        unique,
                    })
                    .collect(),
            })
        })?;
        Ok(actions)
    }

    /// Checks that `bytes` are a well-formed batch without building it: what decode_batch
    /// accepts, at a fraction of the allocations (a proposer checks before proposing; the
    /// state machine decodes when it applies).
    pub fn validate_batch(bytes: &[u8]) -> Result<usize, StoreError> {
        let mut n = 0;
        walk_batch(bytes, |_| n += 1)?;
        Ok(n)
    }

    /// The tag of a tagged batch (format 2), read from its header alone; None for an untagged
    /// or malformed one (which the store refuses when it applies it).
    pub fn batch_tag(bytes: &[u8]) -> Option<u64> {
        let mut r = Reader::new(bytes, "action batch");
        match r.u8() {
            Ok(BATCH_FORMAT_TAGGED) => r.uvarint().ok(),
            _ => None,
        }
    }
}

/// One action of an encoded batch, borrowed from its bytes.
pub(crate) struct ActionRef<'a> {
    pub(crate) kind: ActionKind,
    pub(crate) table: &'a str,
    pub(crate) id: &'a str,
    pub(crate) expected_version: Option<u64>,
    pub(crate) data: Option<&'a [u8]>,
    pub(crate) indexes: Vec<(&'a str, &'a str, bool)>,
}

/// Reads a batch, handing each action to `each`; fails on the first malformed byte.
pub(crate) fn walk_batch<'a>(
    bytes: &'a [u8],
    mut each: impl FnMut(ActionRef<'a>),
) -> Result<(), StoreError> {
    let mut r = Reader::new(bytes, "action batch");
    match r.u8()? {
        BATCH_FORMAT => {}
        BATCH_FORMAT_TAGGED => {
            r.uvarint()?;
        }
        format => return Err(r.err(&format!("unsupported batch format {format}"))),
    }
    // Smallest action: kind, two empty strings, flags, index count.
    let n = r.count(5)?;
    for _ in 0..n {
        let kind = match r.u8()? {
            0 => ActionKind::Create,
            1 => ActionKind::Update,
            2 => ActionKind::Delete,
            3 => ActionKind::Merge,
            k => return Err(r.err(&format!("unknown action kind {k}"))),
        };
        let table = r.str()?;
        let id = r.str()?;
        let flags = r.u8()?;
        if flags & !(HAS_EXPECTED | HAS_DATA) != 0 {
            return Err(r.err(&format!("unknown action flags {flags:#x}")));
        }
        let expected_version = if flags & HAS_EXPECTED != 0 {
            Some(r.uvarint()?)
        } else {
            None
        };
        let data = if flags & HAS_DATA != 0 {
            Some(r.bytes()?)
        } else if kind == ActionKind::Merge {
            return Err(r.err(&format!("merge of {table}/{id} without a patch")));
        } else {
            None
        };
        let m = r.count(3)?;
        let mut indexes = Vec::with_capacity(m);
        for _ in 0..m {
            let name = r.str()?;
            let value = r.str()?;
            indexes.push((name, value, r.bool()?));
        }
        each(ActionRef {
            kind,
            table,
            id,
            expected_version,
            data,
            indexes,
        });
    }
    r.finish()
}
