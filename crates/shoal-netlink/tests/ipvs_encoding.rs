//! IPVS requests compared byte for byte with what ipvsadm 1.31 sends for the same command,
//! captured with `strace -e trace=sendmsg -xx` inside Debian's user-mode-linux kernel 6.1
//! (the bytes after the 16-byte netlink header: generic netlink header, then attributes).

use std::net::Ipv4Addr;

use netlink_packet_generic::GenlMessage;
use shoal_netlink::balancer::{Backend, Frontend, Protocol, Scheduler};
use shoal_netlink::ipvs::message::{CmdAttr, IpvsMessage};
use shoal_netlink::ipvs::{dest_attrs, Op};
use shoal_netlink::socket::{encode, payload};

fn bytes(strace: &str) -> Vec<u8> {
    strace.split("\\x").filter(|s| !s.is_empty()).map(|h| u8::from_str_radix(h, 16).unwrap()).collect()
}

fn encoded(m: IpvsMessage) -> Vec<u8> {
    let mut g = GenlMessage::from_payload(m);
    g.set_resolved_family_id(0x1c);
    payload(&encode(g, 0)).to_vec()
}

const VIP: Frontend = Frontend::Addr { protocol: Protocol::Tcp, addr: Ipv4Addr::new(10, 1, 2, 3), port: 80 };

#[test]
fn new_tcp_service_rr_matches_ipvsadm() {
    // ipvsadm -A -t 10.1.2.3:80 -s rr
    let want = bytes(r"\x01\x01\x00\x00\x54\x00\x01\x80\x06\x00\x01\x00\x02\x00\x00\x00\x06\x00\x02\x00\x06\x00\x00\x00\x14\x00\x03\x00\x0a\x01\x02\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x04\x00\x00\x50\x00\x00\x07\x00\x06\x00\x72\x72\x00\x00\x0c\x00\x07\x00\x00\x00\x00\x00\xff\xff\xff\xff\x08\x00\x08\x00\x00\x00\x00\x00\x08\x00\x09\x00\xff\xff\xff\xff");
    assert_eq!(encoded(Op::AddService(VIP, Scheduler::RoundRobin).message()), want);
}

#[test]
fn new_udp_service_wrr_matches_ipvsadm() {
    // ipvsadm -A -u 10.1.2.3:53 -s wrr
    let want = bytes(r"\x01\x01\x00\x00\x54\x00\x01\x80\x06\x00\x01\x00\x02\x00\x00\x00\x06\x00\x02\x00\x11\x00\x00\x00\x14\x00\x03\x00\x0a\x01\x02\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x04\x00\x00\x35\x00\x00\x08\x00\x06\x00\x77\x72\x72\x00\x0c\x00\x07\x00\x00\x00\x00\x00\xff\xff\xff\xff\x08\x00\x08\x00\x00\x00\x00\x00\x08\x00\x09\x00\xff\xff\xff\xff");
    let f = Frontend::Addr { protocol: Protocol::Udp, addr: Ipv4Addr::new(10, 1, 2, 3), port: 53 };
    assert_eq!(encoded(Op::AddService(f, Scheduler::WeightedRoundRobin).message()), want);
}

#[test]
fn new_fwmark_service_matches_ipvsadm() {
    // ipvsadm -A -f 7 -s rr
    let want = bytes(r"\x01\x01\x00\x00\x38\x00\x01\x80\x06\x00\x01\x00\x02\x00\x00\x00\x08\x00\x05\x00\x07\x00\x00\x00\x07\x00\x06\x00\x72\x72\x00\x00\x0c\x00\x07\x00\x00\x00\x00\x00\xff\xff\xff\xff\x08\x00\x08\x00\x00\x00\x00\x00\x08\x00\x09\x00\xff\xff\xff\xff");
    assert_eq!(encoded(Op::AddService(Frontend::Fwmark(7), Scheduler::RoundRobin).message()), want);
}

#[test]
fn new_masquerade_real_server_matches_ipvsadm() {
    // ipvsadm -a -t 10.1.2.3:80 -r 10.0.0.2:8080 -m -w 3. ipvsadm sends the service's
    // whole entry beside the real server (an empty scheduler, flags, timeout, netmask); the
    // kernel reads only the identity there (ip_vs_genl_parse_service, full_entry false), so
    // shoal sends the identity: the identity prefix and the real server's attributes match.
    let ipvsadm = bytes(r"\x05\x01\x00\x00\x54\x00\x01\x80\x06\x00\x01\x00\x02\x00\x00\x00\x06\x00\x02\x00\x06\x00\x00\x00\x14\x00\x03\x00\x0a\x01\x02\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x04\x00\x00\x50\x00\x00\x05\x00\x06\x00\x00\x00\x00\x00\x0c\x00\x07\x00\x00\x00\x00\x00\xff\xff\xff\xff\x08\x00\x08\x00\x00\x00\x00\x00\x08\x00\x09\x00\xff\xff\xff\xff\x60\x00\x02\x80\x06\x00\x0b\x00\x02\x00\x00\x00\x14\x00\x01\x00\x0a\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x02\x00\x1f\x90\x00\x00\x08\x00\x03\x00\x00\x00\x00\x00\x08\x00\x04\x00\x03\x00\x00\x00\x05\x00\x0d\x00\x00\x00\x00\x00\x06\x00\x0e\x00\x00\x00\x00\x00\x06\x00\x0f\x00\x00\x00\x00\x00\x08\x00\x05\x00\x00\x00\x00\x00\x08\x00\x06\x00\x00\x00\x00\x00");
    let b = Backend { addr: Ipv4Addr::new(10, 0, 0, 2), port: 8080, weight: 3 };
    let ours = encoded(Op::AddBackend(VIP, b).message());
    // The real server's nested attribute: the last 0x60 bytes of both.
    assert_eq!(ours[ours.len() - 0x60..], ipvsadm[ipvsadm.len() - 0x60..]);
    // The service identity: AF, protocol, address, port (after the 4-byte genl header and
    // the 4-byte nest header), then our nest ends.
    let identity = &ipvsadm[8..8 + 8 + 8 + 20 + 8];
    assert_eq!(&ours[8..8 + identity.len()], identity);
    assert_eq!(ours[..4], [5, 1, 0, 0]);
    assert_eq!(u16::from_ne_bytes([ours[4], ours[5]]) as usize, 4 + identity.len());
}

#[test]
fn parses_what_it_encodes() {
    let b = Backend { addr: Ipv4Addr::new(10, 0, 0, 9), port: 53, weight: 0 };
    let m = Op::UpdateBackend(VIP, b).message();
    let mut g = GenlMessage::from_payload(m.clone());
    g.set_resolved_family_id(0x1c);
    let buf = encode(g, 0);
    let back = netlink_packet_core::NetlinkMessage::<GenlMessage<IpvsMessage>>::deserialize(&buf).unwrap();
    let netlink_packet_core::NetlinkPayload::InnerMessage(g) = back.payload else { panic!("not a message") };
    assert_eq!(g.payload, m);
    assert!(matches!(&g.payload.attrs[1], CmdAttr::Dest(d) if *d == dest_attrs(&b, true)));
}
