//! shoal-store: the in-memory state machine behind shoal's Raft log.
//!
//! Objects are opaque bytes (JavaScript encodes them) in tables keyed by id, with
//! secondary indexes whose entries the caller supplies per object. State lives in
//! persistent maps (`imbl`), so a [`View`] is an O(1) consistent read snapshot while
//! writes go on. A batch is applied in place with an undo log and rolled back on the
//! first failing action.
//!
//! Everything observable is ordered (tables, ids, holders of an index value), so
//! applying the same batches gives the same state, the same `list`/`find` results and
//! the same snapshot bytes on every replica.
//!
//! Cost note: while any `View` is alive, the next writes copy each tree node they touch
//! instead of updating it in place, roughly doubling apply time for large batches (see
//! `tests/perf.rs`). Views are meant to be taken when needed and dropped soon.

mod action;
mod codec;
mod error;
mod keys;
mod snapshot;
mod store;

pub use action::{Action, ActionKind, IndexEntry};
pub use error::StoreError;
pub use store::{Change, Object, Store, View};

// Re-exported so callers can name `Object::data`'s type without depending on `bytes`.
pub use bytes::Bytes;
