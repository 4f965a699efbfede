//! The transport against a real gRPC server over mutual TLS on loopback: a tonic server
//! that speaks the swarm listener's two Raft RPCs and records what arrives, with
//! certificates made for each test (rcgen). The local Raft member is a recording double
//! (the transport asks it for members and reports to it).

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{mpsc, Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair};
use shoal_raft::{Member, Outbound};
use shoal_transport::proto::{
    ProcessRaftMessageRequest, ProcessRaftMessageResponse, PROCESS_RAFT_MESSAGE,
    STREAM_RAFT_MESSAGES,
};
use shoal_transport::{decode_request, Identity, Options, Raft, Transport};
use tonic::body::BoxBody;
use tonic::codec::{ProstCodec, Streaming};
use tonic::server::{ClientStreamingService, Grpc, NamedService, UnaryService};
use tonic::transport::{Certificate, Server, ServerTlsConfig};
use tonic::{Request, Response, Status};

// How long a test waits for something the transport should do soon; a bound, not a
// timing assertion.
const PATIENCE: Duration = Duration::from_secs(20);

// ---- certificates ----------------------------------------------------------------------

struct Ca {
    cert: rcgen::Certificate,
    key: KeyPair,
}

impl Ca {
    fn new(name: &str) -> Ca {
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.distinguished_name.push(DnType::CommonName, name);
        let key = KeyPair::generate().unwrap();
        let cert = p.self_signed(&key).unwrap();
        Ca { cert, key }
    }

    fn pem(&self) -> String {
        self.cert.pem()
    }

    /// A node certificate as the cluster CA issues them: the role's DNS SAN, serverAuth and
    /// clientAuth.
    fn issue(&self, node: &str, sans: &[&str]) -> (String, String) {
        let mut p =
            CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
        p.distinguished_name.push(DnType::CommonName, node);
        p.extended_key_usages = vec![
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
        ];
        let key = KeyPair::generate().unwrap();
        let cert = p.signed_by(&key, &self.cert, &self.key).unwrap();
        (cert.pem(), key.serialize_pem())
    }

    fn manager_identity(&self, node: &str, roots: &str) -> Identity {
        let (cert_pem, key_pem) = self.issue(node, &["swarm-manager", "swarm-ca"]);
        Identity {
            cert_pem,
            key_pem,
            root_pem: roots.to_string(),
        }
    }
}

// ---- the receiving member: a tonic server with the listener's Raft RPCs -----------------

#[derive(Debug, Clone, PartialEq)]
enum Received {
    Stream(ProcessRaftMessageRequest),
    Unary(ProcessRaftMessageRequest),
    /// A stream ended: the sender closed or cut it.
    Ended,
}

#[derive(Clone)]
struct RaftService {
    got: mpsc::Sender<Received>,
    /// Stops reading a stream after its first message, as a stopped peer would.
    stall: bool,
}

impl NamedService for RaftService {
    const NAME: &'static str = "shoal.v1.Raft";
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl tower_service::Service<http::Request<BoxBody>> for RaftService {
    type Response = http::Response<BoxBody>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: http::Request<BoxBody>) -> Self::Future {
        let me = self.clone();
        Box::pin(async move {
            let mut grpc = Grpc::new(ProstCodec::<
                ProcessRaftMessageResponse,
                ProcessRaftMessageRequest,
            >::default());
            Ok(match req.uri().path() {
                STREAM_RAFT_MESSAGES => grpc.client_streaming(me, req).await,
                PROCESS_RAFT_MESSAGE => grpc.unary(me, req).await,
                _ => Status::unimplemented("not a Raft method").into_http(),
            })
        })
    }
}

impl ClientStreamingService<ProcessRaftMessageRequest> for RaftService {
    type Response = ProcessRaftMessageResponse;
    type Future = BoxFuture<Result<Response<ProcessRaftMessageResponse>, Status>>;

    fn call(&mut self, request: Request<Streaming<ProcessRaftMessageRequest>>) -> Self::Future {
        let got = self.got.clone();
        let stall = self.stall;
        Box::pin(async move {
            let mut stream = request.into_inner();
            loop {
                match stream.message().await {
                    Ok(Some(m)) => {
                        let _ = got.send(Received::Stream(m));
                        if stall {
                            std::future::pending::<()>().await;
                        }
                    }
                    Ok(None) | Err(_) => {
                        let _ = got.send(Received::Ended);
                        return Ok(Response::new(ProcessRaftMessageResponse {}));
                    }
                }
            }
        })
    }
}

