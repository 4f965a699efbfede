//! Containers and their tasks: a container is containerd's record (the OCI runtime spec,
//! the runtime, the snapshot that is its rootfs); its task is the running process tree,
//! supervised by a containerd shim, so it outlives shoal and is found again by id.

use std::collections::HashMap;

use containerd_client::services::v1::containers_client::ContainersClient;
use containerd_client::services::v1::snapshots::snapshots_client::SnapshotsClient;
use containerd_client::services::v1::snapshots::{MountsRequest, PrepareSnapshotRequest, RemoveSnapshotRequest};
use containerd_client::services::v1::tasks_client::TasksClient;
use containerd_client::services::v1::{
    container::Runtime, Container, CreateContainerRequest, CreateTaskRequest, DeleteContainerRequest, DeleteProcessRequest,
    DeleteTaskRequest, ExecProcessRequest, GetContainerRequest, GetRequest, KillRequest, ListContainersRequest, StartRequest,
    WaitRequest,
};
use containerd_client::types::Mount;
use prost_types::Any;
use serde::Serialize;

use crate::{Client, Code, Error, Result};

/// The shim every container runs under (containerd's runc shim, which also drives crun).
pub const RUNC_SHIM: &str = "io.containerd.runc.v2";

/// The runc shim's options (containerd's runtime/v2/runc/options/oci.proto, the fields
/// shoal sets): which OCI runtime binary, and its state root.
#[derive(Clone, PartialEq, prost::Message)]
struct RuncOptions {
    #[prost(string, tag = "6")]
    binary_name: String,
    #[prost(string, tag = "7")]
    root: String,
}

