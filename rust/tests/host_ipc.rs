//! The Rust host's IPC client against real Python and Node bridge subprocesses (fixtures in
//! tests/fixtures/ipc/): stdio, Unix socket and TCP, JSON and protobuf framing, 1000 concurrent calls, per-call
//! timeouts, crashes, the env denylist, version and start-up checks, limits.
#![cfg(feature = "host")]

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use elizaos_interop::wire::codec::{struct_to_json, value_to_json};
use elizaos_interop::paths::ipc::{IpcClient, IpcCommand, IpcOptions, LogRecord, LogSource, Transport, WireFraming};
use elizaos_interop::Error;
use elizaos_interop::handle::PluginHandle;
use elizaos_interop::paths::ipc::{PythonPluginLoader, TypeScriptPluginLoader};
use elizaos_interop::proto::ErrorCode;
use common::{Logs, memory, opts, repo};

fn py_fixture() -> String {
    repo()
        .join("rust/tests/fixtures/ipc/py_fixture_plugin.py")
        .display()
        .to_string()
}

fn ts_fixture() -> String {
    repo()
        .join("rust/tests/fixtures/ipc/ts_fixture_plugin.mjs")
        .display()
        .to_string()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Lang {
    Python,
    TypeScript,
}

const LANGS: [Lang; 2] = [Lang::Python, Lang::TypeScript];

fn options(transport: Transport, framing: WireFraming) -> (IpcOptions, Logs) {
    let logs: Logs = Arc::default();
    let sink = logs.clone();
    let options = IpcOptions {
        transport,
        framing,
        on_log: Some(Arc::new(move |r: &LogRecord| {
            sink.lock().unwrap().push(r.clone())
        })),
        ..IpcOptions::default()
    };
    (options, logs)
}

async fn load_with(lang: Lang, options: IpcOptions) -> Result<PluginHandle, Error> {
    match lang {
        Lang::Python => PythonPluginLoader::new(options).load(&py_fixture()).await.map(PluginHandle::from),
        Lang::TypeScript => TypeScriptPluginLoader::new(options).load(&ts_fixture()).await.map(PluginHandle::from),
    }
}

async fn load(lang: Lang, transport: Transport, framing: WireFraming) -> (PluginHandle, Logs) {
    let (options, logs) = options(transport, framing);
    let plugin = load_with(lang, options)
        .await
        .unwrap_or_else(|e| panic!("{lang:?} fixture failed to load: {e}"));
    (plugin, logs)
}

fn expected_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Python => "py-fixture",
        Lang::TypeScript => "ts-fixture",
    }
}

