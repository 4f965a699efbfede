//! Shared by the live tests: a throwaway directory of network namespaces removed on drop
//! (even when the test fails), a sweep of leftovers of earlier runs, and helpers to run
//! commands and sockets inside a namespace.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use shoal_netlink::netns::NetnsDir;

const PREFIX: &str = "shoal-nltest-";

pub fn is_root() -> bool {
    unsafe { libc::geteuid() == 0 }
}

/// Namespaces of one test under /run/shoal-nltest-<pid>-<test>; removed on drop.
pub struct Scratch {
    pub dir: NetnsDir,
}

impl Scratch {
    pub fn new(test: &str) -> Scratch {
        sweep();
        let dir = NetnsDir::new(format!("/run/{PREFIX}{}-{test}", std::process::id()));
        let _ = dir.remove_all();
        Scratch { dir }
    }
    /// The scratch directory of a test that needs root; None (the skip said) otherwise.
    pub fn if_root(test: &str) -> Option<Scratch> {
        if !is_root() {
            eprintln!("skipped: needs root (CI runs as root)");
            return None;
        }
        Some(Scratch::new(test))
    }
    pub fn ns(&self, name: &str) -> PathBuf {
        self.dir.create(name).expect("create namespace")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Err(e) = self.dir.remove_all() {
            eprintln!("clean-up of {}: {e}", self.dir.path().display());
        }
    }
}

/// Removes the namespace directories of test processes that are gone.
fn sweep() {
    let Ok(entries) = std::fs::read_dir("/run") else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(PREFIX) else { continue };
        let pid = rest.split('-').next().unwrap_or("");
        if Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        let _ = NetnsDir::new(e.path()).remove_all();
    }
}

/// Runs a command inside namespace `ns` (nsenter), returns its stdout; panics on failure.
pub fn sh_in(ns: &Path, args: &[&str]) -> String {
    let out = Command::new("nsenter")
        .arg(format!("--net={}", ns.display()))
        .args(args)
        .output()
        .expect("run nsenter");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Enters namespace `ns` on the calling thread (for a thread of the test's own).
pub fn enter(ns: &Path) {
    use std::os::fd::AsRawFd;
    let f = std::fs::File::open(ns).unwrap();
    assert_eq!(unsafe { libc::setns(f.as_raw_fd(), libc::CLONE_NEWNET) }, 0, "setns");
}

/// A TCP connection from namespace `client` to a listener on `addr` in namespace `server`
/// succeeds (bounded: a few tries, two-second timeouts).
pub fn tcp_reaches(server: &Path, client: &Path, addr: std::net::SocketAddr) {
    use std::io::{Read, Write};
    let (tx, rx) = std::sync::mpsc::channel();
    let s = server.to_path_buf();
    let listener = std::thread::spawn(move || {
        enter(&s);
        let l = std::net::TcpListener::bind(addr).expect("bind");
        tx.send(()).unwrap();
        let (mut c, _) = l.accept().expect("accept");
        c.write_all(b"pong").unwrap();
    });
    rx.recv().unwrap();
    let c = client.to_path_buf();
    let got = std::thread::spawn(move || {
        enter(&c);
        for _ in 0..5 {
            if let Ok(mut conn) = std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_secs(2)) {
                let mut buf = String::new();
                conn.set_read_timeout(Some(std::time::Duration::from_secs(2))).unwrap();
                let _ = conn.read_to_string(&mut buf);
                return buf;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        String::new()
    })
    .join()
    .unwrap();
    assert_eq!(got, "pong", "no TCP connection to {addr}");
    listener.join().unwrap();
}
