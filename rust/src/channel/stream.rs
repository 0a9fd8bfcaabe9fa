//! A Channel over any byte stream (the session every stream transport shares: framing, ids, pending calls,
//! served requests), and the in-memory transport: [`memory_pair`], two connected in-process byte streams.
use std::any::Any;
use std::fmt;
use std::process::ExitStatus;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::mpsc;

use super::{await_reply, cancel_body, BoxFuture, CallGuard, Calls, Channel, Handler, Reply, Served};
use crate::errors::Error;
use crate::proto::envelope::Body;
use crate::proto::{Envelope, ErrorCode};
use crate::wire::body::{self, Role};
use crate::wire::codec::error_envelope;
use crate::wire::constants::{DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_REQUESTS};
use crate::wire::framing::{self, Incoming, MessageReader, WireFraming};

/// A Channel over any byte stream in JSON-line or length-prefixed framing: one reader task routes responses
/// to [`Calls`] and requests to [`Served`], one writer task batches outgoing bytes.
#[derive(Clone)]
pub struct StreamChannel {
    inner: Arc<StreamInner>,
}

struct StreamInner {
    name: String,
    calls: Calls,
    served: Served,
    framing: WireFraming,
    max_message: usize,
    call_timeout: Duration,
    out_tx: mpsc::UnboundedSender<Option<Vec<u8>>>,
}

impl fmt::Debug for StreamChannel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamChannel").field("name", &self.inner.name).field("calls", &self.inner.calls).finish()
    }
}

/// Options of a [`StreamChannel`].
#[derive(Debug, Clone)]
pub struct StreamOptions {
    /// Name used in errors.
    pub name: String,
    /// `Calls::HOST_IDS` for the opening side, `Calls::PLUGIN_IDS` for the accepting side.
    pub id_prefix: &'static str,
    /// Framing.
    pub framing: WireFraming,
    /// Calls in flight at once.
    pub max_pending_requests: usize,
    /// Largest message in either direction.
    pub max_message_bytes: usize,
    /// Largest partial incoming message kept.
    pub max_buffer_bytes: usize,
    /// Default deadline of a request.
    pub call_timeout: Duration,
}

impl Default for StreamOptions {
    fn default() -> Self {
        Self {
            name: "peer".into(),
            id_prefix: Calls::HOST_IDS,
            framing: WireFraming::Json,
            max_pending_requests: DEFAULT_MAX_PENDING_REQUESTS,
            max_message_bytes: DEFAULT_MAX_MESSAGE_BYTES,
            max_buffer_bytes: DEFAULT_MAX_BUFFER_BYTES,
            call_timeout: Duration::from_secs(30),
        }
    }
}

impl StreamChannel {
    /// Starts the session's reader and writer tasks on the current tokio runtime.
    pub fn start(
        reader: Box<dyn tokio::io::AsyncRead + Send + Unpin>,
        writer: Box<dyn AsyncWrite + Send + Unpin>,
        options: StreamOptions,
    ) -> Self {
        let (out_tx, out_rx) = mpsc::unbounded_channel();
        tokio::spawn(write_loop(writer, out_rx));
        let inner = Arc::new(StreamInner {
            calls: Calls::new(options.id_prefix, options.max_pending_requests),
            served: Served::default(),
            framing: options.framing,
            max_message: options.max_message_bytes,
            call_timeout: options.call_timeout,
            name: options.name,
            out_tx,
        });
        let reader = MessageReader::new(reader, options.max_message_bytes, options.max_buffer_bytes);
        tokio::spawn(read_loop(reader, inner.clone()));
        Self { inner }
    }

    /// Requests in flight.
    pub fn pending(&self) -> usize {
        self.inner.calls.len()
    }
}

impl StreamInner {
    fn send(&self, envelope: &Envelope) -> bool {
        self.out_tx.send(Some(framing::encode(envelope, self.framing))).is_ok()
    }

    fn closed(&self) -> Error {
        self.calls.closed().unwrap_or_else(|| Error::PluginClosed { plugin: self.name.clone() })
    }

    async fn request(&self, mut body: Body, timeout: Option<Duration>) -> Reply {
        let kind = body::kind(&body);
        let id = self.calls.next_id();
        *body::id_mut(&mut body) = id.clone();
        let bytes = framing::encode(&Envelope { body: Some(body) }, self.framing);
        let size = framing::payload_len(&bytes, self.framing);
        if size > self.max_message {
            let context = format!("outgoing {kind} not sent");
            return Err(Error::MessageTooLarge { size, limit: self.max_message, context });
        }
        let rx = self.calls.register(&id)?;
        let cancel = |target: String| {
            let _ = self.send(&Envelope { body: Some(cancel_body(self.calls.next_id(), target)) });
        };
        let guard = CallGuard::new(&self.calls, id.clone(), Some(cancel));
        if self.out_tx.send(Some(bytes)).is_err() {
            guard.disarm();
            self.calls.remove(&id);
            return Err(self.closed());
        }
        let timeout = timeout.unwrap_or(self.call_timeout);
        let timed_out = || Error::CallTimeout { plugin: self.name.clone(), kind: kind.to_owned(), id: id.clone(), timeout };
        await_reply(guard, rx, timeout, || self.closed(), timed_out).await
    }
}

