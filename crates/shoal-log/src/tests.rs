use super::*;
use crate::record::parse_record;
use crate::seal::open_in_place;
use bytes::Bytes;
use protobuf::Message as _;
use std::sync::atomic::{AtomicU64, Ordering};

/// A scratch directory removed on drop; tests run in parallel, so names must not collide.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new(tag: &str) -> TempDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let p = std::env::temp_dir().join(format!(
            "shoal-log-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&p);
        TempDir(p)
    }
    pub(crate) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub(crate) fn entry(index: u64, term: u64, data: &str) -> Entry {
    Entry {
        index,
        term,
        data: Bytes::copy_from_slice(data.as_bytes()),
        ..Default::default()
    }
}

pub(crate) fn entries(range: std::ops::RangeInclusive<u64>, term: u64) -> Vec<Entry> {
    range
        .map(|i| entry(i, term, &format!("e{i}-t{term}")))
        .collect()
}

pub(crate) fn hard_state(term: u64, vote: u64, commit: u64) -> HardState {
    HardState {
        term,
        vote,
        commit,
        ..Default::default()
    }
}

pub(crate) fn key() -> Key {
    Key::new([7; 32])
}

pub(crate) fn open(dir: &TempDir) -> (Log, Recovered) {
    Log::open(dir.path(), &key(), Options::default()).expect("open")
}

pub(crate) fn open_small(dir: &TempDir) -> (Log, Recovered) {
    Log::open(
        dir.path(),
        &key(),
        Options {
            segment_size: 256,
            ..Options::default()
        },
    )
    .expect("open")
}

/// A log directory holding entries 1..=n of term 1, synced and closed.
fn log_of(tag: &str, n: u64) -> TempDir {
    let dir = TempDir::new(tag);
    let (mut log, _) = open(&dir);
    log.append(&entries(1..=n, 1)).unwrap();
    log.sync().unwrap();
    dir
}

/// What opening `dir` with the test key fails with.
fn open_error(dir: &TempDir) -> LogError {
    match Log::open(dir.path(), &key(), Options::default()) {
        Ok(_) => panic!("open of {} succeeded", dir.path().display()),
        Err(e) => e,
    }
}

pub(crate) fn indexes(es: &[Entry]) -> Vec<(u64, u64)> {
    es.iter().map(|e| (e.index, e.term)).collect()
}

pub(crate) fn only_segment(dir: &TempDir) -> PathBuf {
    let mut segs: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "seg"))
        .collect();
    segs.sort();
    segs.pop().unwrap()
}

#[test]
fn append_and_reopen() {
    let dir = TempDir::new("reopen");
    {
        let (mut log, rec) = open(&dir);
        assert!(rec.entries.is_empty() && rec.snapshot.is_none());
        log.append(&entries(1..=5, 1)).unwrap();
        log.set_hard_state(&hard_state(1, 1, 3)).unwrap();
        log.sync().unwrap();
        log.append(&entries(6..=7, 1)).unwrap();
        log.sync().unwrap();
    }
    let (log, rec) = open(&dir);
    assert_eq!(
        indexes(&rec.entries),
        (1..=7).map(|i| (i, 1)).collect::<Vec<_>>()
    );
    assert_eq!(rec.entries[4].data.as_ref(), b"e5-t1");
    assert_eq!(rec.hard_state, hard_state(1, 1, 3));
    assert_eq!(log.last_index(), 7);
    assert!(rec.truncated_tail.is_none());
}

#[test]
fn second_open_is_refused_while_locked() {
    let dir = TempDir::new("lock");
    let (_log, _) = open(&dir);
    match Log::open(dir.path(), &key(), Options::default()) {
        Err(LogError::Locked(_)) => {}
        other => panic!("expected Locked, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn torn_tail_is_truncated() {
    let dir = TempDir::new("torn");
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=3, 1)).unwrap();
        log.sync().unwrap();
    }
    let seg = only_segment(&dir);
    let good_len = fs::metadata(&seg).unwrap().len();
    // A crash mid-append: a full header promising more payload than made it to disk.
    let mut buf = Vec::new();
    push_record(
        &mut buf,
        &mut Sealer::new(&key()).unwrap(),
        KIND_ENTRY,
        &entry(4, 1, "this one was never acknowledged"),
    )
    .unwrap();
    let mut f = OpenOptions::new().append(true).open(&seg).unwrap();
    f.write_all(&buf[..buf.len() - 5]).unwrap();
    drop(f);

    {
        let (mut log, rec) = open(&dir);
        assert_eq!(indexes(&rec.entries), vec![(1, 1), (2, 1), (3, 1)]);
        let cut = rec.truncated_tail.expect("tail truncated");
        assert_eq!(cut.offset, good_len);
        assert_eq!(fs::metadata(&seg).unwrap().len(), good_len);
        // The log keeps working after the cut.
        log.append(&entries(4..=4, 1)).unwrap();
        log.sync().unwrap();
    }
    let (_, rec) = open(&dir);
    assert_eq!(rec.entries.len(), 4);
    assert!(rec.truncated_tail.is_none());
}

