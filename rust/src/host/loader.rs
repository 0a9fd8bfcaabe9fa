//! `load_plugin(path)`: reads a `plugin.json` (docs/PROTOCOL.md §5) and loads the plugin through the path a
//! Rust host can use: IPC for Python and TypeScript plugins (and Rust IPC server binaries via
//! `interop.ipcCommand`), wasmtime for `.wasm` plugins. FFI/native manifests are refused with an error that
//! says what to do instead (depend on the crate directly, or use the plugin's wasm manifest).
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::host::ipc::{IpcCommand, IpcError, IpcOptions, Transport, WireFraming};
use crate::host::remote::{
    requests, responses, PythonPluginLoader, RemotePlugin, TypeScriptPluginLoader,
};
use crate::host::wasm::{WasmError, WasmLimits, WasmPlugin};
use crate::plugin::{Struct, Value};
use crate::proto::envelope::Body;
use crate::proto::{
    ActionResult, CrossLanguagePluginManifest, Envelope, InteropProtocol, Memory, PluginLanguage,
    ProviderResult, State,
};

/// Why loading (or calling) a plugin failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum HostError {
    /// `plugin.json` is missing, not JSON, or invalid; `field` names the offending field when known.
    #[error("invalid manifest {path}{}: {message}", field.as_ref().map(|f| format!(" (field {f:?})")).unwrap_or_default())]
    Manifest {
        /// The plugin.json path.
        path: PathBuf,
        /// The offending field.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },
    /// The manifest asks for a path a Rust host does not load (FFI/native); the message says what to use.
    #[error("{path}: {message}")]
    Unsupported {
        /// The plugin.json path.
        path: PathBuf,
        /// What to do instead.
        message: String,
    },
    /// IPC failure (start-up or call).
    #[error(transparent)]
    Ipc(#[from] IpcError),
    /// WASM failure (load or call).
    #[error(transparent)]
    Wasm(#[from] WasmError),
}

/// Options for [`load_plugin_with`].
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// IPC options (`interop.transport` / `interop.framing` in plugin.json, when set, override transport and
    /// framing; `name` defaults to the manifest name and `cwd` to `interop.cwd` or the plugin.json directory).
    pub ipc: IpcOptions,
    /// WASM limits.
    pub wasm: WasmLimits,
}

/// A parsed plugin.json: the manifest and the directory its relative paths refer to.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginJson {
    /// The plugin.json file.
    pub path: PathBuf,
    /// Its directory.
    pub dir: PathBuf,
    /// The manifest.
    pub manifest: CrossLanguagePluginManifest,
}

impl PluginJson {
    /// The protocol (`interop.protocol`).
    pub fn protocol(&self) -> InteropProtocol {
        self.manifest
            .interop
            .as_ref()
            .and_then(|i| InteropProtocol::try_from(i.protocol).ok())
            .unwrap_or_default()
    }

    /// The language.
    pub fn language(&self) -> PluginLanguage {
        PluginLanguage::try_from(self.manifest.language).unwrap_or_default()
    }

    /// A path from the manifest, relative to the plugin.json directory.
    pub fn resolve(&self, p: &str) -> PathBuf {
        self.dir.join(p)
    }

    fn error(&self, field: &str, message: impl Into<String>) -> HostError {
        HostError::Manifest {
            path: self.path.clone(),
            field: Some(field.into()),
            message: message.into(),
        }
    }
}

fn convenience(value: &mut serde_json::Value, key: &str, prefix: &str, names: &[&str]) {
    if let Some(serde_json::Value::String(s)) = value.get_mut(key) {
        let lower = s.to_ascii_lowercase();
        if names.contains(&lower.as_str()) {
            *s = format!("{prefix}{}", lower.to_ascii_uppercase());
        }
    }
}

