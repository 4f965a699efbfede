//! End-to-end write throughput of the driver over the real store: task objects proposed in
//! batches, each batch committed (fsynced) and applied before it counts.
//! `cargo test --release -p shoal-raft --test throughput -- --nocapture` prints the figures.
//! They are figures, not asserts: the house keeps timing out of tests (a loaded CI machine
//! took 25.6 s where a quiet one takes under 2), and bench/raft.ts carries the comparison.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use common::TempDir;
use shoal_raft::{Config, Node, StateMachine};
use shoal_store::{Action, ActionKind, IndexEntry, Store, StoreError, View};

/// The same adapter shoal-napi uses: decode the batch, apply it at the entry's index.
struct StoreMachine {
    store: Store,
    published: Arc<RwLock<View>>,
    /// Nanoseconds spent decoding and applying batches, to tell the store's share of the total.
    apply_nanos: Arc<AtomicU64>,
}

impl StateMachine for StoreMachine {
    type Change = shoal_store::Change;
    type Error = StoreError;

    fn apply(&mut self, index: u64, data: &[u8]) -> Result<Vec<shoal_store::Change>, StoreError> {
        let t = Instant::now();
        let actions = Action::decode_batch(data)?;
        let r = self.store.apply(index, &actions);
        self.apply_nanos
            .fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        r
    }
    fn snapshot(&self) -> Vec<u8> {
        self.store.snapshot()
    }
    fn restore(&mut self, data: &[u8]) -> Result<(), StoreError> {
        self.store = Store::restore(data)?;
        Ok(())
    }
    fn publish(&mut self) {
        *self.published.write().unwrap() = self.store.view();
    }
}

fn open(dir: &TempDir) -> (Node<StoreMachine>, Arc<RwLock<View>>, Arc<AtomicU64>) {
    let store = Store::new();
    let published = Arc::new(RwLock::new(store.view()));
    let apply_nanos = Arc::new(AtomicU64::new(0));
    let sm = StoreMachine {
        store,
        published: published.clone(),
        apply_nanos: apply_nanos.clone(),
    };
    let mut cfg = Config::new(1, dir.path(), common::log_key());
    cfg.tick_interval = Duration::from_millis(100);
    (Node::open(cfg, sm, None).unwrap(), published, apply_nanos)
}

/// A task roughly the size of an encoded swarm Task: ~300 bytes and the indexes the
/// orchestrators query by.
fn task_batch(start: usize, n: usize) -> Vec<u8> {
    let actions: Vec<Action> = (start..start + n)
        .map(|i| {
            let id: String = format!("task{i:08}");
            let service = format!("svc{:04}", i % 500);
            let node = format!("node{:03}", i % 100);
            let mut data =
                format!("{id}|{service}|{node}|desired=running|image=registry/app:1.2.3|")
                    .into_bytes();
            data.resize(300, b'x');
            Action {
                kind: ActionKind::Create,
                table: "tasks".into(),
                id,
                expected_version: None,
                data: Some(data),
                indexes: vec![
                    IndexEntry {
                        name: "name".into(),
                        value: format!("{service}.{}", i / 500),
                        unique: true,
                    },
                    IndexEntry {
                        name: "service".into(),
                        value: service,
                        unique: false,
                    },
                    IndexEntry {
                        name: "node".into(),
                        value: node,
                        unique: false,
                    },
                    IndexEntry {
                        name: "desiredstate".into(),
                        value: "running".into(),
                        unique: false,
                    },
                ],
            }
        })
        .collect();
    Action::encode_batch(&actions)
}

fn total() -> usize {
    // Debug builds of the persistent maps are an order of magnitude slower; the figure that
    // matters is the release one.
    if cfg!(debug_assertions) {
        10_000
    } else {
        100_000
    }
}

#[test]
fn hundred_thousand_tasks_sequential_batches() {
    let dir = TempDir::new("tput-seq");
    let (node, published, apply_nanos) = open(&dir);
    let (total, batch) = (total(), 1000);
    let batches: Vec<Vec<u8>> = (0..total / batch)
        .map(|b| task_batch(b * batch, batch))
        .collect();
    let t = Instant::now();
    for data in batches {
        node.propose_wait(data).unwrap();
    }
    let elapsed = t.elapsed();
    let view = published.read().unwrap().clone();
    assert_eq!(view.list("tasks").len(), total);
    assert_eq!(view.find("tasks", "node", "node007").len(), total / 100);
    println!(
        "sequential: {total} tasks in batches of {batch}, each awaited: {:.3}s ({:.0} objects/s), \
         of which decode+apply {:.3}s",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        apply_nanos.load(Ordering::Relaxed) as f64 / 1e9
    );
}

#[test]
fn hundred_thousand_tasks_pipelined_batches() {
    let dir = TempDir::new("tput-pipe");
    let (node, published, apply_nanos) = open(&dir);
    let (total, batch) = (total(), 5000);
    let batches: Vec<Vec<u8>> = (0..total / batch)
        .map(|b| task_batch(b * batch, batch))
        .collect();
    let (tx, rx) = mpsc::channel();
    let t = Instant::now();
    let n = batches.len();
    for data in batches {
        let tx = tx.clone();
        node.propose(
            data,
            Box::new(move |r| tx.send(r.map_err(|e| e.to_string())).unwrap()),
        );
    }
    for _ in 0..n {
        rx.recv().unwrap().unwrap();
    }
    let elapsed = t.elapsed();
    assert_eq!(published.read().unwrap().list("tasks").len(), total);
    println!(
        "pipelined: {total} tasks in batches of {batch}, all in flight: {:.3}s ({:.0} objects/s), \
         of which decode+apply {:.3}s",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        apply_nanos.load(Ordering::Relaxed) as f64 / 1e9
    );
}