#[test]
fn torn_header_and_bad_crc_at_tail_are_truncated() {
    let dir = TempDir::new("torn-crc");
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=2, 1)).unwrap();
        log.sync().unwrap();
    }
    let seg = only_segment(&dir);
    // Last record complete in length but with its payload damaged, as a torn sector leaves it.
    let len = fs::metadata(&seg).unwrap().len();
    let mut raw = fs::read(&seg).unwrap();
    let last = raw.len() - 1;
    raw[last] ^= 0xff;
    raw.extend_from_slice(&[0, 0, 0]); // and a partial header after it
    fs::write(&seg, &raw).unwrap();
    let (_, rec) = open(&dir);
    assert_eq!(indexes(&rec.entries), vec![(1, 1)]);
    let cut = rec.truncated_tail.unwrap();
    assert!(cut.offset < len);
}

#[test]
fn corruption_in_the_middle_is_an_error() {
    let dir = TempDir::new("mid");
    {
        let (mut log, _) = open(&dir);
        for i in 1..=5 {
            log.append(&entries(i..=i, 1)).unwrap();
            log.sync().unwrap();
        }
    }
    let seg = only_segment(&dir);
    let mut raw = fs::read(&seg).unwrap();
    // Damage a payload byte of the second record; records 3..5 after it are intact.
    let second = parse_record(&raw, SEGMENT_HEADER_LEN).unwrap().end;
    raw[second + HEADER_LEN + 2] ^= 0x55;
    fs::write(&seg, &raw).unwrap();
    match Log::open(dir.path(), &key(), Options::default()) {
        Err(e @ LogError::Corrupt { .. }) => {
            let LogError::Corrupt {
                ref path,
                offset,
                ref reason,
            } = e
            else {
                unreachable!()
            };
            assert_eq!((path.as_path(), offset), (seg.as_path(), second as u64));
            assert!(
                e.to_string().contains(&format!("at offset {second}")),
                "{e}"
            );
            assert!(reason.contains("valid record follows"), "{reason}");
        }
        other => panic!("expected Corrupt, got {:?}", other.map(|_| ())),
    }
    // Nothing was truncated by the failed open.
    assert_eq!(fs::read(&seg).unwrap(), raw);
}

#[test]
fn corrupt_length_in_the_middle_is_an_error() {
    let dir = log_of("midlen", 5);
    let seg = only_segment(&dir);
    let mut raw = fs::read(&seg).unwrap();
    // The first record's length now points far past the end of the file.
    raw[SEGMENT_HEADER_LEN + 1] ^= 0x40;
    fs::write(&seg, &raw).unwrap();
    match open_error(&dir) {
        LogError::Corrupt { offset, .. } => assert_eq!(offset, SEGMENT_HEADER_LEN as u64),
        other => panic!("expected Corrupt, got {other}"),
    }
}

