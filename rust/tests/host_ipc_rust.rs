//! The Rust host against a Rust plugin's IPC server binary (the echo fixture's `echo-plugin-ipc`, served by
//! `elizaos_interop::serve::server`), over stdio, Unix socket and TCP, in both framings, loaded by plugin.json with
//! `interop.ipcCommand`, panics inside the plugin answered as `error` without killing the server, and values nested
//! past `MAX_JSON_VALUE_DEPTH` refused as `MALFORMED`.
//!
//! Needs the binary: `cargo build -p elizaos-interop-echo-fixture --bin echo-plugin-ipc` (CI builds it first).
#![cfg(feature = "host")]

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use elizaos_interop::wire::codec::{json_to_struct, struct_to_json, value_to_json};
use elizaos_interop::paths::ipc::{IpcClient, IpcCommand, IpcOptions, Transport, WireFraming};
use elizaos_interop::Error;
use elizaos_interop::loader::load_plugin;
use elizaos_interop::handle::PluginHandle;
use elizaos_interop::proto::ErrorCode;
use elizaos_interop::MAX_JSON_VALUE_DEPTH;
use common::memory;

fn server_binary() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let bin = target.join("debug/echo-plugin-ipc");
    assert!(
        bin.is_file(),
        "{} is missing: build it with `cargo build -p elizaos-interop-echo-fixture --bin echo-plugin-ipc`",
        bin.display()
    );
    bin
}

