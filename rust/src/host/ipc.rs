//! Async IPC client (docs/PROTOCOL.md §2): spawns a plugin server (a bridge or a plugin's own IPC binary),
//! talks to it over stdio, a Unix socket or TCP, in JSON lines or length-prefixed `Envelope` frames, with
//! many calls in flight matched by `id`.
//!
//! One reader task routes responses to the waiting callers (a map of `id` → oneshot sender), one writer task
//! serializes outgoing bytes, one task forwards the child's stderr to logging and one owns the child process
//! (exit status, signals). Every pending call ends with a response or a typed [`IpcError`]: per-call
//! timeouts send `cancel`, a crash or a closed connection fails every pending call with
//! [`IpcError::PluginCrashed`] naming the exit status, and [`IpcClient::close`] shuts the child down
//! gracefully (shutdown message, close stdin, grace, SIGTERM, grace, SIGKILL). The child runs in its own process
//! group: the signals reach whatever it started, and once it has exited (closed, killed, or by itself) SIGKILL
//! ends what is left of the group.
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::path::PathBuf;
use std::process::{ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use prost::Message;
use tokio::io::{
    AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, BufWriter,
};
use tokio::process::{Child, ChildStdin, Command};
use tokio::sync::{mpsc, oneshot, watch};

use crate::dispatch;
use crate::proto::envelope::Body;
use crate::proto::{
    CancelRequest, CrossLanguagePluginManifest, Envelope, Framing, HelloMessage, ReadyMessage,
    ShutdownRequest,
};

/// Protocol version this host speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// Default `env_denylist` (glob, case-insensitive).
pub const DEFAULT_ENV_DENYLIST: &[&str] = &[
    "*_KEY",
    "*_TOKEN",
    "*_SECRET",
    "*_PASSWORD",
    "*_CREDENTIALS",
];

/// How many trailing stderr lines of the child are kept to explain a crash.
const STDERR_TAIL_LINES: usize = 20;

/// Errors of the IPC path (mirroring the Python `elizaos_interop.errors` classes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IpcError {
    /// The peer sent something the protocol does not allow (`ProtocolError`).
    #[error("protocol error: {0}")]
    Protocol(String),
    /// The server speaks another protocol version (`VersionMismatchError`).
    #[error("protocol version mismatch: host speaks {expected}, plugin {plugin} speaks {actual}")]
    VersionMismatch {
        /// Plugin (or command) name.
        plugin: String,
        /// Version this host speaks.
        expected: u32,
        /// Version the server announced in `ready`.
        actual: u32,
    },
    /// A message over `max_message_bytes` (`MessageTooLargeError`).
    #[error("message too large: {size} bytes exceeds max_message_bytes ({limit}) ({context})")]
    MessageTooLarge {
        /// Size of the message in bytes.
        size: usize,
        /// The limit.
        limit: usize,
        /// Which message: outgoing request kind or incoming response.
        context: String,
    },
    /// `max_pending_requests` calls are in flight; the call was not sent (`TooManyPendingError`).
    #[error("too many pending requests: {limit} in flight (max_pending_requests); call not sent")]
    TooManyPending {
        /// The limit.
        limit: usize,
    },
    /// A call did not complete in time; `cancel` was sent (`CallTimeoutError`).
    #[error("call {kind} (id {id}) to plugin {plugin} timed out after {timeout:?}; cancel sent")]
    CallTimeout {
        /// Plugin name.
        plugin: String,
        /// Request kind (`action_invoke`, ...).
        kind: String,
        /// Request id.
        id: String,
        /// The timeout that expired.
        timeout: Duration,
    },
    /// The server did not get ready within `startup_timeout` (`StartupTimeoutError`); the child was killed.
    #[error("plugin {plugin} did not send ready within {timeout:?} (startup_timeout); child killed{stderr}")]
    StartupTimeout {
        /// Plugin name.
        plugin: String,
        /// The timeout.
        timeout: Duration,
        /// The last lines the child wrote to stderr (formatted, may be empty).
        stderr: String,
    },
    /// The child exited or the connection closed with calls pending (`PluginCrashedError`).
    #[error("plugin {plugin} crashed: {reason}")]
    PluginCrashed {
        /// Plugin name.
        plugin: String,
        /// Exit status or signal, and the last stderr lines.
        reason: String,
    },
    /// The handle was closed (`PluginClosedError`).
    #[error("plugin {plugin} is closed")]
    PluginClosed {
        /// Plugin name.
        plugin: String,
    },
    /// The plugin answered with an `error` message (`PluginCallError`).
    #[error("{code}: {message}")]
    PluginCall {
        /// `details.code` (`NOT_FOUND`, `HANDLER_ERROR`, ...).
        code: String,
        /// The human-readable message.
        message: String,
        /// `details.exception` when the plugin's code raised.
        exception: Option<String>,
    },
    /// The child could not be started or the connection not opened (`PluginLoadError`).
    #[error("cannot start plugin {plugin}: {message}")]
    Spawn {
        /// Plugin name.
        plugin: String,
        /// What failed, naming the command or address.
        message: String,
    },
}

/// Host limits (docs/PROTOCOL.md §2, same names and defaults in every language).
#[derive(Debug, Clone, PartialEq)]
pub struct IpcLimits {
    /// Calls in flight at once (default 10 000).
    pub max_pending_requests: usize,
    /// Largest message in either direction (default 16 MiB).
    pub max_message_bytes: usize,
    /// Largest partial incoming line/frame kept (default 64 MiB); beyond it the connection is dropped.
    pub max_buffer_bytes: usize,
    /// Time to get `ready` (and the `hello` answer) (default 10 s).
    pub startup_timeout: Duration,
    /// Default per-call timeout (default 30 s).
    pub call_timeout: Duration,
    /// Grace periods of the shutdown sequence (default 2 s).
    pub shutdown_grace: Duration,
    /// Pass the parent environment (minus the denylist) to the child (default true).
    pub inherit_env: bool,
    /// Globs (case-insensitive) of variables not passed to the child.
    pub env_denylist: Vec<String>,
}

