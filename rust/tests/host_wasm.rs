//! WASM path in Rust (wasmtime crate, feature `host`): the AssemblyScript echo plugin, a Rust plugin built with
//! `export_plugin!`, the cross-host vectors (byte-identical responses to the Python and Node hosts) and hostile
//! modules. Artifacts come from tools/build-wasm.sh, which these tests run when one is missing.
#![cfg(feature = "host")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use elizaos_interop::paths::wasm::{WasmLimits, WasmPlugin, WasmPluginLoader};
use elizaos_interop::Error;
use elizaos_interop::proto::ErrorCode;
use elizaos_interop::proto::{Envelope, PluginLanguage};
use prost::Message;
use common::{memory};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("repo root").to_owned()
}

fn built(path: PathBuf, args: &[&str]) -> PathBuf {
    if !path.is_file() {
        let status = Command::new("bash").args(args).current_dir(root()).status().expect("run build");
        assert!(status.success(), "{args:?} failed");
    }
    assert!(path.is_file(), "{} was not built by {args:?}", path.display());
    path
}

fn echo_as() -> PathBuf {
    built(root().join("plugins/plugin-echo-as/build/plugin_echo_as.wasm"), &["plugins/plugin-echo-as/build.sh"])
}

fn rust_echo() -> PathBuf {
    built(
        root().join("target/wasm/wasm32-unknown-unknown/wasm/echo_plugin.wasm"),
        &["tools/build-wasm.sh", "--skip-as", "elizaos-interop-echo-fixture"],
    )
}

fn hostile(name: &str) -> PathBuf {
    root().join("rust/tests/fixtures/wasm-hostile").join(format!("{name}.wat"))
}

#[test]
fn echo_as_manifest_and_echo() {
    let mut plugin = WasmPlugin::load(echo_as(), WasmLimits::default()).expect("load echo-as");
    assert_eq!(plugin.manifest().name, "echo-as");
    assert_eq!(plugin.manifest().language, PluginLanguage::Typescript as i32);
    let result = plugin.invoke_action("echo", memory("héllo wörld ✓"), None, None).expect("echo");
    assert!(result.success);
    assert_eq!(result.text.as_deref(), Some("héllo wörld ✓"));
    match plugin.invoke_action("nope", memory("x"), None, None) {
        Err(Error::PluginCall { code, message, .. }) => {
            assert_eq!(code, ErrorCode::NotFound);
            assert!(message.contains("nope"), "{message}");
        }
        other => panic!("expected NOT_FOUND, got {other:?}"),
    }
}

