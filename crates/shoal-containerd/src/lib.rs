//! shoal's containerd client: images (registry pulls, archive imports, unpacking into the
//! snapshotter), containers and their tasks, over containerd's gRPC API on its unix socket.
//!
//! containerd 1.6 (Debian bookworm) has no transfer service, so this crate does what
//! containerd's own Go client does on the client side: it fetches blobs (from a registry
//! with `oci-client`, or from a `docker save`/OCI archive), writes them into the content
//! store, records the image, and unpacks the layers into the snapshotter (Prepare, diff
//! Apply, Commit under the chain id), all under a lease so garbage collection never sees
//! half an image. Everything is in one containerd namespace (shoal's own, `shoal`).
//!
//! No Node types here: crates/shoal-napi/src/containerd.rs is the JavaScript adapter.

pub mod archive;
mod content;
pub mod error;
pub mod images;
mod lease;
pub mod media;
pub mod reference;
pub mod registry;
pub mod rootfs;
pub mod runtime;
mod unpack;

use std::path::PathBuf;
use std::time::Duration;

use containerd_client::services::v1::version_client::VersionClient;
use tonic::transport::{Channel, Endpoint};

pub use error::{Code, Error, Result};

/// A connection to one containerd, in one namespace. Cheap to clone (one HTTP/2
/// connection underneath, shared).
#[derive(Clone)]
pub struct Client {
    channel: Channel,
    namespace: String,
    snapshotter: String,
}

impl Client {
    /// Connects lazily: nothing is dialled until the first call, so a containerd that
    /// starts later is found then (calls before that fail with Code::Unavailable).
    pub fn new(socket: impl Into<PathBuf>, namespace: &str, snapshotter: &str) -> Result<Client> {
        let socket = socket.into();
        if namespace.is_empty() || namespace.parse::<tonic::metadata::MetadataValue<_>>().is_err() {
            return Err(Error::new(Code::Invalid, format!("invalid containerd namespace {namespace:?}")));
        }
        let channel = Endpoint::try_from("http://[::]")
            .map_err(|e| Error::new(Code::Internal, e.to_string()))?
            .connect_timeout(Duration::from_secs(5))
            .connect_with_connector_lazy(tower::service_fn(move |_| {
                let socket = socket.clone();
                async move {
                    Ok::<_, std::io::Error>(hyper_util::rt::TokioIo::new(tokio::net::UnixStream::connect(socket).await?))
                }
            }));
        Ok(Client { channel, namespace: namespace.to_string(), snapshotter: snapshotter.to_string() })
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    pub fn snapshotter(&self) -> &str {
        &self.snapshotter
    }

    /// containerd's version: the cheap call that says whether it is reachable.
    pub async fn version(&self) -> Result<String> {
        let mut c = VersionClient::new(self.channel.clone());
        let v = c.version(()).await?.into_inner();
        Ok(v.version)
    }

    /// A request in this client's namespace (the `containerd-namespace` header), plus a
    /// lease when one is given (resources created under it are kept until it ends).
    pub(crate) fn request<T>(&self, msg: T, lease: Option<&str>) -> tonic::Request<T> {
        let mut req = tonic::Request::new(msg);
        let md = req.metadata_mut();
        md.insert("containerd-namespace", self.namespace.parse().expect("checked in new"));
        if let Some(l) = lease {
            if let Ok(v) = l.parse() {
                md.insert("containerd-lease", v);
            }
        }
        req
    }

    pub(crate) fn channel(&self) -> Channel {
        self.channel.clone()
    }
}

/// A name unique enough for an ingest ref, lease or scratch snapshot key.
pub(crate) fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    format!("{prefix}-{}-{t:x}-{n}", std::process::id())
}
