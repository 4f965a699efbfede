//! The Ready loop. Everything here runs on the node's own thread.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{ConfChange, ConfChangeV2, Entry, EntryType, Message, MessageType, Snapshot};
use raft::{RawNode, StateRole};
use shoal_log::{Log, Options as LogOptions};

use crate::storage::LogStorage;
use crate::{
    Command, CommitEvent, Completion, Config, OpenError, Outbound, ProposeError, Role, Shared,
    StateMachine, Status, Transport, Watcher,
};

/// Proposals in one turn are bounded so a flood cannot grow a single write without limit.
const MAX_COMMANDS_PER_TURN: usize = 10_000;
const MAX_PROPOSAL_BYTES_PER_TURN: usize = 64 << 20;

/// Entry context: proposer id, boot id, sequence. Only the proposer answers a proposal.
const CONTEXT_LEN: usize = 24;

struct Pending<E> {
    seq: u64,
    /// Where the entry landed in the leader's log; an applied entry at or past this index that
    /// is not ours means ours was overwritten.
    index: u64,
    done: Completion<E>,
}

struct Driver<S: StateMachine> {
    id: u64,
    boot: u64,
    cfg: Config,
    raw: RawNode<LogStorage>,
    log: Log,
    sm: S,
    transport: Option<Transport>,
    watchers: Vec<Watcher<S::Change>>,
    shared: Arc<Shared>,
    pending: VecDeque<Pending<S::Error>>,
    next_seq: u64,
    applied: u64,
    role: StateRole,
    /// Outcomes and events of the current turn, released after the state machine publishes.
    answers: Vec<Answer<S::Error>>,
    events: Vec<CommitEvent<S::Change>>,
    applied_something: bool,
}

type Answer<E> = (Completion<E>, Result<u64, ProposeError<E>>);

enum Flow {
    Continue,
    Stop,
}

