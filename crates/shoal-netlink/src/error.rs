//! One error type for the crate. `code()` is what the addon hands JavaScript as the Error's
//! `code`, so callers switch on kinds, not on message text.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A value the caller passed is malformed (a name, an address, a port...). Nothing was changed.
    Invalid,
    /// The kernel refused a request: `errno` is its positive error number.
    Kernel { errno: i32 },
    /// The kernel lacks what is needed (no `IPVS` generic netlink family, no `nft` binary...).
    Unsupported,
    /// A system call around netlink failed (socket, setns, mount...).
    Io,
    /// The kernel answered with something this crate cannot decode.
    Decode,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn invalid(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Invalid, message: message.into() }
    }
    pub fn unsupported(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Unsupported, message: message.into() }
    }
    pub fn decode(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Decode, message: message.into() }
    }
    pub fn kernel(errno: i32, what: impl fmt::Display) -> Self {
        let text = std::io::Error::from_raw_os_error(errno);
        Error { kind: ErrorKind::Kernel { errno }, message: format!("{what}: {text}") }
    }
    /// The last OS error of a system call, with what was being done.
    pub fn os(what: impl fmt::Display) -> Self {
        let e = std::io::Error::last_os_error();
        Error::io(what, e)
    }
    pub fn io(what: impl fmt::Display, e: std::io::Error) -> Self {
        Error { kind: ErrorKind::Io, message: format!("{what}: {e}") }
    }
    /// The kernel's error number, when the kernel refused.
    pub fn errno(&self) -> Option<i32> {
        match self.kind {
            ErrorKind::Kernel { errno } => Some(errno),
            _ => None,
        }
    }
    /// A stable code for JavaScript: `Invalid`, `Kernel`, `Unsupported`, `Io`, `Decode`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Invalid => "Invalid",
            ErrorKind::Kernel { errno } if errno == libc::EPERM => "Permission",
            ErrorKind::Kernel { .. } => "Kernel",
            ErrorKind::Unsupported => "Unsupported",
            ErrorKind::Io => "Io",
            ErrorKind::Decode => "Decode",
        }
    }
    /// The same error with more context in front of its message.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