impl UnaryService<ProcessRaftMessageRequest> for RaftService {
    type Response = ProcessRaftMessageResponse;
    type Future = BoxFuture<Result<Response<ProcessRaftMessageResponse>, Status>>;

    fn call(&mut self, request: Request<ProcessRaftMessageRequest>) -> Self::Future {
        let _ = self.got.send(Received::Unary(request.into_inner()));
        Box::pin(async { Ok(Response::new(ProcessRaftMessageResponse {})) })
    }
}

/// A listener on a loopback port that requires a client certificate chaining to
/// `client_roots`, serving with `cert_pem`/`key_pem`. Stops when the runtime drops.
struct Listener {
    addr: SocketAddr,
    got: mpsc::Receiver<Received>,
    _runtime: tokio::runtime::Runtime,
}

fn listen(cert_pem: &str, key_pem: &str, client_roots: &str) -> Listener {
    serve(cert_pem, key_pem, client_roots, false)
}

/// Member 2: a manager of `ca`'s swarm, accepting that swarm's members.
fn manager_listener(ca: &Ca) -> Listener {
    let (cert, key) = ca.issue("node-2", &["swarm-manager"]);
    listen(&cert, &key, &ca.pem())
}

fn serve(cert_pem: &str, key_pem: &str, client_roots: &str, stall: bool) -> Listener {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (tx, got) = mpsc::channel();
    let tls = ServerTlsConfig::new()
        .identity(tonic::transport::Identity::from_pem(cert_pem, key_pem))
        .client_ca_root(Certificate::from_pem(client_roots));
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    runtime.spawn(async move {
        Server::builder()
            .tls_config(tls)
            .unwrap()
            .add_service(RaftService { got: tx, stall })
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener))
            .await
            .unwrap();
    });
    Listener {
        addr,
        got,
        _runtime: runtime,
    }
}

impl Listener {
    fn next(&self) -> Option<Received> {
        self.got.recv_timeout(PATIENCE).ok()
    }

    /// Every message of every stream frame until `n` have arrived (frames may batch them).
    fn streamed(&self, n: usize) -> Vec<(u64, String, Vec<u8>)> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.next() {
                Some(Received::Stream(r)) => {
                    for m in r.messages {
                        out.push((r.from, r.from_addr.clone(), m));
                    }
                }
                Some(other) => panic!("expected stream messages, got {other:?}"),
                None => panic!("only {} of {n} messages arrived", out.len()),
            }
        }
        out
    }

    fn nothing_arrived(&self) -> bool {
        self.got.try_recv().is_err()
    }
}

// ---- the local member: what the transport asks and reports -------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Report {
    Unreachable(u64),
    Snapshot(u64, bool),
}

struct LocalRaft {
    members: Mutex<Vec<Member>>,
    reports: Mutex<mpsc::Sender<Report>>,
}

impl Raft for LocalRaft {
    fn members(&self) -> Vec<Member> {
        self.members.lock().unwrap().clone()
    }
    fn report_unreachable(&self, id: u64) {
        let _ = self.reports.lock().unwrap().send(Report::Unreachable(id));
    }
    fn report_snapshot(&self, id: u64, delivered: bool) {
        let _ = self
            .reports
            .lock()
            .unwrap()
            .send(Report::Snapshot(id, delivered));
    }
}

fn member(id: u64, addr: &str) -> Member {
    Member {
        id,
        context: addr.as_bytes().to_vec(),
    }
}

const SELF_ADDR: &str = "127.0.0.1:1";

/// Member 1 (us) with `identity`, in a configuration of `members`.
fn start(identity: Identity, members: Vec<Member>) -> (Transport, mpsc::Receiver<Report>) {
    let (tx, reports) = mpsc::channel();
    let raft = Arc::new(LocalRaft {
        members: Mutex::new(members),
        reports: Mutex::new(tx),
    });
    let transport = Transport::start(
        Options {
            self_id: 1,
            self_addr: SELF_ADDR.into(),
            identity,
        },
        raft,
    )
    .unwrap();
    (transport, reports)
}

/// Member 1 (us) with `identity`; member 2 is behind `server`.
fn start_with_peer(identity: Identity, server: &Listener) -> (Transport, mpsc::Receiver<Report>) {
    start(
        identity,
        vec![member(1, SELF_ADDR), member(2, &server.addr.to_string())],
    )
}

/// A message for member 2 must find the connection refused: the member reported
/// unreachable, nothing arrived.
fn assert_refused(transport: &Transport, reports: &mpsc::Receiver<Report>, server: &Listener) {
    transport.sink()(vec![msg(2, b"refused")]);
    assert_eq!(reports.recv_timeout(PATIENCE), Ok(Report::Unreachable(2)));
    assert!(server.nothing_arrived());
}

