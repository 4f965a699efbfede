//! The two messages of proto/shoal/v1/rpc.proto that the Raft transport speaks, written by
//! hand (prost derive) rather than generated: they are all this crate needs, and generating
//! would need protoc at build time. Field numbers must match the .proto.

/// `shoal.v1.ProcessRaftMessageRequest`: eraftpb.Messages for one member, in order, plus the
/// sender's Raft id and swarm address (a member that just joined has no configuration, hence
/// no addresses, and answers to the address the sender gave).
#[derive(Clone, PartialEq, prost::Message)]
pub struct ProcessRaftMessageRequest {
    #[prost(bytes = "vec", repeated, tag = "1")]
    pub messages: Vec<Vec<u8>>,
    #[prost(uint64, tag = "2")]
    pub from: u64,
    #[prost(string, tag = "3")]
    pub from_addr: String,
}

/// `shoal.v1.ProcessRaftMessageResponse` (empty).
#[derive(Clone, PartialEq, prost::Message)]
pub struct ProcessRaftMessageResponse {}

pub const STREAM_RAFT_MESSAGES: &str = "/shoal.v1.Raft/StreamRaftMessages";
pub const PROCESS_RAFT_MESSAGE: &str = "/shoal.v1.Raft/ProcessRaftMessage";
