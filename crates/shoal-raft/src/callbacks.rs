//! What the driver hands its callers, on its own thread: applied entries to watchers,
//! messages to the transport, outcomes to proposers.

use std::sync::Arc;

#[cfg(doc)]
use crate::Node;
use crate::ProposeError;

/// One applied entry's changes, delivered to watchers in commit order.
#[derive(Debug)]
pub struct CommitEvent<C> {
    pub index: u64,
    pub changes: Vec<C>,
    /// The state was replaced wholesale by a snapshot from the leader (`changes` is empty):
    /// whatever a watcher derived from earlier events is stale; re-read everything.
    pub resync: bool,
    /// The entry's tag (`StateMachine::tag`), if it carries one.
    pub tag: Option<u64>,
}

/// A message for another member, encoded as a protobuf `eraftpb::Message`.
#[derive(Debug)]
pub struct Outbound {
    pub to: u64,
    pub bytes: Vec<u8>,
    /// A snapshot message: the transport must report how its delivery went with
    /// [`Node::report_snapshot`], or the leader never sends this follower anything again.
    pub is_snapshot: bool,
}

pub type Completion<E> = Box<dyn FnOnce(Result<u64, ProposeError<E>>) + Send>;
/// Receives every batch of applied entries, in commit order, on the driver thread: keep it quick.
pub type Watcher<C> = Box<dyn FnMut(&Arc<[CommitEvent<C>]>) + Send>;
/// Hands messages to the network, on the driver thread: must not block. Called with the
/// messages of one Ready at a time (twice for a leader's Ready: appends go out before its own
/// fsync, responses only after).
pub type Transport = Box<dyn FnMut(Vec<Outbound>) + Send>;
