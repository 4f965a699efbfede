//! rtnetlink in one network namespace: links (bridge, VXLAN, veth), addresses, routes, and
//! the forwarding entries of an overlay (FDB and neighbour entries for remote tasks).
//! Messages come from netlink-packet-route and rtnetlink's builders; they are sent over
//! our synchronous socket (socket.rs) so that entries go in batches.
//!
//! Creating calls are idempotent ("ensure"): an agent restarted mid-way calls them again.

use std::collections::HashSet;
use std::fs::File;
use std::net::Ipv4Addr;
use std::os::fd::AsRawFd;
use std::path::Path;

use netlink_packet_core::{NetlinkMessage, NetlinkPayload, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};
use netlink_packet_route::link::{InfoKind, LinkAttribute, LinkFlags, LinkInfo, LinkMessage};
use netlink_packet_route::neighbour::{
    NeighbourAddress, NeighbourAttribute, NeighbourFlags, NeighbourMessage, NeighbourState,
};
use netlink_packet_route::route::RouteType;
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::protocols::NETLINK_ROUTE;
use rtnetlink::{
    AddressMessageBuilder, LinkBridge, LinkMessageBuilder, LinkUnspec, LinkVeth, LinkVxlan, RouteMessageBuilder,
};

use crate::error::{Error, Result};
use crate::socket::{encode, NlSocket};

/// The IANA VXLAN port, docker's default for overlays.
pub const VXLAN_PORT: u16 = 4789;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub index: u32,
    pub name: String,
    /// "bridge", "vxlan", "veth"...; empty for a device without link info (lo).
    pub kind: String,
    pub mac: Vec<u8>,
    pub up: bool,
    /// The bridge this link is a port of.
    pub controller: Option<u32>,
}

/// A remote endpoint of an overlay: its address and MAC on the overlay, and the underlay
/// address of its node (the VXLAN tunnel endpoint its packets go to).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RemoteEndpoint {
    pub ip: Ipv4Addr,
    pub mac: [u8; 6],
    pub vtep: Ipv4Addr,
}

/// What a forwarding sync changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ForwardingChanges {
    pub added: usize,
    pub removed: usize,
}

/// The MAC docker gives an endpoint: 02:42 then the IPv4 address. Derived, so a node can
/// program a remote task's FDB and neighbour entries from its address alone.
pub fn mac_of(ip: Ipv4Addr) -> [u8; 6] {
    let o = ip.octets();
    [0x02, 0x42, o[0], o[1], o[2], o[3]]
}

pub struct Rtnl {
    sock: NlSocket,
}

impl Rtnl {
    /// An rtnetlink socket in the caller's namespace, or in the one bound at `netns`.
    pub fn open(netns: Option<&Path>) -> Result<Rtnl> {
        Ok(Rtnl { sock: NlSocket::open(NETLINK_ROUTE as isize, netns)? })
    }

    fn one(&mut self, msg: RouteNetlinkMessage, flags: u16, what: String) -> Result<()> {
        let req = encode(msg, flags);
        self.sock.batch(&[req], &|_| what.clone()).pop().unwrap()
    }

