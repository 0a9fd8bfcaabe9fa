//! The IPC path (docs/PROTOCOL.md §2): [`client`] (the [`IpcClient`] Channel), `session` (one running
//! server and its connection), [`process`] (the child), `handshake` (`listening`, `ready`, `hello`),
//! [`transport`] (stdio, Unix socket, TCP), [`limits`] and [`log`].
pub mod bridges;
pub mod client;
mod handshake;
pub mod limits;
pub mod log;
pub mod process;
mod session;
pub mod transport;

pub use bridges::{find_node_bridge, PythonPluginLoader, TypeScriptPluginLoader};
pub use client::{IpcClient, IpcOptions};
pub use limits::{IpcLimits, DEFAULT_ENV_DENYLIST};
pub use log::{LogCallback, LogRecord, LogSource};
pub use process::IpcCommand;
pub use transport::Transport;
pub use crate::wire::framing::WireFraming;
