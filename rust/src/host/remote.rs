//! Typed plugin calls over the IPC client, and the loaders that start the Python and Node bridges.
//!
//! [`PythonPluginLoader`] runs `python3 -m elizaos_interop.bridge_server [transport] ENTRY`;
//! [`TypeScriptPluginLoader`] runs `node <repo>/typescript/dist/typescript/src/bridge-server.js [transport] ENTRY`.
//! Both return a [`RemotePlugin`] whose async methods mirror the [`Plugin`](crate::Plugin) trait.
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::Duration;

use crate::dispatch;
use crate::host::ipc::{IpcClient, IpcCommand, IpcError, IpcOptions};
use crate::plugin::{Struct, Value};
use crate::proto::envelope::Body;
use crate::proto::{
    ActionInvokeRequest, ActionResult, ActionValidateRequest, CrossLanguagePluginManifest,
    DbCallRequest, EvaluatorInvokeRequest, ManifestRequest, Memory, ModelInvokeRequest,
    PluginInitRequest, ProviderGetRequest, ProviderResult, State,
};

/// Request bodies (ids are set by the transport).
pub mod requests {
    use super::*;

    /// `plugin.init`.
    pub fn init(config: &HashMap<String, String>) -> Body {
        Body::PluginInit(PluginInitRequest {
            r#type: "plugin.init".into(),
            id: String::new(),
            config: config.clone(),
        })
    }
    /// `action.invoke`.
    pub fn invoke_action(
        name: &str,
        memory: &Memory,
        state: Option<&State>,
        options: Option<Struct>,
    ) -> Body {
        Body::ActionInvoke(ActionInvokeRequest {
            r#type: "action.invoke".into(),
            id: String::new(),
            action: name.into(),
            memory: Some(memory.clone()),
            state: state.cloned(),
            options,
        })
    }
    /// `action.validate`.
    pub fn validate_action(name: &str, memory: &Memory, state: Option<&State>) -> Body {
        Body::ActionValidate(ActionValidateRequest {
            r#type: "action.validate".into(),
            id: String::new(),
            action: name.into(),
            memory: Some(memory.clone()),
            state: state.cloned(),
        })
    }
    /// `provider.get`.
    pub fn get_provider(name: &str, memory: &Memory, state: Option<&State>) -> Body {
        Body::ProviderGet(ProviderGetRequest {
            r#type: "provider.get".into(),
            id: String::new(),
            provider: name.into(),
            memory: Some(memory.clone()),
            state: state.cloned(),
        })
    }
    /// `evaluator.invoke`.
    pub fn invoke_evaluator(name: &str, memory: &Memory, state: Option<&State>) -> Body {
        Body::EvaluatorInvoke(EvaluatorInvokeRequest {
            r#type: "evaluator.invoke".into(),
            id: String::new(),
            evaluator: name.into(),
            memory: Some(memory.clone()),
            state: state.cloned(),
        })
    }
    /// `model.invoke`.
    pub fn invoke_model(model: &str, params: Option<Struct>) -> Body {
        Body::ModelInvoke(ModelInvokeRequest {
            r#type: "model.invoke".into(),
            id: String::new(),
            model: model.into(),
            params,
        })
    }
    /// `db.call`; `params` must be a JSON object (or null for none).
    pub fn db_call(method: &str, params: serde_json::Value) -> Result<Body, String> {
        let params = match params {
            serde_json::Value::Object(map) => dispatch::json_to_struct(map),
            serde_json::Value::Null => Struct::default(),
            other => return Err(format!("db_call params must be a JSON object, got {other}")),
        };
        Ok(Body::DbCall(DbCallRequest {
            r#type: "db.call".into(),
            id: String::new(),
            method: method.into(),
            params: Some(params),
        }))
    }
    /// `manifest.get`.
    pub fn manifest() -> Body {
        Body::ManifestGet(ManifestRequest {
            r#type: "manifest.get".into(),
            id: String::new(),
        })
    }
}

