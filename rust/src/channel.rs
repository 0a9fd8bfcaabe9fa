//! The Channel: one message-level connection between two peers (docs/ARCHITECTURE.md). Either side may send a
//! request and await its response (with a deadline, cancellation and a bound on calls in flight), send one-way
//! messages, and serve the requests the other side sends. The IPC client ([`crate::paths::ipc`]), the WASM
//! path ([`crate::paths::wasm`]) and the in-memory pair ([`memory_pair`]) implement [`Channel`]; the pieces
//! every session shares live here: [`Calls`] (ids and pending requests), [`Served`] (requests from the peer)
//! and [`StreamChannel`] (a session over any byte stream).
//!
//! Ids: the side that opened the connection numbers its requests "1", "2", …; the side that accepted it
//! "p1", "p2", …. A response completes the pending request of the side that sent it.
use std::any::Any;
use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::process::ExitStatus;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::sync::oneshot;

use crate::errors::Error;
use crate::lock;
use crate::proto::envelope::Body;
use crate::proto::{CancelRequest, Envelope, ErrorCode};
use crate::wire::body;
use crate::wire::codec::error_envelope;

mod stream;

pub use stream::{memory_pair, memory_pair_with, write_loop, StreamChannel, StreamOptions};

/// A boxed, sendable future (what the object-safe [`Channel`] methods return).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Answers one request body from the peer with a response body (an `error` body included); the channel sets
/// the response's `id`.
pub type Handler = Arc<dyn Fn(Body) -> BoxFuture<'static, Body> + Send + Sync>;

/// A handler from an async closure.
pub fn handler<F, Fut>(f: F) -> Handler
where
    F: Fn(Body) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Body> + Send + 'static,
{
    Arc::new(move |body| Box::pin(f(body)))
}

/// A symmetric message-level connection to a peer.
pub trait Channel: Send + Sync + fmt::Debug {
    /// Sends a request (its `id` is set here) and waits for the response body, at most `timeout` (the
    /// channel's default when `None`). An `error` answer is [`Error::PluginCall`]; a deadline that passes is
    /// [`Error::CallTimeout`]; dropping the future before it completes cancels the call. Either way the peer
    /// gets a `cancel` where the path supports it.
    fn request(&self, body: Body, timeout: Option<Duration>) -> BoxFuture<'_, Result<Body, Error>>;

    /// Sends a one-way message (`cancel`, `log`).
    fn notify(&self, body: Body) -> Result<(), Error>;

    /// Installs the handler of the requests the peer sends (replacing any); without one they are answered
    /// `NOT_FOUND`.
    fn serve(&self, handler: Handler);

    /// Closes the connection (IPC: the graceful shutdown of the child, whose exit status is returned).
    fn close(&self) -> BoxFuture<'_, Option<ExitStatus>>;

    /// Which path this is (`"ipc"`, `"wasm"`, `"memory"`).
    fn path_kind(&self) -> &'static str;

    /// The concrete channel, for path-specific operations (pid, restart, limits).
    fn as_any(&self) -> &dyn Any;
}

/// A response, or why there is none.
pub type Reply = Result<Body, Error>;

#[derive(Default)]
struct CallsState {
    calls: HashMap<String, oneshot::Sender<Reply>>,
    closed: Option<Error>,
}

/// The requests one side has in flight: ids ("1", … or "p1", …), the pending map, the in-flight bound, and the
/// error every pending call fails with once the connection is gone.
pub struct Calls {
    prefix: &'static str,
    next: AtomicU64,
    max_pending: usize,
    state: Mutex<CallsState>,
}

impl fmt::Debug for Calls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Calls").field("prefix", &self.prefix).field("pending", &self.len()).finish()
    }
}

impl Calls {
    /// The opening side's ids ("1", "2", …).
    pub const HOST_IDS: &'static str = "";
    /// The accepting side's ids ("p1", "p2", …).
    pub const PLUGIN_IDS: &'static str = "p";

    /// An empty table numbering ids with `prefix`, allowing `max_pending` calls in flight.
    pub fn new(prefix: &'static str, max_pending: usize) -> Self {
        Self { prefix, next: AtomicU64::new(1), max_pending, state: Mutex::new(CallsState::default()) }
    }