/// After an identity change the channels reopen with it: a message for member 2 arrives.
fn assert_delivered_with(transport: &Transport, identity: &Identity, server: &Listener) {
    transport.set_identity(identity).unwrap();
    transport.sink()(vec![msg(2, b"with the new identity")]);
    assert_eq!(server.streamed(1)[0].2, b"with the new identity".to_vec());
}

fn msg(to: u64, bytes: &[u8]) -> Outbound {
    Outbound {
        to,
        bytes: bytes.to_vec(),
        is_snapshot: false,
    }
}

fn snapshot(to: u64, bytes: &[u8]) -> Outbound {
    Outbound {
        to,
        bytes: bytes.to_vec(),
        is_snapshot: true,
    }
}

// ---- tests -------------------------------------------------------------------------------

#[test]
fn messages_reach_a_member_in_order_and_snapshots_are_reported() {
    let ca = Ca::new("root");
    let server = manager_listener(&ca);
    let (transport, reports) = start_with_peer(ca.manager_identity("node-1", &ca.pem()), &server);
    let mut send = transport.sink();
    let mut sent = Vec::new();
    for i in 0..50u32 {
        let batch: Vec<Outbound> = (0..(i % 3 + 1))
            .map(|j| msg(2, format!("m{i}-{j}").as_bytes()))
            .collect();
        sent.extend(batch.iter().map(|o| o.bytes.clone()));
        send(batch);
    }
    let got = server.streamed(sent.len());
    assert_eq!(got.iter().map(|g| g.2.clone()).collect::<Vec<_>>(), sent);
    assert!(got.iter().all(|g| g.0 == 1 && g.1 == SELF_ADDR));

    send(vec![snapshot(2, b"the whole store")]);
    assert_eq!(
        server.next(),
        Some(Received::Unary(ProcessRaftMessageRequest {
            messages: vec![b"the whole store".to_vec()],
            from: 1,
            from_addr: SELF_ADDR.into(),
        }))
    );
    assert_eq!(
        reports.recv_timeout(PATIENCE),
        Ok(Report::Snapshot(2, true))
    );
}

#[test]
fn a_member_not_in_the_configuration_is_reached_at_the_address_it_gave() {
    let ca = Ca::new("root");
    let (cert, key) = ca.issue("node-3", &["swarm-manager"]);
    let server = listen(&cert, &key, &ca.pem());
    let (transport, reports) = start(
        ca.manager_identity("node-1", &ca.pem()),
        vec![member(1, SELF_ADDR)],
    );
    let mut send = transport.sink();
    // Nothing known about member 3 yet: as good as unreachable.
    send(vec![msg(3, b"early"), snapshot(3, b"snap")]);
    assert_eq!(reports.recv_timeout(PATIENCE), Ok(Report::Unreachable(3)));
    assert_eq!(reports.recv_timeout(PATIENCE), Ok(Report::Unreachable(3)));
    assert_eq!(
        reports.recv_timeout(PATIENCE),
        Ok(Report::Snapshot(3, false))
    );
    transport.learn(3, &server.addr.to_string());
    send(vec![msg(3, b"hello")]);
    assert_eq!(server.streamed(1)[0].2, b"hello".to_vec());
}

#[test]
fn a_client_certificate_from_another_root_is_refused() {
    let ca = Ca::new("root");
    let other = Ca::new("another root");
    let server = manager_listener(&ca);
    // Our certificate is from another swarm; we trust the server's root all the same.
    let (transport, reports) =
        start_with_peer(other.manager_identity("node-1", &ca.pem()), &server);
    assert_refused(&transport, &reports, &server);

    // Renewed with a certificate of this swarm: traffic flows.
    assert_delivered_with(
        &transport,
        &ca.manager_identity("node-1", &ca.pem()),
        &server,
    );
}

#[test]
fn a_server_without_the_manager_name_is_refused() {
    let ca = Ca::new("root");
    // A worker's certificate: chains to the root, but names no manager.
    let (cert, key) = ca.issue("worker", &["swarm-worker"]);
    let server = listen(&cert, &key, &ca.pem());
    let (transport, reports) = start_with_peer(ca.manager_identity("node-1", &ca.pem()), &server);
    assert_refused(&transport, &reports, &server);
}

