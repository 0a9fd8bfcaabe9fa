//! A WASM plugin as a [`Channel`], and the host clock its `db.call`s get.
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use super::WasmPlugin;
use crate::channel::{BoxFuture, Channel, Handler};
use crate::errors::Error;
use crate::proto::envelope::Body;
use crate::wire::codec::json_to_value;
use crate::Struct;

/// A WASM plugin as a [`Channel`]: a request is a direct, synchronous call into the module (serialized by a
/// mutex: an instance runs one call at a time). The module's per-call deadline and fuel apply; the
/// plugin→host direction would be the host import of docs/PROTOCOL.md §4, which this host does not offer yet
/// (modules with imports are refused), so an installed handler is kept but never called.
pub struct WasmChannel {
    plugin: Mutex<WasmPlugin>,
    handler: Mutex<Option<Handler>>,
}

impl fmt::Debug for WasmChannel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WasmChannel").field("plugin", &*self.plugin()).finish()
    }
}

impl WasmChannel {
    /// Wraps a loaded plugin.
    pub fn new(plugin: WasmPlugin) -> Self {
        Self { plugin: Mutex::new(plugin), handler: Mutex::new(None) }
    }

    /// The plugin (locked).
    pub fn plugin(&self) -> std::sync::MutexGuard<'_, WasmPlugin> {
        self.plugin.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Channel for WasmChannel {
    fn request(&self, body: Body, _timeout: Option<Duration>) -> BoxFuture<'_, Result<Body, Error>> {
        let body = match body {
            Body::DbCall(mut call) => {
                add_host_clock(call.params.get_or_insert_with(Struct::default));
                Body::DbCall(call)
            }
            other => other,
        };
        let result = self.plugin().request(body);
        Box::pin(std::future::ready(result))
    }

    fn notify(&self, _body: Body) -> Result<(), Error> {
        Ok(()) // a call runs to completion inside `request`: there is nothing in flight to cancel
    }

    fn serve(&self, handler: Handler) {
        *self.handler.lock().unwrap_or_else(|p| p.into_inner()) = Some(handler);
    }

    fn close(&self) -> BoxFuture<'_, Option<std::process::ExitStatus>> {
        Box::pin(std::future::ready(None))
    }

    fn path_kind(&self) -> &'static str {
        "wasm"
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The clock of a WASM `db.call`: a `wasm32-unknown-unknown` module has no clock (`SystemTime::now()` is
/// unavailable there), so a plugin that needs the time reads an optional integer param `now`, in ms since the
/// Unix epoch (e.g. plugin-inmemorydb's `create_memory`, `log` and `get_cache`; without it they fail with
/// `INVALID_ARGUMENT`). The Rust WASM host therefore passes its wall clock: when `params` is an object with no
/// `now` key (or null, meaning no params), `now` is set to the host's current [`SystemTime`] in ms since the
/// epoch, as a JSON integer. A caller-given `now` (any value, including null) is kept as is, so callers can
/// still pin the time. Plugins that do not read `now` ignore it. Other `params` (not an object) are left
/// alone for `requests::db_call` to reject. IPC plugins have a clock and get `params` unchanged.
///
/// [`SystemTime`]: std::time::SystemTime
fn add_host_clock(params: &mut Struct) {
    params.fields.entry("now".into()).or_insert_with(|| json_to_value(serde_json::Value::from(host_now_ms())));
}

/// The host's wall clock in ms since the Unix epoch (negative for a clock set before 1970).
fn host_now_ms() -> i64 {
    let ms = |d: std::time::Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => ms(d),
        Err(before) => -ms(before.duration()),
    }
}