impl Default for IpcLimits {
    fn default() -> Self {
        Self {
            max_pending_requests: 10_000,
            max_message_bytes: 16 * 1024 * 1024,
            max_buffer_bytes: 64 * 1024 * 1024,
            startup_timeout: Duration::from_secs(10),
            call_timeout: Duration::from_secs(30),
            shutdown_grace: Duration::from_secs(2),
            inherit_env: true,
            env_denylist: DEFAULT_ENV_DENYLIST
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
        }
    }
}

impl IpcLimits {
    /// Whether the variable `name` matches a denylist glob (case-insensitive).
    pub fn denied(&self, name: &str) -> bool {
        let upper = name.to_uppercase();
        self.env_denylist
            .iter()
            .any(|p| wildmatch::WildMatch::new(&p.to_uppercase()).matches(&upper))
    }

    /// The child's environment: the parent's minus the denylist (when `inherit_env`), plus `extra` (always).
    pub fn child_env(&self, extra: &HashMap<String, String>) -> HashMap<String, String> {
        let mut env: HashMap<String, String> = if self.inherit_env {
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .filter(|(k, _)| !self.denied(k))
                .collect()
        } else {
            HashMap::new()
        };
        env.extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        env
    }
}

/// Transport between host and server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Transport {
    /// The child's stdin/stdout (default).
    #[default]
    Stdio,
    /// A Unix socket; `None` picks a fresh path in the temp directory (removed on close).
    Unix(Option<PathBuf>),
    /// TCP on `127.0.0.1:0` (the server reports the port in its `listening` line).
    Tcp,
}

/// Framing after the handshake.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WireFraming {
    /// Newline-delimited proto3 JSON (default).
    #[default]
    Json,
    /// 4-byte big-endian length + `Envelope` bytes, negotiated with `hello`.
    Protobuf,
}

/// Where a log record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogSource {
    /// A line the child wrote to stderr.
    Stderr,
    /// A line the child wrote to stdout after `listening` (socket transports).
    Stdout,
    /// A `log` protocol message.
    Protocol,
    /// The host itself (protocol problems, dropped responses).
    Host,
}

/// One log record of a plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRecord {
    /// Plugin name.
    pub plugin: String,
    /// Where it came from.
    pub source: LogSource,
    /// `debug`, `info`, `warning` or `error`.
    pub level: String,
    /// The plugin's logger name (protocol `log` messages), else empty.
    pub logger: String,
    /// The text.
    pub message: String,
}

/// Receives a plugin's log records (stderr lines, `log` messages, host diagnostics).
pub type LogCallback = Arc<dyn Fn(&LogRecord) + Send + Sync>;

/// Options of one IPC plugin.
#[derive(Clone, Default)]
pub struct IpcOptions {
    /// Name used in errors and logs (the loaders use the manifest name).
    pub name: String,
    /// Transport.
    pub transport: Transport,
    /// Framing to negotiate.
    pub framing: WireFraming,
    /// Limits.
    pub limits: IpcLimits,
    /// Variables always passed to the child.
    pub env: HashMap<String, String>,
    /// Working directory of the child.
    pub cwd: Option<PathBuf>,
    /// Log sink; `None` uses the `log` crate (target `elizaos_interop::plugin`, message prefixed `[name]`).
    pub on_log: Option<LogCallback>,
}

impl fmt::Debug for IpcOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IpcOptions")
            .field("name", &self.name)
            .field("transport", &self.transport)
            .field("framing", &self.framing)
            .field("limits", &self.limits)
            .field("env", &self.env.keys().collect::<Vec<_>>())
            .field("cwd", &self.cwd)
            .field("on_log", &self.on_log.is_some())
            .finish()
    }
}

/// The command line of a server: `program args… [transport flags] trailing…` (transport flags are added by
/// the client: nothing for stdio, `--unix PATH` or `--tcp 127.0.0.1:0`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpcCommand {
    /// Executable.
    pub program: String,
    /// Arguments before the transport flags.
    pub args: Vec<String>,
    /// Arguments after the transport flags (the bridges' ENTRY).
    pub trailing: Vec<String>,
}

impl IpcCommand {
    /// A command from an argv (transport flags appended at the end).
    pub fn from_argv(argv: Vec<String>) -> Option<Self> {
        let mut it = argv.into_iter();
        let program = it.next()?;
        Some(Self {
            program,
            args: it.collect(),
            trailing: Vec::new(),
        })
    }

    /// The full argv for a transport (with `socket` the Unix socket path when needed).
    fn argv(&self, transport: &Transport, socket: Option<&PathBuf>) -> Vec<String> {
        let mut argv = vec![self.program.clone()];
        argv.extend(self.args.iter().cloned());
        match (transport, socket) {
            (Transport::Unix(_), Some(path)) => {
                argv.push("--unix".into());
                argv.push(path.display().to_string());
            }
            (Transport::Tcp, _) => {
                argv.push("--tcp".into());
                argv.push("127.0.0.1:0".into());
            }
            _ => {}
        }
        argv.extend(self.trailing.iter().cloned());
        argv
    }
}

impl fmt::Display for IpcCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<&str> = std::iter::once(self.program.as_str())
            .chain(self.args.iter().map(String::as_str))
            .collect();
        let mut line = shlex::try_join(parts.iter().copied()).unwrap_or_else(|_| parts.join(" "));
        for t in &self.trailing {
            line.push(' ');
            line.push_str(
                &shlex::try_quote(t)
                    .map(|c| c.into_owned())
                    .unwrap_or_else(|_| t.clone()),
            );
        }
        f.write_str(&line)
    }
}

fn emit(on_log: &Option<LogCallback>, record: LogRecord) {
    match on_log {
        Some(cb) => cb(&record),
        None => {
            let level = match record.level.as_str() {
                "debug" => log::Level::Debug,
                "warning" | "warn" => log::Level::Warn,
                "error" | "critical" => log::Level::Error,
                _ => log::Level::Info,
            };
            log::log!(target: "elizaos_interop::plugin", level, "[{}] {}", record.plugin, record.message);
        }
    }
}

