use shoal_store::{Action, ActionKind, IndexEntry, Store, StoreError, View};

fn ids(objs: &[shoal_store::Object]) -> Vec<&str> {
    objs.iter().map(|o| o.id.as_str()).collect()
}

fn svc(id: &str, name: &str) -> Action {
    Action::create(
        "services",
        id,
        format!("svc {id}"),
        vec![IndexEntry::unique("name", name)],
    )
}

fn rename(id: &str, name: &str) -> Action {
    Action::update(
        "services",
        id,
        format!("svc {id} renamed"),
        vec![IndexEntry::unique("name", name)],
    )
}

#[test]
fn view_and_store_are_send_sync_clone() {
    fn check<T: Send + Sync + Clone>() {}
    check::<View>();
    check::<Store>();
}

#[test]
fn crud() {
    let mut s = Store::new();
    let ch = s
        .apply(
            3,
            &[Action::create(
                "nodes",
                "n1",
                b"one".to_vec(),
                vec![IndexEntry::new("role", "worker")],
            )],
        )
        .unwrap();
    assert_eq!(ch.len(), 1);
    assert_eq!(ch[0].kind, ActionKind::Create);
    assert_eq!(
        (ch[0].table.as_str(), ch[0].id.as_str(), ch[0].version),
        ("nodes", "n1", 3)
    );
    assert_eq!(ch[0].data.as_deref(), Some(&b"one"[..]));

    let o = s.view().get("nodes", "n1").unwrap();
    assert_eq!(
        (o.table.as_str(), o.id.as_str(), o.version, &o.data[..]),
        ("nodes", "n1", 3, &b"one"[..])
    );
    assert_eq!(s.len("nodes"), 1);
    assert_eq!(s.version(), 3);

    let ch = s
        .apply(
            4,
            &[Action::update(
                "nodes",
                "n1",
                b"two".to_vec(),
                vec![IndexEntry::new("role", "manager")],
            )
            .expect_version(3)],
        )
        .unwrap();
    assert_eq!((ch[0].kind, ch[0].version), (ActionKind::Update, 4));
    let v = s.view();
    let o = v.get("nodes", "n1").unwrap();
    assert_eq!((o.version, &o.data[..]), (4, &b"two"[..]));
    // Update replaces the index entries.
    assert!(v.find("nodes", "role", "worker").is_empty());
    assert_eq!(ids(&v.find("nodes", "role", "manager")), ["n1"]);

    let ch = s
        .apply(5, &[Action::delete("nodes", "n1").expect_version(4)])
        .unwrap();
    assert_eq!(
        (ch[0].kind, ch[0].version, ch[0].data.clone()),
        (ActionKind::Delete, 5, None)
    );
    let v = s.view();
    assert!(v.get("nodes", "n1").is_none());
    assert!(v.find("nodes", "role", "manager").is_empty());
    assert_eq!(v.count("nodes"), 0);
    assert_eq!(s.len("nodes"), 0);
    assert!(v.list("nodes").is_empty());
}

#[test]
fn update_without_data_keeps_bytes_and_replaces_indexes() {
    let mut s = Store::new();
    s.apply(
        1,
        &[Action::create(
            "t",
            "a",
            b"payload".to_vec(),
            vec![IndexEntry::new("x", "1")],
        )],
    )
    .unwrap();
    let mut up = Action::update("t", "a", Vec::new(), vec![IndexEntry::new("x", "2")]);
    up.data = None;
    let ch = s.apply(2, &[up]).unwrap();
    assert_eq!(ch[0].data.as_deref(), Some(&b"payload"[..]));
    let v = s.view();
    assert_eq!(&v.get("t", "a").unwrap().data[..], b"payload");
    assert_eq!(v.get("t", "a").unwrap().version, 2);
    assert!(v.find("t", "x", "1").is_empty());
    assert_eq!(ids(&v.find("t", "x", "2")), ["a"]);
}

#[test]
fn conflict() {
    let mut s = Store::new();
    s.apply(7, &[svc("s1", "web")]).unwrap();
    let err = s
        .apply(8, &[rename("s1", "api").expect_version(6)])
        .unwrap_err();
    assert_eq!(err.code(), "Conflict");
    assert_eq!(
        err,
        StoreError::Conflict {
            table: "services".into(),
            id: "s1".into(),
            expected: 6,
            actual: 7
        }
    );
    let msg = err.to_string();
    assert!(
        msg.contains("services/s1") && msg.contains('6') && msg.contains('7'),
        "{msg}"
    );

    let err = s
        .apply(8, &[Action::delete("services", "s1").expect_version(1)])
        .unwrap_err();
    assert_eq!(err.code(), "Conflict");
    assert_eq!(s.view().get("services", "s1").unwrap().version, 7);
    // No expected version means last writer wins.
    s.apply(8, &[rename("s1", "api")]).unwrap();
}

