//! Raft ReadIndex (Node::read_index): a read on any member, made after a write was
//! acknowledged, sees it; a member that cannot reach a leader (or a leader that lost its
//! quorum) gives no read index rather than a stale one.

mod common;

use common::Cluster;
use shoal_raft::ProposeError;

fn timed_out<T: std::fmt::Debug>(r: Result<T, ProposeError<String>>) -> bool {
    matches!(r, Err(ProposeError::Refused { code: "Timeout", .. }))
}

#[test]
fn a_follower_read_sees_every_acknowledged_write() {
    let mut c = Cluster::new("readindex", &[1, 2, 3], |_| {});
    for id in 1..=3 {
        c.start(id);
    }
    let leader = c.wait_leader();
    for (i, id) in (1..=3).filter(|&id| id != leader).enumerate() {
        let acked = c.node(leader).propose_wait(format!("k{i}=v{i}").into_bytes()).unwrap();
        // Right after the acknowledgement: the follower's read index covers the write and
        // the follower has applied it once read_index answers.
        let index = c.node(id).read_index_wait().unwrap();
        assert!(index >= acked, "read index {index} before the acknowledged write at {acked}");
        assert_eq!(c.state(id).get(&format!("k{i}")).map(String::as_str), Some(format!("v{i}").as_str()));
    }
    let on_leader = c.node(leader).read_index_wait().unwrap();
    assert!(on_leader >= 1);
}

#[test]
fn no_read_index_without_a_leader_or_from_a_deposed_one() {
    let mut c = Cluster::new("readindex-cut", &[1, 2, 3], |_| {});
    for id in 1..=3 {
        c.start(id);
    }
    let old = c.wait_leader();
    c.node(old).propose_wait(b"a=1".to_vec()).unwrap();
    // The leader is cut off: it cannot confirm a quorum, so it gives no read index, while
    // the others elect a new leader and take a write the old one never sees.
    c.router.isolate(old);
    let mut new = old;
    common::wait_until("a new leader", std::time::Duration::from_secs(20), || {
        new = (1..=3).find(|&id| id != old && c.node(id).status().role == shoal_raft::Role::Leader).unwrap_or(old);
        new != old
    });
    let acked = c.node(new).propose_wait(b"a=2".to_vec()).unwrap();
    assert!(timed_out(c.node(old).read_index_wait()), "a deposed leader answered a read index");
    assert_eq!(c.state(old).get("a").map(String::as_str), Some("1"));
    // The member that can reach the new leader reads the new value.
    let follower = (1..=3).find(|&id| id != old && id != new).unwrap();
    assert!(c.node(follower).read_index_wait().unwrap() >= acked);
    assert_eq!(c.state(follower).get("a").map(String::as_str), Some("2"));
    // Healed, the old leader reads the new value too.
    c.router.heal(old);
    assert!(c.node(old).read_index_wait().unwrap() >= acked);
    assert_eq!(c.state(old).get("a").map(String::as_str), Some("2"));
}
