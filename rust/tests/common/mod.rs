//! The Rust test kit (docs/ARCHITECTURE.md): paths of the repository and its fixtures, message builders, log
//! capture, and the golden-vector helpers (`vectors`). Each integration test includes it with `mod common;`.
#![allow(dead_code)]

pub mod vectors;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use elizaos_interop::paths::ipc::{IpcOptions, LogRecord};
use elizaos_interop::proto::{Content, Memory};
use elizaos_interop::wire::codec::json_to_struct;
use elizaos_interop::Struct;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("repo root").to_path_buf()
}

/// A file under `rust/tests/fixtures/`, as a string.
pub fn fixture(relative: &str) -> String {
    repo().join("rust/tests/fixtures").join(relative).display().to_string()
}

/// A message memory with this text.
pub fn memory(text: &str) -> Memory {
    Memory {
        entity_id: "00000000-0000-0000-0000-000000000001".into(),
        room_id: "00000000-0000-0000-0000-000000000002".into(),
        content: Some(Content { text: Some(text.into()), ..Default::default() }),
        ..Default::default()
    }
}

/// A JSON object as `Struct` options (`None` for anything else).
pub fn opts(json: serde_json::Value) -> Option<Struct> {
    match json {
        serde_json::Value::Object(map) => Some(json_to_struct(map)),
        _ => None,
    }
}

/// The log records a plugin produced.
pub type Logs = Arc<Mutex<Vec<LogRecord>>>;

/// Installs a log capture on `options`; returns what it collects.
pub fn capture_logs(options: &mut IpcOptions) -> Logs {
    let logs: Logs = Arc::default();
    let sink = logs.clone();
    options.on_log = Some(Arc::new(move |r: &LogRecord| sink.lock().unwrap().push(r.clone())));
    logs
}
