//! `load_plugin(path)`: reads a `plugin.json` (docs/PROTOCOL.md §5), plans the load with the pure [`plan_load`]
//! (the manifest conformance vectors of tests/vectors/manifests/ check it), and starts the plugin through the
//! path a Rust host can use: IPC for Python and TypeScript plugins (and Rust IPC server binaries via
//! `interop.ipcCommand`), wasmtime for `.wasm` plugins. FFI/native manifests are refused with an error that
//! says what to do instead (depend on the crate directly, or use the plugin's wasm manifest).
use std::path::{Path, PathBuf};

use crate::errors::Error;
use crate::handle::PluginHandle;
use crate::paths::ipc::{IpcClient, IpcCommand, IpcOptions, PythonPluginLoader, Transport, TypeScriptPluginLoader, WireFraming};
use crate::paths::wasm::{WasmChannel, WasmLimits, WasmPlugin};
use crate::proto::{CrossLanguagePluginManifest, InteropProtocol, PluginLanguage};

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

    /// A manifest error about `field`.
    pub fn error(&self, field: &str, message: impl Into<String>) -> Error {
        Error::Manifest {
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
pub fn read_plugin_json(path: impl AsRef<Path>) -> Result<PluginJson, Error> {
    let mut path = path.as_ref().to_path_buf();
    if path.is_dir() {
        path = path.join("plugin.json");
    }
    let err = |field: Option<&str>, message: String| Error::Manifest {
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

/// How an IPC plugin's server is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launcher {
    /// `python -m elizaos_interop.bridge_server ENTRY` (an absolute file or directory, else a module name).
    PythonBridge {
        /// The entry as given to the bridge.
        entry: String,
    },
    /// The Node bridge with a JS module file.
    NodeBridge {
        /// The module file.
        entry: PathBuf,
    },
    /// The plugin's own IPC server command (`interop.ipcCommand`).
    Command {
        /// Its argv (POSIX shell splitting).
        argv: Vec<String>,
    },
    /// An already running server at a TCP address (`interop.ipcPort` alone).
    Connect {
        /// `127.0.0.1:PORT`.
        address: String,
    },
}

/// Which path a plugin is loaded through, with what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A module in wasmtime.
    Wasm {
        /// The module file.
        file: PathBuf,
    },
    /// A server over IPC.
    Ipc {
        /// How the server is reached.
        launcher: Launcher,
        /// `interop.transport` (`None`: the load options decide; TCP for `Connect`).
        transport: Option<Transport>,
        /// `interop.framing` (`None`: the load options decide).
        framing: Option<WireFraming>,
        /// Working directory of the server (`interop.cwd`, else the plugin.json directory).
        cwd: PathBuf,
    },
}

/// What [`plan_load`] decided: the manifest and the route.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadPlan {
    /// The parsed plugin.json.
    pub plugin: PluginJson,
    /// The route.
    pub route: Route,
}

fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Reads plugin.json (a file, or a directory holding one) and decides how to load it, starting nothing.
/// Errors: [`Error::Manifest`] naming the bad field (or none when the file as a whole is wrong), and
/// [`Error::Unsupported`] for paths a Rust host does not load (FFI, native).
pub fn plan_load(path: impl AsRef<Path>) -> Result<LoadPlan, Error> {
    let pj = read_plugin_json(path)?;
    if pj.manifest.name.trim().is_empty() {
        return Err(pj.error("name", "missing or blank (every plugin needs a name)"));
    }
    let interop = pj.manifest.interop.clone().unwrap_or_default();
    let route = match pj.protocol() {
        InteropProtocol::Unspecified => return Err(pj.error("interop.protocol", "missing or unspecified")),
        InteropProtocol::Wasm => {
            let wasm_path =
                interop.wasm_path.as_deref().ok_or_else(|| pj.error("interop.wasmPath", "required for a wasm plugin"))?;
            let file = pj.resolve(wasm_path);
            if !file.is_file() {
                return Err(pj.error(
                    "interop.wasmPath",
                    format!("{} does not exist (build the plugin first)", file.display()),
                ));
            }
            Route::Wasm { file }
        }
        protocol @ (InteropProtocol::Ffi | InteropProtocol::Native) => {
            if protocol == InteropProtocol::Ffi && interop.shared_lib_path.is_none() {
                return Err(pj.error("interop.sharedLibPath", "required for an ffi plugin"));
            }
            return Err(Error::Unsupported {
                path: pj.path.clone(),
                message: format!(
                    "plugin {:?} uses interop.protocol {}: a Rust host does not load C-ABI shared libraries or \
                     native plugins; depend on the plugin crate directly (Direct path: it implements \
                     elizaos_interop::Plugin) or load its wasm manifest",
                    pj.manifest.name,
                    protocol.as_str_name()
                ),
            });
        }
        InteropProtocol::Ipc => plan_ipc(&pj, &interop)?,
    };
    Ok(LoadPlan { plugin: pj, route })
}

fn plan_ipc(pj: &PluginJson, interop: &crate::proto::PluginInteropConfig) -> Result<Route, Error> {
    let transport = match interop.transport.as_deref() {
        None => None,
        Some("stdio") => Some(Transport::Stdio),
        Some("unix") => Some(Transport::Unix(None)),
        Some("tcp") => Some(Transport::Tcp),
        Some(other) => return Err(pj.error("interop.transport", format!("{other:?}: expected stdio, unix or tcp"))),
    };
    let framing = match interop.framing.as_deref() {
        None => None,
        Some("json") => Some(WireFraming::Json),
        Some("protobuf") => Some(WireFraming::Protobuf),
        Some(other) => return Err(pj.error("interop.framing", format!("{other:?}: expected json or protobuf"))),
    };
    let cwd = interop.cwd.as_deref().map_or_else(|| pj.dir.clone(), |c| pj.resolve(c));
    let launcher = if let Some(port) = interop.ipc_port {
        if interop.ipc_command.is_some() || interop.entry.is_some() {
            return Err(pj.error(
                "interop.ipcPort",
                "names an already running server: give it alone, without interop.ipcCommand or interop.entry",
            ));
        }
        if !(1..=65535).contains(&port) {
            return Err(pj.error("interop.ipcPort", format!("{port}: not a TCP port (1-65535)")));
        }
        Launcher::Connect { address: format!("127.0.0.1:{port}") }
    } else if let Some(line) = &interop.ipc_command {
        let argv = shlex::split(line)
            .ok_or_else(|| pj.error("interop.ipcCommand", format!("cannot split {line:?} with POSIX shell rules")))?;
        if argv.is_empty() {
            return Err(pj.error("interop.ipcCommand", "empty command"));
        }
        Launcher::Command { argv }
    } else {
        let entry = interop
            .entry
            .as_deref()
            .ok_or_else(|| pj.error("interop.entry", "required for an IPC plugin without interop.ipcCommand"))?;
        match pj.language() {
            PluginLanguage::Python => {
                // A file or directory relative to plugin.json, else a module name importable from cwd.
                let resolved = pj.resolve(entry);
                let entry = if resolved.exists() { absolute(&resolved).display().to_string() } else { entry.to_owned() };
                Launcher::PythonBridge { entry }
            }
            PluginLanguage::Typescript => {
                let resolved = pj.resolve(entry);
                if !resolved.exists() {
                    return Err(pj.error(
                        "interop.entry",
                        format!("{} does not exist (build the plugin first)", resolved.display()),
                    ));
                }
                Launcher::NodeBridge { entry: absolute(&resolved) }
            }
            other => {
                return Err(pj.error(
                    "interop.ipcCommand",
                    format!("a {} IPC plugin needs interop.ipcCommand (its IPC server command)", other.as_str_name()),
                ));
            }
        }
    };
    Ok(Route::Ipc { launcher, transport, framing, cwd })
}

/// Loads the plugin described by `path` (plugin.json or its directory) with default options.
pub async fn load_plugin(path: impl AsRef<Path>) -> Result<PluginHandle, Error> {
    load_plugin_with(path, &LoadOptions::default()).await
}

/// Loads the plugin described by `path` (plugin.json or its directory).
pub async fn load_plugin_with(path: impl AsRef<Path>, options: &LoadOptions) -> Result<PluginHandle, Error> {
    let LoadPlan { plugin, route } = plan_load(path)?;
    match route {
        Route::Wasm { file } => {
            let wasm = WasmPlugin::load(&file, options.wasm.clone())?;
            Ok(PluginHandle::from(WasmChannel::new(wasm)))
        }
        Route::Ipc { launcher, transport, framing, cwd } => {
            let mut ipc = options.ipc.clone();
            if ipc.name.is_empty() {
                ipc.name = plugin.manifest.name.clone();
            }
            ipc.cwd = Some(cwd);
            ipc.transport = transport.unwrap_or(ipc.transport);
            ipc.framing = framing.unwrap_or(ipc.framing);
            let client = match launcher {
                Launcher::PythonBridge { entry } => PythonPluginLoader::new(ipc).load(&entry).await?,
                Launcher::NodeBridge { entry } => {
                    TypeScriptPluginLoader::new(ipc).load(&entry.display().to_string()).await?
                }
                Launcher::Command { argv } => {
                    let command = IpcCommand::from_argv(argv).ok_or_else(|| plugin.error("interop.ipcCommand", "empty command"))?;
                    IpcClient::spawn(command, ipc).await?
                }
                Launcher::Connect { address } => IpcClient::connect(&address, ipc).await?,
            };
            Ok(PluginHandle::from(client))
        }
    }
}
