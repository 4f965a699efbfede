//! class `Containerd`: shoal-containerd's client for JavaScript. Every method returns a
//! Promise settled from the module's own tokio runtime (never the event loop); failures
//! reject with an Error whose `code` is shoal-containerd's (NotFound, Unauthorized,
//! Corrupt, Unavailable, Invalid, AlreadyExists, Internal). Values cross as plain objects.

use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use napi::bindgen_prelude::*;
use napi::Env;
use napi_derive::napi;
use tokio::sync::Notify;
use shoal_containerd::registry::Credentials;
use shoal_containerd::runtime::ContainerOptions;
use shoal_containerd::Client;

use crate::boundary::promise;

/// Two workers: the calls are IO-bound (gRPC on a unix socket, registry HTTP).
static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("shoal-containerd")
        .enable_all()
        .build()
        .expect("tokio runtime for the containerd client")
});

#[napi(object)]
pub struct ContainerdOptions {
    /// containerd's gRPC socket.
    pub socket: String,
    /// containerd namespace (shoal's own: "shoal").
    pub namespace: String,
    /// Snapshotter for image layers and container rootfs ("overlayfs").
    pub snapshotter: String,
}

#[napi(object)]
pub struct RegistryCredentials {
    pub username: String,
    pub password: String,
}

#[napi(object)]
pub struct CreateContainer {
    pub id: String,
    /// The image's normalized name (recorded on the container).
    pub image: String,
    /// The image's top chain id (ImageInfo.chainId): the rootfs is a snapshot on it.
    pub chain_id: String,
    /// The OCI runtime spec, JSON.
    pub spec: String,
    /// "runc" or "crun".
    pub oci_runtime: String,
    /// The OCI runtime's state root; "" for the shim's default.
    pub runtime_root: Option<String>,
    pub labels: std::collections::HashMap<String, String>,
}

/// An image in containerd (shoal_containerd::images::ImageInfo).
#[napi(object)]
pub struct ImageInfo {
    pub name: String,
    /// What the name points at (index or manifest): docker's RepoDigest.
    pub digest: String,
    pub media_type: String,
    pub manifest_digest: String,
    pub size: i64,
    /// The image config, JSON text.
    pub config: String,
    pub chain_id: String,
    pub created_at: i64,
}

impl From<shoal_containerd::images::ImageInfo> for ImageInfo {
    fn from(i: shoal_containerd::images::ImageInfo) -> Self {
        ImageInfo {
            name: i.name,
            digest: i.digest,
            media_type: i.media_type,
            manifest_digest: i.manifest_digest,
            size: i.size,
            config: i.config,
            chain_id: i.chain_id,
            created_at: i.created_at,
        }
    }
}

#[napi(object)]
pub struct TaskInfo {
    pub pid: u32,
    #[napi(ts_type = "'created' | 'running' | 'stopped' | 'paused' | 'pausing' | 'unknown'")]
    pub status: String,
    pub exit_status: u32,
    /// ms since epoch; 0 while running.
    pub exited_at: i64,
}

#[napi(object)]
pub struct ContainerInfo {
    pub id: String,
    pub image: String,
    pub labels: std::collections::HashMap<String, String>,
}

impl From<shoal_containerd::runtime::TaskInfo> for TaskInfo {
    fn from(t: shoal_containerd::runtime::TaskInfo) -> Self {
        TaskInfo { pid: t.pid, status: t.status, exit_status: t.exit_status, exited_at: t.exited_at }
    }
}

impl From<shoal_containerd::runtime::ContainerInfo> for ContainerInfo {
    fn from(c: shoal_containerd::runtime::ContainerInfo) -> Self {
        ContainerInfo { id: c.id, image: c.image, labels: c.labels }
    }
}

#[napi(object)]
pub struct TaskExit {
    pub exit_status: u32,
    pub exited_at: i64,
}

#[napi]
pub struct Containerd {
    client: Client,
    /// Wakes every call in flight to reject with Cancelled (see cancel_pending).
    cancel: Arc<Notify>,
}

