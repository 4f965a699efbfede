//! The nftables backend, for kernels without IPVS: one table of shoal's own, where the
//! virtual services are map elements, not rules. Services are grouped by their number of
//! slots N (each active backend once, or `weight` times with wrr). For each N in use, a set
//! `m_N` holds the frontends (VIP . protocol . port) and a map `b_N` holds, per frontend and
//! slot, the backend (frontend . slot → address . port); one rule per N,
//! `ip daddr . meta l4proto . th dport @m_N dnat to ip daddr . meta l4proto . th dport .
//! numgen random mod N map @b_N`, picks a slot at random for each new connection. Frontends
//! by firewall mark use `f_N` / `g_N` the same way with `meta mark`.
//!
//! Every sync is one `nft -f` script, which nftables applies as one atomic transaction: a
//! changed service is a handful of element deletions and additions; the first sync of a
//! process replaces the whole table in that same transaction (so a restarted agent
//! converges without reading the table back); conntrack keeps established connections'
//! NAT through it. Elements, unlike rules or chains, do not make `nft` read the whole table
//! before it applies a change: an earlier layout with a chain per service cost ~120 ms per
//! change at 10,000 services, nearly all of it nft fetching 10,000 chains (bench/RESULTS.md).
//!
//! Why `nft -f` rather than the nftables netlink API: the transaction and its atomicity are
//! nftables' own, and the ruleset text is what an operator reads back with `nft list`; the
//! netlink API (rustables, or netlink-packet-netfilter) would save the process start per
//! change (figures in bench/RESULTS.md).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::balancer::{self, Balancer, Frontend, Scheduler, SyncReport, VirtualService};
use crate::error::{Error, Result};

pub struct Nftables {
    netns: Option<PathBuf>,
    table: String,
    /// What the table holds after the last successful sync; None until the first (which
    /// then rewrites the table whole) and after a failure.
    known: Option<BTreeMap<Frontend, VirtualService>>,
    /// The classes (sets, map and rule per slot count) the table holds.
    classes: BTreeSet<Class>,
}

