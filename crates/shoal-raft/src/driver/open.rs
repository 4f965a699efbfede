//! Opening a node: the log recovered and the state machine restored from its snapshot, a new
//! group's founding configuration written, or a forced new cluster of this node alone.

use std::collections::VecDeque;
use std::sync::Arc;

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{
    ConfChangeSingle, ConfChangeType, ConfChangeV2, Entry, EntryType, HardState, Snapshot,
};
use raft::{RawNode, StateRole};
use shoal_log::{Log, Options as LogOptions, Recovered};

use super::membership::{apply_contexts, decode_conf_change};
use super::Driver;
use crate::reads::Reads;
use crate::storage::LogStorage;
use crate::{snapdata, Config, Contexts, OpenError, Shared, StateMachine, Transport};

impl<S: StateMachine> Driver<S> {
    pub(super) fn new(
        cfg: Config,
        boot: u64,
        mut sm: S,
        transport: Option<Transport>,
        shared: Arc<Shared>,
    ) -> Result<Driver<S>, OpenError> {
        let (mut log, mut rec) = Log::open(
            &cfg.data_dir,
            &cfg.log_key,
            LogOptions {
                segment_size: cfg.segment_size,
                keep_old_snapshots: cfg.keep_old_snapshots,
            },
        )?;
        let fresh = rec.snapshot.is_none()
            && rec.entries.is_empty()
            && rec.hard_state == Default::default();
        let mut contexts = Contexts::new();
        if let Some(snap) = &rec.snapshot {
            let (ctx, state) = snapdata::decode(&snap.data).map_err(OpenError::Restore)?;
            sm.restore(state)
                .map_err(|e| OpenError::Restore(e.to_string()))?;
            contexts = ctx;
        }
        if fresh {
            let founders = if cfg.force_new_cluster {
                vec![cfg.id]
            } else {
                cfg.peers.clone()
            };
            if !founders.is_empty() {
                bootstrap(&cfg, founders, &mut log, &mut rec)?;
            }
        } else if cfg.force_new_cluster {
            force_new_cluster(&cfg, &mut log, &mut rec, &mut sm, &mut contexts)?;
        }
        let snapshot = log.snapshot().map(|(m, p)| (m.clone(), p.to_path_buf()));
        let applied = snapshot.as_ref().map_or(0, |(m, _)| m.index);
        let legacy_bootstrap = snapshot
            .as_ref()
            .is_some_and(|(m, _)| m.index == 0 && !m.get_conf_state().voters.is_empty());
        let storage = LogStorage::new(rec.hard_state, snapshot, rec.entries, cfg.log_key.clone());
        if storage.hard_state().commit > storage.last() {
            // The hard state only ever follows the entries it commits in the log, so this is
            // lost data, not a crash artefact; raft would otherwise panic on it.
            return Err(OpenError::Log(shoal_log::LogError::Corrupt {
                path: cfg.data_dir.clone(),
                offset: 0,
                reason: format!(
                    "hard state commits index {} but the log ends at {}",
                    storage.hard_state().commit,
                    storage.last()
                ),
            }));
        }

        let raft_cfg = raft::Config {
            id: cfg.id,
            election_tick: cfg.election_ticks,
            heartbeat_tick: cfg.heartbeat_ticks,
            applied,
            max_size_per_msg: cfg.max_size_per_msg,
            max_inflight_msgs: cfg.max_inflight_msgs,
            check_quorum: true,
            pre_vote: true,
            ..Default::default()
        };
        raft_cfg
            .validate()
            .map_err(|e| OpenError::Config(e.to_string()))?;
        let logger = cfg
            .logger
            .clone()
            .unwrap_or_else(|| slog::Logger::root(slog::Discard, slog::o!()));
        let raw = RawNode::new(&raft_cfg, storage, &logger).map_err(OpenError::Raft)?;
        let d = Driver {
            id: cfg.id,
            boot,
            cfg,
            raw,
            log,
            sm,
            transport,
            watchers: Vec::new(),
            shared,
            pending: VecDeque::new(),
            next_seq: 1,
            applied,
            role: StateRole::Follower,
            answers: Vec::new(),
            events: Vec::new(),
            applied_something: false,
            contexts,
            conf_waiting: None,
            conf_seq: None,
            transfer: None,
            reads: Reads::new(),
            bytes_since_snapshot: 0,
            legacy_bootstrap,
        };
        d.publish_members();
        Ok(d)
    }
}

