//! The Ready loop. Everything here runs on the node's own thread.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{
    ConfChange, ConfChangeSingle, ConfChangeType, ConfChangeV2, Entry, EntryType, HardState,
    Message, MessageType, Snapshot,
};
use raft::{ProgressState, RawNode, StateRole};
use shoal_log::{Log, Options as LogOptions, Recovered};

use crate::storage::LogStorage;
use crate::{
    snapdata, Command, CommitEvent, Completion, Config, Contexts, Member, MemberChange, OpenError,
    Outbound, PeerProgress, ProposeError, Role, Shared, StateMachine, Status, Transport, Watcher,
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
    /// Contexts of the members, as of the applied configuration.
    contexts: Contexts,
    /// A membership change accepted but not yet proposed: it waits for an earlier change (or
    /// a new leader's first entry) to be applied.
    conf_waiting: Option<(MemberChange, Completion<S::Error>)>,
    /// Sequence number of this leader's membership change in flight.
    conf_seq: Option<u64>,
    transfer: Option<Transfer<S::Error>>,
    reads: Vec<ReadWait<S::Error>>,
    /// Entry bytes applied since the last snapshot.
    bytes_since_snapshot: u64,
    /// The directory was bootstrapped by an earlier version, with the founding configuration in
    /// a snapshot at index 0 instead of in the log: a member joining from an empty log would
    /// replay entries from 1 without ever learning the founders. Until a real snapshot exists,
    /// take one and keep no log before it, so a joiner always gets the snapshot.
    legacy_bootstrap: bool,
}

/// A ReadIndex request (Node::read_index) waiting for the leader's answer, then for this
/// member to apply up to the index it got.
struct ReadWait<E> {
    ctx: Vec<u8>,
    /// When the request was last sent (it is sent again while unanswered).
    sent: Instant,
    deadline: Instant,
    index: Option<u64>,
    done: Completion<E>,
}

struct Transfer<E> {
    deadline: Instant,
    done: Completion<E>,
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
    let stopped = |msg: &Option<String>| match msg {
        Some(m) => ProposeError::Fatal(m.clone()),
        None => ProposeError::Closed,
    };
    if let Some(msg) = &final_error {
        *shared.fatal.lock().unwrap() = Some(msg.clone());
    }
    d.fail_all(|| stopped(&final_error));
    for r in d.reads.drain(..) {
        (r.done)(Err(stopped(&final_error)));
    }
    if let Some(t) = d.transfer.take() {
        (t.done)(Err(stopped(&final_error)));
    }
    // Anything still queued behind the stop is answered too, instead of being dropped silently.
    let fatal = shared.fatal.lock().unwrap().clone();
    while let Ok(cmd) = rx.try_recv() {
        match cmd {
            Command::Propose { done, .. }
            | Command::ChangeMembership { done, .. }
            | Command::TransferLeader { done, .. }
            | Command::ReadIndex { done } => done(Err(stopped(&fatal))),
            _ => {}
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
            reads: Vec::new(),
            bytes_since_snapshot: 0,
            legacy_bootstrap,
        };
        d.publish_members();
        Ok(d)
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
        // The configuration may itself be in the committed entries (a new group's founding
        // entries), so apply those before deciding whether this node is alone.
        while self.applied < initial_commit && self.raw.has_ready() {
            self.handle_ready()?;
        }
        if self.single_voter() {
            self.raw.campaign().map_err(|e| format!("campaign: {e}"))?;
            loop {
                self.handle_ready()?;
                let caught_up = self.raw.raft.state == StateRole::Leader
                    && self.applied >= self.raw.raft.raft_log.last_index();
                if caught_up || !self.raw.has_ready() {
                    break;
                }
            }
        }
        self.update_status();
        Ok(())
    }

