//! elizaos-interop for Rust: the protobuf types shared by every language, the [`Plugin`] trait for
//! plugin authors, the exports that put a plugin behind the FFI, WASM and IPC paths, and (feature `host`) the
//! loaders that run plugins written in any language behind one [`PluginHandle`](handle::PluginHandle).
//!
//! Layout (docs/ARCHITECTURE.md): [`wire`] (constants, codec, framing, body) · [`errors`] · `channel` ·
//! `handle` · `loader` · `paths` (wasm, ipc) · [`serve`] (dispatch, server) · [`export`] (ffi, wasm).
//! Features: `ffi` (C ABI exports via `export_plugin!`), `wasm` (WASM ABI exports), `ipc-server`
//! (serve a plugin over the IPC protocol), `host` (load plugins from Rust: IPC and WASM paths).

#[cfg(feature = "host")]
pub mod channel;
pub mod errors;
pub mod export;
#[cfg(feature = "host")]
pub mod handle;
#[cfg(feature = "host")]
pub mod loader;
#[cfg(feature = "host")]
pub mod paths;
pub mod plugin;
pub mod proto;
pub mod serve;
pub mod wire;

pub use errors::{Error, PluginError, PluginResult};
pub use plugin::{Plugin, Struct, Value};
pub use wire::constants::MAX_JSON_VALUE_DEPTH;

/// Locks a mutex, taking the data even when a holder panicked (every lock in the crate guards state a panic
/// cannot leave half-updated).
#[cfg(any(feature = "host", feature = "ipc-server"))]
pub(crate) fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
