mod common;

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{newest_segment, Kv, TempDir};
use shoal_raft::{Config, Node, ProposeError, Role, Tuning};

fn config(dir: &TempDir) -> Config {
    let mut c = Config::new(1, dir.path(), common::log_key());
    c.tick_interval = Duration::from_millis(10);
    c
}

fn count_files(dir: &std::path::Path, ext: &str) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == ext)
        })
        .count()
}

#[test]
fn single_node_proposes_commits_and_applies() {
    let dir = TempDir::new("single");
    let (kv, visible) = Kv::new();
    let mut node = Node::open(config(&dir), kv, None).unwrap();
    let st = node.status();
    assert_eq!(
        st.role,
        Role::Leader,
        "a lone member leads as soon as open returns"
    );
    assert_eq!(st.leader, 1);

    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    node.watch(Box::new(move |batch| {
        for ev in batch.iter() {
            sink.lock().unwrap().push((ev.index, ev.changes.clone()));
        }
    }));

    let i1 = node.propose_wait(b"a=1".to_vec()).unwrap();
    // Read-your-writes: the state is published before the proposer hears back.
    assert_eq!(
        visible.lock().unwrap().get("a").map(String::as_str),
        Some("1")
    );
    let i2 = node.propose_wait(b"b=2".to_vec()).unwrap();
    assert_eq!(i2, i1 + 1);

    match node.propose_wait(b"c=reject".to_vec()) {
        Err(ProposeError::Rejected(msg)) => assert!(msg.contains("rejected")),
        other => panic!("expected a rejection, got {other:?}"),
    }
    assert!(
        !visible.lock().unwrap().contains_key("c"),
        "a rejected entry changes nothing"
    );
    let i4 = node.propose_wait(b"d=4".to_vec()).unwrap();
    assert_eq!(i4, i2 + 2, "the rejected entry still took its index");

    let st = node.status();
    assert_eq!(st.applied, i4);
    assert_eq!(st.commit, i4);
    let evs = events.lock().unwrap().clone();
    assert_eq!(
        evs,
        vec![
            (i1, vec![("a".into(), "1".into())]),
            (i2, vec![("b".into(), "2".into())]),
            (i4, vec![("d".into(), "4".into())]),
        ]
    );
    node.close().unwrap();
    assert!(matches!(
        node.propose_wait(b"x=1".to_vec()),
        Err(ProposeError::Closed)
    ));
}

#[test]
fn queued_proposals_are_group_committed_in_order() {
    let dir = TempDir::new("group");
    let (kv, visible) = Kv::new();
    let node = Node::open(config(&dir), kv, None).unwrap();
    let (tx, rx) = mpsc::channel();
    let n = 2000u64;
    for i in 0..n {
        let tx = tx.clone();
        node.propose(
            format!("k{i}={i}").into_bytes(),
            Box::new(move |r| tx.send((i, r)).unwrap()),
        );
    }
    let mut results: Vec<(u64, u64)> = (0..n)
        .map(|_| rx.recv().map(|(i, r)| (i, r.unwrap())).unwrap())
        .collect();
    results.sort();
    // Proposal order is commit order.
    for w in results.windows(2) {
        assert_eq!(w[1].1, w[0].1 + 1);
    }
    assert_eq!(visible.lock().unwrap().len(), n as usize);
}

#[test]
fn restart_recovers_committed_state() {
    let dir = TempDir::new("restart");
    let last;
    {
        let (kv, _) = Kv::new();
        let node = Node::open(config(&dir), kv, None).unwrap();
        for i in 0..50 {
            node.propose_wait(format!("k{i}=v{i}").into_bytes())
                .unwrap();
        }
        last = node.propose_wait(b"last=yes".to_vec()).unwrap();
        // Dropped without an explicit close.
    }
    let (kv, visible) = Kv::new();
    let node = Node::open(config(&dir), kv, None).unwrap();
    {
        let state = visible.lock().unwrap();
        assert_eq!(
            state.len(),
            51,
            "every acknowledged write is back as soon as open returns"
        );
        assert_eq!(state.get("k7").map(String::as_str), Some("v7"));
    }
    let st = node.status();
    assert_eq!(st.role, Role::Leader);
    assert!(st.term >= 2, "a restart is a new term");
    let next = node.propose_wait(b"after=restart".to_vec()).unwrap();
    assert!(
        next > last + 1,
        "the new term's empty entry sits between: {next} vs {last}"
    );
}

#[test]
fn snapshot_compaction_and_restart() {
    let dir = TempDir::new("snapshot");
    let mut cfg = config(&dir);
    cfg.snapshot_interval = 20;
    cfg.catch_up_entries = 5;
    cfg.segment_size = 2048;
    {
        let (kv, _) = Kv::new();
        let node = Node::open(cfg.clone(), kv, None).unwrap();
        for i in 0..200 {
            node.propose_wait(format!("key{i}={}", "x".repeat(40)).into_bytes())
                .unwrap();
        }
        node.propose_wait(b"key7=changed".to_vec()).unwrap();
    }
    assert_eq!(
        count_files(dir.path(), "snap"),
        1,
        "only the newest snapshot is kept"
    );
    let segments = count_files(dir.path(), "seg");
    assert!(
        segments <= 4,
        "compaction removed old segments, {segments} left"
    );

    let (kv, visible) = Kv::new();
    let node = Node::open(cfg, kv, None).unwrap();
    let state = visible.lock().unwrap().clone();
    assert_eq!(state.len(), 200);
    assert_eq!(state.get("key7").map(String::as_str), Some("changed"));
    assert_eq!(state.get("key199").map(|v| v.len()), Some(40));
    drop(state);
    node.propose_wait(b"more=1".to_vec()).unwrap();
}

