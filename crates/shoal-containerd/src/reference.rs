//! Image references as docker resolves them: `nginx` is docker.io/library/nginx:latest,
//! `me/app:1` is docker.io/me/app:1, `localhost:5000/app@sha256:…` keeps its registry and
//! digest. The containerd image name is the normalized form (what `ctr` and nerdctl use).

use oci_client::Reference;

use crate::{Code, Error, Result};

pub fn parse(name: &str) -> Result<Reference> {
    if name.is_empty() {
        return Err(Error::new(Code::Invalid, "empty image reference"));
    }
    name.parse::<Reference>().map_err(|e| Error::new(Code::Invalid, format!("invalid image reference {name:?}: {e}")))
}

/// The normalized name, e.g. "docker.io/library/nginx:latest".
pub fn normalize(name: &str) -> Result<String> {
    Ok(parse(name)?.whole())
}

/// Registries spoken to over plain HTTP: loopback ones, as docker treats 127.0.0.0/8 as
/// an insecure registry by default.
pub fn is_loopback_registry(registry: &str) -> bool {
    let host = match registry.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => registry.split(':').next().unwrap_or(""),
    };
    host == "localhost" || host == "::1" || host.parse::<std::net::Ipv4Addr>().is_ok_and(|a| a.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_resolve_as_docker_does() {
        assert_eq!(normalize("nginx").unwrap(), "docker.io/library/nginx:latest");
        assert_eq!(normalize("me/app:1").unwrap(), "docker.io/me/app:1");
        assert_eq!(normalize("localhost:5000/app").unwrap(), "localhost:5000/app:latest");
        let d = "sha256:".to_string() + &"a".repeat(64);
        assert_eq!(normalize(&format!("127.0.0.1:5000/x@{d}")).unwrap(), format!("127.0.0.1:5000/x@{d}"));
        assert_eq!(normalize("Bad Name").unwrap_err().code, Code::Invalid);
    }

    #[test]
    fn loopback_registries() {
        assert!(is_loopback_registry("127.0.0.1:5000"));
        assert!(is_loopback_registry("localhost"));
        assert!(is_loopback_registry("[::1]:5000"));
        assert!(!is_loopback_registry("docker.io"));
        assert!(!is_loopback_registry("10.0.0.1:5000"));
    }
}
