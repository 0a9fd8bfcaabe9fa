//! `db.call` through `load_plugin(...).db_call`: the reference plugin-inmemorydb in Rust (the `.wasm` in
//! wasmtime), Python and TypeScript (over IPC) replays every golden vector of tests/vectors/inmemorydb/
//! (format: tests/vectors/inmemorydb/README.md; checks as in tests/python/test_inmemorydb_vectors.py), a fresh
//! plugin (new instance / new process) per vector file. Also the WASM host's clock: a `db.call` without
//! `now` gets the host's wall clock (a wasm32-unknown-unknown module has none), a caller-given `now` is kept.
#![cfg(feature = "host")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use elizaos_interop::handle::PluginHandle;
use elizaos_interop::loader::load_plugin;
use elizaos_interop::wire::constants::code_name;
use elizaos_interop::Error;
use serde_json::{json, Value};

mod common;
use common::repo;
use common::vectors::{self as vector_support, close};

fn plugin_dir() -> PathBuf {
    repo().join("plugins/plugin-inmemorydb")
}

/// The Rust plugin's wasm manifest; its `.wasm` is built by tools/build-wasm.sh when missing.
fn wasm_manifest() -> PathBuf {
    let wasm = repo().join("target/wasm/wasm32-unknown-unknown/wasm/plugin_inmemorydb.wasm");
    if !wasm.is_file() {
        let args = ["tools/build-wasm.sh", "--skip-as", "plugin-inmemorydb"];
        let status = Command::new("bash").args(args).current_dir(repo()).status().expect("run build");
        assert!(status.success(), "{args:?} failed");
    }
    assert!(wasm.is_file(), "{} was not built by tools/build-wasm.sh", wasm.display());
    plugin_dir().join("rust/plugin.wasm.json")
}

