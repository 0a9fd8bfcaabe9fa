//! The `Plugin` trait every Rust plugin implements. One implementation serves every path: in-process
//! (Rust hosts), FFI (`export_plugin!` with feature `ffi`), WASM (feature `wasm`) and IPC (feature `ipc-server`).
use std::collections::HashMap;

pub use crate::errors::{PluginError, PluginResult};
use crate::proto::{ActionResult, CrossLanguagePluginManifest, Memory, ProviderResult, State};

/// Arbitrary JSON-like values (options, params, model results) use protobuf's well-known Struct/Value.
pub use pbjson_types::{Struct, Value};

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