/// The echo fixture's IPC server binary, spawned over `transport` in `framing`.
async fn spawn_echo(transport: Transport, framing: WireFraming) -> IpcClient {
    let options = IpcOptions { name: "echo".into(), transport, framing, ..Default::default() };
    let command = IpcCommand {
        program: server_binary().display().to_string(),
        args: vec![],
        trailing: vec![],
    };
    IpcClient::spawn(command, options).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rust_ipc_server_every_transport_and_framing() {
    for transport in [Transport::Stdio, Transport::Unix(None), Transport::Tcp] {
        for framing in [WireFraming::Json, WireFraming::Protobuf] {
            let what = format!("{transport:?} {framing:?}");
            let plugin = Arc::new(PluginHandle::from(spawn_echo(transport.clone(), framing).await));
            assert_eq!(plugin.manifest().name, "echo", "{what}");
            let mut opts = serde_json::Map::new();
            opts.insert("k".into(), "v".into());
            let r = plugin
                .invoke_action("ECHO", &memory("hello"), None, Some(json_to_struct(opts)))
                .await
                .unwrap();
            assert_eq!(r.text.as_deref(), Some("hello"), "{what}");
            assert_eq!(
                struct_to_json(r.values.as_ref().unwrap()),
                serde_json::json!({"k": "v"}),
                "{what}"
            );
            assert_eq!(
                plugin
                    .get_provider("ECHO", &memory("p"), None)
                    .await
                    .unwrap()
                    .text
                    .as_deref(),
                Some("provider:p")
            );
            let e = plugin
                .invoke_evaluator("ECHO", &memory("e"), None)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(e.text.as_deref(), Some("evaluated:e"));
            assert_eq!(
                plugin
                    .invoke_evaluator("NONE", &memory("e"), None)
                    .await
                    .unwrap(),
                None
            );
            let m = plugin.invoke_model("ECHO", None).await.unwrap();
            assert_eq!(value_to_json(&m), serde_json::json!({}));
            assert_eq!(
                plugin
                    .db_call("echo", serde_json::json!({"x": [1, 2]}))
                    .await
                    .unwrap(),
                serde_json::json!({"x": [1, 2]})
            );
            match plugin
                .invoke_action("PANIC", &memory("boom"), None, None)
                .await
            {
                Err(Error::PluginCall { code, message, .. }) => {
                    assert_eq!(code, ErrorCode::HandlerError, "{what}");
                    assert!(message.contains("panicked on purpose"), "{what}: {message}");
                }
                other => panic!("{what}: {other:?}"),
            }
            // 200 concurrent slow calls, answered out of order, matched by id.
            let mut set = tokio::task::JoinSet::new();
            for i in 0..200 {
                let plugin = plugin.clone();
                set.spawn(async move {
                    let mut o = serde_json::Map::new();
                    o.insert("ms".into(), serde_json::json!((i * 7) % 20));
                    let text = format!("n{i}");
                    (
                        text.clone(),
                        plugin
                            .invoke_action("SLOW", &memory(&text), None, Some(json_to_struct(o)))
                            .await,
                    )
                });
            }
            while let Some(j) = set.join_next().await {
                let (text, r) = j.unwrap();
                assert_eq!(r.unwrap().text, Some(text), "{what}");
            }
            let status = plugin.close().await.expect("exit status");
            assert!(status.success(), "{what}: {status}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rust_ipc_server_from_plugin_json_ipc_command() {
    let bin = server_binary();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("host_ipc_rust")
        .join("echo");
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = serde_json::json!({
        "name": "echo", "language": "rust",
        "interop": {"protocol": "ipc", "ipcCommand": format!("'{}'", bin.display()), "transport": "tcp", "framing": "protobuf"}
    });
    std::fs::write(dir.join("plugin.json"), manifest.to_string()).unwrap();
    let plugin = load_plugin(dir.join("plugin.json")).await.unwrap();
    assert_eq!(
        plugin
            .invoke_action("ECHO", &memory("from json"), None, None)
            .await
            .unwrap()
            .text
            .as_deref(),
        Some("from json")
    );
    assert!(plugin
        .validate_action("ECHO", &memory("x"), None)
        .await
        .unwrap());
    assert!(plugin.close().await.expect("status").success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plugin_json_ipc_port_connects_to_a_running_server() {
    use std::io::BufRead;
    let mut server = std::process::Command::new(server_binary())
        .args(["--tcp", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let listening: serde_json::Value = serde_json::from_str(&line).unwrap();
    let address = listening["address"].as_str().unwrap().to_owned();
    let port: u16 = address.rsplit_once(':').unwrap().1.parse().unwrap();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("host_ipc_rust").join("port");
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = serde_json::json!({"name": "echo", "language": "rust", "interop": {"protocol": "ipc", "ipcPort": port}});
    std::fs::write(dir.join("plugin.json"), manifest.to_string()).unwrap();
    for round in ["first", "second"] {
        let plugin = load_plugin(dir.join("plugin.json")).await.unwrap();
        let r = plugin.invoke_action("ECHO", &memory(round), None, None).await.unwrap();
        assert_eq!(r.text.as_deref(), Some(round));
        // Not our server: closing ends the connection only (the second round connects again).
        assert_eq!(plugin.close().await, None);
    }
    assert!(server.try_wait().unwrap().is_none(), "the server must outlive the connections");
    server.kill().unwrap();
    server.wait().unwrap();
}

/// `{"k": [[…["leaf"]…]]}`, nesting `levels` arrays/objects deep (the object and `levels - 1` lists).
fn nested(levels: usize) -> elizaos_interop::Struct {
    let mut v = elizaos_interop::Value::from("leaf");
    for _ in 1..levels {
        v = elizaos_interop::Value::from(vec![v]);
    }
    elizaos_interop::Struct {
        fields: [("k".to_owned(), v)].into(),
    }
}

/// The IPC server answers every request through `dispatch`, so it enforces `MAX_JSON_VALUE_DEPTH` in both
/// framings: a deeper value is answered MALFORMED under the request's id, and the server keeps serving.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rust_ipc_server_refuses_values_nested_past_the_depth_limit() {
    for framing in [WireFraming::Json, WireFraming::Protobuf] {
        let plugin = PluginHandle::from(spawn_echo(Transport::Stdio, framing).await);
        let at_limit = nested(MAX_JSON_VALUE_DEPTH);
        let r = plugin
            .invoke_action("ECHO", &memory("d"), None, Some(at_limit.clone()))
            .await
            .unwrap();
        assert_eq!(r.values, Some(at_limit), "{framing:?}");
        let too_deep = Some(nested(MAX_JSON_VALUE_DEPTH + 1));
        match plugin
            .invoke_action("ECHO", &memory("d"), None, too_deep)
            .await
        {
            Err(Error::PluginCall { code, message, .. }) => {
                assert_eq!(code, ErrorCode::Malformed, "{framing:?}");
                let want = format!(
                    r#"field "options": JSON value nests more than {MAX_JSON_VALUE_DEPTH} arrays"#
                );
                assert!(message.contains(&want), "{framing:?}: {message}");
            }
            other => panic!("{framing:?}: {other:?}"),
        }
        let after = plugin
            .invoke_action("ECHO", &memory("after"), None, None)
            .await
            .unwrap();
        assert_eq!(after.text.as_deref(), Some("after"), "{framing:?}");
        assert!(
            plugin.close().await.expect("status").success(),
            "{framing:?}"
        );
    }
}
