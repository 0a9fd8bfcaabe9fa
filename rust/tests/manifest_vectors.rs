//! The manifest conformance vectors (tests/vectors/manifests/, format in its README) through the Rust loader's
//! pure planning function, `loader::plan_load`: each case's files are written into a fresh directory and the
//! plan (route) or the error (class and field) must be what the case expects for the Rust host.
#![cfg(feature = "host")]

mod common;

use std::path::{Path, PathBuf};

use elizaos_interop::loader::{plan_load, Launcher, LoadPlan, Route};
use elizaos_interop::paths::ipc::{Transport, WireFraming};
use elizaos_interop::proto::PluginLanguage;
use elizaos_interop::Error;
use serde_json::{json, Value};

fn cases() -> Vec<PathBuf> {
    let dir = common::repo().join("tests/vectors/manifests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Writes the case's files into a fresh directory.
fn materialize(name: &str, files: &serde_json::Map<String, Value>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("elizaos-manifest-vector-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, content) in files {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let text = match content {
            Value::String(s) => s.clone(),
            other => serde_json::to_string_pretty(other).unwrap(),
        };
        std::fs::write(&file, text).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn language(l: i32) -> &'static str {
    match PluginLanguage::try_from(l).unwrap_or_default() {
        PluginLanguage::Python => "python",
        PluginLanguage::Typescript => "typescript",
        PluginLanguage::Rust => "rust",
        _ => "unspecified",
    }
}

fn relative(file: &Path, dir: &Path) -> String {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let file = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    file.strip_prefix(&dir).unwrap_or(&file).display().to_string()
}

/// The plan in the vectors' vocabulary.
fn describe(plan: &LoadPlan, dir: &Path) -> Value {
    let manifest = &plan.plugin.manifest;
    let mut route = json!({"name": manifest.name, "language": language(manifest.language)});
    let fields = route.as_object_mut().unwrap();
    match &plan.route {
        Route::Wasm { file } => {
            fields.insert("path".into(), json!("wasm"));
            fields.insert("file".into(), json!(relative(file, dir)));
        }
        Route::Ipc { launcher, transport, framing, .. } => {
            fields.insert("path".into(), json!("ipc"));
            let transport = match (launcher, transport) {
                (Launcher::Connect { .. }, _) | (_, Some(Transport::Tcp)) => "tcp",
                (_, Some(Transport::Unix(_))) => "unix",
                _ => "stdio",
            };
            fields.insert("transport".into(), json!(transport));
            let framing = if *framing == Some(WireFraming::Protobuf) { "protobuf" } else { "json" };
            fields.insert("framing".into(), json!(framing));
            let launcher = match launcher {
                Launcher::PythonBridge { entry } => {
                    if Path::new(entry).is_absolute() {
                        fields.insert("file".into(), json!(relative(Path::new(entry), dir)));
                    }
                    "python-bridge"
                }
                Launcher::NodeBridge { entry } => {
                    fields.insert("file".into(), json!(relative(entry, dir)));
                    "node-bridge"
                }
                Launcher::Command { argv } => {
                    fields.insert("argv".into(), json!(argv));
                    "command"
                }
                Launcher::Connect { address } => {
                    fields.insert("address".into(), json!(address));
                    "connect"
                }
            };
            fields.insert("launcher".into(), json!(launcher));
        }
    }
    route
}

/// The error in the vectors' vocabulary: its class and (for a manifest error) its field.
fn classify(error: &Error) -> Value {
    match error {
        Error::Manifest { field, .. } => json!({"class": "ManifestError", "field": field}),
        _ => json!({"class": "PluginLoadError"}),
    }
}

#[test]
fn every_manifest_vector_plans_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 10, "expected the manifest vectors, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let spec: Value = serde_json::from_str(&std::fs::read_to_string(case).unwrap()).unwrap();
        let expect = spec.pointer("/expect_by_host/rust").unwrap_or(&spec["expect"]).clone();
        let dir = materialize(&name, spec["files"].as_object().expect("files"));
        let outcome = plan_load(dir.join(spec["load"].as_str().expect("load")));
        let problem = match (&outcome, expect.get("route"), expect.get("error")) {
            (Ok(plan), Some(route), _) => {
                let got = describe(plan, &dir);
                let differs: Vec<_> = route
                    .as_object()
                    .unwrap()
                    .iter()
                    .filter(|(k, v)| got.get(k.as_str()) != Some(*v))
                    .map(|(k, v)| format!("{k}: expected {v}, got {}", got.get(k.as_str()).unwrap_or(&Value::Null)))
                    .collect();
                (!differs.is_empty()).then(|| differs.join("; "))
            }
            (Err(e), _, Some(error)) => {
                let got = classify(e);
                let differs = error.as_object().unwrap().iter().any(|(k, v)| got.get(k.as_str()).unwrap_or(&Value::Null) != v);
                differs.then(|| format!("expected error {error}, got {got} ({e})"))
            }
            (Ok(plan), None, _) => Some(format!("expected {expect}, got the plan {}", describe(plan, &dir))),
            (Err(e), _, None) => Some(format!("expected {expect}, got the error {e}")),
        };
        let _ = std::fs::remove_dir_all(&dir);
        if let Some(problem) = problem {
            failures.push(format!("{name}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n  {}", failures.len(), cases.len(), failures.join("\n  "));
}