/// Reads `path` (a plugin.json, or a directory holding one) with the §5 conveniences; unknown fields are an
/// error naming the field.
pub fn read_plugin_json(path: impl AsRef<Path>) -> Result<PluginJson, HostError> {
    let mut path = path.as_ref().to_path_buf();
    if path.is_dir() {
        path = path.join("plugin.json");
    }
    let err = |field: Option<&str>, message: String| HostError::Manifest {
        path: path.clone(),
        field: field.map(str::to_owned),
        message,
    };
    let text =
        std::fs::read_to_string(&path).map_err(|e| err(None, format!("cannot read: {e}")))?;
    let mut json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| err(None, format!("not JSON: {e}")))?;
    if !json.is_object() {
        return Err(err(None, "not a JSON object".into()));
    }
    convenience(
        &mut json,
        "language",
        "PLUGIN_LANGUAGE_",
        &["python", "typescript", "rust"],
    );
    if let Some(interop) = json.get_mut("interop") {
        convenience(
            interop,
            "protocol",
            "INTEROP_PROTOCOL_",
            &["native", "ffi", "wasm", "ipc"],
        );
    }
    let manifest: CrossLanguagePluginManifest = serde_json::from_value(json).map_err(|e| {
        let message = e.to_string();
        let field = message
            .split_once("unknown field `")
            .and_then(|(_, rest)| rest.split_once('`'))
            .map(|(f, _)| f.to_owned());
        err(field.as_deref(), message)
    })?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    Ok(PluginJson {
        path,
        dir,
        manifest,
    })
}

/// Loads the plugin described by `path` (plugin.json or its directory) with default options.
pub async fn load_plugin(path: impl AsRef<Path>) -> Result<LoadedPlugin, HostError> {
    load_plugin_with(path, &LoadOptions::default()).await
}

/// Loads the plugin described by `path` (plugin.json or its directory).
pub async fn load_plugin_with(
    path: impl AsRef<Path>,
    options: &LoadOptions,
) -> Result<LoadedPlugin, HostError> {
    let pj = read_plugin_json(path)?;
    let interop = pj
        .manifest
        .interop
        .clone()
        .ok_or_else(|| pj.error("interop", "missing (interop.protocol is required)"))?;
    let name = pj.manifest.name.clone();
    match pj.protocol() {
        InteropProtocol::Ipc => {
            let mut ipc = options.ipc.clone();
            if ipc.name.is_empty() {
                ipc.name = name.clone();
            }
            ipc.cwd = Some(interop.cwd.as_deref().map_or_else(|| pj.dir.clone(), |c| pj.resolve(c)));
            if let Some(port) = interop.ipc_port {
                return Err(pj.error(
                    "interop.ipcPort",
                    format!("{port}: the Rust host starts the server itself; use interop.transport \"tcp\" (a free port is picked)"),
                ));
            }
            ipc.transport = match interop.transport.as_deref() {
                None => ipc.transport.clone(),
                Some("stdio") => Transport::Stdio,
                Some("unix") => Transport::Unix(None),
                Some("tcp") => Transport::Tcp,
                Some(other) => {
                    return Err(pj.error("interop.transport", format!("{other:?}: expected stdio, unix or tcp")));
                }
            };
            ipc.framing = match interop.framing.as_deref() {
                None => ipc.framing,
                Some("json") => WireFraming::Json,
                Some("protobuf") => WireFraming::Protobuf,
                Some(other) => return Err(pj.error("interop.framing", format!("{other:?}: expected json or protobuf"))),
            };
            let remote = if let Some(line) = &interop.ipc_command {
                let argv = shlex::split(line)
                    .ok_or_else(|| pj.error("interop.ipcCommand", format!("cannot split {line:?} with POSIX shell rules")))?;
                let command = IpcCommand::from_argv(argv)
                    .ok_or_else(|| pj.error("interop.ipcCommand", "empty command"))?;
                RemotePlugin::new(crate::host::ipc::IpcClient::spawn(command, ipc).await?)
            } else {
                let entry = interop.entry.as_deref().ok_or_else(|| {
                    pj.error("interop.entry", "required for an IPC plugin without interop.ipcCommand")
                })?;
                match pj.language() {
                    PluginLanguage::Python => {
                        // A file or directory relative to plugin.json, else a module name importable from cwd.
                        let resolved = pj.resolve(entry);
                        let entry = if resolved.exists() { absolute(&resolved) } else { entry.to_owned() };
                        PythonPluginLoader::new(ipc).load(&entry).await?
                    }
                    PluginLanguage::Typescript => {
                        let resolved = pj.resolve(entry);
                        if !resolved.exists() {
                            return Err(pj.error(
                                "interop.entry",
                                format!("{} does not exist (build the plugin first)", resolved.display()),
                            ));
                        }
                        TypeScriptPluginLoader::new(ipc).load(&absolute(&resolved)).await?
                    }
                    other => {
                        return Err(pj.error(
                            "interop.ipcCommand",
                            format!("a {} IPC plugin needs interop.ipcCommand (its IPC server command)", other.as_str_name()),
                        ));
                    }
                }
            };
            Ok(LoadedPlugin::Ipc(remote))
        }
        InteropProtocol::Wasm => {
            let wasm_path = interop
                .wasm_path
                .as_deref()
                .ok_or_else(|| pj.error("interop.wasmPath", "required for a wasm plugin"))?;
            let file = pj.resolve(wasm_path);
            if !file.is_file() {
                return Err(pj.error("interop.wasmPath", format!("{} does not exist (build the plugin first)", file.display())));
            }
            let plugin = WasmPlugin::load(&file, options.wasm.clone())?;
            Ok(LoadedPlugin::Wasm(Box::new(WasmHandle { plugin: Mutex::new(plugin), next_id: AtomicU64::new(1) })))
        }
        InteropProtocol::Ffi | InteropProtocol::Native => Err(HostError::Unsupported {
            path: pj.path.clone(),
            message: format!(
                "plugin {name:?} uses interop.protocol {}: a Rust host does not load C-ABI shared libraries; depend on \
                 the plugin crate directly (Direct path: it implements elizaos_interop::Plugin) or load its wasm \
                 manifest",
                pj.protocol().as_str_name()
            ),
        }),
        InteropProtocol::Unspecified => Err(pj.error("interop.protocol", "missing or unspecified")),
    }
}

