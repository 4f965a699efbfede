//! Named network namespaces under a run directory of shoal's, kept alive by a bind mount
//! the way `ip netns add` does (iproute2's netns.c: the directory is made a shared mount so
//! that an unmount reaches copies in mount namespaces created later), and running code
//! inside one.
//!
//! Everything namespace-related happens on a short-lived thread of its own: `unshare` and
//! `setns` change only the calling thread, so the addon's other threads (and Node's) stay
//! where they are. A netlink socket opened on such a thread stays in that namespace.

use std::ffi::CString;
use std::fs::{self, File, OpenOptions};
use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::os::fd::{AsRawFd, IntoRawFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// `NSFS_MAGIC` of linux/magic.h: the file system of /proc/*/ns/* and of their bind mounts.
const NSFS_MAGIC: i64 = 0x6e73_6673;

/// The directory named network namespaces live in (shoal's own: /run/shoal/netns by
/// default, never iproute2's /run/netns, so `swarm leave` can remove all of it).
#[derive(Debug, Clone)]
pub struct NetnsDir {
    dir: PathBuf,
}

impl NetnsDir {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        NetnsDir { dir: dir.into() }
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The bind-mounted file of namespace `name` (which may not exist).
    pub fn path_of(&self, name: &str) -> Result<PathBuf> {
        check_name(name)?;
        Ok(self.dir.join(name))
    }

    /// Creates namespace `name` with its loopback up, or returns the existing one's path
    /// (idempotent: an agent restarted half-way calls it again).
    pub fn create(&self, name: &str) -> Result<PathBuf> {
        let path = self.path_of(name)?;
        if is_netns(&path) {
            return Ok(path);
        }
        self.prepare()?;
        // A file left by a crash between create and mount is reused.
        OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(format!("create {}", path.display()), e))?;
        let target = path.clone();
        let made = std::thread::spawn(move || -> Result<()> {
            // SAFETY: unshare affects only this thread, which ends right after.
            if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
                return Err(Error::os("unshare(CLONE_NEWNET)"));
            }
            bind_mount(Path::new("/proc/thread-self/ns/net"), &target)?;
            crate::link::Rtnl::open(None)?.set_up("lo")
        })
        .join()
        .map_err(|_| Error::io("netns thread", std::io::Error::other("panicked")))?;
        if let Err(e) = made {
            let _ = self.delete(name);
            return Err(e.context(format!("create network namespace {name}")));
        }
        Ok(path)
    }

    /// Removes namespace `name`; a namespace that does not exist is not an error. The
    /// kernel frees the namespace when its last user (a process, an open file) goes.
    pub fn delete(&self, name: &str) -> Result<()> {
        let path = self.path_of(name)?;
        while unmount(&path)? {}
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(format!("remove {}", path.display()), e)),
        }
    }

    /// Names of the namespaces in the directory, those starting with `prefix`.
    pub fn list(&self, prefix: &str) -> Result<Vec<String>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(format!("read {}", self.dir.display()), e)),
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| n.starts_with(prefix))
            .collect();
        names.sort();
        Ok(names)
    }

    /// Deletes every namespace in the directory and the directory's own mount: what
    /// `swarm leave` (and a test's clean-up) does.
    pub fn remove_all(&self) -> Result<()> {
        for name in self.list("")? {
            self.delete(&name)?;
        }
        // Bind mounts stacked by an older run are detached too.
        for _ in 0..8 {
            if !unmount(&self.dir)? {
                break;
            }
        }
        match fs::remove_dir(&self.dir) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(format!("remove {}", self.dir.display()), e)),
        }
    }

    /// Makes the directory a shared mount point of its own, once (as iproute2 does).
    fn prepare(&self) -> Result<()> {
        fs::create_dir_all(&self.dir).map_err(|e| Error::io(format!("create {}", self.dir.display()), e))?;
        let dir = cstr(&self.dir)?;
        let none = CString::new("none").unwrap();
        let shared = |d: &CString| unsafe {
            // SAFETY: plain mount(2) calls with valid C strings.
            libc::mount(none.as_ptr(), d.as_ptr(), std::ptr::null(), libc::MS_SHARED | libc::MS_REC, std::ptr::null())
        };
        // EINVAL when the directory is not a mount point (do_change_type: !path_mounted).
        if shared(&dir) == 0 {
            return Ok(());
        }
        // Not a mount point yet: bind it onto itself, then share it.
        let r = unsafe {
            // SAFETY: as above.
            libc::mount(dir.as_ptr(), dir.as_ptr(), none.as_ptr(), libc::MS_BIND | libc::MS_REC, std::ptr::null())
        };
        if r != 0 {
            return Err(Error::os(format!("bind mount {}", self.dir.display())));
        }
        if shared(&dir) != 0 {
            return Err(Error::os(format!("make {} a shared mount", self.dir.display())));
        }
        Ok(())
    }
}

