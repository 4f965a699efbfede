//! The node data plane as JavaScript sees it (see the native contract in
//! docs/ARCHITECTURE.md): named network namespaces, link programming as one list of steps
//! per call, overlay forwarding entries, and class `Balancer` (IPVS or nftables behind one
//! desired state). Values are converted here; the work is shoal-netlink's, on a thread of
//! its own per call so that the event loop never waits on the kernel.

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::*;
use napi::Env;
use napi_derive::napi;

use shoal_netlink::balancer::{self, Backend, Frontend, Protocol, Scheduler, VirtualService};
use shoal_netlink::link::{self, RemoteEndpoint, Rtnl};
use shoal_netlink::netns::{self, NetnsDir};

use crate::boundary::{coded, promise, Outcome};

fn outcome<T>(r: shoal_netlink::Result<T>) -> Outcome<T> {
    r.map_err(|e| (e.code(), e.message))
}

/// Runs `work` on a thread of its own and settles the returned promise with its result.
fn off_thread<'env, T, F>(env: &'env Env, work: F) -> Result<Object<'env>>
where
    T: ToNapiValue + Send + 'static,
    F: FnOnce() -> shoal_netlink::Result<T> + Send + 'static,
{
    let (settle, p) = promise::<T>(env)?;
    std::thread::spawn(move || settle(outcome(work())));
    Ok(p)
}

fn invalid(msg: impl Into<String>) -> shoal_netlink::Error {
    shoal_netlink::Error::invalid(msg)
}

fn ip(s: &str, what: &str) -> shoal_netlink::Result<Ipv4Addr> {
    s.parse().map_err(|_| invalid(format!("{what}: {s:?} is not an IPv4 address")))
}

/// "10.0.0.2/24" → (10.0.0.2, 24)
fn cidr(s: &str, what: &str) -> shoal_netlink::Result<(Ipv4Addr, u8)> {
    let (a, p) = s.split_once('/').ok_or_else(|| invalid(format!("{what}: {s:?} is not ADDRESS/PREFIX")))?;
    let prefix: u8 = p.parse().ok().filter(|p| *p <= 32).ok_or_else(|| invalid(format!("{what}: bad prefix in {s:?}")))?;
    Ok((ip(a, what)?, prefix))
}

fn mac(s: &str) -> shoal_netlink::Result<[u8; 6]> {
    let parts: Vec<u8> = s.split(':').filter_map(|h| u8::from_str_radix(h, 16).ok()).collect();
    <[u8; 6]>::try_from(parts).map_err(|_| invalid(format!("{s:?} is not a MAC address")))
}

// ---------------------------------------------------------------------------------------------
// Namespaces

/// Creates namespace `name` under `dir` (loopback up) or returns the existing one's path.
#[napi(ts_return_type = "Promise<string>")]
pub fn netns_create<'env>(env: &'env Env, dir: String, name: String) -> Result<Object<'env>> {
    off_thread(env, move || Ok(NetnsDir::new(dir).create(&name)?.display().to_string()))
}

/// Removes namespace `name` under `dir`; an absent one is fine.
#[napi(ts_return_type = "Promise<void>")]
pub fn netns_delete<'env>(env: &'env Env, dir: String, name: String) -> Result<Object<'env>> {
    off_thread(env, move || NetnsDir::new(dir).delete(&name))
}

/// Names of the namespaces under `dir` starting with `prefix`.
#[napi]
pub fn netns_list(env: Env, dir: String, prefix: String) -> Result<Vec<String>> {
    NetnsDir::new(dir).list(&prefix).map_err(|e| coded(env, e.code(), e.message))
}

/// Removes every namespace under `dir` and the directory's own mount.
#[napi(ts_return_type = "Promise<void>")]
pub fn netns_remove_all<'env>(env: &'env Env, dir: String) -> Result<Object<'env>> {
    off_thread(env, move || NetnsDir::new(dir).remove_all())
}

/// A socket bound to `address`:`port` inside the namespace at `netns` (tcp: listening), as a
/// file descriptor the caller owns (Node: `dgram` `bind({ fd })`, `net` `listen({ fd })`).
/// Served from the caller's thread, it keeps answering in that namespace.
#[napi(ts_return_type = "Promise<number>")]
pub fn netns_listen<'env>(
    env: &'env Env,
    netns: String,
    #[napi(ts_arg_type = "'udp' | 'tcp'")] protocol: String,
    address: String,
    port: u32,
) -> Result<Object<'env>> {
    off_thread(env, move || {
        let kind = match protocol.as_str() {
            "udp" => netns::SocketKind::Udp,
            "tcp" => netns::SocketKind::Tcp,
            p => return Err(invalid(format!("protocol {p:?}: expected 'udp' or 'tcp'"))),
        };
        let port = u16::try_from(port).map_err(|_| invalid(format!("port {port} is out of range")))?;
        let addr = std::net::SocketAddr::new(ip(&address, "listen address")?.into(), port);
        Ok(netns::listen_in(Path::new(&netns), kind, addr)? as u32)
    })
}

