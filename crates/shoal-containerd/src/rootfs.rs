//! Reading files of an image's root filesystem without running it: what docker does to
//! resolve `--user NAME` against the image's /etc/passwd and /etc/group. A read-only view
//! snapshot on the image's top chain id gives the layer directories (overlayfs: lowerdir,
//! top first; one layer or the native snapshotter: a bind mount of one directory); each
//! path is looked up through them as overlayfs would, the view removed at once (the
//! directories are the image's committed layers and stay).

use std::collections::HashMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use containerd_client::services::v1::snapshots::snapshots_client::SnapshotsClient;
use containerd_client::services::v1::snapshots::{RemoveSnapshotRequest, ViewSnapshotRequest};
use containerd_client::types::Mount;

use crate::lease::Lease;
use crate::{unique, Client, Code, Error, Result};

/// The directories a mount list stacks, top first; Invalid for a mount this reader does
/// not understand.
pub fn layer_dirs(mounts: &[Mount]) -> Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    for m in mounts {
        match m.r#type.as_str() {
            "bind" | "rbind" => dirs.push(PathBuf::from(&m.source)),
            "overlay" => {
                // upperdir (an active snapshot's) is above every lowerdir.
                if let Some(up) = m.options.iter().find_map(|o| o.strip_prefix("upperdir=")) {
                    dirs.push(PathBuf::from(up));
                }
                if let Some(low) = m.options.iter().find_map(|o| o.strip_prefix("lowerdir=")) {
                    dirs.extend(low.split(':').map(PathBuf::from));
                }
            }
            other => return Err(Error::new(Code::Invalid, format!("cannot read an image rootfs mounted as {other:?}"))),
        }
    }
    Ok(dirs)
}

/// The file at `rel` (relative to the rootfs) through the stacked directories: the top
/// one that has the name decides; an overlayfs whiteout (a 0/0 character device) or
/// anything but a regular file means absent.
pub fn read_through(dirs: &[PathBuf], rel: &str) -> Option<Vec<u8>> {
    let rel = Path::new(rel.trim_start_matches('/'));
    for d in dirs {
        let p = d.join(rel);
        let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
        let ft = meta.file_type();
        if ft.is_char_device() && meta.rdev() == 0 {
            return None;
        }
        if !ft.is_file() {
            return None;
        }
        return std::fs::read(&p).ok();
    }
    None
}

impl Client {
    /// The files at `paths` in the image whose top chain id is `chain_id` (None where
    /// absent), read from its unpacked layers.
    pub async fn rootfs_read(&self, chain_id: &str, paths: &[String]) -> Result<Vec<Option<Vec<u8>>>> {
        let lease = Lease::create(self).await?;
        let key = unique("shoal-view");
        let mut snaps = SnapshotsClient::new(self.channel());
        let view = ViewSnapshotRequest { snapshotter: self.snapshotter().to_string(), key: key.clone(), parent: chain_id.to_string(), labels: HashMap::new() };
        let mounts = snaps.view(self.request(view, Some(&lease.id))).await.map(|r| r.into_inner().mounts);
        let rm = RemoveSnapshotRequest { snapshotter: self.snapshotter().to_string(), key };
        if mounts.is_ok() {
            let _ = snaps.remove(self.request(rm, Some(&lease.id))).await;
        }
        lease.release().await;
        let mounts = mounts.map_err(|s| Error::from(s).context(format!("viewing the image layers {chain_id}")))?;
        let dirs = layer_dirs(&mounts)?;
        Ok(paths.iter().map(|p| read_through(&dirs, p)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mount(t: &str, source: &str, options: &[&str]) -> Mount {
        Mount { r#type: t.into(), source: source.into(), target: String::new(), options: options.iter().map(|s| s.to_string()).collect() }
    }

    #[test]
    fn overlay_lower_dirs_top_first() {
        let m = [mount("overlay", "overlay", &["ro", "lowerdir=/a/3/fs:/a/2/fs:/a/1/fs"])];
        assert_eq!(layer_dirs(&m).unwrap(), vec![PathBuf::from("/a/3/fs"), PathBuf::from("/a/2/fs"), PathBuf::from("/a/1/fs")]);
        assert_eq!(layer_dirs(&[mount("bind", "/a/1/fs", &["ro", "rbind"])]).unwrap(), vec![PathBuf::from("/a/1/fs")]);
        assert!(layer_dirs(&[mount("zfs", "pool", &[])]).is_err());
    }

    #[test]
    fn the_top_layer_decides() {
        let t = tempfile::tempdir().unwrap();
        let (top, bottom) = (t.path().join("top"), t.path().join("bottom"));
        for d in [&top, &bottom] {
            std::fs::create_dir_all(d.join("etc")).unwrap();
        }
        std::fs::write(bottom.join("etc/passwd"), "root:x:0:0::/root:/bin/sh\n").unwrap();
        std::fs::write(bottom.join("etc/group"), "root:x:0:\n").unwrap();
        std::fs::write(top.join("etc/passwd"), "app:x:1000:1000::/:/bin/sh\n").unwrap();
        std::fs::create_dir(top.join("etc/group")).unwrap(); // not a file: absent
        let dirs = vec![top.clone(), bottom.clone()];
        assert_eq!(read_through(&dirs, "/etc/passwd").unwrap(), b"app:x:1000:1000::/:/bin/sh\n");
        assert_eq!(read_through(&dirs, "/etc/group"), None);
        assert_eq!(read_through(&dirs, "/etc/shadow"), None);
        assert_eq!(read_through(&[bottom], "etc/group").unwrap(), b"root:x:0:\n");
    }
}