/// Response decoding: `Err` names the unexpected message kind.
pub mod responses {
    use super::*;

    fn unexpected(expected: &str, body: &Body) -> String {
        let (kind, id) = dispatch::describe(body);
        format!("expected {expected}, got {kind} (id {id:?})")
    }
    /// `plugin.init.result` (success=false becomes `Err` with the plugin's message prefixed `init failed:`).
    pub fn init(body: Body) -> Result<Result<(), String>, String> {
        match body {
            Body::PluginInitResult(r) if r.success => Ok(Ok(())),
            Body::PluginInitResult(r) => Ok(Err(r.error.unwrap_or_else(|| "init failed".into()))),
            other => Err(unexpected("plugin.init.result", &other)),
        }
    }
    /// `action.result`.
    pub fn action(body: Body) -> Result<ActionResult, String> {
        match body {
            Body::ActionResult(r) => Ok(r.result.unwrap_or_default()),
            other => Err(unexpected("action.result", &other)),
        }
    }
    /// `validate.result`.
    pub fn validate(body: Body) -> Result<bool, String> {
        match body {
            Body::Validation(r) => Ok(r.valid),
            other => Err(unexpected("validate.result", &other)),
        }
    }
    /// `provider.result`.
    pub fn provider(body: Body) -> Result<ProviderResult, String> {
        match body {
            Body::ProviderResult(r) => Ok(r.result.unwrap_or_default()),
            other => Err(unexpected("provider.result", &other)),
        }
    }
    /// `evaluator.result` (or `action.result`, as elizaOS bridges send).
    pub fn evaluator(body: Body) -> Result<Option<ActionResult>, String> {
        match body {
            Body::EvaluatorResult(r) => Ok(r.result),
            Body::ActionResult(r) => Ok(r.result),
            other => Err(unexpected("evaluator.result", &other)),
        }
    }
    /// `model.result`.
    pub fn model(body: Body) -> Result<Value, String> {
        match body {
            Body::ModelResult(r) => Ok(r
                .result
                .unwrap_or_else(|| dispatch::json_to_value(serde_json::Value::Null))),
            other => Err(unexpected("model.result", &other)),
        }
    }
    /// `db.result` as JSON.
    pub fn db(body: Body) -> Result<serde_json::Value, String> {
        match body {
            Body::DbResult(r) => Ok(r
                .result
                .as_ref()
                .map_or(serde_json::Value::Null, dispatch::value_to_json)),
            other => Err(unexpected("db.result", &other)),
        }
    }
    /// `manifest.result`.
    pub fn manifest(body: Body) -> Result<CrossLanguagePluginManifest, String> {
        match body {
            Body::ManifestResult(r) => Ok(r.manifest.unwrap_or_default()),
            other => Err(unexpected("manifest.result", &other)),
        }
    }
}

/// A plugin served by a child process over IPC.
#[derive(Debug)]
pub struct RemotePlugin {
    client: IpcClient,
}

impl RemotePlugin {
    /// Wraps a started client.
    pub fn new(client: IpcClient) -> Self {
        Self { client }
    }

    /// The IPC client (raw calls with a per-call timeout, pid, restart).
    pub fn client(&self) -> &IpcClient {
        &self.client
    }

    /// The manifest the server announced in `ready`.
    pub fn manifest(&self) -> CrossLanguagePluginManifest {
        self.client.manifest()
    }

    /// The plugin name (from the manifest).
    pub fn name(&self) -> String {
        self.client.manifest().name
    }

    async fn request<T>(
        &self,
        body: Body,
        timeout: Option<Duration>,
        decode: impl FnOnce(Body) -> Result<T, String>,
    ) -> Result<T, IpcError> {
        let response = self.client.call(body, timeout).await?;
        decode(response).map_err(IpcError::Protocol)
    }

