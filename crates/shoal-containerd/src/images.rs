//! Image records: a name pointing at a manifest (or index) in the content store, the
//! garbage collector's labels that keep its blobs and unpacked snapshots alive, and the
//! lookups the executor needs (the image config, the chain id to build a rootfs on).

use std::collections::HashMap;

use containerd_client::services::v1::images_client::ImagesClient;
use containerd_client::services::v1::snapshots::snapshots_client::SnapshotsClient;
use containerd_client::services::v1::snapshots::StatSnapshotRequest;
use containerd_client::services::v1::{CreateImageRequest, DeleteImageRequest, GetImageRequest, Image, ListImagesRequest, UpdateImageRequest};
use serde::Serialize;

use crate::media::{self, Descriptor, ImageConfig, Index, Manifest};
use crate::unpack::chain_ids;
use crate::{Client, Code, Error, Result};

/// What shoal knows of an image once it is in containerd.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageInfo {
    pub name: String,
    /// The digest of what the name points at (index or manifest): docker's RepoDigest.
    pub digest: String,
    pub media_type: String,
    /// The manifest chosen for this host's platform.
    pub manifest_digest: String,
    /// Compressed size of config and layers.
    pub size: i64,
    /// The image config blob, as JSON text: Entrypoint, Cmd, Env, User, WorkingDir,
    /// StopSignal, Healthcheck... are for the caller to read.
    pub config: String,
    /// The top layer's chain id: a container's snapshot is prepared on it.
    pub chain_id: String,
    pub created_at: i64,
}

/// An image's blobs once resolved for this platform.
pub(crate) struct Resolved {
    pub manifest_digest: String,
    pub manifest: Manifest,
    pub config_bytes: Vec<u8>,
    pub config: ImageConfig,
}

impl Client {
    /// Reads the manifest for this platform (through an index if the target is one) and
    /// the config, from the content store.
    pub(crate) async fn resolve_target(&self, target: &Descriptor) -> Result<Resolved> {
        let mut desc = target.clone();
        if media::is_index(&desc.media_type) {
            let index: Index = serde_json::from_slice(&self.content_read(&desc.digest).await?)?;
            desc = media::pick_platform(&index)
                .cloned()
                .ok_or_else(|| Error::new(Code::Invalid, format!("{} has no manifest for {:?}", target.digest, media::host_platform())))?;
        }
        if !media::is_manifest(&desc.media_type) {
            return Err(Error::new(Code::Invalid, format!("unsupported manifest media type {}", desc.media_type)));
        }
        let manifest: Manifest = serde_json::from_slice(&self.content_read(&desc.digest).await?)?;
        let config_bytes = self.content_read(&manifest.config.digest).await?;
        let config: ImageConfig = serde_json::from_slice(&config_bytes)?;
        Ok(Resolved { manifest_digest: desc.digest, manifest, config_bytes, config })
    }

    /// With every blob of the image in the content store: unpacks it, labels the blobs so
    /// the garbage collector keeps what the image uses, and points each name at target.
    pub(crate) async fn commit_image(&self, names: &[String], target: &Descriptor, lease: &str) -> Result<Vec<ImageInfo>> {
        let r = self.resolve_target(target).await?;
        let chain = self.unpack(&r.manifest.layers, &r.config, lease).await?;
        // Children first, so a label never points at something not yet kept.
        let snap_label = format!("containerd.io/gc.ref.snapshot.{}", self.snapshotter());
        self.content_label(&r.manifest.config.digest, HashMap::from([(snap_label, chain.clone())]), lease).await?;
        let mut labels = HashMap::from([("containerd.io/gc.ref.content.config".to_string(), r.manifest.config.digest.clone())]);
        for (i, l) in r.manifest.layers.iter().enumerate() {
            labels.insert(format!("containerd.io/gc.ref.content.l.{i}"), l.digest.clone());
        }
        self.content_label(&r.manifest_digest, labels, lease).await?;
        if r.manifest_digest != target.digest {
            let label = HashMap::from([("containerd.io/gc.ref.content.m.0".to_string(), r.manifest_digest.clone())]);
            self.content_label(&target.digest, label, lease).await?;
        }
        let mut out = Vec::new();
        for name in names {
            self.put_image(name, target, lease).await?;
            out.push(self.info_from(name.clone(), target, &r, chain.clone(), now()));
        }
        Ok(out)
    }

