//! The load balancer's desired state, one interface over two kernel backends (IPVS over
//! generic netlink, nftables for kernels without IPVS), and the difference between what a
//! kernel has and what is wanted.
//!
//! A balancer owns every virtual service of its network namespace (IPVS) or its own table
//! (nftables): `sync` makes the kernel hold exactly the desired services, removing others.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::Path;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Protocol {
    Tcp,
    Udp,
    Sctp,
}

impl Protocol {
    pub fn parse(s: &str) -> Result<Protocol> {
        match s {
            "tcp" => Ok(Protocol::Tcp),
            "udp" => Ok(Protocol::Udp),
            "sctp" => Ok(Protocol::Sctp),
            _ => Err(Error::invalid(format!("unknown protocol {s:?} (tcp, udp or sctp)"))),
        }
    }
    /// The IP protocol number (IPPROTO_*).
    pub fn number(self) -> u16 {
        match self {
            Protocol::Tcp => 6,
            Protocol::Udp => 17,
            Protocol::Sctp => 132,
        }
    }
    pub fn from_number(n: u16) -> Option<Protocol> {
        match n {
            6 => Some(Protocol::Tcp),
            17 => Some(Protocol::Udp),
            132 => Some(Protocol::Sctp),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Sctp => "sctp",
        }
    }
}

/// What a virtual service answers: an address, protocol and port (a VIP or a published
/// port), or a firewall mark set by a rule elsewhere (docker marks VIP traffic that way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frontend {
    Addr { protocol: Protocol, addr: Ipv4Addr, port: u16 },
    Fwmark(u32),
}

impl std::fmt::Display for Frontend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Frontend::Addr { protocol, addr, port } => write!(f, "{} {addr}:{port}", protocol.name()),
            Frontend::Fwmark(m) => write!(f, "fwmark {m}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scheduler {
    /// Round robin (IPVS `rr`; nftables: one slot per backend, picked by `numgen random`).
    RoundRobin,
    /// Weighted round robin (IPVS `wrr`; nftables: `weight` slots per backend).
    WeightedRoundRobin,
}

impl Scheduler {
    pub fn parse(s: &str) -> Result<Scheduler> {
        match s {
            "rr" => Ok(Scheduler::RoundRobin),
            "wrr" => Ok(Scheduler::WeightedRoundRobin),
            _ => Err(Error::invalid(format!("unknown scheduler {s:?} (rr or wrr)"))),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Scheduler::RoundRobin => "rr",
            Scheduler::WeightedRoundRobin => "wrr",
        }
    }
}

/// A real server. Weight 0 drains it: no new connections, established ones go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Backend {
    pub addr: Ipv4Addr,
    pub port: u16,
    pub weight: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VirtualService {
    pub frontend: Frontend,
    pub scheduler: Scheduler,
    pub backends: Vec<Backend>,
}

/// Weights above this are refused: IPVS keeps weights as a C int, and nftables repeats a
/// backend `weight` times in its map.
pub const MAX_WEIGHT: u32 = 100;

/// Checks a desired state: one entry per frontend, one per backend address and port,
/// ports and weights in range. Names the first thing wrong.
pub fn validate(services: &[VirtualService]) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for s in services {
        if !seen.insert(s.frontend) {
            return Err(Error::invalid(format!("virtual service {} is listed twice", s.frontend)));
        }
        match s.frontend {
            Frontend::Addr { port: 0, .. } => {
                return Err(Error::invalid(format!("virtual service {}: port 0", s.frontend)))
            }
            Frontend::Fwmark(0) => return Err(Error::invalid("virtual service fwmark 0: a mark must not be 0")),
            _ => {}
        }
        let mut backends = std::collections::HashSet::new();
        for b in &s.backends {
            if !backends.insert((b.addr, b.port)) {
                return Err(Error::invalid(format!("virtual service {}: backend {}:{} listed twice", s.frontend, b.addr, b.port)));
            }
            if b.port == 0 && !matches!(s.frontend, Frontend::Fwmark(_)) {
                return Err(Error::invalid(format!("virtual service {}: backend {} has port 0", s.frontend, b.addr)));
            }
            if b.weight > MAX_WEIGHT {
                return Err(Error::invalid(format!(
                    "virtual service {}: backend {}:{} weight {} is over {MAX_WEIGHT}",
                    s.frontend, b.addr, b.port, b.weight
                )));
            }
        }
    }
    Ok(())
}

/// What a sync changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SyncReport {
    pub services_added: usize,
    pub services_removed: usize,
    pub services_updated: usize,
    pub backends_added: usize,
    pub backends_removed: usize,
    pub backends_updated: usize,
}

