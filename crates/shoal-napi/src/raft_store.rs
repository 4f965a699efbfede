//! class `RaftStore`: the replicated store as JavaScript sees it (see the native contract in
//! docs/ARCHITECTURE.md). It converts values at the boundary and leaves consensus to
//! shoal-raft and state to shoal-store.

use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeCallContext, ThreadsafeFunctionCallMode};
use napi::Env;
use napi_derive::napi;

use shoal_raft::{
    Config, Handle, MemberChange, Node, OpenError, Outbound, ProposeError, StateMachine,
};
use shoal_store::{Action, ActionKind, Store, StoreError, View};

use crate::boundary::{coded, promise, Outcome};

// ---------------------------------------------------------------------------------------------
// The state machine: the store, plus the slot that readers on the JavaScript thread clone from.

struct StoreMachine {
    store: Store,
    published: Arc<RwLock<View>>,
}

impl StateMachine for StoreMachine {
    type Change = shoal_store::Change;
    type Error = StoreError;

    fn apply(
        &mut self,
        index: u64,
        data: &[u8],
    ) -> std::result::Result<Vec<Self::Change>, StoreError> {
        // Read in place: no owned copy of each action's strings and bytes first.
        self.store.apply_encoded(index, data)
    }

    fn snapshot(&self) -> Vec<u8> {
        self.store.snapshot()
    }

    fn restore(&mut self, data: &[u8]) -> std::result::Result<(), StoreError> {
        self.store = Store::restore(data)?;
        Ok(())
    }

    fn publish(&mut self) {
        *self.published.write().unwrap() = self.store.view();
    }

    fn tag(&self, data: &[u8]) -> Option<u64> {
        Action::batch_tag(data)
    }
}

// ---------------------------------------------------------------------------------------------
// Values crossing the boundary.

#[napi(object)]
pub struct IndexEntry {
    pub name: String,
    pub value: String,
    pub unique: Option<bool>,
}

#[napi(object)]
pub struct StoreObject {
    pub table: String,
    pub id: String,
    pub version: i64,
    pub data: Buffer,
}

#[napi(object)]
pub struct StoreAction {
    #[napi(ts_type = "'create' | 'update' | 'merge' | 'delete'")]
    pub kind: String,
    pub table: String,
    pub id: String,
    /// update/merge/delete: fail with Conflict when the stored version differs
    pub expected_version: Option<i64>,
    /// create/update: the object; merge (required): the patch appended to the stored bytes
    pub data: Option<Buffer>,
    /// create/update/merge: replaces the object's index entries
    pub indexes: Option<Vec<IndexEntry>>,
}

#[napi(object)]
pub struct Change {
    #[napi(ts_type = "'create' | 'update' | 'delete'")]
    pub kind: String,
    pub table: String,
    pub id: String,
    pub version: i64,
    pub data: Option<Buffer>,
}

/// One per applied Raft entry batch.
#[napi(object)]
pub struct CommitEvent {
    pub index: i64,
    pub changes: Vec<Change>,
    /// Set (with no changes) when a snapshot from the leader replaced the whole state: drop
    /// whatever was derived from earlier events and re-read everything.
    pub resync: Option<bool>,
}

/// One per applied Raft entry batch, its changes in one buffer (Change::encode_all's
/// format): what `watchEncoded` delivers.
#[napi(object)]
pub struct EncodedCommitEvent {
    pub index: i64,
    /// how many changes `changes` holds
    pub count: u32,
    pub changes: Buffer,
    /// As CommitEvent.resync (with no changes).
    pub resync: Option<bool>,
    /// The tag of the entry's batch, if it was proposed tagged (batch format 2): a proposer
    /// knows its own batch's event by it.
    pub tag: Option<i64>,
}

/// Starts the Raft transport (RaftStore.startTransport): this manager's identity on the
/// swarm port and what it tells other members about itself.
#[napi(object)]
pub struct TransportOptions {
    /// the node certificate, then any intermediates (PEM)
    pub cert_pem: String,
    /// its private key (PEM)
    pub key_pem: String,
    /// every root this node trusts (PEM; two during a root rotation)
    pub root_pem: String,
    /// this member's Raft id
    pub self_id: i64,
    /// this member's swarm address (host:port), sent with every message
    pub self_addr: String,
}