fn check_name(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > 200 || name == "." || name == ".." || name.contains('/') || name.contains('\0') {
        return Err(Error::invalid(format!("invalid network namespace name {name:?}")));
    }
    Ok(())
}

fn cstr(path: &Path) -> Result<CString> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| Error::invalid(format!("path {} holds a NUL", path.display())))
}

fn bind_mount(from: &Path, to: &Path) -> Result<()> {
    let (f, t) = (cstr(from)?, cstr(to)?);
    let none = CString::new("none").unwrap();
    // SAFETY: mount(2) with valid C strings.
    if unsafe { libc::mount(f.as_ptr(), t.as_ptr(), none.as_ptr(), libc::MS_BIND, std::ptr::null()) } != 0 {
        return Err(Error::os(format!("bind mount {} on {}", from.display(), to.display())));
    }
    Ok(())
}

/// Detaches the mount at `path`; nothing mounted there (EINVAL) or no such path is fine.
/// Whether there was a mount.
fn unmount(path: &Path) -> Result<bool> {
    let p = cstr(path)?;
    // SAFETY: umount2(2) with a valid C string.
    if unsafe { libc::umount2(p.as_ptr(), libc::MNT_DETACH) } != 0 {
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINVAL) | Some(libc::ENOENT) => return Ok(false),
            _ => return Err(Error::io(format!("unmount {}", path.display()), e)),
        }
    }
    Ok(true)
}

/// Whether `path` is a network namespace file (a bind mount of one, or /proc/*/ns/net).
pub fn is_netns(path: &Path) -> bool {
    let Ok(p) = cstr(path) else { return false };
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: statfs(2) into a zeroed struct.
    if unsafe { libc::statfs(p.as_ptr(), &mut st) } != 0 {
        return false;
    }
    st.f_type as i64 == NSFS_MAGIC
}

/// Opens a namespace file for `setns` or for moving a link into it.
pub fn open(path: &Path) -> Result<File> {
    if !is_netns(path) {
        return Err(Error::invalid(format!("{} is not a network namespace", path.display())));
    }
    File::open(path).map_err(|e| Error::io(format!("open {}", path.display()), e))
}

/// Runs `f` on a thread that has entered the network namespace at `path`.
pub fn run_in<T: Send + 'static>(path: &Path, f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    let ns = open(path)?;
    let shown = path.display().to_string();
    std::thread::spawn(move || {
        // SAFETY: setns on this thread only, with a namespace file we hold open.
        if unsafe { libc::setns(ns.as_raw_fd(), libc::CLONE_NEWNET) } != 0 {
            return Err(Error::os(format!("setns {shown}")));
        }
        f()
    })
    .join()
    .map_err(|_| Error::io("netns thread", std::io::Error::other("panicked")))?
}

/// The kind of socket `listen_in` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketKind {
    Udp,
    Tcp,
}

/// A socket bound to `addr` inside the network namespace at `path` (TCP: listening), made
/// on a thread that entered it: a socket keeps the namespace it was made in, so the caller
/// serves it from its own thread (the embedded DNS server answers in every task's
/// namespace from the daemon's event loop). Close-on-exec and non-blocking; the caller
/// owns the returned descriptor. The namespace lives on while the socket is open.
pub fn listen_in(path: &Path, kind: SocketKind, addr: SocketAddr) -> Result<RawFd> {
    let shown = format!("{} {addr} in {}", if kind == SocketKind::Udp { "udp" } else { "tcp" }, path.display());
    run_in(path, move || {
        let bound = match kind {
            SocketKind::Udp => UdpSocket::bind(addr).and_then(|s| s.set_nonblocking(true).map(|_| s.into_raw_fd())),
            SocketKind::Tcp => TcpListener::bind(addr).and_then(|s| s.set_nonblocking(true).map(|_| s.into_raw_fd())),
        };
        bound.map_err(|e| Error::io(format!("bind {shown}"), e))
    })
}
