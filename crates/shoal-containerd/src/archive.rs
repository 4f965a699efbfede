//! Image archives, as `docker save` writes them (manifest.json naming a config and layer
//! tars per image, the layout docker load reads; Docker 25+ puts the same manifest.json
//! beside an OCI layout) or a bare OCI image layout (index.json + blobs/). Imported as
//! `docker load` does: every blob into the content store, the image unpacked, its
//! RepoTags (or, for OCI layouts, the io.containerd.image.name / ref.name annotations) as
//! names. The archive is read in place (an index of its members, then each member read
//! at its offset): nothing is extracted to disk.

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use futures_util::Stream;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::images::ImageInfo;
use crate::lease::Lease;
use crate::media::{self, Descriptor, Index, Manifest};
use crate::{Client, Code, Error, Result};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SaveEntry {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    layers: Vec<String>,
}

/// Where each regular member of the tar lies.
struct Members {
    path: PathBuf,
    at: HashMap<String, (u64, u64)>,
}

fn corrupt(msg: impl Into<String>) -> Error {
    Error::new(Code::Corrupt, msg)
}

fn clean(name: &str) -> String {
    let mut s = name.trim_start_matches("./").to_string();
    while s.ends_with('/') {
        s.pop();
    }
    s
}

impl Members {
    fn scan(path: &Path) -> Result<Members> {
        let file = std::fs::File::open(path).map_err(|e| Error::from(e).context(format!("opening {}", path.display())))?;
        let mut ar = tar::Archive::new(file);
        let mut at = HashMap::new();
        let mut links = Vec::new();
        let entries = ar.entries().map_err(|e| corrupt(format!("not a tar archive: {e}")))?;
        for entry in entries {
            let entry = entry.map_err(|e| corrupt(format!("not a valid tar archive (truncated, or not a tar at all): {e}")))?;
            let name = clean(&entry.path().map_err(|e| corrupt(e.to_string()))?.to_string_lossy());
            let kind = entry.header().entry_type();
            if kind.is_file() {
                at.insert(name, (entry.raw_file_position(), entry.size()));
            } else if kind.is_symlink() || kind.is_hard_link() {
                // docker save links identical layers to one copy.
                if let Ok(Some(target)) = entry.link_name() {
                    let target = target.to_string_lossy().to_string();
                    let resolved = if kind.is_symlink() {
                        Path::new(&name).parent().unwrap_or(Path::new("")).join(&target).to_string_lossy().to_string()
                    } else {
                        target
                    };
                    links.push((name, normalize_path(&resolved)));
                }
            }
        }
        for (name, target) in links {
            if let Some(v) = at.get(&target).copied() {
                at.insert(name, v);
            }
        }
        if at.is_empty() {
            return Err(corrupt("the archive holds no files"));
        }
        Ok(Members { path: path.to_path_buf(), at })
    }

    fn get(&self, name: &str) -> Result<(u64, u64)> {
        self.at.get(&clean(name)).copied().ok_or_else(|| corrupt(format!("the archive has no {name}")))
    }

    fn has(&self, name: &str) -> bool {
        self.at.contains_key(name)
    }

    fn read_small(&self, name: &str) -> Result<Vec<u8>> {
        let (off, size) = self.get(name)?;
        if size > 64 << 20 {
            return Err(corrupt(format!("{name} is too large ({size} bytes) for a manifest or config")));
        }
        let mut f = std::fs::File::open(&self.path)?;
        f.seek(SeekFrom::Start(off))?;
        let mut buf = vec![0; size as usize];
        f.read_exact(&mut buf).map_err(|e| corrupt(format!("reading {name}: {e}")))?;
        Ok(buf)
    }

    /// The digest of a member and whether it is gzip-compressed (one pass over it).
    fn digest(&self, name: &str) -> Result<(String, u64, bool)> {
        let (off, size) = self.get(name)?;
        let mut f = std::fs::File::open(&self.path)?;
        f.seek(SeekFrom::Start(off))?;
        let mut r = f.take(size);
        let mut h = Sha256::new();
        let mut buf = vec![0; 1 << 20];
        let mut first = true;
        let mut gzip = false;
        loop {
            let n = r.read(&mut buf)?;
            if n == 0 {
                break;
            }
            if first {
                gzip = n >= 2 && buf[0] == 0x1f && buf[1] == 0x8b;
                first = false;
            }
            h.update(&buf[..n]);
        }
        Ok((format!("sha256:{}", hex::encode(h.finalize())), size, gzip))
    }

    /// A member as a stream of chunks (for the content store).
    fn stream(&self, name: &str) -> Result<impl Stream<Item = std::result::Result<bytes::Bytes, std::io::Error>> + Unpin> {
        let (off, size) = self.get(name)?;
        let mut f = std::fs::File::open(&self.path)?;
        f.seek(SeekFrom::Start(off))?;
        let state = (f.take(size), false);
        Ok(Box::pin(futures_util::stream::unfold(state, |(mut r, done)| async move {
            if done {
                return None;
            }
            let mut buf = vec![0; 1 << 20];
            match tokio::task::block_in_place(|| r.read(&mut buf)) {
                Ok(0) => None,
                Ok(n) => {
                    buf.truncate(n);
                    Some((Ok(bytes::Bytes::from(buf)), (r, false)))
                }
                Err(e) => Some((Err(e), (r, true))),
            }
        })))
    }
}

fn normalize_path(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    parts.join("/")
}

fn blob_path(digest: &str) -> Result<String> {
    if !media::valid_digest(digest) {
        return Err(corrupt(format!("invalid digest {digest:?}")));
    }
    Ok(format!("blobs/{}", digest.replacen(':', "/", 1)))
}

