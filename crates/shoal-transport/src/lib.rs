//! The Raft transport between managers, in Rust: the messages the Raft driver produces go
//! from its thread straight to per-member gRPC streams (tonic over rustls, mutual TLS), with
//! no JavaScript in between. It calls the swarm listener's existing RPCs (src/rpc/server.ts):
//! one long-lived `Raft.StreamRaftMessages` client stream per member for everything but
//! snapshots, which go by unary `Raft.ProcessRaftMessage` (its answer is raft's delivery
//! report). The wire protocol and the single swarm port stay as the grpc-js transport had
//! them.
//!
//! Addresses: a member's context in the applied configuration is its swarm address; for a
//! member the configuration does not name yet (a joining one, before it caught up) the
//! address its own messages carried is used ([`Transport::learn`]). A member that left is
//! forgotten (its stream and channel close). Failures are reported to raft as
//! `report_unreachable`; raft resends from its own state, so nothing is lost by dropping a
//! stream, and a dead peer cannot make a backlog grow without bound (peer.rs).

mod peer;
pub mod proto;
mod tls;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use prost::Message as _;
use shoal_raft::{Member, Outbound, SnapshotStatus, StateMachine};
use tokio::sync::mpsc;
use tonic::transport::ClientTlsConfig;

use peer::{Peer, Sender};
pub use proto::ProcessRaftMessageRequest;
pub use tls::{Identity, MANAGER_SERVER_NAME};

/// What the transport needs of the local Raft member.
pub trait Raft: Send + Sync + 'static {
    /// Voters of the applied configuration; a context is the member's address.
    fn members(&self) -> Vec<Member>;
    fn report_unreachable(&self, id: u64);
    fn report_snapshot(&self, id: u64, delivered: bool);
}

impl<S: StateMachine> Raft for shoal_raft::Handle<S> {
    fn members(&self) -> Vec<Member> {
        shoal_raft::Handle::members(self)
    }

    fn report_unreachable(&self, id: u64) {
        shoal_raft::Handle::report_unreachable(self, id)
    }

    fn report_snapshot(&self, id: u64, delivered: bool) {
        let status = if delivered {
            SnapshotStatus::Finish
        } else {
            SnapshotStatus::Failure
        };
        shoal_raft::Handle::report_snapshot(self, id, status)
    }
}

/// Who this member is to the others: its Raft id and swarm address ride on every request.
pub struct Options {
    pub self_id: u64,
    pub self_addr: String,
    pub identity: Identity,
}

enum Command {
    Send(Vec<Outbound>),
    Identity(ClientTlsConfig),
    Close,
}

/// A running transport: a tokio runtime (one worker thread) whose dispatcher task owns the
/// peers. Dropping it closes it.
pub struct Transport {
    commands: mpsc::UnboundedSender<Command>,
    heard: Arc<Mutex<HashMap<u64, String>>>,
    closed: Arc<AtomicBool>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Transport {
    pub fn start(options: Options, raft: Arc<dyn Raft>) -> Result<Transport, String> {
        if options.self_id == 0 {
            return Err("selfId must be a positive integer".into());
        }
        if options.self_addr.is_empty() {
            return Err("selfAddr must be this manager's host:port".into());
        }
        let tls = tls::client_config(&options.identity)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("shoal-transport")
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the transport's runtime: {e}"))?;
        let (commands, rx) = mpsc::unbounded_channel();
        let heard = Arc::new(Mutex::new(HashMap::new()));
        let closed = Arc::new(AtomicBool::new(false));
        let dispatcher = Dispatcher {
            sender: Sender {
                raft,
                from: options.self_id,
                from_addr: options.self_addr.into(),
                closed: closed.clone(),
                failures: Arc::default(),
            },
            tls,
            peers: HashMap::new(),
            heard: heard.clone(),
        };
        runtime.spawn(dispatcher.run(rx));
        Ok(Transport {
            commands,
            heard,
            closed,
            runtime: Some(runtime),
        })
    }

    /// What the Raft driver calls with each Ready's messages, on its own thread: it only
    /// queues them for the dispatcher, never blocks.
    pub fn sink(&self) -> impl FnMut(Vec<Outbound>) + Send + 'static {
        let commands = self.commands.clone();
        move |batch| {
            let _ = commands.send(Command::Send(batch));
        }
    }