/// Writes a new group's founding configuration: one committed "add voter" entry per founder,
/// at term 1, the same bytes on every founder.
fn bootstrap(
    cfg: &Config,
    mut founders: Vec<u64>,
    log: &mut Log,
    rec: &mut Recovered,
) -> Result<(), OpenError> {
    founders.sort_unstable();
    founders.dedup();
    let single = founders.len() == 1;
    let mut entries = Vec::with_capacity(founders.len());
    for (i, &id) in founders.iter().enumerate() {
        let mut change = ConfChangeSingle::default();
        change.set_change_type(ConfChangeType::AddNode);
        change.node_id = id;
        let mut cc = ConfChangeV2::default();
        cc.mut_changes().push(change);
        if single {
            cc.context = Bytes::from(cfg.context.clone());
        }
        let mut e = Entry::default();
        e.set_entry_type(EntryType::EntryConfChangeV2);
        e.term = 1;
        e.index = i as u64 + 1;
        e.data = Bytes::from(
            cc.write_to_bytes()
                .map_err(|err| OpenError::Config(format!("encode conf change: {err}")))?,
        );
        entries.push(e);
    }
    let hs = HardState {
        term: 1,
        vote: 0,
        commit: entries.len() as u64,
        ..Default::default()
    };
    log.append(&entries)?;
    log.set_hard_state(&hs)?;
    log.sync()?;
    rec.entries = entries;
    rec.hard_state = hs;
    Ok(())
}

/// `force_new_cluster`: applies the whole local log, then replaces it with a snapshot one index
/// past its end, at a new term, whose configuration is this node alone.
fn force_new_cluster<S: StateMachine>(
    cfg: &Config,
    log: &mut Log,
    rec: &mut Recovered,
    sm: &mut S,
    contexts: &mut Contexts,
) -> Result<(), OpenError> {
    let (mut last, mut last_term) = rec
        .snapshot
        .as_ref()
        .map_or((0, 0), |s| (s.get_metadata().index, s.get_metadata().term));
    for e in &rec.entries {
        match e.get_entry_type() {
            EntryType::EntryNormal if e.data.is_empty() => {}
            // A rejected entry is a no-op here as it was everywhere.
            EntryType::EntryNormal => {
                let _ = sm.apply(e.index, &e.data);
            }
            EntryType::EntryConfChange | EntryType::EntryConfChangeV2 => {
                let cc = decode_conf_change(e).map_err(OpenError::Restore)?;
                apply_contexts(contexts, &cc);
            }
        }
        last = e.index;
        last_term = e.term;
    }
    let mine = if cfg.context.is_empty() {
        contexts.remove(&cfg.id).unwrap_or_default()
    } else {
        cfg.context.clone()
    };
    contexts.clear();
    contexts.insert(cfg.id, mine);

    let term = rec.hard_state.term.max(last_term) + 1;
    let mut snap = Snapshot {
        data: Bytes::from(snapdata::encode(contexts, &sm.snapshot())),
        ..Default::default()
    };
    let meta = snap.mut_metadata();
    // One past the end, so the new snapshot never collides with the file of an old one.
    meta.index = last + 1;
    meta.term = term;
    meta.mut_conf_state().voters = vec![cfg.id];
    log.install_snapshot(&snap)?;
    let hs = HardState {
        term,
        vote: 0,
        commit: last + 1,
        ..Default::default()
    };
    log.set_hard_state(&hs)?;
    log.sync()?;
    rec.snapshot = Some(snap);
    rec.entries.clear();
    rec.hard_state = hs;
    Ok(())
}