    /// `plugin.init`.
    pub async fn init(&self, config: &HashMap<String, String>) -> Result<(), IpcError> {
        self.request(requests::init(config), None, responses::init)
            .await?
            .map_err(|message| IpcError::PluginCall {
                code: dispatch::codes::HANDLER_ERROR.into(),
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
    ) -> Result<ActionResult, IpcError> {
        self.request(
            requests::invoke_action(name, memory, state, options),
            None,
            responses::action,
        )
        .await
    }

    /// `action.invoke` with its own timeout.
    pub async fn invoke_action_with_timeout(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
        options: Option<Struct>,
        timeout: Duration,
    ) -> Result<ActionResult, IpcError> {
        self.request(
            requests::invoke_action(name, memory, state, options),
            Some(timeout),
            responses::action,
        )
        .await
    }

    /// `action.validate`.
    pub async fn validate_action(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<bool, IpcError> {
        self.request(
            requests::validate_action(name, memory, state),
            None,
            responses::validate,
        )
        .await
    }

    /// `provider.get`.
    pub async fn get_provider(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<ProviderResult, IpcError> {
        self.request(
            requests::get_provider(name, memory, state),
            None,
            responses::provider,
        )
        .await
    }

    /// `evaluator.invoke`; `None` when the evaluator produced nothing.
    pub async fn invoke_evaluator(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<Option<ActionResult>, IpcError> {
        self.request(
            requests::invoke_evaluator(name, memory, state),
            None,
            responses::evaluator,
        )
        .await
    }

    /// `model.invoke`.
    pub async fn invoke_model(
        &self,
        model: &str,
        params: Option<Struct>,
    ) -> Result<Value, IpcError> {
        self.request(
            requests::invoke_model(model, params),
            None,
            responses::model,
        )
        .await
    }

    /// `db.call`: `params` is a JSON object of named arguments (proto3 JSON values).
    pub async fn db_call(
        &self,
        method: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, IpcError> {
        let body = requests::db_call(method, params).map_err(|message| IpcError::PluginCall {
            code: dispatch::codes::INVALID_ARGUMENT.into(),
            message,
            exception: None,
        })?;
        self.request(body, None, responses::db).await
    }

    /// `manifest.get` (asks the running server again).
    pub async fn fetch_manifest(&self) -> Result<CrossLanguagePluginManifest, IpcError> {
        self.request(requests::manifest(), None, responses::manifest)
            .await
    }

    /// Restarts the child (same command and options).
    pub async fn restart(&self) -> Result<(), IpcError> {
        self.client.restart().await
    }

    /// Shuts the child down gracefully; returns its exit status when known.
    pub async fn close(&self) -> Option<ExitStatus> {
        self.client.close().await
    }
}

/// The repository root: env `ELIZAOS_INTEROP_ROOT`, else the parent of this crate's directory when it holds
/// `typescript/` (a source checkout).
pub fn repo_root() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os("ELIZAOS_INTEROP_ROOT") {
        return Some(PathBuf::from(root));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()?
        .to_path_buf();
    root.join("typescript").is_dir().then_some(root)
}

fn entry_name(entry: &str) -> String {
    let p = Path::new(entry);
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| entry.to_owned());
    if stem == "index" || stem == "__init__" || stem == "plugin" {
        if let Some(parent) = p.parent().and_then(|d| d.file_name()) {
            return parent.to_string_lossy().into_owned();
        }
    }
    stem
}

/// Starts Python plugins with `python -m elizaos_interop.bridge_server`.
#[derive(Debug, Clone)]
pub struct PythonPluginLoader {
    /// Interpreter (env `ELIZAOS_INTEROP_PYTHON`, default `python3`).
    pub python: String,
    /// Transport, framing, limits, env, cwd, logging.
    pub options: IpcOptions,
}

impl Default for PythonPluginLoader {
    fn default() -> Self {
        Self::new(IpcOptions::default())
    }
}

impl PythonPluginLoader {
    /// A loader with these options; the interpreter comes from `ELIZAOS_INTEROP_PYTHON` or is `python3`.
    pub fn new(options: IpcOptions) -> Self {
        let python = std::env::var("ELIZAOS_INTEROP_PYTHON").unwrap_or_else(|_| "python3".into());
        Self { python, options }
    }

    /// The bridge command for `entry` (a module name, `.py` file or directory).
    pub fn command(&self, entry: &str) -> IpcCommand {
        IpcCommand {
            program: self.python.clone(),
            args: vec!["-m".into(), "elizaos_interop.bridge_server".into()],
            trailing: vec![entry.into()],
        }
    }

    /// Starts the bridge for `entry` and waits for `ready`.
    pub async fn load(&self, entry: &str) -> Result<RemotePlugin, IpcError> {
        let mut options = self.options.clone();
        if options.name.is_empty() {
            options.name = entry_name(entry);
        }
        // A source checkout that is not pip-installed still finds `elizaos_interop`.
        if let Some(root) = repo_root().filter(|r| r.join("elizaos_interop").is_dir()) {
            if !options.env.contains_key("PYTHONPATH") {
                let mut path = root.display().to_string();
                if let Ok(existing) = std::env::var("PYTHONPATH") {
                    if options.limits.inherit_env && !existing.is_empty() {
                        path = format!("{path}:{existing}");
                    }
                }
                options.env.insert("PYTHONPATH".into(), path);
            }
        }
        Ok(RemotePlugin::new(
            IpcClient::spawn(self.command(entry), options).await?,
        ))
    }
}

/// Starts TypeScript/JavaScript plugins with the Node bridge.
#[derive(Debug, Clone)]
pub struct TypeScriptPluginLoader {
    /// Node executable (env `ELIZAOS_INTEROP_NODE`, default `node`).
    pub node: String,
    /// The compiled bridge (env `ELIZAOS_INTEROP_TS_BRIDGE`, else `<repo>/typescript/dist/typescript/src/bridge-server.js`).
    pub bridge: Option<PathBuf>,
    /// Transport, framing, limits, env, cwd, logging.
    pub options: IpcOptions,
}

impl Default for TypeScriptPluginLoader {
    fn default() -> Self {
        Self::new(IpcOptions::default())
    }
}

impl TypeScriptPluginLoader {
    /// A loader with these options, locating node and the bridge from the environment or the repository.
    pub fn new(options: IpcOptions) -> Self {
        let node = std::env::var("ELIZAOS_INTEROP_NODE").unwrap_or_else(|_| "node".into());
        let bridge = std::env::var_os("ELIZAOS_INTEROP_TS_BRIDGE")
            .map(PathBuf::from)
            .or_else(|| {
                repo_root().map(|r| r.join("typescript/dist/typescript/src/bridge-server.js"))
            });
        Self {
            node,
            bridge,
            options,
        }
    }

    /// The bridge command for `entry` (a JS module file); `Err` when the bridge cannot be found.
    pub fn command(&self, entry: &str) -> Result<IpcCommand, IpcError> {
        let bridge = self.bridge.clone().filter(|b| b.is_file()).ok_or_else(|| IpcError::Spawn {
            plugin: entry_name(entry),
            message: format!(
                "the Node bridge was not found ({}); build it with `npx tsc -p typescript/tsconfig.json` or set \
                 ELIZAOS_INTEROP_TS_BRIDGE",
                self.bridge.as_ref().map_or_else(|| "no repository root".into(), |b| b.display().to_string())
            ),
        })?;
        Ok(IpcCommand {
            program: self.node.clone(),
            args: vec![bridge.display().to_string()],
            trailing: vec![entry.into()],
        })
    }

    /// Starts the bridge for `entry` and waits for `ready`.
    pub async fn load(&self, entry: &str) -> Result<RemotePlugin, IpcError> {
        let mut options = self.options.clone();
        if options.name.is_empty() {
            options.name = entry_name(entry);
        }
        Ok(RemotePlugin::new(
            IpcClient::spawn(self.command(entry)?, options).await?,
        ))
    }
}