#[test]
fn open_refuses_a_directory_in_use() {
    let dir = TempDir::new("inuse");
    let (kv, _) = Kv::new();
    let _node = Node::open(config(&dir), kv, None).unwrap();
    let (kv, _) = Kv::new();
    let err = Node::open(config(&dir), kv, None)
        .err()
        .expect("second open must fail");
    assert!(err.to_string().contains("in use"), "{err}");
}

#[test]
fn oversized_proposals_are_refused_without_harm() {
    let dir = TempDir::new("toolarge");
    let mut cfg = config(&dir);
    cfg.max_proposal_bytes = 1024;
    let (kv, visible) = Kv::new();
    let node = Node::open(cfg, kv, None).unwrap();
    let big = format!("big={}", "x".repeat(2000)).into_bytes();
    assert!(matches!(
        node.propose_wait(big),
        Err(ProposeError::TooLarge {
            size: 2004,
            max: 1024
        })
    ));
    node.propose_wait(b"small=1".to_vec()).unwrap();
    assert_eq!(visible.lock().unwrap().len(), 1);
}

#[test]
fn a_torn_write_at_the_tail_is_dropped_on_open() {
    let dir = TempDir::new("torn");
    {
        let (kv, _) = Kv::new();
        let node = Node::open(config(&dir), kv, None).unwrap();
        for i in 0..10 {
            node.propose_wait(format!("k{i}={i}").into_bytes()).unwrap();
        }
    }
    // What a crash in the middle of the next append leaves: a header and half a payload.
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(newest_segment(dir.path()))
        .unwrap();
    f.write_all(&[200, 0, 0, 0, 1, 2, 3, 4, 9, 9, 9]).unwrap();
    drop(f);
    let (kv, visible) = Kv::new();
    let node = Node::open(config(&dir), kv, None).unwrap();
    assert_eq!(visible.lock().unwrap().len(), 10);
    node.propose_wait(b"after=1".to_vec()).unwrap();
}

#[test]
fn damage_inside_the_log_fails_open_loudly() {
    let dir = TempDir::new("damaged");
    {
        let (kv, _) = Kv::new();
        let node = Node::open(config(&dir), kv, None).unwrap();
        for i in 0..10 {
            node.propose_wait(format!("k{i}={}", "v".repeat(100)).into_bytes())
                .unwrap();
        }
    }
    let seg = newest_segment(dir.path());
    let mut raw = std::fs::read(&seg).unwrap();
    let mid = raw.len() / 2;
    raw[mid] ^= 0x20;
    std::fs::write(&seg, raw).unwrap();
    let (kv, _) = Kv::new();
    let err = Node::open(config(&dir), kv, None)
        .err()
        .expect("open must refuse a damaged log");
    assert!(err.to_string().contains("corrupt"), "{err}");
}

#[test]
fn snapshots_by_size_bound_a_log_of_large_entries() {
    let dir = TempDir::new("bysize");
    let mut cfg = config(&dir);
    cfg.snapshot_interval = 0;
    cfg.snapshot_bytes = 64 << 10;
    cfg.catch_up_entries = 5;
    cfg.segment_size = 32 << 10;
    let (kv, visible) = Kv::new();
    let node = Node::open(cfg.clone(), kv, None).unwrap();
    let mut max_segments = 0;
    for i in 0..400 {
        // ~400 KiB in all, few entries: a count-based interval alone would never fire.
        node.propose_wait(format!("k{}={}", i % 20, "x".repeat(1000)).into_bytes())
            .unwrap();
        max_segments = max_segments.max(count_files(dir.path(), "seg"));
    }
    assert_eq!(visible.lock().unwrap().len(), 20);
    assert!(max_segments <= 4, "{max_segments} segments");
    assert_eq!(count_files(dir.path(), "snap"), 1);
    drop(node);
    let (kv, visible) = Kv::new();
    let _node = Node::open(cfg, kv, None).unwrap();
    assert_eq!(visible.lock().unwrap().len(), 20);
}

#[test]
fn tuning_applies_to_a_running_node() {
    let dir = TempDir::new("tune");
    let (kv, _visible) = Kv::new();
    let mut cfg = config(&dir);
    cfg.snapshot_interval = 0; // none by count
    cfg.snapshot_bytes = 0;
    let node = Node::open(cfg, kv, None).unwrap();
    let tuning = |tick_ms: u64, snapshot_interval: u64, keep_old_snapshots: u64| Tuning {
        tick_interval: Duration::from_millis(tick_ms),
        snapshot_interval,
        catch_up_entries: 0,
        keep_old_snapshots,
    };
    let snaps = |writes: usize, prefix: &str| {
        for i in 0..writes {
            node.propose_wait(format!("{prefix}{i}=v").into_bytes())
                .unwrap();
        }
        count_files(dir.path(), "snap")
    };
    assert_eq!(snaps(20, "k"), 0, "no snapshot while not asked for");
    assert!(
        node.tune(tuning(0, 5, 0)).is_err(),
        "a zero tick is refused"
    );
    node.tune(tuning(20, 5, 0)).unwrap();
    assert_eq!(
        snaps(10, "m"),
        1,
        "snapshots by the new interval, the old one removed"
    );
    // Superseded snapshots are kept as asked, and trimmed when asked for fewer.
    node.tune(tuning(20, 5, 2)).unwrap();
    assert_eq!(snaps(20, "n"), 3, "the newest and two old ones");
    node.tune(tuning(20, 5, 0)).unwrap();
    node.propose_wait(b"o=1".to_vec()).unwrap();
    assert_eq!(count_files(dir.path(), "snap"), 1, "old ones dropped");
    // Still ticking (a lone leader keeps leading) and answering after a new tick period.
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(node.status().role, Role::Leader);
    node.propose_wait(b"z=1".to_vec()).unwrap();
}
