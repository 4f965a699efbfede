//! IPVS over generic netlink: virtual services and real servers, listed, changed in
//! batches, and followed as a desired state (`Balancer`).

pub mod message;

use std::collections::BTreeMap;
use std::path::Path;

use netlink_packet_core::{NetlinkMessage, NetlinkPayload, NLM_F_REQUEST};
use netlink_packet_generic::ctrl::nlas::GenlCtrlAttrs;
use netlink_packet_generic::ctrl::{GenlCtrl, GenlCtrlCmd};
use netlink_packet_generic::GenlMessage;
use netlink_sys::protocols::NETLINK_GENERIC;

use self::message::*;
use crate::balancer::{self, Backend, Balancer, Frontend, Protocol, Scheduler, SyncReport, VirtualService};
use crate::error::{Error, Result};
use crate::socket::{encode, NlSocket};

/// One change to the kernel's IPVS table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    AddService(Frontend, Scheduler),
    UpdateService(Frontend, Scheduler),
    DeleteService(Frontend),
    AddBackend(Frontend, Backend),
    UpdateBackend(Frontend, Backend),
    DeleteBackend(Frontend, Backend),
    Flush,
}

impl Op {
    fn describe(&self) -> String {
        match self {
            Op::AddService(f, s) => format!("add IPVS service {f} ({})", s.name()),
            Op::UpdateService(f, s) => format!("set IPVS service {f} scheduler {}", s.name()),
            Op::DeleteService(f) => format!("delete IPVS service {f}"),
            Op::AddBackend(f, b) => format!("add real server {}:{} to IPVS service {f}", b.addr, b.port),
            Op::UpdateBackend(f, b) => format!("set real server {}:{} of IPVS service {f} weight {}", b.addr, b.port, b.weight),
            Op::DeleteBackend(f, b) => format!("delete real server {}:{} of IPVS service {f}", b.addr, b.port),
            Op::Flush => "flush IPVS".to_string(),
        }
    }

    /// The generic netlink request for this change (without the netlink header's flags and
    /// sequence, which the socket stamps).
    pub fn message(&self) -> IpvsMessage {
        match self {
            Op::AddService(f, s) => msg(IPVS_CMD_NEW_SERVICE, vec![CmdAttr::Service(service_attrs(f, Some(*s)))]),
            Op::UpdateService(f, s) => msg(IPVS_CMD_SET_SERVICE, vec![CmdAttr::Service(service_attrs(f, Some(*s)))]),
            Op::DeleteService(f) => msg(IPVS_CMD_DEL_SERVICE, vec![CmdAttr::Service(service_attrs(f, None))]),
            Op::AddBackend(f, b) => msg(
                IPVS_CMD_NEW_DEST,
                vec![CmdAttr::Service(service_attrs(f, None)), CmdAttr::Dest(dest_attrs(b, true))],
            ),
            Op::UpdateBackend(f, b) => msg(
                IPVS_CMD_SET_DEST,
                vec![CmdAttr::Service(service_attrs(f, None)), CmdAttr::Dest(dest_attrs(b, true))],
            ),
            Op::DeleteBackend(f, b) => msg(
                IPVS_CMD_DEL_DEST,
                vec![CmdAttr::Service(service_attrs(f, None)), CmdAttr::Dest(dest_attrs(b, false))],
            ),
            Op::Flush => msg(IPVS_CMD_FLUSH, vec![]),
        }
    }
}

fn msg(cmd: u8, attrs: Vec<CmdAttr>) -> IpvsMessage {
    IpvsMessage { cmd, attrs }
}

/// A service's attributes: its identity, and with a scheduler the whole entry the kernel
/// requires to create or change one (no persistence, no flags, a /32 netmask), in the
/// order ipvsadm sends them.
pub fn service_attrs(f: &Frontend, scheduler: Option<Scheduler>) -> Vec<SvcAttr> {
    let mut a = vec![SvcAttr::Af(AF_INET)];
    match f {
        Frontend::Addr { protocol, addr, port } => {
            a.push(SvcAttr::Protocol(protocol.number()));
            a.push(SvcAttr::Addr(*addr));
            a.push(SvcAttr::Port(*port));
        }
        Frontend::Fwmark(m) => a.push(SvcAttr::Fwmark(*m)),
    }
    if let Some(s) = scheduler {
        a.push(SvcAttr::SchedName(s.name().to_string()));
        a.push(SvcAttr::Flags { flags: 0, mask: u32::MAX });
        a.push(SvcAttr::Timeout(0));
        a.push(SvcAttr::Netmask(u32::MAX));
    }
    a
}