    /// The next id.
    pub fn next_id(&self) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        if self.prefix.is_empty() {
            n.to_string()
        } else {
            format!("{}{n}", self.prefix)
        }
    }

    /// Registers a call; `Err` when the connection is gone or `max_pending` calls are in flight.
    pub fn register(&self, id: &str) -> Result<oneshot::Receiver<Reply>, Error> {
        let (tx, rx) = oneshot::channel();
        let mut state = lock(&self.state);
        if let Some(err) = &state.closed {
            return Err(err.clone());
        }
        if state.calls.len() >= self.max_pending {
            return Err(Error::TooManyPending { limit: self.max_pending });
        }
        state.calls.insert(id.to_owned(), tx);
        Ok(rx)
    }

    /// Completes the call `id`; false when none is pending (timed out, cancelled, or never sent).
    pub fn complete(&self, id: &str, reply: Reply) -> bool {
        match lock(&self.state).calls.remove(id) {
            Some(tx) => {
                let _ = tx.send(reply);
                true
            }
            None => false,
        }
    }

    /// Forgets the call `id`; true when it was pending.
    pub fn remove(&self, id: &str) -> bool {
        lock(&self.state).calls.remove(id).is_some()
    }

    /// Fails every pending call with `err`, and every later one (the first reason is kept).
    pub fn fail_all(&self, err: Error) {
        let calls: Vec<_> = {
            let mut state = lock(&self.state);
            if state.closed.is_none() {
                state.closed = Some(err.clone());
            }
            state.calls.drain().collect()
        };
        for (_, tx) in calls {
            let _ = tx.send(Err(err.clone()));
        }
    }

    /// Why no more calls are possible, when the connection is gone.
    pub fn closed(&self) -> Option<Error> {
        lock(&self.state).closed.clone()
    }

    /// Calls in flight.
    pub fn len(&self) -> usize {
        lock(&self.state).calls.len()
    }

    /// Whether no call is in flight.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A `cancel` for the request `target_id`.
pub fn cancel_body(id: String, target_id: String) -> Body {
    Body::Cancel(CancelRequest { r#type: "cancel".into(), id, target_id })
}

/// Ends a call: when dropped while the call is still pending (the caller's future was dropped), forgets it and
/// tells the peer with `cancel`.
pub struct CallGuard<'a, F: Fn(String)> {
    calls: &'a Calls,
    id: String,
    send_cancel: Option<F>,
}

impl<'a, F: Fn(String)> CallGuard<'a, F> {
    /// Guards the call `id`; `send_cancel` sends a `cancel` for it (`None`: the call cannot be cancelled).
    pub fn new(calls: &'a Calls, id: String, send_cancel: Option<F>) -> Self {
        Self { calls, id, send_cancel }
    }

    /// The call ended on its own: nothing to cancel.
    pub fn disarm(mut self) {
        self.send_cancel = None;
    }

    /// The deadline passed: forget the call and cancel it now.
    pub fn expire(self) {
        drop(self);
    }
}

impl<F: Fn(String)> Drop for CallGuard<'_, F> {
    fn drop(&mut self) {
        if self.calls.remove(&self.id) {
            if let Some(send) = &self.send_cancel {
                send(self.id.clone());
            }
        }
    }
}

/// Awaits the reply to the registered call `id` with a deadline. The guard cancels the call if this future is
/// dropped or the deadline passes; `timed_out` builds the error of an expired deadline.
pub async fn await_reply<F: Fn(String)>(
    guard: CallGuard<'_, F>,
    rx: oneshot::Receiver<Reply>,
    timeout: Duration,
    closed: impl FnOnce() -> Error,
    timed_out: impl FnOnce() -> Error,
) -> Reply {
    match tokio::time::timeout(timeout, rx).await {
        Ok(Ok(reply)) => {
            guard.disarm();
            reply
        }
        Ok(Err(_)) => {
            guard.disarm();
            Err(closed())
        }
        Err(_) => {
            guard.expire();
            Err(timed_out())
        }
    }
}

/// The requests a peer sends: the installed handler, and the ones running (aborted by `cancel`).
#[derive(Default)]
pub struct Served {
    handler: RwLock<Option<Handler>>,
    running: Arc<Mutex<HashMap<String, tokio::task::AbortHandle>>>,
}

impl fmt::Debug for Served {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Served").field("running", &lock(&self.running).len()).finish()
    }
}

impl Served {
    /// Installs (or replaces) the handler.
    pub fn install(&self, handler: Handler) {
        *self.handler.write().unwrap_or_else(|p| p.into_inner()) = Some(handler);
    }

    /// Handles a request from the peer on its own task; `reply` sends the response (not sent when cancelled).
    /// Without a handler the answer is `NOT_FOUND`.
    pub fn on_request(&self, request: Body, reply: impl FnOnce(Envelope) + Send + 'static) {
        let id = body::id(&request).to_owned();
        let handler = self.handler.read().unwrap_or_else(|p| p.into_inner()).clone();
        let Some(handler) = handler else {
            let message = format!("no handler for {} requests is installed on this side", body::type_name(&request));
            reply(error_envelope(&id, ErrorCode::NotFound, message));
            return;
        };
        let running = self.running.clone();
        let mut slot = lock(&self.running);
        let task_id = id.clone();
        let task = tokio::spawn(async move {
            let mut response = handler(request).await;
            *body::id_mut(&mut response) = task_id.clone();
            if lock(&running).remove(&task_id).is_some() {
                reply(Envelope { body: Some(response) });
            }
        });
        // The task removes its entry before replying; it cannot get there before this insert (the lock is held).
        slot.insert(id, task.abort_handle());
    }

    /// The peer cancelled `target_id`: its handler is dropped and no response is sent.
    pub fn on_cancel(&self, target_id: &str) {
        if let Some(task) = lock(&self.running).remove(target_id) {
            task.abort();
        }
    }

    /// Ends every running handler (the connection is gone).
    pub fn abort_all(&self) {
        for (_, task) in lock(&self.running).drain() {
            task.abort();
        }
    }
}