#[derive(Debug, Clone, Default)]
pub struct ContainerOptions {
    /// The OCI runtime binary: "runc" (default) or "crun".
    pub oci_runtime: String,
    /// The OCI runtime's state root; empty for the shim's default.
    pub runtime_root: String,
    pub labels: HashMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerInfo {
    pub id: String,
    pub image: String,
    pub labels: HashMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskInfo {
    pub pid: u32,
    /// "created" | "running" | "stopped" | "paused" | "pausing" | "unknown"
    pub status: String,
    pub exit_status: u32,
    /// ms since epoch; 0 while running
    pub exited_at: i64,
}

fn ms(t: Option<prost_types::Timestamp>) -> i64 {
    t.map(|t| t.seconds * 1000 + i64::from(t.nanos) / 1_000_000).filter(|v| *v > 0).unwrap_or(0)
}

fn runtime_options(o: &ContainerOptions) -> Any {
    let opts = RuncOptions { binary_name: o.oci_runtime.clone(), root: o.runtime_root.clone() };
    Any { type_url: "containerd.runc.v1.Options".to_string(), value: prost::Message::encode_to_vec(&opts) }
}

impl Client {
    /// Creates the container: the record with the OCI runtime spec (JSON), then a writable
    /// snapshot on the image's top layer (key = id) as its rootfs. In that order, and
    /// without a lease: the record references the snapshot by key before the snapshot
    /// exists, so containerd's garbage collector never sees it unreferenced (a lease would
    /// cost two more metadata transactions per container, and its end schedules a
    /// collection). A record or snapshot left by an interrupted create is reused; a failed
    /// prepare takes the record back.
    pub async fn container_create(&self, id: &str, image: &str, chain_id: &str, spec_json: &str, opts: &ContainerOptions) -> Result<()> {
        serde_json::from_str::<serde_json::Value>(spec_json).map_err(|e| Error::new(Code::Invalid, format!("runtime spec: {e}")))?;
        let container = Container {
            id: id.to_string(),
            labels: opts.labels.clone(),
            image: image.to_string(),
            runtime: Some(Runtime { name: RUNC_SHIM.to_string(), options: Some(runtime_options(opts)) }),
            spec: Some(Any {
                type_url: "types.containerd.io/opencontainers/runtime-spec/1/Spec".to_string(),
                value: spec_json.as_bytes().to_vec(),
            }),
            snapshotter: self.snapshotter().to_string(),
            snapshot_key: id.to_string(),
            ..Default::default()
        };
        let mut c = ContainersClient::new(self.channel());
        let existed = match c.create(self.request(CreateContainerRequest { container: Some(container) }, None)).await {
            Ok(_) => false,
            Err(s) if s.code() == tonic::Code::AlreadyExists => true,
            Err(s) => return Err(Error::from(s).context(format!("creating container {id}"))),
        };
        let mut snaps = SnapshotsClient::new(self.channel());
        let prep = PrepareSnapshotRequest {
            snapshotter: self.snapshotter().to_string(),
            key: id.to_string(),
            parent: chain_id.to_string(),
            labels: HashMap::new(),
        };
        match snaps.prepare(self.request(prep, None)).await {
            Ok(_) => {}
            Err(s) if s.code() == tonic::Code::AlreadyExists => {}
            Err(s) => {
                if !existed {
                    let _ = c.delete(self.request(DeleteContainerRequest { id: id.to_string() }, None)).await;
                }
                return Err(Error::from(s).context(format!("preparing the rootfs of {id}")));
            }
        }
        if existed {
            return Err(Error::new(Code::AlreadyExists, format!("container {id} already exists")));
        }
        Ok(())
    }

    /// Creates the container's task (its init process, not yet started) with stdout and
    /// stderr appended to files (`file://` URIs the shim opens itself, so output keeps
    /// flowing while shoal is down). Returns the pid.
    pub async fn task_create(&self, id: &str, stdout: &str, stderr: &str, opts: &ContainerOptions) -> Result<u32> {
        let mut snaps = SnapshotsClient::new(self.channel());
        let mounts: Vec<Mount> = snaps
            .mounts(self.request(MountsRequest { snapshotter: self.snapshotter().to_string(), key: id.to_string() }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("rootfs of {id}")))?
            .into_inner()
            .mounts;
        let req = CreateTaskRequest {
            container_id: id.to_string(),
            rootfs: mounts,
            stdout: file_uri(stdout),
            stderr: file_uri(stderr),
            options: Some(runtime_options(opts)),
            ..Default::default()
        };
        let mut t = TasksClient::new(self.channel());
        let r = t.create(self.request(req, None)).await.map_err(|s| Error::from(s).context(format!("creating the task of {id}")))?;
        Ok(r.into_inner().pid)
    }

    pub async fn task_start(&self, id: &str) -> Result<u32> {
        let mut t = TasksClient::new(self.channel());
        let r = t
            .start(self.request(StartRequest { container_id: id.to_string(), exec_id: String::new() }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("starting {id}")))?;
        Ok(r.into_inner().pid)
    }

    /// Signals the task's init process, or every process of it with `all`.
    pub async fn task_kill(&self, id: &str, signal: u32, all: bool) -> Result<()> {
        let mut t = TasksClient::new(self.channel());
        t.kill(self.request(KillRequest { container_id: id.to_string(), exec_id: String::new(), signal, all }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("signalling {id}")))?;
        Ok(())
    }

    /// Resolves when the task has exited: (exit status, exit time in ms).
    pub async fn task_wait(&self, id: &str) -> Result<(u32, i64)> {
        let mut t = TasksClient::new(self.channel());
        let r = t
            .wait(self.request(WaitRequest { container_id: id.to_string(), exec_id: String::new() }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("waiting for {id}")))?
            .into_inner();
        Ok((r.exit_status, ms(r.exited_at)))
    }

    pub async fn task_get(&self, id: &str) -> Result<TaskInfo> {
        let mut t = TasksClient::new(self.channel());
        let p = t
            .get(self.request(GetRequest { container_id: id.to_string(), exec_id: String::new() }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("task of {id}")))?
            .into_inner()
            .process
            .ok_or_else(|| Error::new(Code::NotFound, format!("no task for {id}")))?;
        let status = match p.status {
            1 => "created",
            2 => "running",
            3 => "stopped",
            4 => "paused",
            5 => "pausing",
            _ => "unknown",
        };
        Ok(TaskInfo { pid: p.pid, status: status.to_string(), exit_status: p.exit_status, exited_at: ms(p.exited_at) })
    }

    /// Deletes the (exited) task; returns its exit status, or None if there was no task.
    pub async fn task_delete(&self, id: &str) -> Result<Option<(u32, i64)>> {
        let mut t = TasksClient::new(self.channel());
        match t.delete(self.request(DeleteTaskRequest { container_id: id.to_string() }, None)).await {
            Ok(r) => {
                let r = r.into_inner();
                Ok(Some((r.exit_status, ms(r.exited_at))))
            }
            Err(s) if s.code() == tonic::Code::NotFound => Ok(None),
            Err(s) => Err(Error::from(s).context(format!("deleting the task of {id}"))),
        }
    }

    /// Deletes the container record and its snapshot (both may already be gone). Its task
    /// must have exited.
    pub async fn container_delete(&self, id: &str) -> Result<()> {
        self.task_delete(id).await?;
        let mut c = ContainersClient::new(self.channel());
        match c.delete(self.request(DeleteContainerRequest { id: id.to_string() }, None)).await {
            Ok(_) => {}
            Err(s) if s.code() == tonic::Code::NotFound => {}
            Err(s) => return Err(Error::from(s).context(format!("deleting container {id}"))),
        }
        let mut snaps = SnapshotsClient::new(self.channel());
        let rm = RemoveSnapshotRequest { snapshotter: self.snapshotter().to_string(), key: id.to_string() };
        match snaps.remove(self.request(rm, None)).await {
            Ok(_) => Ok(()),
            Err(s) if s.code() == tonic::Code::NotFound => Ok(()),
            Err(s) => Err(Error::from(s).context(format!("removing the rootfs of {id}"))),
        }
    }

    /// Runs a process in the running container (a health check): `process_json` is an OCI
    /// runtime spec Process; output appended to the files. Resolves with its exit status,
    /// or None when it did not finish within `timeout` (it is then killed). The process
    /// record is always deleted.
    pub async fn exec_run(&self, id: &str, exec_id: &str, process_json: &str, stdout: &str, stderr: &str, timeout: std::time::Duration) -> Result<Option<u32>> {
        serde_json::from_str::<serde_json::Value>(process_json).map_err(|e| Error::new(Code::Invalid, format!("process spec: {e}")))?;
        let mut t = TasksClient::new(self.channel());
        let req = ExecProcessRequest {
            container_id: id.to_string(),
            exec_id: exec_id.to_string(),
            stdout: file_uri(stdout),
            stderr: file_uri(stderr),
            spec: Some(Any {
                type_url: "types.containerd.io/opencontainers/runtime-spec/1/Process".to_string(),
                value: process_json.as_bytes().to_vec(),
            }),
            ..Default::default()
        };
        t.exec(self.request(req, None)).await.map_err(|s| Error::from(s).context(format!("exec in {id}")))?;
        let run = async {
            // Wait is registered before the start, so a fast exit is not missed.
            let mut w = t.clone();
            let wait = w.wait(self.request(WaitRequest { container_id: id.to_string(), exec_id: exec_id.to_string() }, None));
            let mut s = t.clone();
            let start = s.start(self.request(StartRequest { container_id: id.to_string(), exec_id: exec_id.to_string() }, None));
            let (waited, started) = tokio::join!(tokio::time::timeout(timeout, wait), start);
            started.map_err(|s| Error::from(s).context(format!("starting exec in {id}")))?;
            match waited {
                Ok(r) => Ok(Some(r.map_err(Error::from)?.into_inner().exit_status)),
                Err(_) => {
                    let kill = KillRequest { container_id: id.to_string(), exec_id: exec_id.to_string(), signal: 9, all: false };
                    let _ = t.clone().kill(self.request(kill, None)).await;
                    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), t.clone().wait(self.request(WaitRequest { container_id: id.to_string(), exec_id: exec_id.to_string() }, None))).await;
                    Ok(None)
                }
            }
        }
        .await;
        let _ = t.delete_process(self.request(DeleteProcessRequest { container_id: id.to_string(), exec_id: exec_id.to_string() }, None)).await;
        run
    }

    pub async fn container_get(&self, id: &str) -> Result<ContainerInfo> {
        let mut c = ContainersClient::new(self.channel());
        let r = c
            .get(self.request(GetContainerRequest { id: id.to_string() }, None))
            .await
            .map_err(|s| Error::from(s).context(format!("container {id}")))?
            .into_inner()
            .container
            .ok_or_else(|| Error::new(Code::NotFound, format!("container {id} not found")))?;
        Ok(ContainerInfo { id: r.id, image: r.image, labels: r.labels })
    }

    /// Every container in the namespace (filters: containerd's syntax, e.g.
    /// `labels."shoal.node"==abc`).
    pub async fn container_list(&self, filters: Vec<String>) -> Result<Vec<ContainerInfo>> {
        let mut c = ContainersClient::new(self.channel());
        let r = c.list(self.request(ListContainersRequest { filters }, None)).await?.into_inner();
        Ok(r.containers.into_iter().map(|r| ContainerInfo { id: r.id, image: r.image, labels: r.labels }).collect())
    }
}

fn file_uri(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("file://{path}")
    }
}
