//! shoal-store: the in-memory state machine behind shoal's Raft log.
//!
//! Objects are opaque bytes (JavaScript encodes them) in tables keyed by id, with
//! secondary indexes whose entries the caller supplies per object. State lives in
//! persistent maps (`imbl`), so a [`View`] is an O(1) consistent read snapshot while
//! writes go on, and a failed batch is rolled back by dropping its working copy.
//!
//! Everything observable is ordered (tables, ids, index keys), so applying the same
//! batches gives the same state, the same `list`/`find` results and the same snapshot
//! bytes on every replica.

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