#[test]
fn cross_host_vectors_are_byte_identical() {
    let mut plugin = WasmPluginLoader::new(WasmLimits::default()).load(echo_as()).expect("load echo-as");
    let dir = root().join("rust/tests/fixtures/wasm-vectors/echo-as");
    let mut requests: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("vectors dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".request.binpb"))
        .collect();
    requests.sort();
    assert!(requests.len() >= 8);
    for req in requests {
        let name = req.file_name().expect("name").to_string_lossy().to_string();
        let expected = std::fs::read(dir.join(name.replace(".request.", ".response."))).expect("response");
        let request = Envelope::decode(std::fs::read(&req).expect("request").as_slice()).expect("decode");
        let response = plugin.call(request).expect("call");
        assert_eq!(response.encode_to_vec(), expected, "{name}");
    }
}

#[test]
fn rust_plugin_built_with_export_plugin_and_its_panic_is_a_trap() {
    let mut plugin = WasmPlugin::load(rust_echo(), WasmLimits::default()).expect("load rust echo");
    assert_eq!(plugin.manifest().name, "echo");
    assert_eq!(
        plugin.invoke_action("ECHO", memory("from rust"), None, None).expect("echo").text.as_deref(),
        Some("from rust")
    );
    match plugin.invoke_action("PANIC", memory("x"), None, None) {
        Err(Error::Trap(m)) => assert!(m.contains("PANIC"), "{m}"),
        other => panic!("expected a trap, got {other:?}"),
    }
    assert_eq!(plugin.restarts(), 1);
    assert_eq!(plugin.invoke_action("ECHO", memory("again"), None, None).expect("echo").text.as_deref(), Some("again"));
}

#[test]
fn infinite_loop_is_stopped_by_fuel_and_the_host_continues() {
    let limits = WasmLimits { fuel: Some(5_000_000), deadline: None, ..Default::default() };
    let mut plugin = WasmPlugin::load(hostile("loop"), limits).expect("load loop");
    for round in 1..=2 {
        match plugin.invoke_action("misbehave", memory("x"), None, None) {
            Err(Error::FuelExhausted(m)) => assert!(m.contains("fuel"), "{m}"),
            other => panic!("expected fuel exhaustion, got {other:?}"),
        }
        assert_eq!(plugin.restarts(), round);
        assert_eq!(plugin.get_provider("ok", memory("x"), None).expect("ok").text.as_deref(), Some("ok"));
    }
}

#[test]
fn infinite_loop_is_stopped_by_the_deadline() {
    let limits = WasmLimits { fuel: None, deadline: Some(Duration::from_millis(200)), ..Default::default() };
    let mut plugin = WasmPlugin::load(hostile("loop"), limits).expect("load loop");
    let start = Instant::now();
    match plugin.invoke_action("misbehave", memory("x"), None, None) {
        Err(Error::DeadlineExceeded(m)) => assert!(m.contains("deadline"), "{m}"),
        other => panic!("expected a deadline, got {other:?}"),
    }
    let elapsed = start.elapsed();
    assert!(elapsed >= Duration::from_millis(150) && elapsed < Duration::from_secs(5), "{elapsed:?}");
    assert_eq!(plugin.get_provider("ok", memory("x"), None).expect("ok").text.as_deref(), Some("ok"));
}

#[test]
fn memory_bomb_is_refused_at_the_limit() {
    let limits = WasmLimits { max_memory_bytes: 16 << 20, ..Default::default() };
    let mut plugin = WasmPlugin::load(hostile("bomb"), limits).expect("load bomb");
    match plugin.invoke_action("misbehave", memory("x"), None, None) {
        Err(Error::MemoryLimit(m)) => assert!(m.contains("max_memory_bytes=16777216"), "{m}"),
        other => panic!("expected the memory limit, got {other:?}"),
    }
    assert_eq!(plugin.get_provider("ok", memory("x"), None).expect("ok").text.as_deref(), Some("ok"));
    assert!(plugin.memory_bytes() <= 65536);
}

#[test]
fn trap_fails_that_call_only() {
    let mut plugin = WasmPlugin::load(hostile("trap"), WasmLimits::default()).expect("load trap");
    match plugin.invoke_action("misbehave", memory("x"), None, None) {
        Err(Error::Trap(m)) => assert!(m.contains("unreachable"), "{m}"),
        other => panic!("expected a trap, got {other:?}"),
    }
    assert_eq!(plugin.get_provider("ok", memory("x"), None).expect("ok").text.as_deref(), Some("ok"));
}

#[test]
fn bad_modules_are_refused_at_load() {
    match WasmPlugin::load(hostile("abi2"), WasmLimits::default()) {
        Err(Error::Abi(m)) => assert!(m.contains("returned 2"), "{m}"),
        other => panic!("expected an ABI error, got {other:?}"),
    }
    match WasmPlugin::load(hostile("missing"), WasmLimits::default()) {
        Err(Error::Abi(m)) => assert!(m.contains("dealloc") && m.contains("eliza_call"), "{m}"),
        other => panic!("expected missing exports, got {other:?}"),
    }
    match WasmPlugin::load(hostile("imports"), WasmLimits::default()) {
        Err(Error::Abi(m)) => assert!(m.contains("env.host_log"), "{m}"),
        other => panic!("expected refused imports, got {other:?}"),
    }
    match WasmPlugin::load(hostile("trap"), WasmLimits { max_module_bytes: 100, ..Default::default() }) {
        Err(Error::ModuleTooLarge { max: 100, .. }) => {}
        other => panic!("expected a size error, got {other:?}"),
    }
    match WasmPlugin::load(hostile("trap"), WasmLimits { max_memory_bytes: 32 * 1024, ..Default::default() }) {
        Err(Error::MemoryLimit(m)) => assert!(m.contains("max_memory_bytes=32768"), "{m}"),
        other => panic!("expected an initial-memory error, got {other:?}"),
    }
    match WasmPlugin::from_bytes(b"not wasm", "bytes", WasmLimits::default()) {
        Err(Error::Load(m)) => assert!(m.contains("not a valid WebAssembly module"), "{m}"),
        other => panic!("expected a load error, got {other:?}"),
    }
}

#[test]
fn eliza_classic_wasm_replays_the_golden_conversations() {
    use elizaos_interop::{Struct, Value};
    use pbjson_types::value::Kind;

    let wasm = built(
        root().join("target/wasm/wasm32-unknown-unknown/wasm/plugin_eliza_classic.wasm"),
        &["tools/build-wasm.sh", "--skip-as", "plugin-eliza-classic"],
    );
    let dir = root().join("tests/vectors/eliza");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("json");
        let mut plugin = WasmPlugin::load(&wasm, WasmLimits::default()).expect("load eliza-classic");
        let greeting = plugin.get_provider("eliza-greeting", memory(""), None).expect("greeting");
        assert_eq!(greeting.text.as_deref(), doc["greeting"].as_str());
        for (i, turn) in doc["turns"].as_array().expect("turns").iter().enumerate() {
            let input = turn["input"].as_str().expect("input");
            let session = turn.get("session").unwrap_or(&doc["session"]).as_str().expect("session");
            let options = Struct {
                fields: [("sessionId".to_string(), Value { kind: Some(Kind::StringValue(session.into())) })]
                    .into_iter()
                    .collect(),
            };
            let result =
                plugin.invoke_action("generate-response", memory(input), None, Some(options)).expect("respond");
            if input.trim().is_empty() {
                // engine-level vectors: the plugin refuses blank input, so the session diverges from here on
                assert!(!result.success);
                assert_eq!(result.error.as_deref(), Some("No user input provided"));
                break;
            }
            assert_eq!(result.text.as_deref(), turn["reply"].as_str(), "{} turn {i}", file.display());
        }
    }
}
