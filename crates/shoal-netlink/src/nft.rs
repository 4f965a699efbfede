//! The nftables backend, for kernels without IPVS: one table of shoal's own; a verdict map
//! from (VIP, protocol, port) — or from a firewall mark — to one chain per virtual service,
//! whose single rule DNATs to `numgen inc mod N` over the service's active backends.
//!
//! Every sync is one `nft -f` script, which nftables applies as one atomic transaction:
//! a changed service is `flush chain` + one `add rule`; a new one `add chain`, a rule and a
//! map element; a removed one its element and chain. The first sync of a process replaces
//! the whole table in that same transaction (so a restarted agent converges without reading
//! the table back); conntrack keeps established connections' NAT through it.
//!
//! Why `nft -f` rather than the nftables netlink API: the transaction and its atomicity are
//! nftables' own, the ruleset text is what an operator reads back with `nft list`, and the
//! measured cost (bench/RESULTS.md) is the tool's start plus the kernel's work. The netlink
//! API (rustables, or netlink-packet-netfilter) would save the process start per change;
//! not measured here.

use std::collections::BTreeMap;
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
}

impl Nftables {
    /// Checks that `nft` runs and `table` is a valid name; changes nothing yet.
    pub fn open(netns: Option<&Path>, table: &str) -> Result<Nftables> {
        if table.is_empty() || table.len() > 64 || !table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Error::invalid(format!("invalid nftables table name {table:?} (letters, digits, _)")));
        }
        let n = Nftables { netns: netns.map(Path::to_path_buf), table: table.to_string(), known: None };
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

    /// The whole table: maps, hooks and every service's chain.
    pub fn full_script(&self, desired: &[VirtualService]) -> String {
        let t = &self.table;
        let mut s = String::new();
        // Create-then-delete makes the delete valid whether or not the table existed.
        let _ = writeln!(s, "table ip {t} {{}}\ndelete table ip {t}");
        let _ = writeln!(s, "table ip {t} {{");
        let _ = writeln!(s, "  map services {{ type ipv4_addr . inet_proto . inet_service : verdict; }}");
        let _ = writeln!(s, "  map marks {{ type mark : verdict; }}");
        for (hook, prio) in [("prerouting", "dstnat"), ("output", "-100")] {
            let _ = writeln!(
                s,
                "  chain {hook} {{ type nat hook {hook} priority {prio}; policy accept; \
                 ip daddr . meta l4proto . th dport vmap @services; meta mark vmap @marks; }}"
            );
        }
        let _ = writeln!(s, "}}");
        for v in desired {
            self.add_service(&mut s, v);
        }
        s
    }

    fn add_service(&self, s: &mut String, v: &VirtualService) {
        let t = &self.table;
        let c = chain_name(&v.frontend);
        let _ = writeln!(s, "add chain ip {t} {c}");
        self.add_rule(s, v);
        let _ = writeln!(s, "add element ip {t} {} {{ {} : goto {c} }}", map_of(&v.frontend), key_of(&v.frontend));
    }

    fn add_rule(&self, s: &mut String, v: &VirtualService) {
        let mut targets = Vec::new();
        for b in v.backends.iter().filter(|b| b.weight > 0) {
            let times = match v.scheduler {
                Scheduler::RoundRobin => 1,
                Scheduler::WeightedRoundRobin => b.weight,
            };
            for _ in 0..times {
                targets.push(format!("{} . {}", b.addr, b.port));
            }
        }
        if targets.is_empty() {
            return; // No active backend: the chain is empty and the packet goes on unchanged.
        }
        let proto = match v.frontend {
            Frontend::Addr { protocol, .. } => protocol.name().to_string(),
            Frontend::Fwmark(_) => "{ tcp, udp, sctp }".to_string(),
        };
        let map: Vec<String> = targets.iter().enumerate().map(|(i, t)| format!("{i} : {t}")).collect();
        let _ = writeln!(
            s,
            "add rule ip {} {} meta l4proto {proto} dnat ip to numgen inc mod {} map {{ {} }}",
            self.table,
            chain_name(&v.frontend),
            targets.len(),
            map.join(", ")
        );
    }

    /// Only the difference, as one script.
    pub fn diff_script(&self, d: &balancer::Diff, desired: &[VirtualService]) -> String {
        let t = &self.table;
        let mut s = String::new();
        for f in &d.remove_services {
            let c = chain_name(f);
            let _ = writeln!(s, "delete element ip {t} {} {{ {} }}", map_of(f), key_of(f));
            let _ = writeln!(s, "flush chain ip {t} {c}\ndelete chain ip {t} {c}");
        }
        for v in &d.add_services {
            self.add_service(&mut s, v);
        }
        let added: std::collections::BTreeSet<Frontend> = d.add_services.iter().map(|v| v.frontend).collect();
        let by_frontend: BTreeMap<Frontend, &VirtualService> = desired.iter().map(|v| (v.frontend, v)).collect();
        for f in d.touched() {
            if added.contains(&f) {
                continue;
            }
            let _ = writeln!(s, "flush chain ip {t} {}", chain_name(&f));
            self.add_rule(&mut s, by_frontend[&f]);
        }
        s
    }
}

fn chain_name(f: &Frontend) -> String {
    match f {
        Frontend::Addr { protocol, addr, port } => {
            format!("s_{}_{}_{port}", protocol.name(), addr.to_string().replace('.', "_"))
        }
        Frontend::Fwmark(m) => format!("s_mark_{m}"),
    }
}

fn map_of(f: &Frontend) -> &'static str {
    match f {
        Frontend::Addr { .. } => "services",
        Frontend::Fwmark(_) => "marks",
    }
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
        let (script, report) = match self.known.take() {
            None => {
                let d = balancer::diff(&BTreeMap::new(), desired);
                (self.full_script(desired), d.report())
            }
            Some(known) => {
                let d = balancer::diff(&known, desired);
                let out = (self.diff_script(&d, desired), d.report());
                if d.is_empty() {
                    self.known = Some(known);
                    return Ok(out.1);
                }
                out
            }
        };
        self.run(&[], &script).map_err(|e| e.context(format!("apply nftables table {}", self.table)))?;
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
            let script = self.diff_script(&d, changed);
            self.run(&[], &script).map_err(|e| e.context(format!("apply nftables table {}", self.table)))?;
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
        Ok(())
    }
}
