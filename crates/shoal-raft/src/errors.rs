//! Why a proposal was not applied, and why a node did not open.

use std::fmt;

#[cfg(doc)]
use crate::Node;

/// Why a proposal was not applied.
#[derive(Debug)]
pub enum ProposeError<E> {
    /// The state machine rejected the entry; it was committed as a no-op.
    Rejected(E),
    /// This node is not the leader, or stopped being the leader before the entry committed
    /// (in which case a new leader may still commit it).
    NotLeader { leader: u64 },
    /// The entry is larger than `Config::max_proposal_bytes`; nothing was proposed.
    TooLarge { size: u64, max: u64 },
    /// Refused before anything was proposed (membership and leadership requests):
    /// `MembershipChangeInProgress`, `NotFound`, `InvalidArgument`, `TransferInProgress`,
    /// `Timeout`.
    Refused { code: &'static str, message: String },
    /// The node was closed before the entry was applied.
    Closed,
    /// The driver stopped on an I/O or consistency failure.
    Fatal(String),
}

impl<E> ProposeError<E> {
    /// Stable code for callers that map errors to API statuses.
    pub fn code(&self) -> &'static str {
        match self {
            ProposeError::Rejected(_) => "Rejected",
            ProposeError::NotLeader { .. } => "NotLeader",
            ProposeError::TooLarge { .. } => "TooLarge",
            ProposeError::Refused { code, .. } => code,
            ProposeError::Closed => "Closed",
            ProposeError::Fatal(_) => "Fatal",
        }
    }
}

impl<E: fmt::Display> fmt::Display for ProposeError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProposeError::Rejected(e) => e.fmt(f),
            ProposeError::NotLeader { leader: 0 } => {
                write!(f, "not the leader, and no leader is known")
            }
            ProposeError::NotLeader { leader } => {
                write!(f, "not the leader; the leader is node {leader}")
            }
            ProposeError::TooLarge { size, max } => {
                write!(
                    f,
                    "proposal of {size} bytes exceeds the limit of {max} bytes; split the batch"
                )
            }
            ProposeError::Refused { message, .. } => f.write_str(message),
            ProposeError::Closed => write!(f, "the raft node is closed"),
            ProposeError::Fatal(msg) => write!(f, "the raft node failed: {msg}"),
        }
    }
}

impl<E: fmt::Display + fmt::Debug> std::error::Error for ProposeError<E> {}

/// Why [`Node::open`] failed.
#[derive(Debug)]
pub enum OpenError {
    Config(String),
    Log(shoal_log::LogError),
    Restore(String),
    Raft(raft::Error),
    /// The driver thread ended before it became ready.
    Stopped(String),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Config(m) => write!(f, "invalid raft configuration: {m}"),
            OpenError::Log(e) => e.fmt(f),
            OpenError::Restore(m) => write!(
                f,
                "restoring the state machine from its snapshot failed: {m}"
            ),
            OpenError::Raft(e) => write!(f, "raft: {e}"),
            OpenError::Stopped(m) => write!(f, "raft driver stopped while opening: {m}"),
        }
    }
}

impl std::error::Error for OpenError {}

impl From<shoal_log::LogError> for OpenError {
    fn from(e: shoal_log::LogError) -> Self {
        OpenError::Log(e)
    }
}
