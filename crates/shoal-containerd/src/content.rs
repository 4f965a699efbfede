//! The content store: blobs by digest. Writes go through containerd's Write stream
//! (containerd checks the digest and size at commit: a blob that is not what its
//! descriptor says is refused and nothing is kept).

use std::collections::HashMap;

use containerd_client::services::v1::content_client::ContentClient;
use containerd_client::services::v1::{
    AbortRequest, InfoRequest, ReadContentRequest, UpdateRequest, WriteAction, WriteContentRequest,
};
use futures_util::{Stream, StreamExt};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use crate::{unique, Client, Code, Error, Result};

const CHUNK: usize = 1 << 20;

impl Client {
    /// Whether the content store has the blob.
    pub(crate) async fn content_exists(&self, digest: &str) -> Result<bool> {
        let mut c = ContentClient::new(self.channel());
        match c.info(self.request(InfoRequest { digest: digest.to_string() }, None)).await {
            Ok(_) => Ok(true),
            Err(s) if s.code() == tonic::Code::NotFound => Ok(false),
            Err(s) => Err(s.into()),
        }
    }

    /// The whole blob (manifests and configs: small).
    pub(crate) async fn content_read(&self, digest: &str) -> Result<Vec<u8>> {
        let mut c = ContentClient::new(self.channel());
        let req = ReadContentRequest { digest: digest.to_string(), offset: 0, size: 0 };
        let mut stream = c.read(self.request(req, None)).await.map_err(|s| Error::from(s).context(format!("reading {digest}")))?.into_inner();
        let mut out = Vec::new();
        while let Some(msg) = stream.next().await {
            out.extend_from_slice(&msg?.data);
        }
        Ok(out)
    }

    /// Sets labels on a blob (the garbage collector's references to its children).
    pub(crate) async fn content_label(&self, digest: &str, labels: HashMap<String, String>, lease: &str) -> Result<()> {
        if labels.is_empty() {
            return Ok(());
        }
        let paths = labels.keys().map(|k| format!("labels.{k}")).collect();
        let info = containerd_client::services::v1::Info { digest: digest.to_string(), labels, ..Default::default() };
        let mut c = ContentClient::new(self.channel());
        let req = UpdateRequest { info: Some(info), update_mask: Some(prost_types::FieldMask { paths }) };
        c.update(self.request(req, Some(lease))).await?;
        Ok(())
    }

    /// Writes a blob of known digest and size from a stream of chunks. A blob already
    /// present is not written again.
    pub(crate) async fn content_write<S, E>(&self, digest: &str, size: i64, lease: &str, mut data: S) -> Result<()>
    where
        S: Stream<Item = std::result::Result<bytes::Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        if self.content_exists(digest).await? {
            return Ok(());
        }
        let reference = unique("shoal-ingest");
        let (tx, rx) = mpsc::channel::<WriteContentRequest>(2);
        let mut c = ContentClient::new(self.channel());
        let base = WriteContentRequest { r#ref: reference.clone(), total: size, expected: digest.to_string(), ..Default::default() };
        // The first message names the ingest; containerd answers each message in turn.
        tx.send(WriteContentRequest { action: WriteAction::Stat as i32, ..base.clone() }).await.ok();
        let outcome = async {
            let mut responses = c.write(self.request(ReceiverStream::new(rx), Some(lease))).await?.into_inner();
            next(&mut responses).await?;
            let mut offset = 0i64;
            let mut pending = bytes::BytesMut::new();
            loop {
                let chunk = data.next().await;
                let last = chunk.is_none();
                if let Some(c) = chunk {
                    pending.extend_from_slice(&c.map_err(|e| Error::new(Code::Unavailable, format!("reading {digest}: {e}")))?);
                }
                while pending.len() >= CHUNK || (last && !pending.is_empty()) {
                    let n = pending.len().min(CHUNK);
                    let part = pending.split_to(n).freeze();
                    let req = WriteContentRequest { action: WriteAction::Write as i32, offset, data: part.to_vec(), ..base.clone() };
                    offset += n as i64;
                    if offset > size {
                        return Err(Error::new(Code::Corrupt, format!("{digest}: more than the {size} bytes its descriptor says")));
                    }
                    tx.send(req).await.map_err(|_| Error::new(Code::Unavailable, "containerd closed the content write"))?;
                    next(&mut responses).await?;
                }
                if last {
                    break;
                }
            }
            if offset != size {
                return Err(Error::new(Code::Corrupt, format!("{digest}: {offset} bytes where its descriptor says {size}")));
            }
            let commit = WriteContentRequest { action: WriteAction::Commit as i32, offset, ..base.clone() };
            tx.send(commit).await.map_err(|_| Error::new(Code::Unavailable, "containerd closed the content write"))?;
            match next(&mut responses).await {
                Err(e) if e.code == Code::AlreadyExists => Ok(()),
                other => other.map(|_| ()),
            }
        }
        .await;
        drop(tx);
        if let Err(e) = outcome {
            // Leave no half-written blob behind.
            let mut c = ContentClient::new(self.channel());
            let _ = c.abort(self.request(AbortRequest { r#ref: reference }, Some(lease))).await;
            let e = if e.code == Code::Invalid && e.message.contains("unexpected commit digest") {
                Error::new(Code::Corrupt, e.message)
            } else {
                e
            };
            return Err(e.context(format!("writing {digest}")));
        }
        Ok(())
    }
}

async fn next(responses: &mut tonic::Streaming<containerd_client::services::v1::WriteContentResponse>) -> Result<()> {
    match responses.message().await? {
        Some(_) => Ok(()),
        None => Err(Error::new(Code::Unavailable, "containerd ended the content write early")),
    }
}