/// New certificate material for the transport (renewal, root rotation).
#[napi(object)]
pub struct TransportIdentity {
    pub cert_pem: String,
    pub key_pem: String,
    pub root_pem: String,
}

/// A voting member of the applied configuration.
#[napi(object)]
pub struct Member {
    pub id: i64,
    /// what addMember recorded (the member's address); empty when never set
    pub context: Buffer,
}

/// The leader's view of one member's replication.
#[napi(object)]
pub struct PeerProgress {
    pub id: i64,
    /// highest log index known replicated on that member
    pub matched: i64,
    /// heard from within the last election timeout (always true for the leader itself)
    pub recent_active: bool,
    #[napi(ts_type = "'probe' | 'replicate' | 'snapshot'")]
    pub state: String,
}

#[napi(object)]
pub struct RaftStatus {
    pub id: i64,
    pub leader: i64,
    pub term: i64,
    pub commit: i64,
    pub applied: i64,
    #[napi(ts_type = "'leader' | 'follower' | 'candidate' | 'precandidate'")]
    pub role: String,
}

#[napi(object)]
pub struct OpenOptions {
    /// log segments, hard state and snapshots live here
    pub data_dir: String,
    /// 32 bytes: the AES-256-GCM key the log and snapshots are encrypted with (the manager's
    /// data key); a log written with another key is refused (WrongKey)
    pub key: Buffer,
    /// Raft id (u64 fits in 53 bits here)
    pub node_id: i64,
    /// initial voters when bootstrapping; [nodeId] for a new cluster
    pub peers: Option<Vec<i64>>,
    /// default 100
    pub tick_ms: Option<u32>,
    /// default 10
    pub election_ticks: Option<u32>,
    /// default 1
    pub heartbeat_ticks: Option<u32>,
    /// entries between snapshots, default 10000 (0: never by count)
    pub snapshot_interval: Option<i64>,
    /// bytes of applied entries between snapshots, default 128 MiB (0: never by size)
    pub snapshot_bytes: Option<i64>,
    /// entries kept in memory behind a snapshot for slow followers, default 500
    pub catch_up_entries: Option<i64>,
    /// superseded snapshots kept on disk besides the newest, default 0
    pub keep_old_snapshots: Option<i64>,
    /// log segment file size, default 64 MiB
    pub segment_size: Option<i64>,
    /// join an existing group: no founding configuration, wait for the leader (which added
    /// this node with addMember) to send its log or a snapshot; ignored if dataDir has state
    pub join: Option<bool>,
    /// this member's context (its address), recorded when founding a single-member group or
    /// with forceNewCluster
    pub context: Option<Buffer>,
    /// restart the group from this member's state as its only voter, keeping all data
    pub force_new_cluster: Option<bool>,
}

/// What a running store takes on without a restart (RaftStore.tune). Election and heartbeat
/// ticks are fixed when raft-rs builds the node: they apply at the next open.
#[napi(object)]
pub struct TuneOptions {
    /// tick period in ms, at least 1
    pub tick_ms: u32,
    /// entries between snapshots (0: never by count)
    pub snapshot_interval: i64,
    /// entries kept in memory behind a snapshot for slow followers
    pub catch_up_entries: i64,
    /// superseded snapshots kept on disk besides the newest
    pub keep_old_snapshots: i64,
}

fn to_object(o: shoal_store::Object) -> StoreObject {
    StoreObject {
        table: o.table,
        id: o.id,
        version: o.version as i64,
        data: o.data.to_vec().into(),
    }
}

fn to_change(c: &shoal_store::Change) -> Change {
    Change {
        kind: c.kind.as_str().to_string(),
        table: c.table.clone(),
        id: c.id.clone(),
        version: c.version as i64,
        data: c.data.as_ref().map(|d| d.to_vec().into()),
    }
}

