//! Pulls by the OCI distribution protocol, with `oci-client` (anonymous, basic, or the
//! bearer-token exchange registries such as Docker Hub ask for). Blobs stream from the
//! registry into containerd's content store; nothing is staged on disk by shoal.

use std::sync::Once;

use oci_client::client::{ClientConfig, ClientProtocol};
use oci_client::manifest::OciDescriptor;
use oci_client::secrets::RegistryAuth;
use oci_client::Reference;

use crate::images::ImageInfo;
use crate::lease::Lease;
use crate::media::{self, Descriptor, Index, Manifest};
use crate::reference::{is_loopback_registry, parse};
use crate::{Client, Code, Error, Result};

/// Credentials for one pull: none, or a user name and password (or token) that oci-client
/// trades for a bearer token when the registry asks for one.
#[derive(Clone, Default)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

const ACCEPTED: &[&str] = &[media::OCI_INDEX, media::DOCKER_MANIFEST_LIST, media::OCI_MANIFEST, media::DOCKER_MANIFEST];

fn install_crypto() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

fn registry_client(reference: &Reference) -> oci_client::Client {
    install_crypto();
    let registry = reference.resolve_registry().to_string();
    let protocol = if is_loopback_registry(&registry) {
        ClientProtocol::HttpsExcept(vec![registry, reference.registry().to_string()])
    } else {
        ClientProtocol::Https
    };
    // Bounded: an unreachable registry fails the pull (or the digest lookup) in seconds.
    oci_client::Client::new(ClientConfig { protocol, connect_timeout: Some(std::time::Duration::from_secs(10)), ..Default::default() })
}

/// The media type a manifest's JSON says it has (OCI ones may leave it out).
fn media_type_of(bytes: &[u8]) -> Result<String> {
    let v: serde_json::Value = serde_json::from_slice(bytes)?;
    if let Some(m) = v.get("mediaType").and_then(|m| m.as_str()) {
        return Ok(m.to_string());
    }
    Ok(if v.get("manifests").is_some() { media::OCI_INDEX } else { media::OCI_MANIFEST }.to_string())
}

fn auth_of(creds: Option<Credentials>) -> RegistryAuth {
    match creds {
        Some(c) if !c.username.is_empty() || !c.password.is_empty() => RegistryAuth::Basic(c.username, c.password),
        _ => RegistryAuth::Anonymous,
    }
}

/// The digest the registry has for a reference right now (docker's distribution inspect):
/// what a manager pins a service's image to, so every node runs the same bytes. Needs no
/// containerd.
pub async fn resolve_digest(name: &str, creds: Option<Credentials>) -> Result<String> {
    let reference = parse(name)?;
    let reg = registry_client(&reference);
    let (bytes, _) = reg
        .pull_manifest_raw(&reference, &auth_of(creds), ACCEPTED)
        .await
        .map_err(|e| Error::from(e).context(format!("resolving {}", reference.whole())))?;
    Ok(media::digest_of(&bytes))
}

impl Client {
    /// Pulls an image (all of it, for this host's platform) and unpacks it. Returns the
    /// image as recorded under its normalized name.
    pub async fn pull(&self, name: &str, creds: Option<Credentials>) -> Result<ImageInfo> {
        let reference = parse(name)?;
        let whole = reference.whole();
        self.pull_ref(&reference, creds).await.map_err(|e| e.context(format!("pulling {whole}")))
    }

    async fn pull_ref(&self, reference: &Reference, creds: Option<Credentials>) -> Result<ImageInfo> {
        let auth = auth_of(creds);
        let reg = registry_client(reference);
        let (bytes, _) = reg.pull_manifest_raw(reference, &auth, ACCEPTED).await?;
        let digest = media::digest_of(&bytes);
        if let Some(want) = reference.digest() {
            if want != digest {
                return Err(Error::new(Code::Corrupt, format!("the registry sent a manifest of digest {digest}, not {want}")));
            }
        }
        let target = Descriptor { media_type: media_type_of(&bytes)?, digest, size: bytes.len() as i64, platform: None, annotations: None };
        let lease = Lease::create(self).await?;
        let out = async {
            self.content_write(&target.digest, target.size, &lease.id, once(bytes.clone())).await?;
            let manifest_bytes = if media::is_index(&target.media_type) {
                let index: Index = serde_json::from_slice(&bytes)?;
                let desc = media::pick_platform(&index)
                    .cloned()
                    .ok_or_else(|| Error::new(Code::Invalid, format!("no manifest for {:?} in the image index", media::host_platform())))?;
                let (m, _) = reg.pull_manifest_raw(&reference.clone_with_digest(desc.digest.clone()), &auth, ACCEPTED).await?;
                if media::digest_of(&m) != desc.digest {
                    return Err(Error::new(Code::Corrupt, format!("manifest {} does not match its digest", desc.digest)));
                }
                self.content_write(&desc.digest, m.len() as i64, &lease.id, once(m.clone())).await?;
                m
            } else {
                bytes.clone()
            };
            let manifest: Manifest = serde_json::from_slice(&manifest_bytes)?;
            for blob in std::iter::once(&manifest.config).chain(manifest.layers.iter()) {
                if !media::valid_digest(&blob.digest) {
                    return Err(Error::new(Code::Corrupt, format!("invalid digest {:?} in the manifest", blob.digest)));
                }
                if self.content_exists(&blob.digest).await? {
                    continue;
                }
                let d = OciDescriptor { media_type: blob.media_type.clone(), digest: blob.digest.clone(), size: blob.size, urls: None, annotations: None, artifact_type: None };
                let stream = reg.pull_blob_stream(reference, &d).await?;
                self.content_write(&blob.digest, blob.size, &lease.id, stream.stream).await?;
            }
            let mut infos = self.commit_image(&[reference.whole()], &target, &lease.id).await?;
            Ok(infos.remove(0))
        }
        .await;
        lease.release().await;
        out
    }
}

fn once(b: bytes::Bytes) -> impl futures_util::Stream<Item = std::result::Result<bytes::Bytes, std::io::Error>> + Unpin {
    futures_util::stream::iter([Ok(b)])
}
