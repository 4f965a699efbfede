//! One member we send to: a channel to its swarm listener, the long-lived client stream
//! (Raft.StreamRaftMessages) its messages go out on, in the order raft produced them, and
//! unary calls for snapshots (Raft.ProcessRaftMessage), whose answer is the delivery report
//! raft needs.

use std::collections::HashMap;
use std::error::Error as _;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context as TaskContext, Poll};
use std::time::{Duration, Instant};

use http::uri::PathAndQuery;
use tokio::sync::mpsc;
use tokio::task::AbortHandle;
use tonic::client::Grpc;
use tonic::codec::ProstCodec;
use tonic::transport::{Channel, ClientTlsConfig, Endpoint};
use tonic::{Request, Status};

use crate::proto::{
    ProcessRaftMessageRequest, ProcessRaftMessageResponse, PROCESS_RAFT_MESSAGE,
    STREAM_RAFT_MESSAGES,
};
use crate::tls::{append_causes, source_chain};
use crate::Raft;

// Bytes queued for a peer's stream, not yet taken by the connection, before the peer counts
// as unreachable: a live peer reads as fast as the link carries (HTTP/2 flow control stops
// us taking more only when it does not), so only a stopped or cut-off one lets this much
// pile up, and the bound caps what it costs (raft alone would keep up to 256 appends of
// 1 MiB each in flight to it).
const MAX_BACKLOG: usize = 64 << 20;
// What one stream message gathers of the queue at most (a single bigger raft message goes
// alone; the receiver's limit is 257 MiB, RAFT_MAX_MESSAGE in src/rpc/raft.ts). Beyond the
// flow-control window, tonic and hyper hold at most two stream messages taken from the
// queue, so this also bounds what a stopped peer costs besides MAX_BACKLOG.
const MAX_FRAME: usize = 4 << 20;
const SNAPSHOT_DEADLINE: Duration = Duration::from_secs(120);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
// A peer that vanished without a FIN (a cut link) breaks the stream within ~15 s, so the
// next batch opens a new one; raft itself needs no transport error to carry on.
const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
const KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(5);
const FAILURE_LOG_EVERY: Duration = Duration::from_secs(60);

/// What every peer's calls share.
#[derive(Clone)]
pub(crate) struct Sender {
    pub raft: Arc<dyn Raft>,
    pub from: u64,
    pub from_addr: Arc<str>,
    /// Set once the transport closes: nothing is reported to raft after that.
    pub closed: Arc<AtomicBool>,
    /// The last failure logged per member and when, so a peer that stays down (or keeps
    /// refusing us) is logged once a minute, not on every batch.
    pub failures: Arc<Mutex<HashMap<u64, (String, Instant)>>>,
}

impl Sender {
    /// Reports member `id` unreachable to raft, and logs why (a new reason at once, the same
    /// one again after FAILURE_LOG_EVERY): the daemon's log is where an operator looks for a
    /// refused certificate or a wrong address.
    pub fn unreachable(&self, id: u64, addr: &str, why: &str) {
        if self.closed.load(Ordering::Relaxed) {
            return;
        }
        self.raft.report_unreachable(id);
        let mut failures = self.failures.lock().unwrap();
        let now = Instant::now();
        let quiet = failures
            .get(&id)
            .is_some_and(|(last, at)| last == why && now.duration_since(*at) < FAILURE_LOG_EVERY);
        if !quiet {
            eprintln!("shoal daemon: raft transport: member {id} at {addr} unreachable: {why}");
            failures.insert(id, (why.to_string(), now));
        }
    }
}

pub(crate) struct Peer {
    pub addr: String,
    channel: Channel,
    stream: Option<PeerStream>,
}

struct PeerStream {
    queue: mpsc::UnboundedSender<Vec<u8>>,
    unsent: Arc<AtomicUsize>,
    call: AbortHandle,
}