/// The changes from `current` to `desired`, in the order a kernel can take them.
#[derive(Debug, Default)]
pub struct Diff<'a> {
    pub remove_services: Vec<Frontend>,
    pub add_services: Vec<&'a VirtualService>,
    /// Services whose scheduler changed.
    pub update_services: Vec<&'a VirtualService>,
    pub remove_backends: Vec<(Frontend, Backend)>,
    pub add_backends: Vec<(Frontend, Backend)>,
    pub update_backends: Vec<(Frontend, Backend)>,
}

impl Diff<'_> {
    pub fn is_empty(&self) -> bool {
        self.remove_services.is_empty()
            && self.add_services.is_empty()
            && self.update_services.is_empty()
            && self.remove_backends.is_empty()
            && self.add_backends.is_empty()
            && self.update_backends.is_empty()
    }
    pub fn report(&self) -> SyncReport {
        SyncReport {
            services_added: self.add_services.len(),
            services_removed: self.remove_services.len(),
            services_updated: self.update_services.len(),
            backends_added: self.add_backends.len() + self.add_services.iter().map(|s| s.backends.len()).sum::<usize>(),
            backends_removed: self.remove_backends.len(),
            backends_updated: self.update_backends.len(),
        }
    }
    /// Frontends whose service is new or changed in any way.
    pub fn touched(&self) -> std::collections::BTreeSet<Frontend> {
        let mut t = std::collections::BTreeSet::new();
        t.extend(self.add_services.iter().map(|s| s.frontend));
        t.extend(self.update_services.iter().map(|s| s.frontend));
        t.extend(self.remove_backends.iter().map(|(f, _)| *f));
        t.extend(self.add_backends.iter().map(|(f, _)| *f));
        t.extend(self.update_backends.iter().map(|(f, _)| *f));
        t
    }
}

pub fn diff<'a>(current: &BTreeMap<Frontend, VirtualService>, desired: &'a [VirtualService]) -> Diff<'a> {
    let mut d = Diff::default();
    let wanted: std::collections::HashSet<Frontend> = desired.iter().map(|s| s.frontend).collect();
    for f in current.keys() {
        if !wanted.contains(f) {
            d.remove_services.push(*f);
        }
    }
    for s in desired {
        diff_service(&mut d, current.get(&s.frontend), s);
    }
    d
}

/// The changes for only the services in `changed` (each its whole new state) and the
/// removal of those in `removed`; every other service is left as it is.
pub fn diff_partial<'a>(
    current: &BTreeMap<Frontend, VirtualService>,
    changed: &'a [VirtualService],
    removed: &[Frontend],
) -> Diff<'a> {
    let mut d = Diff::default();
    d.remove_services.extend(removed.iter().filter(|f| current.contains_key(f)));
    for s in changed {
        diff_service(&mut d, current.get(&s.frontend), s);
    }
    d
}

fn diff_service<'a>(d: &mut Diff<'a>, have: Option<&VirtualService>, s: &'a VirtualService) {
    let Some(have) = have else {
        d.add_services.push(s);
        return;
    };
    if have.scheduler != s.scheduler {
        d.update_services.push(s);
    }
    let had: BTreeMap<(Ipv4Addr, u16), &Backend> = have.backends.iter().map(|b| ((b.addr, b.port), b)).collect();
    let want: BTreeMap<(Ipv4Addr, u16), &Backend> = s.backends.iter().map(|b| ((b.addr, b.port), b)).collect();
    for (k, b) in &had {
        if !want.contains_key(k) {
            d.remove_backends.push((s.frontend, **b));
        }
    }
    for (k, b) in &want {
        match had.get(k) {
            None => d.add_backends.push((s.frontend, **b)),
            Some(h) if h.weight != b.weight => d.update_backends.push((s.frontend, **b)),
            _ => {}
        }
    }
}

/// Checks a partial change: the changed services as `validate`, and no frontend both
/// changed and removed.
pub fn validate_partial(changed: &[VirtualService], removed: &[Frontend]) -> Result<()> {
    validate(changed)?;
    for f in removed {
        if changed.iter().any(|s| s.frontend == *f) {
            return Err(Error::invalid(format!("virtual service {f} is both changed and removed")));
        }
    }
    Ok(())
}

/// What a kernel holds after `desired` was applied whole.
pub fn known_of(desired: &[VirtualService]) -> BTreeMap<Frontend, VirtualService> {
    let mut k = BTreeMap::new();
    commit_partial(&mut k, desired, &[]);
    k
}

/// `known` after a partial change was applied.
pub fn commit_partial(known: &mut BTreeMap<Frontend, VirtualService>, changed: &[VirtualService], removed: &[Frontend]) {
    for f in removed {
        known.remove(f);
    }
    for s in changed {
        let mut s = s.clone();
        s.backends.sort();
        known.insert(s.frontend, s);
    }
}

