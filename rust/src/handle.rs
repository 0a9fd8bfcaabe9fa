//! [`PluginHandle`]: the typed calls of a loaded plugin (init, actions, providers, evaluators, models,
//! database, manifest, close) over any [`Channel`], whatever the path and the plugin's language.
use std::collections::HashMap;
use std::process::ExitStatus;
use std::time::Duration;

use crate::channel::Channel;
use crate::errors::Error;
use crate::paths::ipc::IpcClient;
use crate::paths::wasm::WasmChannel;
use crate::plugin::{Struct, Value};
use crate::proto::envelope::Body;
use crate::proto::{ActionResult, CrossLanguagePluginManifest, ErrorCode, Memory, ProviderResult, State};
use crate::wire::messages::{requests, responses};

/// A loaded plugin: typed methods over its channel.
#[derive(Debug)]
pub struct PluginHandle {
    channel: Box<dyn Channel>,
    manifest: CrossLanguagePluginManifest,
}

impl From<IpcClient> for PluginHandle {
    fn from(client: IpcClient) -> Self {
        let manifest = client.manifest();
        Self::new(Box::new(client), manifest)
    }
}

impl From<WasmChannel> for PluginHandle {
    fn from(channel: WasmChannel) -> Self {
        let manifest = channel.plugin().manifest().clone();
        Self::new(Box::new(channel), manifest)
    }
}

impl PluginHandle {
    /// A handle over `channel` to the plugin `manifest` describes (as the plugin announced it at connect).
    pub fn new(channel: Box<dyn Channel>, manifest: CrossLanguagePluginManifest) -> Self {
        Self { channel, manifest }
    }

    /// A handle over `channel`, asking the plugin for its manifest.
    pub async fn connect(channel: Box<dyn Channel>) -> Result<Self, Error> {
        let manifest = responses::manifest(channel.request(requests::manifest(), None).await?).map_err(Error::Protocol)?;
        Ok(Self::new(channel, manifest))
    }

    /// The channel (notifications, serving the plugin's requests, path-specific access via `as_any`).
    pub fn channel(&self) -> &dyn Channel {
        self.channel.as_ref()
    }

    /// The IPC client, when this plugin runs over IPC (pid, restart, framing, pending calls).
    pub fn ipc(&self) -> Option<&IpcClient> {
        self.channel.as_any().downcast_ref()
    }

    /// The WASM channel, when this plugin is a module (restarts, limits).
    pub fn wasm(&self) -> Option<&WasmChannel> {
        self.channel.as_any().downcast_ref()
    }

    /// `"ipc"`, `"wasm"` or `"memory"`.
    pub fn path_kind(&self) -> &'static str {
        self.channel.path_kind()
    }

    /// The manifest the plugin announced when it was loaded.
    pub fn manifest(&self) -> CrossLanguagePluginManifest {
        self.manifest.clone()
    }

    /// The plugin name (from the manifest).
    pub fn name(&self) -> String {
        self.manifest.name.clone()
    }

    /// A raw request with its own deadline (the channel's default when `None`).
    pub async fn request(&self, body: Body, timeout: Option<Duration>) -> Result<Body, Error> {
        self.channel.request(body, timeout).await
    }

    async fn typed<T>(
        &self,
        body: Body,
        timeout: Option<Duration>,
        decode: impl FnOnce(Body) -> Result<T, String>,
    ) -> Result<T, Error> {
        decode(self.channel.request(body, timeout).await?).map_err(Error::Protocol)
    }

    /// `plugin.init`.
    pub async fn init(&self, config: &HashMap<String, String>) -> Result<(), Error> {
        self.typed(requests::init(config), None, responses::init).await?.map_err(|message| Error::PluginCall {
            code: ErrorCode::HandlerError,
            message,
            exception: None,
        })
    }

    /// `action.invoke`.
    pub async fn invoke_action(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
        options: Option<Struct>,
    ) -> Result<ActionResult, Error> {
        self.typed(requests::invoke_action(name, memory, state, options), None, responses::action).await
    }

    /// `action.invoke` with its own deadline.
    pub async fn invoke_action_with_timeout(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
        options: Option<Struct>,
        timeout: Duration,
    ) -> Result<ActionResult, Error> {
        self.typed(requests::invoke_action(name, memory, state, options), Some(timeout), responses::action).await
    }

    /// `action.validate`.
    pub async fn validate_action(&self, name: &str, memory: &Memory, state: Option<&State>) -> Result<bool, Error> {
        self.typed(requests::validate_action(name, memory, state), None, responses::validate).await
    }

    /// `provider.get`.
    pub async fn get_provider(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<ProviderResult, Error> {
        self.typed(requests::get_provider(name, memory, state), None, responses::provider).await
    }

    /// `evaluator.invoke`; `None` when the evaluator produced nothing.
    pub async fn invoke_evaluator(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<Option<ActionResult>, Error> {
        self.typed(requests::invoke_evaluator(name, memory, state), None, responses::evaluator).await
    }

    /// `model.invoke`.
    pub async fn invoke_model(&self, model: &str, params: Option<Struct>) -> Result<Value, Error> {
        self.typed(requests::invoke_model(model, params), None, responses::model).await
    }

    /// `db.call`: `params` is a JSON object of named arguments (proto3 JSON values), or null for none.
    ///
    /// WASM plugins: the path adds the host's wall clock as param `now` when the caller did not give one (a
    /// `wasm32-unknown-unknown` module has no clock of its own).
    pub async fn db_call(&self, method: &str, params: serde_json::Value) -> Result<serde_json::Value, Error> {
        let body = requests::db_call(method, params).map_err(|message| Error::PluginCall {
            code: ErrorCode::InvalidArgument,
            message,
            exception: None,
        })?;
        self.typed(body, None, responses::db).await
    }

    /// `manifest.get` (asks the running plugin again).
    pub async fn fetch_manifest(&self) -> Result<CrossLanguagePluginManifest, Error> {
        self.typed(requests::manifest(), None, responses::manifest).await
    }

    /// Closes the plugin (IPC: graceful child shutdown, returning its exit status).
    pub async fn close(&self) -> Option<ExitStatus> {
        self.channel.close().await
    }
}
