//! Release-mode timings, printed rather than asserted (shared machines are noisy):
//! `cargo test -p shoal-store --release -- --ignored --nocapture`
//! Each figure is the best of a few runs, since other tenants' load only ever adds time.

use std::time::Instant;

use shoal_store::{Action, IndexEntry, Store};

const N: usize = 100_000;
const RUNS: usize = 3;

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

/// Best wall time in ms of `RUNS` runs of `f` on a fresh input from `setup`; the
/// setup's time and the dropping of `f`'s result are not counted.
fn best<I, O>(mut setup: impl FnMut() -> I, mut f: impl FnMut(I) -> O) -> f64 {
    (0..RUNS)
        .map(|_| {
            let input = setup();
            let t = Instant::now();
            let out = f(input);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            drop(out);
            ms
        })
        .fold(f64::INFINITY, f64::min)
}

fn load(actions: &[Action], batch: usize, hold_view: bool) -> Store {
    let mut s = Store::new();
    let mut view = None;
    for (i, chunk) in actions.chunks(batch).enumerate() {
        s.apply(i as u64 + 1, chunk).unwrap();
        // A reader still holding the previous state makes the next batch copy every
        // node it touches instead of updating it in place: the worst case for apply.
        if hold_view {
            view = Some(s.view());
        }
    }
    drop(view);
    s
}

#[test]
#[ignore]
fn timings() {
    let ids = ids(N);
    let actions = creates(&ids);
    println!("\n{N} objects, 200-byte payloads, 4 index entries each (1 unique); best of {RUNS}");
    for batch in [1_000, 10_000] {
        let t = best(|| (), |_| load(&actions, batch, false));
        println!("apply {N} creates, batches of {batch:>6}:                 {t:7.1} ms");
        let t = best(|| (), |_| load(&actions, batch, true));
        println!("  same, a reader holding a view across every batch:   {t:7.1} ms");
    }
    let loaded = load(&actions, 10_000, false);
    let bytes = loaded.snapshot();
    // A restored store shares nothing, unlike `loaded.clone()`, so writes to it run in place.
    let fresh = || Store::restore(&bytes).unwrap();

    let v = loaded.view();
    let t = best(|| (), |_| v.find("tasks", "state", "running"));
    println!(
        "find state=running ({} objects):                    {t:7.1} ms",
        v.find("tasks", "state", "running").len()
    );
    let t = best(|| (), |_| v.find("tasks", "node", "node-7"));
    println!(
        "find node=node-7 ({} objects):                       {t:7.3} ms",
        v.find("tasks", "node", "node-7").len()
    );
    let t = best(|| (), |_| v.list("tasks"));
    println!("list {N} objects:                                  {t:7.1} ms");
    let t = best(
        || (),
        |_| {
            ids.iter()
                .step_by(10)
                .filter(|id| v.get("tasks", id).is_some())
                .count()
        },
    );
    println!(
        "get {} objects:                                     {t:7.1} ms",
        N / 10
    );
    let t = best(|| (), |_| loaded.view());
    println!(
        "view():                                               {:7.2} us",
        t * 1e3
    );

    // Status-style updates: same index entries, new bytes, version-checked. Loaded in
    // batches of 10,000 at versions 1..=10.
    let updates: Vec<Action> = actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            Action::update("tasks", a.id.clone(), vec![1u8; 200], a.indexes.clone())
                .expect_version(i as u64 / 10_000 + 1)
        })
        .collect();
    let t = best(fresh, |mut s| {
        for (i, chunk) in updates.chunks(1_000).enumerate() {
            s.apply(100 + i as u64, chunk).unwrap();
        }
        s
    });
    println!("apply {N} updates (same indexes), batches of 1000:  {t:7.1} ms");

    // The scheduler's assignments: pending tasks (no node key yet, as the manager indexes
    // them) get a node, as a 70-byte merge patch or as the whole 450-byte task rewritten;
    // entries of 10,000, a reader holding a view across each (the Raft thread publishes one
    // per turn).
    let pending: Vec<Action> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            Action::create(
                "tasks",
                id.clone(),
                vec![(i % 251) as u8; 450],
                vec![IndexEntry::new("service", format!("svc-{}", i % 10))],
            )
        })
        .collect();
    let unassigned = load(&pending, 10_000, false).snapshot();
    let assign = |merge: bool| -> Vec<Action> {
        pending
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut ix = a.indexes.clone();
                ix.push(IndexEntry::new("node", format!("node-{}", i % 1_000)));
                let a = if merge {
                    Action::merge("tasks", a.id.clone(), vec![9u8; 70], ix)
                } else {
                    Action::update("tasks", a.id.clone(), vec![9u8; 520], ix)
                };
                a.expect_version(i as u64 / 10_000 + 1)
            })
            .collect()
    };
    for merge in [false, true] {
        let batches: Vec<Vec<u8>> = assign(merge)
            .chunks(10_000)
            .map(Action::encode_batch)
            .collect();
        let t = best(
            || Store::restore(&unassigned).unwrap(),
            |mut s| {
                let mut view = None;
                for (i, b) in batches.iter().enumerate() {
                    s.apply_encoded(100 + i as u64, b).unwrap();
                    view = Some(s.view());
                }
                drop(view);
                s
            },
        );
        let what = if merge {
            "merges (70 B)   "
        } else {
            "updates (520 B) "
        };
        println!("apply_encoded {N} assignments as {what}:     {t:7.1} ms");
    }

    let deletes: Vec<Action> = ids
        .iter()
        .map(|id| Action::delete("tasks", id.clone()))
        .collect();
    let t = best(fresh, |mut s| {
        for (i, chunk) in deletes.chunks(1_000).enumerate() {
            s.apply(1_000 + i as u64, chunk).unwrap();
        }
        assert_eq!(s.len("tasks"), 0);
        s
    });
    println!("apply {N} deletes, batches of 1000:                 {t:7.1} ms");

    let t = best(|| (), |_| loaded.snapshot());
    println!(
        "snapshot {N} objects ({:.1} MiB):                 {t:7.1} ms",
        bytes.len() as f64 / (1 << 20) as f64
    );
    let t = best(|| (), |_| Store::restore(&bytes).unwrap());
    println!("restore {N} objects:                               {t:7.1} ms");
    assert_eq!(Store::restore(&bytes).unwrap().snapshot(), bytes);

    let t = best(
        || (),
        |_| {
            actions
                .chunks(1_000)
                .map(Action::encode_batch)
                .collect::<Vec<_>>()
        },
    );
    println!("encode_batch {N} actions (batches of 1000):        {t:7.1} ms");
    let enc: Vec<Vec<u8>> = actions.chunks(1_000).map(Action::encode_batch).collect();
    let t = best(
        || (),
        |_| {
            enc.iter()
                .map(|b| Action::decode_batch(b).unwrap())
                .collect::<Vec<_>>()
        },
    );
    println!("decode_batch {N} actions:                          {t:7.1} ms");

    // What a Raft entry costs the state machine: decoding then applying, against applying
    // straight from the bytes.
    let one = Action::encode_batch(&actions);
    let t = best(Store::new, |mut s| {
        s.apply(1, &Action::decode_batch(&one).unwrap()).unwrap()
    });
    println!("decode_batch + apply {N} creates (one batch):      {t:7.1} ms");
    let t = best(Store::new, |mut s| s.apply_encoded(1, &one).unwrap());
    println!("apply_encoded {N} creates (one batch):             {t:7.1} ms");
}