impl Channel for StreamChannel {
    fn request(&self, body: Body, timeout: Option<Duration>) -> BoxFuture<'_, Reply> {
        Box::pin(self.inner.request(body, timeout))
    }

    fn notify(&self, body: Body) -> Result<(), Error> {
        if self.inner.send(&Envelope { body: Some(body) }) {
            Ok(())
        } else {
            Err(self.inner.closed())
        }
    }

    fn serve(&self, handler: Handler) {
        self.inner.served.install(handler);
    }

    fn close(&self) -> BoxFuture<'_, Option<ExitStatus>> {
        Box::pin(async move {
            let _ = self.inner.out_tx.send(None);
            self.inner.calls.fail_all(Error::PluginClosed { plugin: self.inner.name.clone() });
            self.inner.served.abort_all();
            None
        })
    }

    fn path_kind(&self) -> &'static str {
        "memory"
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

async fn read_loop(mut reader: MessageReader, inner: Arc<StreamInner>) {
    let failure = loop {
        let bytes = match reader.read(inner.framing).await {
            Err(message) => break Error::Protocol(message),
            Ok(Incoming::Eof) => break Error::PluginClosed { plugin: inner.name.clone() },
            Ok(Incoming::TooLarge { id, size }) => {
                let context = format!("incoming message for id {id:?} discarded");
                let err = Error::MessageTooLarge { size, limit: reader.max_message, context };
                log::warn!("[{}] {err}", inner.name);
                inner.calls.complete(&id, Err(err));
                continue;
            }
            Ok(Incoming::Message(bytes)) => bytes,
        };
        match framing::decode(&bytes, inner.framing) {
            Ok(Envelope { body: Some(body) }) => route(&inner, body),
            Ok(Envelope { body: None }) => log::warn!("[{}] empty Envelope dropped", inner.name),
            Err((id, message)) => {
                log::warn!("[{}] {message}", inner.name);
                if !inner.calls.complete(&id, Err(Error::Protocol(message))) {
                    let _ = inner.send(&error_envelope(&id, ErrorCode::Malformed, "malformed message"));
                }
            }
        }
    };
    inner.calls.fail_all(failure);
    inner.served.abort_all();
}

fn route(inner: &Arc<StreamInner>, body: Body) {
    match (body::role(&body), body) {
        (Role::Request, request) => {
            let out = inner.clone();
            inner.served.on_request(request, move |response| {
                out.send(&response);
            });
        }
        (_, Body::Cancel(cancel)) => inner.served.on_cancel(&cancel.target_id),
        (Role::OneWay, other) => log::debug!("[{}] one-way {} ignored", inner.name, body::kind(&other)),
        (Role::Response, response) => {
            let id = body::id(&response).to_owned();
            let reply = match response {
                Body::Error(e) => Err(Error::from_wire(&e)),
                other => Ok(other),
            };
            if !inner.calls.complete(&id, reply) {
                log::debug!("[{}] response for id {id:?} dropped: no pending call", inner.name);
            }
        }
    }
}

/// Writes what the session queues, batching what is ready into one flush; `None` closes the stream.
pub async fn write_loop(writer: Box<dyn AsyncWrite + Send + Unpin>, mut rx: mpsc::UnboundedReceiver<Option<Vec<u8>>>) {
    let mut w = BufWriter::with_capacity(64 * 1024, writer);
    while let Some(item) = rx.recv().await {
        let mut next = Some(item);
        while let Some(item) = next.take() {
            match item {
                Some(bytes) => {
                    if w.write_all(&bytes).await.is_err() {
                        return;
                    }
                }
                None => {
                    let _ = w.flush().await;
                    let _ = w.shutdown().await;
                    return;
                }
            }
            next = rx.try_recv().ok();
        }
        if w.flush().await.is_err() {
            return;
        }
    }
}

/// Two connected in-memory channels (a pair of in-process byte streams, JSON-line framing): the first is the
/// opening side (the host: ids "1", "2", …), the second the accepting side (the plugin: ids "p1", "p2", …).
/// Must be called inside a tokio runtime.
pub fn memory_pair() -> (StreamChannel, StreamChannel) {
    memory_pair_with(StreamOptions::default())
}

/// [`memory_pair`] with options (`name`, limits, framing; the id prefixes are set per side).
pub fn memory_pair_with(options: StreamOptions) -> (StreamChannel, StreamChannel) {
    let (host_io, plugin_io) = tokio::io::duplex(64 * 1024);
    let (host_r, host_w) = tokio::io::split(host_io);
    let (plugin_r, plugin_w) = tokio::io::split(plugin_io);
    let host = StreamChannel::start(
        Box::new(host_r),
        Box::new(host_w),
        StreamOptions { id_prefix: Calls::HOST_IDS, ..options.clone() },
    );
    let plugin =
        StreamChannel::start(Box::new(plugin_r), Box::new(plugin_w), StreamOptions { id_prefix: Calls::PLUGIN_IDS, ..options });
    (host, plugin)
}