fn host_log(on_log: &Option<LogCallback>, plugin: &str, level: &str, message: String) {
    emit(
        on_log,
        LogRecord {
            plugin: plugin.to_owned(),
            source: LogSource::Host,
            level: level.into(),
            logger: String::new(),
            message,
        },
    );
}

// ---------------------------------------------------------------------------------------------------------
// Reading lines and frames with limits.

enum Incoming {
    Message(Vec<u8>),
    TooLarge { id: String, size: usize },
    Eof,
}

struct MessageReader {
    inner: BufReader<Box<dyn AsyncRead + Send + Unpin>>,
    max_message: usize,
    max_buffer: usize,
}

impl MessageReader {
    fn new(inner: Box<dyn AsyncRead + Send + Unpin>, limits: &IpcLimits) -> Self {
        Self {
            inner: BufReader::with_capacity(64 * 1024, inner),
            max_message: limits.max_message_bytes,
            max_buffer: limits.max_buffer_bytes,
        }
    }

    /// One `\n`-terminated line (without the newline); lines over `max_message` are discarded unbuffered.
    async fn read_line(&mut self) -> Result<Incoming, IpcError> {
        let mut buf = Vec::new();
        let mut size = 0usize;
        let mut oversized = false;
        loop {
            // A read error (ECONNRESET when the peer dies, ...) is the connection closing, like EOF.
            let Ok(chunk) = self.inner.fill_buf().await else {
                return Ok(Incoming::Eof);
            };
            if chunk.is_empty() {
                return Ok(Incoming::Eof);
            }
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            size += take;
            if oversized {
                // Discarding: keep nothing more.
            } else if size > self.max_message {
                oversized = true;
                let room = 1024usize.saturating_sub(buf.len());
                buf.extend_from_slice(&chunk[..take.min(room)]);
                buf.truncate(1024);
            } else if size > self.max_buffer {
                return Err(IpcError::Protocol(format!(
                    "partial incoming line exceeds max_buffer_bytes ({}); connection dropped",
                    self.max_buffer
                )));
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
            self.inner.consume(take + usize::from(done));
            if done {
                if oversized {
                    return Ok(Incoming::TooLarge {
                        id: dispatch::recover_id(&buf),
                        size,
                    });
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    buf.clear();
                    size = 0;
                    continue;
                }
                return Ok(Incoming::Message(buf));
            }
        }
    }

    /// One length-prefixed frame; frames over `max_message` are read and dropped.
    async fn read_frame(&mut self) -> Result<Incoming, IpcError> {
        let mut len = [0u8; 4];
        // Read errors (ECONNRESET when the peer dies, ...) and EOF both mean the connection closed.
        if self.inner.read_exact(&mut len).await.is_err() {
            return Ok(Incoming::Eof);
        }
        let n = u32::from_be_bytes(len) as usize;
        if n > self.max_message {
            let mut head = vec![0u8; n.min(1024)];
            if self.inner.read_exact(&mut head).await.is_err() {
                return Ok(Incoming::Eof);
            }
            let rest = (n - head.len()) as u64;
            let skipped =
                tokio::io::copy(&mut (&mut self.inner).take(rest), &mut tokio::io::sink())
                    .await
                    .unwrap_or(0);
            if skipped < rest {
                return Ok(Incoming::Eof);
            }
            return Ok(Incoming::TooLarge {
                id: recover_frame_id(&head),
                size: n,
            });
        }
        if n > self.max_buffer {
            return Err(IpcError::Protocol(format!(
                "incoming frame of {n} bytes exceeds max_buffer_bytes ({}); connection dropped",
                self.max_buffer
            )));
        }
        let mut buf = vec![0u8; n];
        match self.inner.read_exact(&mut buf).await {
            Ok(_) => Ok(Incoming::Message(buf)),
            Err(_) => Ok(Incoming::Eof),
        }
    }
}

/// The `id` of the body message in the first bytes of an `Envelope` frame ("" when it cannot be found).
fn recover_frame_id(head: &[u8]) -> String {
    crate::dispatch::recover_id_protobuf(head)
}

// ---------------------------------------------------------------------------------------------------------
// Message helpers.

/// The inner `id` of a body, mutable.
fn body_id_mut(body: &mut Body) -> &mut String {
    macro_rules! id {
        ($($variant:ident),* $(,)?) => { match body { $(Body::$variant(m) => &mut m.id,)* } };
    }
    id!(
        ActionInvoke,
        ActionResult,
        ActionValidate,
        Validation,
        ProviderGet,
        ProviderResult,
        EvaluatorInvoke,
        EvaluatorResult,
        PluginInit,
        PluginInitResult,
        ServiceStart,
        ServiceStop,
        ServiceResult,
        RouteHandle,
        RouteResult,
        Error,
        Ready,
        Hello,
        HelloResult,
        Cancel,
        Log,
        Shutdown,
        ShutdownResult,
        DbCall,
        DbResult,
        ManifestGet,
        ManifestResult,
        ModelInvoke,
        ModelResult,
    )
}

fn encode(body: Body, framing: WireFraming) -> Vec<u8> {
    let envelope = Envelope { body: Some(body) };
    match framing {
        WireFraming::Json => {
            let mut line = dispatch::envelope_to_json(&envelope).into_bytes();
            line.push(b'\n');
            line
        }
        WireFraming::Protobuf => {
            let len = envelope.encoded_len();
            let mut out = Vec::with_capacity(4 + len);
            out.extend_from_slice(&(len as u32).to_be_bytes());
            envelope.encode(&mut out).expect("Vec has room");
            out
        }
    }
}

/// An `error` body as [`IpcError::PluginCall`].
pub fn call_error(e: &crate::proto::ErrorResponse) -> IpcError {
    let detail = |k: &str| {
        e.details
            .as_ref()
            .and_then(|d| d.fields.get(k))
            .and_then(|v| match &v.kind {
                Some(pbjson_types::value::Kind::StringValue(s)) => Some(s.clone()),
                _ => None,
            })
    };
    IpcError::PluginCall {
        code: detail("code").unwrap_or_else(|| dispatch::codes::HANDLER_ERROR.to_owned()),
        message: e.error.clone(),
        exception: detail("exception"),
    }
}

fn truncate(s: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(&s[..s.len().min(n)]).into_owned();
    if s.len() > n {
        format!("{text}…")
    } else {
        text
    }
}

// ---------------------------------------------------------------------------------------------------------
// Session: one running child and its connection.

enum Outgoing {
    Bytes(Vec<u8>),
    Close,
}

#[derive(Debug, Clone, Copy)]
enum Signal {
    Term,
    Kill,
}

#[derive(Debug, Clone)]
enum Exit {
    Running,
    Exited(ExitStatus),
    Unknown(String),
}

impl Exit {
    fn describe(&self) -> Option<String> {
        match self {
            Exit::Running => None,
            Exit::Exited(status) => Some(status.to_string()),
            Exit::Unknown(e) => Some(format!("exit status unknown ({e})")),
        }
    }
}

type Reply = Result<Body, IpcError>;

#[derive(Default)]
struct Pending {
    calls: HashMap<String, oneshot::Sender<Reply>>,
    closed: Option<IpcError>,
}

struct Shared {
    plugin: String,
    pending: Mutex<Pending>,
    stderr_tail: Mutex<VecDeque<String>>,
    closing: AtomicBool,
    on_log: Option<LogCallback>,
    /// Becomes true when the child's stderr reaches EOF (so crash messages include its last lines).
    stderr_done: watch::Sender<bool>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    fn fail_all(&self, err: IpcError) {
        let calls: Vec<_> = {
            let mut p = lock(&self.pending);
            if p.closed.is_none() {
                p.closed = Some(err.clone());
            }
            p.calls.drain().collect()
        };
        for (_, tx) in calls {
            let _ = tx.send(Err(err.clone()));
        }
    }