pub(crate) fn run<S: StateMachine>(
    cfg: Config,
    boot: u64,
    sm: S,
    transport: Option<Transport>,
    rx: Receiver<Command<S>>,
    shared: Arc<Shared>,
    ready: Sender<Result<(), OpenError>>,
) {
    let mut d = match Driver::new(cfg, boot, sm, transport, shared.clone()) {
        Ok(d) => d,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    if let Err(msg) = d.catch_up() {
        let _ = ready.send(Err(OpenError::Stopped(msg)));
        return;
    }
    let _ = ready.send(Ok(()));
    let outcome = d.run_loop(&rx);
    let final_error = match outcome {
        Ok(()) => d.log.sync().err().map(|e| e.to_string()),
        Err(msg) => Some(msg),
    };
    match final_error {
        Some(msg) => {
            *shared.fatal.lock().unwrap() = Some(msg.clone());
            d.fail_all(|| ProposeError::Fatal(msg.clone()));
        }
        None => d.fail_all(|| ProposeError::Closed),
    }
    // Anything still queued behind the stop is answered too, instead of being dropped silently.
    let fatal = shared.fatal.lock().unwrap().clone();
    while let Ok(cmd) = rx.try_recv() {
        if let Command::Propose { done, .. } = cmd {
            done(Err(match &fatal {
                Some(m) => ProposeError::Fatal(m.clone()),
                None => ProposeError::Closed,
            }));
        }
    }
}

impl<S: StateMachine> Driver<S> {
    fn new(
        cfg: Config,
        boot: u64,
        mut sm: S,
        transport: Option<Transport>,
        shared: Arc<Shared>,
    ) -> Result<Driver<S>, OpenError> {
        let (mut log, rec) = Log::open(
            &cfg.data_dir,
            LogOptions {
                segment_size: cfg.segment_size,
            },
        )?;
        let fresh = rec.snapshot.is_none()
            && rec.entries.is_empty()
            && rec.hard_state == Default::default();
        if fresh && !cfg.peers.is_empty() {
            // The initial membership has to survive restarts; a snapshot at index 0 is the one
            // place that records a configuration without an entry, and every founding member
            // writes the same one, so their logs agree from the start.
            let mut voters = cfg.peers.clone();
            voters.sort_unstable();
            voters.dedup();
            let mut snap = Snapshot {
                data: Bytes::from(sm.snapshot()),
                ..Default::default()
            };
            snap.mut_metadata().mut_conf_state().voters = voters;
            log.save_snapshot(&snap)?;
        } else if let Some(snap) = &rec.snapshot {
            sm.restore(&snap.data)
                .map_err(|e| OpenError::Restore(e.to_string()))?;
        }
        let snapshot = log.snapshot().map(|(m, p)| (m.clone(), p.to_path_buf()));
        let applied = snapshot.as_ref().map_or(0, |(m, _)| m.index);
        let storage = LogStorage::new(rec.hard_state, snapshot, rec.entries);
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
        Ok(Driver {
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
        })
    }

    fn single_voter(&self) -> bool {
        let cs = self.raw.store().conf_state();
        cs.voters == [self.id] && cs.learners.is_empty() && cs.voters_outgoing.is_empty()
    }

    /// Applies what the disk says is committed before open returns. A lone member does not
    /// wait out an election timeout: it campaigns at once and also applies the rest of its log,
    /// which its first entry as leader commits.
    fn catch_up(&mut self) -> Result<(), String> {
        let initial_commit = self.raw.store().hard_state().commit;
        let single = self.single_voter();
        if single {
            self.raw.campaign().map_err(|e| format!("campaign: {e}"))?;
        }
        loop {
            self.handle_ready()?;
            let caught_up = self.applied >= initial_commit
                && (!single
                    || (self.raw.raft.state == StateRole::Leader
                        && self.applied >= self.raw.raft.raft_log.last_index()));
            if caught_up || !self.raw.has_ready() {
                break;
            }
        }
        self.update_status();
        Ok(())
    }

    fn run_loop(&mut self, rx: &Receiver<Command<S>>) -> Result<(), String> {
        let tick = self.cfg.tick_interval;
        let mut next_tick = Instant::now() + tick;
        loop {
            let wait = next_tick.saturating_duration_since(Instant::now());
            match rx.recv_timeout(wait) {
                Ok(cmd) => {
                    let mut budget = MAX_PROPOSAL_BYTES_PER_TURN;
                    let mut flow = self.handle(cmd, &mut budget)?;
                    let mut n = 1;
                    while matches!(flow, Flow::Continue) && n < MAX_COMMANDS_PER_TURN && budget > 0
                    {
                        match rx.try_recv() {
                            Ok(cmd) => flow = self.handle(cmd, &mut budget)?,
                            Err(_) => break,
                        }
                        n += 1;
                    }
                    if let Flow::Stop = flow {
                        self.handle_ready()?;
                        return Ok(());
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            }
            let now = Instant::now();
            if now >= next_tick {
                self.raw.tick();
                next_tick += tick;
                if next_tick < now {
                    // Fell behind (a long fsync or snapshot): skip missed ticks rather than
                    // firing a burst that would trip election timeouts spuriously.
                    next_tick = now + tick;
                }
            }
            // Handling one Ready can make another due (e.g. a commit learned while persisting);
            // take it now rather than a tick later.
            for _ in 0..4 {
                if !self.raw.has_ready() {
                    break;
                }
                self.handle_ready()?;
            }
            self.update_status();
        }
    }

    fn handle(&mut self, cmd: Command<S>, budget: &mut usize) -> Result<Flow, String> {
        match cmd {
            Command::Propose { data, done } => {
                *budget = budget.saturating_sub(data.len());
                self.propose(data, done);
            }
            Command::Step(msg) => {
                // Messages from unknown or stale peers are expected during membership churn
                // and restarts; raft-rs already ignores what it must.
                let _ = self.raw.step(msg);
            }
            Command::Watch(w) => self.watchers.push(w),
            Command::ReportUnreachable(id) => self.raw.report_unreachable(id),
            Command::ReportSnapshot(id, status) => self.raw.report_snapshot(id, status),
            Command::Campaign => {
                let _ = self.raw.campaign();
            }
            Command::Close => return Ok(Flow::Stop),
        }
        Ok(Flow::Continue)
    }

    fn propose(&mut self, data: Vec<u8>, done: Completion<S::Error>) {
        if data.len() as u64 > self.cfg.max_proposal_bytes {
            done(Err(ProposeError::TooLarge {
                size: data.len() as u64,
                max: self.cfg.max_proposal_bytes,
            }));
            return;
        }
        let leader = self.raw.raft.leader_id;
        if self.raw.raft.state != StateRole::Leader {
            done(Err(ProposeError::NotLeader { leader }));
            return;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        let mut ctx = Vec::with_capacity(CONTEXT_LEN);
        ctx.extend_from_slice(&self.id.to_le_bytes());
        ctx.extend_from_slice(&self.boot.to_le_bytes());
        ctx.extend_from_slice(&seq.to_le_bytes());
        match self.raw.propose(ctx, data) {
            Ok(()) => {
                let index = self.raw.raft.raft_log.last_index();
                self.pending.push_back(Pending { seq, index, done });
            }
            // Dropped while a leadership transfer is under way.
            Err(_) => done(Err(ProposeError::NotLeader { leader })),
        }
    }

    fn our_seq(&self, ctx: &[u8]) -> Option<u64> {
        if ctx.len() != CONTEXT_LEN {
            return None;
        }
        let id = u64::from_le_bytes(ctx[0..8].try_into().unwrap());
        let boot = u64::from_le_bytes(ctx[8..16].try_into().unwrap());
        (id == self.id && boot == self.boot)
            .then(|| u64::from_le_bytes(ctx[16..24].try_into().unwrap()))
    }

    fn handle_ready(&mut self) -> Result<(), String> {
        if !self.raw.has_ready() {
            return Ok(());
        }
        let mut rd = self.raw.ready();
        if let Some(ss) = rd.ss() {
            let was_leader = self.role == StateRole::Leader;
            self.role = ss.raft_state;
            if was_leader && ss.raft_state != StateRole::Leader {
                let leader = ss.leader_id;
                self.fail_all(|| ProposeError::NotLeader { leader });
            }
        }
        // A leader may send before persisting: followers' acks still wait for their own fsync,
        // and the leader counts itself only once its own write is durable.
        self.send(rd.take_messages());

        if !rd.snapshot().is_empty() {
            self.install_snapshot(rd.snapshot().clone())?;
        }
        self.apply(rd.take_committed_entries())?;

        if !rd.entries().is_empty() {
            self.log.append(rd.entries()).map_err(|e| e.to_string())?;
        }
        if let Some(hs) = rd.hs() {
            self.log.set_hard_state(hs).map_err(|e| e.to_string())?;
        }
        // One fsync for every entry proposed this turn plus the hard state.
        if rd.must_sync() {
            self.log.sync().map_err(|e| e.to_string())?;
        }
        let entries = rd.take_entries();
        if !entries.is_empty() {
            self.raw.mut_store().append(entries);
        }
        if let Some(hs) = rd.hs() {
            self.raw.mut_store().set_hard_state(hs.clone());
        }
        self.send(rd.take_persisted_messages());

        let mut light = self.raw.advance(rd);
        if let Some(commit) = light.commit_index() {
            // The commit index is recoverable from a quorum, so it rides along with the next
            // fsync instead of costing one of its own.
            self.raw.mut_store().set_commit(commit);
            let hs = self.raw.store().hard_state().clone();
            self.log.set_hard_state(&hs).map_err(|e| e.to_string())?;
        }
        self.send(light.take_messages());
        self.apply(light.take_committed_entries())?;
        self.raw.advance_apply();

        self.finish_turn();
        self.maybe_snapshot()
    }

    fn send(&mut self, msgs: Vec<Message>) {
        let Some(transport) = self.transport.as_mut() else {
            return;
        };
        for m in msgs {
            let is_snapshot = m.get_msg_type() == MessageType::MsgSnapshot;
            let to = m.to;
            match m.write_to_bytes() {
                Ok(bytes) => transport(Outbound {
                    to,
                    bytes,
                    is_snapshot,
                }),
                Err(_) => self.raw.report_unreachable(to),
            }
        }
    }

    fn install_snapshot(&mut self, snap: Snapshot) -> Result<(), String> {
        let meta = snap.get_metadata().clone();
        self.log
            .install_snapshot(&snap)
            .map_err(|e| e.to_string())?;
        self.sm
            .restore(&snap.data)
            .map_err(|e| format!("restore snapshot at {}: {e}", meta.index))?;
        let path = self
            .log
            .snapshot()
            .map(|(_, p)| p.to_path_buf())
            .expect("snapshot just saved");
        self.raw.mut_store().install_snapshot(meta.clone(), path);
        self.applied = meta.index;
        self.applied_something = true;
        Ok(())
    }

    fn apply(&mut self, entries: Vec<Entry>) -> Result<(), String> {
        for e in entries {
            let index = e.index;
            match e.get_entry_type() {
                EntryType::EntryNormal if e.data.is_empty() => {
                    // A new leader's empty entry; it may have displaced our proposals.
                    self.settle(index, &e.context, Ok(()));
                }
                EntryType::EntryNormal => {
                    let outcome = match self.sm.apply(index, &e.data) {
                        Ok(changes) => {
                            self.events.push(CommitEvent { index, changes });
                            Ok(())
                        }
                        Err(err) => Err(err),
                    };
                    self.settle(index, &e.context, outcome);
                }
                EntryType::EntryConfChange => {
                    let cc = ConfChange::parse_from_bytes(&e.data)
                        .map_err(|err| format!("undecodable conf change at {index}: {err}"))?;
                    let cs = self
                        .raw
                        .apply_conf_change(&cc)
                        .map_err(|err| format!("conf change at {index}: {err}"))?;
                    self.raw.mut_store().set_conf_state(cs);
                    self.settle(index, &e.context, Ok(()));
                }
                EntryType::EntryConfChangeV2 => {
                    let cc = ConfChangeV2::parse_from_bytes(&e.data)
                        .map_err(|err| format!("undecodable conf change at {index}: {err}"))?;
                    let cs = self
                        .raw
                        .apply_conf_change(&cc)
                        .map_err(|err| format!("conf change at {index}: {err}"))?;
                    self.raw.mut_store().set_conf_state(cs);
                    self.settle(index, &e.context, Ok(()));
                }
            }
            self.applied = index;
            self.applied_something = true;
        }
        Ok(())
    }

    /// Answers the proposal applied at `index` if it is ours, and fails any of ours that should
    /// have landed by now but were overwritten by another leader's entries.
    fn settle(&mut self, index: u64, ctx: &[u8], outcome: Result<(), S::Error>) {
        let ours = self.our_seq(ctx);
        let mut outcome = Some(outcome);
        while let Some(front) = self.pending.front() {
            if Some(front.seq) == ours {
                let p = self.pending.pop_front().unwrap();
                let result = match outcome.take().unwrap() {
                    Ok(()) => Ok(index),
                    Err(e) => Err(ProposeError::Rejected(e)),
                };
                self.answers.push((p.done, result));
                return;
            }
            if front.index > index {
                return;
            }
            let p = self.pending.pop_front().unwrap();
            let leader = self.raw.raft.leader_id;
            self.answers
                .push((p.done, Err(ProposeError::NotLeader { leader })));
        }
    }

    /// Makes this turn's applies visible, then tells watchers and proposers, in that order, so
    /// a proposer that reads right after its promise resolves sees its own write.
    fn finish_turn(&mut self) {
        if self.applied_something {
            self.sm.publish();
            self.applied_something = false;
        }
        self.update_status();
        if !self.events.is_empty() {
            let events = std::mem::take(&mut self.events);
            if !self.watchers.is_empty() {
                let batch: Arc<[CommitEvent<S::Change>]> = events.into();
                for w in &mut self.watchers {
                    w(&batch);
                }
            }
        }
        for (done, result) in self.answers.drain(..) {
            done(result);
        }
    }

    fn maybe_snapshot(&mut self) -> Result<(), String> {
        let snap_index = self.raw.store().snapshot_index();
        if self.cfg.snapshot_interval == 0 || self.applied < snap_index + self.cfg.snapshot_interval
        {
            return Ok(());
        }
        let index = self.applied;
        let term = self
            .raw
            .store()
            .term_of(index)
            .ok_or_else(|| format!("no term for applied index {index}"))?;
        let mut snap = Snapshot {
            data: Bytes::from(self.sm.snapshot()),
            ..Default::default()
        };
        let meta = snap.mut_metadata();
        meta.index = index;
        meta.term = term;
        meta.set_conf_state(self.raw.store().conf_state().clone());
        self.log.save_snapshot(&snap).map_err(|e| e.to_string())?;
        self.log.compact(index).map_err(|e| e.to_string())?;
        let path = self
            .log
            .snapshot()
            .map(|(_, p)| p.to_path_buf())
            .expect("snapshot just saved");
        let store = self.raw.mut_store();
        store.set_snapshot(snap.take_metadata(), path);
        store.compact((index + 1).saturating_sub(self.cfg.catch_up_entries));
        Ok(())
    }

    fn fail_all(&mut self, err: impl Fn() -> ProposeError<S::Error>) {
        for p in self.pending.drain(..) {
            (p.done)(Err(err()));
        }
    }

    fn update_status(&self) {
        let r = &self.raw.raft;
        let status = Status {
            id: self.id,
            leader: r.leader_id,
            term: r.term,
            commit: r.raft_log.committed,
            applied: self.applied,
            role: match r.state {
                StateRole::Leader => Role::Leader,
                StateRole::Follower => Role::Follower,
                StateRole::Candidate => Role::Candidate,
                StateRole::PreCandidate => Role::PreCandidate,
            },
        };
        *self.shared.status.lock().unwrap() = status;
    }
}
