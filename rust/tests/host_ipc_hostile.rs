//! The Rust host against a misbehaving server (tests/fixtures/ipc/fake_server.py): malformed lines fail only
//! their call, responses for unknown ids are dropped and logged, `log` messages reach the log callback, a partial
//! line over max_buffer_bytes drops the connection, and the shutdown sequence escalates to SIGTERM and SIGKILL.
//! The plugin runs in its own process group: what it starts (tests/fixtures/ipc/grandparent.py) is ended with it
//! however it ends (closed, escalated to SIGKILL, died by itself, client dropped).
#![cfg(feature = "host")]

mod common;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use elizaos_interop::paths::ipc::{IpcClient, IpcCommand, IpcOptions, LogRecord, LogSource};
use elizaos_interop::Error;
use elizaos_interop::handle::PluginHandle;
use common::{Logs, memory};

fn fake(mode: &str) -> IpcCommand {
    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ipc/fake_server.py");
    IpcCommand {
        program: "python3".into(),
        args: vec![script.display().to_string(), mode.into()],
        trailing: vec![],
    }
}

async fn start(mode: &str, tweak: impl FnOnce(&mut IpcOptions)) -> (PluginHandle, Logs) {
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
        PluginHandle::from(IpcClient::spawn(fake(mode), options).await.unwrap()),
        logs,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_responses_fail_only_their_call() {
    let (plugin, logs) = start("malformed", |_| {}).await;
    for text in ["garbage", "notjson"] {
        match plugin.invoke_action("a", &memory(text), None, None).await {
            Err(Error::Protocol(message)) => {
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
        Err(Error::Protocol(message)) => {
            assert!(message.contains("max_buffer_bytes"), "{message}")
        }
        other => panic!("expected ProtocolError, got {other:?}"),
    }
    assert!(matches!(
        plugin.invoke_action("a", &memory("x"), None, None).await,
        Err(Error::Protocol(_))
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
        Err(Error::CallTimeout { id, kind, .. }) => {
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
    assert_eq!(plugin.ipc().unwrap().pending(), 0);
    assert!(plugin.close().await.expect("status").success());
}

// ---------------------------------------------------------------------------------------------------------
// Process group: grandchildren do not outlive the plugin.

fn grandparent(mode: &str) -> IpcCommand {
    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ipc/grandparent.py");
    IpcCommand {
        program: "python3".into(),
        args: vec![script.display().to_string(), mode.into()],
        trailing: vec![],
    }
}

/// State and process group of a live process (from /proc/PID/stat), `None` once it is gone. A zombie counts as
/// gone: it has ended and only waits for its (new) parent to reap it.
fn state(pid: i32) -> Option<(char, i32)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let pgrp = fields.nth(1)?.parse().ok()?;
    (state != 'Z').then_some((state, pgrp))
}

/// Grandchildren reported by the fixture; if the test fails, the ones still running (still `sleep 3600`) are
/// killed so that they do not outlive it either.
struct Grandchildren(Vec<i32>);

impl Drop for Grandchildren {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            return;
        }
        for &pid in &self.0 {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            if cmdline == b"sleep\x003600\x00" {
                // SAFETY: kill(2) with a positive pid, checked just above to be one of our grandchildren.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
        }
    }
}

impl Grandchildren {
    /// Whether every grandchild is gone; panics when some are still running at `deadline`.
    fn gone(&self, deadline: Instant, after: &str) -> bool {
        let alive: Vec<i32> = self
            .0
            .iter()
            .copied()
            .filter(|&p| state(p).is_some())
            .collect();
        assert!(
            alive.is_empty() || Instant::now() < deadline,
            "{} of {} grandchildren survived {after}: {alive:?}",
            alive.len(),
            self.0.len()
        );
        alive.is_empty()
    }

    /// Waits up to ~1 s for every grandchild to be gone.
    async fn assert_gone(&self, after: &str) {
        let deadline = Instant::now() + Duration::from_secs(1);
        while !self.gone(deadline, after) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Starts the fixture and has it start 4 grandchildren (running, in the plugin's process group).
async fn with_grandchildren(mode: &str, grace: Duration) -> (PluginHandle, Grandchildren) {
    let options = IpcOptions {
        name: format!("grandparent-{mode}"),
        limits: elizaos_interop::paths::ipc::IpcLimits {
            shutdown_grace: grace,
            ..Default::default()
        },
        ..Default::default()
    };
    let plugin = PluginHandle::from(IpcClient::spawn(grandparent(mode), options).await.unwrap());
    let pgid = i32::try_from(plugin.ipc().unwrap().pid().expect("pid")).unwrap();
    let text = plugin
        .invoke_action("a", &memory("spawn"), None, None)
        .await
        .unwrap()
        .text
        .unwrap_or_default();
    let pids = Grandchildren(text.split(',').map(|p| p.parse().unwrap()).collect());
    assert_eq!(pids.0.len(), 4, "{text}");
    for &pid in &pids.0 {
        let (_, pgrp) = state(pid).unwrap_or_else(|| panic!("grandchild {pid} not running"));
        assert_eq!(
            pgrp, pgid,
            "grandchild {pid} is not in the plugin's process group"
        );
    }
    (plugin, pids)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grandchildren_end_with_a_plugin_that_exits_on_shutdown() {
    let (plugin, pids) = with_grandchildren("exit", Duration::from_secs(2)).await;
    let status = plugin.close().await.expect("status");
    assert!(status.success(), "{status}");
    pids.assert_gone("a clean close()").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grandchildren_end_when_close_escalates_to_sigkill() {
    use std::os::unix::process::ExitStatusExt;
    let (plugin, pids) = with_grandchildren("stubborn", Duration::from_millis(200)).await;
    let status = plugin.close().await.expect("status");
    assert_eq!(status.signal(), Some(libc::SIGKILL), "{status}");
    pids.assert_gone("close() escalating to SIGKILL").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grandchildren_end_when_the_plugin_dies_by_itself() {
    let (plugin, pids) = with_grandchildren("exit", Duration::from_secs(2)).await;
    match plugin.invoke_action("a", &memory("die"), None, None).await {
        Err(Error::PluginCrashed { reason, .. }) => {
            assert!(reason.contains("exit"), "{reason}")
        }
        other => panic!("expected PluginCrashed, got {other:?}"),
    }
    // No close(): the group is ended as soon as the plugin's exit is seen.
    pids.assert_gone("the plugin's own exit").await;
    assert!(plugin.ipc().unwrap().exited());
    plugin.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grandchildren_end_when_the_client_is_dropped() {
    let (plugin, pids) = with_grandchildren("stubborn", Duration::from_secs(2)).await;
    drop(plugin);
    pids.assert_gone("dropping the client").await;
}

/// The runtime goes away with the plugin still running (no close(), the task owning the child is dropped):
/// kill_on_drop still ends the child, and its process group goes with it.
#[test]
fn grandchildren_end_when_the_runtime_is_dropped() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (plugin, pids) = rt.block_on(with_grandchildren("stubborn", Duration::from_secs(2)));
    let pid = i32::try_from(plugin.ipc().unwrap().pid().expect("pid")).unwrap();
    drop(rt);
    let deadline = Instant::now() + Duration::from_secs(1);
    while !pids.gone(deadline, "dropping the runtime") {
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL was sent on drop; on a loaded machine the process may take a moment to become a zombie.
    while state(pid).is_some() && Instant::now() < deadline + Duration::from_secs(1) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        state(pid).is_none(),
        "the plugin {pid} survived dropping the runtime"
    );
    drop(plugin);
}
