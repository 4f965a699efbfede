//! Crash points: the files as a process killed at any moment leaves them, and what opening
//! them must recover. tests.rs damages a finished log in chosen places; here the cut falls
//! at every byte of an append in flight, at many points of a snapshot being written, and
//! between the steps of a compaction. Every time: the open succeeds, nothing synced before
//! the crash is lost, and what was cut was never synced (so never acknowledged).
use super::tests::*;
use super::*;
use crate::record::parse_record;

/// A copy of a log directory (without its LOCK), as another process would find it.
fn copy_of(from: &TempDir, tag: &str) -> TempDir {
    let to = TempDir::new(tag);
    fs::create_dir_all(to.path()).unwrap();
    for ent in fs::read_dir(from.path()).unwrap() {
        let p = ent.unwrap().path();
        if p.file_name().unwrap() != "LOCK" {
            fs::copy(&p, to.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    to
}

/// Offsets where a record ends in a segment's bytes, with each record's kind.
fn record_ends(raw: &[u8]) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let mut off = SEGMENT_HEADER_LEN;
    while let Ok(r) = parse_record(raw, off) {
        out.push((r.end, r.kind));
        off = r.end;
    }
    out
}

#[test]
fn a_crash_at_any_byte_of_an_append_loses_nothing_synced() {
    let dir = TempDir::new("crash-append");
    let synced;
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=3, 1)).unwrap();
        log.set_hard_state(&hard_state(1, 1, 3)).unwrap();
        log.sync().unwrap();
        synced = fs::metadata(only_segment(&dir)).unwrap().len() as usize;
        // The batch in flight when the process dies: entries and the hard state committing them.
        log.append(&entries(4..=6, 1)).unwrap();
        log.set_hard_state(&hard_state(1, 1, 6)).unwrap();
        log.sync().unwrap();
    }
    let seg = only_segment(&dir);
    let name = seg.file_name().unwrap().to_owned();
    let full = fs::read(&seg).unwrap();
    let ends = record_ends(&full);
    assert_eq!(ends.last().unwrap().0, full.len());
    for cut in synced..=full.len() {
        let copy = copy_of(&dir, "crash-append-cut");
        fs::write(copy.path().join(&name), &full[..cut]).unwrap();
        let (_, rec) = Log::open(copy.path(), &key(), Options::default())
            .unwrap_or_else(|e| panic!("a crash at byte {cut}: open failed: {e}"));
        // Exactly the entries whose records were whole at the cut, in order.
        let whole = ends
            .iter()
            .filter(|(end, kind)| *end <= cut && *kind == KIND_ENTRY)
            .count() as u64;
        assert_eq!(
            indexes(&rec.entries),
            (1..=whole).map(|i| (i, 1)).collect::<Vec<_>>(),
            "cut at {cut}"
        );
        assert!(whole >= 3, "cut at {cut}: a synced entry lost");
        // The hard state never commits past what is there, and never falls behind what was synced.
        assert!(
            (3..=whole).contains(&rec.hard_state.commit),
            "cut at {cut}: commit {}",
            rec.hard_state.commit
        );
        let boundary = ends.iter().any(|(end, _)| *end == cut) || cut == synced;
        match &rec.truncated_tail {
            None => assert!(
                boundary,
                "cut at {cut} inside a record, but nothing truncated"
            ),
            Some(t) => {
                assert!(
                    !boundary,
                    "cut at {cut} on a record boundary, yet truncated at {}",
                    t.offset
                );
                let last_whole = ends
                    .iter()
                    .map(|(end, _)| *end)
                    .filter(|end| *end <= cut)
                    .max()
                    .unwrap();
                assert_eq!(t.offset as usize, last_whole.max(synced), "cut at {cut}");
                assert_eq!(
                    fs::metadata(copy.path().join(&name)).unwrap().len(),
                    t.offset
                );
            }
        }
    }
}

