//! Against a real containerd, started here with its own root, state and socket (never the
//! system one): import a busybox image built by the test, run a container from it, and
//! the errors a corrupt archive or an unreachable registry give. Skipped (with the reason
//! printed) only where containerd or busybox is not installed; CI installs both.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use shoal_containerd::runtime::ContainerOptions;
use shoal_containerd::{Client, Code};

struct Containerd {
    child: Child,
    dir: tempfile::TempDir,
}

impl Containerd {
    fn start() -> Option<Containerd> {
        for bin in ["/usr/bin/containerd", "/usr/bin/busybox", "/usr/sbin/runc"] {
            if !Path::new(bin).exists() {
                eprintln!("skipped: {bin} is not installed (CI installs it: .ci/run)");
                return None;
            }
        }
        let dir = tempfile::Builder::new().prefix("shoal-ctd-").tempdir_in("/tmp").unwrap();
        let d = dir.path();
        let config = format!(
            "version = 2\nroot = \"{r}/root\"\nstate = \"{r}/state\"\ndisabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n[grpc]\n  address = \"{r}/ctd.sock\"\n[ttrpc]\n  address = \"{r}/ctd.sock.ttrpc\"\n[debug]\n  address = \"\"\n[metrics]\n  address = \"\"\n",
            r = d.display()
        );
        std::fs::write(d.join("config.toml"), config).unwrap();
        let log = std::fs::File::create(d.join("containerd.log")).unwrap();
        let child = Command::new("/usr/bin/containerd")
            .arg("--config")
            .arg(d.join("config.toml"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let sock = d.join("ctd.sock");
        let deadline = Instant::now() + Duration::from_secs(20);
        while !sock.exists() {
            assert!(Instant::now() < deadline, "containerd did not start: {}", std::fs::read_to_string(d.join("containerd.log")).unwrap_or_default());
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(Containerd { child, dir })
    }

    fn socket(&self) -> PathBuf {
        self.dir.path().join("ctd.sock")
    }
}

impl Drop for Containerd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Shims of containers left behind, then the snapshotter's mounts.
        let _ = Command::new("sh")
            .arg("-c")
            .arg(format!("for p in $(pgrep -f 'containerd-shim-runc-v2 .*-address {}'); do kill -9 $p; done; grep -o ' {}[^ ]*' /proc/mounts | sort -r | xargs -r -n1 umount -l", self.socket().display(), self.dir.path().display()))
            .status();
    }
}

/// A docker save archive of one image: /bin/busybox and links to it.
fn busybox_archive(dir: &Path, tag: &str) -> PathBuf {
    use sha2::{Digest, Sha256};
    let mut layer = tar::Builder::new(Vec::new());
    let mut dirh = tar::Header::new_gnu();
    dirh.set_entry_type(tar::EntryType::Directory);
    dirh.set_mode(0o755);
    dirh.set_size(0);
    layer.append_data(&mut dirh.clone(), "bin/", std::io::empty()).unwrap();
    let bb = std::fs::read("/usr/bin/busybox").unwrap();
    let mut h = tar::Header::new_gnu();
    h.set_mode(0o755);
    h.set_size(bb.len() as u64);
    layer.append_data(&mut h, "bin/busybox", bb.as_slice()).unwrap();
    for name in ["sh", "echo", "cat", "sleep"] {
        let mut l = tar::Header::new_gnu();
        l.set_entry_type(tar::EntryType::Symlink);
        l.set_size(0);
        l.set_mode(0o777);
        layer.append_link(&mut l, format!("bin/{name}"), "busybox").unwrap();
    }
    let layer = layer.into_inner().unwrap();
    let diff_id = format!("sha256:{}", hex::encode(Sha256::digest(&layer)));
    let config = serde_json::json!({
        "architecture": "amd64", "os": "linux",
        "config": { "Cmd": ["sh"], "Env": ["PATH=/bin"] },
        "rootfs": { "type": "layers", "diff_ids": [diff_id] },
    })
    .to_string();
    let manifest = serde_json::json!([{ "Config": "config.json", "RepoTags": [tag], "Layers": ["layer/layer.tar"] }]).to_string();
    let path = dir.join("busybox.tar");
    let mut ar = tar::Builder::new(std::fs::File::create(&path).unwrap());
    for (name, data) in [("config.json", config.as_bytes()), ("layer/layer.tar", layer.as_slice()), ("manifest.json", manifest.as_bytes())] {
        let mut h = tar::Header::new_gnu();
        h.set_mode(0o644);
        h.set_size(data.len() as u64);
        ar.append_data(&mut h, name, data).unwrap();
    }
    ar.finish().unwrap();
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_an_archive_and_runs_a_container() {
    let Some(ctd) = Containerd::start() else { return };
    let client = Client::new(ctd.socket(), "shoal-test", "overlayfs").unwrap();
    assert!(client.version().await.unwrap().starts_with("1."));

    let archive = busybox_archive(ctd.dir.path(), "busybox:test");
    let images = client.import_archive(&archive).await.unwrap();
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].name, "docker.io/library/busybox:test");
    // Importing again is a no-op that gives the same image.
    let again = client.import_archive(&archive).await.unwrap();
    assert_eq!(again[0].digest, images[0].digest);
    let info = client.image_prepare("docker.io/library/busybox:test").await.unwrap();
    assert_eq!(info.chain_id, images[0].chain_id);
    assert!(info.config.contains("\"Cmd\""));
    assert_eq!(client.image_list().await.unwrap().len(), 1);