    /// The link called `name`, if there is one.
    pub fn link(&mut self, name: &str) -> Result<Option<Link>> {
        let msg = LinkMessageBuilder::<LinkUnspec>::new().name(name.to_string()).build();
        let req = encode(RouteNetlinkMessage::GetLink(msg), 0);
        match self.sock.request(&req, &format!("get link {name}")) {
            Ok(answers) => Ok(answers.iter().filter_map(|a| parse_link(a)).next()),
            Err(e) if e.errno() == Some(libc::ENODEV) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn links(&mut self) -> Result<Vec<Link>> {
        let req = encode(RouteNetlinkMessage::GetLink(LinkMessage::default()), 0);
        let answers = self.sock.dump(&req, "list links")?;
        Ok(answers.iter().filter_map(|a| parse_link(a)).collect())
    }

    fn index(&mut self, name: &str) -> Result<u32> {
        self.link(name)?
            .map(|l| l.index)
            .ok_or_else(|| Error::kernel(libc::ENODEV, format!("link {name}")))
    }

    /// Adds `msg` (a new link called `name` of `kind`) unless a link of that name and kind exists.
    fn ensure_link(&mut self, name: &str, kind: &str, msg: LinkMessage) -> Result<()> {
        check_ifname(name)?;
        match self.one(RouteNetlinkMessage::NewLink(msg), NLM_F_CREATE | NLM_F_EXCL, format!("add {kind} {name}")) {
            Err(e) if e.errno() == Some(libc::EEXIST) => match self.link(name)? {
                Some(l) if l.kind == kind => Ok(()),
                Some(l) => Err(Error::invalid(format!("link {name} exists and is a {:?}, not a {kind}", l.kind))),
                None => Err(e),
            },
            r => r,
        }
    }

    pub fn add_bridge(&mut self, name: &str) -> Result<()> {
        self.ensure_link(name, "bridge", LinkBridge::new(name).build())
    }

    /// A VXLAN device for `vni` on `port`, sending from `local`; no learning (entries are
    /// pushed by the managers) and ARP answered from its neighbour table (proxy), as
    /// docker's overlay driver sets it up. Created in this socket's namespace, whose
    /// underlay it then uses even after being moved into a sandbox namespace.
    pub fn add_vxlan(&mut self, name: &str, vni: u32, local: Option<Ipv4Addr>, port: u16) -> Result<()> {
        if vni == 0 || vni >= 1 << 24 {
            return Err(Error::invalid(format!("VXLAN network identifier {vni} is out of range 1..16777215")));
        }
        let mut b = LinkVxlan::new(name, vni).port(port).learning(false).proxy(true).l2miss(false).l3miss(false);
        if let Some(local) = local {
            b = b.local(local);
        }
        self.ensure_link(name, "vxlan", b.build())
    }

    /// A veth pair: `name` here, `peer` in the namespace `peer_netns` (here when None), the
    /// peer with MAC `peer_mac` when given.
    pub fn add_veth(&mut self, name: &str, peer: &str, peer_netns: Option<&File>, peer_mac: Option<[u8; 6]>) -> Result<()> {
        check_ifname(peer)?;
        let mut msg = LinkVeth::new(name, peer).build();
        for attr in msg.attributes.iter_mut() {
            if let LinkAttribute::LinkInfo(infos) = attr {
                for info in infos.iter_mut() {
                    if let LinkInfo::Data(netlink_packet_route::link::InfoData::Veth(
                        netlink_packet_route::link::InfoVeth::Peer(p),
                    )) = info
                    {
                        if let Some(ns) = peer_netns {
                            p.attributes.push(LinkAttribute::NetNsFd(ns.as_raw_fd()));
                        }
                        if let Some(mac) = peer_mac {
                            p.attributes.push(LinkAttribute::Address(mac.to_vec()));
                        }
                    }
                }
            }
        }
        self.ensure_link(name, "veth", msg)
    }

    /// Moves link `name` into the namespace `ns`.
    pub fn move_to(&mut self, name: &str, ns: &File) -> Result<()> {
        let index = self.index(name)?;
        let msg = LinkUnspec::new_with_index(index).setns_by_fd(ns.as_raw_fd()).build();
        self.one(RouteNetlinkMessage::SetLink(msg), 0, format!("move link {name} to another namespace"))
    }

    pub fn set_up(&mut self, name: &str) -> Result<()> {
        let index = self.index(name)?;
        let msg = LinkUnspec::new_with_index(index).up().build();
        self.one(RouteNetlinkMessage::SetLink(msg), 0, format!("set link {name} up"))
    }

    /// Makes `name` a port of bridge `bridge`.
    pub fn set_controller(&mut self, name: &str, bridge: &str) -> Result<()> {
        let index = self.index(name)?;
        let bridge_index = self.index(bridge)?;
        let msg = LinkUnspec::new_with_index(index).controller(bridge_index).build();
        self.one(RouteNetlinkMessage::SetLink(msg), 0, format!("add {name} to bridge {bridge}"))
    }

    /// Deletes link `name` (a veth takes its peer with it); no such link is fine.
    pub fn delete_link(&mut self, name: &str) -> Result<()> {
        let Some(link) = self.link(name)? else { return Ok(()) };
        let msg = LinkUnspec::new_with_index(link.index).build();
        match self.one(RouteNetlinkMessage::DelLink(msg), 0, format!("delete link {name}")) {
            Err(e) if e.errno() == Some(libc::ENODEV) => Ok(()),
            r => r,
        }
    }

    /// Adds `addr/prefix` to link `name` (already there is fine).
    pub fn add_address(&mut self, name: &str, addr: Ipv4Addr, prefix: u8) -> Result<()> {
        if prefix > 32 {
            return Err(Error::invalid(format!("prefix length {prefix} of {addr} is over 32")));
        }
        let index = self.index(name)?;
        let msg = AddressMessageBuilder::<Ipv4Addr>::new().index(index).address(addr, prefix).build();
        match self.one(RouteNetlinkMessage::NewAddress(msg), NLM_F_CREATE | NLM_F_EXCL, format!("add {addr}/{prefix} to {name}")) {
            Err(e) if e.errno() == Some(libc::EEXIST) => Ok(()),
            r => r,
        }
    }

    /// Adds or replaces the route to `dst/prefix` via `gateway` (or on link `dev`).
    pub fn replace_route(&mut self, dst: Ipv4Addr, prefix: u8, gateway: Option<Ipv4Addr>, dev: Option<&str>) -> Result<()> {
        if prefix > 32 {
            return Err(Error::invalid(format!("prefix length {prefix} of route {dst} is over 32")));
        }
        let mut b = RouteMessageBuilder::<Ipv4Addr>::new().destination_prefix(dst, prefix);
        if let Some(gw) = gateway {
            b = b.gateway(gw);
        }
        if let Some(dev) = dev {
            let index = self.index(dev)?;
            b = b.output_interface(index);
        }
        self.one(
            RouteNetlinkMessage::NewRoute(b.build()),
            NLM_F_CREATE | NLM_F_REPLACE,
            format!("route {dst}/{prefix}"),
        )
    }

    /// The remote endpoints programmed on VXLAN device `dev`: its permanent FDB entries
    /// with a tunnel destination, joined with its permanent neighbour entries by MAC.
    pub fn forwarding(&mut self, dev: &str) -> Result<Vec<RemoteEndpoint>> {
        let index = self.index(dev)?;
        let (fdb, neigh) = self.dump_forwarding(index)?;
        let mut out: Vec<RemoteEndpoint> = neigh
            .into_iter()
            .filter_map(|(ip, mac)| fdb.iter().find(|(m, _)| *m == mac).map(|(_, vtep)| RemoteEndpoint { ip, mac, vtep: *vtep }))
            .collect();
        out.sort();
        Ok(out)
    }

    fn dump_forwarding(&mut self, index: u32) -> Result<(Vec<([u8; 6], Ipv4Addr)>, Vec<(Ipv4Addr, [u8; 6])>)> {
        let mut fdb = Vec::new();
        let mut neigh = Vec::new();
        for family in [AddressFamily::Bridge, AddressFamily::Inet] {
            let mut msg = NeighbourMessage::default();
            msg.header.family = family;
            let answers = self.sock.dump(&encode(RouteNetlinkMessage::GetNeighbour(msg), 0), "list neighbours")?;
            for a in answers {
                let Ok(m) = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&a) else { continue };
                let NetlinkPayload::InnerMessage(RouteNetlinkMessage::NewNeighbour(n)) = m.payload else { continue };
                if n.header.ifindex != index || n.header.state != NeighbourState::Permanent {
                    continue;
                }
                let mut mac = None;
                let mut dst = None;
                for attr in &n.attributes {
                    match attr {
                        NeighbourAttribute::LinkLayerAddress(l) if l.len() == 6 => mac = Some(<[u8; 6]>::try_from(&l[..]).unwrap()),
                        NeighbourAttribute::Destination(NeighbourAddress::Inet(ip)) => dst = Some(*ip),
                        // The parser knows the family of an AF_BRIDGE entry's tunnel
                        // destination only by its length.
                        NeighbourAttribute::Destination(NeighbourAddress::Other(b)) if b.len() == 4 => {
                            dst = Some(Ipv4Addr::new(b[0], b[1], b[2], b[3]))
                        }
                        _ => {}
                    }
                }
                match (family, mac, dst) {
                    (AddressFamily::Bridge, Some(mac), Some(vtep)) => fdb.push((mac, vtep)),
                    (AddressFamily::Inet, Some(mac), Some(ip)) => neigh.push((ip, mac)),
                    _ => {}
                }
            }
        }
        Ok((fdb, neigh))
    }

    /// Makes the remote endpoints on VXLAN device `dev` exactly `desired`: one batch adds
    /// the missing FDB + neighbour entries and removes those no longer wanted.
    pub fn sync_forwarding(&mut self, dev: &str, desired: &[RemoteEndpoint]) -> Result<ForwardingChanges> {
        let index = self.index(dev)?;
        let current: HashSet<RemoteEndpoint> = self.forwarding(dev)?.into_iter().collect();
        let wanted: HashSet<RemoteEndpoint> = desired.iter().cloned().collect();
        let mut requests = Vec::new();
        let mut what = Vec::new();
        let mut changes = ForwardingChanges::default();
        for r in current.difference(&wanted) {
            requests.push(encode(RouteNetlinkMessage::DelNeighbour(neighbour(index, r)), 0));
            requests.push(encode(RouteNetlinkMessage::DelNeighbour(fdb(index, r)), 0));
            what.push(format!("remove neighbour {} on {dev}", r.ip));
            what.push(format!("remove FDB entry {} on {dev}", fmt_mac(&r.mac)));
            changes.removed += 1;
        }
        for r in wanted.difference(&current) {
            let flags = NLM_F_CREATE | NLM_F_REPLACE;
            requests.push(encode(RouteNetlinkMessage::NewNeighbour(fdb(index, r)), flags));
            requests.push(encode(RouteNetlinkMessage::NewNeighbour(neighbour(index, r)), flags));
            what.push(format!("add FDB entry {} via {} on {dev}", fmt_mac(&r.mac), r.vtep));
            what.push(format!("add neighbour {} on {dev}", r.ip));
            changes.added += 1;
        }
        for result in self.sock.batch(&requests, &|i| what[i].clone()) {
            match result {
                Err(e) if e.errno() == Some(libc::ENOENT) => {}
                r => r?,
            }
        }
        Ok(changes)
    }
}

/// `bridge fdb add MAC dev DEV dst VTEP self permanent`
fn fdb(index: u32, r: &RemoteEndpoint) -> NeighbourMessage {
    let mut msg = NeighbourMessage::default();
    msg.header.family = AddressFamily::Bridge;
    msg.header.ifindex = index;
    msg.header.state = NeighbourState::Permanent;
    msg.header.flags = NeighbourFlags::Own;
    msg.header.kind = RouteType::Unspec;
    msg.attributes = vec![
        NeighbourAttribute::LinkLayerAddress(r.mac.to_vec()),
        NeighbourAttribute::Destination(NeighbourAddress::Inet(r.vtep)),
    ];
    msg
}

/// `ip neigh add IP lladdr MAC dev DEV nud permanent`
fn neighbour(index: u32, r: &RemoteEndpoint) -> NeighbourMessage {
    let mut msg = NeighbourMessage::default();
    msg.header.family = AddressFamily::Inet;
    msg.header.ifindex = index;
    msg.header.state = NeighbourState::Permanent;
    msg.header.kind = RouteType::Unspec;
    msg.attributes = vec![
        NeighbourAttribute::Destination(NeighbourAddress::Inet(r.ip)),
        NeighbourAttribute::LinkLayerAddress(r.mac.to_vec()),
    ];
    msg
}

fn parse_link(bytes: &[u8]) -> Option<Link> {
    let m = NetlinkMessage::<RouteNetlinkMessage>::deserialize(bytes).ok()?;
    let NetlinkPayload::InnerMessage(RouteNetlinkMessage::NewLink(l)) = m.payload else { return None };
    let mut link = Link {
        index: l.header.index,
        name: String::new(),
        kind: String::new(),
        mac: Vec::new(),
        up: l.header.flags.contains(LinkFlags::Up),
        controller: None,
    };
    for attr in l.attributes {
        match attr {
            LinkAttribute::IfName(n) => link.name = n,
            LinkAttribute::Address(a) => link.mac = a,
            LinkAttribute::Controller(c) => link.controller = Some(c),
            LinkAttribute::LinkInfo(infos) => {
                for i in infos {
                    if let LinkInfo::Kind(k) = i {
                        link.kind = match k {
                            InfoKind::Other(s) => s,
                            k => k.to_string(),
                        };
                    }
                }
            }
            _ => {}
        }
    }
    Some(link)
}

/// Interface names: 1 to 15 bytes (IFNAMSIZ - 1), no '/', no whitespace.
pub fn check_ifname(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > 15 || name.contains('/') || name.chars().any(|c| c.is_whitespace() || c == ':') {
        return Err(Error::invalid(format!("invalid interface name {name:?} (1 to 15 characters, no '/', ':' or spaces)")));
    }
    Ok(())
}

pub fn fmt_mac(mac: &[u8]) -> String {
    mac.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}