#[test]
fn a_crash_while_creating_a_segment_loses_nothing() {
    let dir = TempDir::new("crash-roll");
    {
        let (mut log, _) = open_small(&dir);
        for i in 1..=6 {
            log.append(&[entry(i, 1, &"x".repeat(100))]).unwrap();
            log.set_hard_state(&hard_state(1, 1, i)).unwrap();
            log.sync().unwrap();
        }
    }
    // A new segment is written under a temporary name, then renamed: a crash before the
    // rename leaves a partial temporary file, which the next open removes.
    let next = dir.path().join(segment_name(999)).with_extension("seg.tmp");
    let header = fs::read(only_segment(&dir)).unwrap()[..SEGMENT_HEADER_LEN + 5].to_vec();
    for cut in [0, 3, SEGMENT_HEADER_LEN, header.len()] {
        let copy = copy_of(&dir, "crash-roll-cut");
        fs::write(copy.path().join(next.file_name().unwrap()), &header[..cut]).unwrap();
        let (_, rec) = open_small(&copy);
        assert_eq!(rec.entries.len(), 6, "temp segment of {cut} bytes");
        assert_eq!(rec.hard_state.commit, 6);
        assert!(
            !copy.path().join(next.file_name().unwrap()).exists(),
            "the temporary segment is removed"
        );
    }
}

#[test]
fn a_crash_while_writing_a_snapshot_or_compacting_loses_nothing() {
    // Before: entries 1..=40 (commit 40) in small segments, a snapshot at 20, compacted.
    let dir = TempDir::new("crash-snap");
    {
        let (mut log, _) = open_small(&dir);
        for i in 1..=40 {
            log.append(&entries(i..=i, 1)).unwrap();
            log.set_hard_state(&hard_state(1, 1, i)).unwrap();
            log.sync().unwrap();
        }
        log.save_snapshot(&snapshot(20, 1, b"state@20", vec![1]))
            .unwrap();
        log.compact(20).unwrap();
    }
    let check = |d: &TempDir, snap_index: u64, what: &str| {
        let (_, rec) = open_small(d);
        assert_eq!(
            rec.snapshot.as_ref().map(|s| s.get_metadata().index),
            Some(snap_index),
            "{what}"
        );
        assert_eq!(
            indexes(&rec.entries),
            (snap_index + 1..=40).map(|i| (i, 1)).collect::<Vec<_>>(),
            "{what}"
        );
        assert_eq!(rec.hard_state.commit, 40, "{what}");
    };
    // The next snapshot (at 35) and compaction, run to the end once to learn what they write
    // and delete.
    let done = copy_of(&dir, "crash-snap-done");
    let segs = |d: &TempDir| -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(d.path())
            .unwrap()
            .filter_map(|e| e.unwrap().file_name().into_string().ok())
            .filter(|n| n.ends_with(".seg"))
            .collect();
        v.sort();
        v
    };
    let before = segs(&done);
    {
        let (mut log, _) = open_small(&done);
        log.save_snapshot(&snapshot(35, 1, b"state@35", vec![1]))
            .unwrap();
        log.compact(35).unwrap();
    }
    let removed: Vec<String> = before
        .iter()
        .filter(|s| !segs(&done).contains(s))
        .cloned()
        .collect();
    assert!(
        removed.len() >= 2,
        "compaction removes several segments: {removed:?}"
    );
    let snap = fs::read(done.path().join(snapshot_name(35, 1))).unwrap();

    // 1. Killed while the snapshot's temporary file was being written: any prefix of it.
    let step = (snap.len() / 40).max(1);
    for cut in (0..snap.len()).step_by(step).chain([snap.len()]) {
        let copy = copy_of(&dir, "crash-snap-tmp");
        let tmp = copy
            .path()
            .join(snapshot_name(35, 1))
            .with_extension("snap.tmp");
        fs::write(&tmp, &snap[..cut]).unwrap();
        check(&copy, 20, &format!("snapshot temp file of {cut} bytes"));
        assert!(!tmp.exists());
    }
    // 2. Killed after the rename, before the old snapshot and segments were removed.
    let renamed = copy_of(&dir, "crash-snap-renamed");
    fs::write(renamed.path().join(snapshot_name(35, 1)), &snap).unwrap();
    check(
        &renamed,
        35,
        "new snapshot beside the old one, nothing compacted",
    );
    // 3. Killed during the compaction: the oldest segments removed, not all of them.
    for k in 1..removed.len() {
        let copy = copy_of(&renamed, "crash-compact");
        for s in &removed[..k] {
            fs::remove_file(copy.path().join(s)).unwrap();
        }
        check(
            &copy,
            35,
            &format!("compaction stopped after {k} of {} segments", removed.len()),
        );
    }
}