impl Nftables {
    /// Checks that `nft` runs and `table` is a valid name; changes nothing yet.
    pub fn open(netns: Option<&Path>, table: &str) -> Result<Nftables> {
        if table.is_empty() || table.len() > 64 || !table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Error::invalid(format!("invalid nftables table name {table:?} (letters, digits, _)")));
        }
        let n = Nftables { netns: netns.map(Path::to_path_buf), table: table.to_string(), known: None, classes: BTreeSet::new() };
        n.run(&[], "")
            .map_err(|e| Error::unsupported(format!("nftables is not usable: {}", e.message)))?;
        Ok(n)
    }

    /// Runs `nft [args] -f -` with `script` on stdin (just `nft --version` when both are
    /// empty), in the balancer's namespace: the child is forked from a thread inside it.
    fn run(&self, args: &[&str], script: &str) -> Result<String> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let script = script.to_string();
        let go = move || -> Result<String> {
            let mut cmd = Command::new("nft");
            if args.is_empty() && script.is_empty() {
                cmd.arg("--version");
            } else {
                cmd.args(&args).args(["-f", "-"]);
            }
            let mut child = cmd
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| Error::io("run nft", e))?;
            child.stdin.take().unwrap().write_all(script.as_bytes()).map_err(|e| Error::io("write to nft", e))?;
            let out = child.wait_with_output().map_err(|e| Error::io("wait for nft", e))?;
            if !out.status.success() {
                let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
                return Err(Error { kind: crate::ErrorKind::Kernel { errno: 0 }, message: format!("nft: {err}") });
            }
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        };
        match &self.netns {
            None => go(),
            Some(p) => crate::netns::run_in(p, go),
        }
    }

    /// The whole table: hooks, one class (sets, map, rule) per slot count, every element.
    pub fn full_script(&self, desired: &[VirtualService]) -> (String, BTreeSet<Class>) {
        let t = &self.table;
        let mut s = String::new();
        // Create-then-delete makes the delete valid whether or not the table existed.
        let _ = writeln!(s, "table ip {t} {{}}\ndelete table ip {t}");
        let _ = writeln!(s, "table ip {t} {{");
        let _ = writeln!(s, "  chain services {{ }}");
        for (hook, prio) in [("prerouting", "dstnat"), ("output", "-100")] {
            let _ = writeln!(s, "  chain {hook} {{ type nat hook {hook} priority {prio}; policy accept; jump services; }}");
        }
        let _ = writeln!(s, "}}");
        // Elements in bulk, per set and map: one parse per 20,000 rather than one per service.
        let mut classes = BTreeSet::new();
        let mut elements: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for v in desired {
            let slots = slots_of(v);
            if slots.is_empty() {
                continue;
            }
            let c = Class { by_mark: matches!(v.frontend, Frontend::Fwmark(_)), slots: slots.len() };
            self.ensure_class(&mut s, &mut classes, c);
            let (set, map) = c.names();
            let k = key_of(&v.frontend);
            elements.entry(set).or_default().push(k.clone());
            let m = elements.entry(map).or_default();
            m.extend(slots.iter().enumerate().map(|(i, b)| format!("{k} . {i} : {} . {}", b.addr, b.port)));
        }
        for (name, elems) in elements {
            for chunk in elems.chunks(20_000) {
                let _ = writeln!(s, "add element ip {t} {name} {{ {} }}", chunk.join(", "));
            }
        }
        (s, classes)
    }

    /// Declares class `c` (its set, its map and its rule) unless it exists.
    fn ensure_class(&self, s: &mut String, classes: &mut BTreeSet<Class>, c: Class) {
        if !classes.insert(c) {
            return;
        }
        let t = &self.table;
        let n = c.slots;
        if c.by_mark {
            let _ = writeln!(s, "add set ip {t} f_{n} {{ typeof meta mark; }}");
            let _ = writeln!(s, "add map ip {t} g_{n} {{ typeof meta mark . numgen random mod {n} : ip daddr . th dport; }}");
            let _ = writeln!(
                s,
                "add rule ip {t} services meta mark @f_{n} meta l4proto {{ tcp, udp, sctp }} \
                 dnat ip to meta mark . numgen random mod {n} map @g_{n}"
            );
        } else {
            let _ = writeln!(s, "add set ip {t} m_{n} {{ typeof ip daddr . meta l4proto . th dport; }}");
            let _ = writeln!(
                s,
                "add map ip {t} b_{n} {{ typeof ip daddr . meta l4proto . th dport . numgen random mod {n} : ip daddr . th dport; }}"
            );
            let _ = writeln!(
                s,
                "add rule ip {t} services ip daddr . meta l4proto . th dport @m_{n} meta l4proto {{ tcp, udp, sctp }} \
                 dnat ip to ip daddr . meta l4proto . th dport . numgen random mod {n} map @b_{n}"
            );
        }
    }

    fn add_service(&self, s: &mut String, classes: &mut BTreeSet<Class>, v: &VirtualService) {
        let slots = slots_of(v);
        if slots.is_empty() {
            return; // No active backend: traffic to it passes unchanged.
        }
        let c = Class { by_mark: matches!(v.frontend, Frontend::Fwmark(_)), slots: slots.len() };
        self.ensure_class(s, classes, c);
        let (t, k) = (&self.table, key_of(&v.frontend));
        let (set, map) = c.names();
        let _ = writeln!(s, "add element ip {t} {set} {{ {k} }}");
        let elems: Vec<String> = slots.iter().enumerate().map(|(i, b)| format!("{k} . {i} : {} . {}", b.addr, b.port)).collect();
        let _ = writeln!(s, "add element ip {t} {map} {{ {} }}", elems.join(", "));
    }

    fn remove_service(&self, s: &mut String, v: &VirtualService) {
        let n = slots_of(v).len();
        if n == 0 {
            return;
        }
        let c = Class { by_mark: matches!(v.frontend, Frontend::Fwmark(_)), slots: n };
        let (t, k) = (&self.table, key_of(&v.frontend));
        let (set, map) = c.names();
        let _ = writeln!(s, "delete element ip {t} {set} {{ {k} }}");
        let keys: Vec<String> = (0..n).map(|i| format!("{k} . {i}")).collect();
        let _ = writeln!(s, "delete element ip {t} {map} {{ {} }}", keys.join(", "));
    }

    /// Only the difference, as one script: every touched service leaves its old class and
    /// joins its new one.
    pub fn diff_script(
        &self,
        d: &balancer::Diff,
        known: &BTreeMap<Frontend, VirtualService>,
        desired: &[VirtualService],
        classes: &mut BTreeSet<Class>,
    ) -> String {
        let mut s = String::new();
        for f in &d.remove_services {
            if let Some(old) = known.get(f) {
                self.remove_service(&mut s, old);
            }
        }
        let by_frontend: BTreeMap<Frontend, &VirtualService> = desired.iter().map(|v| (v.frontend, v)).collect();
        for f in d.touched() {
            if let Some(old) = known.get(&f) {
                self.remove_service(&mut s, old);
            }
            self.add_service(&mut s, classes, by_frontend[&f]);
        }
        s
    }
}