/// A real server's attributes: identity, and for a new or changed one masquerade
/// forwarding and its weight, in the order ipvsadm 1.31 sends them.
pub fn dest_attrs(b: &Backend, full: bool) -> Vec<DestAttr> {
    let mut a = vec![DestAttr::AddrFamily(AF_INET), DestAttr::Addr(b.addr), DestAttr::Port(b.port)];
    if full {
        a.extend([
            DestAttr::FwdMethod(IP_VS_CONN_F_MASQ),
            DestAttr::Weight(b.weight),
            DestAttr::TunType(0),
            DestAttr::TunPort(0),
            DestAttr::TunFlags(0),
            DestAttr::UThresh(0),
            DestAttr::LThresh(0),
        ]);
    }
    a
}

pub struct Ipvs {
    sock: NlSocket,
    family: u16,
    /// The kernel's table as of the last successful sync: later syncs diff against it
    /// instead of dumping every service's real servers again. None: read the kernel first
    /// (at start, and after any failed change).
    known: Option<BTreeMap<Frontend, VirtualService>>,
}

impl Ipvs {
    /// Opens IPVS in the caller's namespace or the one at `netns`. `Unsupported` when the
    /// kernel has no IPVS family (module ip_vs not loaded, or not built).
    pub fn open(netns: Option<&Path>) -> Result<Ipvs> {
        let mut sock = NlSocket::open(NETLINK_GENERIC as isize, netns)?;
        let family = resolve_family(&mut sock, IPVS_GENL_NAME)?;
        Ok(Ipvs { sock, family, known: None })
    }

    pub fn family_id(&self) -> u16 {
        self.family
    }

    fn encode(&self, m: IpvsMessage, flags: u16) -> Vec<u8> {
        let mut g = GenlMessage::from_payload(m);
        g.set_resolved_family_id(self.family);
        encode(g, flags)
    }

    /// Applies `ops` in one batch (a few writes on one socket); one result per op.
    pub fn apply(&mut self, ops: &[Op]) -> Vec<Result<()>> {
        let requests: Vec<Vec<u8>> = ops.iter().map(|o| self.encode(o.message(), 0)).collect();
        let results = self.sock.batch(&requests, &|i| ops[i].describe());
        self.known = None;
        results
    }

    /// Removes every virtual service (and so every real server) in this namespace.
    pub fn flush(&mut self) -> Result<()> {
        self.apply(&[Op::Flush]).pop().unwrap()?;
        self.known = Some(BTreeMap::new());
        Ok(())
    }

    fn dump(&mut self, m: IpvsMessage, what: &str) -> Result<Vec<IpvsMessage>> {
        let req = self.encode(m, NLM_F_REQUEST);
        let answers = self.sock.dump(&req, what)?;
        answers
            .iter()
            .map(|a| match NetlinkMessage::<GenlMessage<IpvsMessage>>::deserialize(a) {
                Ok(NetlinkMessage { payload: NetlinkPayload::InnerMessage(g), .. }) => Ok(g.payload),
                Ok(_) => Err(Error::decode(format!("{what}: unexpected answer"))),
                Err(e) => Err(Error::decode(format!("{what}: {e}"))),
            })
            .collect()
    }

    /// Every virtual service with its real servers, read from the kernel: one dump of the
    /// services, then one dump of real servers per service (netlink runs one dump at a
    /// time per socket).
    pub fn read(&mut self) -> Result<BTreeMap<Frontend, VirtualService>> {
        let mut out = BTreeMap::new();
        for m in self.dump(msg(IPVS_CMD_GET_SERVICE, vec![]), "list IPVS services")? {
            for attr in m.attrs {
                let CmdAttr::Service(attrs) = attr else { continue };
                if let Some((frontend, scheduler)) = parse_service(&attrs) {
                    out.insert(frontend, VirtualService { frontend, scheduler, backends: Vec::new() });
                }
            }
        }
        let frontends: Vec<Frontend> = out.keys().copied().collect();
        for f in frontends {
            let what = format!("list real servers of IPVS service {f}");
            let answers = self.dump(msg(IPVS_CMD_GET_DEST, vec![CmdAttr::Service(service_attrs(&f, None))]), &what)?;
            let backends = &mut out.get_mut(&f).unwrap().backends;
            for m in answers {
                for attr in m.attrs {
                    if let CmdAttr::Dest(attrs) = attr {
                        backends.extend(parse_dest(&attrs));
                    }
                }
            }
            backends.sort();
        }
        Ok(out)
    }
}

fn parse_service(attrs: &[SvcAttr]) -> Option<(Frontend, Scheduler)> {
    let (mut af, mut proto, mut addr, mut port, mut mark, mut sched) = (0, 0, None, 0, 0, None);
    for a in attrs {
        match a {
            SvcAttr::Af(v) => af = *v,
            SvcAttr::Protocol(v) => proto = *v,
            SvcAttr::Addr(v) => addr = Some(*v),
            SvcAttr::Port(v) => port = *v,
            SvcAttr::Fwmark(v) => mark = *v,
            SvcAttr::SchedName(s) => sched = Scheduler::parse(s).ok(),
            _ => {}
        }
    }
    if af != AF_INET {
        return None;
    }
    // A scheduler shoal does not use (set by hand): kept as rr so that a sync replaces it.
    let sched = sched.unwrap_or(Scheduler::RoundRobin);
    let frontend = if mark != 0 {
        Frontend::Fwmark(mark)
    } else {
        Frontend::Addr { protocol: Protocol::from_number(proto)?, addr: addr?, port }
    };
    Some((frontend, sched))
}