fn run<'env, T, F>(env: &'env Env, cancel: &Arc<Notify>, fut: F) -> Result<Object<'env>>
where
    T: ToNapiValue + Send + 'static,
    F: Future<Output = shoal_containerd::Result<T>> + Send + 'static,
{
    let (settle, p) = promise::<T>(env)?;
    let cancel = cancel.clone();
    RUNTIME.spawn(async move {
        let outcome = tokio::select! {
            r = fut => r.map_err(|e| (e.code.as_str(), e.message)),
            _ = cancel.notified() => Err(("Cancelled", "the call was cancelled (the containerd client is closing)".to_string())),
        };
        settle(outcome);
    });
    Ok(p)
}

fn opts(runtime: &str, root: Option<String>) -> ContainerOptions {
    ContainerOptions { oci_runtime: runtime.to_string(), runtime_root: root.unwrap_or_default(), ..Default::default() }
}

#[napi]
impl Containerd {
    /// Connects lazily: a containerd that is not running yet is found by the first call
    /// after it starts.
    #[napi(constructor)]
    pub fn new(options: ContainerdOptions) -> Result<Self> {
        let _guard = RUNTIME.enter();
        let client = Client::new(PathBuf::from(options.socket), &options.namespace, &options.snapshotter)
            .map_err(|e| Error::new(Status::InvalidArg, e.message))?;
        Ok(Containerd { client, cancel: Arc::new(Notify::new()) })
    }

    /// Rejects every call in flight with Cancelled (a pending Promise keeps Node's event
    /// loop alive: a stopping agent's task waits must end). The client stays usable.
    #[napi]
    pub fn cancel_pending(&self) {
        self.cancel.notify_waiters();
    }

