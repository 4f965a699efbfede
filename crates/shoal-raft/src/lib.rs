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

mod driver;
mod snapdata;
mod storage;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use protobuf::Message as _;

pub use raft::eraftpb::Message;
pub use raft::SnapshotStatus;

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