    async fn put_image(&self, name: &str, target: &Descriptor, lease: &str) -> Result<()> {
        let image = Image {
            name: name.to_string(),
            labels: HashMap::new(),
            target: Some(containerd_client::types::Descriptor {
                media_type: target.media_type.clone(),
                digest: target.digest.clone(),
                size: target.size,
                annotations: HashMap::new(),
            }),
            created_at: None,
            updated_at: None,
        };
        let mut c = ImagesClient::new(self.channel());
        match c.create(self.request(CreateImageRequest { image: Some(image.clone()), source_date_epoch: None }, Some(lease))).await {
            Ok(_) => Ok(()),
            Err(s) if s.code() == tonic::Code::AlreadyExists => {
                let mask = prost_types::FieldMask { paths: vec!["target".to_string()] };
                let req = UpdateImageRequest { image: Some(image), update_mask: Some(mask), source_date_epoch: None };
                c.update(self.request(req, Some(lease))).await?;
                Ok(())
            }
            Err(s) => Err(s.into()),
        }
    }

    fn info_from(&self, name: String, target: &Descriptor, r: &Resolved, chain_id: String, created_at: i64) -> ImageInfo {
        ImageInfo {
            name,
            digest: target.digest.clone(),
            media_type: target.media_type.clone(),
            manifest_digest: r.manifest_digest.clone(),
            size: r.manifest.config.size + r.manifest.layers.iter().map(|l| l.size).sum::<i64>(),
            config: String::from_utf8_lossy(&r.config_bytes).into_owned(),
            chain_id,
            created_at,
        }
    }

    /// The image of that exact (normalized) name.
    pub async fn image_get(&self, name: &str) -> Result<ImageInfo> {
        let mut c = ImagesClient::new(self.channel());
        let img = c
            .get(self.request(GetImageRequest { name: name.to_string() }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("image {name}")))?
            .into_inner()
            .image
            .ok_or_else(|| Error::new(Code::NotFound, format!("image {name} not found")))?;
        self.info_of(img).await
    }

    async fn info_of(&self, img: Image) -> Result<ImageInfo> {
        let t = img.target.ok_or_else(|| Error::new(Code::Corrupt, format!("image {} has no target", img.name)))?;
        let target = Descriptor { media_type: t.media_type, digest: t.digest, size: t.size, platform: None, annotations: None };
        let r = self.resolve_target(&target).await.map_err(|e| e.context(format!("image {}", img.name)))?;
        let chain = chain_ids(&r.config.rootfs.diff_ids).pop().unwrap_or_default();
        let created = img.created_at.map(|t| t.seconds * 1000 + i64::from(t.nanos) / 1_000_000).unwrap_or(0);
        Ok(self.info_from(img.name, &target, &r, chain, created))
    }

    pub async fn image_list(&self) -> Result<Vec<ImageInfo>> {
        let mut c = ImagesClient::new(self.channel());
        let images = c.list(self.request(ListImagesRequest { filters: vec![] }, None)).await?.into_inner().images;
        let mut out = Vec::with_capacity(images.len());
        for img in images {
            // An image whose blobs are gone (removed by hand) is listed by name only.
            let name = img.name.clone();
            match self.info_of(img).await {
                Ok(i) => out.push(i),
                Err(e) if e.code == Code::NotFound => out.push(ImageInfo {
                    name,
                    digest: String::new(),
                    media_type: String::new(),
                    manifest_digest: String::new(),
                    size: 0,
                    config: String::new(),
                    chain_id: String::new(),
                    created_at: 0,
                }),
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// Removes the name; containerd's garbage collector then frees the blobs and snapshots
    /// no other image or container uses (synchronously, before this returns).
    pub async fn image_remove(&self, name: &str) -> Result<()> {
        let mut c = ImagesClient::new(self.channel());
        c.delete(self.request(DeleteImageRequest { name: name.to_string(), sync: true, target: None }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("image {name}")))?;
        Ok(())
    }

    /// Makes sure the image's layers are unpacked (a snapshot may have been removed since
    /// the image was pulled) and returns its info. The common case, everything unpacked,
    /// costs one Stat and no lease (ending a lease schedules a garbage collection).
    pub async fn image_prepare(&self, name: &str) -> Result<ImageInfo> {
        let info = self.image_get(name).await?;
        let mut snaps = SnapshotsClient::new(self.channel());
        let stat = StatSnapshotRequest { snapshotter: self.snapshotter().to_string(), key: info.chain_id.clone() };
        match snaps.stat(self.request(stat, None)).await {
            Ok(_) => return Ok(info),
            Err(s) if s.code() == tonic::Code::NotFound => {}
            Err(s) => return Err(s.into()),
        }
        let target = Descriptor { media_type: info.media_type.clone(), digest: info.digest.clone(), size: 0, platform: None, annotations: None };
        let r = self.resolve_target(&target).await?;
        let lease = crate::lease::Lease::create(self).await?;
        let out = self.unpack(&r.manifest.layers, &r.config, &lease.id).await;
        lease.release().await;
        out?;
        Ok(info)
    }
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}