fn to_action(a: StoreAction) -> std::result::Result<Action, String> {
    let kind = match a.kind.as_str() {
        "create" => ActionKind::Create,
        "update" => ActionKind::Update,
        "delete" => ActionKind::Delete,
        "merge" if a.data.is_none() => {
            return Err(format!(
                "{}/{}: merge without a patch (data)",
                a.table, a.id
            ))
        }
        "merge" => ActionKind::Merge,
        other => {
            return Err(format!(
                "{}/{}: unknown action kind {other:?}",
                a.table, a.id
            ))
        }
    };
    let expected_version = match a.expected_version {
        Some(v) if v < 0 => {
            return Err(format!(
                "{}/{}: expectedVersion must not be negative",
                a.table, a.id
            ))
        }
        v => v.map(|v| v as u64),
    };
    Ok(Action {
        kind,
        table: a.table,
        id: a.id,
        expected_version,
        data: a.data.map(|d| d.to_vec()),
        indexes: a
            .indexes
            .unwrap_or_default()
            .into_iter()
            .map(|ix| shoal_store::IndexEntry {
                name: ix.name,
                value: ix.value,
                unique: ix.unique.unwrap_or(false),
            })
            .collect(),
    })
}

/// A JavaScript `Error` whose `code` is one of the contract's codes.
fn propose_failure(e: ProposeError<StoreError>) -> (&'static str, String) {
    match &e {
        ProposeError::Rejected(inner) => (inner.code(), inner.to_string()),
        other => (other.code(), other.to_string()),
    }
}

fn open_failure(e: &OpenError) -> &'static str {
    match e {
        OpenError::Config(_) => "InvalidArgument",
        OpenError::Log(shoal_log::LogError::Locked(_)) => "Locked",
        OpenError::Log(shoal_log::LogError::Corrupt { .. }) | OpenError::Restore(_) => "Corrupt",
        OpenError::Log(shoal_log::LogError::WrongKey(_)) => "WrongKey",
        OpenError::Log(shoal_log::LogError::Format { .. }) => "Unsupported",
        OpenError::Log(_) => "Io",
        OpenError::Raft(_) | OpenError::Stopped(_) => "Fatal",
    }
}

fn to_id(env: Env, what: &str, id: i64) -> Result<u64> {
    if id <= 0 || id > (1i64 << 53) {
        return Err(coded(
            env,
            "InvalidArgument",
            format!("{what} must be a positive integer"),
        ));
    }
    Ok(id as u64)
}

fn non_negative(env: Env, what: &str, v: Option<i64>) -> Result<Option<u64>> {
    match v {
        Some(n) if n < 0 => Err(coded(
            env,
            "InvalidArgument",
            format!("{what} must not be negative"),
        )),
        v => Ok(v.map(|n| n as u64)),
    }
}

type OutboundSink = Arc<Mutex<Option<Box<dyn FnMut(Vec<Outbound>) + Send>>>>;

fn to_identity(i: TransportIdentity) -> shoal_transport::Identity {
    shoal_transport::Identity {
        cert_pem: i.cert_pem,
        key_pem: i.key_pem,
        root_pem: i.root_pem,
    }
}

fn read_view(slot: &RwLock<View>) -> View {
    slot.read().unwrap().clone()
}

// ---------------------------------------------------------------------------------------------

/// A consistent snapshot of the store: reads through it never see later writes.
#[napi]
pub struct ReadTxn {
    view: View,
}

#[napi]
impl ReadTxn {
    #[napi]
    pub fn get(&self, table: String, id: String) -> Option<StoreObject> {
        self.view.get(&table, &id).map(to_object)
    }

    #[napi]
    pub fn list(&self, table: String) -> Vec<StoreObject> {
        self.view.list(&table).into_iter().map(to_object).collect()
    }

    #[napi]
    pub fn find(&self, table: String, index: String, value: String) -> Vec<StoreObject> {
        self.view
            .find(&table, &index, &value)
            .into_iter()
            .map(to_object)
            .collect()
    }
}