fn parse_dest(attrs: &[DestAttr]) -> Option<Backend> {
    let (mut addr, mut port, mut weight) = (None, 0, 0);
    for a in attrs {
        match a {
            DestAttr::Addr(v) => addr = Some(*v),
            DestAttr::Port(v) => port = *v,
            DestAttr::Weight(v) => weight = *v,
            _ => {}
        }
    }
    Some(Backend { addr: addr?, port, weight })
}

/// The id of generic netlink family `name`; `Unsupported` when the kernel has none.
pub fn resolve_family(sock: &mut NlSocket, name: &str) -> Result<u16> {
    let ctrl = GenlCtrl { cmd: GenlCtrlCmd::GetFamily, nlas: vec![GenlCtrlAttrs::FamilyName(name.to_string())] };
    let req = encode(GenlMessage::from_payload(ctrl), 0);
    let answers = match sock.request(&req, &format!("resolve generic netlink family {name}")) {
        Ok(a) => a,
        Err(e) if e.errno() == Some(libc::ENOENT) => {
            return Err(Error::unsupported(format!(
                "the kernel has no {name} generic netlink family (is the module loaded? `modprobe ip_vs`)"
            )))
        }
        Err(e) => return Err(e),
    };
    for a in answers {
        if let Ok(NetlinkMessage { payload: NetlinkPayload::InnerMessage(g), .. }) =
            NetlinkMessage::<GenlMessage<GenlCtrl>>::deserialize(&a)
        {
            for nla in g.payload.nlas {
                if let GenlCtrlAttrs::FamilyId(id) = nla {
                    return Ok(id);
                }
            }
        }
    }
    Err(Error::decode(format!("no id in the answer for generic netlink family {name}")))
}

/// The changes of a diff as IPVS operations, in an order the kernel accepts in one batch:
/// removals first (a service's real servers go with it), then new services and their real
/// servers, then changes.
pub fn ops_of(d: &balancer::Diff) -> Vec<Op> {
    let mut ops = Vec::new();
    ops.extend(d.remove_backends.iter().map(|(f, b)| Op::DeleteBackend(*f, *b)));
    ops.extend(d.remove_services.iter().map(|f| Op::DeleteService(*f)));
    for s in &d.add_services {
        ops.push(Op::AddService(s.frontend, s.scheduler));
        ops.extend(s.backends.iter().map(|b| Op::AddBackend(s.frontend, *b)));
    }
    ops.extend(d.update_services.iter().map(|s| Op::UpdateService(s.frontend, s.scheduler)));
    ops.extend(d.add_backends.iter().map(|(f, b)| Op::AddBackend(*f, *b)));
    ops.extend(d.update_backends.iter().map(|(f, b)| Op::UpdateBackend(*f, *b)));
    ops
}

impl Ipvs {
    /// Applies a diff in one batch. On failure `known` stays None, so the next sync or
    /// update reads the kernel and converges from there.
    fn run(&mut self, d: &balancer::Diff) -> Result<()> {
        if d.is_empty() {
            return Ok(());
        }
        let ops = ops_of(d);
        let failed: Vec<Error> = self.apply(&ops).into_iter().filter_map(|r| r.err()).collect();
        match failed.first() {
            None => Ok(()),
            Some(first) => Err(first.clone().context(format!("{} of {} IPVS changes failed; first", failed.len(), ops.len()))),
        }
    }
}

impl Balancer for Ipvs {
    fn backend(&self) -> &'static str {
        "ipvs"
    }

    fn sync(&mut self, desired: &[VirtualService]) -> Result<SyncReport> {
        balancer::validate(desired)?;
        let current = match self.known.take() {
            Some(k) => k,
            None => self.read()?,
        };
        let d = balancer::diff(&current, desired);
        let report = d.report();
        self.run(&d)?;
        self.known = Some(balancer::known_of(desired));
        Ok(report)
    }

    fn update(&mut self, changed: &[VirtualService], removed: &[Frontend]) -> Result<SyncReport> {
        balancer::validate_partial(changed, removed)?;
        let mut known = match self.known.take() {
            Some(k) => k,
            None => self.read()?,
        };
        let d = balancer::diff_partial(&known, changed, removed);
        let report = d.report();
        self.run(&d)?;
        balancer::commit_partial(&mut known, changed, removed);
        self.known = Some(known);
        Ok(report)
    }

    fn list(&mut self) -> Result<Vec<VirtualService>> {
        Ok(self.read()?.into_values().collect())
    }

    fn teardown(&mut self) -> Result<()> {
        self.flush()
    }
}