#[test]
fn a_server_from_another_root_is_refused_and_two_roots_are_trusted_at_once() {
    let ca = Ca::new("root");
    let next = Ca::new("next root");
    let (cert, key) = next.issue("node-2", &["swarm-manager"]);
    // The server accepts clients of either root (a rotation in progress).
    let both = format!("{}{}", ca.pem(), next.pem());
    let server = listen(&cert, &key, &both);
    let (transport, reports) = start_with_peer(ca.manager_identity("node-1", &ca.pem()), &server);
    assert_refused(&transport, &reports, &server);

    // Trusting both roots (as during a rotation): traffic flows.
    assert_delivered_with(&transport, &ca.manager_identity("node-1", &both), &server);
}

#[test]
fn a_member_that_left_is_forgotten() {
    let ca = Ca::new("root");
    let server = manager_listener(&ca);
    let (tx, _reports) = mpsc::channel();
    let raft = Arc::new(LocalRaft {
        members: Mutex::new(vec![
            member(1, SELF_ADDR),
            member(2, &server.addr.to_string()),
        ]),
        reports: Mutex::new(tx),
    });
    let transport = Transport::start(
        Options {
            self_id: 1,
            self_addr: SELF_ADDR.into(),
            identity: ca.manager_identity("node-1", &ca.pem()),
        },
        raft.clone(),
    )
    .unwrap();
    transport.sink()(vec![msg(2, b"still a member")]);
    assert_eq!(server.streamed(1)[0].2, b"still a member".to_vec());
    // Member 2 was removed; the next batch (for anyone) closes its stream.
    *raft.members.lock().unwrap() = vec![member(1, SELF_ADDR)];
    transport.sink()(vec![msg(3, b"for someone else")]);
    assert_eq!(server.next(), Some(Received::Ended));
}

#[test]
fn a_peer_that_stops_reading_is_dropped_once_its_backlog_passes_the_bound() {
    let ca = Ca::new("root");
    let (cert, key) = ca.issue("node-2", &["swarm-manager"]);
    let server = serve(&cert, &key, &ca.pem(), true);
    let (transport, reports) = start_with_peer(ca.manager_identity("node-1", &ca.pem()), &server);
    let mut send = transport.sink();
    send(vec![msg(2, b"first")]);
    assert_eq!(server.streamed(1)[0].2, b"first".to_vec());
    // 90 appends of 1 MiB: to a peer that reads nothing, HTTP/2 flow control lets at most
    // two stream messages (2 x 4 MiB) out of the queue, so over 64 MiB stays queued.
    send((0..90).map(|_| msg(2, &vec![7u8; 1 << 20])).collect());
    send(vec![msg(2, b"one more")]);
    assert_eq!(reports.recv_timeout(PATIENCE), Ok(Report::Unreachable(2)));
}

#[test]
fn unusable_identities_are_refused_with_what_is_wrong() {
    let ca = Ca::new("root");
    let good = ca.manager_identity("node-1", &ca.pem());
    let (tx, _reports) = mpsc::channel();
    let raft = Arc::new(LocalRaft {
        members: Mutex::new(Vec::new()),
        reports: Mutex::new(tx),
    });
    let attempt = |identity: Identity| {
        Transport::start(
            Options {
                self_id: 1,
                self_addr: SELF_ADDR.into(),
                identity,
            },
            raft.clone(),
        )
        .err()
        .unwrap_or_default()
    };
    let no_key = Identity {
        key_pem: String::new(),
        ..good.clone()
    };
    assert!(attempt(no_key).contains("keyPem holds no private key"));
    let no_cert = Identity {
        cert_pem: "garbage".into(),
        ..good.clone()
    };
    assert!(attempt(no_cert).contains("certPem holds no certificate"));
    let no_roots = Identity {
        root_pem: String::new(),
        ..good.clone()
    };
    assert!(attempt(no_roots).contains("rootPem holds no certificate"));
    let transport = Transport::start(
        Options {
            self_id: 1,
            self_addr: SELF_ADDR.into(),
            identity: good,
        },
        raft.clone(),
    )
    .unwrap();
    let err = transport
        .set_identity(&Identity {
            key_pem: String::new(),
            ..ca.manager_identity("node-1", &ca.pem())
        })
        .unwrap_err();
    assert!(err.contains("keyPem"), "{err}");
}

#[test]
fn received_frames_decode_or_are_refused() {
    use prost::Message as _;
    let req = ProcessRaftMessageRequest {
        messages: vec![b"a".to_vec(), b"bc".to_vec()],
        from: 7,
        from_addr: "10.0.0.7:2377".into(),
    };
    assert_eq!(decode_request(&req.encode_to_vec()).unwrap(), req);
    let err = decode_request(&[0xff, 0xff, 0xff]).unwrap_err();
    assert!(
        err.contains("undecodable ProcessRaftMessageRequest"),
        "{err}"
    );
}