// ---------------------------------------------------------------------------------------------
// Links

/// One step of `linkApply`. Which fields count depends on `op`:
/// - 'bridge' name · 'vxlan' name, vni, local?, port? (4789) · 'veth' name, peer, peerNetns?, peerMac?
/// - 'moveTo' name, netns · 'up' name · 'master' name, bridge · 'delete' name
/// - 'address' name, address (CIDR) · 'route' destination (CIDR), gateway?, name? (device)
#[napi(object)]
pub struct LinkStep {
    #[napi(ts_type = "'bridge' | 'vxlan' | 'veth' | 'moveTo' | 'up' | 'master' | 'delete' | 'address' | 'route'")]
    pub op: String,
    pub name: Option<String>,
    pub peer: Option<String>,
    pub peer_netns: Option<String>,
    pub peer_mac: Option<String>,
    pub vni: Option<u32>,
    pub local: Option<String>,
    pub port: Option<u32>,
    pub netns: Option<String>,
    pub bridge: Option<String>,
    pub address: Option<String>,
    pub destination: Option<String>,
    pub gateway: Option<String>,
}

fn need<'a>(v: &'a Option<String>, field: &str, op: &str) -> shoal_netlink::Result<&'a str> {
    v.as_deref().ok_or_else(|| invalid(format!("link step {op:?} needs {field}")))
}

fn run_step(r: &mut Rtnl, s: &LinkStep) -> shoal_netlink::Result<()> {
    let op = s.op.as_str();
    match op {
        "bridge" => r.add_bridge(need(&s.name, "name", op)?),
        "vxlan" => {
            let local = s.local.as_deref().map(|l| ip(l, "vxlan local")).transpose()?;
            let port = u16::try_from(s.port.unwrap_or(link::VXLAN_PORT as u32))
                .map_err(|_| invalid("vxlan port over 65535"))?;
            let vni = s.vni.ok_or_else(|| invalid("link step \"vxlan\" needs vni"))?;
            r.add_vxlan(need(&s.name, "name", op)?, vni, local, port)
        }
        "veth" => {
            let ns = s.peer_netns.as_deref().map(|p| netns::open(Path::new(p))).transpose()?;
            let m = s.peer_mac.as_deref().map(mac).transpose()?;
            r.add_veth(need(&s.name, "name", op)?, need(&s.peer, "peer", op)?, ns.as_ref(), m)
        }
        "moveTo" => r.move_to(need(&s.name, "name", op)?, &netns::open(Path::new(need(&s.netns, "netns", op)?))?),
        "up" => r.set_up(need(&s.name, "name", op)?),
        "master" => r.set_controller(need(&s.name, "name", op)?, need(&s.bridge, "bridge", op)?),
        "delete" => r.delete_link(need(&s.name, "name", op)?),
        "address" => {
            let (a, p) = cidr(need(&s.address, "address", op)?, "address")?;
            r.add_address(need(&s.name, "name", op)?, a, p)
        }
        "route" => {
            let (d, p) = cidr(need(&s.destination, "destination", op)?, "route destination")?;
            let gw = s.gateway.as_deref().map(|g| ip(g, "route gateway")).transpose()?;
            r.replace_route(d, p, gw, s.name.as_deref())
        }
        _ => Err(invalid(format!("unknown link step {op:?}"))),
    }
}

/// Runs `steps` in order in the namespace at `netns` (the caller's when null); stops at the
/// first failure, naming the step. Every step is idempotent, so a retry converges.
#[napi(ts_return_type = "Promise<void>")]
pub fn link_apply<'env>(env: &'env Env, netns: Option<String>, steps: Vec<LinkStep>) -> Result<Object<'env>> {
    off_thread(env, move || {
        let mut r = Rtnl::open(netns.as_deref().map(Path::new))?;
        for (i, s) in steps.iter().enumerate() {
            run_step(&mut r, s).map_err(|e| e.context(format!("step {i} ({} {})", s.op, s.name.as_deref().unwrap_or(""))))?;
        }
        Ok(())
    })
}

#[napi(object)]
pub struct LinkInfo {
    pub index: u32,
    pub name: String,
    pub kind: String,
    pub mac: String,
    pub up: bool,
    pub master: Option<u32>,
}

#[napi(ts_return_type = "Promise<LinkInfo[]>")]
pub fn link_list<'env>(env: &'env Env, netns: Option<String>) -> Result<Object<'env>> {
    off_thread(env, move || {
        let links = Rtnl::open(netns.as_deref().map(Path::new))?.links()?;
        Ok(links
            .into_iter()
            .map(|l| LinkInfo {
                index: l.index,
                name: l.name,
                kind: l.kind,
                mac: link::fmt_mac(&l.mac),
                up: l.up,
                master: l.controller,
            })
            .collect::<Vec<_>>())
    })
}

