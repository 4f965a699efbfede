//! The nftables backend live on the host kernel: a VIP in a client namespace DNATs to
//! backends in two other namespaces; TCP and UDP traffic spreads over both; a backend
//! removed from the state stops receiving; teardown leaves no table.

mod common;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{enter, is_root, sh_in, Scratch};
use shoal_netlink::balancer::{Backend, Balancer, Frontend, Protocol, Scheduler, VirtualService};
use shoal_netlink::link::Rtnl;
use shoal_netlink::netns;
use shoal_netlink::nft::Nftables;

const VIP: Ipv4Addr = Ipv4Addr::new(10, 96, 0, 10);

/// Backend `name` in namespace `ns` answers its name on TCP and UDP port 8080 until `stop`.
fn serve(ns: PathBuf, addr: Ipv4Addr, name: &'static str, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    let (tx, rx) = std::sync::mpsc::channel();
    let h = std::thread::spawn(move || {
        enter(&ns);
        let tcp = TcpListener::bind((addr, 8080)).unwrap();
        tcp.set_nonblocking(true).unwrap();
        let udp = UdpSocket::bind((addr, 8080)).unwrap();
        udp.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
        tx.send(()).unwrap();
        let mut buf = [0u8; 64];
        while !stop.load(Ordering::Relaxed) {
            if let Ok((mut c, _)) = tcp.accept() {
                let _ = c.write_all(name.as_bytes());
            }
            if let Ok((_, from)) = udp.recv_from(&mut buf) {
                let _ = udp.send_to(name.as_bytes(), from);
            }
        }
    });
    rx.recv().unwrap();
    h
}

/// `n` TCP connections and `n` UDP requests to the VIP from namespace `ns`: who answered.
fn ask(ns: &Path, n: usize) -> (Vec<String>, Vec<String>) {
    let ns = ns.to_path_buf();
    std::thread::spawn(move || {
        enter(&ns);
        let mut tcp = Vec::new();
        let mut udp = Vec::new();
        for _ in 0..n {
            let to = SocketAddr::from((VIP, 80));
            if let Ok(mut c) = TcpStream::connect_timeout(&to, Duration::from_secs(2)) {
                c.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                let mut s = String::new();
                let _ = c.read_to_string(&mut s);
                tcp.push(s);
            }
            // A fresh socket each time: a new flow, so a new balancing decision.
            let u = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).unwrap();
            u.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
            u.send_to(b"who", (VIP, 53)).unwrap();
            let mut buf = [0u8; 64];
            if let Ok(k) = u.recv(&mut buf) {
                udp.push(String::from_utf8_lossy(&buf[..k]).into_owned());
            }
        }
        (tcp, udp)
    })
    .join()
    .unwrap()
}

fn count(v: &[String], name: &str) -> usize {
    v.iter().filter(|s| *s == name).count()
}

fn state(backends: &[(Ipv4Addr, u32)]) -> Vec<VirtualService> {
    let b: Vec<Backend> = backends.iter().map(|(a, w)| Backend { addr: *a, port: 8080, weight: *w }).collect();
    vec![
        VirtualService {
            frontend: Frontend::Addr { protocol: Protocol::Tcp, addr: VIP, port: 80 },
            scheduler: Scheduler::RoundRobin,
            backends: b.clone(),
        },
        VirtualService {
            frontend: Frontend::Addr { protocol: Protocol::Udp, addr: VIP, port: 53 },
            scheduler: Scheduler::RoundRobin,
            backends: b,
        },
    ]
}