#[test]
fn damage_in_an_older_segment_is_an_error() {
    let dir = TempDir::new("oldseg");
    {
        let (mut log, _) = open_small(&dir);
        for i in 1..=20 {
            log.append(&[entry(i, 1, &"x".repeat(100))]).unwrap();
            log.sync().unwrap();
        }
        assert!(log.segment_count() > 2);
    }
    let mut segs: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "seg"))
        .collect();
    segs.sort();
    // Cut the end of the first segment: a torn tail anywhere but the newest segment is data loss.
    let first = &segs[0];
    let len = fs::metadata(first).unwrap().len();
    OpenOptions::new()
        .write(true)
        .open(first)
        .unwrap()
        .set_len(len - 3)
        .unwrap();
    match Log::open(
        dir.path(),
        &key(),
        Options {
            segment_size: 256,
            ..Options::default()
        },
    ) {
        Err(LogError::Corrupt { reason, .. }) => {
            assert!(reason.contains("not the newest"), "{reason}")
        }
        other => panic!("expected Corrupt, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn suffix_overwrite() {
    let dir = TempDir::new("overwrite");
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=10, 1)).unwrap();
        log.sync().unwrap();
        // A new leader replaces 6..10 of term 1 with 6..7 of term 2.
        log.append(&entries(6..=7, 2)).unwrap();
        assert_eq!(log.last_index(), 7);
        log.sync().unwrap();
    }
    {
        let (mut log, rec) = open(&dir);
        let want: Vec<_> = (1..=5).map(|i| (i, 1)).chain([(6, 2), (7, 2)]).collect();
        assert_eq!(indexes(&rec.entries), want);
        assert_eq!(rec.entries[5].data.as_ref(), b"e6-t2");
        // Overwrite again, from the very first index, within the same batch as other writes.
        log.append(&entries(1..=2, 3)).unwrap();
        log.sync().unwrap();
    }
    let (_, rec) = open(&dir);
    assert_eq!(indexes(&rec.entries), vec![(1, 3), (2, 3)]);
}

#[test]
fn gaps_and_misuse_are_refused() {
    let dir = TempDir::new("gap");
    let (mut log, _) = open(&dir);
    log.append(&entries(1..=3, 1)).unwrap();
    assert!(matches!(
        log.append(&entries(5..=6, 1)),
        Err(LogError::Invalid(_))
    ));
    assert!(matches!(log.compact(2), Err(LogError::Invalid(_))));
}

pub(crate) fn snapshot(index: u64, term: u64, data: &[u8], voters: Vec<u64>) -> Snapshot {
    let mut s = Snapshot {
        data: Bytes::copy_from_slice(data),
        ..Default::default()
    };
    let m = s.mut_metadata();
    m.index = index;
    m.term = term;
    m.mut_conf_state().voters = voters;
    s
}

#[test]
fn snapshot_and_compaction() {
    let dir = TempDir::new("snap");
    {
        let (mut log, _) = open_small(&dir);
        for i in 1..=40 {
            log.append(&entries(i..=i, 1)).unwrap();
            log.set_hard_state(&hard_state(1, 1, i)).unwrap();
            log.sync().unwrap();
        }
        let before = log.segment_count();
        assert!(before > 4, "{before} segments");
        log.save_snapshot(&snapshot(30, 1, b"state@30", vec![1, 2, 3]))
            .unwrap();
        log.compact(30).unwrap();
        assert!(log.segment_count() < before);
        // A newer snapshot replaces the old file.
        log.save_snapshot(&snapshot(35, 1, b"state@35", vec![1, 2, 3]))
            .unwrap();
        log.compact(35).unwrap();
    }
    let snaps: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.ends_with(".snap"))
        .collect();
    assert_eq!(snaps.len(), 1, "{snaps:?}");

    let (_, rec) = open_small(&dir);
    let snap = rec.snapshot.expect("snapshot");
    assert_eq!(snap.get_metadata().index, 35);
    assert_eq!(snap.get_metadata().get_conf_state().voters, vec![1, 2, 3]);
    assert_eq!(snap.data.as_ref(), b"state@35");
    assert_eq!(
        indexes(&rec.entries),
        (36..=40).map(|i| (i, 1)).collect::<Vec<_>>()
    );
    // The hard state survives the removal of the segments that held its earlier copies.
    assert_eq!(rec.hard_state, hard_state(1, 1, 40));
}

#[test]
fn corrupt_snapshot_is_an_error() {
    let dir = TempDir::new("badsnap");
    let path;
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=3, 1)).unwrap();
        log.sync().unwrap();
        log.save_snapshot(&snapshot(3, 1, b"state", vec![1]))
            .unwrap();
        path = log.snapshot().unwrap().1.to_path_buf();
    }
    let mut raw = fs::read(&path).unwrap();
    let n = raw.len();
    raw[n - 6] ^= 1;
    fs::write(&path, raw).unwrap();
    assert!(matches!(
        Log::open(dir.path(), &key(), Options::default()),
        Err(LogError::Corrupt { .. })
    ));
}