/// The replicated store of one manager.
#[napi]
pub struct RaftStore {
    node: Mutex<Option<Node<StoreMachine>>>,
    /// For receiving messages: never blocks on the node lock.
    handle: Mutex<Option<Handle<StoreMachine>>>,
    /// Where the driver's messages go: the transport's queue once started.
    outbound: OutboundSink,
    transport: Mutex<Option<shoal_transport::Transport>>,
    published: Arc<RwLock<View>>,
    /// What `status()` reports once closed.
    last_status: Mutex<Option<shoal_raft::Status>>,
}

impl RaftStore {
    /// Hands an encoded batch to the Raft node; `settle` answers the proposer.
    fn submit(&self, data: Vec<u8>, settle: Box<dyn FnOnce(Outcome<i64>) + Send>) {
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node.propose(
                data,
                Box::new(move |r| settle(r.map(|i| i as i64).map_err(propose_failure))),
            ),
            None => settle(Err(("Closed", "the store is closed".to_string()))),
        }
    }
}

#[napi]
impl RaftStore {
    /// Recovers from disk if present.
    #[napi(factory)]
    pub fn open(env: Env, options: OpenOptions) -> Result<RaftStore> {
        let invalid = |msg: &str| coded(env, "InvalidArgument", msg);
        if options.node_id <= 0 {
            return Err(invalid("nodeId must be a positive integer"));
        }
        let key = shoal_log::Key::from_slice(&options.key).map_err(|e| invalid(&e.to_string()))?;
        let mut cfg = Config::new(options.node_id as u64, &options.data_dir, key);
        let join = options.join.unwrap_or(false);
        cfg.force_new_cluster = options.force_new_cluster.unwrap_or(false);
        if join && (options.peers.is_some() || cfg.force_new_cluster) {
            return Err(invalid("join excludes peers and forceNewCluster"));
        }
        if let Some(peers) = options.peers {
            if peers.iter().any(|&p| p <= 0) {
                return Err(invalid("peers must be positive integers"));
            }
            cfg.peers = peers.into_iter().map(|p| p as u64).collect();
        }
        if join {
            cfg.peers.clear();
        }
        if let Some(ctx) = options.context {
            cfg.context = ctx.to_vec();
        }
        if let Some(ms) = options.tick_ms {
            cfg.tick_interval = Duration::from_millis(ms as u64);
        }
        if let Some(t) = options.election_ticks {
            cfg.election_ticks = t as usize;
        }
        if let Some(t) = options.heartbeat_ticks {
            cfg.heartbeat_ticks = t as usize;
        }
        if let Some(n) = non_negative(env, "snapshotInterval", options.snapshot_interval)? {
            cfg.snapshot_interval = n;
        }
        if let Some(n) = non_negative(env, "snapshotBytes", options.snapshot_bytes)? {
            cfg.snapshot_bytes = n;
        }
        if let Some(n) = non_negative(env, "catchUpEntries", options.catch_up_entries)? {
            cfg.catch_up_entries = n;
        }
        if let Some(n) = non_negative(env, "keepOldSnapshots", options.keep_old_snapshots)? {
            cfg.keep_old_snapshots = n;
        }
        if let Some(n) = non_negative(env, "segmentSize", options.segment_size)? {
            if n < 4096 {
                return Err(invalid("segmentSize must be at least 4096"));
            }
            cfg.segment_size = n;
        }

        let store = Store::new();
        let published = Arc::new(RwLock::new(store.view()));
        let machine = StoreMachine {
            store,
            published: published.clone(),
        };
        // Messages produced before startTransport are dropped; raft resends.
        let outbound: OutboundSink = Arc::new(Mutex::new(None));
        let sink = outbound.clone();
        let transport: shoal_raft::Transport = Box::new(move |batch| {
            if let Some(f) = sink.lock().unwrap().as_mut() {
                f(batch);
            }
        });
        // Blocks the caller while the log is replayed: the contract makes open synchronous,
        // and reads right after it must see everything recovered.
        let node = Node::open(cfg, machine, Some(transport))
            .map_err(|e| coded(env, open_failure(&e), e.to_string()))?;
        Ok(RaftStore {
            handle: Mutex::new(node.handle()),
            node: Mutex::new(Some(node)),
            outbound,
            transport: Mutex::new(None),
            published,
            last_status: Mutex::new(None),
        })
    }