    fn run_loop(&mut self, rx: &Receiver<Command<S>>) -> Result<(), String> {
        let mut next_tick = Instant::now() + self.cfg.tick_interval;
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
            // Read every turn: Command::Tune may change it.
            let tick = self.cfg.tick_interval;
            if next_tick > now + tick {
                next_tick = now + tick; // shortened: the next tick comes no later than a new period
            }
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
            self.housekeeping();
            for _ in 0..4 {
                if !self.raw.has_ready() {
                    break;
                }
                self.handle_ready()?;
                self.housekeeping();
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
                // and restarts; raft-rs already ignores what it must (and refuses local
                // message types from the network).
                if msg.to == self.id {
                    let _ = self.raw.step(msg);
                }
            }
            Command::ChangeMembership { change, done } => self.change_membership(change, done),
            Command::TransferLeader { id, done } => self.transfer_leader(id, done),
            Command::Watch(w) => self.watchers.push(w),
            Command::ReportUnreachable(id) => self.raw.report_unreachable(id),
            Command::ReportSnapshot(id, status) => self.raw.report_snapshot(id, status),
            Command::Campaign => {
                let _ = self.raw.campaign();
            }
            Command::Tune(t) => {
                self.cfg.tick_interval = t.tick_interval;
                self.cfg.snapshot_interval = t.snapshot_interval;
                self.cfg.catch_up_entries = t.catch_up_entries;
                self.cfg.keep_old_snapshots = t.keep_old_snapshots;
                self.log.set_keep_old_snapshots(t.keep_old_snapshots);
            }
            Command::ReadIndex { done } => self.read_index(done),
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
        if self.raw.raft.state != StateRole::Leader {
            done(Err(self.not_leader()));
            return;
        }
        let (seq, ctx) = self.tag();
        match self.raw.propose(ctx, data) {
            Ok(()) => {
                let index = self.raw.raft.raft_log.last_index();
                self.pending.push_back(Pending { seq, index, done });
            }
            // Dropped while a leadership transfer is under way, or after this leader was
            // removed from the configuration.
            Err(_) => done(Err(self.not_leader())),
        }
    }

    fn read_index(&mut self, done: Completion<S::Error>) {
        let (_, ctx) = self.tag();
        let now = Instant::now();
        self.raw.read_index(ctx.clone());
        self.reads.push(ReadWait {
            ctx,
            sent: now,
            deadline: now + self.cfg.tick_interval * (2 * self.cfg.election_ticks as u32),
            index: None,
            done,
        });
    }

    /// Sends unanswered ReadIndex requests again (raft-rs drops one made while no leader is
    /// known, or at a leader that has not committed an entry in its term yet) and fails those
    /// past their deadline.
    fn retry_reads(&mut self) {
        if self.reads.is_empty() {
            return;
        }
        let now = Instant::now();
        let again = self.cfg.tick_interval * 2;
        let mut i = 0;
        while i < self.reads.len() {
            let r = &mut self.reads[i];
            if now >= r.deadline {
                let r = self.reads.swap_remove(i);
                (r.done)(Err(ProposeError::Refused {
                    code: "Timeout",
                    message: "no leader confirmed a read index within two election timeouts".into(),
                }));
                continue;
            }
            if r.index.is_none() && now >= r.sent + again {
                r.sent = now;
                let ctx = r.ctx.clone();
                self.raw.read_index(ctx);
            }
            i += 1;
        }
    }

    /// The read indexes the leader confirmed (in this Ready), noted on their requests.
    fn note_read_states(&mut self, states: Vec<raft::ReadState>) {
        for rs in states {
            if let Some(r) = self
                .reads
                .iter_mut()
                .find(|r| r.index.is_none() && r.ctx == rs.request_ctx)
            {
                r.index = Some(rs.index);
            }
        }
    }

    /// Answers the reads whose index this member has applied (and published).
    fn settle_reads(&mut self) {
        let applied = self.applied;
        let mut i = 0;
        while i < self.reads.len() {
            if self.reads[i].index.is_some_and(|x| x <= applied) {
                let r = self.reads.swap_remove(i);
                self.answers.push((r.done, Ok(r.index.unwrap())));
            } else {
                i += 1;
            }
        }
    }

