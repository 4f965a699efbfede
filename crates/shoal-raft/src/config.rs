//! What a node is opened with, and the part of it a running node takes on without a restart.

use std::path::PathBuf;
use std::time::Duration;

#[cfg(doc)]
use crate::Node;

#[derive(Clone, Debug)]
pub struct Config {
    /// Raft id of this node; not 0.
    pub id: u64,
    /// Initial voters, used only when `data_dir` holds no state yet. Empty means "join": start
    /// with no configuration and wait for the leader (which added this node with
    /// [`Node::add_member`]) to send its log or a snapshot.
    pub peers: Vec<u64>,
    /// This member's context (for shoal: its address), recorded in the founding configuration
    /// when bootstrapping a single-member cluster and by `force_new_cluster`. A founding
    /// configuration of several members records no contexts (every founder must write the same
    /// entries); set them with [`Node::add_member`] afterwards.
    pub context: Vec<u8>,
    /// Restart the group from this member's state as its only voter, keeping every entry in
    /// the local log (see [`Node::open`]).
    pub force_new_cluster: bool,
    pub data_dir: PathBuf,
    /// What the log and snapshots in `data_dir` are encrypted with (the manager's data key).
    pub log_key: shoal_log::Key,
    pub tick_interval: Duration,
    pub election_ticks: usize,
    pub heartbeat_ticks: usize,
    /// Applied entries between snapshots; 0 disables snapshots by count.
    pub snapshot_interval: u64,
    /// Bytes of applied entry data between snapshots; 0 disables snapshots by size. Together
    /// with `snapshot_interval` this bounds the log on disk and in memory.
    pub snapshot_bytes: u64,
    /// Entries kept in memory behind a snapshot so a slightly slow follower can catch up from
    /// the log instead of needing the whole snapshot.
    pub catch_up_entries: u64,
    /// Superseded snapshots kept on disk besides the newest (docker's KeepOldSnapshots).
    pub keep_old_snapshots: u64,
    pub segment_size: u64,
    pub max_size_per_msg: u64,
    pub max_inflight_msgs: usize,
    /// Bigger proposals are refused up front: one entry must fit a log record and, later, a
    /// transport message.
    pub max_proposal_bytes: u64,
    pub logger: Option<slog::Logger>,
}

impl Config {
    pub fn new(id: u64, data_dir: impl Into<PathBuf>, log_key: shoal_log::Key) -> Config {
        Config {
            id,
            peers: vec![id],
            context: Vec::new(),
            force_new_cluster: false,
            data_dir: data_dir.into(),
            log_key,
            tick_interval: Duration::from_millis(100),
            election_ticks: 10,
            heartbeat_ticks: 1,
            snapshot_interval: 10_000,
            snapshot_bytes: 128 << 20,
            catch_up_entries: 500,
            keep_old_snapshots: 0,
            segment_size: 64 << 20,
            max_size_per_msg: 1 << 20,
            max_inflight_msgs: 256,
            max_proposal_bytes: 256 << 20,
            logger: None,
        }
    }
}

/// The settings a running node takes on without a restart (see [`Node::tune`]). raft-rs
/// fixes its election and heartbeat ticks when the node is built, so those are not here:
/// they take effect when the node is next opened with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tuning {
    pub tick_interval: Duration,
    pub snapshot_interval: u64,
    pub catch_up_entries: u64,
    pub keep_old_snapshots: u64,
}