    /// Resolves with the commit index once committed, fsynced and applied; rejects with
    /// Error{code:'Conflict'|'NotFound'|'Exists'|'NameConflict'|'NotLeader'} and nothing is applied.
    #[napi(ts_return_type = "Promise<number>")]
    pub fn propose<'env>(&self, env: &'env Env, actions: Vec<StoreAction>) -> Result<Object<'env>> {
        let (settle, promise) = promise::<i64>(env)?;
        let batch: std::result::Result<Vec<Action>, String> =
            actions.into_iter().map(to_action).collect();
        match batch {
            Ok(actions) => self.submit(Action::encode_batch(&actions), settle),
            Err(msg) => settle(Err(("InvalidArgument", msg))),
        }
        Ok(promise)
    }

    /// As propose, with the batch already encoded in shoal-store's batch format (what
    /// Action::encode_batch writes): a batch of 100,000 actions crosses into Rust as one
    /// buffer rather than 100,000 objects read field by field. Rejects with InvalidArgument
    /// when the bytes are not a well-formed batch.
    #[napi(ts_return_type = "Promise<number>")]
    pub fn propose_encoded<'env>(&self, env: &'env Env, batch: Buffer) -> Result<Object<'env>> {
        let (settle, promise) = promise::<i64>(env)?;
        let data = batch.to_vec();
        match Action::validate_batch(&data) {
            Ok(_) => self.submit(data, settle),
            Err(err) => settle(Err(("InvalidArgument", err.to_string()))),
        }
        Ok(promise)
    }

    #[napi]
    pub fn get(&self, table: String, id: String) -> Option<StoreObject> {
        read_view(&self.published).get(&table, &id).map(to_object)
    }

    #[napi]
    pub fn list(&self, table: String) -> Vec<StoreObject> {
        read_view(&self.published)
            .list(&table)
            .into_iter()
            .map(to_object)
            .collect()
    }

    #[napi]
    pub fn find(&self, table: String, index: String, value: String) -> Vec<StoreObject> {
        read_view(&self.published)
            .find(&table, &index, &value)
            .into_iter()
            .map(to_object)
            .collect()
    }

    /// Consistent snapshot: get/list/find.
    #[napi]
    pub fn view(&self) -> ReadTxn {
        ReadTxn {
            view: read_view(&self.published),
        }
    }

    /// Calls back once per applied entry batch, in commit order, from the next commit on.
    #[napi(ts_args_type = "callback: (err: Error | null, event: CommitEvent) => void")]
    pub fn watch(&self, env: Env, callback: Function<'_, CommitEvent, ()>) -> Result<()> {
        type Item = (Arc<[shoal_raft::CommitEvent<shoal_store::Change>]>, usize);
        // Weak: a watcher alone does not keep the process alive, as an idle socket would not.
        let tsfn = callback
            .build_threadsafe_function::<Item>()
            .callee_handled::<true>()
            .weak::<true>()
            .build_callback(|ctx: ThreadsafeCallContext<Item>| {
                let ev = &ctx.value.0[ctx.value.1];
                Ok(CommitEvent {
                    index: ev.index as i64,
                    changes: ev.changes.iter().map(to_change).collect(),
                    resync: ev.resync.then_some(true),
                })
            })?;
        let guard = self.node.lock().unwrap();
        let Some(node) = guard.as_ref() else {
            return Err(coded(env, "Closed", "the store is closed"));
        };
        node.watch(Box::new(move |batch| {
            for i in 0..batch.len() {
                tsfn.call(
                    Ok((batch.clone(), i)),
                    ThreadsafeFunctionCallMode::NonBlocking,
                );
            }
        }));
        Ok(())
    }

    /// As watch, each event's changes encoded into one buffer on the Raft thread (see
    /// EncodedCommitEvent): a batch of 100,000 changes crosses to JavaScript as one object
    /// instead of 100,000, and the JavaScript thread copies nothing.
    #[napi(ts_args_type = "callback: (err: Error | null, event: EncodedCommitEvent) => void")]
    pub fn watch_encoded(
        &self,
        env: Env,
        callback: Function<'_, EncodedCommitEvent, ()>,
    ) -> Result<()> {
        type Item = (i64, u32, Vec<u8>, bool, Option<i64>);
        let tsfn = callback
            .build_threadsafe_function::<Item>()
            .callee_handled::<true>()
            .weak::<true>()
            .build_callback(|ctx: ThreadsafeCallContext<Item>| {
                let (index, count, bytes, resync, tag) = ctx.value;
                Ok(EncodedCommitEvent {
                    index,
                    count,
                    changes: bytes.into(),
                    resync: resync.then_some(true),
                    tag,
                })
            })?;
        let guard = self.node.lock().unwrap();
        let Some(node) = guard.as_ref() else {
            return Err(coded(env, "Closed", "the store is closed"));
        };
        node.watch(Box::new(move |batch| {
            for ev in batch.iter() {
                let item = (
                    ev.index as i64,
                    ev.changes.len() as u32,
                    shoal_store::Change::encode_all(&ev.changes),
                    ev.resync,
                    ev.tag.map(|t| t as i64),
                );
                tsfn.call(Ok(item), ThreadsafeFunctionCallMode::NonBlocking);
            }
        }));
        Ok(())
    }

    /// Starts sending this member's Raft messages to the other members (shoal-transport:
    /// gRPC over mutual TLS from a Rust thread, no JavaScript in between), replacing a
    /// transport started before. Throws InvalidArgument (unusable certificate, key or roots,
    /// a bad selfId or selfAddr) or Closed.
    #[napi]
    pub fn start_transport(&self, env: Env, options: TransportOptions) -> Result<()> {
        let self_id = to_id(env, "selfId", options.self_id)?;
        let Some(handle) = self.handle.lock().unwrap().clone() else {
            return Err(coded(env, "Closed", "the store is closed"));
        };
        let transport = shoal_transport::Transport::start(
            shoal_transport::Options {
                self_id,
                self_addr: options.self_addr,
                identity: to_identity(TransportIdentity {
                    cert_pem: options.cert_pem,
                    key_pem: options.key_pem,
                    root_pem: options.root_pem,
                }),
            },
            Arc::new(handle),
        )
        .map_err(|msg| coded(env, "InvalidArgument", msg))?;
        *self.outbound.lock().unwrap() = Some(Box::new(transport.sink()));
        // The old one (if any) is dropped, and so closed, here.
        *self.transport.lock().unwrap() = Some(transport);
        Ok(())
    }

    /// The node's certificate was renewed or its roots changed: channels to the other
    /// members reopen with the new material. Throws InvalidArgument (unusable material; the
    /// transport keeps the old), FailedPrecondition (not started) or Closed.
    #[napi]
    pub fn set_transport_identity(&self, env: Env, identity: TransportIdentity) -> Result<()> {
        match self.transport.lock().unwrap().as_ref() {
            Some(t) => t
                .set_identity(&to_identity(identity))
                .map_err(|msg| coded(env, "InvalidArgument", msg)),
            None if self.handle.lock().unwrap().is_none() => {
                Err(coded(env, "Closed", "the store is closed"))
            }
            None => Err(coded(
                env,
                "FailedPrecondition",
                "the transport is not started (startTransport)",
            )),
        }
    }

    /// One message of another member's Raft.StreamRaftMessages stream (or a
    /// ProcessRaftMessage request), its protobuf bytes as received: the sender's address is
    /// remembered (where to answer a member the configuration does not name yet) and every
    /// message stepped, in order. Throws InvalidArgument if it does not decode (nothing of it
    /// is stepped), Closed after close.
    #[napi]
    pub fn receive_raft_messages(&self, env: Env, frame: &[u8]) -> Result<()> {
        let request = shoal_transport::decode_request(frame)
            .map_err(|msg| coded(env, "InvalidArgument", msg))?;
        let handle = self.handle.lock().unwrap();
        let Some(h) = handle.as_ref() else {
            return Err(coded(env, "Closed", "the store is closed"));
        };
        if let Some(t) = self.transport.lock().unwrap().as_ref() {
            t.learn(request.from, &request.from_addr);
        }
        h.step_all(&request.messages)
            .map_err(|msg| coded(env, "InvalidArgument", msg))?;
        Ok(())
    }

    /// Leader only. Adds voter `id` with `context` (its address), or replaces the context of
    /// an existing member; resolves once the change is applied here. Rejects with code
    /// NotLeader, MembershipChangeInProgress, InvalidArgument, Closed.
    #[napi(ts_return_type = "Promise<void>")]
    pub fn add_member<'env>(
        &self,
        env: &'env Env,
        id: i64,
        context: Buffer,
    ) -> Result<Object<'env>> {
        let id = to_id(*env, "id", id)?;
        self.change_membership(
            env,
            MemberChange::Add {
                id,
                context: context.to_vec(),
            },
        )
    }

    /// Leader only. Removes voter `id`; resolves once applied here. Removing the leader itself:
    /// it hands leadership to the most up-to-date remaining member after the change applies.
    /// Rejects with code NotLeader, MembershipChangeInProgress, NotFound, InvalidArgument
    /// (the last member), Closed.
    #[napi(ts_return_type = "Promise<void>")]
    pub fn remove_member<'env>(&self, env: &'env Env, id: i64) -> Result<Object<'env>> {
        let id = to_id(*env, "id", id)?;
        self.change_membership(env, MemberChange::Remove { id })
    }

    fn change_membership<'env>(
        &self,
        env: &'env Env,
        change: MemberChange,
    ) -> Result<Object<'env>> {
        let (settle, promise) = promise::<()>(env)?;
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node.change_membership(
                change,
                Box::new(move |r| settle(r.map(|_| ()).map_err(propose_failure))),
            ),
            None => settle(Err(("Closed", "the store is closed".to_string()))),
        }
        Ok(promise)
    }

    /// Voters of the applied configuration, by id, with the contexts addMember recorded.
    #[napi]
    pub fn members(&self) -> Vec<Member> {
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node
                .members()
                .into_iter()
                .map(|m| Member {
                    id: m.id as i64,
                    context: m.context.into(),
                })
                .collect(),
            None => Vec::new(),
        }
    }

    /// Replication progress per member as the leader sees it; empty on a follower.
    #[napi]
    pub fn progress(&self) -> Vec<PeerProgress> {
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node
                .progress()
                .into_iter()
                .map(|p| PeerProgress {
                    id: p.id as i64,
                    matched: p.matched as i64,
                    recent_active: p.recent_active,
                    state: p.state.to_string(),
                })
                .collect(),
            None => Vec::new(),
        }
    }

    /// Applies new timing and snapshot settings from the driver's next turn. Throws
    /// InvalidArgument (tickMs 0, a negative count) or Closed.
    #[napi]
    pub fn tune(&self, env: Env, options: TuneOptions) -> Result<()> {
        if options.tick_ms == 0 {
            return Err(coded(env, "InvalidArgument", "tickMs must be at least 1"));
        }
        let tuning = shoal_raft::Tuning {
            tick_interval: Duration::from_millis(options.tick_ms as u64),
            snapshot_interval: non_negative(
                env,
                "snapshotInterval",
                Some(options.snapshot_interval),
            )?
            .unwrap_or(0),
            catch_up_entries: non_negative(env, "catchUpEntries", Some(options.catch_up_entries))?
                .unwrap_or(0),
            keep_old_snapshots: non_negative(
                env,
                "keepOldSnapshots",
                Some(options.keep_old_snapshots),
            )?
            .unwrap_or(0),
        };
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node.tune(tuning).map_err(|msg| coded(env, "Closed", msg)),
            None => Err(coded(env, "Closed", "the store is closed")),
        }
    }

    /// Raft's ReadIndex, on any member: resolves with the leader's commit index, once the
    /// leader confirmed with a quorum that it still leads and this member has applied (and
    /// published) up to it, so a read made after it sees every write acknowledged before the
    /// call. Rejects with code Timeout when no leader confirmed one within two election
    /// timeouts (an election that does not end, a member cut off), Closed.
    #[napi(ts_return_type = "Promise<number>")]
    pub fn read_index<'env>(&self, env: &'env Env) -> Result<Object<'env>> {
        let (settle, promise) = promise::<i64>(env)?;
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node.read_index(Box::new(move |r| settle(r.map(|i| i as i64).map_err(propose_failure)))),
            None => settle(Err(("Closed", "the store is closed".to_string()))),
        }
        Ok(promise)
    }

    /// Leader only. Hands leadership to member `id` (omitted or 0: the most up-to-date other
    /// member); resolves with the new leader's id (0 if not yet known) once this node stepped
    /// down. Rejects with code NotLeader, NotFound, TransferInProgress, Timeout, Closed.
    #[napi(ts_return_type = "Promise<number>")]
    pub fn transfer_leader<'env>(&self, env: &'env Env, id: Option<i64>) -> Result<Object<'env>> {
        let id = match id {
            None | Some(0) => 0,
            Some(id) => to_id(*env, "id", id)?,
        };
        let (settle, promise) = promise::<i64>(env)?;
        match self.node.lock().unwrap().as_ref() {
            Some(node) => node.transfer_leader(
                id,
                Box::new(move |r| settle(r.map(|l| l as i64).map_err(propose_failure))),
            ),
            None => settle(Err(("Closed", "the store is closed".to_string()))),
        }
        Ok(promise)
    }

    #[napi]
    pub fn status(&self) -> RaftStatus {
        let st = match self.node.lock().unwrap().as_ref() {
            Some(node) => node.status(),
            None => self
                .last_status
                .lock()
                .unwrap()
                .clone()
                .unwrap_or(shoal_raft::Status {
                    id: 0,
                    leader: 0,
                    term: 0,
                    commit: 0,
                    applied: 0,
                    role: shoal_raft::Role::Follower,
                }),
        };
        RaftStatus {
            id: st.id as i64,
            leader: st.leader as i64,
            term: st.term as i64,
            commit: st.commit as i64,
            applied: st.applied as i64,
            role: st.role.as_str().to_string(),
        }
    }

    /// Why the Raft thread stopped on its own (an unrecoverable error, such as a write to
    /// the log that failed because the disk is full), or null while it runs (or after
    /// close). Such a member takes part in nothing more, while status() keeps its last
    /// values: only a restart, recovering from what is on disk, brings it back.
    #[napi]
    pub fn failure(&self) -> Option<String> {
        self.node.lock().unwrap().as_ref().and_then(|n| n.failure())
    }

    /// Stops the Raft thread after flushing; pending proposals reject with code 'Closed'.
    #[napi(ts_return_type = "Promise<void>")]
    pub fn close(&self) -> AsyncTask<CloseTask> {
        let node = self.node.lock().unwrap().take();
        self.handle.lock().unwrap().take();
        self.outbound.lock().unwrap().take();
        self.transport.lock().unwrap().take(); // closes it
        if let Some(n) = &node {
            *self.last_status.lock().unwrap() = Some(n.status());
        }
        AsyncTask::new(CloseTask { node })
    }
}

pub struct CloseTask {
    node: Option<Node<StoreMachine>>,
}

impl Task for CloseTask {
    type Output = ();
    type JsValue = ();

    // Joining the driver waits for its last fsync, so it runs off the JavaScript thread.
    fn compute(&mut self) -> Result<()> {
        match self.node.take() {
            Some(mut node) => node
                .close()
                .map_err(|msg| Error::new(Status::GenericFailure, msg)),
            None => Ok(()),
        }
    }

    fn resolve(&mut self, _env: Env, _output: ()) -> Result<()> {
        Ok(())
    }
}
