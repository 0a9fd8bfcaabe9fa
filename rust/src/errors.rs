//! The one error hierarchy of the SDK. [`Error`] is what every host-side operation (load, call, close) fails
//! with, whatever the path; every variant has an [`ErrorCode`] from the schema ([`Error::code`]).
//! [`PluginError`] is what plugin code returns (a code and a message). Conversion to and from the wire
//! `ErrorResponse` (`details.code` = the code's name without `ERROR_CODE_`): [`Error::from_wire`],
//! [`Error::to_wire`], [`PluginError::to_wire`], built on the wire layer's [`error_response`] and [`wire_code`]
//! (re-exported here; the dependency runs one way, errors → wire).
use std::path::PathBuf;
use std::time::Duration;

use crate::proto::{ErrorCode, ErrorResponse};
use crate::wire::constants::code_name;
pub use crate::wire::codec::{error_response, wire_code};

/// Why loading or calling a plugin failed (mirrors the Python `elizaos_interop.errors` classes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The peer sent something the protocol does not allow, or a module broke the ABI (`ProtocolError`).
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
    /// The handle or channel was closed (`PluginClosedError`).
    #[error("plugin {plugin} is closed")]
    PluginClosed {
        /// Plugin name.
        plugin: String,
    },
    /// The plugin answered with an `error` message (`PluginCallError`).
    #[error("{}: {message}", code_name(*code))]
    PluginCall {
        /// `details.code` (HANDLER_ERROR when absent, UNSPECIFIED when the schema does not define it).
        code: ErrorCode,
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
    /// A plugin file could not be read (`PluginLoadError`).
    #[error("cannot read WASM plugin: {0}")]
    Io(String),
    /// The module file is larger than `max_module_bytes` (`PluginLoadError`).
    #[error("{}: module is {size} bytes, over max_module_bytes={max}", path.display())]
    ModuleTooLarge {
        /// The module file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// Not a valid WebAssembly module, or instantiation failed (`PluginLoadError`).
    #[error("WASM load failed: {0}")]
    Load(String),
    /// Not a WASM ABI module: wrong `eliza_abi_version`, missing or mistyped exports, or imports.
    #[error("WASM ABI mismatch: {0}")]
    Abi(String),
    /// The call ran out of fuel; the instance was discarded.
    #[error("WASM call ran out of fuel: {0}")]
    FuelExhausted(String),
    /// The call exceeded its deadline; the instance was discarded.
    #[error("WASM call exceeded its deadline: {0}")]
    DeadlineExceeded(String),
    /// The module tried to grow memory beyond `max_memory_bytes`; the instance was discarded.
    #[error("WASM memory limit reached: {0}")]
    MemoryLimit(String),
    /// Any other trap (panic/abort, out-of-bounds access, ...); the instance was discarded.
    #[error("WASM trap: {0}")]
    Trap(String),
    /// The caller cancelled a call (dropped its future); `cancel` was sent where the path supports it.
    #[error("call {kind} (id {id}) to plugin {plugin} was cancelled")]
    Cancelled {
        /// Plugin name.
        plugin: String,
        /// Request kind.
        kind: String,
        /// Request id.
        id: String,
    },
    /// `plugin.json` is missing, not JSON, or invalid; `field` names the offending field when known
    /// (`ManifestError`).
    #[error("invalid manifest {}{}: {message}", path.display(), field.as_ref().map(|f| format!(" (field {f:?})")).unwrap_or_default())]
    Manifest {
        /// The plugin.json path.
        path: PathBuf,
        /// The offending field.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },
    /// The manifest asks for a path a Rust host does not load (FFI/native); the message says what to use
    /// (`PluginLoadError`).
    #[error("{}: {message}", path.display())]
    Unsupported {
        /// The plugin.json path.
        path: PathBuf,
        /// What to do instead.
        message: String,
    },
}

impl Error {
    /// The schema's code for this error (what it becomes on the wire).
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Protocol(_) | Self::Abi(_) => ErrorCode::Malformed,
            Self::VersionMismatch { .. } => ErrorCode::UnsupportedVersion,
            Self::MessageTooLarge { .. } | Self::ModuleTooLarge { .. } => ErrorCode::TooLarge,
            Self::TooManyPending { .. } | Self::FuelExhausted(_) | Self::MemoryLimit(_) => {
                ErrorCode::ResourceExhausted
            }
            Self::CallTimeout { .. } | Self::StartupTimeout { .. } | Self::DeadlineExceeded(_) => {
                ErrorCode::DeadlineExceeded
            }
            Self::PluginCrashed { .. } | Self::PluginClosed { .. } | Self::Spawn { .. } | Self::Io(_) => {
                ErrorCode::Unavailable
            }
            Self::Load(_) | Self::Trap(_) => ErrorCode::HandlerError,
            Self::PluginCall { code, .. } => *code,
            Self::Cancelled { .. } => ErrorCode::Cancelled,
            Self::Manifest { .. } | Self::Unsupported { .. } => ErrorCode::InvalidArgument,
        }
    }

    /// An `error` message from the peer as [`Error::PluginCall`].
    pub fn from_wire(e: &ErrorResponse) -> Self {
        let (code, exception) = wire_code(e);
        Self::PluginCall { code, message: e.error.clone(), exception }
    }

    /// This error as an `error` message answering `id`.
    pub fn to_wire(&self, id: &str) -> ErrorResponse {
        match self {
            Self::PluginCall { code, message, exception } => error_response(id, *code, message, exception.as_deref()),
            other => error_response(id, other.code(), other.to_string(), None),
        }
    }
}

/// An error plugin code reports; becomes an `error` message with `details.code` = `code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginError {
    /// The schema's code (`NotFound`, `HandlerError`, `InvalidArgument`, ...).
    pub code: ErrorCode,
    /// Human-readable message naming what was wrong.
    pub message: String,
}

impl PluginError {
    /// An error with this code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
    /// A `NOT_FOUND` error for a component kind (`action`, `provider`, ...) and name.
    pub fn not_found(kind: &str, name: &str) -> Self {
        Self::new(ErrorCode::NotFound, format!("{kind} not found: {name}"))
    }
    /// A `HANDLER_ERROR` with the given message.
    pub fn handler(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::HandlerError, message)
    }
    /// An `INVALID_ARGUMENT` error with the given message.
    pub fn invalid_argument(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidArgument, message)
    }
    /// This error as an `error` message answering `id`.
    pub fn to_wire(&self, id: &str) -> ErrorResponse {
        error_response(id, self.code, &self.message, None)
    }
}

impl std::fmt::Display for PluginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", code_name(self.code), self.message)
    }
}

impl std::error::Error for PluginError {}

impl From<PluginError> for Error {
    fn from(e: PluginError) -> Self {
        Self::PluginCall { code: e.code, message: e.message, exception: None }
    }
}

/// Result type of plugin methods.
pub type PluginResult<T> = Result<T, PluginError>;