#[test]
fn installed_snapshot_discards_the_old_log() {
    let dir = TempDir::new("install");
    {
        let (mut log, _) = open_small(&dir);
        for i in 1..=20 {
            log.append(&entries(i..=i, 1)).unwrap();
            log.sync().unwrap();
        }
        // A leader's snapshot at 12 of term 2: our entries 13..20 of term 1 are not vouched for.
        log.install_snapshot(&snapshot(12, 2, b"leader", vec![1]))
            .unwrap();
        assert_eq!(log.last_index(), 12);
        log.append(&entries(13..=14, 2)).unwrap();
        log.sync().unwrap();
    }
    let (_, rec) = open_small(&dir);
    assert_eq!(rec.snapshot.unwrap().get_metadata().index, 12);
    assert_eq!(indexes(&rec.entries), vec![(13, 2), (14, 2)]);
}

#[test]
fn group_commit_writes_one_batch() {
    let dir = TempDir::new("batch");
    let (mut log, _) = open(&dir);
    for i in 1..=100 {
        log.append(&entries(i..=i, 1)).unwrap();
    }
    assert!(log.has_pending());
    let seg = only_segment(&dir);
    assert_eq!(
        fs::metadata(&seg).unwrap().len(),
        SEGMENT_HEADER_LEN as u64,
        "nothing but the header written before sync"
    );
    log.sync().unwrap();
    assert!(!log.has_pending());
    assert!(fs::metadata(&seg).unwrap().len() > 0);
}

#[test]
fn unsynced_writes_are_flushed_on_drop() {
    let dir = TempDir::new("dropflush");
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=2, 1)).unwrap();
        log.sync().unwrap();
        log.set_hard_state(&hard_state(1, 1, 2)).unwrap();
    }
    let (_, rec) = open(&dir);
    assert_eq!(rec.hard_state.commit, 2);
}

#[test]
fn a_new_segment_starts_with_the_durable_hard_state_only() {
    let dir = TempDir::new("seghead");
    let (mut log, _) = open_small(&dir);
    log.append(&entries(1..=3, 1)).unwrap();
    log.set_hard_state(&hard_state(1, 1, 3)).unwrap();
    log.sync().unwrap();
    // This batch overflows the segment: its hard state commits entries written in the same
    // batch, so it must not be copied to the new segment's head ahead of them.
    log.append(&[entry(4, 1, &"y".repeat(300))]).unwrap();
    log.set_hard_state(&hard_state(1, 1, 4)).unwrap();
    log.sync().unwrap();
    assert_eq!(log.segment_count(), 2);
    let mut raw = fs::read(only_segment(&dir)).unwrap();
    let head = parse_record(&raw, SEGMENT_HEADER_LEN).unwrap();
    assert_eq!(head.kind, KIND_HARD_STATE);
    let sealed = &mut raw[head.payload.clone()];
    let plain = open_in_place(&key().cipher(), &head.head.to_le_bytes(), sealed).unwrap();
    assert_eq!(
        HardState::parse_from_bytes(&sealed[plain]).unwrap(),
        hard_state(1, 1, 3)
    );
    drop(log);
    let (_, rec) = open_small(&dir);
    assert_eq!(rec.hard_state, hard_state(1, 1, 4));
    assert_eq!(rec.entries.len(), 4);
}

/// Every file under the log directory, with its bytes.
fn files(dir: &TempDir) -> Vec<(PathBuf, Vec<u8>)> {
    fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let raw = fs::read(&p).unwrap();
            (p, raw)
        })
        .collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The nonce of every record in a segment, in order.
fn record_nonces(raw: &[u8]) -> Vec<Vec<u8>> {
    let mut nonces = vec![raw[12..12 + NONCE_LEN].to_vec()]; // the header's key check
    let mut off = SEGMENT_HEADER_LEN;
    while let Ok(rec) = parse_record(raw, off) {
        nonces.push(raw[rec.payload.start..rec.payload.start + NONCE_LEN].to_vec());
        off = rec.end;
    }
    nonces
}

