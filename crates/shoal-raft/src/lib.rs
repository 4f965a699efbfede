//! The Raft driver of a shoal manager.
//!
//! [`Node::open`] recovers the durable log (shoal-log), restores the state machine from the
//! newest snapshot, and runs a raft-rs [`raft::RawNode`] on a dedicated thread. That thread owns
//! everything mutable — the node, the log, the state machine — so nothing here takes a lock on
//! the hot path. Other threads talk to it through a channel: proposals, inbound messages,
//! watchers. Each turn of the loop takes every queued proposal, persists all resulting entries
//! and the hard state with one fsync (group commit), then applies what is committed, in order.
//!
//! The crate knows nothing about what the entries mean: a [`StateMachine`] applies them.
//! Apply must be deterministic, errors included, since every replica applies the same entries
//! and must end in the same state; a rejected entry is applied as a no-op everywhere.

mod callbacks;
mod config;
mod driver;
mod errors;
mod reads;
mod snapdata;
mod status;
mod storage;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use protobuf::Message as _;

pub use raft::eraftpb::Message;
pub use raft::SnapshotStatus;

pub use callbacks::{CommitEvent, Completion, Outbound, Transport, Watcher};
pub use config::{Config, Tuning};
pub use errors::{OpenError, ProposeError};
pub use status::{Member, MemberChange, PeerProgress, Role, Status};

/// What the replicated log drives. Implementations must be deterministic.
pub trait StateMachine: Send + 'static {
    /// What one applied entry changed, for watchers.
    type Change: Send + Sync + 'static;
    /// Why an entry was rejected. Every replica must reject the same entries the same way.
    type Error: fmt::Display + Send + 'static;

    /// Applies the entry at `index`; on error nothing may have changed.
    fn apply(&mut self, index: u64, data: &[u8]) -> Result<Vec<Self::Change>, Self::Error>;
    /// Serialises the whole state, as of the last applied entry.
    fn snapshot(&self) -> Vec<u8>;
    /// Replaces the whole state with a snapshot.
    fn restore(&mut self, data: &[u8]) -> Result<(), Self::Error>;
    /// Called after a run of applies and before their proposers are answered: the moment to
    /// make the new state visible to readers.
    fn publish(&mut self) {}
    /// A number the proposer put in the entry (`data`) to recognise its own entry's commit
    /// event by (echoed as `CommitEvent::tag`); None when the entry carries none.
    fn tag(&self, _data: &[u8]) -> Option<u64> {
        None
    }
}

enum Command<S: StateMachine> {
    Propose {
        data: Vec<u8>,
        done: Completion<S::Error>,
    },
    Step(Message),
    Watch(Watcher<S::Change>),
    ReportUnreachable(u64),
    ReportSnapshot(u64, SnapshotStatus),
    ChangeMembership {
        change: MemberChange,
        done: Completion<S::Error>,
    },
    TransferLeader {
        id: u64,
        done: Completion<S::Error>,
    },
    Campaign,
    Tune(Tuning),
    ReadIndex {
        done: Completion<S::Error>,
    },
    Close,
}

struct Shared {
    status: Mutex<Status>,
    members: Mutex<Vec<Member>>,
    progress: Mutex<Vec<PeerProgress>>,
    fatal: Mutex<Option<String>>,
}

/// A running Raft member. Dropping it closes it.
pub struct Node<S: StateMachine> {
    tx: Option<Sender<Command<S>>>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

/// A cheap, clonable way to feed a node from other threads (e.g. a transport).
pub struct Handle<S: StateMachine> {
    tx: Sender<Command<S>>,
    shared: Arc<Shared>,
}

impl<S: StateMachine> Clone for Handle<S> {
    fn clone(&self) -> Self {
        Handle {
            tx: self.tx.clone(),
            shared: self.shared.clone(),
        }
    }
}

impl<S: StateMachine> Handle<S> {
    /// Delivers a message received from another member (protobuf `eraftpb::Message`).
    pub fn step(&self, bytes: &[u8]) -> Result<(), String> {
        self.step_all(&[bytes])
    }

