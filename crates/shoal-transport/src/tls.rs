//! The node's TLS identity as the transport's channels use it: mutual TLS with the node's
//! certificate chain and key, trusting the cluster's root(s), the server verified by the DNS
//! SAN every manager certificate carries (`swarm-manager`), not by its address: managers are
//! reached at IPs their certificates do not name (src/rpc/tls.ts does the same for grpc-js
//! with grpc.ssl_target_name_override).

use std::io::Cursor;

use tonic::transport::{Certificate, ClientTlsConfig, Endpoint, Identity as TonicIdentity};

/// The DNS SAN of every manager certificate and of no worker's.
pub const MANAGER_SERVER_NAME: &str = "swarm-manager";

/// PEM text as the daemon keeps it on disk.
#[derive(Clone)]
pub struct Identity {
    /// The node certificate, then any intermediates (during a root rotation: the new root
    /// cross-signed by the old one).
    pub cert_pem: String,
    pub key_pem: String,
    /// Every root this node trusts: one, or two during a root rotation.
    pub root_pem: String,
}

/// Checks the PEM and builds the client TLS settings; every problem is named.
pub fn client_config(identity: &Identity) -> Result<ClientTlsConfig, String> {
    let certs = count_certificates(&identity.cert_pem, "certPem")?;
    if certs == 0 {
        return Err("certPem holds no certificate".into());
    }
    match rustls_pemfile::private_key(&mut Cursor::new(identity.key_pem.as_bytes())) {
        Ok(Some(_)) => {}
        Ok(None) => return Err("keyPem holds no private key".into()),
        Err(e) => return Err(format!("keyPem is not valid PEM: {e}")),
    }
    if count_certificates(&identity.root_pem, "rootPem")? == 0 {
        return Err("rootPem holds no certificate".into());
    }
    let config = ClientTlsConfig::new()
        .ca_certificate(Certificate::from_pem(&identity.root_pem))
        .identity(TonicIdentity::from_pem(
            &identity.cert_pem,
            &identity.key_pem,
        ))
        .domain_name(MANAGER_SERVER_NAME);
    // tonic parses the material only when an endpoint takes it: do that now, so a bad
    // certificate or key is refused here rather than by every connection attempt.
    Endpoint::from_static("https://127.0.0.1:1")
        .tls_config(config.clone())
        .map_err(|e| {
            format!(
                "the node certificate, key or roots are unusable: {}",
                source_chain(&e)
            )
        })?;
    Ok(config)
}

fn count_certificates(pem: &str, what: &str) -> Result<usize, String> {
    let mut n = 0;
    for c in rustls_pemfile::certs(&mut Cursor::new(pem.as_bytes())) {
        c.map_err(|e| format!("{what} is not valid PEM: {e}"))?;
        n += 1;
    }
    Ok(n)
}

/// An error and its causes in one line ("error trying to connect: invalid peer certificate:
/// UnknownIssuer"): tonic's own Display often says only the outermost part.
pub fn source_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    append_causes(&mut s, e.source());
    s
}

/// Appends each cause's text that `s` does not say yet (tonic's bare "transport error" label
/// says nothing).
pub fn append_causes(s: &mut String, mut cause: Option<&(dyn std::error::Error + 'static)>) {
    while let Some(c) = cause {
        let m = c.to_string();
        if !m.is_empty() && m != "transport error" && !s.contains(&m) {
            s.push_str(": ");
            s.push_str(&m);
        }
        cause = c.source();
    }
}
