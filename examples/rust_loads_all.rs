//! A Rust host loading every plugin under `plugins/` it can: Python and TypeScript plugins over IPC, `.wasm`
//! plugins with wasmtime. It calls each plugin's actions and providers and prints a table. FFI/native
//! manifests are listed explicitly: from Rust, use the plugin crate directly (Direct path) or its wasm manifest.
//!
//!     cargo run -p elizaos-interop --features host --example rust_loads_all [-- PLUGINS_DIR]
use std::path::{Path, PathBuf};
use std::time::Instant;

use elizaos_interop::loader::{load_plugin, read_plugin_json};
use elizaos_interop::Error;
use elizaos_interop::proto::{Content, InteropProtocol, Memory, PluginLanguage};

fn find_manifests(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            if !matches!(
                name.as_str(),
                "node_modules" | "target" | "__pycache__" | ".git"
            ) {
                find_manifests(&path, out);
            }
        } else if name == "plugin.json" {
            out.push(path);
        }
    }
}

fn memory(text: &str) -> Memory {
    Memory {
        entity_id: "00000000-0000-0000-0000-000000000001".into(),
        room_id: "00000000-0000-0000-0000-000000000002".into(),
        content: Some(Content {
            text: Some(text.into()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn short(s: &str, n: usize) -> String {
    let one_line = s.replace('\n', " ");
    if one_line.chars().count() > n {
        format!("{}…", one_line.chars().take(n - 1).collect::<String>())
    } else {
        one_line
    }
}

struct Row {
    plugin: String,
    language: String,
    path: String,
    call: String,
    result: String,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let root = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .expect("repository root")
                .join("plugins")
        });
    let mut manifests = Vec::new();
    find_manifests(&root, &mut manifests);
    if manifests.is_empty() {
        eprintln!("no plugin.json under {}", root.display());
        std::process::exit(1);
    }
    let mut rows = Vec::new();
    let mut failures = 0;
    for path in &manifests {
        let shown = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        let pj = match read_plugin_json(path) {
            Ok(pj) => pj,
            Err(e) => {
                failures += 1;
                rows.push(Row {
                    plugin: shown,
                    language: "?".into(),
                    path: "?".into(),
                    call: "read".into(),
                    result: format!("ERROR {e}"),
                });
                continue;
            }
        };
        let language = match pj.language() {
            PluginLanguage::Python => "python",
            PluginLanguage::Typescript => "typescript",
            PluginLanguage::Rust => "rust",
            PluginLanguage::Unspecified => "?",
        }
        .to_owned();
        let protocol = match pj.protocol() {
            InteropProtocol::Ipc => "ipc",
            InteropProtocol::Wasm => "wasm",
            InteropProtocol::Ffi => "ffi",
            InteropProtocol::Native => "native",
            InteropProtocol::Unspecified => "?",
        }
        .to_owned();
        let row = |call: &str, result: String| Row {
            plugin: format!("{} ({shown})", pj.manifest.name),
            language: language.clone(),
            path: protocol.clone(),
            call: call.to_owned(),
            result,
        };
        let started = Instant::now();
        let plugin = match load_plugin(path).await {
            Ok(p) => p,
            Err(Error::Unsupported { .. }) => {
                rows.push(row(
                    "-",
                    "not loaded: use Direct (depend on the crate) or the wasm manifest from Rust"
                        .into(),
                ));
                continue;
            }
            Err(e) => {
                failures += 1;
                rows.push(row("load", format!("ERROR {e}")));
                continue;
            }
        };
        rows.push(row(
            "load",
            format!("ok in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0),
        ));
        let manifest = plugin.manifest();
        let msg = memory("Hello, I am feeling a bit sad today.");
        for action in &manifest.actions {
            let t = Instant::now();
            let result = match plugin.invoke_action(&action.name, &msg, None, None).await {
                Ok(r) => format!(
                    "{} {:?} ({:.1} ms)",
                    if r.success { "ok" } else { "FAILED" },
                    short(r.text.as_deref().unwrap_or(""), 60),
                    t.elapsed().as_secs_f64() * 1000.0
                ),
                Err(e) => {
                    failures += 1;
                    format!("ERROR {e}")
                }
            };
            rows.push(row(&format!("action {}", action.name), result));
        }
        for provider in &manifest.providers {
            let t = Instant::now();
            let result = match plugin.get_provider(&provider.name, &msg, None).await {
                Ok(r) => format!(
                    "{:?} ({:.1} ms)",
                    short(r.text.as_deref().unwrap_or(""), 60),
                    t.elapsed().as_secs_f64() * 1000.0
                ),
                Err(e) => {
                    failures += 1;
                    format!("ERROR {e}")
                }
            };
            rows.push(row(&format!("provider {}", provider.name), result));
        }
        if manifest.actions.is_empty() && manifest.providers.is_empty() {
            // A database adapter (plugin-inmemorydb): store a memory and count the room's memories.
            let room = "00000000-0000-0000-0000-0000000000aa";
            let memory = serde_json::json!({
                "entityId": "00000000-0000-0000-0000-000000000001", "roomId": room,
                "content": {"text": "remember me"}
            });
            for (method, params) in [
                (
                    "create_memory",
                    serde_json::json!({"memory": memory, "tableName": "messages"}),
                ),
                (
                    "count_memories",
                    serde_json::json!({"roomId": room, "tableName": "messages"}),
                ),
            ] {
                let t = Instant::now();
                let result = match plugin.db_call(method, params).await {
                    Ok(v) => format!(
                        "{} ({:.1} ms)",
                        short(&v.to_string(), 60),
                        t.elapsed().as_secs_f64() * 1000.0
                    ),
                    Err(e) => {
                        failures += 1;
                        format!("ERROR {e}")
                    }
                };
                rows.push(row(&format!("db {method}"), result));
            }
        }
        plugin.close().await;
    }
    let widths = [
        rows.iter()
            .map(|r| r.plugin.chars().count())
            .max()
            .unwrap_or(6)
            .max(6),
        10,
        6,
        rows.iter()
            .map(|r| r.call.chars().count())
            .max()
            .unwrap_or(4)
            .max(4),
    ];
    println!(
        "{:<w0$}  {:<w1$}  {:<w2$}  {:<w3$}  result",
        "plugin",
        "language",
        "path",
        "call",
        w0 = widths[0],
        w1 = widths[1],
        w2 = widths[2],
        w3 = widths[3]
    );
    println!("{}", "-".repeat(widths.iter().sum::<usize>() + 8 + 40));
    for r in &rows {
        println!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {:<w3$}  {}",
            r.plugin,
            r.language,
            r.path,
            r.call,
            r.result,
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        );
    }
    if failures > 0 {
        eprintln!("{failures} failure(s)");
        std::process::exit(1);
    }
}