    /// Delivers messages received from another member together, in order; when one does
    /// not decode none is delivered.
    pub fn step_all<B: AsRef<[u8]>>(&self, messages: &[B]) -> Result<(), String> {
        let msgs = messages
            .iter()
            .map(|b| Message::parse_from_bytes(b.as_ref()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("undecodable raft message: {e}"))?;
        for msg in msgs {
            self.tx
                .send(Command::Step(msg))
                .map_err(|_| "the raft node is closed".to_string())?;
        }
        Ok(())
    }

    /// Voters of the applied configuration, by id, with their contexts (as [`Node::members`]).
    pub fn members(&self) -> Vec<Member> {
        self.shared.members.lock().unwrap().clone()
    }

    pub fn report_unreachable(&self, id: u64) {
        let _ = self.tx.send(Command::ReportUnreachable(id));
    }

    pub fn report_snapshot(&self, id: u64, status: SnapshotStatus) {
        let _ = self.tx.send(Command::ReportSnapshot(id, status));
    }
}

/// Member contexts keyed by id, as kept by the driver and stored in snapshots.
pub(crate) type Contexts = BTreeMap<u64, Vec<u8>>;

static BOOT_SALT: AtomicU64 = AtomicU64::new(0);

impl<S: StateMachine> Node<S> {
    /// Recovers `config.data_dir` (bootstrapping it with `config.peers` when empty) and starts
    /// the driver. Returns once every entry known committed on disk is applied and, for a
    /// single-member cluster, once this node leads and has applied its whole log, so reads right
    /// after open see every write acknowledged before the last shutdown.
    ///
    /// A new group's founding configuration is written as its first entries (one "add voter"
    /// per peer, term 1, committed), identical on every founder, so a member that joins later
    /// rebuilds the configuration from the log like any other entry.
    ///
    /// With `config.force_new_cluster`, before anything starts, every entry of the local log is
    /// applied (including any not yet known committed: a leader wrote them, and a new leader
    /// would commit them too), and the log is replaced by a snapshot one index past its end,
    /// at a new term, whose configuration is this node alone; other members' contexts are
    /// forgotten. Members of the old group must not come back with their old state.
    pub fn open(
        config: Config,
        state_machine: S,
        transport: Option<Transport>,
    ) -> Result<Node<S>, OpenError> {
        if config.id == 0 {
            return Err(OpenError::Config("node id must not be 0".into()));
        }
        if config.election_ticks <= config.heartbeat_ticks {
            return Err(OpenError::Config(
                "electionTicks must be greater than heartbeatTicks".into(),
            ));
        }
        if config.tick_interval.is_zero() {
            return Err(OpenError::Config("tickMs must be positive".into()));
        }
        let shared = Arc::new(Shared {
            status: Mutex::new(Status {
                id: config.id,
                leader: 0,
                term: 0,
                commit: 0,
                applied: 0,
                role: Role::Follower,
            }),
            members: Mutex::new(Vec::new()),
            progress: Mutex::new(Vec::new()),
            fatal: Mutex::new(None),
        });
        // Distinguishes this run's proposals from those of an earlier run of the same node whose
        // entries may still commit after a restart.
        let boot = {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            nanos
                ^ ((std::process::id() as u64) << 32)
                ^ BOOT_SALT.fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
        };
        let (tx, rx) = mpsc::channel();
        let (ready_tx, ready_rx) = mpsc::channel();
        let thread_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name(format!("shoal-raft-{}", config.id))
            .spawn(move || {
                driver::run(
                    config,
                    boot,
                    state_machine,
                    transport,
                    rx,
                    thread_shared,
                    ready_tx,
                )
            })
            .map_err(|e| OpenError::Stopped(e.to_string()))?;
        match ready_rx.recv() {
            Ok(Ok(())) => Ok(Node {
                tx: Some(tx),
                shared,
                thread: Some(thread),
            }),
            Ok(Err(e)) => {
                let _ = thread.join();
                Err(e)
            }
            Err(_) => {
                let _ = thread.join();
                Err(OpenError::Stopped("driver thread exited".into()))
            }
        }
    }