    fn complete(&self, id: &str, reply: Reply) -> bool {
        let tx = lock(&self.pending).calls.remove(id);
        match tx {
            Some(tx) => {
                let _ = tx.send(reply);
                true
            }
            None => false,
        }
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
            format!(
                "; last stderr lines:\n  {}",
                tail.iter().cloned().collect::<Vec<_>>().join("\n  ")
            )
        }
    }
}

struct Session {
    ready: ReadyMessage,
    framing: WireFraming,
    pid: Option<u32>,
    out_tx: mpsc::UnboundedSender<Outgoing>,
    ctl_tx: mpsc::UnboundedSender<Signal>,
    exit_rx: watch::Receiver<Exit>,
    shared: Arc<Shared>,
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

/// Waits for the child to exit (up to `limit`) and describes how it ended.
async fn wait_exit(exit_rx: &mut watch::Receiver<Exit>, limit: Duration) -> Option<String> {
    let _ = tokio::time::timeout(limit, exit_rx.wait_for(|e| !matches!(e, Exit::Running))).await;
    let described = exit_rx.borrow().describe();
    described
}

static SOCKET_COUNTER: AtomicU64 = AtomicU64::new(0);

fn temp_socket_path() -> PathBuf {
    let n = SOCKET_COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("elizaos-interop-{}-{n}.sock", std::process::id()))
}

type Streams = (
    MessageReader,
    Box<dyn AsyncWrite + Send + Unpin>,
    ReadyMessage,
    Option<ChildStdin>,
);

