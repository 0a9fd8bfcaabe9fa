//! One running plugin server and its connection: the child's tasks (stderr forwarding, exit), the
//! reader that routes responses to pending calls and the server's own requests to the installed handler
//! ([`Served`]), the writer, and the graceful shutdown. Ids, pending calls and cancellation are the
//! Channel's ([`Calls`], [`CallGuard`]).
use std::collections::VecDeque;
use std::path::PathBuf;
use std::process::ExitStatus;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::ChildStdin;
use tokio::sync::{mpsc, watch};

use crate::channel::{await_reply, cancel_body, write_loop, CallGuard, Calls, Reply, Served};
use crate::errors::Error;
use crate::lock;
use crate::paths::ipc::client::IpcOptions;
use crate::paths::ipc::handshake::{handshake, negotiate};
use crate::paths::ipc::limits::IpcLimits;
use crate::paths::ipc::log::{emit, host_log, log_message, LogCallback, LogRecord, LogSource};
use crate::paths::ipc::process::{own_child, spawn, temp_socket_path, wait_exit, Exit, IpcCommand, Signal};
use crate::paths::ipc::transport::{connect, Transport};
use crate::proto::envelope::Body;
use crate::proto::{Envelope, ReadyMessage, ShutdownRequest};
use crate::wire::body::{self, Role};
use crate::wire::framing::{self, Incoming, MessageReader, WireFraming};

/// How many trailing stderr lines of the child are kept to explain a crash.
const STDERR_TAIL_LINES: usize = 20;

/// What the session's tasks share.
pub(crate) struct Shared {
    pub(crate) plugin: String,
    pub(crate) calls: Calls,
    pub(crate) served: Served,
    stderr_tail: Mutex<VecDeque<String>>,
    closing: AtomicBool,
    pub(crate) on_log: Option<LogCallback>,
    /// Becomes true when the child's stderr reaches EOF (so crash messages include its last lines).
    stderr_done: watch::Sender<bool>,
}

impl Shared {
    fn new(options: &IpcOptions) -> Arc<Self> {
        Arc::new(Shared {
            plugin: options.name.clone(),
            calls: Calls::new(Calls::HOST_IDS, options.limits.max_pending_requests),
            served: Served::default(),
            stderr_tail: Mutex::new(VecDeque::new()),
            closing: AtomicBool::new(false),
            on_log: options.on_log.clone(),
            stderr_done: watch::channel(false).0,
        })
    }

    /// Waits (briefly) until the child's stderr is fully read.
    async fn stderr_settled(&self) {
        let mut rx = self.stderr_done.subscribe();
        let _ = tokio::time::timeout(Duration::from_millis(500), rx.wait_for(|done| *done)).await;
    }

    fn stderr_tail(&self) -> String {
        let tail = lock(&self.stderr_tail);
        if tail.is_empty() {
            String::new()
        } else {
            format!("; last stderr lines:\n  {}", tail.iter().cloned().collect::<Vec<_>>().join("\n  "))
        }
    }
}

/// A negotiated connection and what belongs to it.
struct Streams {
    reader: MessageReader,
    writer: Box<dyn tokio::io::AsyncWrite + Send + Unpin>,
    ready: ReadyMessage,
    stdin: Option<ChildStdin>,
    pid: Option<u32>,
    socket_path: Option<PathBuf>,
}

/// One running child (or a server that was already running) and its connection.
pub(crate) struct Session {
    pub(crate) ready: ReadyMessage,
    pub(crate) framing: WireFraming,
    pub(crate) pid: Option<u32>,
    out_tx: mpsc::UnboundedSender<Option<Vec<u8>>>,
    ctl_tx: mpsc::UnboundedSender<Signal>,
    pub(crate) exit_rx: watch::Receiver<Exit>,
    pub(crate) shared: Arc<Shared>,
    stdin: Mutex<Option<ChildStdin>>,
    socket_path: Option<PathBuf>,
}