    /// containerd's version; rejects with Unavailable when it cannot be reached.
    #[napi(ts_return_type = "Promise<string>")]
    pub fn version<'env>(&self, env: &'env Env) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { c.version().await })
    }

    /// docker's normalization of an image reference ("nginx" → "docker.io/library/nginx:latest").
    #[napi]
    pub fn normalize(name: String) -> Result<String> {
        shoal_containerd::reference::normalize(&name).map_err(|e| Error::new(Status::InvalidArg, e.message))
    }

    /// The digest of the manifest (or index) the registry serves for the reference now.
    #[napi(ts_return_type = "Promise<string>")]
    pub fn resolve_digest<'env>(&self, env: &'env Env, name: String, credentials: Option<RegistryCredentials>) -> Result<Object<'env>> {
        let creds = credentials.map(|r| Credentials { username: r.username, password: r.password });
        run(env, &self.cancel, async move { shoal_containerd::registry::resolve_digest(&name, creds).await })
    }

    /// Pulls and unpacks an image; resolves with its ImageInfo.
    #[napi(ts_return_type = "Promise<ImageInfo>")]
    pub fn pull<'env>(&self, env: &'env Env, name: String, credentials: Option<RegistryCredentials>) -> Result<Object<'env>> {
        let c = self.client.clone();
        let creds = credentials.map(|r| Credentials { username: r.username, password: r.password });
        run(env, &self.cancel, async move { Ok(ImageInfo::from(c.pull(&name, creds).await?)) })
    }

    /// Imports a docker save / OCI layout archive; resolves with an ImageInfo per name.
    #[napi(ts_return_type = "Promise<ImageInfo[]>")]
    pub fn import_archive<'env>(&self, env: &'env Env, path: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(c.import_archive(std::path::Path::new(&path)).await?.into_iter().map(ImageInfo::from).collect::<Vec<_>>()) })
    }

    /// The image of that normalized name (rejects NotFound), its layers unpacked.
    #[napi(ts_return_type = "Promise<ImageInfo>")]
    pub fn image_prepare<'env>(&self, env: &'env Env, name: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(ImageInfo::from(c.image_prepare(&name).await?)) })
    }

    /// Files of an unpacked image's root filesystem (its top chain id), as text; null where
    /// absent: the image's /etc/passwd and /etc/group for `--user NAME`.
    #[napi(ts_return_type = "Promise<Array<string | null>>")]
    pub fn rootfs_read<'env>(&self, env: &'env Env, chain_id: String, paths: Vec<String>) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            let files = c.rootfs_read(&chain_id, &paths).await?;
            Ok(files.into_iter().map(|f| f.map(|b| String::from_utf8_lossy(&b).into_owned())).collect::<Vec<_>>())
        })
    }

    #[napi(ts_return_type = "Promise<ImageInfo>")]
    pub fn image_get<'env>(&self, env: &'env Env, name: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(ImageInfo::from(c.image_get(&name).await?)) })
    }

    #[napi(ts_return_type = "Promise<ImageInfo[]>")]
    pub fn image_list<'env>(&self, env: &'env Env) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(c.image_list().await?.into_iter().map(ImageInfo::from).collect::<Vec<_>>()) })
    }

    #[napi(ts_return_type = "Promise<void>")]
    pub fn image_remove<'env>(&self, env: &'env Env, name: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            c.image_remove(&name).await?;
            Ok(())
        })
    }

    #[napi(ts_return_type = "Promise<void>")]
    pub fn container_create<'env>(&self, env: &'env Env, req: CreateContainer) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            let mut o = opts(&req.oci_runtime, req.runtime_root);
            o.labels = req.labels;
            c.container_create(&req.id, &req.image, &req.chain_id, &req.spec, &o).await?;
            Ok(())
        })
    }

    /// Creates the task with stdout/stderr appended to those files; resolves with its pid.
    #[napi(ts_return_type = "Promise<number>")]
    pub fn task_create<'env>(&self, env: &'env Env, id: String, stdout: String, stderr: String, oci_runtime: String, runtime_root: Option<String>) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { c.task_create(&id, &stdout, &stderr, &opts(&oci_runtime, runtime_root)).await })
    }

    #[napi(ts_return_type = "Promise<number>")]
    pub fn task_start<'env>(&self, env: &'env Env, id: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { c.task_start(&id).await })
    }

    #[napi(ts_return_type = "Promise<void>")]
    pub fn task_kill<'env>(&self, env: &'env Env, id: String, signal: u32, all: bool) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            c.task_kill(&id, signal, all).await?;
            Ok(())
        })
    }

    /// Resolves once the task has exited: { exitStatus, exitedAt }.
    #[napi(ts_return_type = "Promise<TaskExit>")]
    pub fn task_wait<'env>(&self, env: &'env Env, id: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            let (status, at) = c.task_wait(&id).await?;
            Ok(TaskExit { exit_status: status, exited_at: at })
        })
    }

    #[napi(ts_return_type = "Promise<TaskInfo>")]
    pub fn task_get<'env>(&self, env: &'env Env, id: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(TaskInfo::from(c.task_get(&id).await?)) })
    }

    /// Deletes the exited task: { exitStatus, exitedAt }, or null when there was none.
    #[napi(ts_return_type = "Promise<TaskExit | null>")]
    pub fn task_delete<'env>(&self, env: &'env Env, id: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            Ok(c.task_delete(&id).await?.map(|(status, at)| TaskExit { exit_status: status, exited_at: at }))
        })
    }

    /// Runs a process (an OCI spec Process, JSON) in the running container, output appended
    /// to the files: its exit status, or null when it ran past timeoutMs (then killed).
    #[napi(ts_return_type = "Promise<number | null>")]
    #[allow(clippy::too_many_arguments)]
    pub fn exec_run<'env>(&self, env: &'env Env, id: String, exec_id: String, process: String, stdout: String, stderr: String, timeout_ms: u32) -> Result<Object<'env>> {
        let c = self.client.clone();
        let timeout = std::time::Duration::from_millis(u64::from(timeout_ms));
        run(env, &self.cancel, async move { c.exec_run(&id, &exec_id, &process, &stdout, &stderr, timeout).await })
    }

    /// Deletes the container, its exited task and its rootfs snapshot.
    #[napi(ts_return_type = "Promise<void>")]
    pub fn container_delete<'env>(&self, env: &'env Env, id: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move {
            c.container_delete(&id).await?;
            Ok(())
        })
    }

    #[napi(ts_return_type = "Promise<ContainerInfo>")]
    pub fn container_get<'env>(&self, env: &'env Env, id: String) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(ContainerInfo::from(c.container_get(&id).await?)) })
    }

    #[napi(ts_return_type = "Promise<ContainerInfo[]>")]
    pub fn container_list<'env>(&self, env: &'env Env, filters: Vec<String>) -> Result<Object<'env>> {
        let c = self.client.clone();
        run(env, &self.cancel, async move { Ok(c.container_list(filters).await?.into_iter().map(ContainerInfo::from).collect::<Vec<_>>()) })
    }
}
