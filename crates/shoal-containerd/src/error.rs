//! One error type for the crate: a code the caller can switch on (the napi module hands it
//! to JavaScript as `err.code`) and a message that names what went wrong.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// No such image, container, task, blob or tag.
    NotFound,
    /// The registry refused the credentials (or asked for some and got none).
    Unauthorized,
    /// Bytes that are not what they claim: a digest mismatch, a broken archive or manifest.
    Corrupt,
    /// containerd or the registry cannot be reached.
    Unavailable,
    /// A bad argument: an unparsable reference, an unsupported media type or platform.
    Invalid,
    /// The thing exists already (a container id in use).
    AlreadyExists,
    /// Anything else containerd or the registry reported.
    Internal,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::NotFound => "NotFound",
            Code::Unauthorized => "Unauthorized",
            Code::Corrupt => "Corrupt",
            Code::Unavailable => "Unavailable",
            Code::Invalid => "Invalid",
            Code::AlreadyExists => "AlreadyExists",
            Code::Internal => "Internal",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Error {
    pub code: Code,
    pub message: String,
}

impl Error {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Error { code, message: message.into() }
    }

    /// The same error with what was being done in front of its message.
    pub fn context(self, what: impl fmt::Display) -> Self {
        Error { code: self.code, message: format!("{what}: {}", self.message) }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

impl From<tonic::Status> for Error {
    fn from(s: tonic::Status) -> Self {
        use tonic::Code as G;
        let code = match s.code() {
            G::NotFound => Code::NotFound,
            G::AlreadyExists => Code::AlreadyExists,
            G::InvalidArgument | G::FailedPrecondition | G::OutOfRange => Code::Invalid,
            G::Unavailable | G::DeadlineExceeded => Code::Unavailable,
            G::Unauthenticated | G::PermissionDenied => Code::Unauthorized,
            G::DataLoss => Code::Corrupt,
            _ => Code::Internal,
        };
        // tonic reports a socket it cannot connect to as Unknown/Unavailable with the
        // transport's error inside (often just the OS error).
        let transport = s.message().contains("transport error") || s.message().contains("os error");
        let code = if code == Code::Internal && transport { Code::Unavailable } else { code };
        if code == Code::Unavailable {
            return Error::new(code, format!("containerd is not reachable: {}", s.message()));
        }
        Error::new(code, format!("containerd: {}", s.message()))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        let code = if e.kind() == std::io::ErrorKind::NotFound { Code::NotFound } else { Code::Internal };
        Error::new(code, e.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(Code::Corrupt, format!("invalid JSON: {e}"))
    }
}

impl From<oci_client::errors::OciDistributionError> for Error {
    fn from(e: oci_client::errors::OciDistributionError) -> Self {
        use oci_client::errors::OciDistributionError as O;
        let code = match &e {
            O::AuthenticationFailure(_) | O::UnauthorizedError { .. } => Code::Unauthorized,
            O::ImageManifestNotFoundError(_) => Code::NotFound,
            O::RegistryError { envelope, .. } => {
                let codes: Vec<String> = envelope.errors.iter().map(|e| format!("{:?}", e.code)).collect();
                if codes.iter().any(|c| c.contains("Unauthorized") || c.contains("Denied")) {
                    Code::Unauthorized
                } else if codes.iter().any(|c| c.contains("Unknown")) {
                    Code::NotFound
                } else {
                    Code::Internal
                }
            }
            O::ServerError { code: 401 | 403, .. } => Code::Unauthorized,
            O::ServerError { code: 404, .. } => Code::NotFound,
            O::DigestError(_) | O::ManifestParsingError(_) | O::SpecViolationError(_) | O::JsonError(_) => Code::Corrupt,
            O::RequestError(r) if r.is_connect() || r.is_timeout() => Code::Unavailable,
            O::UnsupportedMediaTypeError(_) | O::IncompatibleLayerMediaTypeError(_) => Code::Invalid,
            _ => Code::Internal,
        };
        Error::new(code, format!("registry: {e}"))
    }
}