fn vector_files() -> Vec<PathBuf> {
    vector_support::vector_files(&repo().join("tests/vectors/inmemorydb"))
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The `details.code` of a plugin's `error` answer, whichever path it came over.
fn plugin_code(e: &Error) -> Option<&str> {
    match e {
        Error::PluginCall { code, .. } => Some(code_name(*code)),
        _ => None,
    }
}

/// Replays one vector file step by step; returns the number of steps.
async fn replay(plugin: &PluginHandle, file: &Path, label: &str) -> usize {
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let steps = doc["steps"].as_array().unwrap_or_else(|| panic!("{}: no steps", file.display()));
    let name = file.file_name().unwrap().to_string_lossy();
    for (i, step) in steps.iter().enumerate() {
        let method = step["call"].as_str().unwrap();
        let where_ = format!("{label}: {name} step {i} ({method})");
        let res = plugin.db_call(method, step["params"].clone()).await;
        if let Some(want) = step.get("error") {
            let want = want.as_str().unwrap();
            match res {
                Err(e) => assert_eq!(plugin_code(&e), Some(want), "{where_}: expected {want}, got {e:?}"),
                Ok(v) => panic!("{where_}: expected {want}, got the result {v}"),
            }
            continue;
        }
        let res = res.unwrap_or_else(|e| panic!("{where_}: {e}"));
        if let Some(exp) = step.get("expect") {
            close(&res, exp, &where_);
        }
        match step.get("expectIds") {
            Some(Value::String(id)) => {
                assert!(res.is_object(), "{where_}: {res}");
                assert_eq!(res["id"].as_str(), Some(id.as_str()), "{where_}: {res}");
            }
            Some(exp) => {
                let want: Vec<String> = serde_json::from_value(exp.clone()).unwrap();
                let got: Vec<&str> = res
                    .as_array()
                    .unwrap_or_else(|| panic!("{where_}: not a list: {res}"))
                    .iter()
                    .map(|m| m["id"].as_str().unwrap_or_else(|| panic!("{where_}: no id in {m}")))
                    .collect();
                assert_eq!(got, want, "{where_}: ids");
            }
            None => {}
        }
        if let Some(scores) = step.get("expectScores") {
            let got: Vec<Value> = res
                .as_array()
                .unwrap_or_else(|| panic!("{where_}: not a list: {res}"))
                .iter()
                .map(|m| m["similarity"].clone())
                .collect();
            close(&Value::Array(got), scores, &format!("{where_} scores"));
        }
        if let Some(t) = step.get("expectType") {
            assert_eq!(Some(json_type(&res)), t.as_str(), "{where_}: {res}");
        }
    }
    steps.len()
}

/// Every vector file against a freshly loaded plugin from `manifest`.
async fn replay_all(manifest: &Path, kind: &str, label: &str) {
    let mut total = 0;
    for file in vector_files() {
        let plugin = load_plugin(manifest).await.unwrap_or_else(|e| panic!("{label}: load: {e}"));
        assert_eq!(plugin.path_kind(), kind, "{label}");
        assert_eq!(plugin.manifest().name, "inmemorydb", "{label}");
        total += replay(&plugin, &file, label).await;
        if let Some(status) = plugin.close().await {
            assert!(status.success(), "{label}: exit status {status}");
        }
    }
    assert!(total >= 100, "{label}: only {total} steps replayed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rust_wasm_inmemorydb_matches_the_golden_vectors() {
    replay_all(&wasm_manifest(), "wasm", "rust-wasm").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_inmemorydb_over_ipc_matches_the_golden_vectors() {
    replay_all(&plugin_dir().join("python/plugin.json"), "ipc", "python-ipc").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typescript_inmemorydb_over_ipc_matches_the_golden_vectors() {
    replay_all(&plugin_dir().join("typescript/plugin.json"), "ipc", "typescript-ipc").await;
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as i64
}

fn int(v: &Value) -> i64 {
    match v {
        Value::String(s) => s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}")),
        other => other.as_i64().unwrap_or_else(|| panic!("not an integer: {other}")),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wasm_db_call_gets_the_host_clock_unless_now_is_given() {
    let plugin = load_plugin(wasm_manifest()).await.unwrap();
    assert_eq!(plugin.path_kind(), "wasm");

    // create_memory without createdAt and without `now`: the module has no clock, the host supplies its own.
    let before = now_ms();
    let id = plugin
        .db_call(
            "create_memory",
            json!({"tableName": "messages", "memory": {"id": "m-clock", "entityId": "e1", "roomId": "r1"}}),
        )
        .await
        .unwrap_or_else(|e| panic!("create_memory without now: {e}"));
    let after = now_ms();
    assert_eq!(id, json!("m-clock"));
    let stored = plugin.db_call("get_memory_by_id", json!({"id": "m-clock"})).await.unwrap();
    assert_eq!(stored["id"], "m-clock", "{stored}");
    let created = int(&stored["createdAt"]);
    assert!((before..=after).contains(&created), "createdAt {created} not within [{before}, {after}]");

    // A caller-given `now` is kept.
    plugin
        .db_call(
            "create_memory",
            json!({"tableName": "messages", "now": 12_345, "memory": {"id": "m-pinned", "entityId": "e1", "roomId": "r1"}}),
        )
        .await
        .unwrap();
    let stored = plugin.db_call("get_memory_by_id", json!({"id": "m-pinned"})).await.unwrap();
    assert_eq!(int(&stored["createdAt"]), 12_345, "{stored}");

    // log without createdAt: the host clock as RFC 3339 UTC with milliseconds.
    let year = 1970 + now_ms() / 1000 / 86_400 / 366; // a lower bound, enough to tell the host clock from 0
    plugin
        .db_call("log", json!({"id": "l-clock", "entityId": "e1", "type": "action", "body": {}}))
        .await
        .unwrap_or_else(|e| panic!("log without now: {e}"));
    let logs = plugin.db_call("get_logs", json!({"entityId": "e1"})).await.unwrap();
    let at = logs[0]["createdAt"].as_str().unwrap_or_else(|| panic!("{logs}"));
    assert!(at.ends_with('Z') && at.len() == 24, "{at}");
    assert!(at[..4].parse::<i64>().unwrap() >= year, "{at}");

    // Cache expiry: without `now` the host clock decides, a given `now` overrides it.
    let expires = now_ms() + 3_600_000;
    let set = plugin.db_call("set_cache", json!({"key": "k", "value": "v", "expiresAt": expires})).await;
    assert_eq!(set.unwrap(), json!(true));
    assert_eq!(plugin.db_call("get_cache", json!({"key": "k"})).await.unwrap(), json!("v"));
    assert_eq!(plugin.db_call("get_cache", json!({"key": "k", "now": expires - 1})).await.unwrap(), json!("v"));
    assert_eq!(plugin.db_call("get_cache", json!({"key": "k", "now": expires})).await.unwrap(), Value::Null);
    // ... and the expired entry was removed: even an earlier `now` finds nothing.
    assert_eq!(plugin.db_call("get_cache", json!({"key": "k", "now": 1})).await.unwrap(), Value::Null);
    // An expiry long past: the host clock (not 0) says expired; a `now` before it still sees the value.
    let set = plugin.db_call("set_cache", json!({"key": "old", "value": 1, "expiresAt": "1000"})).await;
    assert_eq!(set.unwrap(), json!(true));
    assert_eq!(plugin.db_call("get_cache", json!({"key": "old", "now": 999})).await.unwrap(), json!(1));
    assert_eq!(plugin.db_call("get_cache", json!({"key": "old"})).await.unwrap(), Value::Null);

    // A given `now` of the wrong type reaches the plugin unchanged and is rejected.
    let set = plugin.db_call("set_cache", json!({"key": "k2", "value": 2, "expiresAt": expires})).await;
    assert_eq!(set.unwrap(), json!(true));
    match plugin.db_call("get_cache", json!({"key": "k2", "now": "later"})).await {
        Err(e) => assert_eq!(plugin_code(&e), Some("INVALID_ARGUMENT"), "{e:?}"),
        Ok(v) => panic!("expected INVALID_ARGUMENT, got {v}"),
    }
    // Null params are no params (the host still adds `now`); non-object params are refused.
    assert_eq!(plugin.db_call("get_agents", Value::Null).await.unwrap(), json!([]));
    match plugin.db_call("get_agents", json!([1])).await {
        Err(e) => assert_eq!(plugin_code(&e), Some("INVALID_ARGUMENT"), "{e:?}"),
        Ok(v) => panic!("expected INVALID_ARGUMENT, got {v}"),
    }
}
