//! The JavaScript face of shoal's native parts, one module per concern: `raft_store` (the
//! replicated store, class `RaftStore`), `netlink` (the node data plane: namespaces, links,
//! overlay forwarding, class `Balancer`), `containerd` (images and containers through
//! containerd, class `Containerd`). A thin adapter: each module converts values at the
//! boundary and leaves the work to its crate.

use napi_derive::napi;

mod boundary;
mod containerd;
mod netlink;
mod raft_store;

/// Only the addon's own (Rust) allocations: Node's and V8's keep the system malloc. See the
/// dependency's note in Cargo.toml for why.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_allow_thp` of mimalloc.h's `mi_option_e` (the crate does not name it yet;
/// mimalloc keeps option numbers stable, retired ones stay as `deprecated_`).
const MI_OPTION_ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

/// No transparent huge pages for mimalloc's memory: with them it madvises its regions
/// MADV_HUGEPAGE, and its purge/reuse cycle then has the kernel zero 2 MiB pages over and
/// over (clear_page took more of the Raft thread than glibc malloc did). Set when Node loads
/// the addon: mimalloc has normally initialised by then (the addon's first allocations), so
/// the option only stops its own madvise; were it to initialise later, it would also turn
/// THP off for the whole process (prctl PR_SET_THP_DISABLE), which Node does not rely on.
#[napi_derive::module_init]
fn init_allocator() {
    // SAFETY: sets a plain option value; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ALLOW_THP, 0) };
}

#[napi]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