/// Every typed method once, on one transport/framing.
async fn exercise(lang: Lang, transport: Transport, framing: WireFraming) {
    let what = format!("{lang:?} {transport:?} {framing:?}");
    let (plugin, _logs) = load(lang, transport, framing).await;
    assert_eq!(plugin.ipc().unwrap().framing(), framing, "{what}");
    assert_eq!(plugin.manifest().name, expected_name(lang), "{what}");
    assert!(
        plugin.manifest().actions.iter().any(|a| a.name == "echo"),
        "{what}"
    );
    plugin
        .init(&HashMap::new())
        .await
        .unwrap_or_else(|e| panic!("{what}: init: {e}"));

    let result = plugin
        .invoke_action("echo", &memory("hi there"), None, None)
        .await
        .unwrap();
    assert!(result.success, "{what}");
    assert_eq!(result.text.as_deref(), Some("hi there"), "{what}");
    let values = struct_to_json(result.values.as_ref().unwrap());
    let lang_name = if lang == Lang::Python {
        "python"
    } else {
        "typescript"
    };
    assert_eq!(values["lang"], lang_name, "{what}");

    assert!(
        plugin
            .validate_action("echo", &memory("x"), None)
            .await
            .unwrap(),
        "{what}"
    );
    assert!(
        !plugin
            .validate_action("echo", &memory(""), None)
            .await
            .unwrap(),
        "{what}"
    );

    let provided = plugin
        .get_provider("fixture", &memory("p"), None)
        .await
        .unwrap();
    assert_eq!(
        provided.text.as_deref(),
        Some("fixture provider: p"),
        "{what}"
    );

    let model = plugin
        .invoke_model("TEXT_SMALL", opts(serde_json::json!({"prompt": "hello"})))
        .await
        .unwrap();
    assert_eq!(
        value_to_json(&model),
        serde_json::json!("model:hello"),
        "{what}"
    );

    let db = plugin
        .db_call("echo", serde_json::json!({"a": 1, "b": ["x", true]}))
        .await
        .unwrap();
    assert_eq!(db, serde_json::json!({"a": 1, "b": ["x", true]}), "{what}");

    let fetched = plugin.fetch_manifest().await.unwrap();
    assert_eq!(fetched.name, expected_name(lang), "{what}");

    match plugin.invoke_action("fail", &memory("x"), None, None).await {
        Err(Error::PluginCall {
            code,
            message,
            exception,
        }) => {
            assert_eq!(code, ErrorCode::HandlerError, "{what}");
            assert!(message.contains("fixture failure"), "{what}: {message}");
            let class = if lang == Lang::Python {
                "ValueError"
            } else {
                "TypeError"
            };
            assert_eq!(exception.as_deref(), Some(class), "{what}");
        }
        other => panic!("{what}: fail action: {other:?}"),
    }
    match plugin
        .invoke_action("no-such-action", &memory("x"), None, None)
        .await
    {
        Err(Error::PluginCall { code, .. }) => assert_eq!(code, ErrorCode::NotFound, "{what}"),
        other => panic!("{what}: unknown action: {other:?}"),
    }
    let status = plugin.close().await.expect("exit status after close");
    assert!(
        status.success(),
        "{what}: graceful shutdown exits 0, got {status}"
    );
    match plugin
        .invoke_action("echo", &memory("late"), None, None)
        .await
    {
        Err(Error::PluginClosed { .. }) => {}
        other => panic!("{what}: call after close: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_every_transport_and_framing() {
    for transport in [Transport::Stdio, Transport::Unix(None), Transport::Tcp] {
        for framing in [WireFraming::Json, WireFraming::Protobuf] {
            exercise(Lang::Python, transport.clone(), framing).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typescript_every_transport_and_framing() {
    for transport in [Transport::Stdio, Transport::Unix(None), Transport::Tcp] {
        for framing in [WireFraming::Json, WireFraming::Protobuf] {
            exercise(Lang::TypeScript, transport.clone(), framing).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousand_concurrent_calls() {
    for lang in LANGS {
        for framing in [WireFraming::Json, WireFraming::Protobuf] {
            let (plugin, _) = load(lang, Transport::Stdio, framing).await;
            let plugin = Arc::new(plugin);
            let mut set = tokio::task::JoinSet::new();
            for i in 0..1000 {
                let plugin = plugin.clone();
                set.spawn(async move {
                    let text = format!("message {i}");
                    let r = plugin
                        .invoke_action("echo", &memory(&text), None, None)
                        .await;
                    (text, r)
                });
            }
            let mut n = 0;
            while let Some(joined) = set.join_next().await {
                let (text, result) = joined.unwrap();
                assert_eq!(
                    result.unwrap().text.as_deref(),
                    Some(text.as_str()),
                    "{lang:?} {framing:?}"
                );
                n += 1;
            }
            assert_eq!(n, 1000);
            assert_eq!(plugin.ipc().unwrap().pending(), 0);
            plugin.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_call_timeout_sends_cancel_and_keeps_the_connection() {
    for lang in LANGS {
        let (plugin, _) = load(lang, Transport::Stdio, WireFraming::Json).await;
        let started = Instant::now();
        let r = plugin
            .invoke_action_with_timeout(
                "sleep",
                &memory("z"),
                None,
                opts(serde_json::json!({"ms": 5000})),
                Duration::from_millis(300),
            )
            .await;
        match r {
            Err(Error::CallTimeout { kind, timeout, .. }) => {
                assert_eq!(kind, "action_invoke");
                assert_eq!(timeout, Duration::from_millis(300));
            }
            other => panic!("{lang:?}: expected CallTimeout, got {other:?}"),
        }
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{lang:?}: timeout took {:?}",
            started.elapsed()
        );
        assert_eq!(plugin.ipc().unwrap().pending(), 0);
        // The connection is still usable, and a short sleep completes.
        let ok = plugin
            .invoke_action(
                "sleep",
                &memory("z"),
                None,
                opts(serde_json::json!({"ms": 50})),
            )
            .await;
        assert_eq!(ok.unwrap().text.as_deref(), Some("slept"), "{lang:?}");
        assert_eq!(
            plugin
                .invoke_action("echo", &memory("after"), None, None)
                .await
                .unwrap()
                .text
                .as_deref(),
            Some("after")
        );
        plugin.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_call_timeout_comes_from_limits() {
    let (mut options, _) = options(Transport::Stdio, WireFraming::Json);
    options.limits.call_timeout = Duration::from_millis(200);
    let plugin = load_with(Lang::TypeScript, options).await.unwrap();
    let r = plugin
        .invoke_action(
            "sleep",
            &memory("z"),
            None,
            opts(serde_json::json!({"ms": 3000})),
        )
        .await;
    assert!(matches!(r, Err(Error::CallTimeout { .. })), "{r:?}");
    plugin.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_child_fails_every_pending_call() {
    for lang in LANGS {
        for transport in [Transport::Stdio, Transport::Tcp] {
            let (plugin, _) = load(lang, transport.clone(), WireFraming::Json).await;
            let plugin = Arc::new(plugin);
            let mut set = tokio::task::JoinSet::new();
            for _ in 0..50 {
                let plugin = plugin.clone();
                set.spawn(async move {
                    plugin
                        .invoke_action(
                            "sleep",
                            &memory("z"),
                            None,
                            opts(serde_json::json!({"ms": 20000})),
                        )
                        .await
                });
            }
            let deadline = Instant::now() + Duration::from_secs(10);
            while plugin.ipc().unwrap().pending() < 50 {
                assert!(Instant::now() < deadline, "calls never became pending");
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            let pid = plugin.ipc().unwrap().pid().expect("pid");
            let started = Instant::now();
            // SAFETY: kill(2) on the child we just spawned.
            assert_eq!(unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) }, 0);
            let mut n = 0;
            while let Some(joined) = set.join_next().await {
                match joined.unwrap() {
                    Err(Error::PluginCrashed { reason, .. }) => {
                        assert!(
                            reason.contains("signal: 9"),
                            "{lang:?} {transport:?}: {reason}"
                        );
                    }
                    other => {
                        panic!("{lang:?} {transport:?}: expected PluginCrashed, got {other:?}")
                    }
                }
                n += 1;
            }
            assert_eq!(n, 50);
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "crash took {:?} to surface",
                started.elapsed()
            );
            // New calls fail at once with the same error; restart brings the plugin back.
            assert!(matches!(
                plugin.invoke_action("echo", &memory("x"), None, None).await,
                Err(Error::PluginCrashed { .. })
            ));
            plugin.ipc().unwrap().restart().await.unwrap();
            let r = plugin
                .invoke_action("echo", &memory("back"), None, None)
                .await
                .unwrap();
            assert_eq!(r.text.as_deref(), Some("back"));
            plugin.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plugin_exiting_mid_call_names_the_exit_status_and_stderr() {
    for lang in LANGS {
        let (plugin, logs) = load(lang, Transport::Stdio, WireFraming::Protobuf).await;
        let r = plugin
            .invoke_action(
                "crash",
                &memory("x"),
                None,
                opts(serde_json::json!({"code": 7})),
            )
            .await;
        match r {
            Err(Error::PluginCrashed { reason, .. }) => {
                assert!(reason.contains("exit status: 7"), "{lang:?}: {reason}");
                assert!(
                    reason.contains("fixture crashing now"),
                    "{lang:?}: {reason}"
                );
            }
            other => panic!("{lang:?}: expected PluginCrashed, got {other:?}"),
        }
        assert!(plugin.ipc().unwrap().exited());
        let logged = logs
            .lock()
            .unwrap()
            .iter()
            .any(|r| r.source == LogSource::Stderr && r.message == "fixture crashing now");
        assert!(
            logged,
            "{lang:?}: stderr line forwarded to the log callback"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn child_stderr_is_forwarded_line_by_line() {
    let (plugin, logs) = load(Lang::TypeScript, Transport::Stdio, WireFraming::Json).await;
    plugin
        .get_provider("fixture", &memory("p"), None)
        .await
        .unwrap();
    plugin.close().await;
    let logs = logs.lock().unwrap();
    let line = logs
        .iter()
        .find(|r| r.message == "provider called (this goes to stderr)")
        .expect("line forwarded");
    assert_eq!(line.source, LogSource::Stderr);
    assert_eq!(line.plugin, "ts_fixture_plugin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn env_denylist_is_applied_inside_the_child() {
    std::env::set_var("ELIZA_FIXTURE_API_KEY", "secret-key");
    std::env::set_var("ELIZA_FIXTURE_Db_Password", "secret-pw");
    std::env::set_var("ELIZA_FIXTURE_VISIBLE", "visible");
    let names = "ELIZA_FIXTURE_API_KEY,ELIZA_FIXTURE_Db_Password,ELIZA_FIXTURE_VISIBLE,ELIZA_FIXTURE_GIVEN_TOKEN";
    for lang in LANGS {
        let (mut options, _) = options(Transport::Stdio, WireFraming::Json);
        options
            .env
            .insert("ELIZA_FIXTURE_GIVEN_TOKEN".into(), "explicit".into());
        let plugin = load_with(lang, options).await.unwrap();
        let r = plugin
            .invoke_action("env", &memory(names), None, None)
            .await
            .unwrap();
        let data = struct_to_json(r.data.as_ref().unwrap());
        assert_eq!(data["ELIZA_FIXTURE_API_KEY"], "<absent>", "{lang:?}");
        assert_eq!(
            data["ELIZA_FIXTURE_Db_Password"], "<absent>",
            "{lang:?}: globs are case-insensitive"
        );
        assert_eq!(data["ELIZA_FIXTURE_VISIBLE"], "visible", "{lang:?}");
        assert_eq!(
            data["ELIZA_FIXTURE_GIVEN_TOKEN"], "explicit",
            "{lang:?}: explicit env is always passed"
        );
        plugin.close().await;
    }
    // inherit_env = false: only the explicit env (plus what the loader adds) reaches the child.
    let (mut options, _) = options(Transport::Stdio, WireFraming::Json);
    options.limits.inherit_env = false;
    options
        .env
        .insert("PATH".into(), std::env::var("PATH").unwrap());
    let plugin = load_with(Lang::TypeScript, options).await.unwrap();
    let r = plugin
        .invoke_action("env", &memory("ELIZA_FIXTURE_VISIBLE"), None, None)
        .await
        .unwrap();
    assert_eq!(
        struct_to_json(r.data.as_ref().unwrap())["ELIZA_FIXTURE_VISIBLE"],
        "<absent>"
    );
    plugin.close().await;
}

fn python_script(script: &str) -> IpcCommand {
    IpcCommand {
        program: "python3".into(),
        args: vec!["-c".into(), script.into()],
        trailing: vec![],
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_protocol_version_in_ready_is_version_mismatch() {
    let script = r#"import json, sys, time
print(json.dumps({"type": "ready", "protocolVersion": 99, "manifest": {"name": "future"}, "framings": []}), flush=True)
time.sleep(30)"#;
    let started = Instant::now();
    let r = IpcClient::spawn(
        python_script(script),
        IpcOptions {
            name: "future".into(),
            ..Default::default()
        },
    )
    .await;
    match r {
        Err(Error::VersionMismatch {
            expected, actual, ..
        }) => {
            assert_eq!((expected, actual), (1, 99));
        }
        other => panic!("expected VersionMismatch, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_server_is_startup_timeout() {
    let mut options = IpcOptions {
        name: "silent".into(),
        ..Default::default()
    };
    options.limits.startup_timeout = Duration::from_millis(2000);
    let started = Instant::now();
    let r = IpcClient::spawn(
        python_script(
            "import sys, time\nprint('booting', file=sys.stderr, flush=True)\ntime.sleep(30)",
        ),
        options,
    )
    .await;
    match r {
        Err(Error::StartupTimeout {
            timeout, stderr, ..
        }) => {
            assert_eq!(timeout, Duration::from_millis(2000));
            assert!(stderr.contains("booting"), "{stderr}");
        }
        other => panic!("expected StartupTimeout, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_line_not_ready_is_protocol_error() {
    let r = IpcClient::spawn(
        python_script("print('hello world', flush=True)\nimport time; time.sleep(30)"),
        IpcOptions::default(),
    )
    .await;
    assert!(
        matches!(&r, Err(Error::Protocol(m)) if m.contains("hello world")),
        "{r:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_exiting_before_ready_is_crash_with_stderr() {
    let r = IpcClient::spawn(
        python_script("import sys\nprint('no plugin here', file=sys.stderr)\nsys.exit(3)"),
        IpcOptions::default(),
    )
    .await;
    match r {
        Err(Error::PluginCrashed { reason, .. }) => {
            assert!(reason.contains("exit status: 3"), "{reason}");
            assert!(reason.contains("no plugin here"), "{reason}");
        }
        other => panic!("expected PluginCrashed, got {other:?}"),
    }
    // A bridge given a missing entry fails the same way, with the bridge's message.
    let r = PythonPluginLoader::default()
        .load("/nonexistent/plugin.py")
        .await;
    assert!(
        matches!(&r, Err(Error::PluginCrashed { reason, .. }) if reason.contains("nonexistent")),
        "{r:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_pending_calls_are_refused_without_sending() {
    let (mut options, _) = options(Transport::Stdio, WireFraming::Json);
    options.limits.max_pending_requests = 2;
    let plugin = Arc::new(load_with(Lang::TypeScript, options).await.unwrap());
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..2 {
        let plugin = plugin.clone();
        set.spawn(async move {
            plugin
                .invoke_action(
                    "sleep",
                    &memory("z"),
                    None,
                    opts(serde_json::json!({"ms": 500})),
                )
                .await
        });
    }
    while plugin.ipc().unwrap().pending() < 2 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let r = plugin.invoke_action("echo", &memory("x"), None, None).await;
    assert_eq!(r, Err(Error::TooManyPending { limit: 2 }));
    while let Some(joined) = set.join_next().await {
        assert!(joined.unwrap().is_ok());
    }
    plugin.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_messages_fail_only_their_call() {
    for lang in LANGS {
        for framing in [WireFraming::Json, WireFraming::Protobuf] {
            let (mut options, _) = options(Transport::Stdio, framing);
            options.limits.max_message_bytes = 64 * 1024;
            let plugin = load_with(lang, options).await.unwrap();
            // Outgoing: refused before sending.
            let big = "y".repeat(70 * 1024);
            match plugin
                .invoke_action("echo", &memory(&big), None, None)
                .await
            {
                Err(Error::MessageTooLarge { limit, context, .. }) => {
                    assert_eq!(limit, 64 * 1024);
                    assert!(context.contains("outgoing"), "{context}");
                }
                other => panic!("{lang:?} {framing:?}: expected MessageTooLarge, got {other:?}"),
            }
            // Incoming: discarded, that call fails, the connection keeps working.
            let r = plugin
                .invoke_action(
                    "big",
                    &memory("x"),
                    None,
                    opts(serde_json::json!({"bytes": 100_000})),
                )
                .await;
            match r {
                Err(Error::MessageTooLarge { context, .. }) => {
                    assert!(context.contains("incoming"), "{context}")
                }
                other => {
                    panic!("{lang:?} {framing:?}: expected incoming MessageTooLarge, got {other:?}")
                }
            }
            let r = plugin
                .invoke_action("echo", &memory("still here"), None, None)
                .await
                .unwrap();
            assert_eq!(r.text.as_deref(), Some("still here"));
            plugin.close().await;
        }
    }
}
