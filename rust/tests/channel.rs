//! The Channel over the in-memory transport (a pair of connected byte streams, the same framing and session code
//! as on a socket), driven through a PluginHandle in both directions: a host→plugin request and a plugin→host
//! request at once, a deadline that expires, a caller that cancels, and the peer seeing each `cancel`.
#![cfg(feature = "host")]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::memory;
use elizaos_interop::channel::{handler, memory_pair, Channel, Handler, StreamChannel};
use elizaos_interop::handle::PluginHandle;
use elizaos_interop::proto::envelope::Body;
use elizaos_interop::proto::*;
use elizaos_interop::serve::dispatch::channel_handler;
use elizaos_interop::wire::codec::json_to_struct;
use elizaos_interop::{Error, Plugin};

/// What one side saw: the ids of the requests it received, and those whose handler was dropped unfinished.
#[derive(Clone, Default)]
struct Seen {
    ids: Arc<Mutex<Vec<String>>>,
    dropped: Arc<Mutex<Vec<String>>>,
}

impl Seen {
    fn ids(&self) -> Vec<String> {
        self.ids.lock().unwrap().clone()
    }

    /// Waits until the handler of `id` was dropped (the peer's `cancel` arrived).
    async fn wait_dropped(&self, id: &str) {
        for _ in 0..200 {
            if self.dropped.lock().unwrap().iter().any(|d| d == id) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the handler of {id:?} was never cancelled; dropped: {:?}", self.dropped.lock().unwrap());
    }
}

/// Records the id of a request whose handler future is dropped before it finishes.
struct Unfinished {
    id: String,
    dropped: Arc<Mutex<Vec<String>>>,
    done: bool,
}

impl Drop for Unfinished {
    fn drop(&mut self) {
        if !self.done {
            self.dropped.lock().unwrap().push(self.id.clone());
        }
    }
}

/// A handler answering `answer(body)`, or never for requests named "slow" (until cancelled).
fn recording(seen: &Seen, answer: fn(Body) -> Body) -> Handler {
    let seen = seen.clone();
    handler(move |request: Body| {
        let seen = seen.clone();
        async move {
            let id = elizaos_interop::wire::body::id(&request).to_owned();
            seen.ids.lock().unwrap().push(id.clone());
            let mut guard = Unfinished { id, dropped: seen.dropped.clone(), done: false };
            let slow = match &request {
                Body::ActionInvoke(r) => r.action == "slow",
                Body::DbCall(r) => r.method == "slow",
                _ => false,
            };
            if slow {
                std::future::pending::<()>().await;
            }
            guard.done = true;
            answer(request)
        }
    })
}

fn plugin_answer(request: Body) -> Body {
    match request {
        Body::ManifestGet(r) => Body::ManifestResult(ManifestResult {
            r#type: "manifest.result".into(),
            id: r.id,
            manifest: Some(CrossLanguagePluginManifest { name: "memory-echo".into(), ..Default::default() }),
        }),
        Body::ActionInvoke(r) => Body::ActionResult(ActionResultResponse {
            r#type: "action.result".into(),
            id: r.id,
            result: Some(ActionResult {
                success: true,
                text: r.memory.and_then(|m| m.content).and_then(|c| c.text),
                ..Default::default()
            }),
        }),
        other => panic!("plugin got {other:?}"),
    }
}

fn host_answer(request: Body) -> Body {
    match request {
        Body::DbCall(r) => Body::DbResult(DbCallResult {
            r#type: "db.result".into(),
            id: r.id,
            result: Some(elizaos_interop::Value::from(format!("host ran {}", r.method))),
        }),
        other => panic!("host got {other:?}"),
    }
}

fn db_call(method: &str) -> Body {
    let params = json_to_struct(serde_json::json!({"agent_id": "a1"}).as_object().unwrap().clone());
    Body::DbCall(DbCallRequest { r#type: "db.call".into(), id: String::new(), method: method.into(), params: Some(params) })
}

struct Pair {
    handle: PluginHandle,
    host: StreamChannel,
    plugin: StreamChannel,
    host_seen: Seen,
    plugin_seen: Seen,
}

async fn pair() -> Pair {
    let (host, plugin) = memory_pair();
    let (host_seen, plugin_seen) = (Seen::default(), Seen::default());
    plugin.serve(recording(&plugin_seen, plugin_answer));
    host.serve(recording(&host_seen, host_answer));
    let handle = PluginHandle::connect(Box::new(host.clone())).await.expect("manifest over the memory channel");
    Pair { handle, host, plugin, host_seen, plugin_seen }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_from_both_sides_run_concurrently_with_their_own_ids() {
    let p = pair().await;
    assert_eq!(p.handle.manifest().name, "memory-echo");
    assert_eq!(p.handle.path_kind(), "memory");
    let m = memory("from the host");
    let (action, db) = tokio::join!(
        p.handle.invoke_action("echo", &m, None, None),
        p.plugin.request(db_call("get_agent"), None),
    );
    assert_eq!(action.unwrap().text.as_deref(), Some("from the host"));
    match db.unwrap() {
        Body::DbResult(r) => assert_eq!(r.result, Some(elizaos_interop::Value::from("host ran get_agent".to_owned()))),
        other => panic!("{other:?}"),
    }
    // The host numbers its requests 1, 2, …; the plugin p1, p2, …: the id spaces never collide.
    assert_eq!(p.plugin_seen.ids(), ["1", "2"]);
    assert_eq!(p.host_seen.ids(), ["p1"]);
    assert_eq!((p.host.pending(), p.plugin.pending()), (0, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deadlines_and_cancellations_reach_the_peer_in_both_directions() {
    let p = pair().await;
    // host → plugin, a deadline that passes: CallTimeout here, `cancel` there.
    let r = p.handle.invoke_action_with_timeout("slow", &memory("x"), None, None, Duration::from_millis(100)).await;
    match r {
        Err(Error::CallTimeout { kind, id, .. }) => {
            assert_eq!(kind, "action_invoke");
            p.plugin_seen.wait_dropped(&id).await;
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    // host → plugin, a caller that gives up (drops the call): `cancel` there.
    let m = memory("y");
    tokio::select! {
        r = p.handle.invoke_action("slow", &m, None, None) => panic!("slow answered: {r:?}"),
        () = tokio::time::sleep(Duration::from_millis(50)) => {}
    }
    let cancelled = p.plugin_seen.ids().last().cloned().expect("the second slow call arrived");
    p.plugin_seen.wait_dropped(&cancelled).await;
    // plugin → host, while a host → plugin call runs: a deadline on the plugin's side.
    let m = memory("still fine");
    let (timed_out, echo) = tokio::join!(
        p.plugin.request(db_call("slow"), Some(Duration::from_millis(100))),
        p.handle.invoke_action("echo", &m, None, None),
    );
    match timed_out {
        Err(Error::CallTimeout { kind, id, .. }) => {
            assert_eq!(kind, "db_call");
            assert!(id.starts_with('p'), "{id}");
            p.host_seen.wait_dropped(&id).await;
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(echo.unwrap().text.as_deref(), Some("still fine"));
    assert_eq!((p.host.pending(), p.plugin.pending()), (0, 0));
}

#[tokio::test]
async fn a_request_without_a_handler_is_not_found() {
    let (host, plugin) = memory_pair();
    match plugin.request(db_call("get_agent"), None).await {
        Err(Error::PluginCall { code, message, .. }) => {
            assert_eq!(code, ErrorCode::NotFound);
            assert!(message.contains("db.call"), "{message}");
        }
        other => panic!("expected NOT_FOUND, got {other:?}"),
    }
    host.close().await;
    match plugin.request(db_call("get_agent"), Some(Duration::from_secs(5))).await {
        Err(Error::PluginClosed { .. }) => {}
        other => panic!("expected the closed channel to fail the call, got {other:?}"),
    }
}

struct Greeter;

impl Plugin for Greeter {
    fn manifest(&self) -> CrossLanguagePluginManifest {
        CrossLanguagePluginManifest { name: "greeter".into(), ..Default::default() }
    }

    fn validate_action(&self, name: &str, _memory: &Memory, _state: Option<&State>) -> elizaos_interop::PluginResult<bool> {
        Ok(name == "GREET")
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rust_plugin_served_by_the_dispatcher_over_the_memory_channel() {
    let (host, plugin) = memory_pair();
    plugin.serve(channel_handler(Arc::new(Greeter)));
    let handle = PluginHandle::connect(Box::new(host)).await.unwrap();
    assert_eq!(handle.name(), "greeter");
    assert!(handle.validate_action("GREET", &memory("x"), None).await.unwrap());
    match handle.get_provider("nope", &memory("x"), None).await {
        Err(Error::PluginCall { code, .. }) => assert_eq!(code, ErrorCode::NotFound),
        other => panic!("{other:?}"),
    }
}
