//! Release-mode timings, printed rather than asserted (shared CI machines are noisy):
//! `cargo test -p shoal-store --release -- --ignored --nocapture`

use std::time::Instant;

use shoal_store::{Action, IndexEntry, Store};

const N: usize = 100_000;

/// Swarm-like random ids (25 base-36 chars), deterministic so runs are comparable.
fn ids(n: usize) -> Vec<String> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            (0..25)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    char::from(b"0123456789abcdefghijklmnopqrstuvwxyz"[(x % 36) as usize])
                })
                .collect()
        })
        .collect()
}

fn creates(ids: &[String]) -> Vec<Action> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            Action::create(
                "tasks",
                id.clone(),
                vec![(i % 251) as u8; 200],
                vec![
                    IndexEntry::unique("name", format!("svc-{}.{}", i % 500, i)),
                    IndexEntry::new("node", format!("node-{}", i % 100)),
                    IndexEntry::new("service", format!("svc-{}", i % 500)),
                    IndexEntry::new("state", if i % 10 == 0 { "pending" } else { "running" }),
                ],
            )
        })
        .collect()
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn load(actions: &[Action], batch: usize, hold_views: bool) -> (Store, f64) {
    let mut s = Store::new();
    let mut views = Vec::new();
    let t = Instant::now();
    for (i, chunk) in actions.chunks(batch).enumerate() {
        s.apply(i as u64 + 1, chunk).unwrap();
        // A reader holding the previous state forces path copying on the next batch.
        if hold_views {
            views.push(s.view());
        }
    }
    let elapsed = ms(t);
    drop(views);
    (s, elapsed)
}

#[test]
#[ignore]
fn timings() {
    let ids = ids(N);
    let actions = creates(&ids);
    println!();
    for batch in [1_000, 10_000] {
        let (_, t) = load(&actions, batch, false);
        println!("apply {N} creates (4 index entries), batches of {batch:>6}: {t:8.1} ms");
        let (_, t) = load(&actions, batch, true);
        println!("  same, a view kept after every batch:            {t:8.1} ms");
    }
    let (mut s, _) = load(&actions, 10_000, false);

    let t = Instant::now();
    let v = s.view();
    let view_ns = t.elapsed().as_nanos();
    let t = Instant::now();
    let running = v.find("tasks", "state", "running").len();
    let on_node = v.find("tasks", "node", "node-7").len();
    println!("view() {view_ns} ns; find state=running ({running}) + node=node-7 ({on_node}): {:.1} ms", ms(t));
    let t = Instant::now();
    let all = v.list("tasks").len();
    println!("list {all} objects: {:.1} ms", ms(t));
    let t = Instant::now();
    for id in ids.iter().step_by(10) {
        assert!(v.get("tasks", id).is_some());
    }
    println!("get {} objects: {:.1} ms", N / 10, ms(t));

    // Status-style updates: same index entries, new bytes, version-checked.
    let updates: Vec<Action> = actions
        .iter()
        .map(|a| {
            Action::update("tasks", a.id.clone(), vec![1u8; 200], a.indexes.clone()).expect_version(10)
        })
        .collect();
    let t = Instant::now();
    for (i, chunk) in updates.chunks(1_000).enumerate() {
        s.apply(100 + i as u64, chunk).unwrap();
    }
    println!("apply {N} updates (indexes unchanged), batches of 1000: {:.1} ms", ms(t));

    let t = Instant::now();
    let bytes = s.snapshot();
    println!("snapshot {N} objects: {:.1} ms, {:.1} MiB", ms(t), bytes.len() as f64 / (1 << 20) as f64);
    let t = Instant::now();
    let r = Store::restore(&bytes).unwrap();
    println!("restore  {N} objects: {:.1} ms", ms(t));
    assert_eq!(r.len("tasks"), N);

    let t = Instant::now();
    let enc: Vec<Vec<u8>> = actions.chunks(1_000).map(Action::encode_batch).collect();
    let te = ms(t);
    let t = Instant::now();
    let dec: usize = enc.iter().map(|b| Action::decode_batch(b).unwrap().len()).sum();
    println!("encode_batch {N} actions: {te:.1} ms; decode_batch: {:.1} ms", ms(t));
    assert_eq!(dec, N);

    let t = Instant::now();
    let deletes: Vec<Action> = ids.iter().map(|id| Action::delete("tasks", id.clone())).collect();
    for (i, chunk) in deletes.chunks(1_000).enumerate() {
        s.apply(1_000 + i as u64, chunk).unwrap();
    }
    println!("apply {N} deletes, batches of 1000: {:.1} ms", ms(t));
    assert_eq!(s.len("tasks"), 0);
}
