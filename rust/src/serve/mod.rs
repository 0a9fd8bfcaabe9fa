//! Plugin side: [`dispatch`] (one request Envelope → plugin code → response) and, with feature `ipc-server`,
//! [`server`] (IPC sessions over stdio, Unix sockets and TCP).
pub mod dispatch;
#[cfg(feature = "ipc-server")]
pub mod server;
#[cfg(feature = "ipc-server")]
mod session;