impl Drop for Session {
    fn drop(&mut self) {
        if matches!(*self.exit_rx.borrow(), Exit::Running) {
            let _ = self.ctl_tx.send(Signal::Kill);
        }
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Session {
    pub(crate) async fn start(command: &IpcCommand, options: &IpcOptions) -> Result<Session, Error> {
        let plugin = options.name.clone();
        let limits = &options.limits;
        let socket_path = match &options.transport {
            Transport::Unix(path) => Some(path.clone().unwrap_or_else(temp_socket_path)),
            _ => None,
        };
        let argv = command.argv(&options.transport, socket_path.as_ref());
        let mut child = spawn(&argv, options)?;
        let pid = child.id();
        let stdin = child.stdin.take().expect("stdin piped");
        let stdout = child.stdout.take().expect("stdout piped");
        let stderr = child.stderr.take().expect("stderr piped");

        let shared = Shared::new(options);
        tokio::spawn(forward_lines(
            Box::new(stderr),
            shared.clone(),
            LogSource::Stderr,
        ));
        let (ctl_tx, ctl_rx) = mpsc::unbounded_channel();
        let (exit_tx, mut exit_rx) = watch::channel(Exit::Running);
        tokio::spawn(own_child(child, ctl_rx, exit_tx));

        let handshake = handshake(
            stdin,
            Box::new(stdout),
            options,
            socket_path.as_ref(),
            &shared,
        );
        let outcome = tokio::time::timeout(limits.startup_timeout, handshake).await;
        let (reader, writer, ready, stdin) = match outcome {
            Ok(Ok(streams)) => streams,
            Ok(Err(err)) => {
                let status = wait_exit(
                    &mut exit_rx,
                    limits.shutdown_grace.min(Duration::from_secs(1)),
                )
                .await;
                let _ = ctl_tx.send(Signal::Kill);
                if status.is_some() {
                    shared.stderr_settled().await;
                }
                if let Some(path) = &socket_path {
                    let _ = std::fs::remove_file(path);
                }
                return Err(match (err, status) {
                    (Error::PluginCrashed { .. }, status) => Error::PluginCrashed {
                        plugin: plugin.clone(),
                        reason: format!(
                            "exited before ready ({}){}",
                            status.unwrap_or_else(|| "still running".into()),
                            shared.stderr_tail()
                        ),
                    },
                    (other, _) => other,
                });
            }
            Err(_) => {
                let _ = ctl_tx.send(Signal::Kill);
                if let Some(path) = &socket_path {
                    let _ = std::fs::remove_file(path);
                }
                // Give the stderr forwarder a moment to collect what the child said.
                if wait_exit(&mut exit_rx, Duration::from_millis(500))
                    .await
                    .is_some()
                {
                    shared.stderr_settled().await;
                }
                return Err(Error::StartupTimeout {
                    plugin: plugin.clone(),
                    timeout: limits.startup_timeout,
                    stderr: shared.stderr_tail(),
                });
            }
        };

        Ok(Self::run(Streams { reader, writer, ready, stdin, pid, socket_path }, shared, ctl_tx, exit_rx, options))
    }

    /// Connects to a server that is already running at a TCP `address` (no child of ours: close only closes
    /// the connection).
    pub(crate) async fn connect(address: &str, options: &IpcOptions) -> Result<Session, Error> {
        let shared = Shared::new(options);
        shared.stderr_done.send_replace(true);
        let limits = &options.limits;
        let negotiated = async {
            let (r, mut writer) = connect(&Transport::Tcp, address, &options.name).await?;
            let mut reader = MessageReader::new(r, limits.max_message_bytes, limits.max_buffer_bytes);
            let ready = negotiate(&mut reader, &mut writer, options, &shared).await?;
            Ok::<_, Error>((reader, writer, ready))
        };
        let (reader, writer, ready) = tokio::time::timeout(limits.startup_timeout, negotiated).await.map_err(|_| {
            Error::StartupTimeout { plugin: options.name.clone(), timeout: limits.startup_timeout, stderr: String::new() }
        })??;
        let (ctl_tx, _) = mpsc::unbounded_channel();
        let (_, exit_rx) = watch::channel(Exit::Remote);
        let streams = Streams { reader, writer, ready, stdin: None, pid: None, socket_path: None };
        Ok(Self::run(streams, shared, ctl_tx, exit_rx, options))
    }

    /// Starts the writer and the reader of a negotiated connection.
    fn run(
        streams: Streams,
        shared: Arc<Shared>,
        ctl_tx: mpsc::UnboundedSender<Signal>,
        exit_rx: watch::Receiver<Exit>,
        options: &IpcOptions,
    ) -> Session {
        let Streams { mut reader, writer, ready, stdin, pid, socket_path } = streams;
        let limits = &options.limits;
        let framing = options.framing;
        let (out_tx, out_rx) = mpsc::unbounded_channel();
        tokio::spawn(write_loop(writer, out_rx));
        let reader_out = out_tx.clone();
        let reader_shared = shared.clone();
        let reader_exit = exit_rx.clone();
        let grace = limits.shutdown_grace;
        tokio::spawn(async move {
            read_loop(&mut reader, framing, &reader_shared, &reader_out)
                .await
                .map_or_else(|err| reader_shared.calls.fail_all(err), |()| {});
            reader_shared.served.abort_all();
            // The stream ended: name the exit status when the child is gone.
            let mut exit = reader_exit;
            let status = wait_exit(&mut exit, grace.max(Duration::from_millis(500))).await;
            if status.is_some() {
                reader_shared.stderr_settled().await;
            }
            let err = if reader_shared.closing.load(Ordering::SeqCst) {
                Error::PluginClosed {
                    plugin: reader_shared.plugin.clone(),
                }
            } else {
                let reason = match status {
                    Some(s) => format!("process exited ({s}){}", reader_shared.stderr_tail()),
                    None => format!(
                        "connection closed (process still running){}",
                        reader_shared.stderr_tail()
                    ),
                };
                Error::PluginCrashed {
                    plugin: reader_shared.plugin.clone(),
                    reason,
                }
            };
            reader_shared.calls.fail_all(err);
        });
        Session {
            ready,
            framing,
            pid,
            out_tx,
            ctl_tx,
            exit_rx,
            shared,
            stdin: Mutex::new(stdin),
            socket_path,
        }
    }

    /// Why no more calls are possible: the recorded reason, else the write side is gone.
    fn closed_reason(&self) -> Error {
        self.shared.calls.closed().unwrap_or_else(|| Error::PluginCrashed {
            plugin: self.shared.plugin.clone(),
            reason: "connection closed for writing".into(),
        })
    }

    pub(crate) fn send(&self, bytes: Vec<u8>) -> bool {
        self.out_tx.send(Some(bytes)).is_ok()
    }

    /// Sends a request (its id set here) and waits for the reply at most `timeout`; dropping the future or
    /// an expired deadline sends `cancel` (except for `shutdown`).
    pub(crate) async fn call(&self, mut body: Body, timeout: Duration, limits: &IpcLimits) -> Reply {
        let kind = body::kind(&body);
        let id = self.shared.calls.next_id();
        *body::id_mut(&mut body) = id.clone();
        let bytes = framing::encode(&Envelope { body: Some(body) }, self.framing);
        let size = framing::payload_len(&bytes, self.framing);
        if size > limits.max_message_bytes {
            return Err(Error::MessageTooLarge {
                size,
                limit: limits.max_message_bytes,
                context: format!("outgoing {kind} not sent"),
            });
        }
        let rx = self.shared.calls.register(&id)?;
        let cancel = |target: String| {
            let cancel = cancel_body(self.shared.calls.next_id(), target);
            self.send(framing::encode(&Envelope { body: Some(cancel) }, self.framing));
        };
        let guard = CallGuard::new(&self.shared.calls, id.clone(), (kind != "shutdown").then_some(cancel));
        if !self.send(bytes) {
            guard.disarm();
            self.shared.calls.remove(&id);
            return Err(self.closed_reason());
        }
        let timed_out =
            || Error::CallTimeout { plugin: self.shared.plugin.clone(), kind: kind.to_owned(), id: id.clone(), timeout };
        await_reply(guard, rx, timeout, || self.closed_reason(), timed_out).await
    }

    pub(crate) async fn shutdown(&self, grace: Duration, limits: &IpcLimits) -> Option<ExitStatus> {
        self.shared.closing.store(true, Ordering::SeqCst);
        let mut exit_rx = self.exit_rx.clone();
        if matches!(*exit_rx.borrow(), Exit::Running) {
            let body = Body::Shutdown(ShutdownRequest {
                r#type: "shutdown".into(),
                id: String::new(),
            });
            let _ = self.call(body, grace, limits).await;
            let _ = self.out_tx.send(None);
            drop(lock(&self.stdin).take());
            if wait_exit(&mut exit_rx, grace).await.is_none() {
                let _ = self.ctl_tx.send(Signal::Term);
                if wait_exit(&mut exit_rx, grace).await.is_none() {
                    let _ = self.ctl_tx.send(Signal::Kill);
                    let _ = wait_exit(&mut exit_rx, Duration::from_secs(5)).await;
                }
            }
        } else {
            let _ = self.out_tx.send(None); // not our server: only the connection ends
        }
        self.shared.served.abort_all();
        self.shared.calls.fail_all(Error::PluginClosed {
            plugin: self.shared.plugin.clone(),
        });
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
        let status = match &*exit_rx.borrow() {
            Exit::Exited(s) => Some(*s),
            _ => None,
        };
        status
    }
}

/// The plugin child and its process group. The child is started as a group leader (`process_group(0)`), so the
pub(crate) async fn forward_lines(
    stream: Box<dyn AsyncRead + Send + Unpin>,
    shared: Arc<Shared>,
    source: LogSource,
) {
    let mut lines = BufReader::new(stream).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if source == LogSource::Stderr {
            let mut tail = lock(&shared.stderr_tail);
            if tail.len() == STDERR_TAIL_LINES {
                tail.pop_front();
            }
            tail.push_back(line.clone());
        }
        emit(
            &shared.on_log,
            LogRecord {
                plugin: shared.plugin.clone(),
                source,
                level: "info".into(),
                logger: String::new(),
                message: line,
            },
        );
    }
    if source == LogSource::Stderr {
        shared.stderr_done.send_replace(true);
    }
}

/// Routes incoming messages until EOF (`Ok`) or a fatal stream error (`Err`).
async fn read_loop(
    reader: &mut MessageReader,
    framing: WireFraming,
    shared: &Shared,
    out: &mpsc::UnboundedSender<Option<Vec<u8>>>,
) -> Result<(), Error> {
    let plugin = shared.plugin.as_str();
    loop {
        let bytes = match reader.read(framing).await.map_err(Error::Protocol)? {
            Incoming::Eof => return Ok(()),
            Incoming::TooLarge { id, size } => {
                let err = Error::MessageTooLarge {
                    size,
                    limit: reader.max_message,
                    context: format!("incoming message for id {id:?} discarded"),
                };
                host_log(&shared.on_log, plugin, "error", err.to_string());
                if !id.is_empty() {
                    shared.calls.complete(&id, Err(err));
                }
                continue;
            }
            Incoming::Message(bytes) => bytes,
        };
        let body = match framing::decode(&bytes, framing) {
            Ok(Envelope { body: Some(body) }) => body,
            Ok(Envelope { body: None }) => {
                host_log(&shared.on_log, plugin, "error", "frame with an empty Envelope dropped".into());
                continue;
            }
            Err((id, msg)) => {
                let msg = format!("from plugin: {msg}");
                host_log(&shared.on_log, plugin, "error", msg.clone());
                if !id.is_empty() {
                    shared.calls.complete(&id, Err(Error::Protocol(msg)));
                }
                continue;
            }
        };
        route(shared, body, framing, out);
    }
}

/// One decoded message: a log record, the server's own request (to the installed handler), a `cancel` of
/// one, or a response to a pending call.
fn route(shared: &Shared, body: Body, framing: WireFraming, out: &mpsc::UnboundedSender<Option<Vec<u8>>>) {
    let plugin = shared.plugin.as_str();
    match (body::role(&body), body) {
        (_, Body::Log(l)) => log_message(&shared.on_log, plugin, l),
        (_, Body::Ready(_)) => {
            host_log(&shared.on_log, plugin, "warning", "unexpected second ready message".into());
        }
        (_, Body::Cancel(cancel)) => shared.served.on_cancel(&cancel.target_id),
        (Role::Request, request) => {
            let out = out.clone();
            shared.served.on_request(request, move |response| {
                let _ = out.send(Some(framing::encode(&response, framing)));
            });
        }
        (_, body) => {
            let (kind, id) = body::describe(&body);
            let reply = match &body {
                Body::Error(e) => Err(Error::from_wire(e)),
                _ => Ok(body),
            };
            if id.is_empty() {
                let text = match &reply {
                    Err(e) => e.to_string(),
                    Ok(_) => kind.to_owned(),
                };
                host_log(&shared.on_log, plugin, "error", format!("message without id from plugin: {text}"));
            } else if !shared.calls.complete(&id, reply) {
                host_log(
                    &shared.on_log,
                    plugin,
                    "debug",
                    format!("dropping {kind} for id {id:?}: no pending call (timed out or cancelled)"),
                );
            }
        }
    }
}