fn absolute(p: &Path) -> String {
    std::fs::canonicalize(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

/// A loaded WASM plugin behind a mutex (its calls take `&mut`).
#[derive(Debug)]
pub struct WasmHandle {
    plugin: Mutex<WasmPlugin>,
    next_id: AtomicU64,
}

impl WasmHandle {
    fn call<T>(
        &self,
        mut body: Body,
        decode: impl FnOnce(Body) -> Result<T, String>,
    ) -> Result<T, HostError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed).to_string();
        set_id(&mut body, id);
        let response = self
            .plugin
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .call(Envelope { body: Some(body) })?;
        match response.body {
            Some(Body::Error(e)) => match crate::host::ipc::call_error(&e) {
                IpcError::PluginCall { code, message, .. } => {
                    Err(HostError::Wasm(WasmError::Plugin { code, message }))
                }
                other => Err(HostError::Ipc(other)),
            },
            Some(body) => decode(body).map_err(|m| HostError::Wasm(WasmError::Protocol(m))),
            None => Err(HostError::Wasm(WasmError::Protocol(
                "empty response Envelope".into(),
            ))),
        }
    }

    /// The manifest.
    pub fn manifest(&self) -> CrossLanguagePluginManifest {
        self.plugin
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .manifest()
            .clone()
    }
}

/// The clock of a WASM `db.call`: a `wasm32-unknown-unknown` module has no clock (`SystemTime::now()` is
/// unavailable there), so a plugin that needs the time reads an optional integer param `now`, in ms since the
/// Unix epoch (e.g. plugin-inmemorydb's `create_memory`, `log` and `get_cache`; without it they fail with
/// `INVALID_ARGUMENT`). The Rust WASM host therefore passes its wall clock: when `params` is an object with no
/// `now` key (or null, meaning no params), `now` is set to the host's current [`SystemTime`] in ms since the
/// epoch, as a JSON integer. A caller-given `now` (any value, including null) is kept as is, so callers can
/// still pin the time. Plugins that do not read `now` ignore it. Other `params` (not an object) are left
/// alone for [`requests::db_call`] to reject. IPC plugins have a clock and get `params` unchanged.
///
/// [`SystemTime`]: std::time::SystemTime
fn with_host_clock(params: serde_json::Value) -> serde_json::Value {
    let mut params = match params {
        serde_json::Value::Null => serde_json::Value::Object(serde_json::Map::new()),
        other => other,
    };
    if let serde_json::Value::Object(map) = &mut params {
        if !map.contains_key("now") {
            map.insert("now".into(), serde_json::Value::from(host_now_ms()));
        }
    }
    params
}

/// The host's wall clock in ms since the Unix epoch (negative for a clock set before 1970).
fn host_now_ms() -> i64 {
    let ms = |d: std::time::Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => ms(d),
        Err(before) => -ms(before.duration()),
    }
}

fn set_id(body: &mut Body, id: String) {
    match body {
        Body::PluginInit(m) => m.id = id,
        Body::ActionInvoke(m) => m.id = id,
        Body::ActionValidate(m) => m.id = id,
        Body::ProviderGet(m) => m.id = id,
        Body::EvaluatorInvoke(m) => m.id = id,
        Body::ModelInvoke(m) => m.id = id,
        Body::DbCall(m) => m.id = id,
        Body::ManifestGet(m) => m.id = id,
        _ => {}
    }
}