impl Client {
    /// Imports every image of an archive. Returns them as recorded.
    pub async fn import_archive(&self, path: &Path) -> Result<Vec<ImageInfo>> {
        let p = path.to_path_buf();
        let members = tokio::task::spawn_blocking(move || Members::scan(&p))
            .await
            .map_err(|e| Error::new(Code::Internal, e.to_string()))?
            .map_err(|e| e.context(format!("importing {}", path.display())))?;
        let lease = Lease::create(self).await?;
        let out = if members.has("manifest.json") {
            self.import_docker_save(&members, &lease.id).await
        } else if members.has("index.json") {
            self.import_oci_layout(&members, &lease.id).await
        } else {
            Err(corrupt("neither manifest.json (docker save) nor index.json (OCI layout) in the archive"))
        };
        lease.release().await;
        out.map_err(|e| e.context(format!("importing {}", path.display())))
    }

    async fn import_docker_save(&self, m: &Members, lease: &str) -> Result<Vec<ImageInfo>> {
        let entries: Vec<SaveEntry> = serde_json::from_slice(&m.read_small("manifest.json")?)
            .map_err(|e| corrupt(format!("manifest.json: {e}")))?;
        if entries.is_empty() {
            return Err(corrupt("manifest.json lists no image"));
        }
        let mut out = Vec::new();
        for e in entries {
            let config = m.read_small(&e.config)?;
            let parsed: media::ImageConfig = serde_json::from_slice(&config).map_err(|err| corrupt(format!("{}: not an image config: {err}", e.config)))?;
            if parsed.rootfs.diff_ids.len() != e.layers.len() {
                return Err(corrupt(format!("manifest.json lists {} layers but {} lists {} diff ids", e.layers.len(), e.config, parsed.rootfs.diff_ids.len())));
            }
            let config_digest = media::digest_of(&config);
            self.content_write(&config_digest, config.len() as i64, lease, futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(config.clone()))])).await?;
            let mut layers = Vec::new();
            for (l, diff_id) in e.layers.iter().zip(&parsed.rootfs.diff_ids) {
                let (digest, size, gzip) = m.digest(l)?;
                // An uncompressed layer is its own diff: checked here, as docker load does,
                // so a damaged one is named before containerd tries to unpack it.
                if !gzip && &digest != diff_id {
                    return Err(corrupt(format!("layer {l} does not match the image config: its digest is {digest}, the config's diff id {diff_id}")));
                }
                let media_type = if gzip { media::DOCKER_LAYER_GZIP } else { media::DOCKER_LAYER };
                self.content_write(&digest, size as i64, lease, m.stream(l)?).await?;
                layers.push(Descriptor { media_type: media_type.to_string(), digest, size: size as i64, platform: None, annotations: None });
            }
            let manifest = Manifest {
                schema_version: 2,
                media_type: Some(media::DOCKER_MANIFEST.to_string()),
                config: Descriptor { media_type: media::DOCKER_CONFIG.to_string(), digest: config_digest, size: config.len() as i64, platform: None, annotations: None },
                layers,
            };
            let bytes = serde_json::to_vec(&manifest)?;
            let target = Descriptor { media_type: media::DOCKER_MANIFEST.to_string(), digest: media::digest_of(&bytes), size: bytes.len() as i64, platform: None, annotations: None };
            self.content_write(&target.digest, target.size, lease, futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(bytes))])).await?;
            let mut names = Vec::new();
            for t in e.repo_tags.unwrap_or_default() {
                names.push(crate::reference::normalize(&t)?);
            }
            if names.is_empty() {
                return Err(Error::new(Code::Invalid, format!("image {} has no RepoTags: give it a name when saving it", e.config)));
            }
            out.extend(self.commit_image(&names, &target, lease).await?);
        }
        Ok(out)
    }

    async fn import_oci_layout(&self, m: &Members, lease: &str) -> Result<Vec<ImageInfo>> {
        let index: Index = serde_json::from_slice(&m.read_small("index.json")?).map_err(|e| corrupt(format!("index.json: {e}")))?;
        let mut out = Vec::new();
        for desc in &index.manifests {
            let ann = desc.annotations.clone().unwrap_or_default();
            let name = match ann.get("io.containerd.image.name").or_else(|| ann.get("org.opencontainers.image.ref.name")) {
                Some(n) => crate::reference::normalize(n)?,
                None => return Err(Error::new(Code::Invalid, format!("manifest {} in index.json has no image name annotation", desc.digest))),
            };
            self.copy_tree(m, desc, lease).await?;
            let target = Descriptor { annotations: None, platform: None, ..desc.clone() };
            out.extend(self.commit_image(&[name], &target, lease).await?);
        }
        Ok(out)
    }

    /// Copies a manifest or index and everything it references (for this platform) into
    /// the content store.
    async fn copy_tree(&self, m: &Members, desc: &Descriptor, lease: &str) -> Result<()> {
        let mut todo = vec![desc.clone()];
        while let Some(d) = todo.pop() {
            let path = blob_path(&d.digest)?;
            if media::is_index(&d.media_type) || media::is_manifest(&d.media_type) {
                let bytes = m.read_small(&path)?;
                if media::digest_of(&bytes) != d.digest {
                    return Err(corrupt(format!("{path} does not match its digest")));
                }
                if media::is_index(&d.media_type) {
                    let idx: Index = serde_json::from_slice(&bytes)?;
                    todo.extend(media::pick_platform(&idx).cloned());
                } else {
                    let man: Manifest = serde_json::from_slice(&bytes)?;
                    todo.push(man.config.clone());
                    todo.extend(man.layers.iter().cloned());
                }
                self.content_write(&d.digest, bytes.len() as i64, lease, futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(bytes))])).await?;
            } else {
                self.content_write(&d.digest, d.size, lease, m.stream(&path)?).await?;
            }
        }
        Ok(())
    }
}