#[test]
fn nothing_is_stored_in_clear() {
    let dir = TempDir::new("clear");
    let marker = "marker-7f3a9c-in-clear";
    {
        let (mut log, _) = open(&dir);
        log.append(&[entry(1, 1, marker), entry(2, 1, marker)])
            .unwrap();
        log.set_hard_state(&hard_state(1, 1, 2)).unwrap();
        log.sync().unwrap();
        log.save_snapshot(&snapshot(1, 1, marker.as_bytes(), vec![1]))
            .unwrap();
    }
    let all = files(&dir);
    assert!(all
        .iter()
        .any(|(p, _)| p.extension().is_some_and(|x| x == "snap")));
    for (path, raw) in &all {
        assert!(
            !contains(raw, marker.as_bytes()),
            "{} holds the marker",
            path.display()
        );
    }
    // The same files read back with the key.
    let (_, rec) = open(&dir);
    assert_eq!(rec.snapshot.unwrap().data.as_ref(), marker.as_bytes());
    assert_eq!(rec.entries[0].data.as_ref(), marker.as_bytes());
    assert_eq!(rec.hard_state, hard_state(1, 1, 2));
}

#[test]
fn a_wrong_key_is_refused_and_changes_nothing() {
    let dir = log_of("wrongkey", 3);
    let before = files(&dir);
    match Log::open(dir.path(), &Key::new([8; 32]), Options::default()) {
        Err(e @ LogError::WrongKey(_)) => {
            let seg = only_segment(&dir);
            assert!(e.to_string().contains(&seg.display().to_string()), "{e}");
            assert!(e.to_string().contains("another key"), "{e}");
        }
        other => panic!("expected WrongKey, got {:?}", other.map(|_| ())),
    }
    assert_eq!(files(&dir), before);
    assert_eq!(open(&dir).1.entries.len(), 3);
}

#[test]
fn an_altered_record_is_an_error_even_at_the_tail() {
    let dir = log_of("altered", 3);
    let seg = only_segment(&dir);
    let mut raw = fs::read(&seg).unwrap();
    let mut last = SEGMENT_HEADER_LEN;
    while let Ok(rec) = parse_record(&raw, last) {
        if rec.end == raw.len() {
            break;
        }
        last = rec.end;
    }
    // One ciphertext byte of the last record flipped, and its CRC made to match: no torn write
    // looks like this, so it must not be truncated away as one.
    let rec = parse_record(&raw, last).unwrap();
    raw[rec.payload.start + NONCE_LEN] ^= 1;
    let crc = crc32c::crc32c_append(crc32c::crc32c(&rec.head.to_le_bytes()), &raw[rec.payload]);
    raw[last + 4..last + 8].copy_from_slice(&crc.to_le_bytes());
    fs::write(&seg, &raw).unwrap();
    match open_error(&dir) {
        LogError::Corrupt {
            path,
            offset,
            reason,
        } => {
            assert_eq!((path, offset), (seg.clone(), last as u64));
            assert!(reason.contains("fails authentication"), "{reason}");
        }
        other => panic!("expected Corrupt, got {other}"),
    }
    assert_eq!(fs::read(&seg).unwrap(), raw);
}

#[test]
fn appends_after_a_truncated_tail_use_fresh_nonces_and_read_back() {
    let dir = TempDir::new("renonce");
    {
        let (mut log, _) = open(&dir);
        log.append(&entries(1..=3, 1)).unwrap();
        log.sync().unwrap();
        log.append(&[entry(4, 1, "torn")]).unwrap();
        log.sync().unwrap();
    }
    // A crash in the middle of writing record 4: its nonce and part of its ciphertext are on
    // disk, then cut; the same offset is written again after the restart.
    let seg = only_segment(&dir);
    let raw = fs::read(&seg).unwrap();
    let torn_nonces = record_nonces(&raw);
    fs::write(&seg, &raw[..raw.len() - 5]).unwrap();
    {
        let (mut log, rec) = open(&dir);
        assert!(rec.truncated_tail.is_some());
        assert_eq!(rec.entries.len(), 3);
        log.append(&[entry(4, 1, "rewritten")]).unwrap();
        log.sync().unwrap();
    }
    let (mut log, rec) = open(&dir);
    assert!(rec.truncated_tail.is_none());
    assert_eq!(rec.entries[3].data.as_ref(), b"rewritten");
    log.append(&[entry(5, 1, "more")]).unwrap();
    log.sync().unwrap();
    drop(log);
    let nonces = record_nonces(&fs::read(&seg).unwrap());
    let rewritten = &nonces[4];
    assert_ne!(
        rewritten, &torn_nonces[4],
        "the rewritten record reused the torn one's nonce"
    );
    let mut unique = nonces.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), nonces.len(), "a nonce repeats in {nonces:?}");
    assert_eq!(open(&dir).1.entries.len(), 5);
}