/// A kernel load balancer following a desired state.
pub trait Balancer: Send {
    /// "ipvs" or "nftables".
    fn backend(&self) -> &'static str;
    /// Makes the kernel hold exactly `desired`, changing only what differs, in one batch
    /// (IPVS) or one transaction (nftables). Invalid input changes nothing.
    fn sync(&mut self, desired: &[VirtualService]) -> Result<SyncReport>;
    /// Changes only the services in `changed` (each given whole) and removes those in
    /// `removed`, leaving every other one as it is: one change at 10,000 services without
    /// passing (and diffing) the 10,000. Invalid input changes nothing.
    fn update(&mut self, changed: &[VirtualService], removed: &[Frontend]) -> Result<SyncReport>;
    /// What the kernel holds now (read from the kernel).
    fn list(&mut self) -> Result<Vec<VirtualService>>;
    /// Removes everything this balancer created.
    fn teardown(&mut self) -> Result<()>;
}

/// IPVS when the kernel (of the namespace at `netns`) has it, else nftables in table `table`.
pub fn open(netns: Option<&Path>, table: &str) -> Result<Box<dyn Balancer>> {
    match crate::ipvs::Ipvs::open(netns) {
        Ok(ipvs) => Ok(Box::new(ipvs)),
        Err(e) if e.kind == crate::ErrorKind::Unsupported => {
            Ok(Box::new(crate::nft::Nftables::open(netns, table)?))
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc(port: u16, backends: &[(u8, u32)]) -> VirtualService {
        VirtualService {
            frontend: Frontend::Addr { protocol: Protocol::Tcp, addr: Ipv4Addr::new(10, 0, 0, 1), port },
            scheduler: Scheduler::RoundRobin,
            backends: backends.iter().map(|(l, w)| Backend { addr: Ipv4Addr::new(10, 1, 0, *l), port: 80, weight: *w }).collect(),
        }
    }

    fn known(s: &[VirtualService]) -> BTreeMap<Frontend, VirtualService> {
        known_of(s)
    }

    #[test]
    fn diff_adds_removes_and_reweights() {
        let current = known(&[svc(80, &[(1, 1), (2, 1)]), svc(81, &[(1, 1)])]);
        let desired = vec![svc(80, &[(1, 1), (2, 0), (3, 1)]), svc(82, &[(9, 1)])];
        let d = diff(&current, &desired);
        assert_eq!(d.remove_services, vec![svc(81, &[]).frontend]);
        assert_eq!(d.add_services.len(), 1);
        assert_eq!(d.add_backends, vec![(desired[0].frontend, desired[0].backends[2])]);
        assert_eq!(d.update_backends, vec![(desired[0].frontend, desired[0].backends[1])]);
        assert!(d.remove_backends.is_empty());
        let r = d.report();
        assert_eq!((r.services_added, r.services_removed, r.backends_added, r.backends_updated), (1, 1, 2, 1));
        assert!(diff(&known(&desired), &desired).is_empty());
    }

    #[test]
    fn partial_diff_leaves_other_services_alone() {
        let current = known(&[svc(80, &[(1, 1)]), svc(81, &[(1, 1)]), svc(82, &[(1, 1)])]);
        let changed = vec![svc(80, &[(2, 1)])];
        let d = diff_partial(&current, &changed, &[svc(81, &[]).frontend, svc(99, &[]).frontend]);
        assert_eq!(d.remove_services, vec![svc(81, &[]).frontend]);
        assert_eq!(d.remove_backends.len(), 1);
        assert_eq!(d.add_backends.len(), 1);
        let mut k = current.clone();
        commit_partial(&mut k, &changed, &[svc(81, &[]).frontend]);
        assert_eq!(k.len(), 2);
        assert!(k.contains_key(&svc(82, &[]).frontend));
    }

    #[test]
    fn validation_names_what_is_wrong() {
        let e = validate(&[svc(80, &[]), svc(80, &[])]).unwrap_err();
        assert!(e.message.contains("tcp 10.0.0.1:80 is listed twice"), "{e}");
        assert_eq!(validate(&[svc(0, &[])]).unwrap_err().code(), "Invalid");
        assert!(validate(&[svc(80, &[(1, 1), (1, 2)])]).unwrap_err().message.contains("listed twice"));
        assert!(validate(&[svc(80, &[(1, MAX_WEIGHT + 1)])]).unwrap_err().message.contains("weight"));
        assert!(validate_partial(&[svc(80, &[])], &[svc(80, &[]).frontend]).is_err());
    }
}
