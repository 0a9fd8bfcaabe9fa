//! elizaos-interop for Rust: the protobuf types shared by every language, the [`Plugin`] trait for
//! plugin authors, and the exports that put a plugin behind the FFI, WASM and IPC paths.

pub mod plugin;
pub mod proto;

pub use plugin::{Plugin, PluginError, PluginResult, Struct, Value};