/// The slot count of a group of services and whether they are matched by mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Class {
    by_mark: bool,
    slots: usize,
}

impl Class {
    fn names(&self) -> (String, String) {
        if self.by_mark {
            (format!("f_{}", self.slots), format!("g_{}", self.slots))
        } else {
            (format!("m_{}", self.slots), format!("b_{}", self.slots))
        }
    }
}

/// A service's slots: each active backend once (rr) or `weight` times (wrr), in order.
fn slots_of(v: &VirtualService) -> Vec<&crate::balancer::Backend> {
    let mut out = Vec::new();
    for b in v.backends.iter().filter(|b| b.weight > 0) {
        let times = match v.scheduler {
            Scheduler::RoundRobin => 1,
            Scheduler::WeightedRoundRobin => b.weight,
        };
        for _ in 0..times {
            out.push(b);
        }
    }
    out
}

fn key_of(f: &Frontend) -> String {
    match f {
        Frontend::Addr { protocol, addr, port } => format!("{addr} . {} . {port}", protocol.name()),
        Frontend::Fwmark(m) => m.to_string(),
    }
}

impl Balancer for Nftables {
    fn backend(&self) -> &'static str {
        "nftables"
    }

    fn sync(&mut self, desired: &[VirtualService]) -> Result<SyncReport> {
        balancer::validate(desired)?;
        let mut classes = std::mem::take(&mut self.classes);
        let (script, report) = match self.known.take() {
            None => {
                let d = balancer::diff(&BTreeMap::new(), desired);
                let (script, all) = self.full_script(desired);
                classes = all;
                (script, d.report())
            }
            Some(known) => {
                let d = balancer::diff(&known, desired);
                if d.is_empty() {
                    self.known = Some(known);
                    self.classes = classes;
                    return Ok(d.report());
                }
                (self.diff_script(&d, &known, desired, &mut classes), d.report())
            }
        };
        self.run(&[], &script).map_err(|e| e.context(format!("apply nftables table {}", self.table)))?;
        self.classes = classes;
        self.known = Some(balancer::known_of(desired));
        Ok(report)
    }

    fn update(&mut self, changed: &[VirtualService], removed: &[Frontend]) -> Result<SyncReport> {
        balancer::validate_partial(changed, removed)?;
        let Some(mut known) = self.known.take() else {
            return Err(Error::invalid(format!(
                "nftables table {}: update() needs a sync() first (a sync rebuilds the table whole)",
                self.table
            )));
        };
        let d = balancer::diff_partial(&known, changed, removed);
        let report = d.report();
        if !d.is_empty() {
            let mut classes = std::mem::take(&mut self.classes);
            let script = self.diff_script(&d, &known, changed, &mut classes);
            self.run(&[], &script).map_err(|e| e.context(format!("apply nftables table {}", self.table)))?;
            self.classes = classes;
        }
        balancer::commit_partial(&mut known, changed, removed);
        self.known = Some(known);
        Ok(report)
    }

    /// The state last applied (the table is rewritten whole at a process's first sync, so
    /// it is never read back).
    fn list(&mut self) -> Result<Vec<VirtualService>> {
        Ok(self.known.clone().unwrap_or_default().into_values().collect())
    }

    fn teardown(&mut self) -> Result<()> {
        let t = &self.table;
        self.run(&[], &format!("table ip {t} {{}}\ndelete table ip {t}\n"))?;
        self.known = None; // the next sync builds the table again
        self.classes.clear();
        Ok(())
    }
}