    /// Queues `data` as one entry. `done` runs on the driver thread once the entry is applied
    /// (with its index) or can no longer be; keep it quick.
    pub fn propose(&self, data: Vec<u8>, done: Completion<S::Error>) {
        let Some(tx) = &self.tx else {
            done(Err(ProposeError::Closed));
            return;
        };
        if let Err(mpsc::SendError(Command::Propose { done, .. })) =
            tx.send(Command::Propose { data, done })
        {
            done(Err(self.stopped_error()));
        }
    }

    /// Like [`Node::propose`], blocking until the outcome is known.
    pub fn propose_wait(&self, data: Vec<u8>) -> Result<u64, ProposeError<S::Error>> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.propose(
            data,
            Box::new(move |r| {
                let _ = tx.send(r);
            }),
        );
        rx.recv().unwrap_or_else(|_| Err(self.stopped_error()))
    }

    /// Registers a watcher; it sees every entry applied after this call, in order.
    pub fn watch(&self, watcher: Watcher<S::Change>) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Command::Watch(watcher));
        }
    }

    /// Adds a voter (or replaces an existing voter's context) or removes one, through a
    /// ConfChangeV2 entry; on the leader only. One change at a time: while one of this leader's
    /// changes is unapplied another is refused with `MembershipChangeInProgress`; a change
    /// still pending from an earlier leader (or the new leader's first entry) is waited out
    /// instead. `done` gets the entry's index once it is applied here.
    ///
    /// Removing the leader itself: the change commits under the new configuration, the
    /// leader answers, then hands leadership to the most up-to-date remaining voter (and keeps
    /// retrying while it is still leader and not a voter); it proposes nothing in between.
    pub fn change_membership(&self, change: MemberChange, done: Completion<S::Error>) {
        let Some(tx) = &self.tx else {
            done(Err(ProposeError::Closed));
            return;
        };
        if let Err(mpsc::SendError(Command::ChangeMembership { done, .. })) =
            tx.send(Command::ChangeMembership { change, done })
        {
            done(Err(self.stopped_error()));
        }
    }

    /// Like [`Node::change_membership`], blocking until the outcome is known.
    pub fn change_membership_wait(
        &self,
        change: MemberChange,
    ) -> Result<u64, ProposeError<S::Error>> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.change_membership(
            change,
            Box::new(move |r| {
                let _ = tx.send(r);
            }),
        );
        rx.recv().unwrap_or_else(|_| Err(self.stopped_error()))
    }

    /// Asks the leader to hand leadership to voter `id` (0: the most up-to-date other voter).
    /// `done` gets the new leader's id once this node has stepped down and heard from it (0 if
    /// it stepped down but heard from no leader within two election timeouts), or `Timeout`
    /// if it is still the leader by then.
    pub fn transfer_leader(&self, id: u64, done: Completion<S::Error>) {
        let Some(tx) = &self.tx else {
            done(Err(ProposeError::Closed));
            return;
        };
        if let Err(mpsc::SendError(Command::TransferLeader { done, .. })) =
            tx.send(Command::TransferLeader { id, done })
        {
            done(Err(self.stopped_error()));
        }
    }

    /// Raft's ReadIndex (section 6.4 of the Raft thesis): the leader's commit index, once the
    /// leader confirmed with a quorum that it still leads, and once this member has applied
    /// up to it. A read of the state made after `done` gets `Ok` sees every write acknowledged
    /// before this call, on any member. A follower asks the leader (raft-rs's MsgReadIndex);
    /// while no leader answers (an election, a leader that has not committed in its term yet)
    /// the request is sent again every two ticks, and fails with `Refused { code: "Timeout" }`
    /// after two election timeouts.
    pub fn read_index(&self, done: Completion<S::Error>) {
        let Some(tx) = &self.tx else {
            done(Err(ProposeError::Closed));
            return;
        };
        if let Err(mpsc::SendError(Command::ReadIndex { done })) =
            tx.send(Command::ReadIndex { done })
        {
            done(Err(self.stopped_error()));
        }
    }

    /// Like [`Node::read_index`], blocking until the outcome is known.
    pub fn read_index_wait(&self) -> Result<u64, ProposeError<S::Error>> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.read_index(Box::new(move |r| {
            let _ = tx.send(r);
        }));
        rx.recv().unwrap_or_else(|_| Err(self.stopped_error()))
    }

    pub fn transfer_leader_wait(&self, id: u64) -> Result<u64, ProposeError<S::Error>> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.transfer_leader(
            id,
            Box::new(move |r| {
                let _ = tx.send(r);
            }),
        );
        rx.recv().unwrap_or_else(|_| Err(self.stopped_error()))
    }

    /// Voters of the applied configuration, by id, with their contexts.
    pub fn members(&self) -> Vec<Member> {
        self.shared.members.lock().unwrap().clone()
    }

    /// Replication progress of every member as the leader sees it; empty on a follower.
    pub fn progress(&self) -> Vec<PeerProgress> {
        self.shared.progress.lock().unwrap().clone()
    }

    /// Applies `tuning` from the driver's next turn: the tick period (the election and
    /// heartbeat timeouts, counted in ticks, scale with it), when snapshots are taken and
    /// how many entries are kept behind one for slow followers.
    pub fn tune(&self, tuning: Tuning) -> Result<(), String> {
        if tuning.tick_interval.is_zero() {
            return Err("the tick interval must be greater than 0".into());
        }
        match &self.tx {
            Some(tx) => tx
                .send(Command::Tune(tuning))
                .map_err(|_| "the raft node is closed".to_string()),
            None => Err("the raft node is closed".into()),
        }
    }

    /// Starts an election now instead of waiting for the election timeout.
    pub fn campaign(&self) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Command::Campaign);
        }
    }

    pub fn handle(&self) -> Option<Handle<S>> {
        self.tx.as_ref().map(|tx| Handle {
            tx: tx.clone(),
            shared: self.shared.clone(),
        })
    }

    pub fn step(&self, bytes: &[u8]) -> Result<(), String> {
        match self.handle() {
            Some(h) => h.step(bytes),
            None => Err("the raft node is closed".into()),
        }
    }

    pub fn status(&self) -> Status {
        self.shared.status.lock().unwrap().clone()
    }

    /// Set when the driver stopped on an unrecoverable error.
    pub fn failure(&self) -> Option<String> {
        self.shared.fatal.lock().unwrap().clone()
    }

    fn stopped_error(&self) -> ProposeError<S::Error> {
        match self.failure() {
            Some(msg) => ProposeError::Fatal(msg),
            None => ProposeError::Closed,
        }
    }

    /// Stops the driver: proposals still waiting are answered with `Closed`, buffered log
    /// writes are flushed. Returns the driver's failure, if it had one.
    pub fn close(&mut self) -> Result<(), String> {
        // Transports may hold handles, so the channel alone would never disconnect.
        if let Some(tx) = self.tx.take() {
            let _ = tx.send(Command::Close);
        }
        if let Some(t) = self.thread.take() {
            if t.join().is_err() {
                return Err("raft driver thread panicked".into());
            }
        }
        match self.failure() {
            Some(msg) => Err(msg),
            None => Ok(()),
        }
    }
}

impl<S: StateMachine> Drop for Node<S> {
    fn drop(&mut self) {
        let _ = self.close();
    }
}