/// A remote task of an overlay: its overlay address and MAC, and its node's underlay address.
#[napi(object)]
pub struct RemoteEntry {
    pub ip: String,
    pub mac: String,
    pub vtep: String,
}

#[napi(object)]
pub struct ForwardingChanges {
    pub added: u32,
    pub removed: u32,
}

/// Makes the FDB + neighbour entries of VXLAN device `dev` exactly `entries`, in one batch.
#[napi(ts_return_type = "Promise<ForwardingChanges>")]
pub fn link_sync_forwarding<'env>(env: &'env Env, netns: Option<String>, dev: String, entries: Vec<RemoteEntry>) -> Result<Object<'env>> {
    off_thread(env, move || {
        let wanted = entries
            .iter()
            .map(|e| Ok(RemoteEndpoint { ip: ip(&e.ip, "remote ip")?, mac: mac(&e.mac)?, vtep: ip(&e.vtep, "remote vtep")? }))
            .collect::<shoal_netlink::Result<Vec<_>>>()?;
        let c = Rtnl::open(netns.as_deref().map(Path::new))?.sync_forwarding(&dev, &wanted)?;
        Ok(ForwardingChanges { added: c.added as u32, removed: c.removed as u32 })
    })
}

/// The MAC shoal gives the endpoint with IPv4 address `ip` (02:42 and the address, as docker).
#[napi]
pub fn mac_of(env: Env, ip: String) -> Result<String> {
    let a: Ipv4Addr = ip.parse().map_err(|_| coded(env, "Invalid", format!("{ip:?} is not an IPv4 address")))?;
    Ok(link::fmt_mac(&link::mac_of(a)))
}

// ---------------------------------------------------------------------------------------------
// Load balancing

#[napi(object)]
#[derive(Clone)]
pub struct BackendJs {
    pub address: String,
    pub port: u32,
    /// 0 drains: no new connections.
    pub weight: u32,
}

/// A virtual service: `protocol` + `address` + `port` (a VIP or a published port), or `fwmark`.
#[napi(object)]
#[derive(Clone)]
pub struct VirtualServiceJs {
    #[napi(ts_type = "'tcp' | 'udp' | 'sctp'")]
    pub protocol: Option<String>,
    pub address: Option<String>,
    pub port: Option<u32>,
    pub fwmark: Option<u32>,
    #[napi(ts_type = "'rr' | 'wrr'")]
    pub scheduler: String,
    pub backends: Vec<BackendJs>,
}

/// Which virtual service: `protocol` + `address` + `port`, or `fwmark`.
#[napi(object)]
pub struct FrontendJs {
    #[napi(ts_type = "'tcp' | 'udp' | 'sctp'")]
    pub protocol: Option<String>,
    pub address: Option<String>,
    pub port: Option<u32>,
    pub fwmark: Option<u32>,
}

#[napi(object)]
pub struct SyncReport {
    pub services_added: u32,
    pub services_removed: u32,
    pub services_updated: u32,
    pub backends_added: u32,
    pub backends_removed: u32,
    pub backends_updated: u32,
}

fn port(p: u32, what: &str) -> shoal_netlink::Result<u16> {
    u16::try_from(p).map_err(|_| invalid(format!("{what}: port {p} is over 65535")))
}

fn to_frontend(
    fwmark: &Option<u32>,
    protocol: &Option<String>,
    address: &Option<String>,
    p: Option<u32>,
) -> shoal_netlink::Result<Frontend> {
    Ok(match (fwmark, protocol, address, p) {
        (Some(m), None, None, None) => Frontend::Fwmark(*m),
        (None, Some(proto), Some(addr), Some(p)) => Frontend::Addr {
            protocol: Protocol::parse(proto)?,
            addr: ip(addr, "virtual service address")?,
            port: port(p, "virtual service")?,
        },
        _ => return Err(invalid("a virtual service has either protocol, address and port, or fwmark alone")),
    })
}

fn to_service(v: &VirtualServiceJs) -> shoal_netlink::Result<VirtualService> {
    let frontend = to_frontend(&v.fwmark, &v.protocol, &v.address, v.port)?;
    let backends = v
        .backends
        .iter()
        .map(|b| Ok(Backend { addr: ip(&b.address, "backend address")?, port: port(b.port, "backend")?, weight: b.weight }))
        .collect::<shoal_netlink::Result<Vec<_>>>()?;
    Ok(VirtualService { frontend, scheduler: Scheduler::parse(&v.scheduler)?, backends })
}