#[test]
fn not_found() {
    let mut s = Store::new();
    for a in [rename("nope", "x"), Action::delete("services", "nope")] {
        let err = s.apply(1, &[a]).unwrap_err();
        assert_eq!(err.code(), "NotFound");
        assert_eq!(
            err,
            StoreError::NotFound {
                table: "services".into(),
                id: "nope".into()
            }
        );
        assert!(err.to_string().contains("services/nope"));
    }
    s.apply(1, &[svc("s1", "web")]).unwrap();
    assert_eq!(
        s.apply(2, &[Action::delete("services", "s2")])
            .unwrap_err()
            .code(),
        "NotFound"
    );
    // Deleted earlier in the same batch counts as absent.
    let err = s
        .apply(2, &[Action::delete("services", "s1"), rename("s1", "x")])
        .unwrap_err();
    assert_eq!(err.code(), "NotFound");
    assert!(s.view().get("services", "s1").is_some());
}

#[test]
fn exists() {
    let mut s = Store::new();
    s.apply(1, &[svc("s1", "web")]).unwrap();
    let err = s.apply(2, &[svc("s1", "other")]).unwrap_err();
    assert_eq!(
        err,
        StoreError::Exists {
            table: "services".into(),
            id: "s1".into()
        }
    );
    assert_eq!(err.code(), "Exists");
    assert!(err.to_string().contains("services/s1"));
    // Created earlier in the same batch.
    let err = s.apply(2, &[svc("s2", "a"), svc("s2", "b")]).unwrap_err();
    assert_eq!(err.code(), "Exists");
    assert!(s.view().get("services", "s2").is_none());
    // Same id in another table is a different object.
    s.apply(2, &[Action::create("tasks", "s1", b"".to_vec(), vec![])])
        .unwrap();
    // Delete then re-create in one batch is allowed.
    s.apply(3, &[Action::delete("services", "s1"), svc("s1", "web")])
        .unwrap();
    assert_eq!(s.view().get("services", "s1").unwrap().version, 3);
}

#[test]
fn unique_index() {
    let mut s = Store::new();
    s.apply(1, &[svc("s1", "web"), svc("s2", "api")]).unwrap();

    let err = s.apply(2, &[svc("s3", "web")]).unwrap_err();
    assert_eq!(err.code(), "NameConflict");
    assert_eq!(
        err,
        StoreError::NameConflict {
            table: "services".into(),
            id: "s3".into(),
            index: "name".into(),
            value: "web".into(),
            holder: "s1".into()
        }
    );
    let msg = err.to_string();
    assert!(
        msg.contains("services")
            && msg.contains("name")
            && msg.contains("web")
            && msg.contains("s1"),
        "{msg}"
    );

    // Renaming onto a taken name fails; keeping one's own name does not.
    assert_eq!(
        s.apply(2, &[rename("s2", "web")]).unwrap_err().code(),
        "NameConflict"
    );
    s.apply(2, &[rename("s2", "api")]).unwrap();

    // Two creates with the same name in one batch.
    assert_eq!(
        s.apply(3, &[svc("s3", "db"), svc("s4", "db")])
            .unwrap_err()
            .code(),
        "NameConflict"
    );

    // Other tables and other index names are separate namespaces.
    s.apply(
        3,
        &[Action::create(
            "networks",
            "n1",
            b"".to_vec(),
            vec![IndexEntry::unique("name", "web")],
        )],
    )
    .unwrap();
    s.apply(
        3,
        &[Action::create(
            "services",
            "s5",
            b"".to_vec(),
            vec![IndexEntry::unique("alias", "web")],
        )],
    )
    .unwrap();

    // Non-unique entries may share a value; a unique one may not join them, nor the reverse.
    let label = |id: &str, value: &str, unique: bool| {
        let e = IndexEntry {
            name: "svc".into(),
            value: value.into(),
            unique,
        };
        Action::create("tasks", id, b"".to_vec(), vec![e])
    };
    s.apply(4, &[label("t1", "x", false), label("t2", "x", false)])
        .unwrap();
    assert_eq!(
        s.apply(5, &[label("t3", "x", true)]).unwrap_err().code(),
        "NameConflict"
    );
    s.apply(5, &[label("u1", "y", true)]).unwrap();
    assert_eq!(
        s.apply(6, &[label("u2", "y", false)]).unwrap_err().code(),
        "NameConflict"
    );
}

