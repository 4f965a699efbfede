//! Live on the host kernel, as root, in throwaway namespaces: links, addresses, routes, and
//! the FDB + neighbour entries of an overlay, checked with iproute2.

mod common;

use std::net::Ipv4Addr;

use common::{is_root, sh_in, Scratch};
use shoal_netlink::link::{mac_of, RemoteEndpoint, Rtnl};
use shoal_netlink::netns;

#[test]
fn builds_an_overlay_sandbox_and_programs_forwarding() {
    if !is_root() {
        eprintln!("skipped: needs root (CI runs as root)");
        return;
    }
    let s = Scratch::new("links");
    let host = s.ns("host");
    let sandbox = s.ns("sbox");
    let task = s.ns("task");
    let mut h = Rtnl::open(Some(&host)).unwrap();
    let mut sb = Rtnl::open(Some(&sandbox)).unwrap();

    // The VXLAN device is made in the "host" namespace (its UDP socket stays there), then
    // moved into the sandbox, as docker's overlay driver does.
    h.add_vxlan("vx-test", 4242, Some(Ipv4Addr::new(192, 0, 2, 1)), 4789).unwrap();
    h.add_vxlan("vx-test", 4242, Some(Ipv4Addr::new(192, 0, 2, 1)), 4789).unwrap(); // idempotent
    h.move_to("vx-test", &netns::open(&sandbox).unwrap()).unwrap();
    sb.add_bridge("br0").unwrap();
    sb.set_controller("vx-test", "br0").unwrap();
    let task_mac = mac_of(Ipv4Addr::new(10, 77, 0, 2));
    sb.add_veth("ve-task", "eth0", Some(&netns::open(&task).unwrap()), Some(task_mac)).unwrap();
    sb.set_controller("ve-task", "br0").unwrap();
    for l in ["br0", "vx-test", "ve-task"] {
        sb.set_up(l).unwrap();
    }
    sb.add_address("br0", Ipv4Addr::new(10, 77, 0, 1), 24).unwrap();
    sb.add_address("br0", Ipv4Addr::new(10, 77, 0, 1), 24).unwrap(); // idempotent
    let mut t = Rtnl::open(Some(&task)).unwrap();
    t.add_address("eth0", Ipv4Addr::new(10, 77, 0, 2), 24).unwrap();
    t.set_up("eth0").unwrap();
    t.replace_route(Ipv4Addr::UNSPECIFIED, 0, Some(Ipv4Addr::new(10, 77, 0, 1)), None).unwrap();

    let links = sh_in(&sandbox, &["ip", "-d", "link", "show"]);
    assert!(links.contains("vxlan id 4242"), "{links}");
    assert!(links.contains("local 192.0.2.1"), "{links}");
    assert!(links.contains("dstport 4789"), "{links}");
    assert!(links.contains("nolearning"), "{links}");
    assert!(links.contains("proxy"), "{links}");
    assert!(links.contains("master br0"), "{links}");
    assert!(sh_in(&task, &["ip", "link", "show", "eth0"]).contains("02:42:0a:4d:00:02"));
    assert!(sh_in(&task, &["ip", "route"]).contains("default via 10.77.0.1 dev eth0"));
    // The task reaches its gateway over the veth and the bridge.
    common::tcp_reaches(&sandbox, &task, "10.77.0.1:7777".parse().unwrap());

    let remote = |last: u8, vtep: u8| RemoteEndpoint {
        ip: Ipv4Addr::new(10, 77, 0, last),
        mac: mac_of(Ipv4Addr::new(10, 77, 0, last)),
        vtep: Ipv4Addr::new(192, 0, 2, vtep),
    };
    let want = vec![remote(3, 2), remote(4, 3)];
    let c = sb.sync_forwarding("vx-test", &want).unwrap();
    assert_eq!((c.added, c.removed), (2, 0));
    let fdb = sh_in(&sandbox, &["bridge", "fdb", "show", "dev", "vx-test"]);
    assert!(has_line(&fdb, &["02:42:0a:4d:00:03", "dst 192.0.2.2", "self permanent"]), "{fdb}");
    assert!(has_line(&fdb, &["02:42:0a:4d:00:04", "dst 192.0.2.3", "self permanent"]), "{fdb}");
    let neigh = sh_in(&sandbox, &["ip", "neigh", "show", "dev", "vx-test"]);
    assert!(neigh.contains("10.77.0.3 lladdr 02:42:0a:4d:00:03 PERMANENT"), "{neigh}");
    assert_eq!(sb.forwarding("vx-test").unwrap(), want);

    // Same state again: nothing to do. One gone, one moved to another node.
    assert_eq!(sb.sync_forwarding("vx-test", &want).unwrap().added, 0);
    let want = vec![remote(4, 9)];
    let c = sb.sync_forwarding("vx-test", &want).unwrap();
    assert_eq!((c.added, c.removed), (1, 2));
    let fdb = sh_in(&sandbox, &["bridge", "fdb", "show", "dev", "vx-test"]);
    assert!(!fdb.contains("02:42:0a:4d:00:03"), "{fdb}");
    assert!(has_line(&fdb, &["02:42:0a:4d:00:04", "dst 192.0.2.9", "self permanent"]), "{fdb}");
    assert_eq!(sb.forwarding("vx-test").unwrap(), want);

    // Bad input is named and changes nothing.
    let e = sb.add_bridge("name-far-too-long-for-linux").unwrap_err();
    assert_eq!(e.code(), "Invalid");
    assert!(e.message.contains("name-far-too-long-for-linux"));
    let e = h.add_vxlan("vx-bad", 1 << 24, None, 4789).unwrap_err();
    assert_eq!(e.code(), "Invalid");
    assert!(h.link("vx-bad").unwrap().is_none());
    // Deleting the veth in the sandbox takes the task's end with it.
    sb.delete_link("ve-task").unwrap();
    sb.delete_link("ve-task").unwrap();
    assert!(t.link("eth0").unwrap().is_none());
}

#[test]
fn namespaces_are_bind_mounted_and_removed() {
    if !is_root() {
        eprintln!("skipped: needs root");
        return;
    }
    let s = Scratch::new("ns");
    let a = s.ns("a");
    assert!(netns::is_netns(&a));
    assert_eq!(s.dir.create("a").unwrap(), a); // idempotent
    assert!(sh_in(&a, &["ip", "link", "show", "lo"]).contains("UP"));
    assert_eq!(s.dir.list("").unwrap(), vec!["a".to_string()]);
    assert_eq!(s.dir.create("../x").unwrap_err().code(), "Invalid");
    s.dir.delete("a").unwrap();
    s.dir.delete("a").unwrap();
    assert!(!a.exists());
}

/// Some line of `text` holds every one of `parts`.
fn has_line(text: &str, parts: &[&str]) -> bool {
    text.lines().any(|l| parts.iter().all(|p| l.contains(p)))
}