fn report(r: balancer::SyncReport) -> SyncReport {
    SyncReport {
        services_added: r.services_added as u32,
        services_removed: r.services_removed as u32,
        services_updated: r.services_updated as u32,
        backends_added: r.backends_added as u32,
        backends_removed: r.backends_removed as u32,
        backends_updated: r.backends_updated as u32,
    }
}

fn from_service(v: VirtualService) -> VirtualServiceJs {
    let (protocol, address, port, fwmark) = match v.frontend {
        Frontend::Addr { protocol, addr, port } => (Some(protocol.name().to_string()), Some(addr.to_string()), Some(port as u32), None),
        Frontend::Fwmark(m) => (None, None, None, Some(m)),
    };
    VirtualServiceJs {
        protocol,
        address,
        port,
        fwmark,
        scheduler: v.scheduler.name().to_string(),
        backends: v
            .backends
            .into_iter()
            .map(|b| BackendJs { address: b.addr.to_string(), port: b.port as u32, weight: b.weight })
            .collect(),
    }
}

/// A kernel load balancer (IPVS when the kernel has it, else nftables) following a desired
/// state. Calls are serialised: each runs on its own thread, holding the balancer.
#[napi]
pub struct Balancer {
    inner: Arc<Mutex<Box<dyn balancer::Balancer>>>,
    backend: String,
}

#[napi]
impl Balancer {
    /// Opens the balancer of the namespace at `netns` (the caller's when null); `table` names
    /// the nftables table it would own. `forceBackend` ('ipvs' | 'nftables') skips the choice.
    #[napi(factory)]
    pub fn open(env: Env, netns: Option<String>, table: String, force_backend: Option<String>) -> Result<Balancer> {
        let ns = netns.map(PathBuf::from);
        let opened: shoal_netlink::Result<Box<dyn balancer::Balancer>> = match force_backend.as_deref() {
            None => balancer::open(ns.as_deref(), &table),
            Some("ipvs") => shoal_netlink::ipvs::Ipvs::open(ns.as_deref()).map(|b| Box::new(b) as _),
            Some("nftables") => shoal_netlink::nft::Nftables::open(ns.as_deref(), &table).map(|b| Box::new(b) as _),
            Some(other) => Err(invalid(format!("unknown balancer backend {other:?} (ipvs or nftables)"))),
        };
        let b = opened.map_err(|e| coded(env, e.code(), e.message))?;
        let backend = b.backend().to_string();
        Ok(Balancer { inner: Arc::new(Mutex::new(b)), backend })
    }

    /// 'ipvs' or 'nftables'.
    #[napi(getter)]
    pub fn backend(&self) -> String {
        self.backend.clone()
    }

    /// Makes the kernel hold exactly `services`, changing only the difference (one batch or
    /// one transaction). Rejects with Error{code:'Invalid'} and changes nothing on bad input.
    #[napi(ts_return_type = "Promise<SyncReport>")]
    pub fn sync<'env>(&self, env: &'env Env, services: Vec<VirtualServiceJs>) -> Result<Object<'env>> {
        let inner = self.inner.clone();
        off_thread(env, move || {
            let desired = services.iter().map(to_service).collect::<shoal_netlink::Result<Vec<_>>>()?;
            Ok(report(inner.lock().unwrap().sync(&desired)?))
        })
    }

    /// Changes only the services in `changed` (each given whole) and removes `removed`;
    /// every other service stays as it is. What a caller that knows what changed uses at
    /// 10,000 services: only the changed ones cross into Rust.
    #[napi(ts_return_type = "Promise<SyncReport>")]
    pub fn update<'env>(&self, env: &'env Env, changed: Vec<VirtualServiceJs>, removed: Vec<FrontendJs>) -> Result<Object<'env>> {
        let inner = self.inner.clone();
        off_thread(env, move || {
            let changed = changed.iter().map(to_service).collect::<shoal_netlink::Result<Vec<_>>>()?;
            let removed = removed
                .iter()
                .map(|f| to_frontend(&f.fwmark, &f.protocol, &f.address, f.port))
                .collect::<shoal_netlink::Result<Vec<_>>>()?;
            Ok(report(inner.lock().unwrap().update(&changed, &removed)?))
        })
    }

    /// What the kernel holds (IPVS: read back; nftables: the state last applied).
    #[napi(ts_return_type = "Promise<VirtualServiceJs[]>")]
    pub fn list<'env>(&self, env: &'env Env) -> Result<Object<'env>> {
        let inner = self.inner.clone();
        off_thread(env, move || Ok(inner.lock().unwrap().list()?.into_iter().map(from_service).collect::<Vec<_>>()))
    }

    /// Removes everything the balancer created.
    #[napi(ts_return_type = "Promise<void>")]
    pub fn teardown<'env>(&self, env: &'env Env) -> Result<Object<'env>> {
        let inner = self.inner.clone();
        off_thread(env, move || inner.lock().unwrap().teardown())
    }
}
