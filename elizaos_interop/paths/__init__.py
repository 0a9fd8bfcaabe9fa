"""The ways a host reaches a plugin: direct (in-process Python), ffi (Rust cdylib), wasm, ipc."""