#[test]
fn unique_index_same_batch_rename_and_delete() {
    let mut s = Store::new();
    s.apply(1, &[svc("a", "web"), svc("b", "api")]).unwrap();

    // Delete one object and create another with its name.
    s.apply(2, &[Action::delete("services", "a"), svc("c", "web")])
        .unwrap();
    let v = s.view();
    assert_eq!(ids(&v.find("services", "name", "web")), ["c"]);

    // Rename frees a name that a later action in the batch takes.
    s.apply(3, &[rename("c", "www"), svc("d", "web")]).unwrap();
    let v = s.view();
    assert_eq!(ids(&v.find("services", "name", "www")), ["c"]);
    assert_eq!(ids(&v.find("services", "name", "web")), ["d"]);

    // Swap two names through a temporary one.
    s.apply(
        4,
        &[rename("b", "tmp"), rename("d", "api"), rename("b", "web")],
    )
    .unwrap();
    let v = s.view();
    assert_eq!(ids(&v.find("services", "name", "web")), ["b"]);
    assert_eq!(ids(&v.find("services", "name", "api")), ["d"]);
    assert!(v.find("services", "name", "tmp").is_empty());

    // Order matters: taking a name before its holder lets go of it fails the whole batch.
    let err = s
        .apply(5, &[svc("e", "www"), Action::delete("services", "c")])
        .unwrap_err();
    assert_eq!(err.code(), "NameConflict");
    assert!(s.view().get("services", "c").is_some());
    assert!(s.view().get("services", "e").is_none());
}

#[test]
fn batch_is_all_or_nothing() {
    let mut s = Store::new();
    s.apply(1, &[svc("a", "web"), svc("b", "api")]).unwrap();
    let before = s.snapshot();
    let view_before = s.view();

    let batch = [
        Action::create(
            "services",
            "c",
            b"c".to_vec(),
            vec![IndexEntry::unique("name", "db")],
        ),
        rename("a", "www"),
        Action::delete("services", "b"),
        Action::create(
            "tasks",
            "t1",
            b"t".to_vec(),
            vec![IndexEntry::new("service", "c")],
        ),
        rename("a", "again").expect_version(1), // a is at version 9 by now: Conflict
    ];
    let err = s.apply(9, &batch).unwrap_err();
    assert_eq!(err.code(), "Conflict");

    assert_eq!(
        s.snapshot(),
        before,
        "a failed batch must leave the store unchanged"
    );
    assert_eq!(s.version(), 1);
    let v = s.view();
    assert_eq!(v.count("services"), 2);
    assert_eq!(v.count("tasks"), 0);
    assert!(v.get("services", "c").is_none());
    assert_eq!(ids(&v.find("services", "name", "web")), ["a"]);
    assert_eq!(ids(&v.find("services", "name", "api")), ["b"]);
    assert!(v.find("services", "name", "www").is_empty());
    assert_eq!(v.get("services", "a").unwrap().version, 1);
    assert_eq!(view_before.list("services"), v.list("services"));

    // The names the failed batch touched are still usable exactly as before.
    assert_eq!(
        s.apply(10, &[svc("z", "web")]).unwrap_err().code(),
        "NameConflict"
    );
    s.apply(10, &[svc("z", "db")]).unwrap();
}

#[test]
fn view_isolation() {
    let mut s = Store::new();
    s.apply(1, &[svc("a", "web")]).unwrap();
    let v1 = s.view();
    s.apply(
        2,
        &[
            rename("a", "www"),
            svc("b", "web"),
            Action::create("tasks", "t", b"".to_vec(), vec![]),
        ],
    )
    .unwrap();
    let v2 = s.view();
    s.apply(3, &[Action::delete("services", "a")]).unwrap();

    assert_eq!(v1.version(), 1);
    assert_eq!(v1.count("services"), 1);
    assert_eq!(v1.get("services", "a").unwrap().version, 1);
    assert_eq!(&v1.get("services", "a").unwrap().data[..], b"svc a");
    assert_eq!(ids(&v1.find("services", "name", "web")), ["a"]);
    assert!(v1.find("services", "name", "www").is_empty());
    assert_eq!(v1.count("tasks"), 0);
    assert_eq!(v1.tables(), ["services"]);

    assert_eq!(ids(&v2.list("services")), ["a", "b"]);
    assert_eq!(ids(&v2.find("services", "name", "www")), ["a"]);
    assert_eq!(v2.tables(), ["services", "tasks"]);

    let v3 = s.view();
    assert_eq!(ids(&v3.list("services")), ["b"]);

    // Views are usable from other threads while the store keeps writing.
    let h = std::thread::spawn(move || v1.list("services").len());
    s.apply(4, &[svc("c", "x")]).unwrap();
    assert_eq!(h.join().unwrap(), 1);
}