impl Session {
    async fn start(command: &IpcCommand, options: &IpcOptions) -> Result<Session, IpcError> {
        let plugin = options.name.clone();
        let limits = &options.limits;
        let socket_path = match &options.transport {
            Transport::Unix(path) => Some(path.clone().unwrap_or_else(temp_socket_path)),
            _ => None,
        };
        let argv = command.argv(&options.transport, socket_path.as_ref());
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..])
            .env_clear()
            .envs(limits.child_env(&options.env))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Its own process group (pgid = its pid): signals reach whatever the plugin starts, and what it
            // leaves behind is ended with it (see `PluginProcess`).
            .process_group(0)
            .kill_on_drop(true);
        if let Some(cwd) = &options.cwd {
            cmd.current_dir(cwd);
        }
        let mut child = cmd.spawn().map_err(|e| IpcError::Spawn {
            plugin: plugin.clone(),
            message: format!(
                "{}: {e} (command: {})",
                argv[0],
                shlex::try_join(argv.iter().map(String::as_str)).unwrap_or_default()
            ),
        })?;
        let pid = child.id();
        let stdin = child.stdin.take().expect("stdin piped");
        let stdout = child.stdout.take().expect("stdout piped");
        let stderr = child.stderr.take().expect("stderr piped");

        let shared = Arc::new(Shared {
            plugin: plugin.clone(),
            pending: Mutex::new(Pending::default()),
            stderr_tail: Mutex::new(VecDeque::new()),
            closing: AtomicBool::new(false),
            on_log: options.on_log.clone(),
            stderr_done: watch::channel(false).0,
        });
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
        let (mut reader, writer, ready, stdin) = match outcome {
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
                    (IpcError::PluginCrashed { .. }, status) => IpcError::PluginCrashed {
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
                return Err(IpcError::StartupTimeout {
                    plugin: plugin.clone(),
                    timeout: limits.startup_timeout,
                    stderr: shared.stderr_tail(),
                });
            }
        };

        let framing = options.framing;
        let (out_tx, out_rx) = mpsc::unbounded_channel();
        tokio::spawn(write_loop(writer, out_rx));
        let reader_shared = shared.clone();
        let reader_exit = exit_rx.clone();
        let grace = limits.shutdown_grace;
        tokio::spawn(async move {
            read_loop(&mut reader, framing, &reader_shared)
                .await
                .map_or_else(|err| reader_shared.fail_all(err), |()| {});
            // The stream ended: name the exit status when the child is gone.
            let mut exit = reader_exit;
            let status = wait_exit(&mut exit, grace.max(Duration::from_millis(500))).await;
            if status.is_some() {
                reader_shared.stderr_settled().await;
            }
            let err = if reader_shared.closing.load(Ordering::SeqCst) {
                IpcError::PluginClosed {
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
                IpcError::PluginCrashed {
                    plugin: reader_shared.plugin.clone(),
                    reason,
                }
            };
            reader_shared.fail_all(err);
        });
        Ok(Session {
            ready,
            framing,
            pid,
            out_tx,
            ctl_tx,
            exit_rx,
            shared,
            stdin: Mutex::new(stdin),
            socket_path,
        })
    }

    /// Why no more calls are possible: the recorded reason, else the write side is gone.
    fn closed_reason(&self) -> IpcError {
        lock(&self.shared.pending)
            .closed
            .clone()
            .unwrap_or_else(|| IpcError::PluginCrashed {
                plugin: self.shared.plugin.clone(),
                reason: "connection closed for writing".into(),
            })
    }

    fn send(&self, bytes: Vec<u8>) -> bool {
        self.out_tx.send(Outgoing::Bytes(bytes)).is_ok()
    }

    async fn call(
        &self,
        id: String,
        mut body: Body,
        timeout: Duration,
        limits: &IpcLimits,
        cancel_id: impl FnOnce() -> String,
    ) -> Reply {
        let (kind, _) = dispatch::describe(&body);
        *body_id_mut(&mut body) = id.clone();
        let bytes = encode(body, self.framing);
        let size = match self.framing {
            WireFraming::Json => bytes.len() - 1,
            WireFraming::Protobuf => bytes.len() - 4,
        };
        if size > limits.max_message_bytes {
            return Err(IpcError::MessageTooLarge {
                size,
                limit: limits.max_message_bytes,
                context: format!("outgoing {kind} not sent"),
            });
        }
        let (tx, rx) = oneshot::channel();
        {
            let mut p = lock(&self.shared.pending);
            if let Some(err) = &p.closed {
                return Err(err.clone());
            }
            if p.calls.len() >= limits.max_pending_requests {
                return Err(IpcError::TooManyPending {
                    limit: limits.max_pending_requests,
                });
            }
            p.calls.insert(id.clone(), tx);
        }
        if !self.send(bytes) {
            lock(&self.shared.pending).calls.remove(&id);
            return Err(self.closed_reason());
        }
        match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(reply)) => reply,
            Ok(Err(_)) => Err(self.closed_reason()),
            Err(_) => {
                let removed = lock(&self.shared.pending).calls.remove(&id).is_some();
                if removed && kind != "shutdown" {
                    let cancel = Body::Cancel(CancelRequest {
                        r#type: "cancel".into(),
                        id: cancel_id(),
                        target_id: id.clone(),
                    });
                    self.send(encode(cancel, self.framing));
                }
                Err(IpcError::CallTimeout {
                    plugin: self.shared.plugin.clone(),
                    kind: kind.to_owned(),
                    id,
                    timeout,
                })
            }
        }
    }

    async fn shutdown(
        &self,
        grace: Duration,
        limits: &IpcLimits,
        id: String,
    ) -> Option<ExitStatus> {
        self.shared.closing.store(true, Ordering::SeqCst);
        let mut exit_rx = self.exit_rx.clone();
        if matches!(*exit_rx.borrow(), Exit::Running) {
            let body = Body::Shutdown(ShutdownRequest {
                r#type: "shutdown".into(),
                id: String::new(),
            });
            let _ = self.call(id, body, grace, limits, String::new).await;
            let _ = self.out_tx.send(Outgoing::Close);
            drop(lock(&self.stdin).take());
            if wait_exit(&mut exit_rx, grace).await.is_none() {
                let _ = self.ctl_tx.send(Signal::Term);
                if wait_exit(&mut exit_rx, grace).await.is_none() {
                    let _ = self.ctl_tx.send(Signal::Kill);
                    let _ = wait_exit(&mut exit_rx, Duration::from_secs(5)).await;
                }
            }
        }
        self.shared.fail_all(IpcError::PluginClosed {
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
/// group id is its pid and whatever it starts (grandchildren) is a member unless it moves itself elsewhere
/// (setsid/setpgid). Signals go to the whole group; once the child has exited, SIGKILL ends what it left behind.
struct PluginProcess {
    child: Child,
    /// The child's pid, which is the group id; `None` once the group was ended. Never 0 or negative:
    /// `killpg(0)` would signal our own group (and `kill(-1)` every process we may signal).
    pgid: Option<libc::pid_t>,
}

impl PluginProcess {
    fn new(child: Child) -> Self {
        let pgid = child
            .id()
            .and_then(|p| libc::pid_t::try_from(p).ok())
            .filter(|&p| p > 0);
        Self { child, pgid }
    }

    /// Sends `sig` to the group; when that reaches nobody (ESRCH: the child left its group and no one is left
    /// in it), to the child alone. Only called while the child is not reaped, so neither id can be reused.
    fn signal(&self, sig: libc::c_int) {
        let Some(pgid) = self.pgid else { return };
        // SAFETY: killpg(2)/kill(2) take plain integers; pgid > 0 is our unreaped child's pid and group id.
        unsafe {
            if libc::killpg(pgid, sig) != 0 {
                libc::kill(pgid, sig);
            }
        }
    }

    /// SIGKILLs what is left of the group, once: after the child exited, or when this is dropped first.
    /// ESRCH (nothing left) and EPERM are ignored.
    fn end_group(&mut self) {
        if let Some(pgid) = self.pgid.take() {
            // SAFETY: as in `signal`. Members still in the group keep its id from being reused; when there
            // are none, this is ESRCH.
            unsafe {
                libc::killpg(pgid, libc::SIGKILL);
            }
        }
    }
}

impl Drop for PluginProcess {
    /// Dropped before the child exited (the owning task was dropped, e.g. the runtime shut down): this ends
    /// the group while the child is not reaped yet; then the `child` field drops and kill_on_drop ends it too.
    fn drop(&mut self) {
        self.end_group();
    }
}

async fn own_child(
    child: Child,
    mut ctl: mpsc::UnboundedReceiver<Signal>,
    exit_tx: watch::Sender<Exit>,
) {
    let mut process = PluginProcess::new(child);
    let mut ctl_open = true;
    loop {
        tokio::select! {
            status = process.child.wait() => {
                // Reaped: end its leftovers before anyone learns of the exit, so a closed plugin has no
                // survivors (nor does one that exited by itself).
                process.end_group();
                let _ = exit_tx.send(match status {
                    Ok(s) => Exit::Exited(s),
                    Err(e) => Exit::Unknown(e.to_string()),
                });
                return;
            }
            // While a signal is handled the child is not reaped (`wait` did not complete): its pid is ours.
            signal = ctl.recv(), if ctl_open => match signal {
                Some(Signal::Term) => process.signal(libc::SIGTERM),
                Some(Signal::Kill) => {
                    process.signal(libc::SIGKILL);
                    let _ = process.child.start_kill();
                }
                None => ctl_open = false,
            },
        }
    }
}

async fn forward_lines(
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

async fn write_loop(
    writer: Box<dyn AsyncWrite + Send + Unpin>,
    mut rx: mpsc::UnboundedReceiver<Outgoing>,
) {
    let mut w = BufWriter::with_capacity(64 * 1024, writer);
    while let Some(item) = rx.recv().await {
        let mut next = Some(item);
        while let Some(item) = next.take() {
            match item {
                Outgoing::Bytes(b) => {
                    if w.write_all(&b).await.is_err() {
                        return;
                    }
                }
                Outgoing::Close => {
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

/// Reads the first message line and checks it is `ready` with our protocol version.
async fn read_ready(reader: &mut MessageReader, plugin: &str) -> Result<ReadyMessage, IpcError> {
    let line = match reader.read_line().await? {
        Incoming::Message(line) => line,
        Incoming::TooLarge { size, .. } => {
            return Err(IpcError::Protocol(format!(
                "first line ({size} bytes) exceeds max_message_bytes"
            )));
        }
        Incoming::Eof => {
            return Err(IpcError::PluginCrashed {
                plugin: plugin.to_owned(),
                reason: "exited before ready".into(),
            });
        }
    };
    let text = String::from_utf8_lossy(&line);
    let head: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        IpcError::Protocol(format!(
            "expected a ready JSON line, got {:?}: {e}",
            truncate(&line, 200)
        ))
    })?;
    if head.get("type").and_then(|t| t.as_str()) != Some("ready") {
        return Err(IpcError::Protocol(format!(
            "expected a ready message first, got {:?}",
            truncate(&line, 200)
        )));
    }
    // Check the version before decoding the rest, so a future server's extra fields read as a mismatch.
    let version = head
        .get("protocolVersion")
        .or_else(|| head.get("protocol_version"))
        .and_then(|v| v.as_u64());
    if version != Some(u64::from(PROTOCOL_VERSION)) {
        return Err(IpcError::VersionMismatch {
            plugin: plugin.to_owned(),
            expected: PROTOCOL_VERSION,
            actual: version.map_or(0, |v| u32::try_from(v).unwrap_or(u32::MAX)),
        });
    }
    match dispatch::envelope_from_json(&text) {
        Ok(Envelope {
            body: Some(Body::Ready(ready)),
        }) => Ok(ready),
        Ok(_) => Err(IpcError::Protocol(
            "ready message did not decode as ReadyMessage".into(),
        )),
        Err(e) => Err(IpcError::Protocol(format!(
            "invalid ready message: {}",
            e.error
        ))),
    }
}

async fn handshake(
    stdin: ChildStdin,
    stdout: Box<dyn AsyncRead + Send + Unpin>,
    options: &IpcOptions,
    socket_path: Option<&PathBuf>,
    shared: &Arc<Shared>,
) -> Result<Streams, IpcError> {
    let plugin = options.name.as_str();
    let (mut reader, mut writer, child_stdin): (
        MessageReader,
        Box<dyn AsyncWrite + Send + Unpin>,
        _,
    ) = match &options.transport {
        Transport::Stdio => (
            MessageReader::new(stdout, &options.limits),
            Box::new(stdin),
            None,
        ),
        transport => {
            let mut out = MessageReader::new(stdout, &options.limits);
            let line = match out.read_line().await? {
                Incoming::Message(line) => line,
                Incoming::TooLarge { size, .. } => {
                    return Err(IpcError::Protocol(format!(
                        "listening line of {size} bytes is too large"
                    )));
                }
                Incoming::Eof => {
                    return Err(IpcError::PluginCrashed {
                        plugin: plugin.to_owned(),
                        reason: "exited before listening".into(),
                    });
                }
            };
            let head: serde_json::Value = serde_json::from_slice(&line).map_err(|e| {
                IpcError::Protocol(format!(
                    "expected a listening JSON line, got {:?}: {e}",
                    truncate(&line, 200)
                ))
            })?;
            let address = match (
                head.get("type").and_then(|t| t.as_str()),
                head.get("address"),
            ) {
                (Some("listening"), Some(serde_json::Value::String(a))) => a.clone(),
                _ => {
                    return Err(IpcError::Protocol(format!(
                        "expected {{\"type\":\"listening\",\"address\":...}}, got {:?}",
                        truncate(&line, 200)
                    )));
                }
            };
            // Whatever the server writes to stdout later goes to the log.
            let rest: Box<dyn AsyncRead + Send + Unpin> = Box::new(out.inner);
            tokio::spawn(forward_lines(rest, shared.clone(), LogSource::Stdout));
            let connect_err = |e: std::io::Error| IpcError::Spawn {
                plugin: plugin.to_owned(),
                message: format!("cannot connect to {address}: {e}"),
            };
            let (r, w): (
                Box<dyn AsyncRead + Send + Unpin>,
                Box<dyn AsyncWrite + Send + Unpin>,
            ) = match transport {
                Transport::Unix(_) => {
                    let expected = socket_path
                        .map(|p| p.display().to_string())
                        .unwrap_or_default();
                    if address != expected {
                        log::debug!("plugin {plugin} listens on {address} (asked for {expected})");
                    }
                    let s = tokio::net::UnixStream::connect(&address)
                        .await
                        .map_err(connect_err)?;
                    let (r, w) = s.into_split();
                    (Box::new(r), Box::new(w))
                }
                _ => {
                    let s = tokio::net::TcpStream::connect(&address)
                        .await
                        .map_err(connect_err)?;
                    let _ = s.set_nodelay(true);
                    let (r, w) = s.into_split();
                    (Box::new(r), Box::new(w))
                }
            };
            (MessageReader::new(r, &options.limits), w, Some(stdin))
        }
    };
    let ready = read_ready(&mut reader, plugin).await?;
    if options.framing == WireFraming::Protobuf {
        if !ready.framings.contains(&(Framing::Protobuf as i32)) {
            return Err(IpcError::Protocol(format!(
                "plugin {plugin} does not offer FRAMING_PROTOBUF (framings: {:?})",
                ready
                    .framings
                    .iter()
                    .map(|f| Framing::try_from(*f).map(|f| f.as_str_name()))
                    .collect::<Vec<_>>()
            )));
        }
        let hello = Body::Hello(HelloMessage {
            r#type: "hello".into(),
            id: "hello".into(),
            protocol_version: PROTOCOL_VERSION,
            framing: Framing::Protobuf as i32,
        });
        let bytes = encode(hello, WireFraming::Json);
        writer
            .write_all(&bytes)
            .await
            .map_err(|e| IpcError::Protocol(format!("cannot send hello: {e}")))?;
        writer
            .flush()
            .await
            .map_err(|e| IpcError::Protocol(format!("cannot send hello: {e}")))?;
        loop {
            let line = match reader.read_line().await? {
                Incoming::Message(line) => line,
                Incoming::TooLarge { size, .. } => {
                    return Err(IpcError::Protocol(format!(
                        "hello answer of {size} bytes is too large"
                    )));
                }
                Incoming::Eof => {
                    return Err(IpcError::PluginCrashed {
                        plugin: plugin.to_owned(),
                        reason: "exited after hello".into(),
                    });
                }
            };
            match dispatch::envelope_from_json(&String::from_utf8_lossy(&line)) {
                Ok(Envelope {
                    body: Some(Body::Log(l)),
                }) => log_message(shared, l),
                Ok(Envelope {
                    body: Some(Body::HelloResult(r)),
                }) if r.accepted && r.framing == Framing::Protobuf as i32 => {
                    break;
                }
                Ok(Envelope {
                    body: Some(Body::HelloResult(r)),
                }) => {
                    return Err(IpcError::Protocol(format!(
                        "plugin {plugin} refused FRAMING_PROTOBUF: {}",
                        r.error.unwrap_or_else(|| format!(
                            "accepted={}, framing={}",
                            r.accepted, r.framing
                        ))
                    )));
                }
                Ok(Envelope {
                    body: Some(Body::Error(e)),
                }) => {
                    return Err(IpcError::Protocol(format!(
                        "plugin {plugin} refused hello: {}",
                        call_error(&e)
                    )));
                }
                _ => {
                    return Err(IpcError::Protocol(format!(
                        "expected hello.result, got {:?}",
                        truncate(&line, 200)
                    )));
                }
            }
        }
    }
    Ok((reader, writer, ready, child_stdin))
}

fn log_message(shared: &Shared, l: crate::proto::LogMessage) {
    emit(
        &shared.on_log,
        LogRecord {
            plugin: shared.plugin.clone(),
            source: LogSource::Protocol,
            level: if l.level.is_empty() {
                "info".into()
            } else {
                l.level
            },
            logger: l.logger,
            message: l.message,
        },
    );
}

/// Routes incoming messages until EOF (`Ok`) or a fatal stream error (`Err`).
async fn read_loop(
    reader: &mut MessageReader,
    framing: WireFraming,
    shared: &Shared,
) -> Result<(), IpcError> {
    let plugin = shared.plugin.as_str();
    loop {
        let incoming = match framing {
            WireFraming::Json => reader.read_line().await?,
            WireFraming::Protobuf => reader.read_frame().await?,
        };
        let bytes = match incoming {
            Incoming::Eof => return Ok(()),
            Incoming::TooLarge { id, size } => {
                let err = IpcError::MessageTooLarge {
                    size,
                    limit: reader.max_message,
                    context: format!("incoming message for id {id:?} discarded"),
                };
                host_log(&shared.on_log, plugin, "error", err.to_string());
                if !id.is_empty() {
                    shared.complete(&id, Err(err));
                }
                continue;
            }
            Incoming::Message(bytes) => bytes,
        };
        let decoded = match framing {
            WireFraming::Json => dispatch::envelope_from_json(&String::from_utf8_lossy(&bytes))
                .map_err(|e| {
                    (
                        e.id.clone(),
                        format!(
                            "malformed message from plugin: {}; line: {:?}",
                            e.error,
                            truncate(&bytes, 300)
                        ),
                    )
                }),
            WireFraming::Protobuf => Envelope::decode(bytes.as_slice()).map_err(|e| {
                (
                    recover_frame_id(&bytes),
                    format!("undecodable frame ({} bytes): {e}", bytes.len()),
                )
            }),
        };
        let body = match decoded {
            Ok(Envelope { body: Some(body) }) => body,
            Ok(Envelope { body: None }) => {
                host_log(
                    &shared.on_log,
                    plugin,
                    "error",
                    "frame with an empty Envelope dropped".into(),
                );
                continue;
            }
            Err((id, msg)) => {
                host_log(&shared.on_log, plugin, "error", msg.clone());
                if !id.is_empty() {
                    shared.complete(&id, Err(IpcError::Protocol(msg)));
                }
                continue;
            }
        };
        match body {
            Body::Log(l) => log_message(shared, l),
            Body::Ready(_) => host_log(
                &shared.on_log,
                plugin,
                "warning",
                "unexpected second ready message".into(),
            ),
            body => {
                let (kind, id) = dispatch::describe(&body);
                let reply = match &body {
                    Body::Error(e) => Err(call_error(e)),
                    _ => Ok(body),
                };
                if id.is_empty() {
                    let text = match &reply {
                        Err(e) => e.to_string(),
                        Ok(_) => kind.to_owned(),
                    };
                    host_log(
                        &shared.on_log,
                        plugin,
                        "error",
                        format!("message without id from plugin: {text}"),
                    );
                } else if !shared.complete(&id, reply) {
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
}

// ---------------------------------------------------------------------------------------------------------
// The client.

/// An IPC plugin server child and its connection; calls may be made concurrently from many tasks.
pub struct IpcClient {
    config: Arc<(IpcCommand, IpcOptions)>,
    session: Mutex<Arc<Session>>,
    next_id: AtomicU64,
}

impl fmt::Debug for IpcClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IpcClient")
            .field("command", &self.config.0.to_string())
            .field("pid", &self.pid())
            .finish()
    }
}

impl IpcClient {
    /// Spawns the server, waits for `ready` (and the `hello` answer when asking for protobuf framing).
    pub async fn spawn(command: IpcCommand, options: IpcOptions) -> Result<Self, IpcError> {
        let session = Session::start(&command, &options).await?;
        Ok(Self {
            config: Arc::new((command, options)),
            session: Mutex::new(Arc::new(session)),
            next_id: AtomicU64::new(1),
        })
    }

    fn session(&self) -> Arc<Session> {
        lock(&self.session).clone()
    }

    fn next_id(&self) -> String {
        self.next_id.fetch_add(1, Ordering::Relaxed).to_string()
    }

    /// The command line (without transport flags).
    pub fn command(&self) -> &IpcCommand {
        &self.config.0
    }

    /// The options.
    pub fn options(&self) -> &IpcOptions {
        &self.config.1
    }

    /// The server's `ready` message.
    pub fn ready(&self) -> ReadyMessage {
        self.session().ready.clone()
    }

    /// The manifest the server announced in `ready`.
    pub fn manifest(&self) -> CrossLanguagePluginManifest {
        self.session().ready.manifest.clone().unwrap_or_default()
    }

    /// The child's process id (while it runs).
    pub fn pid(&self) -> Option<u32> {
        self.session().pid
    }

    /// The negotiated framing.
    pub fn framing(&self) -> WireFraming {
        self.session().framing
    }

    /// Calls in flight.
    pub fn pending(&self) -> usize {
        lock(&self.session().shared.pending).calls.len()
    }

    /// Sends a request (its `id` is set here) and waits for the response body, at most `timeout`
    /// (default `call_timeout`). An `error` answer is [`IpcError::PluginCall`].
    pub async fn call(&self, body: Body, timeout: Option<Duration>) -> Result<Body, IpcError> {
        let session = self.session();
        let id = self.next_id();
        let timeout = timeout.unwrap_or(self.config.1.limits.call_timeout);
        session
            .call(id, body, timeout, &self.config.1.limits, || self.next_id())
            .await
    }

    /// Shuts the child down (shutdown message, close stdin, grace, SIGTERM, grace, SIGKILL; the signals go to
    /// its process group, and what is left of the group is SIGKILLed once it exited); pending calls
    /// fail with [`IpcError::PluginClosed`]. Returns the exit status when known.
    pub async fn close(&self) -> Option<ExitStatus> {
        let session = self.session();
        let id = self.next_id();
        session
            .shutdown(
                self.config.1.limits.shutdown_grace,
                &self.config.1.limits,
                id,
            )
            .await
    }

    /// Closes the current child (if still running) and starts a new one with the same command and options.
    pub async fn restart(&self) -> Result<(), IpcError> {
        self.close().await;
        let session = Session::start(&self.config.0, &self.config.1).await?;
        *lock(&self.session) = Arc::new(session);
        Ok(())
    }

    /// Whether the child has exited.
    pub fn exited(&self) -> bool {
        !matches!(*self.session().exit_rx.borrow(), Exit::Running)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denylist_is_case_insensitive_glob() {
        let limits = IpcLimits::default();
        assert!(limits.denied("OPENAI_API_KEY"));
        assert!(limits.denied("github_token"));
        assert!(limits.denied("Db_Password"));
        assert!(!limits.denied("PATH"));
        assert!(!limits.denied("KEYBOARD"));
        let mut extra = HashMap::new();
        extra.insert("EXPLICIT_TOKEN".to_owned(), "x".to_owned());
        assert_eq!(
            limits
                .child_env(&extra)
                .get("EXPLICIT_TOKEN")
                .map(String::as_str),
            Some("x")
        );
    }

    #[test]
    fn frame_id_is_recovered() {
        let body = Body::ActionResult(crate::proto::ActionResultResponse {
            r#type: "action.result".into(),
            id: "42".into(),
            result: None,
        });
        let bytes = Envelope { body: Some(body) }.encode_to_vec();
        assert_eq!(recover_frame_id(&bytes), "42");
        assert_eq!(recover_frame_id(&[0xff]), "");
    }

    #[test]
    fn command_argv_places_transport_flags_before_trailing() {
        let cmd = IpcCommand {
            program: "node".into(),
            args: vec!["b.js".into()],
            trailing: vec!["e.mjs".into()],
        };
        assert_eq!(
            cmd.argv(&Transport::Tcp, None),
            ["node", "b.js", "--tcp", "127.0.0.1:0", "e.mjs"]
        );
        assert_eq!(cmd.argv(&Transport::Stdio, None), ["node", "b.js", "e.mjs"]);
        let p = PathBuf::from("/tmp/x.sock");
        assert_eq!(
            cmd.argv(&Transport::Unix(None), Some(&p)),
            ["node", "b.js", "--unix", "/tmp/x.sock", "e.mjs"]
        );
    }
}