/// A plugin loaded by [`load_plugin`], whatever its path.
#[derive(Debug)]
pub enum LoadedPlugin {
    /// A Python, TypeScript or Rust plugin server over IPC.
    Ipc(RemotePlugin),
    /// A WebAssembly module in wasmtime.
    Wasm(Box<WasmHandle>),
}

impl LoadedPlugin {
    /// The manifest.
    pub fn manifest(&self) -> CrossLanguagePluginManifest {
        match self {
            Self::Ipc(p) => p.manifest(),
            Self::Wasm(w) => w.manifest(),
        }
    }

    /// `"ipc"` or `"wasm"`.
    pub fn path_kind(&self) -> &'static str {
        match self {
            Self::Ipc(_) => "ipc",
            Self::Wasm(_) => "wasm",
        }
    }

    /// `plugin.init`.
    pub async fn init(&self, config: &HashMap<String, String>) -> Result<(), HostError> {
        match self {
            Self::Ipc(p) => Ok(p.init(config).await?),
            Self::Wasm(w) => w
                .call(requests::init(config), responses::init)?
                .map_err(|message| {
                    HostError::Wasm(WasmError::Plugin {
                        code: "HANDLER_ERROR".into(),
                        message,
                    })
                }),
        }
    }

    /// `action.invoke`.
    pub async fn invoke_action(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
        options: Option<Struct>,
    ) -> Result<ActionResult, HostError> {
        match self {
            Self::Ipc(p) => Ok(p.invoke_action(name, memory, state, options).await?),
            Self::Wasm(w) => w.call(
                requests::invoke_action(name, memory, state, options),
                responses::action,
            ),
        }
    }

    /// `action.validate`.
    pub async fn validate_action(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<bool, HostError> {
        match self {
            Self::Ipc(p) => Ok(p.validate_action(name, memory, state).await?),
            Self::Wasm(w) => w.call(
                requests::validate_action(name, memory, state),
                responses::validate,
            ),
        }
    }

    /// `provider.get`.
    pub async fn get_provider(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<ProviderResult, HostError> {
        match self {
            Self::Ipc(p) => Ok(p.get_provider(name, memory, state).await?),
            Self::Wasm(w) => w.call(
                requests::get_provider(name, memory, state),
                responses::provider,
            ),
        }
    }

    /// `evaluator.invoke`.
    pub async fn invoke_evaluator(
        &self,
        name: &str,
        memory: &Memory,
        state: Option<&State>,
    ) -> Result<Option<ActionResult>, HostError> {
        match self {
            Self::Ipc(p) => Ok(p.invoke_evaluator(name, memory, state).await?),
            Self::Wasm(w) => w.call(
                requests::invoke_evaluator(name, memory, state),
                responses::evaluator,
            ),
        }
    }

    /// `model.invoke`.
    pub async fn invoke_model(
        &self,
        model: &str,
        params: Option<Struct>,
    ) -> Result<Value, HostError> {
        match self {
            Self::Ipc(p) => Ok(p.invoke_model(model, params).await?),
            Self::Wasm(w) => w.call(requests::invoke_model(model, params), responses::model),
        }
    }

    /// `db.call`: `params` is a JSON object of named arguments (proto3 JSON values), or null for none.
    ///
    /// WASM plugins: the host adds its wall clock as param `now` (ms since the epoch) when the caller did not
    /// give one, since a `wasm32-unknown-unknown` module has no clock of its own (see `with_host_clock`).
    pub async fn db_call(
        &self,
        method: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, HostError> {
        match self {
            Self::Ipc(p) => Ok(p.db_call(method, params).await?),
            Self::Wasm(w) => {
                let body = requests::db_call(method, with_host_clock(params)).map_err(|message| {
                    HostError::Wasm(WasmError::Plugin {
                        code: "INVALID_ARGUMENT".into(),
                        message,
                    })
                })?;
                w.call(body, responses::db)
            }
        }
    }

    /// Closes the plugin (IPC: graceful child shutdown, returning its exit status).
    pub async fn close(&self) -> Option<ExitStatus> {
        match self {
            Self::Ipc(p) => p.close().await,
            Self::Wasm(_) => None,
        }
    }
}
