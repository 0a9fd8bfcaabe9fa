//! elizaos-interop for Rust: the protobuf types shared by every language, the [`Plugin`] trait for
//! plugin authors, and the exports that put a plugin behind the FFI, WASM and IPC paths.
//!
//! Features: `ffi` (C ABI exports via `export_plugin!`), `wasm` (WASM ABI exports), `ipc-server`
//! (serve a plugin over the IPC protocol), `host` (load plugins from Rust: IPC and WASM loaders).
//! Add new modules with one line each below.

pub mod dispatch;
pub mod export;
pub mod ffi;
#[cfg(feature = "host")]
pub mod host;
#[cfg(feature = "ipc-server")]
pub mod ipc_server;
pub mod plugin;
pub mod proto;
pub mod wasm_export;

pub use dispatch::MAX_JSON_VALUE_DEPTH;
pub use plugin::{Plugin, PluginError, PluginResult, Struct, Value};
