//! Three drivers in one process, wired through channels: elections, replication, failover,
//! catch-up by snapshot.

mod common;

use common::Cluster;
use shoal_raft::ProposeError;

#[test]
fn three_nodes_elect_replicate_and_fail_over() {
    let mut c = Cluster::new("cluster", &[1, 2, 3], |_| {});
    for id in 1..=3 {
        c.start(id);
    }
    let first = c.wait_leader();

    let i1 = c.node(first).propose_wait(b"a=1".to_vec()).unwrap();
    let follower = (1..=3).find(|&id| id != first).unwrap();
    match c.node(follower).propose_wait(b"b=2".to_vec()) {
        Err(ProposeError::NotLeader { leader }) => assert_eq!(leader, first),
        other => panic!("a follower must refuse proposals, got {other:?}"),
    }
    assert!(matches!(
        c.node(first).propose_wait(b"c=reject".to_vec()),
        Err(ProposeError::Rejected(_))
    ));
    let i2 = c.node(first).propose_wait(b"b=2".to_vec()).unwrap();
    assert!(i2 > i1);
    c.wait_applied(i2);
    let states = c.states();
    assert!(
        states.iter().all(|s| s == &states[0]),
        "replicas diverged: {states:?}"
    );
    assert_eq!(states[0].len(), 2);

    // Kill the leader: the other two elect a new one and keep going.
    c.stop(first);
    let second = c.wait_leader();
    assert_ne!(second, first);
    let i3 = c.node(second).propose_wait(b"c=3".to_vec()).unwrap();
    assert!(i3 > i2);
    c.wait_applied(i3);

    // The old leader comes back as a follower and catches up from the log.
    c.start(first);
    c.wait_applied(i3);
    let states = c.states();
    assert_eq!(states.len(), 3);
    assert!(
        states.iter().all(|s| s == &states[0]),
        "replicas diverged: {states:?}"
    );
    assert_eq!(states[0].get("c").map(String::as_str), Some("3"));
}

#[test]
fn a_member_far_behind_catches_up_by_snapshot() {
    let mut c = Cluster::new("catchup", &[1, 2, 3], |cfg| {
        cfg.snapshot_interval = 10;
        cfg.catch_up_entries = 2;
        cfg.segment_size = 1024;
    });
    c.start(1);
    c.start(2);
    let leader = c.wait_leader();
    let mut last = 0;
    for i in 0..60 {
        last = c
            .node(leader)
            .propose_wait(format!("k{i}={i}").into_bytes())
            .unwrap();
    }
    c.wait_applied(last);
    // Node 3 starts with an empty log while the others have compacted theirs far past it.
    c.start(3);
    c.wait_applied(last);
    let states = c.states();
    assert_eq!(states[2].len(), 60);
    assert!(states.iter().all(|s| s == &states[0]));
    let snaps: Vec<String> = std::fs::read_dir(c.dir.sub("n3"))
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.ends_with(".snap"))
        .collect();
    assert!(
        snaps.len() == 1 && !snaps[0].starts_with("snap-0000000000000000-"),
        "node 3 installed the leader's snapshot: {snaps:?}"
    );
    // And it keeps following after the snapshot.
    let next = c
        .node(leader)
        .propose_wait(b"after=snapshot".to_vec())
        .unwrap();
    c.wait_applied(next);
    assert_eq!(
        c.states()[2].get("after").map(String::as_str),
        Some("snapshot")
    );

    // It restarts from its own snapshot.
    c.stop(3);
    c.start(3);
    c.wait_applied(next);
    assert_eq!(c.states()[2].len(), 61);
}
