//! What a node reports of itself and its members, and the membership changes it takes.

#[cfg(doc)]
use crate::Node;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Follower,
    PreCandidate,
    Candidate,
    Leader,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Follower => "follower",
            Role::PreCandidate => "precandidate",
            Role::Candidate => "candidate",
            Role::Leader => "leader",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub id: u64,
    pub leader: u64,
    pub term: u64,
    pub commit: u64,
    pub applied: u64,
    pub role: Role,
}

/// A voting member and its context, as of the applied configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: u64,
    /// Empty when never set (e.g. a founder of a multi-member bootstrap).
    pub context: Vec<u8>,
}

/// The leader's view of one member's replication (empty on followers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerProgress {
    pub id: u64,
    /// Highest log index known to be replicated on that member.
    pub matched: u64,
    /// Heard from within the last election timeout (always true for the leader itself).
    pub recent_active: bool,
    /// "probe", "replicate" or "snapshot".
    pub state: &'static str,
}

/// A membership change for [`Node::change_membership`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemberChange {
    /// Adds a voter, or replaces the context of an existing one.
    Add {
        id: u64,
        context: Vec<u8>,
    },
    Remove {
        id: u64,
    },
}