#[test]
fn find_by_index_sorted_by_id() {
    let mut s = Store::new();
    let task = |id: &str, node: &str, state: &str| {
        Action::create(
            "tasks",
            id,
            id.as_bytes().to_vec(),
            vec![
                IndexEntry::new("node", node),
                IndexEntry::new("state", state),
                IndexEntry::new("state", state), // duplicates collapse to one entry
            ],
        )
    };
    s.apply(
        1,
        &[
            task("t9", "n1", "running"),
            task("t2", "n2", "running"),
            task("t5", "n1", "pending"),
        ],
    )
    .unwrap();
    s.apply(
        2,
        &[task("t1", "n1", "running"), task("t10", "n1", "running")],
    )
    .unwrap();
    let v = s.view();
    assert_eq!(
        ids(&v.find("tasks", "node", "n1")),
        ["t1", "t10", "t5", "t9"]
    );
    assert_eq!(
        ids(&v.find("tasks", "state", "running")),
        ["t1", "t10", "t2", "t9"]
    );
    assert_eq!(ids(&v.find("tasks", "state", "pending")), ["t5"]);
    assert!(v.find("tasks", "node", "n3").is_empty());
    assert!(v.find("tasks", "nodes", "n1").is_empty());
    assert!(v.find("tasks", "nod", "n1").is_empty());
    assert!(v.find("nope", "node", "n1").is_empty());
    // Value prefixes do not match.
    assert!(v.find("tasks", "node", "n").is_empty());
    let o = &v.find("tasks", "node", "n1")[0];
    assert_eq!(
        (o.table.as_str(), o.version, &o.data[..]),
        ("tasks", 2, &b"t1"[..])
    );
}

#[test]
fn list_sorted_by_id() {
    let mut s = Store::new();
    let mut batch: Vec<Action> = (0..50)
        .rev()
        .map(|i| Action::create("t", format!("id{i:03}"), vec![i as u8], vec![]))
        .collect();
    batch.push(Action::create("t", "B", b"".to_vec(), vec![]));
    batch.push(Action::create("t", "a", b"".to_vec(), vec![]));
    s.apply(1, &batch).unwrap();
    let list = s.view().list("t");
    assert_eq!(list.len(), 52);
    let got: Vec<String> = list.iter().map(|o| o.id.clone()).collect();
    let mut want = got.clone();
    want.sort();
    assert_eq!(got, want);
    assert_eq!(got[0], "B"); // byte order, not locale order
    assert!(s.view().list("missing").is_empty());
}

fn populated() -> Store {
    let mut s = Store::new();
    let mut batch = Vec::new();
    for i in 0..200u32 {
        batch.push(Action::create(
            "tasks",
            format!("task-{i:04}"),
            vec![(i % 251) as u8; (i % 17) as usize],
            vec![
                IndexEntry::unique("name", format!("task.{i}")),
                IndexEntry::new("node", format!("node-{}", i % 7)),
                IndexEntry::new("service", format!("svc-{}", i % 13)),
            ],
        ));
    }
    s.apply(5, &batch).unwrap();
    s.apply(
        6,
        &[
            svc("s1", "web"),
            Action::create("nodes", "n1", b"\x00\xff".to_vec(), vec![]),
        ],
    )
    .unwrap();
    s.apply(
        7,
        &[rename("s1", "www"), Action::delete("tasks", "task-0003")],
    )
    .unwrap();
    s
}

