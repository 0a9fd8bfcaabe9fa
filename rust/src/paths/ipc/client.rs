//! The IPC client: a plugin server child (a bridge or a plugin's own IPC binary) and its connection, as a
//! [`Channel`]. Many calls may be in flight at once, matched by `id`; per-call deadlines and dropped calls send
//! `cancel`; a crash or a closed connection fails every pending call with [`Error::PluginCrashed`] naming the
//! exit status; [`IpcClient::close`] shuts the child down gracefully (shutdown message, close stdin, grace,
//! SIGTERM, grace, SIGKILL, to its whole process group).
use std::any::Any;
use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::process::ExitStatus;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::channel::{BoxFuture, Channel, Handler};
use crate::errors::Error;
use crate::lock;
use crate::paths::ipc::limits::IpcLimits;
use crate::paths::ipc::log::LogCallback;
use crate::paths::ipc::process::{Exit, IpcCommand};
use crate::paths::ipc::session::Session;
use crate::paths::ipc::transport::Transport;
use crate::proto::envelope::Body;
use crate::proto::{CrossLanguagePluginManifest, ReadyMessage};
use crate::wire::framing::WireFraming;

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

/// An IPC plugin server child and its connection; calls may be made concurrently from many tasks.
pub struct IpcClient {
    config: Arc<(IpcCommand, IpcOptions)>,
    /// The address of a server this client connected to (no child of ours).
    address: Option<String>,
    session: Mutex<Arc<Session>>,
    /// The handler of the server's own requests, installed again on a restarted child.
    handler: Mutex<Option<Handler>>,
}

impl fmt::Debug for IpcClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IpcClient").field("command", &self.config.0.to_string()).field("pid", &self.pid()).finish()
    }
}

impl IpcClient {
    /// Spawns the server, waits for `ready` (and the `hello` answer when asking for protobuf framing).
    pub async fn spawn(command: IpcCommand, options: IpcOptions) -> Result<Self, Error> {
        let session = Session::start(&command, &options).await?;
        Ok(Self {
            config: Arc::new((command, options)),
            address: None,
            session: Mutex::new(Arc::new(session)),
            handler: Mutex::new(None),
        })
    }

    /// Connects to a server that is already running at a TCP `address` (`HOST:PORT`), waits for `ready` (and
    /// the `hello` answer when asking for protobuf framing). There is no child: [`close`](Self::close) ends the
    /// connection only, and [`restart`](Self::restart) connects again.
    pub async fn connect(address: &str, options: IpcOptions) -> Result<Self, Error> {
        let session = Session::connect(address, &options).await?;
        let command = IpcCommand { program: String::new(), args: Vec::new(), trailing: Vec::new() };
        Ok(Self {
            config: Arc::new((command, options)),
            address: Some(address.to_owned()),
            session: Mutex::new(Arc::new(session)),
            handler: Mutex::new(None),
        })
    }

    fn session(&self) -> Arc<Session> {
        lock(&self.session).clone()
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
        self.session().shared.calls.len()
    }

    /// Sends a request (its `id` is set here) and waits for the response body, at most `timeout`
    /// (default `call_timeout`). An `error` answer is [`Error::PluginCall`].
    pub async fn call(&self, body: Body, timeout: Option<Duration>) -> Result<Body, Error> {
        let session = self.session();
        let timeout = timeout.unwrap_or(self.config.1.limits.call_timeout);
        session.call(body, timeout, &self.config.1.limits).await
    }

    /// Shuts the child down (shutdown message, close stdin, grace, SIGTERM, grace, SIGKILL; the signals go to
    /// its process group, and what is left of the group is SIGKILLed once it exited); pending calls
    /// fail with [`Error::PluginClosed`]. Returns the exit status when known.
    pub async fn close(&self) -> Option<ExitStatus> {
        let session = self.session();
        session.shutdown(self.config.1.limits.shutdown_grace, &self.config.1.limits).await
    }

    /// Closes the current child (if still running) and starts a new one with the same command and options.
    pub async fn restart(&self) -> Result<(), Error> {
        self.close().await;
        let session = match &self.address {
            Some(address) => Session::connect(address, &self.config.1).await?,
            None => Session::start(&self.config.0, &self.config.1).await?,
        };
        if let Some(handler) = lock(&self.handler).clone() {
            session.shared.served.install(handler);
        }
        *lock(&self.session) = Arc::new(session);
        Ok(())
    }

    /// Whether the child has exited (always true for a connected server: no child of ours).
    pub fn exited(&self) -> bool {
        !matches!(*self.session().exit_rx.borrow(), Exit::Running)
    }
}

impl Channel for IpcClient {
    fn request(&self, body: Body, timeout: Option<Duration>) -> BoxFuture<'_, Result<Body, Error>> {
        Box::pin(self.call(body, timeout))
    }

    fn notify(&self, body: Body) -> Result<(), Error> {
        let session = self.session();
        let bytes = crate::wire::framing::encode(&crate::proto::Envelope { body: Some(body) }, session.framing);
        if session.send(bytes) {
            Ok(())
        } else {
            Err(Error::PluginClosed { plugin: self.config.1.name.clone() })
        }
    }

    fn serve(&self, handler: Handler) {
        *lock(&self.handler) = Some(handler.clone());
        self.session().shared.served.install(handler);
    }

    fn close(&self) -> BoxFuture<'_, Option<ExitStatus>> {
        Box::pin(IpcClient::close(self))
    }

    fn path_kind(&self) -> &'static str {
        "ipc"
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
