//! The `Plugin` trait every Rust plugin implements. One implementation serves every path: in-process
//! (Rust hosts), FFI (`export_plugin!` with feature `ffi`), WASM (feature `wasm`) and IPC (feature `ipc-server`).
use std::collections::HashMap;

use crate::proto::{ActionResult, CrossLanguagePluginManifest, Memory, ProviderResult, State};

/// Arbitrary JSON-like values (options, params, model results) use protobuf's well-known Struct/Value.
pub use pbjson_types::{Struct, Value};

/// An error a plugin reports; becomes an `error` envelope with `details.code` = `code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginError {
    /// One of the codes in docs/PROTOCOL.md §1 (`NOT_FOUND`, `HANDLER_ERROR`, `INVALID_ARGUMENT`, ...).
    pub code: String,
    /// Human-readable message naming what was wrong.
    pub message: String,
}

impl PluginError {
    /// A `NOT_FOUND` error for a component kind (`action`, `provider`, ...) and name.
    pub fn not_found(kind: &str, name: &str) -> Self {
        Self { code: "NOT_FOUND".into(), message: format!("{kind} not found: {name}") }
    }
    /// A `HANDLER_ERROR` with the given message.
    pub fn handler(message: impl Into<String>) -> Self {
        Self { code: "HANDLER_ERROR".into(), message: message.into() }
    }
    /// An `INVALID_ARGUMENT` error with the given message.
    pub fn invalid_argument(message: impl Into<String>) -> Self {
        Self { code: "INVALID_ARGUMENT".into(), message: message.into() }
    }
}

impl std::fmt::Display for PluginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for PluginError {}

/// Result type of plugin methods.
pub type PluginResult<T> = Result<T, PluginError>;

/// A plugin. Methods take `&self` and may be called from several threads at once: keep mutable state behind
/// a `Mutex` (or similar). Defaults answer `NOT_FOUND` for components the plugin does not have.
pub trait Plugin: Send + Sync + 'static {
    /// The manifest: name, description, version, language (`PLUGIN_LANGUAGE_RUST`) and components.
    fn manifest(&self) -> CrossLanguagePluginManifest;

    /// `plugin.init` with the host's configuration.
    fn init(&self, _config: &HashMap<String, String>) -> PluginResult<()> {
        Ok(())
    }

    /// `action.validate`.
    fn validate_action(&self, name: &str, _memory: &Memory, _state: Option<&State>) -> PluginResult<bool> {
        Err(PluginError::not_found("action", name))
    }

    /// `action.invoke`.
    fn invoke_action(
        &self,
        name: &str,
        _memory: &Memory,
        _state: Option<&State>,
        _options: Option<&Struct>,
    ) -> PluginResult<ActionResult> {
        Err(PluginError::not_found("action", name))
    }

    /// `provider.get`.
    fn get_provider(&self, name: &str, _memory: &Memory, _state: Option<&State>) -> PluginResult<ProviderResult> {
        Err(PluginError::not_found("provider", name))
    }

    /// `evaluator.invoke`; `Ok(None)` when the evaluator produced nothing.
    fn invoke_evaluator(
        &self,
        name: &str,
        _memory: &Memory,
        _state: Option<&State>,
    ) -> PluginResult<Option<ActionResult>> {
        Err(PluginError::not_found("evaluator", name))
    }

    /// `model.invoke` (elizaOS model handlers such as `TEXT_LARGE`).
    fn invoke_model(&self, model: &str, _params: Option<&Struct>) -> PluginResult<Value> {
        Err(PluginError::not_found("model", model))
    }

    /// `db.call`: a database-adapter method (snake_case name) with its named params in proto3 JSON form.
    fn db_call(&self, method: &str, _params: &serde_json::Value) -> PluginResult<serde_json::Value> {
        Err(PluginError::not_found("db method", method))
    }
}
