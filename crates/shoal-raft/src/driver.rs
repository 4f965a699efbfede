//! The Ready loop. Everything here runs on the node's own thread.
//!
//! This module owns the driver's state, its loop and the commands it takes; the rest is
//! split by concern: opening the node (open.rs: recovery, bootstrap, force-new-cluster),
//! handling a Ready (ready.rs: persist, send, apply, snapshot) and membership changes and
//! leadership transfers (membership.rs).

mod membership;
mod open;
mod ready;

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Instant;

use raft::{ProgressState, RawNode, StateRole};
use shoal_log::Log;

use crate::reads::Reads;
use crate::storage::LogStorage;
use crate::{
    Command, CommitEvent, Completion, Config, Contexts, MemberChange, OpenError, PeerProgress,
    ProposeError, Role, Shared, StateMachine, Status, Transport, Watcher,
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
    reads: Reads<S::Error>,
    /// Entry bytes applied since the last snapshot.
    bytes_since_snapshot: u64,
    /// The directory was bootstrapped by an earlier version, with the founding configuration in
    /// a snapshot at index 0 instead of in the log: a member joining from an empty log would
    /// replay entries from 1 without ever learning the founders. Until a real snapshot exists,
    /// take one and keep no log before it, so a joiner always gets the snapshot.
    legacy_bootstrap: bool,
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
    d.reads.fail_all(|| stopped(&final_error));
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
        self.raw.read_index(ctx.clone());
        let timeout = self.cfg.tick_interval * (2 * self.cfg.election_ticks as u32);
        self.reads.add(ctx, Instant::now() + timeout, done);
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

    fn our_seq(&self, ctx: &[u8]) -> Option<u64> {
        if ctx.len() != CONTEXT_LEN {
            return None;
        }
        let id = u64::from_le_bytes(ctx[0..8].try_into().unwrap());
        let boot = u64::from_le_bytes(ctx[8..16].try_into().unwrap());
        (id == self.id && boot == self.boot)
            .then(|| u64::from_le_bytes(ctx[16..24].try_into().unwrap()))
    }

    /// Work that depends on the state after a Ready: waiting membership changes, leadership
    /// transfers, and a removed leader handing over.
    fn housekeeping(&mut self) {
        self.propose_membership();
        for ctx in self
            .reads
            .expire_and_resend(Instant::now(), self.cfg.tick_interval * 2)
        {
            self.raw.read_index(ctx);
        }
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

    fn fail_all(&mut self, err: impl Fn() -> ProposeError<S::Error>) {
        self.conf_seq = None;
        for p in self.pending.drain(..) {
            (p.done)(Err(err()));
        }
        if let Some((_, done)) = self.conf_waiting.take() {
            done(Err(err()));
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