    /// New certificate material (renewal, root rotation): every channel is reopened with it
    /// (queued messages are dropped; raft resends).
    pub fn set_identity(&self, identity: &Identity) -> Result<(), String> {
        let tls = tls::client_config(identity)?;
        self.commands
            .send(Command::Identity(tls))
            .map_err(|_| "the transport is closed".to_string())
    }

    /// Member `from` sent us messages from `addr`: where to answer it while the applied
    /// configuration does not name it.
    pub fn learn(&self, from: u64, addr: &str) {
        if from == 0 || addr.is_empty() {
            return;
        }
        let mut heard = self.heard.lock().unwrap();
        if heard.get(&from).map(String::as_str) != Some(addr) {
            heard.insert(from, addr.to_string());
        }
    }

    /// Stops sending: streams are cut and nothing more is reported to raft.
    pub fn close(&mut self) {
        self.closed.store(true, Ordering::Relaxed);
        let _ = self.commands.send(Command::Close);
        if let Some(rt) = self.runtime.take() {
            // Never blocks the caller (the JavaScript thread): tasks still running are
            // dropped where they are.
            rt.shutdown_background();
        }
    }
}

impl Drop for Transport {
    fn drop(&mut self) {
        self.close();
    }
}

/// A stream message received from a member (`ProcessRaftMessageRequest` bytes, as the
/// listener got them); InvalidArgument-worthy text when it does not decode.
pub fn decode_request(frame: &[u8]) -> Result<ProcessRaftMessageRequest, String> {
    ProcessRaftMessageRequest::decode(frame)
        .map_err(|e| format!("undecodable ProcessRaftMessageRequest: {e}"))
}

struct Dispatcher {
    sender: Sender,
    tls: ClientTlsConfig,
    peers: HashMap<u64, Peer>,
    heard: Arc<Mutex<HashMap<u64, String>>>,
}

impl Dispatcher {
    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<Command>) {
        while let Some(command) = rx.recv().await {
            match command {
                Command::Send(batch) => self.dispatch(batch),
                Command::Identity(tls) => {
                    self.tls = tls;
                    self.peers.clear();
                }
                Command::Close => break,
            }
        }
        self.peers.clear();
    }

    fn dispatch(&mut self, batch: Vec<Outbound>) {
        let addrs = self.addresses();
        // A member that left: its stream and channel go (they would stay open until it exits).
        self.peers.retain(|id, _| addrs.contains_key(id));
        let mut streamed: Vec<(u64, Vec<Vec<u8>>)> = Vec::new();
        for m in batch {
            let peer = match addrs.get(&m.to) {
                Some(addr) => self.peer(m.to, addr),
                None => Err("no address known (not in the configuration, never heard from)".into()),
            };
            if let Err(why) = peer {
                // Not (or no longer) a member we can reach: as good as unreachable.
                let addr = addrs.get(&m.to).map_or("?", String::as_str);
                self.sender.unreachable(m.to, addr, &why);
                if m.is_snapshot {
                    self.sender.raft.report_snapshot(m.to, false);
                }
                continue;
            }
            if m.is_snapshot {
                self.peers[&m.to].send_snapshot(&self.sender, m.to, m.bytes);
            } else {
                match streamed.iter_mut().find(|(id, _)| *id == m.to) {
                    Some((_, msgs)) => msgs.push(m.bytes),
                    None => streamed.push((m.to, vec![m.bytes])),
                }
            }
        }
        for (id, messages) in streamed {
            if let Some(peer) = self.peers.get_mut(&id) {
                peer.send(&self.sender, id, messages);
            }
        }
    }

    /// Every member's address: the applied configuration's contexts, then what senders
    /// told us for members it does not name yet.
    fn addresses(&self) -> HashMap<u64, String> {
        let mut heard = self.heard.lock().unwrap();
        let mut addrs = HashMap::new();
        for m in self.sender.raft.members() {
            heard.remove(&m.id); // the configuration has it now
            if !m.context.is_empty() {
                addrs.insert(m.id, String::from_utf8_lossy(&m.context).into_owned());
            }
        }
        for (id, addr) in heard.iter() {
            addrs.entry(*id).or_insert_with(|| addr.clone());
        }
        addrs
    }

    fn peer(&mut self, id: u64, addr: &str) -> Result<(), String> {
        if self.peers.get(&id).is_some_and(|p| p.addr != addr) {
            // The member moved (its context was replaced): a new channel to the new address.
            self.peers.remove(&id);
        }
        if !self.peers.contains_key(&id) {
            self.peers.insert(id, Peer::new(addr, &self.tls)?);
        }
        Ok(())
    }
}
