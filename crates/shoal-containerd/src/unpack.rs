//! Unpacking an image's layers into the snapshotter, as containerd's own unpacker does:
//! for each layer, Prepare a scratch snapshot on the previous chain id, Apply the layer
//! into it (the diff service checks the uncompressed digest), and Commit it under its own
//! chain id. A chain already unpacked (by an earlier image sharing the layers) is reused.

use std::collections::HashMap;

use containerd_client::services::v1::diff_client::DiffClient;
use containerd_client::services::v1::snapshots::snapshots_client::SnapshotsClient;
use containerd_client::services::v1::snapshots::{CommitSnapshotRequest, PrepareSnapshotRequest, RemoveSnapshotRequest, StatSnapshotRequest};
use containerd_client::services::v1::ApplyRequest;
use sha2::{Digest, Sha256};

use crate::media::{Descriptor, ImageConfig};
use crate::{unique, Client, Code, Error, Result};

/// The chain ids of a stack of layers (OCI image-spec "ChainID"): the first layer's is its
/// diff id, each next one sha256("<parent chain id> <diff id>").
pub fn chain_ids(diff_ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(diff_ids.len());
    for d in diff_ids {
        let next = match out.last() {
            None => d.clone(),
            Some(parent) => format!("sha256:{}", hex::encode(Sha256::digest(format!("{parent} {d}").as_bytes()))),
        };
        out.push(next);
    }
    out
}

impl Client {
    /// Unpacks the layers (already in the content store) and returns the top chain id,
    /// the parent of every container's snapshot.
    pub(crate) async fn unpack(&self, layers: &[Descriptor], config: &ImageConfig, lease: &str) -> Result<String> {
        let diff_ids = &config.rootfs.diff_ids;
        if diff_ids.len() != layers.len() {
            return Err(Error::new(
                Code::Corrupt,
                format!("the image has {} layers but its config lists {} diff ids", layers.len(), diff_ids.len()),
            ));
        }
        let chains = chain_ids(diff_ids);
        let mut snaps = SnapshotsClient::new(self.channel());
        let mut parent = String::new();
        for (i, (layer, chain)) in layers.iter().zip(&chains).enumerate() {
            let stat = StatSnapshotRequest { snapshotter: self.snapshotter().to_string(), key: chain.clone() };
            match snaps.stat(self.request(stat, Some(lease))).await {
                Ok(_) => {
                    parent = chain.clone();
                    continue;
                }
                Err(s) if s.code() == tonic::Code::NotFound => {}
                Err(s) => return Err(s.into()),
            }
            let key = unique(&format!("extract-{}", chain.trim_start_matches("sha256:")));
            let prep = PrepareSnapshotRequest {
                snapshotter: self.snapshotter().to_string(),
                key: key.clone(),
                parent: parent.clone(),
                labels: HashMap::new(),
            };
            let mounts = snaps.prepare(self.request(prep, Some(lease))).await?.into_inner().mounts;
            let applied = async {
                let mut diff = DiffClient::new(self.channel());
                let desc = containerd_client::types::Descriptor {
                    media_type: layer.media_type.clone(),
                    digest: layer.digest.clone(),
                    size: layer.size,
                    annotations: HashMap::new(),
                };
                let req = ApplyRequest { diff: Some(desc), mounts, payloads: HashMap::new(), sync_fs: false };
                let applied = diff.apply(self.request(req, Some(lease))).await.map_err(|s| malformed_layer(s, i, &layer.digest))?.into_inner().applied;
                let got = applied.map(|d| d.digest).unwrap_or_default();
                if got != diff_ids[i] {
                    return Err(Error::new(
                        Code::Corrupt,
                        format!("layer {} ({}) unpacks to {got}, but the image config says {}", i + 1, layer.digest, diff_ids[i]),
                    ));
                }
                let commit = CommitSnapshotRequest {
                    snapshotter: self.snapshotter().to_string(),
                    name: chain.clone(),
                    key: key.clone(),
                    labels: HashMap::new(),
                };
                match snaps.clone().commit(self.request(commit, Some(lease))).await {
                    Ok(_) => Ok(()),
                    // Unpacked by someone else meanwhile: theirs is the same bytes.
                    Err(s) if s.code() == tonic::Code::AlreadyExists => Err(Error::new(Code::AlreadyExists, "")),
                    Err(s) => Err(s.into()),
                }
            }
            .await;
            match applied {
                Ok(()) => {}
                Err(e) => {
                    let rm = RemoveSnapshotRequest { snapshotter: self.snapshotter().to_string(), key };
                    let _ = snaps.remove(self.request(rm, Some(lease))).await;
                    if e.code != Code::AlreadyExists {
                        return Err(e.context(format!("unpacking layer {}", layer.digest)));
                    }
                }
            }
            parent = chain.clone();
        }
        Ok(parent)
    }
}

/// containerd's diff service answers a layer that is no valid (compressed) tar with
/// codes.Unknown and the Go reader's words; that is the image's fault, not the host's.
fn malformed_layer(s: tonic::Status, i: usize, digest: &str) -> Error {
    let m = s.message();
    if s.code() == tonic::Code::Unknown && ["archive/tar:", "gzip:", "flate:", "zstd:", "unexpected EOF"].iter().any(|w| m.contains(w)) {
        return Error::new(Code::Corrupt, format!("layer {} ({digest}) is not a valid layer archive: {m}", i + 1));
    }
    s.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_ids_follow_the_image_spec() {
        let a = "sha256:aaaa".to_string();
        let b = "sha256:bbbb".to_string();
        let ids = chain_ids(&[a.clone(), b.clone()]);
        assert_eq!(ids[0], a);
        let want = format!("sha256:{}", hex::encode(Sha256::digest(b"sha256:aaaa sha256:bbbb")));
        assert_eq!(ids[1], want);
    }
}
