//! Host side (feature `host`): load plugins written in any language from Rust.
pub mod ipc;
pub mod loader;
pub mod remote;
pub mod wasm;
