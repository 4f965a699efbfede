//! What can go wrong with a log, in words that say where.

use std::fmt;
use std::io;
use std::path::PathBuf;

#[derive(Debug)]
pub enum LogError {
    Io {
        context: String,
        source: io::Error,
    },
    /// The files on disk do not hold what was acknowledged. Never repaired automatically.
    Corrupt {
        path: PathBuf,
        offset: u64,
        reason: String,
    },
    /// Another process (or another open `Log`) holds the data directory.
    Locked(PathBuf),
    /// The log was encrypted with another key.
    WrongKey(PathBuf),
    /// A file of a format this version does not read (e.g. the first, plaintext one).
    Format {
        path: PathBuf,
        reason: String,
    },
    /// The caller broke the log's contract (e.g. compacting past the durable snapshot).
    Invalid(String),
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogError::Io { context, source } => write!(f, "{context}: {source}"),
            LogError::Corrupt {
                path,
                offset,
                reason,
            } => {
                write!(
                    f,
                    "raft log corrupt: {} at offset {offset}: {reason}",
                    path.display()
                )
            }
            LogError::Locked(dir) => write!(
                f,
                "data directory {} is in use by another process",
                dir.display()
            ),
            LogError::WrongKey(path) => write!(
                f,
                "raft log {} was encrypted with another key than this manager's data key",
                path.display()
            ),
            LogError::Format { path, reason } => {
                write!(f, "raft log {} not readable: {reason}", path.display())
            }
            LogError::Invalid(msg) => write!(f, "raft log misuse: {msg}"),
        }
    }
}

impl std::error::Error for LogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LogError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, LogError>;

pub(crate) fn io_err(context: impl Into<String>) -> impl FnOnce(io::Error) -> LogError {
    let context = context.into();
    move |source| LogError::Io { context, source }
}
