//! Leases: everything an import or pull writes (content, snapshots) is held by a lease
//! until the image record and its labels reference it, so containerd's garbage collector
//! cannot take it in between. The lease expires on its own if shoal dies mid-pull.

use std::collections::HashMap;

use containerd_client::services::v1::leases_client::LeasesClient;
use containerd_client::services::v1::{CreateRequest, DeleteRequest};

use crate::{unique, Client, Result};

const EXPIRE_AFTER: chrono::Duration = chrono::Duration::hours(1);

pub(crate) struct Lease {
    pub id: String,
    client: Client,
}

impl Lease {
    pub async fn create(client: &Client) -> Result<Lease> {
        let id = unique("shoal-pull");
        let expire = (chrono::Utc::now() + EXPIRE_AFTER).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let labels = HashMap::from([("containerd.io/gc.expire".to_string(), expire)]);
        let mut c = LeasesClient::new(client.channel());
        c.create(client.request(CreateRequest { id: id.clone(), labels }, None)).await?;
        Ok(Lease { id, client: client.clone() })
    }

    /// Ends the lease: what nothing else references becomes garbage.
    pub async fn release(self) {
        let mut c = LeasesClient::new(self.client.channel());
        let _ = c.delete(self.client.request(DeleteRequest { id: self.id.clone(), sync: false }, None)).await;
    }
}
