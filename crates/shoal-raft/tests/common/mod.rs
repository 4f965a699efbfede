#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use shoal_raft::{Config, Handle, Node, Role, SnapshotStatus, StateMachine, Transport};

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
/// refused, as a store refuses a conflicting write. A key starting with `u/` is written once
/// only: applying it again records `dup/<key>`, so tests can tell an entry applied twice.
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
        if k.starts_with("u/") && self.map.contains_key(k) {
            self.map.insert(format!("dup/{k}"), index.to_string());
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
/// An isolated node neither sends nor receives.
#[derive(Clone, Default)]
pub struct Router {
    handles: Arc<Mutex<HashMap<u64, Handle<Kv>>>>,
    isolated: Arc<Mutex<HashSet<u64>>>,
    pub delivered: Arc<AtomicU64>,
    pub largest_batch: Arc<AtomicU64>,
}

impl Router {
    pub fn transport(&self, from: u64) -> Transport {
        let handles = self.handles.clone();
        let isolated = self.isolated.clone();
        let delivered_count = self.delivered.clone();
        let largest = self.largest_batch.clone();
        Box::new(move |batch| {
            largest.fetch_max(batch.len() as u64, Ordering::Relaxed);
            let map = handles.lock().unwrap();
            let cut = isolated.lock().unwrap().clone();
            for out in batch {
                let delivered = !cut.contains(&from)
                    && !cut.contains(&out.to)
                    && map.get(&out.to).is_some_and(|h| h.step(&out.bytes).is_ok());
                if delivered {
                    delivered_count.fetch_add(1, Ordering::Relaxed);
                }
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

    pub fn isolate(&self, id: u64) {
        self.isolated.lock().unwrap().insert(id);
    }

    pub fn heal(&self, id: u64) {
        self.isolated.lock().unwrap().remove(&id);
    }
}

/// The key every test node's log is encrypted with.
pub fn log_key() -> shoal_log::Key {
    shoal_log::Key::new([3; 32])
}

pub fn cluster_config(id: u64, dir: &TempDir) -> Config {
    let mut c = Config::new(id, dir.sub(&format!("n{id}")), log_key());
    c.peers = vec![1, 2, 3];
    c.tick_interval = Duration::from_millis(10);
    c.election_ticks = 10;
    c.heartbeat_ticks = 1;
    c
}

pub type State = Arc<Mutex<BTreeMap<String, String>>>;

/// Several drivers in one process, wired through a [`Router`]; each node's data lives in
/// `dir/n<id>`.
pub struct Cluster {
    // Declared first so it drops first: nodes close before their directories go.
    pub nodes: HashMap<u64, (Node<Kv>, State)>,
    pub dir: TempDir,
    pub router: Router,
    pub peers: Vec<u64>,
    pub tweak: Box<dyn Fn(&mut Config)>,
}

impl Cluster {
    pub fn new(tag: &str, peers: &[u64], tweak: impl Fn(&mut Config) + 'static) -> Cluster {
        Cluster {
            dir: TempDir::new(tag),
            router: Router::default(),
            nodes: HashMap::new(),
            peers: peers.to_vec(),
            tweak: Box::new(tweak),
        }
    }

    pub fn config(&self, id: u64) -> Config {
        let mut cfg = cluster_config(id, &self.dir);
        cfg.peers = self.peers.clone();
        (self.tweak)(&mut cfg);
        cfg
    }

    pub fn start(&mut self, id: u64) {
        self.start_with(id, |_| {});
    }

    /// Starts a node that was added with `add_member` and has no state: it waits for the leader.
    pub fn join(&mut self, id: u64) {
        self.start_with(id, |cfg| cfg.peers.clear());
    }

    pub fn start_with(&mut self, id: u64, f: impl FnOnce(&mut Config)) {
        let node = self.open(id, f).unwrap();
        self.attach(id, node);
    }

    pub fn open(
        &self,
        id: u64,
        f: impl FnOnce(&mut Config),
    ) -> Result<(Node<Kv>, State), shoal_raft::OpenError> {
        let mut cfg = self.config(id);
        f(&mut cfg);
        let (kv, state) = Kv::new();
        Node::open(cfg, kv, Some(self.router.transport(id))).map(|n| (n, state))
    }

    pub fn attach(&mut self, id: u64, node: (Node<Kv>, State)) {
        self.router.register(id, &node.0);
        self.nodes.insert(id, node);
    }

    pub fn stop(&mut self, id: u64) {
        self.router.unregister(id);
        let (mut node, _) = self.nodes.remove(&id).unwrap();
        node.close().unwrap();
    }

    pub fn ids(&self) -> Vec<u64> {
        let mut ids: Vec<_> = self.nodes.keys().copied().collect();
        ids.sort();
        ids
    }

    pub fn leader(&self) -> Option<u64> {
        let leaders: Vec<u64> = self
            .ids()
            .into_iter()
            .filter(|id| self.nodes[id].0.status().role == Role::Leader)
            .collect();
        match leaders.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    pub fn wait_leader(&self) -> u64 {
        let mut leader = None;
        wait_until("a single leader", Duration::from_secs(20), || {
            leader = self.leader();
            leader.is_some()
        });
        leader.unwrap()
    }

    pub fn node(&self, id: u64) -> &Node<Kv> {
        &self.nodes[&id].0
    }

    pub fn state(&self, id: u64) -> BTreeMap<String, String> {
        self.nodes[&id].1.lock().unwrap().clone()
    }

    pub fn wait_applied(&self, index: u64) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self
            .nodes
            .values()
            .all(|(n, _)| n.status().applied >= index)
        {
            if Instant::now() > deadline {
                let report: Vec<String> = self
                    .ids()
                    .iter()
                    .map(|&id| {
                        let n = self.node(id);
                        format!(
                            "{:?} members {:?} progress {:?}",
                            n.status(),
                            self.member_ids(id),
                            n.progress()
                        )
                    })
                    .collect();
                panic!(
                    "timed out waiting for all nodes to apply {index}:\n{}",
                    report.join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    pub fn states(&self) -> Vec<BTreeMap<String, String>> {
        self.ids().iter().map(|&id| self.state(id)).collect()
    }

    /// Proposes on whichever node leads, retrying while leadership moves.
    pub fn propose(&self, data: &str) -> u64 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let leader = self.wait_leader();
            match self.node(leader).propose_wait(data.as_bytes().to_vec()) {
                Ok(i) => return i,
                Err(shoal_raft::ProposeError::NotLeader { .. }) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Err(e) => panic!("proposing {data:?}: {e}"),
            }
        }
    }

    pub fn member_ids(&self, id: u64) -> Vec<u64> {
        self.node(id).members().iter().map(|m| m.id).collect()
    }
}

// The log segment written last (segment names sort by their first index).
pub fn newest_segment(dir: &Path) -> std::path::PathBuf {
    let mut segs: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "seg"))
        .collect();
    segs.sort();
    segs.pop().unwrap()
}

pub fn count_files(dir: &Path, ext: &str) -> usize {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == ext)
            })
            .count()
        })
        .unwrap_or(0)
}

pub fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        // A file may vanish between listing and stat (compaction, a snapshot's temp
        // file being renamed): it no longer counts.
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}
