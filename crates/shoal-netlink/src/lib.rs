//! shoal's node data plane, free of Node types (the addon's `netlink` module is a thin
//! adapter): named network namespaces (`netns`), links, addresses, routes and overlay
//! forwarding entries over rtnetlink (`link`), and service load balancing with one desired
//! state and two kernel backends (`balancer`): IPVS over generic netlink (`ipvs`) and
//! nftables (`nft`) for kernels without IPVS.

pub mod error;
pub mod link;
pub mod netns;
pub mod socket;

pub use error::{Error, ErrorKind, Result};
pub mod balancer;
pub mod ipvs;
pub mod nft;
