//! The Rust host against a misbehaving server (tests/fixtures/ipc/fake_server.py): malformed lines fail only
//! their call, responses for unknown ids are dropped and logged, `log` messages reach the log callback, a partial
//! line over max_buffer_bytes drops the connection, and the shutdown sequence escalates to SIGTERM and SIGKILL.
#![cfg(feature = "host")]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use elizaos_interop::host::ipc::{
    IpcClient, IpcCommand, IpcError, IpcOptions, LogRecord, LogSource,
};
use elizaos_interop::host::remote::RemotePlugin;
use elizaos_interop::proto::{Content, Memory};

fn fake(mode: &str) -> IpcCommand {
    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ipc/fake_server.py");
    IpcCommand {
        program: "python3".into(),
        args: vec![script.display().to_string(), mode.into()],
        trailing: vec![],
    }
}

fn memory(text: &str) -> Memory {
    Memory {
        content: Some(Content {
            text: Some(text.into()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

type Logs = Arc<Mutex<Vec<LogRecord>>>;

async fn start(mode: &str, tweak: impl FnOnce(&mut IpcOptions)) -> (RemotePlugin, Logs) {
    let logs: Logs = Arc::default();
    let sink = logs.clone();
    let mut options = IpcOptions {
        name: format!("fake-{mode}"),
        on_log: Some(Arc::new(move |r: &LogRecord| {
            sink.lock().unwrap().push(r.clone())
        })),
        ..Default::default()
    };
    tweak(&mut options);
    (
        RemotePlugin::new(IpcClient::spawn(fake(mode), options).await.unwrap()),
        logs,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_responses_fail_only_their_call() {
    let (plugin, logs) = start("malformed", |_| {}).await;
    for text in ["garbage", "notjson"] {
        match plugin.invoke_action("a", &memory(text), None, None).await {
            Err(IpcError::Protocol(message)) => {
                assert!(message.contains("malformed"), "{text}: {message}")
            }
            other => panic!("{text}: expected ProtocolError, got {other:?}"),
        }
    }
    let r = plugin
        .invoke_action("a", &memory("unknown-id"), None, None)
        .await
        .unwrap();
    assert_eq!(r.text.as_deref(), Some("after unknown"));
    let r = plugin
        .invoke_action("a", &memory("log"), None, None)
        .await
        .unwrap();
    assert_eq!(r.text.as_deref(), Some("logged"));
    assert_eq!(
        plugin
            .invoke_action("a", &memory("fine"), None, None)
            .await
            .unwrap()
            .text
            .as_deref(),
        Some("fine")
    );
    let status = plugin.close().await.expect("status");
    assert!(status.success(), "{status}");

    let logs = logs.lock().unwrap();
    let protocol_log = logs
        .iter()
        .find(|r| r.source == LogSource::Protocol)
        .expect("log message forwarded");
    assert_eq!(
        (protocol_log.level.as_str(), protocol_log.logger.as_str()),
        ("warning", "fake.logger")
    );
    assert_eq!(protocol_log.message, "plugin says hi");
    assert!(
        logs.iter()
            .any(|r| r.source == LogSource::Host && r.message.contains("\"nobody-asked\"")),
        "dropped response logged"
    );
    assert!(logs.iter().any(|r| r.source == LogSource::Host
        && r.level == "error"
        && r.message.contains("malformed")));
    assert!(logs
        .iter()
        .any(|r| r.source == LogSource::Stderr && r.message == "fake server in mode malformed"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partial_line_over_max_buffer_bytes_drops_the_connection() {
    let (plugin, _) = start("malformed", |o| o.limits.max_buffer_bytes = 1000).await;
    match plugin
        .invoke_action("a", &memory("partial"), None, None)
        .await
    {
        Err(IpcError::Protocol(message)) => {
            assert!(message.contains("max_buffer_bytes"), "{message}")
        }
        other => panic!("expected ProtocolError, got {other:?}"),
    }
    assert!(matches!(
        plugin.invoke_action("a", &memory("x"), None, None).await,
        Err(IpcError::Protocol(_))
    ));
    plugin.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_escalates_to_sigterm_then_sigkill() {
    use std::os::unix::process::ExitStatusExt;
    let grace = Duration::from_millis(300);
    let (plugin, _) = start("term", |o| o.limits.shutdown_grace = grace).await;
    let started = Instant::now();
    let status = plugin.close().await.expect("status");
    assert_eq!(status.signal(), Some(libc::SIGTERM), "{status}");
    assert!(started.elapsed() >= grace * 2, "{:?}", started.elapsed());

    let (plugin, _) = start("stubborn", |o| o.limits.shutdown_grace = grace).await;
    let started = Instant::now();
    let status = plugin.close().await.expect("status");
    assert_eq!(status.signal(), Some(libc::SIGKILL), "{status}");
    assert!(started.elapsed() >= grace * 3, "{:?}", started.elapsed());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timed_out_call_sends_cancel_with_its_id() {
    let (plugin, logs) = start("malformed", |_| {}).await;
    let r = plugin
        .invoke_action_with_timeout(
            "a",
            &memory("never"),
            None,
            None,
            Duration::from_millis(200),
        )
        .await;
    let id = match r {
        Err(IpcError::CallTimeout { id, kind, .. }) => {
            assert_eq!(kind, "action_invoke");
            id
        }
        other => panic!("expected CallTimeout, got {other:?}"),
    };
    // The server saw `cancel` naming that id (its stderr is forwarded line by line).
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let seen = logs.lock().unwrap().iter().any(|r| {
            r.source == LogSource::Stderr
                && r.message.starts_with("got cancel ")
                && r.message.ends_with(&format!(" {id}"))
        });
        if seen {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no cancel for {id}: {:?}",
            logs.lock().unwrap()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(plugin.client().pending(), 0);
    assert!(plugin.close().await.expect("status").success());
}