    let out = ctd.dir.path().join("stdout");
    let err = ctd.dir.path().join("stderr");
    let spec = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec.json")).unwrap();
    let opts = ContainerOptions { oci_runtime: "runc".into(), ..Default::default() };
    client.container_create("c1", &info.name, &info.chain_id, &spec, &opts).await.unwrap();
    assert_eq!(client.container_create("c1", &info.name, &info.chain_id, &spec, &opts).await.unwrap_err().code, Code::AlreadyExists);
    client.task_create("c1", out.to_str().unwrap(), err.to_str().unwrap(), &opts).await.unwrap();
    let waiting = {
        let c = client.clone();
        tokio::spawn(async move { c.task_wait("c1").await })
    };
    client.task_start("c1").await.unwrap();
    let (status, at) = waiting.await.unwrap().unwrap();
    assert_eq!(status, 3);
    assert!(at > 0);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "hello from busybox\n");
    assert_eq!(client.task_get("c1").await.unwrap().status, "stopped");
    client.container_delete("c1").await.unwrap();
    assert_eq!(client.container_get("c1").await.unwrap_err().code, Code::NotFound);
    client.container_delete("c1").await.unwrap();

    client.image_remove("docker.io/library/busybox:test").await.unwrap();
    assert_eq!(client.image_get("docker.io/library/busybox:test").await.unwrap_err().code, Code::NotFound);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_archives_and_registries_say_why() {
    let Some(ctd) = Containerd::start() else { return };
    let client = Client::new(ctd.socket(), "shoal-test", "overlayfs").unwrap();
    let junk = ctd.dir.path().join("junk.tar");
    std::fs::write(&junk, b"this is not a tar archive at all, not even close......").unwrap();
    assert_eq!(client.import_archive(&junk).await.unwrap_err().code, Code::Corrupt);
    let missing = client.import_archive(Path::new("/nonexistent/x.tar")).await.unwrap_err();
    assert_eq!(missing.code, Code::NotFound, "{missing}");

    // A layer whose bytes do not match the config's diff id.
    let good = busybox_archive(ctd.dir.path(), "busybox:bad");
    let bytes = std::fs::read(&good).unwrap();
    let text = String::from_utf8_lossy(&bytes).to_string();
    let at = text.find("sha256:").unwrap() + 7;
    let mut broken = bytes.clone();
    broken[at] = if broken[at] == b'0' { b'1' } else { b'0' };
    let bad = ctd.dir.path().join("bad.tar");
    std::fs::write(&bad, &broken).unwrap();
    let e = client.import_archive(&bad).await.unwrap_err();
    assert_eq!(e.code, Code::Corrupt, "{e}");
    assert!(client.image_list().await.unwrap().is_empty());

    // Nothing listens on this port.
    let e = client.pull("127.0.0.1:9/nothing:1", None).await.unwrap_err();
    assert_eq!(e.code, Code::Unavailable, "{e}");
    assert_eq!(client.pull("Not A Name", None).await.unwrap_err().code, Code::Invalid);

    // containerd itself gone.
    let gone = Client::new(ctd.dir.path().join("nope.sock"), "shoal-test", "overlayfs").unwrap();
    assert_eq!(gone.version().await.unwrap_err().code, Code::Unavailable);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exec_in_a_running_container_and_concurrent_creates() {
    let Some(ctd) = Containerd::start() else { return };
    let client = Client::new(ctd.socket(), "shoal-test", "overlayfs").unwrap();
    let archive = busybox_archive(ctd.dir.path(), "busybox:exec");
    let info = client.import_archive(&archive).await.unwrap().remove(0);
    let mut spec: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec.json")).unwrap()).unwrap();
    spec["process"]["args"] = serde_json::json!(["sleep", "30"]);
    let spec = spec.to_string();
    let opts = ContainerOptions { oci_runtime: "runc".into(), ..Default::default() };
    // Creates side by side, each with image lookups in between (GC must take no rootfs).
    let mut creates = Vec::new();
    for i in 0..4 {
        let (c, name, chain, spec, opts) = (client.clone(), info.name.clone(), info.chain_id.clone(), spec.clone(), opts.clone());
        creates.push(tokio::spawn(async move {
            c.image_prepare(&name).await?;
            c.container_create(&format!("e{i}"), &name, &chain, &spec, &opts).await
        }));
    }
    for c in creates {
        c.await.unwrap().unwrap();
    }
    let out = ctd.dir.path().join("out");
    let o = out.to_str().unwrap();
    for i in 0..4 {
        client.task_create(&format!("e{i}"), o, o, &opts).await.unwrap();
        client.task_start(&format!("e{i}")).await.unwrap();
    }
    let echo = serde_json::json!({ "args": ["sh", "-c", "echo healthy; exit 4"], "cwd": "/", "env": ["PATH=/bin"], "user": { "uid": 0, "gid": 0 } }).to_string();
    let status = client.exec_run("e0", "h1", &echo, o, o, Duration::from_secs(10)).await.unwrap();
    assert_eq!(status, Some(4));
    assert!(std::fs::read_to_string(&out).unwrap().contains("healthy"));
    let slow = serde_json::json!({ "args": ["sleep", "10"], "cwd": "/", "env": ["PATH=/bin"], "user": { "uid": 0, "gid": 0 } }).to_string();
    assert_eq!(client.exec_run("e0", "h2", &slow, "", "", Duration::from_millis(300)).await.unwrap(), None);
    for i in 0..4 {
        let id = format!("e{i}");
        client.task_kill(&id, 9, true).await.unwrap();
        client.task_wait(&id).await.unwrap();
        client.container_delete(&id).await.unwrap();
    }
}