    /// The leader as far as this node knows; never itself (a removed leader hands over).
    fn not_leader(&self) -> ProposeError<S::Error> {
        let leader = self.raw.raft.leader_id;
        ProposeError::NotLeader {
            leader: if leader == self.id { 0 } else { leader },
        }
    }

    /// A fresh proposal tag: sequence number and entry context.
    fn tag(&mut self) -> (u64, Vec<u8>) {
        let seq = self.next_seq;
        self.next_seq += 1;
        let mut ctx = Vec::with_capacity(CONTEXT_LEN);
        ctx.extend_from_slice(&self.id.to_le_bytes());
        ctx.extend_from_slice(&self.boot.to_le_bytes());
        ctx.extend_from_slice(&seq.to_le_bytes());
        (seq, ctx)
    }

    fn voters(&self) -> &[u64] {
        &self.raw.store().conf_state().voters
    }

    fn change_membership(&mut self, change: MemberChange, done: Completion<S::Error>) {
        if self.raw.raft.state != StateRole::Leader {
            done(Err(self.not_leader()));
            return;
        }
        if self.conf_waiting.is_some() || self.conf_seq.is_some() {
            done(Err(ProposeError::Refused {
                code: "MembershipChangeInProgress",
                message: "another membership change is still being applied; retry once it is"
                    .into(),
            }));
            return;
        }
        self.conf_waiting = Some((change, done));
        self.propose_membership();
    }

    /// Proposes the waiting membership change once raft accepts one: raft-rs turns a conf
    /// change proposed while an earlier one is unapplied into an empty entry, silently.
    fn propose_membership(&mut self) {
        if self.conf_waiting.is_none() {
            return;
        }
        if self.raw.raft.state != StateRole::Leader {
            let (_, done) = self.conf_waiting.take().unwrap();
            done(Err(self.not_leader()));
            return;
        }
        if self.raw.raft.pending_conf_index > self.applied {
            return;
        }
        let (change, done) = self.conf_waiting.take().unwrap();
        let refuse =
            |code: &'static str, message: String| Err(ProposeError::Refused { code, message });
        let voters = self.voters();
        let (single, context) = match change {
            MemberChange::Add { id, context } => {
                if id == 0 {
                    return done(refuse("InvalidArgument", "member id must not be 0".into()));
                }
                if voters.contains(&id) && self.contexts.get(&id).map_or(&[][..], |c| c) == context
                {
                    // Already there, as asked: nothing to change.
                    return done(Ok(self.applied));
                }
                let mut cs = ConfChangeSingle::default();
                cs.set_change_type(ConfChangeType::AddNode);
                cs.node_id = id;
                (cs, context)
            }
            MemberChange::Remove { id } => {
                if !voters.contains(&id) {
                    return done(refuse("NotFound", format!("node {id} is not a member")));
                }
                if voters.len() == 1 {
                    return done(refuse(
                        "InvalidArgument",
                        format!("node {id} is the only member; it cannot be removed"),
                    ));
                }
                let mut cs = ConfChangeSingle::default();
                cs.set_change_type(ConfChangeType::RemoveNode);
                cs.node_id = id;
                (cs, Vec::new())
            }
        };
        let mut cc = ConfChangeV2::default();
        cc.mut_changes().push(single);
        cc.context = Bytes::from(context);
        let (seq, ctx) = self.tag();
        match self.raw.propose_conf_change(ctx, cc) {
            Ok(()) => {
                let index = self.raw.raft.raft_log.last_index();
                self.pending.push_back(Pending { seq, index, done });
                self.conf_seq = Some(seq);
            }
            Err(_) => done(Err(self.not_leader())),
        }
    }