impl Peer {
    /// A channel that connects on first use (and again after a failure, on the next call).
    pub fn new(addr: &str, tls: &ClientTlsConfig) -> Result<Peer, String> {
        let endpoint = Endpoint::from_shared(format!("https://{addr}"))
            .map_err(|e| format!("member address {addr:?} is not host:port: {e}"))?
            .tls_config(tls.clone())
            .map_err(|e| source_chain(&e))?
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true)
            .http2_keep_alive_interval(KEEPALIVE_INTERVAL)
            .keep_alive_timeout(KEEPALIVE_TIMEOUT);
        Ok(Peer {
            addr: addr.to_string(),
            channel: endpoint.connect_lazy(),
            stream: None,
        })
    }

    /// Queues `messages` on the peer's stream, opening one if there is none (or the last
    /// ended). A stream holding more than MAX_BACKLOG unsent is dropped instead, with the
    /// batch, and the peer reported unreachable: raft resends once it answers, on a new one.
    pub fn send(&mut self, ctx: &Sender, id: u64, messages: Vec<Vec<u8>>) {
        if let Some(s) = &self.stream {
            if s.unsent.load(Ordering::Relaxed) > MAX_BACKLOG {
                self.drop_stream();
                ctx.unreachable(
                    id,
                    &self.addr,
                    &format!("over {} MiB queued: it stopped reading", MAX_BACKLOG >> 20),
                );
                return;
            }
        }
        for m in messages {
            let len = m.len();
            let mut m = Some(m);
            // Twice at most: a stream whose call ended just now takes the message on a new
            // one (in order); a new one's receiver is alive, barring a call that ended at once.
            for _ in 0..2 {
                let stream = match &self.stream {
                    Some(s) if !s.queue.is_closed() => s,
                    _ => self.stream.insert(self.open_stream(ctx, id)),
                };
                stream.unsent.fetch_add(len, Ordering::Relaxed);
                match stream.queue.send(m.take().unwrap()) {
                    Ok(()) => break,
                    Err(mpsc::error::SendError(back)) => {
                        stream.unsent.fetch_sub(len, Ordering::Relaxed);
                        m = Some(back);
                        self.stream = None;
                    }
                }
            }
        }
    }

    fn open_stream(&self, ctx: &Sender, id: u64) -> PeerStream {
        let (queue, rx) = mpsc::unbounded_channel();
        let unsent = Arc::new(AtomicUsize::new(0));
        let outbox = Outbox {
            rx,
            held: None,
            unsent: unsent.clone(),
            from: ctx.from,
            from_addr: ctx.from_addr.clone(),
        };
        let mut grpc = Grpc::new(self.channel.clone());
        let ctx = ctx.clone();
        let addr = self.addr.clone();
        let call = tokio::spawn(async move {
            let result = async {
                ready(&mut grpc).await?;
                grpc.client_streaming::<_, ProcessRaftMessageRequest, ProcessRaftMessageResponse, _>(
                    Request::new(outbox),
                    PathAndQuery::from_static(STREAM_RAFT_MESSAGES),
                    ProstCodec::default(),
                )
                .await
            }
            .await;
            // The stream ended: the peer refused it, or the connection failed or closed (a
            // TLS 1.3 server that refuses our certificate closes it after the client finished
            // its handshake: hyper then cancels the call). Our own drop_stream aborts this
            // task instead, which ends here with no result at all.
            if let Err(status) = result {
                ctx.unreachable(id, &addr, &describe(&status));
            }
        })
        .abort_handle();
        PeerStream {
            queue,
            unsent,
            call,
        }
    }

    fn drop_stream(&mut self) {
        if let Some(s) = self.stream.take() {
            s.call.abort(); // resets the HTTP/2 stream; the peer sees it cancelled
        }
    }

    /// A MsgSnapshot goes alone by unary call; its outcome is raft's delivery report.
    pub fn send_snapshot(&self, ctx: &Sender, id: u64, message: Vec<u8>) {
        let mut grpc = Grpc::new(self.channel.clone());
        let ctx = ctx.clone();
        let addr = self.addr.clone();
        tokio::spawn(async move {
            let mut request = Request::new(ProcessRaftMessageRequest {
                messages: vec![message],
                from: ctx.from,
                from_addr: ctx.from_addr.to_string(),
            });
            request.set_timeout(SNAPSHOT_DEADLINE);
            let call = async {
                ready(&mut grpc).await?;
                grpc.unary::<ProcessRaftMessageRequest, ProcessRaftMessageResponse, _>(
                    request,
                    PathAndQuery::from_static(PROCESS_RAFT_MESSAGE),
                    ProstCodec::default(),
                )
                .await
            };
            let outcome = match tokio::time::timeout(SNAPSHOT_DEADLINE, call).await {
                Ok(Ok(_)) => Ok(()),
                Ok(Err(status)) => Err(describe(&status)),
                Err(_) => Err(format!(
                    "snapshot not delivered within {SNAPSHOT_DEADLINE:?}"
                )),
            };
            if ctx.closed.load(Ordering::Relaxed) {
                return; // nothing to report to
            }
            let delivered = outcome.is_ok();
            if let Err(why) = outcome {
                ctx.unreachable(id, &addr, &format!("sending a snapshot: {why}"));
            }
            ctx.raft.report_snapshot(id, delivered);
        });
    }
}

/// Waits until the channel can take a call (connected); a connection that fails is the
/// peer being unavailable, with what the connection said.
async fn ready(grpc: &mut Grpc<Channel>) -> Result<(), Status> {
    grpc.ready()
        .await
        .map_err(|e| Status::unavailable(source_chain(&e)))
}

/// The code, what the peer said, and what the connection said ("Unknown: transport error:
/// received fatal alert: UnknownCA"): tonic's message alone is often just the first part.
fn describe(status: &Status) -> String {
    let mut s = format!("{:?}: {}", status.code(), status.message());
    append_causes(&mut s, status.source());
    s
}

impl Drop for Peer {
    fn drop(&mut self) {
        self.drop_stream();
    }
}

/// The request side of a peer's stream: each poll takes everything queued since the last
/// (up to MAX_FRAME) as one stream message, so what piles up while the connection is busy
/// goes out together.
struct Outbox {
    rx: mpsc::UnboundedReceiver<Vec<u8>>,
    /// A message that would have made the last stream message too big: first in the next.
    held: Option<Vec<u8>>,
    unsent: Arc<AtomicUsize>,
    from: u64,
    from_addr: Arc<str>,
}

impl futures_core::Stream for Outbox {
    type Item = ProcessRaftMessageRequest;

    fn poll_next(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let first = match this.held.take() {
            Some(m) => m,
            None => match this.rx.poll_recv(cx) {
                Poll::Ready(Some(m)) => m,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            },
        };
        let mut bytes = first.len();
        let mut messages = vec![first];
        while let Ok(m) = this.rx.try_recv() {
            if bytes + m.len() > MAX_FRAME {
                this.held = Some(m);
                break;
            }
            bytes += m.len();
            messages.push(m);
        }
        this.unsent.fetch_sub(bytes, Ordering::Relaxed);
        Poll::Ready(Some(ProcessRaftMessageRequest {
            messages,
            from: this.from,
            from_addr: this.from_addr.to_string(),
        }))
    }
}
