#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use shoal_raft::{Config, Handle, Node, SnapshotStatus, StateMachine, Transport};

pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let p = std::env::temp_dir().join(format!(
            "shoal-raft-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&p);
        TempDir(p)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn sub(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A tiny deterministic key-value machine: entries are `key=value`; the value `reject` is
/// refused, as a store refuses a conflicting write.
#[derive(Default)]
pub struct Kv {
    map: BTreeMap<String, String>,
    last_index: u64,
    pub visible: Arc<Mutex<BTreeMap<String, String>>>,
}

impl Kv {
    pub fn new() -> (Kv, Arc<Mutex<BTreeMap<String, String>>>) {
        let kv = Kv::default();
        let visible = kv.visible.clone();
        (kv, visible)
    }
}

impl StateMachine for Kv {
    type Change = (String, String);
    type Error = String;

    fn apply(&mut self, index: u64, data: &[u8]) -> Result<Vec<(String, String)>, String> {
        assert!(
            index > self.last_index,
            "applied {index} after {}",
            self.last_index
        );
        self.last_index = index;
        let s = std::str::from_utf8(data).map_err(|e| e.to_string())?;
        let (k, v) = s
            .split_once('=')
            .ok_or_else(|| format!("malformed entry {s:?}"))?;
        if v == "reject" {
            return Err(format!("value for {k} rejected"));
        }
        self.map.insert(k.to_string(), v.to_string());
        Ok(vec![(k.to_string(), v.to_string())])
    }

    fn snapshot(&self) -> Vec<u8> {
        let mut out = String::new();
        for (k, v) in &self.map {
            out.push_str(k);
            out.push('=');
            out.push_str(v);
            out.push('\n');
        }
        out.into_bytes()
    }

    fn restore(&mut self, data: &[u8]) -> Result<(), String> {
        let s = std::str::from_utf8(data).map_err(|e| e.to_string())?;
        self.map = s
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.last_index = 0;
        Ok(())
    }

    fn publish(&mut self) {
        *self.visible.lock().unwrap() = self.map.clone();
    }
}

pub fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// In-process network: each node's transport looks the target up here and steps it directly.
#[derive(Clone, Default)]
pub struct Router {
    handles: Arc<Mutex<HashMap<u64, Handle<Kv>>>>,
}

impl Router {
    pub fn transport(&self, from: u64) -> Transport {
        let handles = self.handles.clone();
        Box::new(move |out| {
            let map = handles.lock().unwrap();
            let delivered = map.get(&out.to).is_some_and(|h| h.step(&out.bytes).is_ok());
            if let Some(me) = map.get(&from) {
                if !delivered {
                    me.report_unreachable(out.to);
                }
                if out.is_snapshot {
                    me.report_snapshot(
                        out.to,
                        if delivered {
                            SnapshotStatus::Finish
                        } else {
                            SnapshotStatus::Failure
                        },
                    );
                }
            }
        })
    }

    pub fn register(&self, id: u64, node: &Node<Kv>) {
        self.handles
            .lock()
            .unwrap()
            .insert(id, node.handle().unwrap());
    }

    pub fn unregister(&self, id: u64) {
        self.handles.lock().unwrap().remove(&id);
    }
}

pub fn cluster_config(id: u64, dir: &TempDir) -> Config {
    let mut c = Config::new(id, dir.sub(&format!("n{id}")));
    c.peers = vec![1, 2, 3];
    c.tick_interval = Duration::from_millis(10);
    c.election_ticks = 10;
    c.heartbeat_ticks = 1;
    c
}
