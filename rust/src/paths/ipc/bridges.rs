//! The launchers of the language bridges: [`PythonPluginLoader`] runs `python3 -m elizaos_interop.bridge_server
//! [transport] ENTRY`; [`TypeScriptPluginLoader`] runs `node <bridge> [transport] ENTRY`, the bridge found by
//! package resolution ([`find_node_bridge`]).
use std::path::{Path, PathBuf};

use crate::errors::Error;
use crate::paths::ipc::client::{IpcClient, IpcOptions};
use crate::paths::ipc::process::IpcCommand;

/// Environment variable naming the Node bridge script (overrides package resolution).
pub const TS_BRIDGE_ENV: &str = "ELIZAOS_INTEROP_TS_BRIDGE";
/// The npm package whose `bin` holds the Node bridge.
const TS_PACKAGE: &str = "node_modules/@elizaos/interop/package.json";
/// The `bin` entry of the Node bridge.
const TS_BRIDGE_BIN: &str = "elizaos-interop-ts-bridge";

/// The Node bridge script: `ELIZAOS_INTEROP_TS_BRIDGE` if set; otherwise, walking up from the current
/// directory and then from this library's own location, the first `node_modules/@elizaos/interop/package.json`,
/// whose `bin["elizaos-interop-ts-bridge"]` names the script (relative to that package directory).
pub fn find_node_bridge() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(TS_BRIDGE_ENV) {
        return Some(PathBuf::from(path));
    }
    let starts = [std::env::current_dir().ok(), Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")))];
    starts.into_iter().flatten().find_map(|start| start.ancestors().find_map(bridge_in))
}

fn bridge_in(dir: &Path) -> Option<PathBuf> {
    let package = dir.join(TS_PACKAGE);
    let text = std::fs::read_to_string(&package).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let bin = json.get("bin")?.get(TS_BRIDGE_BIN)?.as_str()?;
    Some(package.parent()?.join(bin))
}

/// A source checkout holding the Python package (env `ELIZAOS_INTEROP_ROOT`, else the parent of this crate's
/// directory when it holds `elizaos_interop/`), so a bridge started from it imports `elizaos_interop`
/// without an install.
fn python_source_root() -> Option<PathBuf> {
    let root = match std::env::var_os("ELIZAOS_INTEROP_ROOT") {
        Some(root) => PathBuf::from(root),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).parent()?.to_path_buf(),
    };
    root.join("elizaos_interop").is_dir().then_some(root)
}

/// A name for a plugin from its entry (`pkg/index.js` → `pkg`, `plugin.py` → `plugin`).
pub fn entry_name(entry: &str) -> String {
    let p = Path::new(entry);
    let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| entry.to_owned());
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
    pub async fn load(&self, entry: &str) -> Result<IpcClient, Error> {
        let mut options = self.options.clone();
        if options.name.is_empty() {
            options.name = entry_name(entry);
        }
        if let Some(root) = python_source_root() {
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
        IpcClient::spawn(self.command(entry), options).await
    }
}

/// Starts TypeScript/JavaScript plugins with the Node bridge.
#[derive(Debug, Clone)]
pub struct TypeScriptPluginLoader {
    /// Node executable (env `ELIZAOS_INTEROP_NODE`, default `node`).
    pub node: String,
    /// The bridge script ([`find_node_bridge`]).
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
    /// A loader with these options, locating node from the environment and the bridge by package resolution.
    pub fn new(options: IpcOptions) -> Self {
        let node = std::env::var("ELIZAOS_INTEROP_NODE").unwrap_or_else(|_| "node".into());
        Self { node, bridge: find_node_bridge(), options }
    }

    /// The bridge command for `entry` (a JS module file); `Err` when the bridge cannot be found.
    pub fn command(&self, entry: &str) -> Result<IpcCommand, Error> {
        let bridge = self.bridge.clone().filter(|b| b.is_file()).ok_or_else(|| Error::Spawn {
            plugin: entry_name(entry),
            message: format!(
                "the Node bridge was not found ({}); install @elizaos/interop (npm install, then build it with \
                 `npm run build -w typescript`) or set {TS_BRIDGE_ENV}",
                self.bridge.as_ref().map_or_else(
                    || format!("no {TS_PACKAGE} above the current directory"),
                    |b| b.display().to_string()
                )
            ),
        })?;
        Ok(IpcCommand { program: self.node.clone(), args: vec![bridge.display().to_string()], trailing: vec![entry.into()] })
    }

    /// Starts the bridge for `entry` and waits for `ready`.
    pub async fn load(&self, entry: &str) -> Result<IpcClient, Error> {
        let mut options = self.options.clone();
        if options.name.is_empty() {
            options.name = entry_name(entry);
        }
        IpcClient::spawn(self.command(entry)?, options).await
    }
}
