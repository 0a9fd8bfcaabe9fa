//! The paths to a plugin, each presenting a [`Channel`](crate::channel::Channel): [`ipc`] (a server process
//! over stdio, a Unix socket or TCP) and [`wasm`] (a module in wasmtime). A Rust plugin in-process is the
//! direct path (a [`Plugin`](crate::Plugin) value); the FFI path has no Rust host (`export::ffi` is its
//! plugin side).
pub mod ipc;
pub mod wasm;
