//! Live on the host kernel, as root: a socket made by `netns::listen_in` lives in the
//! namespace it was made for, and the caller serves it from its own thread.

mod common;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::os::fd::FromRawFd;

use common::Scratch;
use shoal_netlink::netns::{self, SocketKind};

#[test]
fn sockets_made_in_a_namespace_answer_there() {
    let Some(s) = Scratch::if_root("listen") else { return };
    let task = s.ns("task");
    let addr = SocketAddr::from((Ipv4Addr::new(127, 0, 0, 11), 5353));

    let udp_fd = netns::listen_in(&task, SocketKind::Udp, addr).unwrap();
    let tcp_fd = netns::listen_in(&task, SocketKind::Tcp, addr).unwrap();
    // SAFETY: listen_in hands over descriptors nobody else owns.
    let (udp, tcp) = unsafe { (UdpSocket::from_raw_fd(udp_fd), TcpListener::from_raw_fd(tcp_fd)) };
    udp.set_nonblocking(false).unwrap();
    tcp.set_nonblocking(false).unwrap();

    // The same address and port are free in the caller's namespace: the sockets are not here.
    drop(UdpSocket::bind(addr).expect("127.0.0.11:5353 free in the caller's namespace"));

    // A client inside the namespace reaches them; this thread, outside, serves them.
    let client = std::thread::spawn({
        let task = task.clone();
        move || {
            netns::run_in(&task, move || {
                let c = UdpSocket::bind("127.0.0.1:0").unwrap();
                c.send_to(b"ping", addr).unwrap();
                let mut t = TcpStream::connect(addr).unwrap();
                t.write_all(b"pong").unwrap();
                Ok(())
            })
            .unwrap()
        }
    });
    let mut buf = [0u8; 16];
    let (n, _) = udp.recv_from(&mut buf).unwrap();
    assert_eq!(&buf[..n], b"ping");
    let (mut conn, _) = tcp.accept().unwrap();
    let mut got = Vec::new();
    conn.read_to_end(&mut got).unwrap();
    assert_eq!(got, b"pong");
    client.join().unwrap();

    // A namespace that is not one is refused, naming it.
    let e = netns::listen_in(std::path::Path::new("/tmp"), SocketKind::Udp, addr).unwrap_err();
    assert!(e.message.contains("/tmp is not a network namespace"), "{}", e.message);
}