#[test]
fn vip_spreads_over_backends_and_a_removed_backend_stops_receiving() {
    if !is_root() {
        eprintln!("skipped: needs root (CI runs as root)");
        return;
    }
    let s = Scratch::new("nft");
    let client = s.ns("client");
    let b1 = s.ns("b1");
    let b2 = s.ns("b2");
    // client --veth-- b1 (10.96.1.0/24), client --veth-- b2 (10.96.2.0/24)
    let mut c = Rtnl::open(Some(&client)).unwrap();
    for (i, ns) in [(1u8, &b1), (2u8, &b2)] {
        let here = format!("to-b{i}");
        c.add_veth(&here, "eth0", Some(&netns::open(ns).unwrap()), None).unwrap();
        c.add_address(&here, Ipv4Addr::new(10, 96, i, 1), 24).unwrap();
        c.set_up(&here).unwrap();
        let mut r = Rtnl::open(Some(ns)).unwrap();
        r.add_address("eth0", Ipv4Addr::new(10, 96, i, 2), 24).unwrap();
        r.set_up("eth0").unwrap();
        r.replace_route(Ipv4Addr::UNSPECIFIED, 0, Some(Ipv4Addr::new(10, 96, i, 1)), None).unwrap();
    }
    // The VIP is routed (here towards b1) so that the client's packets reach the output
    // hook, where they are DNATed and routed again to the chosen backend.
    c.replace_route(VIP, 32, None, Some("to-b1")).unwrap();
    let (a1, a2) = (Ipv4Addr::new(10, 96, 1, 2), Ipv4Addr::new(10, 96, 2, 2));
    let stop = Arc::new(AtomicBool::new(false));
    let servers = vec![serve(b1.clone(), a1, "b1", stop.clone()), serve(b2.clone(), a2, "b2", stop.clone())];

    let mut lb = Nftables::open(Some(&client), "shoal_test").unwrap();
    let r = lb.sync(&state(&[(a1, 1), (a2, 1)])).unwrap();
    assert_eq!((r.services_added, r.backends_added), (2, 4));
    let ruleset = sh_in(&client, &["nft", "list", "table", "ip", "shoal_test"]);
    assert!(ruleset.contains("set m_2"), "{ruleset}");
    assert!(ruleset.contains("10.96.0.10 . tcp . 80 . 1 : 10.96.2.2 . 8080"), "{ruleset}");

    let (tcp, udp) = ask(&client, 20);
    assert_eq!(tcp.len(), 20, "every TCP connection answered: {tcp:?}");
    assert_eq!(udp.len(), 20, "every UDP request answered: {udp:?}");
    // numgen random over two slots: both backends get a share of each protocol (fewer
    // than 3 of 20 for one of them has a probability of 2e-4).
    assert!(count(&tcp, "b1") >= 3 && count(&tcp, "b2") >= 3, "{tcp:?}");
    assert!(count(&udp, "b1") >= 3 && count(&udp, "b2") >= 3, "{udp:?}");

    // b2 drained (weight 0), then gone: only b1 answers. The same state again is no change.
    lb.sync(&state(&[(a1, 1), (a2, 0)])).unwrap();
    let (tcp, udp) = ask(&client, 6);
    assert_eq!((count(&tcp, "b1"), count(&udp, "b1")), (6, 6), "{tcp:?} {udp:?}");
    let r = lb.sync(&state(&[(a1, 1)])).unwrap();
    assert_eq!(r.backends_removed, 2);
    assert_eq!(lb.sync(&state(&[(a1, 1)])).unwrap(), Default::default());
    let (tcp, udp) = ask(&client, 6);
    assert_eq!((count(&tcp, "b1"), count(&udp, "b1")), (6, 6), "{tcp:?} {udp:?}");

    // Bad input changes nothing.
    let mut twice = state(&[(a1, 1)]);
    twice.push(twice[0].clone());
    assert_eq!(lb.sync(&twice).unwrap_err().code(), "Invalid");
    assert_eq!(count(&ask(&client, 2).0, "b1"), 2);

    // A new process's balancer (an agent restarted) replaces the table whole, same result.
    let mut again = Nftables::open(Some(&client), "shoal_test").unwrap();
    again.sync(&state(&[(a2, 1)])).unwrap();
    let (tcp, _) = ask(&client, 4);
    assert_eq!(count(&tcp, "b2"), 4, "{tcp:?}");

    // update(): one service changed (TCP back to b1), the UDP one removed; others untouched.
    let tcp_b1 = state(&[(a1, 1)]).remove(0);
    let udp = state(&[])[1].frontend;
    let r = again.update(&[tcp_b1], &[udp]).unwrap();
    assert_eq!((r.backends_added, r.backends_removed, r.services_removed), (1, 1, 1));
    let (tcp, udp_answers) = ask(&client, 3);
    assert_eq!(count(&tcp, "b1"), 3, "{tcp:?}");
    assert!(udp_answers.is_empty(), "the UDP service is gone: {udp_answers:?}");
    assert_eq!(again.update(&[], &[udp]).unwrap(), Default::default());

    again.teardown().unwrap();
    assert_eq!(again.update(&[], &[]).unwrap_err().code(), "Invalid");
    let tables = sh_in(&client, &["nft", "list", "tables"]);
    assert!(!tables.contains("shoal_test"), "{tables}");
    stop.store(true, Ordering::Relaxed);
    for h in servers {
        h.join().unwrap();
    }
}