#[test]
fn snapshot_round_trip() {
    let s = populated();
    let bytes = s.snapshot();
    let r = Store::restore(&bytes).unwrap();
    assert_eq!(r.version(), 7);
    assert_eq!(
        r.snapshot(),
        bytes,
        "snapshot must be deterministic across restore"
    );
    let (a, b) = (s.view(), r.view());
    assert_eq!(a.tables(), b.tables());
    for t in a.tables() {
        assert_eq!(a.list(&t), b.list(&t));
        assert_eq!(s.len(&t), r.len(&t));
    }
    for n in 0..7 {
        let v = format!("node-{n}");
        assert_eq!(a.find("tasks", "node", &v), b.find("tasks", "node", &v));
    }
    assert_eq!(ids(&b.find("services", "name", "www")), ["s1"]);
    assert_eq!(ids(&b.find("tasks", "name", "task.42")), ["task-0042"]);

    // Restored indexes enforce uniqueness exactly like the original.
    let mut r = r;
    let dup = Action::create(
        "tasks",
        "x",
        b"".to_vec(),
        vec![IndexEntry::unique("name", "task.9")],
    );
    assert_eq!(r.apply(8, &[dup]).unwrap_err().code(), "NameConflict");
    let free = Action::create(
        "tasks",
        "x",
        b"".to_vec(),
        vec![IndexEntry::unique("name", "task.3")],
    );
    r.apply(8, &[free]).unwrap();

    let empty = Store::new();
    let e = Store::restore(&empty.snapshot()).unwrap();
    assert!(e.is_empty());
    assert_eq!(e.version(), 0);
}

#[test]
fn snapshot_is_deterministic_across_replicas() {
    let (a, b) = (populated(), populated());
    assert_eq!(a.snapshot(), b.snapshot());
}

#[test]
fn corrupt_snapshot_detected() {
    let bytes = populated().snapshot();
    for i in [
        0,
        4,
        5,
        20,
        bytes.len() / 2,
        bytes.len() - 5,
        bytes.len() - 1,
    ] {
        let mut bad = bytes.clone();
        bad[i] ^= 0x40;
        let err = Store::restore(&bad)
            .err()
            .unwrap_or_else(|| panic!("flip at {i} not detected"));
        assert_eq!(err.code(), "Corrupt", "{err}");
    }
    for n in [0, 3, 9, bytes.len() - 1] {
        assert_eq!(Store::restore(&bytes[..n]).err().unwrap().code(), "Corrupt");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(Store::restore(&longer).err().unwrap().code(), "Corrupt");
    assert!(Store::restore(b"garbage that is not a snapshot")
        .err()
        .unwrap()
        .to_string()
        .contains("magic"));
}

#[test]
fn encode_decode_batch_round_trip() {
    let batch = vec![
        Action::create(
            "services",
            "s1",
            vec![0u8, 1, 2, 255],
            vec![
                IndexEntry::unique("name", "wéb"),
                IndexEntry::new("label", ""),
            ],
        ),
        Action::update("services", "s1", Vec::new(), vec![]).expect_version(u64::MAX),
        Action {
            data: None,
            ..Action::update("t", "", Vec::new(), vec![IndexEntry::new("k", "v")])
        },
        Action::delete("tasks", "t1").expect_version(0),
        Action::create("big", "b", vec![7u8; 100_000], vec![]),
    ];
    let bytes = Action::encode_batch(&batch);
    assert_eq!(Action::decode_batch(&bytes).unwrap(), batch);
    assert_eq!(Action::validate_batch(&bytes).unwrap(), batch.len());
    assert_eq!(
        Action::encode_batch(&batch),
        bytes,
        "encoding is deterministic"
    );
    assert_eq!(
        Action::decode_batch(&Action::encode_batch(&[])).unwrap(),
        vec![]
    );

    // Damaged input is reported, never a panic or a partial batch.
    for n in 0..bytes.len().min(200) {
        assert_eq!(
            Action::decode_batch(&bytes[..n]).unwrap_err().code(),
            "Corrupt"
        );
        assert_eq!(
            Action::validate_batch(&bytes[..n]).unwrap_err().code(),
            "Corrupt"
        );
    }
    let mut trailing = bytes.clone();
    trailing.push(0);
    assert_eq!(
        Action::decode_batch(&trailing).unwrap_err().code(),
        "Corrupt"
    );
    assert_eq!(
        Action::validate_batch(&trailing).unwrap_err().code(),
        "Corrupt"
    );
    let mut bad_kind = Action::encode_batch(&batch[..1]);
    bad_kind[2] = 9;
    assert!(Action::decode_batch(&bad_kind)
        .unwrap_err()
        .to_string()
        .contains("kind"));
    let mut bad_format = bytes.clone();
    bad_format[0] = 3;
    assert_eq!(
        Action::decode_batch(&bad_format).unwrap_err().code(),
        "Corrupt"
    );
    // A huge count must not allocate; it is rejected against the input length.
    assert_eq!(
        Action::decode_batch(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f])
            .unwrap_err()
            .code(),
        "Corrupt"
    );
}