    /// The voter other than this node that has the most of the log (lowest id on a tie).
    fn best_transferee(&self) -> Option<u64> {
        let prs = self.raw.raft.prs();
        self.voters()
            .iter()
            .filter(|&&v| v != self.id)
            .filter_map(|&v| prs.get(v).map(|p| (p.matched, v)))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, v)| v)
    }

    fn transfer_leader(&mut self, id: u64, done: Completion<S::Error>) {
        if self.raw.raft.state != StateRole::Leader {
            done(Err(self.not_leader()));
            return;
        }
        if self.transfer.is_some() {
            done(Err(ProposeError::Refused {
                code: "TransferInProgress",
                message: "a leadership transfer is already under way".into(),
            }));
            return;
        }
        let target = if id == 0 {
            match self.best_transferee() {
                Some(t) => t,
                None => {
                    done(Err(ProposeError::Refused {
                        code: "InvalidArgument",
                        message: "there is no other member to hand leadership to".into(),
                    }));
                    return;
                }
            }
        } else {
            id
        };
        if target == self.id {
            done(Ok(self.id));
            return;
        }
        if !self.voters().contains(&target) {
            done(Err(ProposeError::Refused {
                code: "NotFound",
                message: format!("node {target} is not a member"),
            }));
            return;
        }
        self.raw.transfer_leader(target);
        let timeout = self.cfg.tick_interval * (2 * self.cfg.election_ticks as u32);
        self.transfer = Some(Transfer {
            deadline: Instant::now() + timeout,
            done,
        });
    }

    /// Work that depends on the state after a Ready: waiting membership changes, leadership
    /// transfers, and a removed leader handing over.
    fn housekeeping(&mut self) {
        self.propose_membership();
        self.retry_reads();
        if let Some(deadline) = self.transfer.as_ref().map(|t| t.deadline) {
            let leader = self.raw.raft.leader_id;
            let late = Instant::now() >= deadline;
            let outcome = if self.raw.raft.state == StateRole::Leader {
                late.then(|| {
                    Err(ProposeError::Refused {
                        code: "Timeout",
                        message: "leadership did not move within two election timeouts".into(),
                    })
                })
            } else if leader != 0 && leader != self.id {
                Some(Ok(leader))
            } else {
                // Stepped down; the new leader is not known here yet.
                late.then_some(Ok(0))
            };
            if let Some(outcome) = outcome {
                (self.transfer.take().unwrap().done)(outcome);
            }
        }
        if self.raw.raft.state == StateRole::Leader
            && self.raw.raft.lead_transferee.is_none()
            && !self.voters().contains(&self.id)
        {
            // Removed while leading: raft-rs keeps this node leading (it commits with the new
            // configuration's quorum but accepts no proposals); hand over to a voter. raft-rs
            // abandons a transfer after an election timeout, so this retries until it works.
            if let Some(t) = self.best_transferee() {
                self.raw.transfer_leader(t);
            }
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
                let leader = if leader == self.id { 0 } else { leader };
                self.fail_all(|| ProposeError::NotLeader { leader });
            }
        }
        let states = rd.take_read_states();
        self.note_read_states(states);
        // A leader may send before persisting: followers' acks still wait for their own fsync,
        // and the leader counts itself only once its own write is durable.
        self.send(rd.take_messages(), Vec::new());

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
        let persisted = rd.take_persisted_messages();

        let mut light = self.raw.advance(rd);
        if let Some(commit) = light.commit_index() {
            // The commit index is recoverable from a quorum, so it rides along with the next
            // fsync instead of costing one of its own.
            self.raw.mut_store().set_commit(commit);
            let hs = self.raw.store().hard_state().clone();
            self.log.set_hard_state(&hs).map_err(|e| e.to_string())?;
        }
        // Everything that had to wait for this node's fsync, as one batch.
        self.send(persisted, light.take_messages());
        self.apply(light.take_committed_entries())?;
        self.raw.advance_apply();

        self.finish_turn();
        self.maybe_snapshot()
    }

    fn send(&mut self, msgs: Vec<Message>, more: Vec<Message>) {
        if msgs.is_empty() && more.is_empty() {
            return;
        }
        let Some(transport) = self.transport.as_mut() else {
            return;
        };
        let mut batch = Vec::with_capacity(msgs.len() + more.len());
        let mut unencodable = Vec::new();
        for m in msgs.into_iter().chain(more) {
            let is_snapshot = m.get_msg_type() == MessageType::MsgSnapshot;
            let to = m.to;
            match m.write_to_bytes() {
                Ok(bytes) => batch.push(Outbound {
                    to,
                    bytes,
                    is_snapshot,
                }),
                Err(_) => unencodable.push((to, is_snapshot)),
            }
        }
        if !batch.is_empty() {
            transport(batch);
        }
        for (to, is_snapshot) in unencodable {
            self.raw.report_unreachable(to);
            if is_snapshot {
                self.raw.report_snapshot(to, raft::SnapshotStatus::Failure);
            }
        }
    }

    fn install_snapshot(&mut self, snap: Snapshot) -> Result<(), String> {
        let meta = snap.get_metadata().clone();
        let (contexts, state) = snapdata::decode(&snap.data)
            .map_err(|e| format!("snapshot at {} from the leader: {e}", meta.index))?;
        self.log
            .install_snapshot(&snap)
            .map_err(|e| e.to_string())?;
        self.sm
            .restore(state)
            .map_err(|e| format!("restore snapshot at {}: {e}", meta.index))?;
        self.contexts = contexts;
        self.bytes_since_snapshot = 0;
        // Watchers cannot be told what changed, only that everything may have.
        self.events.push(CommitEvent {
            index: meta.index,
            changes: Vec::new(),
            resync: true,
            tag: None,
        });
        let path = self
            .log
            .snapshot()
            .map(|(_, p)| p.to_path_buf())
            .expect("snapshot just saved");
        self.raw.mut_store().install_snapshot(meta.clone(), path);
        self.applied = meta.index;
        self.applied_something = true;
        self.publish_members();
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
                    self.bytes_since_snapshot += e.data.len() as u64;
                    let outcome = match self.sm.apply(index, &e.data) {
                        Ok(changes) => {
                            self.events.push(CommitEvent {
                                index,
                                changes,
                                resync: false,
                                tag: self.sm.tag(&e.data),
                            });
                            Ok(())
                        }
                        Err(err) => Err(ProposeError::Rejected(err)),
                    };
                    self.settle(index, &e.context, outcome);
                }
                EntryType::EntryConfChange | EntryType::EntryConfChangeV2 => {
                    let cc = decode_conf_change(&e)?;
                    // raft-rs validates the change against the current configuration; an
                    // invalid one fails the same way on every member and changes nothing.
                    let outcome = match self.raw.apply_conf_change(&cc) {
                        Ok(cs) => {
                            self.raw.mut_store().set_conf_state(cs);
                            apply_contexts(&mut self.contexts, &cc);
                            self.publish_members();
                            Ok(())
                        }
                        Err(err) => Err(ProposeError::Refused {
                            code: "InvalidArgument",
                            message: format!("membership change at {index} refused: {err}"),
                        }),
                    };
                    self.settle(index, &e.context, outcome);
                }
            }
            self.applied = index;
            self.applied_something = true;
        }
        Ok(())
    }

    /// Answers the proposal applied at `index` if it is ours, and fails any of ours that should
    /// have landed by now but were overwritten by another leader's entries.
    fn settle(&mut self, index: u64, ctx: &[u8], outcome: Result<(), ProposeError<S::Error>>) {
        let ours = self.our_seq(ctx);
        let mut outcome = Some(outcome);
        while let Some(front) = self.pending.front() {
            if front.index > index && Some(front.seq) != ours {
                return;
            }
            let p = self.pending.pop_front().unwrap();
            if self.conf_seq == Some(p.seq) {
                self.conf_seq = None;
            }
            if Some(p.seq) == ours {
                let result = outcome.take().unwrap().map(|()| index);
                self.answers.push((p.done, result));
                return;
            }
            let err = self.not_leader();
            self.answers.push((p.done, Err(err)));
        }
    }

    /// Makes this turn's applies visible, then tells watchers and proposers, in that order, so
    /// a proposer that reads right after its promise resolves sees its own write.
    fn finish_turn(&mut self) {
        if self.applied_something {
            self.sm.publish();
            self.applied_something = false;
        }
        self.settle_reads();
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
        let by_count = self.cfg.snapshot_interval > 0
            && self.applied >= snap_index + self.cfg.snapshot_interval;
        let by_size =
            self.cfg.snapshot_bytes > 0 && self.bytes_since_snapshot >= self.cfg.snapshot_bytes;
        let wanted = self.raw.store().take_snapshot_wanted() || self.legacy_bootstrap;
        if !(by_count || by_size || wanted) || self.applied <= snap_index {
            return Ok(());
        }
        let index = self.applied;
        let term = self
            .raw
            .store()
            .term_of(index)
            .ok_or_else(|| format!("no term for applied index {index}"))?;
        let mut snap = Snapshot {
            data: Bytes::from(snapdata::encode(&self.contexts, &self.sm.snapshot())),
            ..Default::default()
        };
        let meta = snap.mut_metadata();
        meta.index = index;
        meta.term = term;
        meta.set_conf_state(self.raw.store().conf_state().clone());
        self.log.save_snapshot(&snap).map_err(|e| e.to_string())?;
        self.bytes_since_snapshot = 0;
        self.log.compact(index).map_err(|e| e.to_string())?;
        let path = self
            .log
            .snapshot()
            .map(|(_, p)| p.to_path_buf())
            .expect("snapshot just saved");
        let keep = if self.legacy_bootstrap {
            0
        } else {
            self.cfg.catch_up_entries
        };
        self.legacy_bootstrap = false;
        let store = self.raw.mut_store();
        store.set_snapshot(snap.take_metadata(), path);
        store.compact((index + 1).saturating_sub(keep));
        Ok(())
    }

    fn fail_all(&mut self, err: impl Fn() -> ProposeError<S::Error>) {
        self.conf_seq = None;
        for p in self.pending.drain(..) {
            (p.done)(Err(err()));
        }
        if let Some((_, done)) = self.conf_waiting.take() {
            done(Err(err()));
        }
    }

    fn publish_members(&self) {
        let mut members: Vec<Member> = self
            .voters()
            .iter()
            .map(|&id| Member {
                id,
                context: self.contexts.get(&id).cloned().unwrap_or_default(),
            })
            .collect();
        members.sort_by_key(|m| m.id);
        *self.shared.members.lock().unwrap() = members;
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
        let mut progress = self.shared.progress.lock().unwrap();
        if r.state == StateRole::Leader {
            progress.clear();
            progress.extend(r.prs().iter().map(|(&id, p)| PeerProgress {
                id,
                matched: p.matched,
                recent_active: p.recent_active || id == self.id,
                state: match p.state {
                    ProgressState::Probe => "probe",
                    ProgressState::Replicate => "replicate",
                    ProgressState::Snapshot => "snapshot",
                },
            }));
            progress.sort_by_key(|p| p.id);
        } else if !progress.is_empty() {
            progress.clear();
        }
    }
}

fn decode_conf_change(e: &Entry) -> Result<ConfChangeV2, String> {
    let undecodable =
        |err: protobuf::ProtobufError| format!("undecodable conf change at {}: {err}", e.index);
    if e.get_entry_type() == EntryType::EntryConfChangeV2 {
        return ConfChangeV2::parse_from_bytes(&e.data).map_err(undecodable);
    }
    let v1 = ConfChange::parse_from_bytes(&e.data).map_err(undecodable)?;
    let mut single = ConfChangeSingle::default();
    single.set_change_type(v1.get_change_type());
    single.node_id = v1.node_id;
    let mut cc = ConfChangeV2::default();
    cc.mut_changes().push(single);
    cc.context = v1.context;
    Ok(cc)
}

/// Keeps the member contexts in step with an applied change: an added voter gets the change's
/// context, a removed member loses its entry.
fn apply_contexts(contexts: &mut Contexts, cc: &ConfChangeV2) {
    for c in cc.get_changes() {
        match c.get_change_type() {
            ConfChangeType::AddNode => {
                contexts.insert(c.node_id, cc.context.to_vec());
            }
            ConfChangeType::RemoveNode => {
                contexts.remove(&c.node_id);
            }
            ConfChangeType::AddLearnerNode => {}
        }
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