#[test]
fn a_log_of_the_first_plaintext_format_is_refused() {
    let dir = TempDir::new("format1");
    fs::create_dir_all(dir.path()).unwrap();
    // Format 1: no segment header, records in clear from offset 0.
    let payload = entry(1, 1, "old").write_to_bytes().unwrap();
    let head = (KIND_ENTRY << 30) | payload.len() as u32;
    let crc = crc32c::crc32c_append(crc32c::crc32c(&head.to_le_bytes()), &payload);
    let mut raw = head.to_le_bytes().to_vec();
    raw.extend_from_slice(&crc.to_le_bytes());
    raw.extend_from_slice(&payload);
    let seg = dir.path().join(segment_name(1));
    fs::write(&seg, &raw).unwrap();
    match open_error(&dir) {
        e @ LogError::Format { .. } => {
            let msg = e.to_string();
            assert!(msg.contains(&seg.display().to_string()), "{msg}");
            assert!(
                msg.contains("older shoal") && msg.contains("no migration"),
                "{msg}"
            );
        }
        other => panic!("expected Format, got {other}"),
    }
    assert_eq!(fs::read(&seg).unwrap(), raw);

    // A format 1 snapshot beside a current log.
    let dir = log_of("format1snap", 1);
    let mut old = SNAPSHOT_MAGIC.to_vec();
    old.extend_from_slice(&1u32.to_le_bytes());
    old.extend_from_slice(&[0; 20]);
    fs::write(dir.path().join(snapshot_name(1, 1)), &old).unwrap();
    match open_error(&dir) {
        e @ LogError::Format { .. } => {
            assert!(e.to_string().contains("snapshot format 1"), "{e}")
        }
        other => panic!("expected Format, got {other}"),
    }
}

/// `cargo test -p shoal-log --release -- --ignored --nocapture`: what encryption costs the log.
#[test]
#[ignore]
fn encryption_cost() {
    let mut sealer = Sealer::new(&key()).unwrap();
    let cipher = key().cipher();
    let mut buf = vec![0u8; NONCE_LEN + (1 << 20)];
    let rounds = 256;
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        buf.truncate(NONCE_LEN + (1 << 20));
        sealer.seal_tail(&mut buf, 0, b"");
    }
    let seal = t.elapsed();
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        let mut copy = buf.clone();
        assert!(open_in_place(&cipher, b"", &mut copy).is_some());
    }
    let open_time = t.elapsed();
    let mib = rounds as f64;
    println!(
        "AES-256-GCM, 1 MiB buffers: seal {:.0} MiB/s, open {:.0} MiB/s (open includes a copy)",
        mib / seal.as_secs_f64(),
        mib / open_time.as_secs_f64()
    );

    let dir = TempDir::new("cost");
    let (mut log, _) = open(&dir);
    let n = 100_000u64;
    let payload = "x".repeat(300);
    let t = std::time::Instant::now();
    for i in (1..=n).step_by(1000) {
        let batch: Vec<Entry> = (i..i + 1000).map(|j| entry(j, 1, &payload)).collect();
        log.append(&batch).unwrap();
        log.sync().unwrap();
    }
    let append = t.elapsed();
    let data = vec![7u8; 26 << 20];
    let t = std::time::Instant::now();
    log.save_snapshot(&snapshot(n, 1, &data, vec![1])).unwrap();
    let save = t.elapsed();
    drop(log);
    let t = std::time::Instant::now();
    let (_, rec) = open(&dir);
    let reopen = t.elapsed();
    assert_eq!(rec.snapshot.unwrap().data.len(), data.len());
    println!(
        "log: 100,000 entries of 300 bytes in batches of 1,000 (one fsync each): {append:?}; \
         26 MiB snapshot saved: {save:?}; reopen (snapshot + segments read, decrypted): {reopen:?}"
    );
}