// A tagged batch (format 2: the format byte, a uvarint tag, then format 1's count and actions)
// is the same batch to the store; only its proposer reads the tag back (batch_tag).
#[test]
fn tagged_batch_applies_like_untagged() {
    let batch = vec![svc("a", "x"), svc("b", "y")];
    let plain = Action::encode_batch(&batch);
    let tag: u64 = (1 << 53) - 1;
    let mut tagged = vec![2u8];
    let mut t = tag;
    while t >= 0x80 {
        tagged.push((t as u8) | 0x80);
        t >>= 7;
    }
    tagged.push(t as u8);
    tagged.extend_from_slice(&plain[1..]);

    assert_eq!(Action::batch_tag(&tagged), Some(tag));
    assert_eq!(Action::batch_tag(&plain), None);
    assert_eq!(Action::batch_tag(&[]), None);
    assert_eq!(Action::decode_batch(&tagged).unwrap(), batch);
    assert_eq!(Action::validate_batch(&tagged).unwrap(), batch.len());
    let (mut a, mut b) = (Store::new(), Store::new());
    assert_eq!(
        a.apply_encoded(4, &plain).unwrap(),
        b.apply_encoded(4, &tagged).unwrap()
    );
    assert_eq!(a.snapshot(), b.snapshot());
    // A truncated tag is a malformed batch, refused whole.
    for n in 1..tagged.len() - plain.len() + 2 {
        assert_eq!(
            Action::validate_batch(&tagged[..n]).unwrap_err().code(),
            "Corrupt"
        );
    }
    assert_eq!(
        b.apply_encoded(5, &tagged[..3]).unwrap_err().code(),
        "Corrupt"
    );
}

#[test]
fn same_batches_same_state() {
    let batches: Vec<(u64, Vec<Action>)> = vec![
        (1, vec![svc("a", "x"), svc("b", "y")]),
        (2, vec![svc("c", "y")]), // rejected
        (3, vec![rename("a", "z"), svc("c", "x")]),
    ];
    let run = || {
        let mut s = Store::new();
        let results: Vec<_> = batches
            .iter()
            .map(|(v, b)| s.apply(*v, b).map(|c| c.len()))
            .collect();
        (s.snapshot(), results)
    };
    let (s1, r1) = run();
    let (s2, r2) = run();
    assert_eq!(s1, s2);
    assert_eq!(r1, r2);
    assert!(r1[1].is_err());
}

/// Hand-built snapshot bytes (every number here fits one varint byte) with a valid
/// checksum, to check that restore validates structure and not just the checksum.
/// (tag, name when the tag introduces one, value)
type RawIx<'a> = (u8, Option<&'a str>, &'a str);

fn raw_snapshot(objects: &[(&str, &[RawIx<'_>])]) -> Vec<u8> {
    let s = |out: &mut Vec<u8>, v: &str| {
        out.push(v.len() as u8);
        out.extend_from_slice(v.as_bytes());
    };
    let mut out = b"SHST\x01".to_vec();
    out.extend_from_slice(&[9, 1]); // version 9, one table
    s(&mut out, "t");
    out.push(objects.len() as u8);
    for (id, ix) in objects {
        s(&mut out, id);
        out.extend_from_slice(&[1, 0, ix.len() as u8]); // version 1, empty data
        for (tag, name, value) in ix.iter() {
            out.push(*tag);
            if let Some(n) = name {
                s(&mut out, n);
            }
            s(&mut out, value);
        }
    }
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

#[test]
fn restore_validates_structure() {
    // name #0 "label", unique bit in the tag's low bit.
    let good = raw_snapshot(&[("a", &[(0, Some("label"), "x")]), ("b", &[(0, None, "x")])]);
    let s = Store::restore(&good).unwrap();
    assert_eq!(s.version(), 9);
    assert_eq!(ids(&s.view().find("t", "label", "x")), ["a", "b"]);
    assert_eq!(
        s.snapshot(),
        good,
        "hand-built bytes are the canonical spelling"
    );

    let cases: [(&str, Vec<u8>); 6] = [
        (
            "unique",
            raw_snapshot(&[("a", &[(1, Some("label"), "x")]), ("b", &[(0, None, "x")])]),
        ),
        (
            "unique",
            raw_snapshot(&[("a", &[(0, Some("label"), "x")]), ("b", &[(1, None, "x")])]),
        ),
        ("out of order", raw_snapshot(&[("b", &[]), ("a", &[])])),
        ("out of order", raw_snapshot(&[("a", &[]), ("a", &[])])),
        (
            "defined twice",
            raw_snapshot(&[
                ("a", &[(0, Some("label"), "x")]),
                ("b", &[(2, Some("label"), "y")]),
            ]),
        ),
        ("empty", raw_snapshot(&[])),
    ];
    for (want, bytes) in cases {
        let err = Store::restore(&bytes).expect_err(want);
        assert_eq!(err.code(), "Corrupt");
        assert!(
            err.to_string().contains(want),
            "{err} should mention {want:?}"
        );
    }
    let undefined = raw_snapshot(&[("a", &[(2, None, "x")])]);
    assert!(Store::restore(&undefined)
        .err()
        .unwrap()
        .to_string()
        .contains("before it is defined"));
    let unsorted = raw_snapshot(&[("a", &[(0, Some("n"), "y"), (0, None, "x")])]);
    assert!(Store::restore(&unsorted)
        .err()
        .unwrap()
        .to_string()
        .contains("out of order"));
}

#[test]
fn changes_encode_as_documented() {
    use shoal_store::{Bytes, Change};
    let changes = vec![
        Change {
            kind: ActionKind::Create,
            table: "t".into(),
            id: "é".into(),
            version: 300,
            data: Some(Bytes::from_static(&[7, 8])),
        },
        Change {
            kind: ActionKind::Delete,
            table: "t".into(),
            id: "x".into(),
            version: 1,
            data: None,
        },
    ];
    assert_eq!(
        Change::encode_all(&changes),
        vec![
            0, 1, b't', 2, 0xc3, 0xa9, 0xac, 0x02, 1, 2, 7, 8, // create t/é v300 [7, 8]
            2, 1, b't', 1, b'x', 1, 0, // delete t/x v1
        ]
    );
    assert!(Change::encode_all(&[]).is_empty());
}

// A Raft entry's batch is applied straight from its bytes (apply_encoded): the same
// changes, state and errors as applying the decoded actions.
#[test]
fn apply_encoded_matches_apply() {
    let task = |id: &str, node: &str| {
        Action::create(
            "tasks",
            id,
            format!("task {id}"),
            vec![
                IndexEntry::new("service", "s1"),
                IndexEntry::new("node", node),
                // Repeated entries are one entry, as in apply.
                IndexEntry::new("node", node),
            ],
        )
    };
    let batches: Vec<Vec<Action>> = vec![
        vec![svc("s1", "web"), task("t1", ""), task("t2", "")],
        vec![
            Action::update(
                "tasks",
                "t1",
                "task t1 assigned",
                vec![IndexEntry::new("node", "n1")],
            )
            .expect_version(1),
            Action::delete("tasks", "t2").expect_version(1),
        ],
        // Fails on its second action (stale version): nothing of it stays.
        vec![
            task("t3", "n2"),
            Action::delete("tasks", "t1").expect_version(1),
        ],
        // Fails on a unique index held by another object.
        vec![svc("s2", "web")],
    ];
    let (mut a, mut b) = (Store::new(), Store::new());
    for (i, batch) in batches.iter().enumerate() {
        let version = i as u64 + 1;
        let decoded = a.apply(version, batch);
        let encoded = b.apply_encoded(version, &Action::encode_batch(batch));
        assert_eq!(decoded, encoded, "batch {i}");
        assert_eq!(a.snapshot(), b.snapshot(), "state after batch {i}");
    }
    assert_eq!(ids(&b.view().find("tasks", "node", "n1")), ["t1"]);
    assert!(b.view().get("tasks", "t3").is_none());

    // A malformed batch is refused whole.
    let mut bytes = Action::encode_batch(&[task("t4", "n1")]);
    bytes.truncate(bytes.len() - 1);
    assert!(b.apply_encoded(9, &bytes).is_err());
    assert!(b.view().get("tasks", "t4").is_none());
    assert_eq!(b.version(), 2);
}

// A merge appends its patch to the stored bytes without reading them (for protobuf objects
// that is a merge of the two messages), replaces the index entries, and is reported as an
// update carrying the merged bytes.
#[test]
fn merge_appends_patch_and_reports_an_update() {
    let mut s = Store::new();
    s.apply(
        1,
        &[Action::create(
            "tasks",
            "t1",
            b"task".to_vec(),
            vec![IndexEntry::new("node", ""), IndexEntry::new("service", "s")],
        )],
    )
    .unwrap();
    let ch = s
        .apply_encoded(
            2,
            &Action::encode_batch(&[Action::merge(
                "tasks",
                "t1",
                b"+patch".to_vec(),
                vec![
                    IndexEntry::new("node", "n1"),
                    IndexEntry::new("service", "s"),
                ],
            )
            .expect_version(1)]),
        )
        .unwrap();
    assert_eq!(ch.len(), 1);
    assert_eq!(ch[0].kind, ActionKind::Update);
    assert_eq!(ch[0].version, 2);
    assert_eq!(ch[0].data.as_deref(), Some(&b"task+patch"[..]));
    let v = s.view();
    let o = v.get("tasks", "t1").unwrap();
    assert_eq!((o.version, &o.data[..]), (2, &b"task+patch"[..]));
    assert_eq!(ids(&v.find("tasks", "node", "n1")), ["t1"]);
    assert!(v.find("tasks", "node", "").is_empty());
    assert_eq!(ids(&v.find("tasks", "service", "s")), ["t1"]);

    // Each merge appends to what is stored; a snapshot keeps the merged bytes.
    s.apply(3, &[Action::merge("tasks", "t1", b"!".to_vec(), vec![])])
        .unwrap();
    let restored = Store::restore(&s.snapshot()).unwrap();
    assert_eq!(restored.snapshot(), s.snapshot());
    let o = restored.view().get("tasks", "t1").unwrap();
    assert_eq!((o.version, &o.data[..]), (3, &b"task+patch!"[..]));
    assert!(restored.view().find("tasks", "node", "n1").is_empty());
}

#[test]
fn merge_refused_whole_on_conflict_or_unknown_id() {
    let mut s = Store::new();
    s.apply(1, &[svc("a", "x"), svc("b", "y")]).unwrap();
    let before = s.snapshot();
    let conflict = [
        Action::merge(
            "services",
            "a",
            b"1".to_vec(),
            vec![IndexEntry::unique("name", "x")],
        )
        .expect_version(1),
        Action::merge(
            "services",
            "b",
            b"2".to_vec(),
            vec![IndexEntry::unique("name", "y")],
        )
        .expect_version(7),
    ];
    let err = s
        .apply_encoded(2, &Action::encode_batch(&conflict))
        .unwrap_err();
    assert_eq!(
        err,
        StoreError::Conflict {
            table: "services".into(),
            id: "b".into(),
            expected: 7,
            actual: 1
        }
    );
    let unknown = [
        Action::merge("services", "a", b"1".to_vec(), vec![]),
        Action::merge("services", "zz", b"2".to_vec(), vec![]),
    ];
    let err = s.apply(2, &unknown).unwrap_err();
    assert_eq!(
        err,
        StoreError::NotFound {
            table: "services".into(),
            id: "zz".into()
        }
    );
    // A merge's index entries are checked like an update's.
    let taken = [Action::merge(
        "services",
        "a",
        b"1".to_vec(),
        vec![IndexEntry::unique("name", "y")],
    )];
    assert_eq!(s.apply(2, &taken).unwrap_err().code(), "NameConflict");
    assert_eq!(s.snapshot(), before, "nothing applied");
    assert_eq!(s.version(), 1);
}

#[test]
fn merge_encodes_and_needs_a_patch() {
    let batch = vec![
        svc("a", "x"),
        Action::merge(
            "services",
            "a",
            vec![1u8, 2],
            vec![IndexEntry::unique("name", "x")],
        )
        .expect_version(1),
    ];
    let bytes = Action::encode_batch(&batch);
    assert_eq!(Action::decode_batch(&bytes).unwrap(), batch);
    // Without its patch (flags say no data) a merge is a malformed batch, refused whole.
    let no_patch = Action {
        data: None,
        ..Action::merge("services", "a", Vec::new(), vec![])
    };
    let bytes = Action::encode_batch(&[svc("b", "y"), no_patch.clone()]);
    let err = Action::validate_batch(&bytes).unwrap_err();
    assert!(
        err.to_string()
            .contains("merge of services/a without a patch"),
        "{err}"
    );
    let mut s = Store::new();
    assert_eq!(s.apply_encoded(1, &bytes).unwrap_err().code(), "Corrupt");
    s.apply(1, &[svc("a", "x")]).unwrap();
    assert_eq!(s.apply(2, &[no_patch]).unwrap_err().code(), "Corrupt");
    assert_eq!(s.view().get("services", "a").unwrap().version, 1);
    assert!(s.view().get("services", "b").is_none());
}
